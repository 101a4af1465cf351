"""How a command fails: the exceptions that carry an exit code, and the one line each failure prints."""

from __future__ import annotations

from .. import APIConnectionError, APIStatusError, ResponseValidationError

__all__ = ["CommandFailed", "UsageError", "failure_line"]


class UsageError(Exception):
    """A command cannot run as asked; exit 2 with this message."""


class CommandFailed(Exception):
    """A command ran and failed in an expected way; exit 1 with this message."""


def failure_line(error: BaseException, run_id: str | None = None) -> str:
    """One line for an expected failure (not yet made printable)."""
    if isinstance(error, APIStatusError):
        detail = error.detail if isinstance(error.detail, str) else error.message
        if error.status_code == 401:
            return f"not authorised (check --api-key or RETAB_API_KEY): {detail}"
        if error.status_code == 404:
            return f"no such run {run_id}: {detail}" if run_id else f"no such run: {detail}"
        return error.message
    if isinstance(error, APIConnectionError):
        return f"{error.message} (is the server running? check --base-url or RETAB_API_BASE_URL)"
    if isinstance(error, ResponseValidationError):
        return error.message
    return str(error)
