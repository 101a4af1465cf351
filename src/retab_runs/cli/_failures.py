"""How a command fails: the exceptions that carry an exit code, and the one line each failure prints."""

from __future__ import annotations

from .. import APIConnectionError, APIStatusError, ResponseValidationError

__all__ = ["EPILOG", "EXIT", "EXIT_FOR_STATUS", "CommandFailed", "UsageError", "failure_line"]

EXIT = {"ok": 0, "failed": 1, "usage": 2, "run_error": 3, "run_cancelled": 4, "timeout": 5, "waiting_for_human": 6}
EXIT_FOR_STATUS = {
    "completed": EXIT["ok"],
    "error": EXIT["run_error"],
    "cancelled": EXIT["run_cancelled"],
    "waiting_for_human": EXIT["waiting_for_human"],
}
"""The exit code of a command that waited for a run, by the run's status when the wait ended."""
EPILOG = """\
exit codes: 0 done (watch, --wait: the run completed), 1 the command failed (bad key,
unknown run, server down; validate: a record is invalid), 2 bad usage (validate: an
input could not be read), 3 the run ended in error, 4 the run was cancelled, 5 watch
timed out, 6 the run waits for human review (watch, --wait: the node is named).
Credentials and address: --api-key / RETAB_API_KEY, --base-url / RETAB_API_BASE_URL.
A broken pipe on output (| head) ends the command quietly; Ctrl-C exits 130."""


class UsageError(Exception):
    """A command cannot run as asked; exit 2 with this message."""


class CommandFailed(Exception):
    """A command ran and failed in an expected way; exit 1 with this message."""


def failure_line(error: BaseException, run_id: str | None = None, node_id: str | None = None) -> str:
    """One line for an expected failure (not yet made printable)."""
    if isinstance(error, APIStatusError):
        detail = error.detail if isinstance(error.detail, str) else error.message
        if error.status_code == 401:
            if "asks for a Bearer key" in error.message:  # a server of today's API (see status_error)
                return f"not authorised: {detail}; the server wants a Bearer key: add --api-version 2026-08-16"
            return f"not authorised (check --api-key or RETAB_API_KEY): {detail}"
        if error.status_code == 409:  # the run is not in a state for this (approve a finished run, cancel twice)
            return f"conflict: {detail}"
        if error.status_code == 404:
            if run_id and node_id:
                return f"no such run {run_id} or node {node_id}: {detail}"
            return f"no such run {run_id}: {detail}" if run_id else f"not found: {detail}"
        return error.message
    if isinstance(error, APIConnectionError):
        return f"{error.message} (is the server running? check --base-url or RETAB_API_BASE_URL)"
    if isinstance(error, ResponseValidationError):
        return error.message
    return str(error)
