"""A total deadline covers every phase of an attempt: a connect or a write that uses it up leaves
nothing for what follows, and the call ends then, over a real socket on 127.0.0.1.

The stall is made by the fake clock (tests/client/conftest.py): the socket call under httpx's
own transport works as usual, and then the clock is moved past the deadline, as if it had
taken that long. Nothing here depends on the machine's speed.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpcore
import pytest
from httpcore._backends.sync import SyncBackend, SyncStream

from retab_runs import APITimeoutError, Retab
from tests.client.conftest import FakeClock
from tests.faultserver import FaultServer, response
from tests.payloads import seed_run

RUN_ID = "run_abc123xyz"
PATH = f"/v1/workflows/runs/{RUN_ID}"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    running = FaultServer()
    running.script(PATH, response(200, seed_run()))
    yield running
    running.close()


def client_for(server: FaultServer) -> Retab:
    return Retab(api_key="sk-test-key", base_url=server.base_url, max_retries=0, timeout=5)


def test_a_connect_that_uses_the_budget_leaves_nothing_for_the_request(
    server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect = SyncBackend.connect_tcp

    def slow_connect(self: SyncBackend, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        stream = connect(self, *args, **kwargs)
        clock.now += 6  # the handshake took longer than the whole 5 s budget
        return stream

    monkeypatch.setattr(SyncBackend, "connect_tcp", slow_connect)
    with client_for(server) as client, pytest.raises(APITimeoutError):
        client.workflows.runs.get(RUN_ID)
    time.sleep(0.5)  # had it been written, the server would have counted it by now (a slow machine only hides it)
    assert server.hits.get(PATH, 0) == 0  # the request was never written


def test_a_write_that_uses_the_budget_leaves_nothing_for_the_answer(
    server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    write = SyncStream.write

    def slow_write(self: SyncStream, buffer: bytes, timeout: float | None = None) -> None:
        write(self, buffer, timeout)
        clock.now += 6

    monkeypatch.setattr(SyncStream, "write", slow_write)
    with client_for(server) as client, pytest.raises(APITimeoutError):
        client.workflows.runs.get(RUN_ID)


def test_within_the_budget_each_phase_goes_through(
    server: FaultServer, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect, write = SyncBackend.connect_tcp, SyncStream.write

    def slow_connect(self: SyncBackend, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        stream = connect(self, *args, **kwargs)
        clock.now += 1
        return stream

    def slow_write(self: SyncStream, buffer: bytes, timeout: float | None = None) -> None:
        write(self, buffer, timeout)
        clock.now += 1

    monkeypatch.setattr(SyncBackend, "connect_tcp", slow_connect)
    monkeypatch.setattr(SyncStream, "write", slow_write)
    with client_for(server) as client:
        assert client.workflows.runs.get(RUN_ID).id == RUN_ID
