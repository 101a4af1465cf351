"""What each socket call of an attempt is given, under a total deadline: the time left of the
attempt's budget or its own timeout, whichever is shorter, for the sync and the async client, over
TCP, a TLS handshake and a unix socket, and a failure of the right kind once nothing is left.

Real sockets on 127.0.0.1 (tests/faultserver.py); httpcore's own backend does each call, then
the fake clock (tests/client/conftest.py) is moved as if the call had taken that long. The TLS
handshake is recorded and skipped (the server speaks plain HTTP), so no certificate is needed.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx
import pytest
from httpcore._backends.anyio import AnyIOBackend, AnyIOStream
from httpcore._backends.sync import SyncBackend, SyncStream

from retab_runs import APITimeoutError, AsyncRetab, Retab
from tests.client.conftest import FakeClock
from tests.faultserver import FaultServer, response
from tests.payloads import seed_run

RUN_ID = "run_abc123xyz"
PATH = f"/v1/workflows/runs/{RUN_ID}"
CREATE = "/v1/workflows/wf_abc/run"
TIMEOUT = httpx.Timeout(5, connect=2, read=3, write=1)  # a total budget of 5 s (the longest part: pool)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    running = FaultServer()
    running.script(PATH, *[response(200, seed_run())] * 4)
    running.script(CREATE, *[response(200, seed_run())] * 4)
    yield running
    running.close()


class Network:
    """httpcore's backend as it is, each call recorded with its timeout and taking ``took[call]`` seconds."""

    def __init__(self, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
        self.clock, self.mode = clock, mode
        self.calls: list[tuple[str, float | None]] = []
        self.given: dict[str, dict[str, Any]] = {}
        self.originals: dict[str, Any] = {}
        self.took: dict[str, list[float]] = {}
        self.fail: list[str] = []  # calls that fail once each, as a refused connection does
        self.read_at_most: int | None = None  # bytes a read returns: a slow peer's headers come in pieces
        self.unix_to: int | None = None  # the TCP port a "unix socket" reaches (no server listens on one)
        backend, stream = (SyncBackend, SyncStream) if mode == "sync" else (AnyIOBackend, AnyIOStream)
        for name in ("connect_tcp", "connect_unix_socket", "read", "write", "start_tls"):
            owner = stream if name in ("read", "write", "start_tls") else backend
            self.originals[name] = getattr(owner, name)
            monkeypatch.setattr(owner, name, self._wrap(name, self.originals[name]))
        pool = httpcore.ConnectionPool if mode == "sync" else httpcore.AsyncConnectionPool
        monkeypatch.setattr(pool, "handle_request" if mode == "sync" else "handle_async_request", self._pool(pool))

    def _spend(self, name: str) -> None:
        took = self.took.get(name)
        if took:
            self.clock.now += took.pop(0)

    def _pool(self, pool: Any) -> Any:
        original = pool.handle_request if self.mode == "sync" else pool.handle_async_request
        network = self
        if self.mode == "sync":

            def handle(self: Any, request: Any) -> Any:
                network._spend("pool")  # waiting for a free connection, before any connect
                return original(self, request)

            return handle

        async def ahandle(self: Any, request: Any) -> Any:
            network._spend("pool")
            return await original(self, request)

        return ahandle

    def _wrap(self, name: str, original: Any) -> Any:
        network, signature = self, inspect.signature(original)

        def record(stream: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
            given = signature.bind(stream, *args, **kwargs).arguments
            network.calls.append((name, given.get("timeout")))
            network.given[name] = given

        if self.mode == "sync":

            def call(self: Any, *args: Any, **kwargs: Any) -> Any:
                record(self, args, kwargs)
                if name in network.fail:
                    network.fail.remove(name)
                    raise httpcore.ConnectError("refused")
                if name == "start_tls":
                    result = self  # the handshake, skipped: the server speaks plain HTTP
                elif name == "connect_unix_socket":
                    result = network.originals["connect_tcp"](self, "127.0.0.1", network.unix_to)
                elif name == "read" and network.read_at_most is not None:
                    result = original(self, network.read_at_most, *args[1:], **kwargs)
                else:
                    result = original(self, *args, **kwargs)
                network._spend(name)
                return result

            return call

        async def acall(self: Any, *args: Any, **kwargs: Any) -> Any:
            record(self, args, kwargs)
            if name in network.fail:
                network.fail.remove(name)
                raise httpcore.ConnectError("refused")
            if name == "start_tls":
                result = self
            elif name == "connect_unix_socket":
                result = await network.originals["connect_tcp"](self, "127.0.0.1", network.unix_to)
            elif name == "read" and network.read_at_most is not None:
                result = await original(self, network.read_at_most, *args[1:], **kwargs)
            else:
                result = await original(self, *args, **kwargs)
            network._spend(name)
            return result

        return acall


def client(mode: str, base_url: str, **options: Any) -> Retab | AsyncRetab:
    options = {"api_key": "sk-test-key", "base_url": base_url, "max_retries": 0, "timeout": TIMEOUT, **options}
    return Retab(**options) if mode == "sync" else AsyncRetab(**options)


def get(client: Retab | AsyncRetab, run_id: str = RUN_ID) -> str | None:
    if isinstance(client, Retab):
        with client:
            return client.workflows.runs.get(run_id).id

    async def go() -> str | None:
        async with client:
            return (await client.workflows.runs.get(run_id)).id

    return asyncio.run(go())


def create(client: Retab | AsyncRetab) -> str | None:
    if isinstance(client, Retab):
        with client:
            return client.workflows.runs.create("wf_abc").id

    async def go() -> str | None:
        async with client:
            return (await client.workflows.runs.create("wf_abc")).id

    return asyncio.run(go())


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("connect_took", "write_gets", "read_gets"), [(1.0, 1.0, 3.0), (4.5, 0.5, 0.5)])
def test_each_socket_call_gets_the_time_left_of_the_budget(
    mode: str,
    connect_took: float,
    write_gets: float,
    read_gets: float,
    server: FaultServer,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    network = Network(clock, monkeypatch, mode)
    network.took = {"connect_tcp": [connect_took]}
    assert get(client(mode, server.base_url)) == RUN_ID
    timeouts = dict(network.calls)
    assert timeouts["connect_tcp"] == 2.0  # its own timeout: shorter than the 5 s left
    assert timeouts["write"] == pytest.approx(write_gets)
    assert timeouts["read"] == pytest.approx(read_gets)


@pytest.mark.parametrize("mode", MODES)
def test_a_connect_that_uses_the_budget_leaves_nothing_to_write(
    mode: str, server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = Network(clock, monkeypatch, mode)
    network.took = {"connect_tcp": [6.0]}
    with pytest.raises(APITimeoutError):
        get(client(mode, server.base_url))
    assert [call for call, _ in network.calls] == ["connect_tcp"]
    time.sleep(0.3)  # had it been written, the server would have counted it by now (a slow machine only hides it)
    assert server.hits.get(PATH, 0) == 0


@pytest.mark.parametrize("mode", MODES)
def test_a_connect_that_takes_exactly_the_budget_leaves_nothing_either(
    mode: str, server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No time left is no time: a write given a timeout of 0 would still go out on an idle socket.
    network = Network(clock, monkeypatch, mode)
    network.took = {"connect_tcp": [5.0]}
    with pytest.raises(APITimeoutError) as caught:
        get(client(mode, server.base_url))
    assert [call for call, _ in network.calls] == ["connect_tcp"]
    assert str(caught.value.__cause__) == "the request took longer than its total timeout"  # shown in tracebacks


@pytest.mark.parametrize("mode", MODES)
def test_a_write_that_uses_the_budget_leaves_nothing_to_read(
    mode: str, server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = Network(clock, monkeypatch, mode)
    network.took = {"write": [6.0]}
    with pytest.raises(APITimeoutError):
        get(client(mode, server.base_url))
    assert "read" not in [call for call, _ in network.calls]


@pytest.mark.parametrize("mode", MODES)
def test_a_create_that_ran_out_of_time_before_connecting_is_retried_as_never_sent(
    mode: str, server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The wait for a connection took the whole budget: the connect fails as a connect timeout, which
    # proves the request never left, so even a create (no idempotency key) is safely sent again.
    network = Network(clock, monkeypatch, mode)
    network.took = {"pool": [6.0]}
    assert create(client(mode, server.base_url, max_retries=1)) == RUN_ID
    assert [call for call, _ in network.calls].count("connect_tcp") == 1
    assert server.hits[CREATE] == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("connect_took", "handshake_gets"), [(1.0, 2.0), (4.5, 0.5)])
def test_a_tls_handshake_gets_its_connect_timeout_or_the_time_left(
    mode: str,
    connect_took: float,
    handshake_gets: float,
    server: FaultServer,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    network = Network(clock, monkeypatch, mode)
    network.took = {"connect_tcp": [connect_took]}
    assert get(client(mode, f"https://127.0.0.1:{server.port}")) == RUN_ID
    assert [call for call, _ in network.calls][:2] == ["connect_tcp", "start_tls"]
    assert dict(network.calls)["start_tls"] == pytest.approx(handshake_gets)
    assert network.given["start_tls"]["server_hostname"] == "127.0.0.1"
    assert isinstance(network.given["start_tls"]["ssl_context"], ssl.SSLContext)


@pytest.mark.parametrize("mode", MODES)
def test_a_handshake_that_uses_the_budget_leaves_nothing_to_write(
    mode: str, server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = Network(clock, monkeypatch, mode)
    network.took = {"start_tls": [6.0]}
    with pytest.raises(APITimeoutError):
        get(client(mode, f"https://127.0.0.1:{server.port}"))
    assert "write" not in [call for call, _ in network.calls]


@pytest.mark.parametrize("mode", MODES)
def test_a_create_whose_connect_left_nothing_for_the_handshake_is_retried_as_never_sent(
    mode: str, server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = Network(clock, monkeypatch, mode)
    network.took = {"connect_tcp": [6.0]}
    assert create(client(mode, f"https://127.0.0.1:{server.port}", max_retries=1)) == RUN_ID
    assert server.hits[CREATE] == 1


def unix_client(mode: str, **options: Any) -> Retab | AsyncRetab:
    options = {"socket_options": [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)], **options}
    if mode == "sync":
        http: httpx.Client | httpx.AsyncClient = httpx.Client(
            transport=httpx.HTTPTransport(uds="/run/retab.sock", **options)
        )
    else:
        http = httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(uds="/run/retab.sock", **options))
    return client(mode, "http://localhost", http_client=http)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("pool_took", "connect_gets"), [(1.0, 2.0), (4.5, 0.5)])
def test_a_unix_socket_of_the_callers_own_transport_is_bounded_the_same_way(
    mode: str,
    pool_took: float,
    connect_gets: float,
    server: FaultServer,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    network = Network(clock, monkeypatch, mode)
    network.unix_to = server.port
    network.took = {"pool": [pool_took]}
    assert get(unix_client(mode)) == RUN_ID
    assert dict(network.calls)["connect_unix_socket"] == pytest.approx(connect_gets)
    given = network.given["connect_unix_socket"]
    assert (given["path"], list(given["socket_options"])) == (
        "/run/retab.sock",
        [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)],
    )


@pytest.mark.parametrize("mode", MODES)
def test_a_unix_socket_connect_after_the_budget_is_a_connect_timeout(
    mode: str, server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = Network(clock, monkeypatch, mode)
    network.unix_to = server.port
    network.took = {"pool": [6.0]}
    with pytest.raises(APITimeoutError):
        get(unix_client(mode))
    assert "connect_unix_socket" not in [call for call, _ in network.calls]


@pytest.mark.parametrize("mode", MODES)
def test_a_read_that_uses_the_budget_leaves_nothing_for_the_rest_of_the_headers(
    mode: str, server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = Network(clock, monkeypatch, mode)
    network.read_at_most = 10
    network.took = {"read": [6.0]}
    with pytest.raises(APITimeoutError):
        get(client(mode, server.base_url))
    assert [call for call, _ in network.calls].count("read") == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_connect_retried_by_the_callers_transport_waits_through_the_backend(
    mode: str, server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpx's HTTPTransport(retries=1) sleeps on the network backend before connecting again.
    network = Network(clock, monkeypatch, mode)
    network.fail = ["connect_tcp"]
    if mode == "sync":
        http: httpx.Client | httpx.AsyncClient = httpx.Client(transport=httpx.HTTPTransport(retries=1))
    else:
        http = httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(retries=1))
    assert get(client(mode, server.base_url, http_client=http)) == RUN_ID
    assert [call for call, _ in network.calls].count("connect_tcp") == 2


@pytest.mark.parametrize("mode", MODES)
def test_the_callers_local_address_and_socket_options_still_reach_the_connect(
    mode: str, server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = Network(clock, monkeypatch, mode)
    options: dict[str, Any] = {
        "local_address": "127.0.0.1",
        "socket_options": [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)],
    }
    if mode == "sync":
        http: httpx.Client | httpx.AsyncClient = httpx.Client(transport=httpx.HTTPTransport(**options))
    else:
        http = httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(**options))
    assert get(client(mode, server.base_url, http_client=http)) == RUN_ID
    given = network.given["connect_tcp"]
    assert (given["host"], given["port"], given["local_address"]) == ("127.0.0.1", server.port, "127.0.0.1")
    assert list(given["socket_options"]) == options["socket_options"]


class KeepAliveServer:
    """Answers each connection's first request without ``Connection: close``, then closes it."""

    def __init__(self) -> None:
        self.connections = 0
        self.closed = threading.Semaphore(0)  # released once per connection it has closed
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)  # how long close() may wait for the accept loop
        self._stop = threading.Event()
        self.base_url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        body = json.dumps(seed_run()).encode()
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(30)
                self.connections += 1
                request = b""
                while b"\r\n\r\n" not in request:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    request += chunk
                conn.sendall(head.encode() + body)
            self.closed.release()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()


@pytest.mark.parametrize("mode", MODES)
def test_a_kept_alive_connection_the_server_closed_while_idle_is_not_reused(mode: str) -> None:
    # httpcore asks the stream whether the socket is readable (closed, here) before reusing it.
    server = KeepAliveServer()
    try:
        made = client(mode, server.base_url)
        if isinstance(made, Retab):
            with made:
                ids = [made.workflows.runs.get(RUN_ID).id]
                assert server.closed.acquire(timeout=30)  # the server has closed it: no race with the reuse
                ids.append(made.workflows.runs.get(RUN_ID).id)
        else:

            async def go(made: AsyncRetab) -> list[str | None]:
                async with made:
                    ids = [(await made.workflows.runs.get(RUN_ID)).id]
                    assert server.closed.acquire(timeout=30)
                    return [*ids, (await made.workflows.runs.get(RUN_ID)).id]

            ids = asyncio.run(go(made))
    finally:
        server.close()
    assert ids == [RUN_ID, RUN_ID]
    assert server.connections == 2
