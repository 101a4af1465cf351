"""``retab-runs``: get, watch and serve Retab workflow runs from a terminal."""

from __future__ import annotations

import argparse
import errno
import ipaddress
import math
import os
import shlex
import socket
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from .. import ConfigurationError, Retab, RetabError, WaitTimeoutError
from .._version import __version__
from ._failures import CommandFailed, UsageError, failure_line
from ._terminal import printable
from ._validate_files import MAX_RECORD_BYTES, record_size
from ._watch import GIVE_UP_AFTER

__all__ = ["EXIT", "main"]

EXIT = {"ok": 0, "failed": 1, "usage": 2, "run_error": 3, "run_cancelled": 4, "timeout": 5}
EPILOG = """\
exit codes: 0 done (watch: the run completed), 1 the command failed (bad key, unknown
run, server down; validate: a record is invalid), 2 bad usage (validate: an input could
not be read), 3 the run ended in error, 4 the run was cancelled, 5 watch timed out.
Credentials and address: --api-key / RETAB_API_KEY, --base-url / RETAB_API_BASE_URL.
A broken pipe on output (| head) ends the command quietly; Ctrl-C exits 130."""
DEFAULT_SERVE_KEY = "sk-retab-runs-local"
EXIT_BROKEN_PIPE = 141
"""What a shell shows for a command stopped by SIGPIPE (128 + 13), as ``| head`` does to most tools."""


# -- argument types: a bad value is a usage error that names the flag -----------------------


def positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"{text!r}: should be a positive number of seconds")
    return value


def positive_factor(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"{text!r}: should be a positive number (2 runs twice as fast)")
    return value


def retry_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: should be 0 or more")
    return value


def port_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r}: a port is between 1 and 65535")
    return value


def _check_base_url(url: str, origin: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{origin} {url!r}: should be an address like http://localhost:8000 or https://api.retab.com")


def _client(args: argparse.Namespace) -> Retab:
    """The client the flags and environment describe; UsageError when they do not describe one."""
    if args.base_url is not None:
        _check_base_url(args.base_url, "--base-url")
    elif os.environ.get("RETAB_API_BASE_URL"):
        _check_base_url(os.environ["RETAB_API_BASE_URL"], "RETAB_API_BASE_URL")
    if not (args.api_key or os.environ.get("RETAB_API_KEY") or getattr(args, "access_token", None)):
        raise UsageError("no API key: pass --api-key or set RETAB_API_KEY (or give the run's --access-token)")
    try:
        return Retab(
            api_key=args.api_key, base_url=args.base_url, timeout=args.request_timeout, max_retries=args.max_retries
        )
    except ConfigurationError as exc:  # a value the flags let through but the client refuses
        raise UsageError(str(exc)) from exc


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
                    access_token=args.access_token, out=out, live=live,
                    give_up_after=args.unreachable_timeout)  # fmt: skip
    status = run.status.value
    return {"completed": EXIT["ok"], "error": EXIT["run_error"], "cancelled": EXIT["run_cancelled"]}.get(
        status, EXIT["failed"]
    )


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
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        reason = "the port is in use" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
        raise CommandFailed(f"cannot listen on {host}:{port}: {reason}") from None
    return sock


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
    api_key = args.api_key or os.environ.get("RETAB_API_KEY") or DEFAULT_SERVE_KEY
    if not _is_loopback(args.host) and api_key == DEFAULT_SERVE_KEY:
        raise UsageError(
            f"--host {args.host} is reachable from other machines: choose a key with --api-key "
            "(or RETAB_API_KEY) rather than the public default"
        )
    store = RunStore(api_key=api_key, speed=args.speed, faults=faults)
    try:
        loaded = sum(store.load(Path(path)) for path in args.fixtures)
    except FixtureError as exc:
        raise CommandFailed(str(exc)) from exc
    sock = _listen(args.host, args.port)
    base = f"http://{args.host}:{args.port}"
    print(f"Retab runs API on {base}  (Api-Key: {api_key})", file=out)
    print("To point the client and CLI at it:", file=out)
    print(f"  export RETAB_API_BASE_URL={shlex.quote(base)} RETAB_API_KEY={shlex.quote(api_key)}", file=out)
    print(f"{loaded} runs from fixtures; built in:" if args.fixtures else "Runs:", file=out)
    for run_id in store.ids():
        print(f"  {base}/v1/workflows/runs/{run_id}?access_token={store.access_token(run_id)}", file=out)
    print("Scenario runs start over per id: add ~anything (run_demo_progress~2). Ctrl-C stops.", file=out, flush=True)
    config = uvicorn.Config(create_app(store), log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
    return EXIT["ok"]


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


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    from ._validate_files import validate_files

    tally = validate_files(args.files, args.profile, out, sys.stderr, max_record_bytes=args.max_record_bytes)
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

    out.write(json_schema_text())
    return EXIT["ok"]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--base-url", help="API address (default: RETAB_API_BASE_URL or https://api.retab.com)")
    common.add_argument("--api-key", help="API key (default: RETAB_API_KEY)")
    common.add_argument(
        "--request-timeout", type=positive_seconds, default=30.0, metavar="SECONDS", help="per request (30)"
    )
    common.add_argument(
        "--max-retries", type=retry_count, default=2, metavar="N", help="retries of a failed request (2)"
    )

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
    watch.add_argument("--interval", type=positive_seconds, default=1.0, metavar="SECONDS", help="between polls (1)")
    watch.add_argument("--timeout", type=positive_seconds, default=3600.0, metavar="SECONDS",
                       help="give up after (3600; exit 5)")  # fmt: skip
    watch.add_argument("--unreachable-timeout", type=positive_seconds, default=GIVE_UP_AFTER, metavar="SECONDS",
                       help=f"give up after this long without an answer (server down, 5xx, 429; "
                       f"{GIVE_UP_AFTER:g}; exit 1)")  # fmt: skip
    watch.add_argument("--access-token", help="run-scoped token, instead of an API key")
    watch.add_argument("--display", choices=["auto", "live", "plain"], default="auto",
                       help="live table or plain lines (auto: live only in a terminal)")  # fmt: skip
    watch.set_defaults(handler=cmd_watch)

    serve = commands.add_parser("serve", help="run the embedded API server", epilog=EPILOG)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=port_number, default=8000)
    serve.add_argument("--api-key", help="the key clients must send (default: RETAB_API_KEY or sk-retab-runs-local, "
                       "which only a loopback --host may use)")  # fmt: skip
    serve.add_argument("--fixtures", action="append", default=[], metavar="FILE",
                       help="serve the runs of a JSON or JSONL file too (repeatable)")  # fmt: skip
    serve.add_argument("--speed", type=positive_factor, default=1.0, help="scenario time multiplier (1)")
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
    validate.add_argument("--max-record-bytes", type=record_size, default=MAX_RECORD_BYTES, metavar="BYTES",
                          help=f"longest record or JSONL line read ({MAX_RECORD_BYTES:,}); "
                          "a longer one is an issue")  # fmt: skip
    validate.add_argument("--profile", choices=["strict", "compatible"], default="strict",
                          help="strict: the spec to the letter; compatible: what the client accepts")  # fmt: skip
    validate.set_defaults(handler=cmd_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema (2020-12) of a run record")
    schema.set_defaults(handler=cmd_schema)

    demo = commands.add_parser("demo", help="the reference snippet and a live run, on the embedded server")
    demo.add_argument("--speed", type=positive_factor, default=1.0, help="scenario time multiplier (1)")
    demo.add_argument("--display", choices=["auto", "live", "plain"], default="auto")
    demo.set_defaults(handler=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    stream = out or sys.stdout
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="replace")
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
        return _fail(failure_line(error, getattr(args, "run_id", None)), EXIT["failed"])
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
