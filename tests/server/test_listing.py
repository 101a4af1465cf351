"""GET /v1/workflows/runs over real HTTP: filters, order, cursor pages, projections; counts; seeding."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from retab_runs._checker import check
from retab_runs.server import RunStore
from retab_runs.testing import RunningServer, retab_server_running
from tests.server.test_server import KEY, ManualClock

RUNS = "/v1/workflows/runs"
SEEDED = 230


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    store = RunStore(api_key=KEY, clock=ManualClock())
    store.seed_runs(SEEDED, workflow_id="wf_pages")
    store.seed_runs(7, workflow_id="wf_other", status="waiting_for_human")
    with retab_server_running(store) as running:
        yield running


@pytest.fixture(scope="module")
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers={"Api-Key": KEY}, timeout=10) as client:
        yield client


def pages(http: httpx.Client, direction: str = "after", **params: Any) -> list[list[dict[str, Any]]]:
    """Every page, following ``list_metadata.<direction>`` until it is null."""
    found: list[list[dict[str, Any]]] = []
    cursor: str | None = None
    while True:
        response = http.get(RUNS, params={**params, **({direction: cursor} if cursor else {})})
        assert response.status_code == 200, response.text
        body = response.json()
        found.append(body["data"])
        cursor = body["list_metadata"][direction]
        if cursor is None:
            return found
        assert len(found) < 1000


def ids(found: list[list[dict[str, Any]]]) -> list[str]:
    return [run["id"] for page in found for run in page]


@pytest.mark.parametrize("order", ["desc", "asc"])
def test_every_run_is_seen_once_in_pages_of_20(http: httpx.Client, order: str) -> None:
    found = pages(http, workflow_id="wf_pages", order=order, limit=20)
    seen = ids(found)
    assert len(seen) == SEEDED == len(set(seen))
    assert [len(page) for page in found] == [20] * (SEEDED // 20) + [SEEDED % 20]
    created = [run["created_at"] for page in found for run in page]
    assert created == sorted(created, reverse=order == "desc")


def test_list_metadata_names_the_page_edges(http: httpx.Client) -> None:
    first = http.get(RUNS, params={"workflow_id": "wf_pages", "limit": 5}).json()
    assert first["list_metadata"] == {"before": None, "after": first["data"][-1]["id"]}
    second = http.get(RUNS, params={"workflow_id": "wf_pages", "limit": 5, "after": first["data"][-1]["id"]}).json()
    assert second["list_metadata"] == {"before": second["data"][0]["id"], "after": second["data"][-1]["id"]}
    back = http.get(RUNS, params={"workflow_id": "wf_pages", "limit": 5, "before": second["data"][0]["id"]}).json()
    assert back == first  # before=<first id of page 2> is page 1 again
    everything = http.get(RUNS, params={"workflow_id": "wf_pages", "limit": 100, "order": "asc"}).json()
    last = http.get(RUNS, params={"workflow_id": "wf_pages", "limit": 100, "order": "asc",
                                  "after": everything["data"][-1]["id"]}).json()  # fmt: skip
    assert len(last["data"]) == 100 and last["list_metadata"]["after"] is not None


def test_walking_backwards_sees_every_run_once(http: httpx.Client) -> None:
    newest_first = ids(pages(http, workflow_id="wf_pages", limit=20))
    oldest = newest_first[-1]
    backwards: list[str] = []
    cursor: str | None = oldest
    backwards.append(oldest)
    while cursor is not None:
        body = http.get(RUNS, params={"workflow_id": "wf_pages", "limit": 20, "before": cursor}).json()
        backwards = [run["id"] for run in body["data"]] + backwards
        cursor = body["list_metadata"]["before"]
    assert backwards == newest_first


def test_after_and_before_together_give_the_runs_between(http: httpx.Client) -> None:
    order = ids(pages(http, workflow_id="wf_pages", limit=100))
    body = http.get(RUNS, params={"workflow_id": "wf_pages", "after": order[10], "before": order[16]}).json()
    assert [run["id"] for run in body["data"]] == order[11:16]


def test_a_cursor_stays_valid_when_its_run_is_deleted(http: httpx.Client, server: RunningServer) -> None:
    store = server.store
    extra = store.seed_runs(10, workflow_id="wf_cursor")
    first = http.get(RUNS, params={"workflow_id": "wf_cursor", "limit": 4, "order": "asc"}).json()
    assert [run["id"] for run in first["data"]] == extra[:4]
    assert http.delete(f"{RUNS}/{extra[3]}").status_code == 204
    rest = http.get(RUNS, params={"workflow_id": "wf_cursor", "limit": 10, "order": "asc", "after": extra[3]}).json()
    assert [run["id"] for run in rest["data"]] == extra[4:]


@pytest.mark.parametrize("cursor", ["after", "before"])
def test_an_unknown_cursor_is_404(http: httpx.Client, cursor: str) -> None:
    answer = http.get(RUNS, params={cursor: "run_never"})
    assert answer.status_code == 404 and answer.json() == {"detail": f"No run has the id given as {cursor}"}


@pytest.mark.parametrize("limit", ["0", "101", "-1", "ten", "1.5"])
def test_limit_outside_1_to_100_is_422(http: httpx.Client, limit: str) -> None:
    answer = http.get(RUNS, params={"limit": limit})
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == ["query", "limit"]


def test_the_default_page_is_20_newest_first(http: httpx.Client) -> None:
    body = http.get(RUNS).json()
    created = [run["created_at"] for run in body["data"]]
    assert len(created) == 20 and created == sorted(created, reverse=True)
    assert all(check(run, "strict") == [] for run in body["data"])


def listed(http: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    return [run for page in pages(http, limit=100, **params) for run in page]


def test_filters(http: httpx.Client) -> None:
    every = listed(http, workflow_id="wf_pages")
    assert {run["status"] for run in every} == {"completed", "error", "cancelled"}

    def expect(params: dict[str, Any], keep: Any) -> None:
        got = sorted(run["id"] for run in listed(http, workflow_id="wf_pages", **params))
        assert got == sorted(run["id"] for run in every if keep(run)), params
        assert got, params  # every filter here keeps some runs and drops others
        assert len(got) < len(every), params

    expect({"status": "error"}, lambda r: r["status"] == "error")
    expect({"statuses": "error,cancelled"}, lambda r: r["status"] in ("error", "cancelled"))
    expect({"exclude_status": "completed"}, lambda r: r["status"] != "completed")
    expect({"trigger_type": "webhook"}, lambda r: r["trigger_type"] == "webhook")
    expect({"trigger_types": "api, email"}, lambda r: r["trigger_type"] in ("api", "email"))
    expect({"min_cost": 0.05}, lambda r: r["cost_summary"]["total"] >= 0.05)
    expect({"max_cost": 0.01}, lambda r: r["cost_summary"]["total"] <= 0.01)
    expect({"min_duration": 5000, "max_duration": 6000}, lambda r: 5000 <= r["duration_ms"] <= 6000)
    expect({"search": "SEED00001"}, lambda r: "seed00001" in r["id"])
    expect(
        {"status": "completed", "trigger_type": "api"},
        lambda r: r["status"] == "completed" and r["trigger_type"] == "api",
    )
    assert listed(http, workflow_id="wf_pages", statuses="unheard-of") == []


def test_dates_filter_by_the_day_a_run_was_created() -> None:
    clock = ManualClock()
    store = RunStore(api_key=KEY, clock=clock, builtins=False)
    day = datetime.datetime(2026, 3, 2, 12, tzinfo=datetime.timezone.utc).timestamp()
    store.seed_runs(3, start=day - 86400 + 2)  # 2026-03-01
    store.seed_runs(2, start=day + 2)  # 2026-03-02
    with (
        retab_server_running(store) as server,
        httpx.Client(base_url=server.base_url, headers={"Api-Key": KEY}) as http,
    ):
        assert len(listed(http, from_date="2026-03-02")) == 2
        assert len(listed(http, to_date="2026-03-01")) == 3
        assert len(listed(http, from_date="2026-03-01", to_date="2026-03-01")) == 3
        bad = http.get(RUNS, params={"from_date": "March"})
        assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["query", "from_date"]


@pytest.mark.parametrize(("params", "loc"), [({"status": "paused"}, "status"), ({"order": "up"}, "order"),
                                             ({"min_cost": "cheap"}, "min_cost"),
                                             ({"max_duration": "1.5"}, "max_duration"),
                                             ({"trigger_type": "fax"}, "trigger_type")])  # fmt: skip
def test_bad_filters_are_422(http: httpx.Client, params: dict[str, str], loc: str) -> None:
    answer = http.get(RUNS, params=params)
    assert answer.status_code == 422
    assert [item["loc"] for item in answer.json()["detail"]] == [["query", loc]]


@pytest.mark.parametrize("sort_by", ["duration_ms", "cost", "status", "completed_at", "id"])
def test_sort_by_any_field_pages_every_run_once(http: httpx.Client, sort_by: str) -> None:
    found = ids(pages(http, workflow_id="wf_pages", sort_by=sort_by, order="asc", limit=30))
    assert sorted(found) == sorted(set(found)) and len(found) == SEEDED


def test_sort_by_duration(http: httpx.Client) -> None:
    runs = listed(http, workflow_id="wf_pages", sort_by="duration_ms", order="asc")
    durations = [run["duration_ms"] for run in runs]
    assert durations == sorted(durations)


def test_fields_project_each_run_and_keep_the_id(http: httpx.Client) -> None:
    body = http.get(RUNS, params={"workflow_id": "wf_pages", "fields": "status,created_at,nope", "limit": 3}).json()
    assert [sorted(run) for run in body["data"]] == [["created_at", "id", "status"]] * 3


def test_counts(http: httpx.Client) -> None:
    every = listed(http, workflow_id="wf_pages")
    counts = http.get(f"{RUNS}/counts", params={"workflow_id": "wf_pages"}).json()
    assert counts["total"] == len(every)
    for status in ("completed", "error", "cancelled"):
        assert counts[status] == sum(run["status"] == status for run in every)
    assert counts["waiting_for_human"] == 0 and counts["pending"] == 0
    assert http.get(f"{RUNS}/counts", params={"workflow_id": "wf_other"}).json()["waiting_for_human"] == 7
    everything = http.get(f"{RUNS}/counts").json()
    assert everything["total"] >= SEEDED + 7 + 2


def test_seeded_runs_are_valid_records() -> None:
    store = RunStore(builtins=False)
    for status in (None, "waiting_for_human", "running"):
        for run_id in store.seed_runs(12, status=status):
            assert check(store.get(run_id), "strict") == [], run_id


def test_ten_thousand_runs_seed_fast_and_list_in_pages() -> None:
    import time
    import tracemalloc

    store = RunStore(api_key=KEY, builtins=False)
    tracemalloc.start()
    started = time.perf_counter()
    store.seed_runs(10_000, workflow_id="wf_many")
    seconds = time.perf_counter() - started
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert seconds < 5 and size < 40 * 1024 * 1024, (seconds, size)
    with (
        retab_server_running(store) as server,
        httpx.Client(base_url=server.base_url, headers={"Api-Key": KEY}) as http,
    ):
        started = time.perf_counter()
        first = http.get(RUNS, params={"workflow_id": "wf_many", "limit": 100}).json()
        later = http.get(RUNS, params={"workflow_id": "wf_many", "after": first["list_metadata"]["after"]}).json()
        assert len(first["data"]) == 100 and len(later["data"]) == 20
        assert time.perf_counter() - started < 5


def test_sorting_follows_a_run_that_changes() -> None:
    # The list remembers sort keys per run; a created run changes in place and must move.
    clock = ManualClock()
    store = RunStore(api_key=KEY, clock=clock, builtins=False)
    store.seed_runs(3, workflow_id="wf_sort", status="error")
    run_id = store.create_run("wf_sort").run_id
    with (
        retab_server_running(store) as server,
        httpx.Client(base_url=server.base_url, headers={"Api-Key": KEY}) as http,
    ):

        def by_status() -> list[str]:
            body = http.get(RUNS, params={"workflow_id": "wf_sort", "sort_by": "status", "order": "asc"}).json()
            return [run["status"] for run in body["data"]]

        assert by_status() == ["error", "error", "error", "pending"]
        clock.now += 5
        assert store.get(run_id)["status"] == "completed"  # type: ignore[index]
        assert by_status() == ["completed", "error", "error", "error"]
        store.add_record({**store.get(store.seed_runs(1, workflow_id="wf_x")[0]), "workflow_id": "wf_sort",  # type: ignore[dict-item]
                          "id": "run_seed0000000", "status": "waiting_for_human"})  # fmt: skip
        assert by_status() == ["completed", "error", "error", "waiting_for_human"]


def test_sorting_follows_a_run_cancelled_at_the_instant_it_was_created() -> None:
    clock = ManualClock()  # the clock does not move: the cancel is stamped as the creation was
    store = RunStore(api_key=KEY, clock=clock, builtins=False)
    store.seed_runs(2, workflow_id="wf_same", status="completed")
    run_id = store.create_run("wf_same").run_id
    with (
        retab_server_running(store) as server,
        httpx.Client(base_url=server.base_url, headers={"Api-Key": KEY}) as http,
    ):
        params = {"workflow_id": "wf_same", "sort_by": "status", "order": "asc"}
        assert [run["status"] for run in http.get(RUNS, params=params).json()["data"]] == ["completed"] * 2 + [
            "pending"
        ]
        assert http.post(f"{RUNS}/{run_id}/cancel").status_code == 200
        assert [run["status"] for run in http.get(RUNS, params=params).json()["data"]] == ["cancelled"] + [
            "completed"
        ] * 2
