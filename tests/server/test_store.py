"""RunStore: answers encoded once per state, bounded memory for scenario instances, checked settings."""

from __future__ import annotations

import json
import math

import httpx
import pytest

from retab_runs.server import Faults, RunStore
from retab_runs.server._store import MAX_TRACKED_RUNS
from retab_runs.testing import retab_server_running
from tests.payloads import large_run, seed_run
from tests.server.test_server import KEY, RUNS, ManualClock


def test_a_static_run_is_encoded_once_not_per_request() -> None:
    store = RunStore(api_key=KEY)
    first = store.get_encoded("run_abc123xyz")
    assert first is not None and json.loads(first) == seed_run()
    assert store.get_encoded("run_abc123xyz") is first  # the same bytes: no copy, no re-encoding


def test_a_replaced_record_is_served_new() -> None:
    store = RunStore(api_key=KEY)
    before = store.get_encoded("run_abc123xyz")
    store.add_record({**seed_run(), "workflow_name": "Renamed"})
    after = store.get_encoded("run_abc123xyz")
    assert after is not before and after is not None and json.loads(after)["workflow_name"] == "Renamed"
    store.records["run_abc123xyz"] = {**seed_run(), "workflow_name": "Swapped"}
    assert json.loads(store.get_encoded("run_abc123xyz") or b"")["workflow_name"] == "Swapped"


def test_a_scenario_run_is_encoded_once_per_frame() -> None:
    clock = ManualClock()
    store = RunStore(api_key=KEY, clock=clock)
    first = store.get_encoded("run_demo_progress")
    clock.now += 0.01  # no event yet: the same frame
    assert store.get_encoded("run_demo_progress") is first
    clock.now += 1.0
    moved = store.get_encoded("run_demo_progress")
    assert moved is not first and moved is not None
    assert json.loads(moved) == store.get("run_demo_progress")  # the cache shows what a fresh render shows
    assert json.loads(moved)["status"] != json.loads(first or b"")["status"]


def test_large_run_over_http_is_the_same_bytes_every_time() -> None:
    store = RunStore(api_key=KEY)
    store.add_record({**large_run(500, 500), "id": "run_large"})
    with retab_server_running(store) as server:
        bodies = [httpx.get(server.base_url + RUNS + "run_large", headers={"Api-Key": KEY}).content for _ in range(3)]
    assert bodies[0] == bodies[1] == bodies[2] == store.get_encoded("run_large")


def test_scenario_instances_are_bounded_least_recently_read_first() -> None:
    clock = ManualClock()
    store = RunStore(api_key=KEY, clock=clock, max_tracked_runs=50)
    store.get_encoded("run_demo_error~keep")
    clock.now += 60  # run_demo_error~keep has ended
    for i in range(500):
        store.get_encoded(f"run_demo_progress~{i}")
        if i % 10 == 0:
            assert json.loads(store.get_encoded("run_demo_error~keep") or b"")["status"] == "error"  # kept: in use
    assert len(store._states) == 50
    old = json.loads(store.get_encoded("run_demo_progress~0") or b"")
    assert old["status"] == "pending"  # forgotten, so it starts over


def test_the_default_bound() -> None:
    store = RunStore(api_key=KEY)
    for i in range(MAX_TRACKED_RUNS + 100):
        store.next_fault(f"run_demo_progress~{i}")
    assert len(store._states) == MAX_TRACKED_RUNS == 10_000


@pytest.mark.parametrize(
    "text",
    ["retry_after=inf", "retry_after=nan", "latency=-1", "latency=inf", "rate_limited=-1", "dropped=1.5", "x=1"],
)
def test_faults_refuse_values_that_would_break_answers(text: str) -> None:
    with pytest.raises(ValueError):
        Faults.parse(text)


@pytest.mark.parametrize("speed", [0.0, -1.0, math.nan, math.inf])
def test_speed_must_be_positive_and_finite(speed: float) -> None:
    with pytest.raises(ValueError, match="speed"):
        RunStore(speed=speed)


def test_the_list_sees_every_kind_of_run_once() -> None:
    clock = ManualClock()
    store = RunStore(api_key=KEY, clock=clock)
    created = store.create_run("wf_demo_review")
    seeded = store.seed_runs(3)
    store.get_encoded("run_demo_error~mine")  # a scenario instance, once read, is a run like the others
    listed = [run["id"] for run in store.runs()]
    assert sorted(listed) == sorted({*store.records, created.run_id, *seeded, *store.scenarios, "run_demo_error~mine"})
    assert len(listed) == len(set(listed))
    assert created.run_id in store.ids()
    for run_id in (created.run_id, seeded[0], "run_demo_loop", "run_demo_error~mine"):
        assert store.delete(run_id) and not store.exists(run_id) and store.get(run_id) is None
        assert run_id not in [run["id"] for run in store.runs()]
        assert store.deleted(run_id) is not None  # kept for list cursors
    assert not store.delete("run_never")
