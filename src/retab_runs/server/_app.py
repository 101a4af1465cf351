"""The ASGI app (Starlette) and a uvicorn server that runs it on 127.0.0.1 in a thread."""

from __future__ import annotations

import asyncio
import secrets
import socket
import threading
import time
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._responder import respond
from ._store import RunStore

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
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body) * 2).encode())]
        await send({"type": "http.response.start", "status": self.status_code, "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": True})
        # Returning now leaves the response unfinished; uvicorn closes the connection.


def create_app(store: RunStore | None = None) -> Starlette:
    """The embedded Retab runs API over ``store`` (the built-in runs by default)."""
    runs = store if store is not None else RunStore()

    async def get_run(request: Request) -> Response:
        token = request.query_params.getlist("access_token")
        reply = respond(
            runs, request.path_params["run_id"], token[-1] if token else None, request.headers.get("api-key")
        )
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if reply.kind == "dropped":
            return _CutOff(reply.content(), status_code=reply.status)
        return Response(reply.content(), reply.status, headers=reply.headers, media_type="application/json")

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "Internal server error"
        headers = getattr(exc, "headers", None) or {}
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)

    app = Starlette(
        routes=[Route("/v1/workflows/runs/{run_id:path}", get_run, methods=["GET"])],
        exception_handlers={HTTPException: http_error},
    )
    app.add_middleware(RequestIdMiddleware)
    app.state.store = runs
    return app


class ServerThread:
    """uvicorn serving an app on ``host`` (127.0.0.1), in a daemon thread; ``port=0`` picks a free port."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning") -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, port))
        self.host, self.port = self._sock.getsockname()[:2]
        self.base_url = f"http://{self.host}:{self.port}"
        config = uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="off",
                                timeout_graceful_shutdown=2, backlog=4096)  # fmt: skip
        self._server = uvicorn.Server(config)
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
