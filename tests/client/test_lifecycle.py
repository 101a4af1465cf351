"""A client's life: closed clients say so, and an AsyncRetab outlives its first event loop."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from retab_runs import AsyncRetab, ClientClosedError, Retab, RetabError
from retab_runs.testing import RunningServer, retab_server_running
from tests.faultserver import Action, FaultServer, response
from tests.payloads import seed_run


@pytest.fixture(scope="module")
def live() -> Iterator[RunningServer]:
    with retab_server_running() as server:
        yield server


def test_a_closed_client_raises_a_retab_error_that_says_what_to_do() -> None:
    client = Retab(api_key="sk-k", base_url="http://127.0.0.1:9")
    client.close()
    with pytest.raises(ClientClosedError, match="closed: make a new one") as caught:
        client.workflows.runs.get("run_abc123xyz")
    assert isinstance(caught.value, RetabError) and isinstance(caught.value, RuntimeError)


def test_a_closed_async_client_raises_a_retab_error() -> None:
    async def go() -> None:
        client = AsyncRetab(api_key="sk-k", base_url="http://127.0.0.1:9")
        await client.close()
        await client.workflows.runs.get("run_abc123xyz")

    with pytest.raises(ClientClosedError, match="AsyncRetab client is closed"):
        asyncio.run(go())


def test_a_closed_own_http_client_is_reported_the_same_way() -> None:
    own = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=seed_run())))
    client = Retab(api_key="sk-k", base_url="https://retab.test", http_client=own)
    own.close()
    with pytest.raises(ClientClosedError):
        client.workflows.runs.get("run_abc123xyz")


def test_an_async_client_works_from_one_event_loop_after_another(live: RunningServer) -> None:
    client = AsyncRetab(api_key=live.api_key, base_url=live.base_url)
    for _ in range(3):  # each asyncio.run is a new loop; the pool's keep-alive connections belong to the old one
        run = asyncio.run(client.workflows.runs.get("run_abc123xyz"))
        assert run.id == "run_abc123xyz"
    asyncio.run(client.close())


def test_an_async_client_busy_in_another_running_loop_says_so(live: RunningServer) -> None:
    client = AsyncRetab(api_key=live.api_key, base_url=live.base_url)
    started, release = threading.Event(), threading.Event()

    async def hold() -> None:
        await client.workflows.runs.get("run_abc123xyz")
        started.set()
        while not release.is_set():
            await asyncio.sleep(0.01)

    other = threading.Thread(target=asyncio.run, args=(hold(),))
    other.start()
    try:
        assert started.wait(10)
        with pytest.raises(ClientClosedError, match="another running event loop"):
            asyncio.run(client.workflows.runs.get("run_abc123xyz"))
    finally:
        release.set()
        other.join(10)


def _outcome(error: BaseException | None) -> str:
    return "ok" if error is None else ("RetabError" if isinstance(error, RetabError) else type(error).__name__)


def test_closing_a_sync_client_under_way_raises_client_closed_in_every_waiting_call() -> None:
    # Calls queued for a connection or waiting to retry got httpx's bare RuntimeError.
    server = FaultServer()
    server.script("/v1/workflows/runs/r", Action(response(200, seed_run()), pause=0.6))
    client = Retab(api_key="k", base_url=server.base_url, max_connections=2)

    def call() -> BaseException | None:
        try:
            client.workflows.runs.get("r", timeout=5)
        except BaseException as exc:  # noqa: BLE001  (the outcome is the test)
            return exc
        return None

    try:
        with ThreadPoolExecutor(8) as pool:
            futures = [pool.submit(call) for _ in range(8)]
            threading.Event().wait(0.3)
            client.close()
            errors = [f.result() for f in futures]
    finally:
        server.close()
    assert {_outcome(e) for e in errors} <= {"ok", "RetabError"}, errors
    assert any(isinstance(e, ClientClosedError) for e in errors)


def test_closing_an_async_client_under_way_raises_client_closed_in_every_queued_call() -> None:
    server = FaultServer()
    server.script("/v1/workflows/runs/r", Action(response(200, seed_run()), pause=0.6))

    async def go() -> list[BaseException | None]:
        client = AsyncRetab(api_key="k", base_url=server.base_url, max_connections=2)

        async def call() -> BaseException | None:
            try:
                await client.workflows.runs.get("r", timeout=5)
            except BaseException as exc:  # noqa: BLE001  (the outcome is the test)
                return exc
            return None

        tasks = [asyncio.create_task(call()) for _ in range(8)]
        await asyncio.sleep(0.3)
        await client.close()
        return list(await asyncio.gather(*tasks))

    try:
        errors = asyncio.run(go())
    finally:
        server.close()
    assert {_outcome(e) for e in errors} <= {"ok", "RetabError"}, errors
    assert any(isinstance(e, ClientClosedError) for e in errors)
