"""The ASGI app (Starlette: one endpoint in front of the route table) and a uvicorn server in a thread."""

from __future__ import annotations

import asyncio
import secrets
import socket
import threading
import time
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._connections import HEADER_TIMEOUT, make_server
from ._reply import Reply
from ._requests import Incoming
from ._routes import ROUTES, dispatch
from ._store import RunStore
from ._today_routes import TODAY_ROUTES, dispatch_today
from ._today_store import TodayRunStore

__all__ = ["ServerThread", "create_app"]


class RequestIdMiddleware:
    """Gives every response, errors included, an ``x-request-id``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = "req_" + secrets.token_hex(8)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).append("x-request-id", request_id)
            await send(message)

        await self.app(scope, receive, send_with_id)


class _CutOff(Response):
    """Announces the whole body, sends half of it, then stops: a dropped connection."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = bytes(self.body)
        announced = len(body) + max(len(body), 1)
        headers = [(b"content-type", b"application/json"), (b"content-length", str(announced).encode())]
        await send({"type": "http.response.start", "status": self.status_code, "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": True})
        # Returning now leaves the response unfinished; uvicorn closes the connection.


MAX_BODY_BYTES = 64 * 1024 * 1024
"""A request body larger than this is refused with 413 (documents travel base64 in the body)."""


async def _read_body(request: Request) -> bytes | None:
    """The body, or None once it passes MAX_BODY_BYTES (read no further)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _own_address(scope: Scope) -> str:
    """``http://host:port`` of the socket the request reached: links never follow the request's ``Host`` header."""
    server = scope.get("server")
    if not server or server[1] is None:
        return "http://127.0.0.1"
    host, port = server
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{port}"


def create_app(store: RunStore | TodayRunStore | None = None, *, base_url: str | None = None) -> Starlette:
    """The embedded Retab runs API over ``store`` (the built-in runs by default): every route of ``_routes``.

    A ``TodayRunStore`` serves today's API (2026-08-16) instead: the routes of ``_today_routes``.
    ``base_url`` is where the links it hands out (``document_url``) point; by default the
    address of the socket a request reached, never what the request's ``Host`` header says.
    """
    runs = store if store is not None else RunStore()
    links = base_url.rstrip("/") if base_url else None

    def answer(incoming: Incoming) -> Reply:  # each dispatch holds its store's own lock
        if isinstance(runs, TodayRunStore):
            return dispatch_today(runs, incoming)
        return dispatch(runs, incoming)

    async def endpoint(request: Request) -> Response:
        body = await _read_body(request)
        if body is None:
            return JSONResponse({"detail": f"Request body larger than {MAX_BODY_BYTES} bytes"}, status_code=413)
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        incoming = Incoming(
            method=request.method,
            raw_path=raw_path.decode("latin-1"),
            query=request.query_params.multi_items(),
            headers={name.lower(): value for name, value in request.headers.items()},
            body=body,
            base_url=links or _own_address(request.scope),
        )
        # In a worker thread: parsing, checking and encoding a large body must not stall the
        # event loop (every other connection waits on it).
        reply = await run_in_threadpool(answer, incoming)
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.kind == "dropped":
            return _CutOff(reply.content(), status_code=200 if reply.status == 204 else reply.status)
        return Response(reply.content(), reply.status, headers=reply.headers, media_type=reply.media_type)

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "Internal server error"
        headers = getattr(exc, "headers", None) or {}
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)

    methods = sorted(
        {r.method for r in ROUTES} | {r.method for r in TODAY_ROUTES} | {"PUT", "PATCH", "HEAD", "OPTIONS"}
    )
    app = Starlette(
        routes=[Route("/{path:path}", endpoint, methods=methods)],
        exception_handlers={HTTPException: http_error},
    )
    app.add_middleware(RequestIdMiddleware)
    app.state.store = runs
    return app


class ServerThread:
    """uvicorn serving an app on ``host`` (127.0.0.1), in a daemon thread; ``port=0`` picks a free port.

    ``header_timeout`` and ``max_connections`` bound the connections it keeps (see ``make_server``).
    """

    def __init__(
        self,
        app: Any,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "warning",
        *,
        header_timeout: float = HEADER_TIMEOUT,
        max_connections: int | None = None,
    ) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit it: the body then leaves at once instead of waiting for the
        # client's delayed ACK of the headers (about 40 ms per request on Linux).
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock.bind((host, port))
        self.host, self.port = self._sock.getsockname()[:2]
        self.base_url = f"http://{self.host}:{self.port}"
        self._server = make_server(app, header_timeout=header_timeout, max_connections=max_connections,
                                   log_level=log_level)  # fmt: skip
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True)

    def start(self, timeout: float = 10.0) -> ServerThread:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the embedded server did not start on {self.base_url}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=5)
        self._sock.close()

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
