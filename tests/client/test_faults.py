"""The client against a real, misbehaving server on 127.0.0.1, sync and async alike.

Every case ends in success or the right typed error, within a bounded time. Backoff
sleeps are replaced (the fake ``_clock.sleep``); read timeouts are real but short.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest

from retab_runs import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AsyncRetab,
    InternalServerError,
    RateLimitError,
    ResponseValidationError,
    Retab,
    RetabError,
    WorkflowRun,
    _clock,
)
from tests.faultserver import Action, FaultServer, response
from tests.payloads import seed_run

RUN = "/v1/workflows/runs/run_abc123xyz"
SEED = seed_run()
OK = response(200, SEED, headers={"x-request-id": "req_ok"})
BUDGET = 5.0  # seconds any single case may take


@pytest.fixture
def server() -> Iterator[FaultServer]:
    fault = FaultServer()
    yield fault
    fault.close()


@pytest.fixture(autouse=True)
def no_backoff_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    sleeps: list[float] = []

    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    monkeypatch.setattr(_clock, "sleep", sleeps.append)
    monkeypatch.setattr(_clock, "async_sleep", async_sleep)
    return sleeps


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def fetch(mode: str, server: FaultServer, **client_args: Any) -> WorkflowRun:
    """One get of the seed run through a fresh client; fails the test if it takes too long."""
    client_args.setdefault("api_key", "sk-test")
    started = time.monotonic()
    try:
        if mode == "sync":
            with Retab(base_url=server.base_url, **client_args) as client:
                return client.workflows.runs.get("run_abc123xyz")

        async def go() -> WorkflowRun:
            async with AsyncRetab(base_url=server.base_url, **client_args) as client:
                return await client.workflows.runs.get("run_abc123xyz")

        return asyncio.run(go())
    finally:
        assert time.monotonic() - started < BUDGET


def test_plain_success(mode: str, server: FaultServer) -> None:
    server.script(RUN, OK)
    assert fetch(mode, server).to_dict() == SEED
    assert b"api-key: sk-test" in server.requests[0].lower()


def test_body_slower_than_the_read_timeout(mode: str, server: FaultServer) -> None:
    server.script(RUN, Action(OK, pause_after_head=2.0))
    with pytest.raises(APITimeoutError):
        fetch(mode, server, timeout=0.3, max_retries=1)
    assert server.hits[RUN] == 2


def test_connection_reset_mid_body(mode: str, server: FaultServer) -> None:
    server.script(RUN, Action(OK[: len(OK) // 2], reset=True))
    with pytest.raises(APIConnectionError) as caught:
        fetch(mode, server, max_retries=1)
    assert not isinstance(caught.value, APITimeoutError)
    assert server.hits[RUN] == 2


def test_reset_once_then_success_is_retried(mode: str, server: FaultServer) -> None:
    server.script(RUN, Action(OK[:40], reset=True), OK)
    assert fetch(mode, server).id == "run_abc123xyz"


def test_body_shorter_than_its_content_length(mode: str, server: FaultServer) -> None:
    server.script(RUN, response(200, b'{"id": "run_abc', content_length=500))
    with pytest.raises(APIConnectionError):
        fetch(mode, server, max_retries=0)


def test_truncated_json(mode: str, server: FaultServer) -> None:
    server.script(RUN, response(200, b'{"id": "run_abc123xyz", "status": "compl'))
    with pytest.raises(ResponseValidationError) as caught:
        fetch(mode, server)
    assert caught.value.body == '{"id": "run_abc123xyz", "status": "compl'


def test_html_502_page_is_a_server_error(mode: str, server: FaultServer, no_backoff_sleep: list[float]) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
    server.script(RUN, response(502, page, content_type="text/html"))
    with pytest.raises(InternalServerError) as caught:
        fetch(mode, server, max_retries=2)
    assert caught.value.status_code == 502 and caught.value.body == page
    assert "Bad Gateway" in str(caught.value)
    assert server.hits[RUN] == 3 and len(no_backoff_sleep) == 2


def test_200_with_an_html_body(mode: str, server: FaultServer) -> None:
    server.script(RUN, response(200, "<html>maintenance</html>", content_type="text/html"))
    with pytest.raises(ResponseValidationError, match=r"is not JSON \(text/html\)"):
        fetch(mode, server)


def test_429_with_retry_after_then_success(mode: str, server: FaultServer, no_backoff_sleep: list[float]) -> None:
    server.script(RUN, response(429, {"detail": "Rate limit exceeded"}, headers={"Retry-After": "1"}), OK)
    assert fetch(mode, server).status == "completed"
    assert no_backoff_sleep == [1.0]


@pytest.mark.parametrize(
    "header", [("Retry-After", "nan"), ("Retry-After", "inf"), ("Retry-After", "-inf"), ("Retry-After", "-5"),
               ("retry-after-ms", "NaN"), ("retry-after-ms", "-1e400")],
)  # fmt: skip
def test_a_retry_after_that_is_no_finite_wait_is_treated_as_absent(
    mode: str, server: FaultServer, no_backoff_sleep: list[float], header: tuple[str, str]
) -> None:
    server.script(RUN, response(429, {"detail": "Rate limit exceeded"}, headers=dict([header])), OK)
    assert fetch(mode, server).status == "completed"
    assert len(no_backoff_sleep) == 1
    assert 0.0 <= no_backoff_sleep[0] <= 0.5  # the usual backoff (or no wait for a date in the past): never nan


def test_503_twice_then_200(mode: str, server: FaultServer, no_backoff_sleep: list[float]) -> None:
    busy = response(503, {"detail": "overloaded"})
    server.script(RUN, busy, busy, OK)
    assert fetch(mode, server).status == "completed"
    assert server.hits[RUN] == 3 and len(no_backoff_sleep) == 2


def test_status_520(mode: str, server: FaultServer) -> None:
    server.script(RUN, response(520, b"", content_type="text/plain"))
    with pytest.raises(InternalServerError) as caught:
        fetch(mode, server, max_retries=0)
    assert caught.value.status_code == 520


def test_redirect_to_another_host_is_not_followed(mode: str, server: FaultServer) -> None:
    elsewhere = FaultServer()
    try:
        elsewhere.script(RUN, OK)
        server.script(RUN, response(302, b"", headers={"Location": f"{elsewhere.base_url}{RUN}"}))
        with pytest.raises(APIStatusError) as caught:
            fetch(mode, server)
        assert caught.value.status_code == 302
        assert elsewhere.requests == []
    finally:
        elsewhere.close()


def test_server_down(mode: str, server: FaultServer) -> None:
    server.close()
    with pytest.raises(APIConnectionError):
        fetch(mode, server, max_retries=1)


def test_nothing_but_retab_errors_escape(mode: str, server: FaultServer) -> None:
    server.script(RUN, b"this is not HTTP at all\r\n\r\n")
    with pytest.raises(RetabError):
        fetch(mode, server, max_retries=0)


def get_within(mode: str, server: FaultServer, timeout: float) -> WorkflowRun:
    """``get(..., timeout=timeout)``: a per-call timeout, which bounds the whole call."""
    if mode == "sync":
        with Retab(api_key="sk-test", base_url=server.base_url, max_retries=2) as client:
            return client.workflows.runs.get("run_abc123xyz", timeout=timeout)

    async def go() -> WorkflowRun:
        async with AsyncRetab(api_key="sk-test", base_url=server.base_url, max_retries=2) as client:
            return await client.workflows.runs.get("run_abc123xyz", timeout=timeout)

    return asyncio.run(go())


def test_a_retry_after_longer_than_the_call_has_left_raises_at_once(
    mode: str, server: FaultServer, no_backoff_sleep: list[float]
) -> None:
    # Retry-After: 25 on get(timeout=2) made the call last 50 s (two waits, each under the 60 s cap).
    server.script(RUN, response(429, {"detail": "Rate limit exceeded"}, headers={"Retry-After": "25"}), OK)
    with pytest.raises(
        RateLimitError, match=r"not retried: the 25.00s wait before retrying would outlast the [12]\.\d\ds"
    ):
        get_within(mode, server, timeout=2)
    assert no_backoff_sleep == [] and server.hits[RUN] == 1


def test_a_per_call_timeout_bounds_every_attempt_and_wait_together(mode: str, server: FaultServer) -> None:
    # Each attempt drips 0.8 s past its read timeout; with real backoff sleeps, three attempts would take 3 s or more.
    slow = Action(response(503, {"detail": "overloaded"}), pause=0.8)
    server.script(RUN, slow)
    started = time.monotonic()
    with pytest.raises(APIError):
        get_within(mode, server, timeout=1.0)
    assert time.monotonic() - started < 3.0  # 1 s, and a margin for a loaded machine (unbounded: 3.5 s at least)
    assert server.hits[RUN] <= 2
