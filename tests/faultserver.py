"""A socket-level HTTP server on 127.0.0.1 that misbehaves on purpose.

Each path has a script: one action per request, the last repeated. An action is
raw bytes to send (status line, headers, body as written), optionally after a
pause, optionally followed by a TCP reset instead of a clean close, optionally
followed by a stream of further pieces (endless, huge or dripping bodies) sent one
by one until the stream ends or the client hangs up. Every connection is closed
after one response. The server reads each request in full (head, then a body of
``Content-Length`` bytes) before it acts, and keeps a log of heads (``requests``) and
bodies (``bodies``): a test can count what reached it, and see what each carried. An
Action with no data closes the connection without an answer (a dropped answer), or
resets it with ``reset=True``.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Action:
    data: bytes
    pause: float = 0.0  # seconds to wait before sending
    pause_after_head: float = 0.0  # seconds to wait between the headers and the body
    reset: bool = False  # end with a TCP reset instead of a clean close
    stream: Callable[[], Iterable[bytes]] | None = None  # pieces sent after ``data``
    interval: float = 0.0  # seconds to wait before each piece of ``stream``


def head(status: int = 200, *, content_type: str = "application/json", headers: dict[str, str] | None = None) -> bytes:
    """A status line and headers only: the body follows as an Action's ``stream``."""
    lines = [f"HTTP/1.1 {status} X", f"Content-Type: {content_type}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def response(
    status: int, body: bytes | str | Any = b"", *, content_type: str = "application/json",
    headers: dict[str, str] | None = None, content_length: int | None = None,
) -> bytes:  # fmt: skip
    """The raw bytes of an HTTP/1.1 response."""
    if not isinstance(body, (bytes, str)):
        body = json.dumps(body)
    raw = body.encode() if isinstance(body, str) else body
    lines = [f"HTTP/1.1 {status} X", f"Content-Type: {content_type}", "Connection: close"]
    lines.append(f"Content-Length: {len(raw) if content_length is None else content_length}")
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + raw


def content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


Responder = Callable[[str, bytes], Action | bytes]
"""A path's answer computed from the request target (path and query) and body."""


class FaultServer:
    def __init__(self, port: int = 0) -> None:
        self.scripts: dict[str, list[Action]] = {}
        self.responders: dict[str, Responder] = {}
        self.hits: dict[str, int] = {}
        self.requests: list[bytes] = []
        self.bodies: list[bytes] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", port))
        self._sock.listen(64)
        self._sock.settimeout(0.05)  # how long close() may wait for the accept loop
        self.port: int = self._sock.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._handlers: list[tuple[threading.Thread, socket.socket]] = []  # close() ends them
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def script(self, path: str, *actions: Action | bytes) -> None:
        self.scripts[path] = [a if isinstance(a, Action) else Action(a) for a in actions]

    def respond(self, path: str, responder: Responder) -> None:
        """Answer every request to ``path`` with what ``responder(target, body)`` returns."""
        self.responders[path] = responder

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            handler = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            with self._lock:  # those that have finished are let go
                self._handlers = [(t, c) for t, c in self._handlers if t.is_alive()] + [(handler, conn)]
            handler.start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                head += chunk
            head, _, body = head.partition(b"\r\n\r\n")
            head += b"\r\n\r\n"
            while len(body) < content_length(head):
                chunk = conn.recv(65536)
                if not chunk:
                    return
                body += chunk
            target = head.split(b" ", 2)[1].decode()
            path = target.split("?", 1)[0]
            with self._lock:
                self.requests.append(head)
                self.bodies.append(body)
                count = self.hits.get(path, 0)
                self.hits[path] = count + 1
            if path in self.responders:
                answer = self.responders[path](target, body)
                action = answer if isinstance(answer, Action) else Action(answer)
            else:
                script = self.scripts.get(path) or [Action(response(404, {"detail": "Workflow run not found"}))]
                action = script[min(count, len(script) - 1)]
            self._stop.wait(action.pause)  # pauses end when the server closes
            try:
                if action.pause_after_head:
                    head_end = action.data.index(b"\r\n\r\n") + 4
                    conn.sendall(action.data[:head_end])
                    self._stop.wait(action.pause_after_head)
                    conn.sendall(action.data[head_end:])
                else:
                    conn.sendall(action.data)
                for piece in action.stream() if action.stream is not None else ():
                    if self._stop.is_set():
                        break
                    self._stop.wait(action.interval)
                    conn.sendall(piece)
                if action.reset:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            except OSError:
                pass

    def close(self) -> None:
        """Stop accepting, end every connection still open and wait for its handler: no thread of
        this server outlives it (a test that needs a process with one thread may come next)."""
        self._stop.set()
        self._thread.join(timeout=2)
        self._sock.close()
        with self._lock:
            handlers, self._handlers = self._handlers, []
        for handler, conn in handlers:
            try:
                conn.shutdown(socket.SHUT_RDWR)  # a handler waiting in recv returns at once
            except OSError:
                pass  # closed already
            handler.join(timeout=10)
