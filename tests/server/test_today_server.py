"""The embedded server speaking today's API (2026-08-16), over a real socket on 127.0.0.1."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import httpx
import pytest

from retab_runs.server import TodayRunStore
from retab_runs.testing import RunningTodayServer, retab_server_running


class Clock:
    """The store's clock, moved by the test: runs age by events, not by the machine's speed."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Iterator[RunningTodayServer]:
    with retab_server_running(TodayRunStore(api_key="sk-today-test", tick=1.0, clock=clock)) as running:
        yield running


@pytest.fixture
def http(server: RunningTodayServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=30) as client:
        yield client


def pdf_url() -> str:
    return "data:application/pdf;base64," + base64.b64encode(b"%PDF-1.4\n").decode()


def test_only_a_bearer_key_opens_the_api(server: RunningTodayServer) -> None:
    url = server.base_url + "/v1/workflows/runs/run_today_completed"
    assert httpx.get(url, headers={"Api-Key": server.api_key}).status_code == 401  # the seed's header is not read
    assert httpx.get(url).status_code == 401
    wrong = httpx.get(url, headers={"Authorization": "Bearer sk-wrong"})
    assert wrong.status_code == 401 and wrong.json() == {"detail": "Invalid API key"}
    assert httpx.get(url, headers={"Authorization": f"Bearer {server.api_key}"}).status_code == 200
    assert server.api_key not in repr(server)


def test_api_version_is_checked_by_the_fixture_api() -> None:
    with pytest.raises(ValueError, match="2026-02-26, 2026-08-16"):
        with retab_server_running(api_version="2026-05-12"):  # type: ignore[call-overload]
            pass


def test_a_created_run_answers_202_and_progresses(http: httpx.Client, clock: Clock) -> None:
    answer = http.post("/v1/workflows/runs", json={"workflow_id": "wf_invoices",
                                                   "documents": {"start-1": {"filename": "a.pdf", "url": pdf_url()}},
                                                   "json_inputs": {"start-json": {"po": "PO-7"}}})  # fmt: skip
    assert answer.status_code == 202
    run = answer.json()
    assert set(run) == {"id", "workflow_id", "workflow_version_id", "trigger", "lifecycle", "timing", "inputs",
                        "metadata"}  # fmt: skip
    assert run["lifecycle"] == {"status": "pending"}
    assert run["inputs"]["documents"]["start-1"]["mime_type"] == "application/pdf"
    seen = [run["lifecycle"]["status"]]
    for _ in range(3):
        clock.now += 1.0
        seen.append(http.get(f"/v1/workflows/runs/{run['id']}").json()["lifecycle"]["status"])
    assert seen == ["pending", "running", "completed", "completed"]
    final = http.get(f"/v1/workflows/runs/{run['id']}").json()
    assert final["timing"]["started_at"] and final["timing"]["completed_at"]
    steps = http.get("/v1/workflows/steps", params={"run_id": run["id"]}).json()["data"]
    assert [(s["block_id"], s["block_type"], s["lifecycle"]["status"]) for s in steps] == [
        ("start-1", "start_document", "completed"), ("start-json", "start_json", "completed"),
        ("extract-1", "extract", "completed"),
    ]  # fmt: skip
    assert steps[-1]["handle_outputs"]["output"]["data"]["po"] == "PO-7"


def test_a_review_run_waits_until_settled_locally(http: httpx.Client, clock: Clock) -> None:
    approved = http.post("/v1/workflows/runs", json={"workflow_id": "wf_demo_review"}).json()
    rejected = http.post("/v1/workflows/runs", json={"workflow_id": "wf_demo_review"}).json()
    early = http.post(f"/_local/runs/{approved['id']}/review", json={"approved": True})
    assert early.status_code == 409 and "not awaiting_review" in early.json()["detail"]
    clock.now += 5.0
    waiting = http.get(f"/v1/workflows/runs/{approved['id']}").json()["lifecycle"]
    assert waiting == {"status": "awaiting_review", "waiting_for_block_ids": ["extract-1"]}
    clock.now += 3600.0
    assert http.get(f"/v1/workflows/runs/{approved['id']}").json()["lifecycle"]["status"] == "awaiting_review"
    assert http.post(f"/_local/runs/{approved['id']}/review", json={"approved": True}).status_code == 200
    assert http.post(f"/_local/runs/{rejected['id']}/review", json={"approved": False}).status_code == 200
    assert http.get(f"/v1/workflows/runs/{approved['id']}").json()["lifecycle"] == {"status": "completed"}
    error = http.get(f"/v1/workflows/runs/{rejected['id']}").json()["lifecycle"]
    assert error["status"] == "error" and error["failing_step_id"] and error["details"]["block_id"] == "extract-1"
    assert http.post("/_local/runs/run_nope/review", json={"approved": True}).status_code == 404
    bad = http.post(f"/_local/runs/{approved['id']}/review", json={"approved": "yes"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "approved"]


def test_lists_walk_by_cursor_both_ways(http: httpx.Client, server: RunningTodayServer) -> None:
    ids = server.store.add_runs(5, "wf_paging")
    newest = list(reversed(ids))
    first = http.get("/v1/workflows/runs", params={"workflow_id": "wf_paging", "limit": 2}).json()
    assert [r["id"] for r in first["data"]] == newest[:2]
    assert first["list_metadata"] == {"before": None, "after": newest[1]}
    second = http.get("/v1/workflows/runs", params={"workflow_id": "wf_paging", "limit": 2,
                                                     "after": newest[1]}).json()  # fmt: skip
    assert [r["id"] for r in second["data"]] == newest[2:4]
    assert second["list_metadata"] == {"before": newest[2], "after": newest[3]}
    back = http.get("/v1/workflows/runs", params={"workflow_id": "wf_paging", "limit": 2, "before": newest[2]}).json()
    assert [r["id"] for r in back["data"]] == newest[:2]
    last = http.get("/v1/workflows/runs", params={"workflow_id": "wf_paging", "limit": 2, "after": newest[3]}).json()
    assert [r["id"] for r in last["data"]] == newest[4:] and last["list_metadata"]["after"] is None
    asc = http.get("/v1/workflows/runs", params={"workflow_id": "wf_paging", "order": "asc"}).json()
    assert [r["id"] for r in asc["data"]] == ids
    tenant = http.get("/v1/workflows/runs", params={"metadata": '{"n": "3"}'}).json()
    assert [r["id"] for r in tenant["data"]] == [ids[3]]
    steps = http.get("/v1/workflows/steps", params={"limit": 1, "run_id": "run_today_completed"}).json()
    assert len(steps["data"]) == 1 and steps["list_metadata"]["after"] == steps["data"][0]["step_id"]


def test_bad_requests_answer_the_vendors_422_shape(http: httpx.Client) -> None:
    limit = http.get("/v1/workflows/runs", params={"limit": 0}).json()["detail"]
    assert limit[0]["loc"] == ["query", "limit"] and limit[0]["type"] == "greater_than_equal"
    both = http.get("/v1/workflows/steps", params={"before": "a", "after": "b"})
    assert both.status_code == 422
    missing = http.post("/v1/workflows/runs", json={})
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"] == ["body", "workflow_id"]
    extra = http.post("/v1/workflows/runs", json={"workflow_id": "wf", "documents": {
        "start-1": {"filename": "a.pdf", "url": pdf_url(), "content": "x"}}}).json()["detail"]  # fmt: skip
    assert extra[0]["type"] == "extra_forbidden" and extra[0]["loc"] == ["body", "documents", "start-1", "content"]
    not_data = http.post("/v1/workflows/runs", json={"workflow_id": "wf", "documents": {
        "start-1": {"filename": "a.pdf", "url": "https://example.com/a.pdf"}}})  # fmt: skip
    assert not_data.status_code == 422 and "data URL" in not_data.json()["detail"][0]["msg"]
    status = http.get("/v1/workflows/runs", params={"status": "waiting_for_human"}).json()["detail"]
    assert status[0]["type"] == "enum"
    for item in limit + extra + status:
        assert set(item) <= {"loc", "msg", "type", "input", "ctx"}


def test_cancel_is_once_per_command_and_refuses_an_ended_run(http: httpx.Client, clock: Clock) -> None:
    run = http.post("/v1/workflows/runs", json={"workflow_id": "wf_invoices"}).json()
    first = http.post(f"/v1/workflows/runs/{run['id']}/cancel", json={"command_id": "cmd-1"})
    assert first.status_code == 200 and first.json()["cancellation_status"] == "cancelled"
    assert first.json()["run"]["lifecycle"]["status"] == "cancelled"
    again = http.post(f"/v1/workflows/runs/{run['id']}/cancel", json={"command_id": "cmd-1"})
    assert again.status_code == 200 and again.json()["run"]["lifecycle"]["status"] == "cancelled"
    clock.now += 10
    assert http.get(f"/v1/workflows/runs/{run['id']}").json()["lifecycle"]["status"] == "cancelled"
    steps = http.get("/v1/workflows/steps", params={"run_id": run["id"]}).json()["data"]
    assert {s["lifecycle"]["status"] for s in steps} == {"cancelled"}
    ended = http.post("/v1/workflows/runs/run_today_completed/cancel")
    assert ended.status_code == 409 and "completed" in ended.json()["detail"]


def test_delete_then_get_step_and_export(http: httpx.Client) -> None:
    run = http.post("/v1/workflows/runs", json={"workflow_id": "wf_invoices"}).json()
    assert http.delete(f"/v1/workflows/runs/{run['id']}").status_code == 204
    gone = http.get(f"/v1/workflows/runs/{run['id']}")
    assert gone.status_code == 404 and gone.json() == {"detail": "Workflow run not found"}
    assert http.delete(f"/v1/workflows/runs/{run['id']}").status_code == 404
    step_id = http.get("/v1/workflows/steps", params={"run_id": "run_today_completed"}).json()["data"][-1]["step_id"]
    step = http.get(f"/v1/workflows/steps/{step_id}").json()
    assert step["block_id"] == "extract-1" and step["lifecycle"] == {"status": "completed"}
    assert http.get("/v1/workflows/steps/stp_nope").status_code == 404
    export = http.post("/v1/workflows/runs/export", json={"workflow_id": "wf_invoices", "block_id": "extract-1"}).json()
    assert export["rows"] == 1 and export["csv_data"].startswith("run_id;")
    assert http.put("/v1/workflows/runs").status_code == 405


def test_metadata_nested_past_what_json_loads_takes_is_a_422_not_a_crash(http: httpx.Client) -> None:
    # 5,000 levels fit in a URL the server reads (15 kB encoded) and are deeper than json.loads recurses.
    deep = "[" * 5000
    answer = http.get("/v1/workflows/runs", params={"metadata": deep})
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"] == [{"type": "value_error", "loc": ["query", "metadata"], "input": deep,
                                        "msg": "Value error, metadata should be a JSON object"}]  # fmt: skip
