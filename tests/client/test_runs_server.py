"""Every operation of ``client.workflows.runs`` against the embedded server over real HTTP, sync and async.

The server counts what reached it per (method, route template): each call is seen once.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from retab_runs import (
    AsyncRetab,
    ConflictError,
    NotFoundError,
    Retab,
    RunStatus,
    is_finished,
    output_data,
    waiting_nodes,
)
from retab_runs.testing import RunningServer, retab_server_running
from retab_runs_client.models import (
    CancelWorkflowResponse,
    DocumentSignedUrlResponse,
    PublishedWorkflowConfig,
    ResumeWorkflowResponse,
    RunCounts,
    StepOutputResponse,
    WorkflowRunExecutionOrderResponse,
)

REVIEW = "wf_demo_review"
FAST = {"poll_interval_seconds": 0.02, "timeout_seconds": 10.0}


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with retab_server_running(speed=50.0) as running:  # created runs reach their review in about 40 ms
        yield running


class Calls:
    """``client.workflows.runs`` of a Retab or an AsyncRetab, each call run to its result."""

    def __init__(self, mode: str, server: RunningServer) -> None:
        self.mode = mode
        self.server = server

    def __call__(self, method: str, *args: Any, **kwargs: Any) -> Any:
        def target(client: Retab | AsyncRetab) -> Any:
            owner: Any = client.workflows.runs
            for part in method.split("."):
                owner = getattr(owner, part)
            return owner

        key, url = self.server.api_key, self.server.base_url
        if self.mode == "sync":
            with Retab(api_key=key, base_url=url) as client:
                result = target(client)(*args, **kwargs)
                return list(result) if method == "list" else result

        async def go() -> Any:
            async with AsyncRetab(api_key=key, base_url=url) as client:
                if method == "list":
                    return [run async for run in target(client)(*args, **kwargs)]
                result = target(client)(*args, **kwargs)
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(go())

    def seen(self, method: str, template: str) -> int:
        return self.server.store.requests[(method, template)]


@pytest.fixture(params=["sync", "async"])
def runs(request: pytest.FixtureRequest, server: RunningServer) -> Calls:
    return Calls(str(request.param), server)


def test_the_review_journey(runs: Calls, tmp_path: Path) -> None:
    invoice = tmp_path / "invoice.pdf"
    invoice.write_bytes(b"%PDF-1.7 a small invoice")
    before = runs.seen("POST", "/v1/workflows/{workflow_id}/run")
    run = runs("create_and_wait", REVIEW, documents={"start-1": invoice}, return_when_waiting_for_human=True, **FAST)
    assert runs.seen("POST", "/v1/workflows/{workflow_id}/run") == before + 1
    assert run.status is RunStatus.WAITING_FOR_HUMAN and waiting_nodes(run) == ["review-1"]

    step = runs("steps.get", run.id, "extract-1")
    assert isinstance(step, StepOutputResponse) and step.node_id == "extract-1"
    outputs = runs("steps.get_many", run.id, ["extract-1", "no-such-node"])
    assert list(outputs) == ["extract-1"] and isinstance(outputs["extract-1"], StepOutputResponse)
    order = runs("execution_order", run.id)
    assert isinstance(order, WorkflowRunExecutionOrderResponse) and order.ordered_step_ids[:2] == [
        "start-1",
        "extract-1",
    ]
    config = runs("config", run.id)
    assert isinstance(config, PublishedWorkflowConfig) and "review-1" in [node.id for node in config.nodes]
    url = runs("document_url", run.id, "start-1", doc_type="input")
    assert isinstance(url, DocumentSignedUrlResponse) and url.filename == "invoice.pdf"
    assert url.signed_url.startswith(runs.server.base_url)

    answer = runs("approve", run.id, "review-1", {"total": 99.5})
    assert isinstance(answer, ResumeWorkflowResponse) and answer.resume_status in ("processing", "queued")
    done = runs("wait_for_completion", run.id, **FAST)
    assert done.status is RunStatus.COMPLETED and output_data(done) is not None


def test_reject_ends_the_run_in_error_at_the_review(runs: Calls) -> None:
    run = runs(
        "create_and_wait", REVIEW, text_inputs={"start-text-1": "hello"}, return_when_waiting_for_human=True, **FAST
    )
    answer = runs("resume", run.id, node_id="review-1", approved=False)
    assert isinstance(answer, ResumeWorkflowResponse) and answer.run.id == run.id
    done = runs("wait_for_completion", run.id, **FAST)
    assert done.status is RunStatus.ERROR and "review-1" in str(done.error_details)


def test_reject(runs: Calls) -> None:
    run = runs("create_and_wait", REVIEW, return_when_waiting_for_human=True, **FAST)
    assert isinstance(runs("reject", run.id, "review-1"), ResumeWorkflowResponse)
    assert runs("wait_for_completion", run.id, **FAST).status is RunStatus.ERROR


def test_a_resume_sent_twice_with_one_command_id_acts_once(runs: Calls) -> None:
    run = runs(
        "create_and_wait", REVIEW, json_inputs={"start-json-1": {"n": 1}}, return_when_waiting_for_human=True, **FAST
    )
    first = runs("approve", run.id, "review-1", command_id="approve-once")
    second = runs("approve", run.id, "review-1", command_id="approve-once")
    assert first.resume_status in ("processing", "queued") and second.resume_status == "already_processed"


def test_a_command_the_runs_state_refuses_is_one_409_not_retried(runs: Calls) -> None:
    # 409 is retried for reads (a lock, say); a command's 409 is the run's state, which a retry cannot change.
    run = runs("create_and_wait", "wf_plain", **FAST)
    before = (
        runs.seen("POST", "/v1/workflows/runs/{run_id}/resume"),
        runs.seen("POST", "/v1/workflows/runs/{run_id}/cancel"),
    )
    with pytest.raises(ConflictError):
        runs("approve", run.id, "review-1")
    with pytest.raises(ConflictError):
        runs("cancel", run.id)
    after = (
        runs.seen("POST", "/v1/workflows/runs/{run_id}/resume"),
        runs.seen("POST", "/v1/workflows/runs/{run_id}/cancel"),
    )
    assert after == (before[0] + 1, before[1] + 1)


def test_create_then_complete_without_review(runs: Calls) -> None:
    run = runs("create_and_wait", "wf_plain", documents={"start-1": ("scan.png", b"\x89PNG")}, **FAST)
    assert is_finished(run) and run.status is RunStatus.COMPLETED


def test_cancel_restart_delete(runs: Calls) -> None:
    run = runs("create", REVIEW, text_inputs={"start-text-1": "cancel me"})
    cancelled = runs("cancel", run.id)
    assert isinstance(cancelled, CancelWorkflowResponse) and cancelled.run.id == run.id
    restarted = runs("restart", run.id)
    assert restarted.id != run.id and restarted.trigger_type == "restart"
    assert runs("delete", restarted.id) is None
    with pytest.raises(NotFoundError):
        runs("get", restarted.id)


def test_list_counts_and_delete_all(runs: Calls) -> None:
    workflow = f"wf_list_{runs.mode}"
    ids = runs.server.store.seed_runs(45, workflow_id=workflow)
    listed = runs("list", workflow_id=workflow, limit=20)
    assert {run.id for run in listed} == set(ids) and len(listed) == 45
    errors = runs("list", workflow_id=workflow, statuses=["error", "cancelled"], order="asc")
    assert errors and all(run.status in ("error", "cancelled") for run in errors)
    counts = runs("counts", workflow_id=workflow)
    assert isinstance(counts, RunCounts) and counts["total"] == 45
    assert sum(v for k, v in counts.to_dict().items() if k != "total") == 45
    assert runs("delete_all", workflow_id=workflow) is None
    assert runs("list", workflow_id=workflow) == []
