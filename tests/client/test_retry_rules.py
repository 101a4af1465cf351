"""Which failures each retry rule retries, on the client's one request path, against a real socket.

``RetryRule.UNSENT_ONLY`` (create: a POST with no idempotency key) retries only a request that
provably never reached the server; ``REPEATABLE`` retries every transient failure. The server
counts what reached it. The operations' own tests (create, cancel...) are in test_commands.py.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from retab_runs import APIConnectionError, AsyncRetab, InternalServerError, RateLimitError, Retab, WorkflowRun, _clock
from retab_runs._exchange import parse_run
from retab_runs._options import RequestOptions
from retab_runs._retries import RetryRule, never_sent
from tests.faultserver import Action, FaultServer, response
from tests.payloads import seed_run

CREATE = "/v1/workflows/wf_abc/run"
BUDGET = 5.0


@pytest.fixture
def server() -> Iterator[FaultServer]:
    fault = FaultServer()
    yield fault
    fault.close()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def post(mode: str, base_url: str, rule: RetryRule, **client_args: Any) -> WorkflowRun:
    options = RequestOptions("POST", CREATE, json_body={"text_inputs": {"t": "x"}}, retry=rule)
    started = time.monotonic()
    try:
        if mode == "sync":
            with Retab(api_key="sk-test", base_url=base_url, **client_args) as client:
                return client._request(options, parse_run)

        async def go() -> WorkflowRun:
            async with AsyncRetab(api_key="sk-test", base_url=base_url, **client_args) as client:
                return await client._request(options, parse_run)

        return asyncio.run(go())
    finally:
        assert time.monotonic() - started < BUDGET


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []

    async def async_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(_clock, "sleep", slept.append)
    monkeypatch.setattr(_clock, "async_sleep", async_sleep)
    return slept


@pytest.mark.parametrize(
    ("cause", "sent"),
    [
        (httpx.ConnectError("refused"), False),
        (httpx.ConnectTimeout("slow handshake"), False),
        (httpx.PoolTimeout("pool full"), False),
        (httpx.ReadError("reset"), True),
        (httpx.ReadTimeout("slow"), True),
        (httpx.WriteError("broken pipe"), True),
        (httpx.RemoteProtocolError("disconnected"), True),
        (None, True),
    ],
)
def test_never_sent_is_only_the_failures_before_the_request_left(cause: Exception | None, sent: bool) -> None:
    assert never_sent(cause) is not sent


def test_reset_after_the_body_is_not_retried_and_says_so(mode: str, server: FaultServer, sleeps: list[float]) -> None:
    server.script(CREATE, Action(b"", reset=True), response(200, seed_run()))
    with pytest.raises(APIConnectionError, match="may have been created") as caught:
        post(mode, server.base_url, RetryRule.UNSENT_ONLY, max_retries=2)
    assert server.hits[CREATE] == 1 and sleeps == []
    assert json.loads(server.bodies[0]) == {"text_inputs": {"t": "x"}}
    assert "list the workflow's runs" in str(caught.value)


def test_the_same_failure_is_retried_when_the_operation_is_repeatable(
    mode: str, server: FaultServer, sleeps: list[float]
) -> None:
    server.script(CREATE, Action(b"", reset=True), response(200, seed_run()))
    assert post(mode, server.base_url, RetryRule.REPEATABLE).id == "run_abc123xyz"
    assert server.hits[CREATE] == 2


@pytest.mark.parametrize(("status", "error"), [(503, InternalServerError), (429, RateLimitError)])
def test_5xx_and_429_are_not_retried(
    mode: str, server: FaultServer, sleeps: list[float], status: int, error: type[Exception]
) -> None:
    server.script(CREATE, response(status, {"detail": "busy"}, headers={"Retry-After": "1"}), response(200, seed_run()))
    with pytest.raises(error, match="may have been created"):
        post(mode, server.base_url, RetryRule.UNSENT_ONLY)
    assert server.hits[CREATE] == 1


def test_a_refused_connection_is_retried(mode: str, sleeps: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing listens on the port at first; the server starts there during the backoff sleep."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    started: list[FaultServer] = []

    def start_server(seconds: float) -> None:
        sleeps.append(seconds)
        if not started:
            started.append(FaultServer(port))
            started[0].script(CREATE, response(200, seed_run()))

    async def async_start_server(seconds: float) -> None:
        start_server(seconds)

    monkeypatch.setattr(_clock, "sleep", start_server)
    monkeypatch.setattr(_clock, "async_sleep", async_start_server)
    try:
        run = post(mode, f"http://127.0.0.1:{port}", RetryRule.UNSENT_ONLY)
        assert run.id == "run_abc123xyz"
        assert len(sleeps) == 1 and started[0].hits[CREATE] == 1
    finally:
        for fault in started:
            fault.close()


def test_refused_every_time_raises_without_the_created_warning(mode: str, sleeps: list[float]) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    with pytest.raises(APIConnectionError) as caught:
        post(mode, f"http://127.0.0.1:{port}", RetryRule.UNSENT_ONLY, max_retries=2)
    assert len(sleeps) == 2
    assert "may have been created" not in str(caught.value)
