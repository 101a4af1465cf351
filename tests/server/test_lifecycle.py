"""Runs created through the API, over real HTTP: create, wait at review, approve or reject, cancel, restart, delete."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from retab_runs._checker import check
from retab_runs.server import RunStore
from retab_runs.testing import RunningServer, retab_server_running
from tests.server.test_server import KEY, ManualClock
from tests.specfacts import strict_problems

RUNS = "/v1/workflows/runs"
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    """One clock for the module's server: it only moves forward, and each test looks at runs of its own."""
    return ManualClock()


@pytest.fixture(scope="module")
def server(clock: ManualClock) -> Iterator[RunningServer]:
    with retab_server_running(RunStore(api_key=KEY, clock=clock)) as running:
        yield running


@pytest.fixture(scope="module")
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers={"Api-Key": KEY}, timeout=10) as client:
        yield client


def document(content: bytes = PDF, filename: str = "invoice.pdf") -> dict[str, str]:
    return {"filename": filename, "mime_type": "application/pdf", "content": base64.b64encode(content).decode()}


def create(http: httpx.Client, workflow_id: str = "wf_demo_review", **body: Any) -> dict[str, Any]:
    body.setdefault("documents", {"start-1": document()})
    response = http.post(f"/v1/workflows/{workflow_id}/run", json=body)
    assert response.status_code == 200, response.text
    run: dict[str, Any] = response.json()
    assert check(run, "strict") == []
    return run


def read(http: httpx.Client, run_id: str) -> dict[str, Any]:
    response = http.get(f"{RUNS}/{run_id}")
    assert response.status_code == 200, response.text
    run: dict[str, Any] = response.json()
    assert check(run, "strict") == [], run
    assert strict_problems(run) == set(), run  # and no key outside the schema
    return run


def resume(http: httpx.Client, run_id: str, **body: Any) -> httpx.Response:
    return http.post(f"{RUNS}/{run_id}/resume", json={"node_id": "review-1", **body})


def test_a_created_run_keeps_its_inputs_and_is_new(http: httpx.Client) -> None:
    first = create(http, json_inputs={"customer": {"name": "Ada"}}, text_inputs={"note": "urgent"})
    second = create(http)
    assert first["id"] != second["id"] and first["id"].startswith("run_")
    assert first["status"] == "pending" and first["trigger_type"] == "api"
    assert first["workflow_id"] == "wf_demo_review"
    meta = first["input_documents"]["start-1"]
    assert meta["filename"] == "invoice.pdf" and meta["mime_type"] == "application/pdf" and meta["id"]
    assert first["input_json_data"] == {"customer": {"name": "Ada"}}
    assert first["input_text_data"] == {"note": "urgent"}
    assert read(http, first["id"]) == first


def test_review_run_waits_then_approval_completes_it(http: httpx.Client, clock: ManualClock) -> None:
    run = create(http)
    seen: list[str] = []
    for _ in range(25):  # 2.5 s: it reaches the review in about 2 s, then stays there
        status = read(http, run["id"])["status"]
        if not seen or seen[-1] != status:
            seen.append(status)
        clock.now += 0.1
    assert seen == ["pending", "queued", "running", "waiting_for_human"]
    clock.now += 600  # a review waits as long as it takes
    waiting = read(http, run["id"])
    assert waiting["status"] == "waiting_for_human" and waiting["waiting_for_node_ids"] == ["review-1"]
    assert [s["status"] for s in waiting["steps"]] == ["completed", "completed", "waiting_for_human"]

    answer = resume(http, run["id"], approved=True)
    assert answer.status_code == 200
    body = answer.json()
    assert strict_problems(body["run"]) == set()
    assert body["resume_status"] == "processing" and body["queue_item_id"].startswith("rq_")
    assert body["queue_position"] is None and body["run"]["status"] == "running"
    assert body["run"]["resume_queue"][0]["status"] == "processing"
    clock.now += 1
    done = read(http, run["id"])
    assert done["status"] == "completed" and done["waiting_for_node_ids"] == []
    assert done["final_outputs"]["end-1"]["json_data"]["invoice_number"] == "INV-2026-0042"
    assert done["human_waiting_duration_ms"] >= 600_000
    assert [s["node_id"] for s in done["steps"]] == ["start-1", "extract-1", "review-1", "end-1"]
    assert {s["status"] for s in done["steps"]} == {"completed"}


def test_approval_with_modified_data_replaces_the_review_output(http: httpx.Client, clock: ManualClock) -> None:
    run = create(http)
    clock.now += 3
    corrected = {"invoice_number": "INV-2026-0042", "total_amount": 1200.0}
    assert resume(http, run["id"], approved=True, modified_data=corrected).status_code == 200
    clock.now += 1
    done = read(http, run["id"])
    assert done["final_outputs"]["end-1"]["json_data"] == corrected
    step = http.get(f"{RUNS}/{run['id']}/steps/review-1").json()
    assert step["output"]["data"] == corrected and step["status"] == "completed"


def test_rejection_ends_the_run_in_error_at_the_review(http: httpx.Client, clock: ManualClock) -> None:
    run = create(http)
    clock.now += 3
    answer = resume(http, run["id"], approved=False)
    assert answer.status_code == 200 and answer.json()["resume_status"] == "processing"
    ended = read(http, run["id"])
    assert ended["status"] == "error" and ended["error_stage"] == "execution"
    assert ended["error_details"]["block_id"] == "review-1"
    assert ended["error_details"]["error_code"] == "REJECTED_AT_REVIEW"
    assert "rejected at review" in ended["error"]
    statuses = {s["node_id"]: s["status"] for s in ended["steps"]}
    assert statuses == {"start-1": "completed", "extract-1": "completed", "review-1": "error", "end-1": "skipped"}
    clock.now += 60
    assert read(http, run["id"]) == ended  # nothing happens after


def test_a_repeated_resume_command_acts_once(http: httpx.Client, clock: ManualClock, server: RunningServer) -> None:
    run = create(http)
    clock.now += 3
    first = resume(http, run["id"], approved=True, command_id="cmd-1").json()
    again = resume(http, run["id"], approved=True, command_id="cmd-1").json()
    assert first["resume_status"] == "processing"
    assert again["resume_status"] == "already_processed" and again["queue_item_id"] == first["queue_item_id"]
    clock.now += 1
    assert len(read(http, run["id"])["resume_queue"]) == 1


@pytest.mark.parametrize("when", ["before the review", "after approval", "at another node"])
def test_resuming_a_run_that_does_not_wait_there_is_409(http: httpx.Client, clock: ManualClock, when: str) -> None:
    run = create(http)
    node = "review-1"
    if when == "after approval":
        clock.now += 3
        assert resume(http, run["id"], approved=True).status_code == 200
    elif when == "at another node":
        clock.now += 3
        node = "extract-1"
    answer = http.post(f"{RUNS}/{run['id']}/resume", json={"node_id": node, "approved": True})
    assert answer.status_code == 409
    detail = answer.json()["detail"]
    assert "not waiting for review at node" in detail
    expected = {"before the review": "its status is pending", "after approval": "its status is running",
                "at another node": "it waits at review-1"}[when]  # fmt: skip
    assert detail.endswith(f"({expected})"), detail


def test_built_in_records_cannot_be_resumed(http: httpx.Client) -> None:
    answer = http.post(f"{RUNS}/run_abc123xyz/resume", json={"node_id": "x", "approved": True})
    assert answer.status_code == 409 and "fixed record and cannot be resumed" in answer.json()["detail"]
    assert "not waiting for review at node 'x'" in answer.json()["detail"]


def test_other_workflows_complete_on_their_own(http: httpx.Client, clock: ManualClock) -> None:
    run = create(http, "wf_anything")
    clock.now += 1
    assert read(http, run["id"])["status"] == "running"
    clock.now += 1.5
    done = read(http, run["id"])
    assert done["status"] == "completed" and done["duration_ms"] == 2000
    assert [s["node_id"] for s in done["steps"]] == ["start-1", "extract-1", "end-1"]
    assert done["cost_summary"]["total_tokens"] == 4580


def test_speed_scales_a_created_run(clock: ManualClock) -> None:
    with retab_server_running(RunStore(api_key=KEY, clock=clock, speed=10)) as server:
        with httpx.Client(base_url=server.base_url, headers={"Api-Key": KEY}) as http:
            run = create(http)
            clock.now += 0.25  # 2.5 s of scenario time
            assert read(http, run["id"])["status"] == "waiting_for_human"


def test_cancel_a_running_run(http: httpx.Client, clock: ManualClock) -> None:
    run = create(http, "wf_anything")
    clock.now += 1
    answer = http.post(f"{RUNS}/{run['id']}/cancel")
    assert answer.status_code == 200
    body = answer.json()
    assert body["cancellation_status"] == "cancelled" and body["redis_available"] is True
    cancelled = body["run"]
    assert cancelled["status"] == "cancelled" and cancelled["cancel_requested_at"] is not None
    assert {s["node_id"]: s["status"] for s in cancelled["steps"]} == {
        "start-1": "completed", "extract-1": "cancelled", "end-1": "skipped",
    }  # fmt: skip
    clock.now += 60
    assert read(http, run["id"]) == cancelled  # the rest of its timeline is dropped
    again = http.post(f"{RUNS}/{run['id']}/cancel", json={"command_id": None})
    assert again.status_code == 200 and again.json()["run"] == cancelled


def test_cancel_a_run_waiting_for_review(http: httpx.Client, clock: ManualClock) -> None:
    run = create(http)
    clock.now += 3
    cancelled = http.post(f"{RUNS}/{run['id']}/cancel", json={"command_id": "c1"}).json()["run"]
    assert cancelled["status"] == "cancelled" and cancelled["waiting_for_node_ids"] == []
    assert resume(http, run["id"], approved=True).status_code == 409


def test_cancel_an_ended_run_is_409(http: httpx.Client, clock: ManualClock) -> None:
    run = create(http, "wf_anything")
    clock.now += 5
    answer = http.post(f"{RUNS}/{run['id']}/cancel")
    assert answer.status_code == 409 and "already ended (completed)" in answer.json()["detail"]
    assert http.post(f"{RUNS}/run_abc123xyz/cancel").status_code == 409


def test_cancel_a_built_in_scenario_mid_way(http: httpx.Client, clock: ManualClock) -> None:
    assert read(http, "run_demo_progress~c")["status"] == "pending"
    clock.now += 2
    cancelled = http.post(f"{RUNS}/run_demo_progress~c/cancel").json()["run"]
    assert cancelled["status"] == "cancelled"
    clock.now += 60
    assert read(http, "run_demo_progress~c")["status"] == "cancelled"


def test_cancel_a_running_fixture_run_lists_it_once(http: httpx.Client, server: RunningServer) -> None:
    record = {**http.get(f"{RUNS}/run_7Hq2mZk9").json(), "id": "run_fixture_running", "status": "running",
              "workflow_id": "wf_fixture", "completed_at": None, "duration_ms": None}  # fmt: skip
    server.store.add_record(record)
    assert http.post(f"{RUNS}/run_fixture_running/cancel").json()["run"]["status"] == "cancelled"
    listed = http.get(RUNS, params={"workflow_id": "wf_fixture"}).json()["data"]
    assert [(run["id"], run["status"]) for run in listed] == [("run_fixture_running", "cancelled")]


def test_cancel_during_an_approval_fails_its_queue_item(http: httpx.Client, clock: ManualClock) -> None:
    run = create(http)
    clock.now += 3
    assert resume(http, run["id"], approved=True).status_code == 200
    cancelled = http.post(f"{RUNS}/{run['id']}/cancel").json()["run"]
    assert cancelled["status"] == "cancelled" and cancelled["active_resume"] is None
    assert [item["status"] for item in cancelled["resume_queue"]] == ["failed"]
    assert {s["node_id"]: s["status"] for s in cancelled["steps"]}["end-1"] == "skipped"


def test_a_repeated_cancel_command_acts_once(http: httpx.Client, clock: ManualClock) -> None:
    run = create(http, "wf_anything")
    clock.now += 1
    first = http.post(f"{RUNS}/{run['id']}/cancel", json={"command_id": "c-1"}).json()
    clock.now += 1
    again = http.post(f"{RUNS}/{run['id']}/cancel", json={"command_id": "c-1"})
    assert again.status_code == 200 and again.json() == first


def test_restart_is_a_new_run_with_the_same_inputs(http: httpx.Client, clock: ManualClock) -> None:
    run = create(http, json_inputs={"start-json": {"a": 1}})
    clock.now += 3
    answer = http.post(f"{RUNS}/{run['id']}/restart")
    assert answer.status_code == 200
    fresh = answer.json()
    assert check(fresh, "strict") == []
    assert fresh["id"] != run["id"] and fresh["trigger_type"] == "restart" and fresh["status"] == "pending"
    assert fresh["workflow_id"] == run["workflow_id"]
    assert fresh["input_json_data"] == {"start-json": {"a": 1}}
    assert fresh["input_documents"]["start-1"]["filename"] == "invoice.pdf"
    assert read(http, run["id"])["status"] == "waiting_for_human"  # the original is untouched
    clock.now += 3
    assert read(http, fresh["id"])["status"] == "waiting_for_human"
    url = http.get(f"{RUNS}/{fresh['id']}/documents/start-1", params={"doc_type": "input"}).json()["signed_url"]
    assert httpx.get(url).content == PDF  # the same bytes


def test_a_repeated_restart_command_makes_one_run(http: httpx.Client, server: RunningServer) -> None:
    run = create(http)
    before = len(server.store.live)
    first = http.post(f"{RUNS}/{run['id']}/restart", json={"command_id": "r-1"}).json()
    again = http.post(f"{RUNS}/{run['id']}/restart", json={"command_id": "r-1"}).json()
    other = http.post(f"{RUNS}/{run['id']}/restart", json={"command_id": "r-2"}).json()
    assert again["id"] == first["id"] and other["id"] != first["id"]
    assert len(server.store.live) == before + 2


def test_restart_a_built_in_run(http: httpx.Client) -> None:
    original = http.get(f"{RUNS}/run_abc123xyz").json()  # the seed's record: it has keys outside the schema
    fresh = http.post(f"{RUNS}/run_abc123xyz/restart").json()
    assert fresh["trigger_type"] == "restart" and fresh["workflow_id"] == original["workflow_id"]
    assert fresh["input_documents"]["start-node-1"]["filename"] == "invoice.pdf"


def test_delete_one_run() -> None:
    with retab_server_running(RunStore(api_key=KEY)) as server:
        with httpx.Client(base_url=server.base_url, headers={"Api-Key": KEY}) as http:
            deletes_one_run(http)


def deletes_one_run(http: httpx.Client) -> None:
    run = create(http)
    assert http.delete(f"{RUNS}/{run['id']}").status_code == 204
    assert http.get(f"{RUNS}/{run['id']}").status_code == 404
    assert http.delete(f"{RUNS}/{run['id']}").status_code == 404
    assert http.delete(f"{RUNS}/run_abc123xyz").status_code == 204
    assert http.get(f"{RUNS}/run_abc123xyz").status_code == 404
    assert http.delete(f"{RUNS}/run_demo_error").status_code == 204
    assert http.get(f"{RUNS}/run_demo_error").status_code == 404


def test_delete_every_run_of_a_workflow(http: httpx.Client, server: RunningServer) -> None:
    kept = create(http, "wf_keep")
    doomed = [create(http, "wf_doomed")["id"] for _ in range(3)]
    server.store.seed_runs(5, workflow_id="wf_doomed")
    answer = http.delete(RUNS, params={"workflow_id": "wf_doomed"})
    assert answer.status_code == 204 and answer.content == b""
    assert all(http.get(f"{RUNS}/{run_id}").status_code == 404 for run_id in doomed)
    assert http.get(RUNS, params={"workflow_id": "wf_doomed"}).json()["data"] == []
    assert read(http, kept["id"])["status"] == "pending"
    missing = http.delete(RUNS)
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"] == ["query", "workflow_id"]
