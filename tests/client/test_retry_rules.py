"""The retry rules on the client's one request path: which failures count as never sent.

The operations that use them (create, cancel, restart, resume, delete) are tested against a
counting server in test_commands.py; here, the same failure that create must not retry is
retried by a repeatable operation.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from retab_runs import AsyncRetab, Retab, WorkflowRun, _clock
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


def test_the_same_failure_is_retried_when_the_operation_is_repeatable(
    mode: str, server: FaultServer, sleeps: list[float]
) -> None:
    server.script(CREATE, Action(b"", reset=True), response(200, seed_run()))
    assert post(mode, server.base_url, RetryRule.REPEATABLE).id == "run_abc123xyz"
    assert server.hits[CREATE] == 2
