"""``retab-runs listen``: a local webhook receiver that verifies every delivery with ``retab_runs.webhooks``.

Standard library only (``http.server``): it answers 2xx to a good delivery, 400 to a missing
or malformed signature or a body that is not JSON, 401 to a signature that does not match or
is outside the window, 413 to a body over the bound, and prints one line per delivery. With
``--forward-to`` a verified delivery's raw body and headers go on unchanged, and the target's
answer comes back (502 when it cannot be reached).
"""

from __future__ import annotations

import datetime
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TextIO

from ..webhooks import RunCompletedEvent, WebhookError, WebhookEvent, parse
from ._terminal import printable

__all__ = ["DEFAULT_MAX_BODY", "Listener", "delivery_line"]

DEFAULT_MAX_BODY = 16 * 1024 * 1024
"""The largest body accepted (413 above it): Retab's End node carries the document as a data: URL."""
HOP_BY_HOP = frozenset({"host", "content-length", "connection", "keep-alive", "transfer-encoding", "te",
                        "trailer", "upgrade", "proxy-connection"})  # fmt: skip


@dataclass
class Verdict:
    """What listen made of one delivery."""

    status: int
    verdict: str  # "ok", or "refused: <reason>"
    event: WebhookEvent | None = None
    forwarded: str | None = None

    def record(self) -> dict[str, Any]:
        event = self.event
        run_id = event.run_id if isinstance(event, RunCompletedEvent) else None
        return {
            "time": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z"),
            "delivery_key": event.delivery_key if event is not None else None,
            "type": event.type if event is not None else None,
            "run_id": run_id,
            "environment": getattr(event, "environment", None),
            "status": self.status,
            "verdict": self.verdict,
            "forwarded": self.forwarded,
        }


def delivery_line(record: dict[str, Any]) -> str:
    """One printable line: time, delivery key, type, run id, environment, verdict (and where it went)."""
    parts = [record["time"], record["delivery_key"] or "-", record["type"] or "-", record["run_id"] or "-",
             record["environment"] or "-", f"{record['status']} {record['verdict']}"]  # fmt: skip
    if record["forwarded"]:
        parts.append(record["forwarded"])
    return printable("  ".join(str(part) for part in parts))


READ_TIMEOUT = 30.0
"""Seconds a sender may stall mid-request before its connection is dropped."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a sender that went away mid-request: nothing to answer, nothing to print


class Listener:
    """The receiving server; ``serve_forever()`` until interrupted, ``shutdown()`` from another thread."""

    def __init__(
        self,
        host: str,
        port: int,
        secrets: list[str],
        out: TextIO,
        *,
        as_json: bool = False,
        forward_to: str | None = None,
        tolerance: float | None = 300,
        max_body: int = DEFAULT_MAX_BODY,
        forward_timeout: float = 30.0,
    ) -> None:
        self._secrets = secrets
        self.out, self.as_json, self.forward_to = out, as_json, forward_to
        self.tolerance, self.max_body, self.forward_timeout = tolerance, max_body, forward_timeout
        self._print_lock = threading.Lock()
        self.server = _Server((host, port), self._handler())

    def __repr__(self) -> str:
        return f"Listener(address={self.server.server_address!r}, forward_to={self.forward_to!r})"

    def _handler(self) -> Callable[..., BaseHTTPRequestHandler]:
        listener = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = READ_TIMEOUT

            def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
                listener.receive(self)

            def do_GET(self) -> None:  # noqa: N802
                listener.answer(self, 405, {"detail": "POST webhook deliveries here"}, {"Allow": "POST"})

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def serve_forever(self) -> None:
        self.server.serve_forever(poll_interval=0.2)

    def shutdown(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- one delivery ------------------------------------------------------------------------

    def answer(self, request: BaseHTTPRequestHandler, status: int, body: Any,
               headers: dict[str, str] | None = None, raw: bytes | None = None) -> None:  # fmt: skip
        content = raw if raw is not None else json.dumps(body).encode()
        request.send_response(status)
        request.send_header("Content-Type", "application/json" if raw is None else "application/octet-stream")
        for name, value in (headers or {}).items():
            request.send_header(name, value)
        request.send_header("Content-Length", str(len(content)))
        request.end_headers()
        request.wfile.write(content)

    def receive(self, request: BaseHTTPRequestHandler) -> None:
        length_text = request.headers.get("Content-Length")
        if length_text is None or not length_text.strip().isdigit():
            request.close_connection = True
            self.answer(request, 411, {"detail": "a Content-Length is required"})
            self.report(Verdict(411, "refused: no Content-Length"))
            return
        length = int(length_text)
        if length > self.max_body:
            request.close_connection = True  # the body is not read: this connection cannot be reused
            self.answer(request, 413, {"detail": f"the body is {length} bytes, more than the {self.max_body} accepted"})
            self.report(Verdict(413, f"refused: body of {length} bytes is over {self.max_body}"))
            return
        try:
            body = request.rfile.read(length)
        except OSError:  # the sender stalled past READ_TIMEOUT or went away
            request.close_connection = True
            return
        if len(body) < length:  # the connection closed before the announced length
            request.close_connection = True
            return
        headers = [(name, value) for name, value in request.headers.items()]
        try:
            event = parse(body, headers, self._secrets, tolerance=self.tolerance)
        except WebhookError as error:
            self.answer(request, error.status_code, {"detail": str(error)})
            self.report(Verdict(error.status_code, f"refused: {error}"))
            return
        if self.forward_to is None:
            self.answer(request, 200, {"received": event.delivery_key})
            self.report(Verdict(200, "ok", event))
            return
        status, text, content_type = self.forward(body, headers)
        self.answer(request, status, None, {} if content_type is None else {"X-Forwarded-Content-Type": content_type},
                    raw=text)  # fmt: skip
        self.report(Verdict(status, "ok", event, forwarded=f"-> {self.forward_to} {status}"))

    def forward(self, body: bytes, headers: list[tuple[str, str]]) -> tuple[int, bytes, str | None]:
        import httpx

        assert self.forward_to is not None
        sent = [(name, value) for name, value in headers if name.lower() not in HOP_BY_HOP]
        try:
            with httpx.Client(follow_redirects=False, trust_env=False, timeout=self.forward_timeout) as client:
                with client.stream("POST", self.forward_to, content=body, headers=sent) as response:
                    read = bytearray()
                    for chunk in response.iter_raw():
                        read += chunk
                        if len(read) > 64 * 1024:
                            break
                    return response.status_code, bytes(read[: 64 * 1024]), response.headers.get("content-type")
        except httpx.HTTPError as exc:
            detail = json.dumps({"detail": f"could not forward to {self.forward_to}: {type(exc).__name__}"}).encode()
            return 502, detail, None

    def report(self, verdict: Verdict) -> None:
        record = verdict.record()
        line = json.dumps(record) if self.as_json else delivery_line(record)
        with self._print_lock:
            try:
                print(line, file=self.out, flush=True)
            except (BrokenPipeError, ValueError):
                pass
