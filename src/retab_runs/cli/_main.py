"""``retab-runs``: get, watch and serve Retab workflow runs from a terminal."""

from __future__ import annotations

import argparse
import errno
import ipaddress
import os
import shlex
import socket
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .. import RetabError, WaitTimeoutError
from .._api_version import TODAY_API_VERSION
from .._checker import API_VERSIONS, DEFAULT_API_VERSION, ApiVersion
from .._version import __version__
from ._failures import EPILOG, EXIT, CommandFailed, UsageError, failure_line
from ._terminal import printable

if TYPE_CHECKING:
    from ..server import RunStore, TodayRunStore

__all__ = ["EXIT", "main"]

API_VERSION_HELP = (
    "the contract: 2026-02-26 (the flat record) or 2026-08-16 (lifecycle, timing); "
    "default RETAB_API_VERSION, else 2026-02-26"
)

EXIT_BROKEN_PIPE = 141
"""What a shell shows for a command stopped by SIGPIPE (128 + 13), as ``| head`` does to most tools."""
DEFAULT_SERVE_KEY = "sk-retab-runs-local"
SERVE_KEY_VARIABLE = "RETAB_SERVE_API_KEY"
"""The environment variable of the key ``serve`` requires (the client's RETAB_API_KEY is never taken for it)."""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _listen(host: str, port: int) -> socket.socket:
    """A socket bound to host:port, or CommandFailed in one line (port in use, no such address)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it: an answer's body leaves at once instead of waiting for the
    # client's delayed ACK of its head (40 ms per request on Linux), as in ServerThread.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        reason = "the port is in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
        raise CommandFailed(f"cannot listen on {host}:{port}: {reason}") from None
    return sock


def cmd_serve(args: argparse.Namespace, out: TextIO) -> int:
    try:
        from ..server import Faults, FixtureError, RunStore, TodayRunStore, create_app, make_server
        from ._api_version import api_version_of
        from ._serve_webhooks import start_webhooks
    except ImportError as exc:
        raise UsageError(
            f"serve needs the server extra: pip install 'retab-runs[server]' ({exc.name} missing)"
        ) from exc
    try:
        faults = Faults.parse(args.faults) if args.faults else Faults()
    except (ValueError, TypeError) as exc:
        raise UsageError(f"--faults: {exc}") from exc
    # The server's own key: never the client's RETAB_API_KEY (a real key would be served, and printed).
    from_env = os.environ.get(SERVE_KEY_VARIABLE, "").strip()
    api_key = args.api_key or from_env or DEFAULT_SERVE_KEY
    if not _is_loopback(args.host) and api_key == DEFAULT_SERVE_KEY:
        raise UsageError(
            f"--host {args.host} is reachable from other machines: choose a key with --api-key "
            f"(or {SERVE_KEY_VARIABLE}) rather than the public default"
        )
    if api_version_of(args) == TODAY_API_VERSION:
        return _serve_today(args, out, TodayRunStore(api_key=api_key, tick=0.3 / args.speed))
    store = RunStore(api_key=api_key, speed=args.speed, faults=faults)
    from ..server._webhook_targets import load_fixture

    webhook_targets: dict[str, Any] = {}  # per workflow id, from fixtures
    try:
        loaded = sum(load_fixture(store, Path(path), webhook_targets) for path in args.fixtures)
    except FixtureError as exc:
        raise CommandFailed(str(exc)) from exc
    sock = _listen(args.host, args.port)
    base = f"http://{args.host}:{args.port}"
    shown, exported = _shown_key(args, api_key)
    print(f"Retab runs API on {base}  (Api-Key: {shown})", file=out)
    print("To point the client and CLI at it:", file=out)
    print(f"  export RETAB_API_BASE_URL={shlex.quote(base)} RETAB_API_KEY={exported}", file=out)
    print(f"{loaded} runs from fixtures; built in:" if args.fixtures else "Runs:", file=out)
    for line in _run_lines(store, base):
        print(line, file=out)
    print("Scenario runs start over per id: add ~anything (run_demo_progress~2). Ctrl-C stops.", file=out)
    start_webhooks(args, store, webhook_targets, out)
    out.flush()
    make_server(create_app(store), header_timeout=args.header_timeout,
                max_connections=args.max_connections).run(sockets=[sock])  # fmt: skip
    return EXIT["ok"]


SHOWN_RUNS = 10
"""``serve`` prints at most this many run links at start-up (the built-in ones first), then a count."""


def _connection_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: should be 1 or more")
    return value


def _run_lines(store: RunStore, base: str) -> list[str]:
    """One link per run, at most SHOWN_RUNS of them, then how many more there are (a caller that pipes
    stdout and never reads it must not stall the server with thousands of lines)."""
    loaded = set(store.loaded)
    run_ids = [run_id for run_id in store.ids() if run_id not in loaded]
    run_ids += [run_id for run_id in dict.fromkeys(store.loaded) if store.exists(run_id)]
    lines = [f"  {base}/v1/workflows/runs/{run_id}?access_token={store.access_token(run_id)}"
             for run_id in run_ids[:SHOWN_RUNS]]  # fmt: skip
    if len(run_ids) > SHOWN_RUNS:
        lines.append(f"  ... and {len(run_ids) - SHOWN_RUNS} more: GET {base}/v1/workflows/runs lists them")
    return lines


def _serve_today(args: argparse.Namespace, out: TextIO, store: TodayRunStore) -> int:
    from ..server import create_app, make_server
    from ._serve_webhooks import start_webhooks

    if args.fixtures or args.faults:
        raise UsageError("--fixtures and --faults serve the 2026-02-26 API only")
    sock = _listen(args.host, args.port)
    base = f"http://{args.host}:{args.port}"
    shown, exported = _shown_key(args, store.api_key)
    print(f"Retab runs API {TODAY_API_VERSION} on {base}  (Authorization: Bearer {shown})", file=out)
    print("To point the client and CLI at it:", file=out)
    print(f"  export RETAB_API_BASE_URL={shlex.quote(base)} RETAB_API_KEY={exported} "
          f"RETAB_API_VERSION={TODAY_API_VERSION}", file=out)  # fmt: skip
    print("Runs: " + ", ".join(run.id for run in store.all_runs()), file=out)
    print("Runs of wf_demo_review wait in awaiting_review; settle one with "
          "POST /_local/runs/RUN_ID/review {\"approved\": true} (reviews are outside this contract). Ctrl-C stops.",
          file=out)  # fmt: skip
    start_webhooks(args, store, {}, out)
    out.flush()
    make_server(create_app(store), header_timeout=args.header_timeout,
                max_connections=args.max_connections).run(sockets=[sock])  # fmt: skip
    return EXIT["ok"]


def _shown_key(args: argparse.Namespace, api_key: str) -> tuple[str, str]:
    """The key as printed, and as the ``export`` line gives it: a key the user chose is never printed in full."""
    if api_key == DEFAULT_SERVE_KEY:  # public: shown, so that it can be copied
        return api_key, shlex.quote(api_key)
    source = "--api-key" if args.api_key else SERVE_KEY_VARIABLE
    exported = f'"${SERVE_KEY_VARIABLE}"' if not args.api_key else "<the key given to --api-key>"
    return f"{api_key[:3]}... ({len(api_key)} characters, from {source})", exported


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from ._demo import demo

    try:
        from .. import server  # noqa: F401
    except ImportError as exc:
        raise UsageError(f"demo needs the server extra: pip install 'retab-runs[server]' ({exc.name} missing)") from exc

    live = {"auto": None, "live": True, "plain": False}[args.display]
    return demo(out, speed=args.speed, live=live)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def contract_of(args: argparse.Namespace) -> ApiVersion:
    """The contract ``--api-version`` names, else ``RETAB_API_VERSION``, else 2026-02-26.

    Raises:
        UsageError: RETAB_API_VERSION names no contract (the flag's choices are checked by argparse).
    """
    chosen = args.api_version or os.environ.get("RETAB_API_VERSION") or DEFAULT_API_VERSION
    for known in API_VERSIONS:
        if chosen == known:
            return known
    # Not echoed: a pasted key lands in the wrong variable often enough.
    raise UsageError(f"RETAB_API_VERSION must be one of {', '.join(API_VERSIONS)} (it names no contract)")


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    from ._validate_files import validate_files

    tally = validate_files(
        args.files, args.profile, out, sys.stderr, max_record_bytes=args.max_record_bytes, api_version=contract_of(args)
    )
    valid = tally.runs - tally.invalid
    summary = (
        f"{plural(tally.runs, 'run')} in {plural(tally.files, 'file')}: {valid} valid, {tally.invalid} invalid "
        f"({plural(tally.issues, 'issue')})"
    )
    if tally.unreadable:
        summary += f"; {plural(tally.unreadable, 'input')} could not be read"
    print(summary, file=out)
    if tally.unreadable:
        return EXIT["usage"]
    return EXIT["failed"] if tally.invalid else EXIT["ok"]


def cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from retab_runs_schema import json_schema_text

    if contract_of(args) == "2026-08-16":
        from retab_runs_schema.v2026_08_16 import json_schema_text

    out.write(json_schema_text())
    return EXIT["ok"]


def build_parser() -> argparse.ArgumentParser:
    """The whole command line. It imports the verbs, and with them the models: ``--version`` does not come here."""
    from ._api_version import add_api_version
    from ._arguments import port_number, positive_factor, positive_seconds
    from ._serve_webhooks import add_webhook_options
    from ._validate_files import MAX_RECORD_BYTES, record_size
    from ._verbs import add_verbs
    from ._webhook_verbs import add_webhook_verbs

    parser = argparse.ArgumentParser(
        prog="retab-runs", description="Start, list, follow, review, validate and serve Retab workflow runs.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"retab-runs {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_verbs(commands)

    serve = commands.add_parser(
        "serve", help="run the embedded API server",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Run the embedded API server: every operation of the runs API, with the built-in runs.\n"
        "It prints the export line that points the client and the command line at it. Ctrl-C stops it.",
    )  # fmt: skip
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=port_number, default=8000, help="port to listen on, 1 to 65535 (8000)")
    serve.add_argument("--api-key", help=f"the key clients must send (default: {SERVE_KEY_VARIABLE} or "
                       "sk-retab-runs-local, which only a loopback --host may use; never the client's "
                       "RETAB_API_KEY)")  # fmt: skip
    serve.add_argument("--fixtures", action="append", default=[], metavar="FILE",
                       help="serve the runs of a JSON or JSONL file too (repeatable)")  # fmt: skip
    serve.add_argument("--speed", type=positive_factor, default=1.0, help="scenario time multiplier (1)")
    serve.add_argument(
        "--header-timeout",
        type=positive_seconds,
        default=15.0,
        metavar="SECONDS",
        help="close a connection that has not sent a whole request head in this long (15)",
    )
    serve.add_argument("--max-connections", type=_connection_count, default=None, metavar="N",
                       help="connections kept open at most; past it the oldest idle one is closed "
                            "(default: a quarter of the file descriptor limit, at most 1000)")  # fmt: skip
    serve.add_argument("--faults", metavar="SPEC", help="misbehaviour to inject, a comma list of latency=SECONDS, "
                       "rate_limited=N, retry_after=SECONDS, server_errors=N, dropped=N, malformed=N")  # fmt: skip
    add_webhook_options(serve)
    add_api_version(serve)
    serve.set_defaults(handler=cmd_serve)

    validate = commands.add_parser(
        "validate", help="check run records (JSON files, JSONL streams) against the contract",
        description="Check run records against the WorkflowRun contract. Prints FILE:LINE: /path: message for "
        "each issue, then a count. Exit 0 when all are valid, 1 when any is invalid, 2 when an input cannot be read.",
    )  # fmt: skip
    validate.add_argument("files", nargs="+", metavar="FILE", help="JSON or JSONL files; - reads standard input")
    validate.add_argument("--max-record-bytes", type=record_size, default=MAX_RECORD_BYTES, metavar="BYTES",
                          help=f"longest record or JSONL line read ({MAX_RECORD_BYTES:,}); "
                          "a longer one is an issue")  # fmt: skip
    validate.add_argument("--profile", choices=["strict", "compatible"], default="strict",
                          help="strict: the spec to the letter; compatible: what the client accepts")  # fmt: skip
    validate.add_argument("--api-version", choices=API_VERSIONS, help=API_VERSION_HELP)
    validate.set_defaults(handler=cmd_validate)

    schema = commands.add_parser(
        "schema", help="print the JSON Schema (2020-12) of a run record",
        description="Print the JSON Schema (2020-12) of a run record (WorkflowRun) of the contract.",
    )  # fmt: skip
    schema.add_argument("--api-version", choices=API_VERSIONS, help=API_VERSION_HELP)
    schema.set_defaults(handler=cmd_schema)

    demo = commands.add_parser(
        "demo", help="a run from document to review to output, as commands, on the embedded server",
        description="Start the embedded server and show, as the commands a user would type, a run created\n"
        "from a document, paused for review, approved and completed, then its output.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    demo.add_argument("--speed", type=positive_factor, default=1.0, help="scenario time multiplier (1)")
    demo.add_argument("--display", choices=["auto", "live", "plain"], default="auto",
                      help="live table or plain lines (auto: live only in a terminal)")  # fmt: skip
    demo.set_defaults(handler=cmd_demo)
    add_webhook_verbs(commands)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    stream = out or sys.stdout
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="replace")
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments == ["--version"]:  # answered before the parser is built: that imports the models
        try:
            print(f"retab-runs {__version__}", file=stream, flush=True)
        except BrokenPipeError:
            return _quiet_after_broken_pipe(stream)
        return EXIT["ok"]
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit:  # --help, --version or bad usage: argparse has written its text
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            return _quiet_after_broken_pipe(sys.stdout)
        raise
    handler: Callable[[argparse.Namespace, TextIO], int] = args.handler
    try:
        code = handler(args, stream)
        stream.flush()  # here, not at exit, where a closed pipe could only be reported as a traceback
        return code
    except BrokenPipeError:
        return _quiet_after_broken_pipe(stream)
    except WaitTimeoutError as error:
        return _fail(str(error), EXIT["timeout"])
    except UsageError as error:
        return _fail(str(error), EXIT["usage"])
    except CommandFailed as error:
        return _fail(str(error), EXIT["failed"])
    except (RetabError, OSError) as error:
        line = failure_line(error, getattr(args, "run_id", None), getattr(args, "node_id", None))
        return _fail(line, EXIT["failed"])
    except KeyboardInterrupt:
        return _fail("interrupted", 130)


def _fail(message: str, code: int) -> int:
    try:
        print(f"retab-runs: {printable(message)}", file=sys.stderr, flush=True)
    except OSError:  # stderr is gone too: the exit code says it
        pass
    return code


def _quiet_after_broken_pipe(stream: TextIO) -> int:
    """The reader went away (``| head``): nothing more to say, and nothing to flush at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return EXIT_BROKEN_PIPE


def _warning_line(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """A warning (RETAB_LOG misspelt, plain http:// to another host) as one line, not Python's file:line dump."""
    try:
        print(f"retab-runs: warning: {printable(str(message))}", file=file or sys.stderr, flush=True)
    except OSError:
        pass


def entry_point() -> None:
    warnings.showwarning = _warning_line
    sys.exit(main())
