"""Fixtures for client tests: a fake clock, and each case run through Retab and AsyncRetab."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from retab_runs import AsyncRetab, Retab, WorkflowRun, _clock
from retab_runs._exchange import APIResponse


class FakeClock:
    """Monotonic time that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeClock]:
    fake = FakeClock()
    monkeypatch.setattr(_clock, "monotonic", fake.monotonic)
    monkeypatch.setattr(_clock, "sleep", fake.sleep)
    monkeypatch.setattr(_clock, "async_sleep", fake.async_sleep)
    yield fake


Handler = Callable[[httpx.Request], httpx.Response]


class Api:
    """The same calls through the sync or the async client, returning plain results."""

    def __init__(self, mode: str) -> None:
        self.mode = mode

    def client(self, handler: Handler | None = None, **kwargs: Any) -> Retab | AsyncRetab:
        kwargs.setdefault("api_key", "sk-test-key")
        kwargs.setdefault("base_url", "https://retab.test")
        if handler is not None:
            transport = httpx.MockTransport(handler)
            http: httpx.Client | httpx.AsyncClient = (
                httpx.Client(transport=transport) if self.mode == "sync" else httpx.AsyncClient(transport=transport)
            )
            kwargs.setdefault("http_client", http)
        return Retab(**kwargs) if self.mode == "sync" else AsyncRetab(**kwargs)

    def get(self, client: Retab | AsyncRetab, run_id: str, **kwargs: Any) -> WorkflowRun:
        if isinstance(client, Retab):
            return client.workflows.runs.get(run_id, **kwargs)
        return asyncio.run(client.workflows.runs.get(run_id, **kwargs))

    def get_with_response(self, client: Retab | AsyncRetab, run_id: str, **kwargs: Any) -> APIResponse[WorkflowRun]:
        if isinstance(client, Retab):
            return client.workflows.runs.get_with_response(run_id, **kwargs)
        return asyncio.run(client.workflows.runs.get_with_response(run_id, **kwargs))

    def wait(self, client: Retab | AsyncRetab, run_id: str, **kwargs: Any) -> WorkflowRun:
        if isinstance(client, Retab):
            return client.workflows.runs.wait_for_completion(run_id, **kwargs)
        return asyncio.run(client.workflows.runs.wait_for_completion(run_id, **kwargs))

    def close(self, client: Retab | AsyncRetab) -> None:
        if isinstance(client, Retab):
            client.close()
        else:
            asyncio.run(client.close())


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Api:
    return Api(request.param)
