"""wait_for_completion on a fake clock: statuses, deadlines, transient failures."""

from __future__ import annotations

import httpx
import pytest

from retab_runs import ConfigurationError, NotFoundError, RunStatus, WaitTimeoutError, WorkflowRun
from tests.client.conftest import Api, FakeClock, Handler
from tests.payloads import run_with_status


def sequence(*answers: str | int | Exception) -> tuple[list[int], Handler]:
    """Statuses to report in turn (a str is a run status, an int an HTTP error); the last repeats."""
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        answer = answers[min(len(calls), len(answers) - 1)]
        calls.append(1)
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, int):
            return httpx.Response(answer, json={"detail": "busy"})
        return httpx.Response(200, json=run_with_status(answer))

    return calls, handler


def test_polls_until_completed_and_reports_each_change(api: Api, clock: FakeClock) -> None:
    calls, handler = sequence("pending", "queued", "running", "running", "completed")
    seen: list[str] = []
    run = api.wait(
        api.client(handler),
        "run_1",
        poll_interval_seconds=2.0,
        on_status=lambda r: seen.append(r.status.value),
    )
    assert run.status is RunStatus.COMPLETED
    assert seen == ["pending", "queued", "running", "completed"]
    assert len(calls) == 5 and clock.sleeps == [2.0] * 4


@pytest.mark.parametrize("final", ["error", "cancelled"])
def test_a_failed_or_cancelled_run_is_returned_not_raised(api: Api, clock: FakeClock, final: str) -> None:
    calls, handler = sequence("running", final)
    assert api.wait(api.client(handler), "run_1").status == final


def test_waiting_for_human_is_not_the_end_unless_asked(api: Api, clock: FakeClock) -> None:
    calls, handler = sequence("running", "waiting_for_human", "waiting_for_human", "running", "completed")
    assert api.wait(api.client(handler), "run_1").status == "completed"
    calls, handler = sequence("running", "waiting_for_human", "completed")
    run = api.wait(api.client(handler), "run_1", return_when_waiting_for_human=True)
    assert run.status is RunStatus.WAITING_FOR_HUMAN and len(calls) == 2


def test_deadline_gives_wait_timeout_error_with_the_last_run(api: Api, clock: FakeClock) -> None:
    calls, handler = sequence("running")
    start = clock.now
    with pytest.raises(WaitTimeoutError) as caught:
        api.wait(api.client(handler), "run_1", poll_interval_seconds=4.0, timeout_seconds=10.0)
    assert isinstance(caught.value, TimeoutError)
    last = caught.value.last_run
    assert isinstance(last, WorkflowRun) and last.status == "running"
    assert clock.sleeps == [4.0, 4.0, 2.0]  # the last sleep is clamped to the time left
    assert clock.now - start == 10.0 and caught.value.waited_seconds == 10.0
    assert "did not finish within 10s; last status 'running'" in str(caught.value)


def test_transient_failures_are_retried_within_the_deadline(api: Api, clock: FakeClock) -> None:
    calls, handler = sequence("running", 503, 503, 503, httpx.ConnectError("down"), 429, "completed")
    client = api.client(handler, max_retries=0)
    assert api.wait(client, "run_1", poll_interval_seconds=1.0).status == "completed"
    assert len(calls) == 7


def test_transient_failures_until_the_deadline_end_in_wait_timeout(api: Api, clock: FakeClock) -> None:
    calls, handler = sequence(503)
    with pytest.raises(WaitTimeoutError) as caught:
        api.wait(api.client(handler), "run_1", poll_interval_seconds=1.0, timeout_seconds=5.0)
    assert caught.value.last_run is None
    assert "no answer yet" in str(caught.value)


def test_permanent_errors_end_the_wait_at_once(api: Api, clock: FakeClock) -> None:
    calls, handler = sequence(404)
    with pytest.raises(NotFoundError):
        api.wait(api.client(handler), "run_1")
    assert len(calls) == 1


def test_an_unknown_status_keeps_the_loop_going(api: Api, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    calls, handler = sequence("running", "archiving", "archiving", "completed")
    seen: list[str] = []
    run = api.wait(api.client(handler), "run_1", on_status=lambda r: seen.append(r.status.value))
    assert run.status == "completed"
    assert seen == ["running", "archiving", "completed"]
    assert "'archiving', which this client does not know" in caplog.text


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), "2"])
def test_wait_arguments_are_checked(api: Api, clock: FakeClock, bad: object) -> None:
    calls, handler = sequence("completed")
    with pytest.raises(ConfigurationError):
        api.wait(api.client(handler), "run_1", poll_interval_seconds=bad)
    with pytest.raises(ConfigurationError):
        api.wait(api.client(handler), "run_1", timeout_seconds=bad)
    assert calls == []


def test_request_timeouts_never_reach_past_the_deadline(api: Api, clock: FakeClock) -> None:
    seen: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"]["read"])
        return httpx.Response(200, json=run_with_status("running"))

    with pytest.raises(WaitTimeoutError):
        api.wait(api.client(handler), "run_1", poll_interval_seconds=4.0, timeout_seconds=10.0)
    assert seen == [10.0, 6.0, 2.0]


def test_a_wait_that_ends_at_a_review_names_the_waiting_nodes(api: Api, clock: FakeClock) -> None:
    waiting = {**run_with_status("waiting_for_human"), "waiting_for_node_ids": ["review-1"]}
    handler: Handler = lambda request: httpx.Response(200, json=waiting)  # noqa: E731
    with pytest.raises(WaitTimeoutError) as caught:
        api.wait(api.client(handler), "run_1", poll_interval_seconds=4.0, timeout_seconds=10.0)
    assert "last status 'waiting_for_human' (waiting for review at review-1: approve or reject it)" in str(caught.value)
