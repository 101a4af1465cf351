"""Helpers for your tests: the embedded server on a free port, or the same answers in-process.

    from retab_runs import Retab
    from retab_runs.testing import retab_server_running

    with retab_server_running() as server:
        client = Retab(api_key=server.api_key, base_url=server.base_url)
        run = client.workflows.runs.get("run_abc123xyz")

In pytest, add ``pytest_plugins = ["retab_runs.testing"]`` to your conftest.py for
the ``retab_server`` fixture. ``in_process_transport(store)`` gives an httpx
transport that answers exactly as the server does, without sockets or threads.
Needs the ``server`` extra (starlette, uvicorn).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from .server import Incoming, RunStore, ServerThread, create_app, dispatch
from .server._connections import HEADER_TIMEOUT

__all__ = ["RunningServer", "in_process_transport", "retab_server", "retab_server_running"]


@dataclass(frozen=True)
class RunningServer:
    """A started embedded server: where it listens, its key, and its runs."""

    base_url: str
    api_key: str
    store: RunStore


@contextmanager
def retab_server_running(
    store: RunStore | None = None,
    *,
    header_timeout: float = HEADER_TIMEOUT,
    max_connections: int | None = None,
    **store_args: Any,
) -> Iterator[RunningServer]:
    """Start the embedded server on 127.0.0.1 and a free port; stop it on exit.

    Without ``store``, a ``RunStore(**store_args)`` with a random API key is used.
    ``header_timeout`` and ``max_connections`` bound its connections (see ``ServerThread``).
    """
    if store is None:
        store_args.setdefault("api_key", "sk-test-" + secrets.token_hex(8))
        store = RunStore(**store_args)
    with ServerThread(create_app(store), header_timeout=header_timeout, max_connections=max_connections) as thread:
        yield RunningServer(thread.base_url, store.api_key, store)


def in_process_transport(store: RunStore | None = None) -> httpx.MockTransport:
    """An httpx transport (sync and async) answering every route as the server would, with no I/O.

    Latency is not simulated; a dropped connection raises ``httpx.RemoteProtocolError``.
    """
    runs = store if store is not None else RunStore()

    def handle(request: httpx.Request) -> httpx.Response:
        incoming = Incoming(
            method=request.method,
            raw_path=request.url.raw_path.decode("ascii").split("?", 1)[0],
            query=request.url.params.multi_items(),
            headers={name.lower(): value for name, value in request.headers.items()},
            body=request.read(),
            base_url=f"{request.url.scheme}://{request.url.netloc.decode('ascii')}",
        )
        reply = dispatch(runs, incoming)
        if reply.kind == "dropped":
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body", request=request
            )
        headers = {**reply.headers, "x-request-id": "req_" + secrets.token_hex(8)}
        if reply.media_type is not None:
            headers["content-type"] = reply.media_type
        return httpx.Response(reply.status, content=reply.content(), headers=headers)

    return httpx.MockTransport(handle)


try:  # the fixture, for projects that use pytest
    import pytest
except ImportError:  # pragma: no cover - pytest is not a dependency
    pass
else:

    @pytest.fixture
    def retab_server() -> Iterator[RunningServer]:
        """The embedded server, started for one test."""
        with retab_server_running() as server:
            yield server
