"""A webhook receiver on 127.0.0.1 for the delivery tests: records every request, answers as told."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Plan:
    """What to answer: ``statuses`` in order (then 200), after ``delay`` seconds, with ``headers``."""

    statuses: list[int] = field(default_factory=list)
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    text: bytes = b'{"ok":true}'


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a sender that gave up (the timeout tests) closes the connection before the answer


class Receiver:
    """``with Receiver() as hook: ... hook.url, hook.wait_for(n), hook.received``."""

    def __init__(self, plan: Plan | None = None) -> None:
        self.plan = plan or Plan()
        self.received: list[Received] = []
        self._changed = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                with receiver._changed:
                    receiver.received.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                    status = receiver.plan.statuses.pop(0) if receiver.plan.statuses else 200
                    receiver._changed.notify_all()
                if receiver.plan.delay:
                    time.sleep(receiver.plan.delay)
                self.send_response(status)
                for name, value in receiver.plan.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(receiver.plan.text)))
                self.end_headers()
                self.wfile.write(receiver.plan.text)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def wait_for(self, count: int, timeout: float = 30.0) -> list[Received]:
        """The first ``count`` requests, once they came (AssertionError after ``timeout``)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while len(self.received) < count:
                left = deadline - time.monotonic()
                assert left > 0, f"{len(self.received)} of {count} deliveries came"
                self._changed.wait(left)
            return list(self.received[:count])

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
