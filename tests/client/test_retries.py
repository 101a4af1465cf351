"""Retry policy: what is retried, how long to wait, when to give up. No real sleeping."""

from __future__ import annotations

import email.utils
import logging
import time

import httpx
import pytest

from retab_runs import InternalServerError, NotFoundError, RateLimitError, RetryPolicy
from retab_runs._retries import is_retryable_status, retry_after_seconds
from tests.client.conftest import Api, FakeClock, Handler
from tests.payloads import seed_run


def scripted(*answers: int | Exception, headers: dict[str, str] | None = None) -> tuple[list[int], Handler]:
    """A handler giving these statuses (or raising these errors) in turn, then 200."""
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) <= len(answers):
            answer = answers[len(calls) - 1]
            if isinstance(answer, Exception):
                raise answer
            return httpx.Response(answer, json={"detail": "try later"}, headers=headers or {})
        return httpx.Response(200, json=seed_run())

    return calls, handler


def test_backoff_doubles_with_jitter_and_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    monkeypatch.setattr("random.random", lambda: 0.0)
    assert [policy.delay(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    monkeypatch.setattr("random.random", lambda: 0.999999)
    assert policy.delay(0) == pytest.approx(0.375, abs=1e-5)
    assert policy.delay(10) == pytest.approx(6.0, abs=1e-4)


def test_retry_after_forms() -> None:
    assert retry_after_seconds(httpx.Headers({"retry-after": "3"})) == 3.0
    assert retry_after_seconds(httpx.Headers({"retry-after": "1.5"})) == 1.5
    assert retry_after_seconds(httpx.Headers({"retry-after-ms": "250", "retry-after": "9"})) == 0.25
    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert retry_after_seconds(httpx.Headers({"retry-after": date}), now=now) == pytest.approx(30, abs=1)
    past = email.utils.formatdate(now - 30, usegmt=True)
    assert retry_after_seconds(httpx.Headers({"retry-after": past}), now=now) == 0.0
    assert retry_after_seconds(httpx.Headers({"retry-after": "soon"})) is None
    assert retry_after_seconds(httpx.Headers({})) is None
    # A date is waited from the ``now`` given, not from the machine's clock.
    fixed = "Mon, 01 Jan 2001 00:01:00 GMT"
    assert retry_after_seconds(httpx.Headers({"retry-after": fixed}), now=978307200.0) == 60.0


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 520])
def test_retryable_statuses(status: int) -> None:
    assert is_retryable_status(status)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 418, 422, 499])
def test_not_retryable_statuses(status: int) -> None:
    assert not is_retryable_status(status)


def test_503_twice_then_200_succeeds_after_two_backoffs(api: Api, clock: FakeClock) -> None:
    calls, handler = scripted(503, 503)
    response = api.get_with_response(api.client(handler), "run_abc123xyz")
    assert response.data.status == "completed" and response.retries == 2
    assert len(calls) == 3 and len(clock.sleeps) == 2
    assert 0.375 <= clock.sleeps[0] <= 0.5 and 0.75 <= clock.sleeps[1] <= 1.0


def test_429_honours_retry_after(api: Api, clock: FakeClock) -> None:
    calls, handler = scripted(429, headers={"retry-after": "7"})
    api.get(api.client(handler), "run_abc123xyz")
    assert clock.sleeps == [7.0]


def test_retry_after_beyond_the_cap_raises_instead_of_sleeping(api: Api, clock: FakeClock) -> None:
    calls, handler = scripted(429, headers={"retry-after": "3600"})
    with pytest.raises(RateLimitError):
        api.get(api.client(handler), "run_abc123xyz")
    assert clock.sleeps == [] and len(calls) == 1


def test_retries_run_out(api: Api, clock: FakeClock) -> None:
    calls, handler = scripted(500, 500, 500, 500)
    with pytest.raises(InternalServerError):
        api.get(api.client(handler, max_retries=2), "run_abc123xyz")
    assert len(calls) == 3


def test_max_retries_per_call_overrides_the_client(api: Api, clock: FakeClock) -> None:
    calls, handler = scripted(500, 500, 500, 500, 500, 500)
    client = api.client(handler, max_retries=5)
    with pytest.raises(InternalServerError):
        api.get(client, "run_abc123xyz", max_retries=0)
    assert len(calls) == 1


def test_connection_errors_and_timeouts_are_retried(api: Api, clock: FakeClock) -> None:
    calls, handler = scripted(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"))
    run = api.get(api.client(handler), "run_abc123xyz")
    assert run.id == "run_abc123xyz" and len(calls) == 3


def test_client_errors_are_not_retried(api: Api, clock: FakeClock) -> None:
    calls, handler = scripted(404)
    with pytest.raises(NotFoundError):
        api.get(api.client(handler), "run_abc123xyz")
    assert len(calls) == 1 and clock.sleeps == []


def test_each_retry_is_logged_without_secrets(api: Api, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    calls, handler = scripted(503)
    caplog.set_level(logging.INFO, logger="retab_runs")
    api.get(api.client(handler), "run_abc123xyz", access_token="tok_secret_value")
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert len(retries) == 1
    assert "retry 1 of 2" in retries[0] and "access_token=***" in retries[0]
    assert "tok_secret_value" not in caplog.text and "sk-test-key" not in caplog.text
