"""``retab-runs``: get, watch and serve Retab workflow runs from a terminal."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from .. import (
    APIConnectionError,
    APIStatusError,
    ResponseValidationError,
    Retab,
    RetabError,
    WaitTimeoutError,
)
from .._version import __version__

__all__ = ["EXIT", "main"]

EXIT = {"ok": 0, "failed": 1, "usage": 2, "run_error": 3, "run_cancelled": 4, "timeout": 5}
EPILOG = """\
exit codes: 0 done (watch: the run completed), 1 the command failed (bad key, unknown
run, server down; validate: a record is invalid), 2 bad usage (validate: an input could
not be read), 3 the run ended in error, 4 the run was cancelled, 5 watch timed out.
Credentials and address: --api-key / RETAB_API_KEY, --base-url / RETAB_API_BASE_URL."""


class UsageError(Exception):
    """A command cannot run as asked; exit 2 with this message."""


def _client(args: argparse.Namespace) -> Retab:
    return Retab(
        api_key=args.api_key, base_url=args.base_url, timeout=args.request_timeout, max_retries=args.max_retries
    )


def cmd_get(args: argparse.Namespace, out: TextIO) -> int:
    from ._summary import run_summary

    with _client(args) as client:
        response = client.workflows.runs.get_with_response(args.run_id, access_token=args.access_token)
    if args.json:
        out.write(response.http_response.text.rstrip("\n") + "\n")  # the body exactly as served
    else:
        print(run_summary(response.data), file=out)
    return EXIT["ok"]


def cmd_watch(args: argparse.Namespace, out: TextIO) -> int:
    from ._watch import watch

    live = {"auto": None, "live": True, "plain": False}[args.display]
    with _client(args) as client:
        run = watch(client, args.run_id, interval=args.interval, timeout=args.timeout,
                    access_token=args.access_token, out=out, live=live)  # fmt: skip
    status = run.status.value
    return {"completed": EXIT["ok"], "error": EXIT["run_error"], "cancelled": EXIT["run_cancelled"]}.get(
        status, EXIT["failed"]
    )


def cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    try:
        import uvicorn

        from ..server import Faults, FixtureError, RunStore, create_app
    except ImportError as exc:
        raise UsageError(
            f"serve needs the server extra: pip install 'retab-runs[server]' ({exc.name} missing)"
        ) from exc
    try:
        faults = Faults.parse(args.faults) if args.faults else Faults()
    except (ValueError, TypeError) as exc:
        raise UsageError(f"--faults: {exc}") from exc
    api_key = args.api_key or os.environ.get("RETAB_API_KEY") or "sk-retab-runs-local"
    store = RunStore(api_key=api_key, speed=args.speed, faults=faults)
    try:
        loaded = sum(store.load(Path(path)) for path in args.fixtures)
    except FixtureError as exc:
        print(f"retab-runs: {exc}", file=sys.stderr)
        return EXIT["failed"]
    base = f"http://{args.host}:{args.port}"
    print(f"Retab runs API on {base}  (Api-Key: {api_key})", file=out)
    print(f"{loaded} runs from fixtures; built in:" if args.fixtures else "Runs:", file=out)
    for run_id in store.ids():
        print(f"  {base}/v1/workflows/runs/{run_id}?access_token={store.access_token(run_id)}", file=out)
    print("Scenario runs start over per id: add ~anything (run_demo_progress~2). Ctrl-C stops.", file=out, flush=True)
    uvicorn.run(create_app(store), host=args.host, port=args.port, log_level="warning", access_log=False)
    return EXIT["ok"]


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from ._demo import demo

    try:
        from .. import server  # noqa: F401
    except ImportError as exc:
        raise UsageError(f"demo needs the server extra: pip install 'retab-runs[server]' ({exc.name} missing)") from exc

    live = {"auto": None, "live": True, "plain": False}[args.display]
    return demo(out, speed=args.speed, live=live)


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    from ._validate_files import validate_files

    tally = validate_files(args.files, args.profile, out, sys.stderr)
    valid = tally.runs - tally.invalid
    summary = (
        f"{tally.runs} runs in {tally.files} files: {valid} valid, {tally.invalid} invalid ({tally.issues} issues)"
    )
    if tally.unreadable:
        summary += f"; {tally.unreadable} inputs could not be read"
    print(summary, file=out)
    if tally.unreadable:
        return EXIT["usage"]
    return EXIT["failed"] if tally.invalid else EXIT["ok"]


def cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from retab_runs_schema import json_schema_text

    out.write(json_schema_text())
    return EXIT["ok"]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--base-url", help="API address (default: RETAB_API_BASE_URL or https://api.retab.com)")
    common.add_argument("--api-key", help="API key (default: RETAB_API_KEY)")
    common.add_argument("--request-timeout", type=float, default=30.0, metavar="SECONDS", help="per request (30)")
    common.add_argument("--max-retries", type=int, default=2, metavar="N", help="retries of a failed request (2)")

    parser = argparse.ArgumentParser(
        prog="retab-runs", description="Get, watch, validate and serve Retab workflow runs.", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"retab-runs {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    get = commands.add_parser("get", parents=[common], help="show one run", epilog=EPILOG)
    get.add_argument("run_id", metavar="RUN_ID")
    get.add_argument("--json", action="store_true", help="print the run's JSON as the API sent it")
    get.add_argument("--access-token", help="run-scoped token, instead of an API key")
    get.set_defaults(handler=cmd_get)

    watch = commands.add_parser("watch", parents=[common], help="follow a run until it ends", epilog=EPILOG)
    watch.add_argument("run_id", metavar="RUN_ID")
    watch.add_argument("--interval", type=float, default=1.0, metavar="SECONDS", help="between polls (1)")
    watch.add_argument("--timeout", type=float, default=3600.0, metavar="SECONDS", help="give up after (3600)")
    watch.add_argument("--access-token", help="run-scoped token, instead of an API key")
    watch.add_argument("--display", choices=["auto", "live", "plain"], default="auto",
                       help="live table or plain lines (auto: live only in a terminal)")  # fmt: skip
    watch.set_defaults(handler=cmd_watch)

    serve = commands.add_parser("serve", help="run the embedded API server", epilog=EPILOG)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--api-key", help="the key clients must send (default: RETAB_API_KEY or sk-retab-runs-local)")
    serve.add_argument("--fixtures", action="append", default=[], metavar="FILE",
                       help="serve the runs of a JSON or JSONL file too (repeatable)")  # fmt: skip
    serve.add_argument("--speed", type=float, default=1.0, help="scenario time multiplier (1)")
    serve.add_argument(
        "--faults", metavar="SPEC", help="e.g. latency=0.2,rate_limited=1,retry_after=1,server_errors=2,dropped=1"
    )
    serve.set_defaults(handler=cmd_serve)

    validate = commands.add_parser(
        "validate", help="check run records (JSON files, JSONL streams) against the contract",
        description="Check run records against the WorkflowRun contract. Prints FILE:LINE: /path: message for "
        "each issue, then a count. Exit 0 when all are valid, 1 when any is invalid, 2 when an input cannot be read.",
    )  # fmt: skip
    validate.add_argument("files", nargs="+", metavar="FILE", help="JSON or JSONL files; - reads standard input")
    validate.add_argument("--profile", choices=["strict", "compatible"], default="strict",
                          help="strict: the spec to the letter; compatible: what the client accepts")  # fmt: skip
    validate.set_defaults(handler=cmd_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema (2020-12) of a run record")
    schema.set_defaults(handler=cmd_schema)

    demo = commands.add_parser("demo", help="the reference snippet and a live run, on the embedded server")
    demo.add_argument("--speed", type=float, default=1.0, help="scenario time multiplier (1)")
    demo.add_argument("--display", choices=["auto", "live", "plain"], default="auto")
    demo.set_defaults(handler=cmd_demo)
    return parser


def _failure(error: BaseException) -> str:
    """One line for an expected failure."""
    if isinstance(error, APIStatusError):
        what = {401: "not authorised (check --api-key or RETAB_API_KEY)", 404: "no such run"}.get(error.status_code)
        detail = error.detail if isinstance(error.detail, str) else error.message
        return f"{what}: {detail}" if what else error.message
    if isinstance(error, APIConnectionError):
        return f"{error.message} (is the server running? check --base-url or RETAB_API_BASE_URL)"
    if isinstance(error, ResponseValidationError):
        return error.message
    return str(error)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    stream = out or sys.stdout
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace, TextIO], int] = args.handler
    try:
        return handler(args, stream)
    except WaitTimeoutError as error:
        print(f"retab-runs: {error}", file=sys.stderr)
        return EXIT["timeout"]
    except UsageError as error:
        print(f"retab-runs: {error}", file=sys.stderr)
        return EXIT["usage"]
    except (RetabError, OSError) as error:
        print(f"retab-runs: {_failure(error)}", file=sys.stderr)
        return EXIT["failed"]
    except KeyboardInterrupt:
        print("retab-runs: interrupted", file=sys.stderr)
        return 130


def entry_point() -> None:
    sys.exit(main())
