"""``retab-runs listen``, ``retab-runs trigger`` and ``retab-runs webhooks verify``: trying webhooks on one machine."""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import secrets
import shlex
import sys
from pathlib import Path
from typing import Any, TextIO

from ._arguments import port_number, positive_seconds
from ._failures import EXIT, CommandFailed, UsageError
from ._terminal import printable

__all__ = ["add_webhook_verbs"]

SECRET_ENV = "RETAB_WEBHOOK_SECRET"
MAX_SAVED_BODY = 16 * 1024 * 1024
EPILOG = (
    f"The secret comes from --secret or {SECRET_ENV}; it is never printed (listen prints the one it makes).\n"
    "Signatures: X-Retab-Signature: t=<seconds>,v1=<hex> (or the seed era's Retab-Signature: <hex>);\n"
    "docs/webhooks.md says what is Retab's word and what is inferred."
)


def _tolerance(text: str) -> float | None:
    if text.lower() in ("none", "off"):
        return None
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds (or none)") from None
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(f"{text!r}: should be 0 or more seconds (or none)")
    return value


def _body_size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of bytes") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: should be 1 or more bytes")
    return value


def _secrets(args: argparse.Namespace) -> list[str]:
    given = [s for s in (args.secret or []) if s]
    if not given and os.environ.get(SECRET_ENV):
        given = [os.environ[SECRET_ENV]]
    return given


# -- listen ----------------------------------------------------------------------------------


def cmd_listen(args: argparse.Namespace, out: TextIO) -> int:
    from ._listen import Listener

    chosen = _secrets(args)
    made = not chosen
    if made:
        chosen = ["whsec_" + secrets.token_hex(24)]
    try:
        listener = Listener(args.host, args.port, chosen, out, as_json=args.json, forward_to=args.forward_to,
                            tolerance=args.tolerance, max_body=args.max_body_bytes)  # fmt: skip
    except OSError as exc:
        raise CommandFailed(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    host, port = listener.server.server_address[:2]
    url = f"http://{host!s}:{port}/"
    info = sys.stderr if args.json else out
    onward = f", forwarding verified deliveries to {args.forward_to}" if args.forward_to else ""
    print(f"Listening for webhooks on {url} (any path){onward}", file=info)
    if made:
        print("No --secret given: made one for this session. Point the embedded server here with:", file=info)
        print(f"  retab-runs serve --webhook-url {shlex.quote(url)} --webhook-secret {chosen[0]}", file=info)
    else:
        print(f"Verifying with the secret given (not shown). The embedded server: retab-runs serve --webhook-url "
              f"{shlex.quote(url)} --webhook-secret \"${SECRET_ENV}\"", file=info)  # fmt: skip
    print("One line per delivery: time, event id or delivery key, type, run, environment, verdict. Ctrl-C stops.",
          file=info, flush=True)  # fmt: skip
    try:
        listener.serve_forever()
    finally:
        listener.shutdown()
    return EXIT["ok"]


# -- trigger ---------------------------------------------------------------------------------


def _sample_record() -> dict[str, Any]:
    """A completed run record (the built-in example the embedded server serves)."""
    path = Path(__file__).resolve().parents[1] / "server" / "fixtures.json"
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
        record = next(r for r in records if r.get("status") == "completed")
    except (OSError, ValueError, StopIteration):
        record = {"id": "run_sample", "workflow_id": "wf_sample", "status": "completed"}
    return dict(record)


def sample_body(fmt: str, environment: str, run_id: str | None) -> bytes:
    """The bytes of one sample delivery (envelope or End node)."""
    record = _sample_record()
    if run_id:
        record["id"] = run_id
    if fmt == "end-node":
        payload: Any = {"document": {"filename": "invoice.pdf", "url": "data:application/pdf;base64,JVBERi0xLjQK"},
                        "data": {"invoice_number": "INV-2026-0042", "total_amount": 1234.56}}  # fmt: skip
    else:
        payload = {"id": "evt_" + secrets.token_hex(12), "type": "workflow.run.completed", "environment": environment,
                   "created_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds")
                   .replace("+00:00", "Z"), "data": record}  # fmt: skip
    return json.dumps(payload, separators=(",", ":")).encode()


def cmd_trigger(args: argparse.Namespace, out: TextIO) -> int:
    import httpx

    from ..webhooks import ENVIRONMENT_HEADER, LEGACY_SIGNATURE_HEADER, SIGNATURE_HEADER, sign

    chosen = _secrets(args)
    if not chosen:
        raise UsageError(f"trigger signs with a secret: --secret or {SECRET_ENV}")
    if not args.url.startswith(("http://", "https://")):
        raise UsageError(f"the URL must be http:// or https://, not {args.url!r}")
    body = sample_body(args.format, args.environment, args.run_id)
    headers = {"Content-Type": "application/json", ENVIRONMENT_HEADER: args.environment}
    if args.format == "end-node":
        headers[LEGACY_SIGNATURE_HEADER] = sign(body, chosen[0], scheme="hex")
    else:
        headers[SIGNATURE_HEADER] = sign(body, chosen[0])
    try:
        with httpx.Client(follow_redirects=False, trust_env=False, timeout=args.timeout) as client:
            response = client.post(args.url, content=body, headers=headers)
            text = response.text[:1000]
    except httpx.HTTPError as exc:
        raise CommandFailed(f"could not deliver to {args.url}: {type(exc).__name__}: {exc}") from None
    sent = json.loads(body)
    if args.json:
        print(json.dumps({"status": response.status_code, "delivered": response.is_success,
                          "request_body": sent, "response_text": text}), file=out)  # fmt: skip
    else:
        key = sent.get("id") or "(End node body)"
        print(printable(f"{args.format} {key} -> {args.url}: HTTP {response.status_code} {text}"), file=out)
    return EXIT["ok"] if response.is_success else EXIT["failed"]


# -- webhooks verify -------------------------------------------------------------------------


def _read_saved(name: str) -> bytes:
    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_SAVED_BODY + 1)
        else:
            with open(name, "rb") as handle:
                data = handle.read(MAX_SAVED_BODY + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None
    if len(data) > MAX_SAVED_BODY:
        raise UsageError(f"{name} is larger than {MAX_SAVED_BODY} bytes, more than any delivery")
    return data


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from ..webhooks import SIGNATURE_HEADER, RunCompletedEvent, WebhookError, WebhookSecretError, parse

    chosen = _secrets(args)
    if not chosen:
        raise UsageError(f"verify needs the secret: --secret or {SECRET_ENV}")
    headers: list[tuple[str, str]] = []
    for line in args.header or []:
        name, sep, value = line.partition(":")
        if not sep:
            raise UsageError(f"--header {line!r}: write it as 'Name: value'")
        headers.append((name.strip(), value.strip()))
    if args.signature:
        headers.append((SIGNATURE_HEADER, args.signature))
    body = _read_saved(args.file)
    try:
        event = parse(body, headers, chosen, tolerance=args.tolerance, require_timestamp=args.require_timestamp)
    except WebhookSecretError as error:
        raise UsageError(str(error)) from None
    except WebhookError as error:
        if args.json:
            print(json.dumps({"verified": False, "error": type(error).__name__, "detail": str(error)}), file=out)
        raise CommandFailed(f"not verified: {error}") from None
    run_id = event.run_id if isinstance(event, RunCompletedEvent) else None
    if args.json:
        print(json.dumps({"verified": True, "delivery_key": event.delivery_key, "type": event.type,
                          "run_id": run_id, "event": event.raw}), file=out)  # fmt: skip
    else:
        kind = type(event).__name__
        print(printable(f"verified: {kind} {event.delivery_key} type={event.type} run={run_id}"), file=out)
    return EXIT["ok"]


def add_webhook_verbs(commands: Any) -> None:
    """Register listen, trigger and webhooks (verify) on the CLI's subparsers."""
    formatter = argparse.RawDescriptionHelpFormatter
    listen = commands.add_parser(
        "listen", help="a local webhook receiver that verifies and prints each delivery",
        description="Receive webhooks on this machine: verify each delivery's signature, answer 200 (good), "
        "400 (missing or malformed signature, not JSON), 401 (no match, stale) or 413 (too large), and print "
        "one line per delivery.", epilog=EPILOG, formatter_class=formatter,
    )  # fmt: skip
    listen.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    listen.add_argument("--port", type=port_number, default=8765, help="port to listen on (8765)")
    listen.add_argument("--secret", action="append", metavar="SECRET",
                        help=f"a secret deliveries may be signed with (repeatable; default {SECRET_ENV}, "
                        "else one is made and printed)")  # fmt: skip
    listen.add_argument("--forward-to", metavar="URL",
                        help="pass each verified delivery on, raw body and headers unchanged, and answer "
                        "with what URL answers")  # fmt: skip
    listen.add_argument("--json", action="store_true", help="one JSON object per delivery instead of a line")
    listen.add_argument("--tolerance", type=_tolerance, default=300.0, metavar="SECONDS",
                        help="how far t may be from now, either way (300; none: no check)")  # fmt: skip
    listen.add_argument("--max-body-bytes", type=_body_size, default=MAX_SAVED_BODY, metavar="BYTES",
                        help=f"larger bodies are refused with 413 ({MAX_SAVED_BODY:,})")  # fmt: skip
    listen.set_defaults(handler=cmd_listen)

    trigger = commands.add_parser(
        "trigger", help="send one signed sample delivery to a URL",
        description="Send one signed sample delivery (a completed run) to URL and print the answer. "
        "Exit 0 on a 2xx answer, 1 otherwise.", epilog=EPILOG, formatter_class=formatter,
    )  # fmt: skip
    trigger.add_argument("url", metavar="URL", help="the receiver")
    trigger.add_argument("--secret", action="append", metavar="SECRET", help=f"the signing secret ({SECRET_ENV})")
    trigger.add_argument("--format", choices=["envelope", "end-node"], default="envelope",
                         help="envelope (t=,v1= signature) or the seed era's End node body (hex)")  # fmt: skip
    trigger.add_argument("--environment", default="test", help="the environment named (test)")
    trigger.add_argument("--run-id", help="the sample run's id (the built-in example's)")
    trigger.add_argument("--timeout", type=positive_seconds, default=30.0, help="seconds to wait for the answer (30)")
    trigger.add_argument("--json", action="store_true", help="the answer as JSON")
    trigger.set_defaults(handler=cmd_trigger)

    webhooks = commands.add_parser(
        "webhooks", help="webhook tools: verify a saved delivery",
        description="Webhook tools.", epilog=EPILOG, formatter_class=formatter,
    )  # fmt: skip
    tools = webhooks.add_subparsers(dest="webhooks_command", required=True, metavar="TOOL")
    verify = tools.add_parser(
        "verify", help="verify a saved body against its signature",
        description="Verify a saved delivery body (FILE, or - for standard input) with the receiver's code. "
        "Exit 0 when verified, 1 when not, 2 on bad usage.", epilog=EPILOG, formatter_class=formatter,
    )  # fmt: skip
    verify.add_argument("file", metavar="FILE", help="the raw body as received; - reads standard input")
    verify.add_argument("--signature", metavar="VALUE", help="the X-Retab-Signature (or Retab-Signature) value")
    verify.add_argument("--header", action="append", metavar="'NAME: VALUE'",
                        help="a header as received (repeatable), instead of --signature")  # fmt: skip
    verify.add_argument("--secret", action="append", metavar="SECRET", help=f"the secret(s) ({SECRET_ENV})")
    verify.add_argument("--tolerance", type=_tolerance, default=300.0, metavar="SECONDS",
                        help="how far t may be from now (300; none for a saved body of long ago)")  # fmt: skip
    verify.add_argument("--require-timestamp", action="store_true", help="refuse the bare hex scheme")
    verify.add_argument("--json", action="store_true", help="the verdict and the event as JSON")
    verify.set_defaults(handler=cmd_verify)
