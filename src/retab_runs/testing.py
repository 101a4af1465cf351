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
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, overload

import httpx

from .server import Incoming, RunStore, ServerThread, TodayRunStore, create_app, dispatch, dispatch_today
from .server._connections import HEADER_TIMEOUT

__all__ = [
    "API_VERSIONS",
    "RunningServer",
    "RunningTodayServer",
    "in_process_transport",
    "retab_server",
    "retab_server_running",
    "retab_server_today",
]


@dataclass(frozen=True)
class RunningServer:
    """A started embedded server: where it listens, its key, and its runs."""

    base_url: str
    api_key: str = field(repr=False)
    store: RunStore


@dataclass(frozen=True)
class RunningTodayServer:
    """A started embedded server speaking today's API (2026-08-16): where it listens, its key, and its runs."""

    base_url: str
    api_key: str = field(repr=False)
    store: TodayRunStore


API_VERSIONS = ("2026-02-26", "2026-08-16")
"""The contracts the embedded server speaks: the seed's (the default) and today's."""


@overload
def retab_server_running(
    store: RunStore | None = None,
    *,
    api_version: Literal["2026-02-26"] = ...,
    header_timeout: float = ...,
    max_connections: int | None = ...,
    **store_args: Any,
) -> AbstractContextManager[RunningServer]: ...
@overload
def retab_server_running(
    store: TodayRunStore | None = None,
    *,
    api_version: Literal["2026-08-16"],
    header_timeout: float = ...,
    max_connections: int | None = ...,
    **store_args: Any,
) -> AbstractContextManager[RunningTodayServer]: ...
@overload
def retab_server_running(
    store: TodayRunStore, *, header_timeout: float = ..., max_connections: int | None = ..., **store_args: Any
) -> AbstractContextManager[RunningTodayServer]: ...
def retab_server_running(
    store: RunStore | TodayRunStore | None = None,
    *,
    api_version: str | None = None,
    header_timeout: float = HEADER_TIMEOUT,
    max_connections: int | None = None,
    **store_args: Any,
) -> AbstractContextManager[RunningServer | RunningTodayServer]:
    """Start the embedded server on 127.0.0.1 and a free port; stop it on exit.

    Without ``store``, a ``RunStore(**store_args)`` (a ``TodayRunStore`` with
    ``api_version="2026-08-16"``) with a random API key is used; a ``TodayRunStore`` given
    as ``store`` serves today's API too. ``header_timeout`` and ``max_connections`` bound its
    connections (see ``ServerThread``). Raises ValueError for another version, or a store
    of the other contract.
    """
    if api_version is not None and api_version not in API_VERSIONS:
        raise ValueError(f"api_version should be one of {', '.join(API_VERSIONS)}, not {api_version!r}")
    today = isinstance(store, TodayRunStore) if store is not None else api_version == "2026-08-16"
    if store is not None and api_version is not None and today != (api_version == "2026-08-16"):
        raise ValueError(f"a {type(store).__name__} does not serve the {api_version} API")
    if store is None:
        store_args.setdefault("api_key", "sk-test-" + secrets.token_hex(8))
        store = TodayRunStore(**store_args) if today else RunStore(**store_args)
    return _running(store, header_timeout, max_connections)


@contextmanager
def _running(
    store: RunStore | TodayRunStore, header_timeout: float, max_connections: int | None
) -> Iterator[RunningServer | RunningTodayServer]:
    with ServerThread(create_app(store), header_timeout=header_timeout, max_connections=max_connections) as thread:
        if isinstance(store, TodayRunStore):
            yield RunningTodayServer(thread.base_url, store.api_key, store)
        else:
            yield RunningServer(thread.base_url, store.api_key, store)


def in_process_transport(store: RunStore | TodayRunStore | None = None) -> httpx.MockTransport:
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
        reply = dispatch_today(runs, incoming) if isinstance(runs, TodayRunStore) else dispatch(runs, incoming)
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

    @pytest.fixture
    def retab_server_today() -> Iterator[RunningTodayServer]:
        """The embedded server speaking today's API (2026-08-16, Bearer key), started for one test."""
        with retab_server_running(api_version="2026-08-16") as server:
            yield server
