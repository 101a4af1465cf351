"""Faults on every route, over real HTTP: counted per run (or per route without a run), before or after acting."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from retab_runs.server import Faults, RunStore
from retab_runs.testing import RunningServer, retab_server_running
from tests.server.test_lifecycle import document
from tests.server.test_server import KEY, ManualClock

RUNS = "/v1/workflows/runs"
CREATE = ("POST", "/v1/workflows/{workflow_id}/run")
CANCEL = ("POST", RUNS + "/{run_id}/cancel")
RESUME = ("POST", RUNS + "/{run_id}/resume")


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture(scope="module")
def server(clock: ManualClock) -> Iterator[RunningServer]:
    with retab_server_running(RunStore(api_key=KEY, clock=clock)) as running:
        yield running


@pytest.fixture(autouse=True)
def no_faults(server: RunningServer) -> Iterator[None]:
    yield
    server.store.faults = Faults()
    server.store.run_faults.clear()
    server.store.route_faults.clear()


@pytest.fixture(scope="module")
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers={"Api-Key": KEY}, timeout=10) as client:
        yield client


def create(http: httpx.Client, workflow_id: str = "wf_demo_review") -> dict[str, Any]:
    answer = http.post(f"/v1/workflows/{workflow_id}/run", json={"documents": {"start-1": document()}})
    assert answer.status_code == 200, answer.text
    run: dict[str, Any] = answer.json()
    return run


def test_a_503_on_cancel_acts_not_and_the_retry_cancels(http: httpx.Client, server: RunningServer) -> None:
    run = create(http, "wf_plain")
    server.store.run_faults[run["id"]] = Faults(server_errors=1)
    before = server.store.requests[CANCEL]
    failed = http.post(f"{RUNS}/{run['id']}/cancel", json={"command_id": "c"})
    assert failed.status_code == 503 and failed.json() == {"detail": "Service temporarily unavailable"}
    assert server.store.get(run["id"])["status"] != "cancelled"  # type: ignore[index]
    retried = http.post(f"{RUNS}/{run['id']}/cancel", json={"command_id": "c"})
    assert retried.status_code == 200 and retried.json()["run"]["status"] == "cancelled"
    assert server.store.requests[CANCEL] == before + 2


def test_a_429_carries_retry_after_on_a_post(http: httpx.Client, server: RunningServer, clock: ManualClock) -> None:
    run = create(http)
    clock.now += 3
    server.store.run_faults[run["id"]] = Faults(rate_limited=1, retry_after=1.5)
    limited = http.post(f"{RUNS}/{run['id']}/resume", json={"node_id": "review-1", "approved": True})
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "2" and limited.headers["retry-after-ms"] == "1500"
    assert server.store.get(run["id"])["status"] == "waiting_for_human"  # type: ignore[index]


def test_a_dropped_create_still_creates_the_run(http: httpx.Client, server: RunningServer) -> None:
    server.store.route_faults[CREATE] = Faults(dropped=1)
    before, received = len(server.store.live), server.store.requests[CREATE]
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/v1/workflows/wf_demo_review/run", json={})
    assert len(server.store.live) == before + 1  # it acted; only the answer was lost
    assert server.store.requests[CREATE] == received + 1
    assert create(http)["status"] == "pending"  # the next one is served


def test_a_malformed_resume_answer_comes_after_the_resume(
    http: httpx.Client, server: RunningServer, clock: ManualClock
) -> None:
    run = create(http)
    clock.now += 3
    server.store.run_faults[run["id"]] = Faults(malformed=1)
    answer = http.post(f"{RUNS}/{run['id']}/resume", json={"node_id": "review-1", "approved": True, "command_id": "m"})
    assert answer.status_code == 200
    with pytest.raises(ValueError):
        answer.json()
    again = http.post(f"{RUNS}/{run['id']}/resume", json={"node_id": "review-1", "approved": True, "command_id": "m"})
    assert again.json()["resume_status"] == "already_processed"  # the retry of a lost answer acts once


def test_a_dropped_delete_answer(http: httpx.Client, server: RunningServer) -> None:
    run = create(http)
    server.store.run_faults[run["id"]] = Faults(dropped=1)
    with pytest.raises(httpx.RemoteProtocolError):
        http.delete(f"{RUNS}/{run['id']}")
    assert http.get(f"{RUNS}/{run['id']}").status_code == 404


def test_server_wide_faults_count_per_run_and_per_route(http: httpx.Client, server: RunningServer) -> None:
    run = create(http)
    server.store.faults = Faults(server_errors=1)
    assert http.post("/v1/workflows/wf_x/run", json={}).status_code == 503  # the route's first request
    assert http.post("/v1/workflows/wf_x/run", json={}).status_code == 200
    assert http.get(RUNS).status_code == 503  # the list has a count of its own
    assert http.get(RUNS).status_code == 200
    # a run's routes share its count: the first request for it fails, whichever route
    assert http.get(f"{RUNS}/{run['id']}/execution-order").status_code == 503
    assert http.get(f"{RUNS}/{run['id']}").status_code == 200
    assert http.post(f"{RUNS}/{run['id']}/cancel").status_code == 200


def test_latency_delays_a_post(http: httpx.Client, server: RunningServer) -> None:
    run = create(http)
    server.store.run_faults[run["id"]] = Faults(latency=0.3)
    started = time.monotonic()
    assert http.post(f"{RUNS}/{run['id']}/restart").status_code == 200
    assert time.monotonic() - started >= 0.3


def test_faults_do_not_hide_401_422_or_404(http: httpx.Client, server: RunningServer) -> None:
    server.store.faults = Faults(server_errors=5)
    assert http.post("/v1/workflows/wf/run", json=[], headers={"Api-Key": "wrong"}).status_code == 401
    assert http.post("/v1/workflows/wf/run", json=[]).status_code == 422
    assert http.post(f"{RUNS}/run_missing/cancel").status_code == 404
    assert http.post("/v1/workflows/wf/run", json={}).status_code == 503  # the first to reach the operation


def test_a_fault_set_later_counts_from_then(http: httpx.Client, server: RunningServer) -> None:
    run = create(http)
    for _ in range(3):
        assert http.get(f"{RUNS}/{run['id']}").status_code == 200
    server.store.run_faults[run["id"]] = Faults(server_errors=1)
    assert http.get(f"{RUNS}/{run['id']}").status_code == 503
    assert http.get(f"{RUNS}/{run['id']}").status_code == 200
    server.store.run_faults[run["id"]] = Faults(server_errors=1)  # a new Faults: a new count
    assert http.get(f"{RUNS}/{run['id']}").status_code == 503
