"""User code on today's client (2026-08-16): mypy sees today's models, and mixing contracts is reported.

Checked by test_client_today.py. ``assert_type`` fails the check where a call is not typed as
today's record; each line marked ``# type: ignore[code]`` is a mistake mypy must report.
"""

from __future__ import annotations

from typing_extensions import assert_type

import retab_runs
from retab_runs import client_for, is_finished, run_status, waiting_nodes
from retab_runs.v2026_08_16 import AsyncRetab, Retab, WaitTimeoutError, waiting_blocks
from retab_runs_client.models import WorkflowRun as SeedRun
from retab_runs_client.v2026_08_16.models import (
    AwaitingReviewRun,
    CancelWorkflowResponse,
    WorkflowExportPayloadResponse,
    WorkflowRun,
    WorkflowStep,
)


def today(client: Retab, run_id: str) -> str:
    run = client.workflows.runs.get(run_id)
    assert_type(run, WorkflowRun)
    assert_type(client.workflows.runs.wait_for_completion(run_id, return_when_awaiting_review=True), WorkflowRun)
    assert_type(client.workflows.runs.create("wf", documents={"start-1": b"%PDF"}), WorkflowRun)
    assert_type(client.workflows.runs.cancel(run_id), CancelWorkflowResponse)
    assert_type(client.workflows.runs.export(workflow_id="wf", block_id="b"), WorkflowExportPayloadResponse)
    for listed in client.workflows.runs.list(status="awaiting_review"):
        assert_type(listed, WorkflowRun)
    steps = list(client.workflows.steps.list(run_id=run_id))
    assert_type(steps, list[WorkflowStep])
    assert_type(client.workflows.steps.get("stp_1"), WorkflowStep)
    if isinstance(run.lifecycle, AwaitingReviewRun):
        assert_type(run.lifecycle.waiting_for_block_ids, list[str])
    client.workflows.runs.list(status="waiting_for_human")  # type: ignore[arg-type]
    client.workflows.runs.get(run_id, access_token="t")  # type: ignore[call-arg]
    return run_status(run)


async def today_async(client: AsyncRetab, run_id: str) -> list[str]:
    run = await client.workflows.runs.get(run_id)
    assert_type(run, WorkflowRun)
    ids = [listed.id async for listed in client.workflows.runs.list()]
    page = await client.workflows.steps.list(run_id=run_id)
    assert_type(page.data, list[WorkflowStep])
    return ids


def either(seed: SeedRun, now: WorkflowRun) -> bool:
    waiting_blocks(seed)  # type: ignore[arg-type]
    assert_type(waiting_nodes(now), list[str])
    assert_type(run_status(seed), str)
    return is_finished(seed) and is_finished(now)


def timeouts(error: WaitTimeoutError) -> str | None:
    assert isinstance(error, retab_runs.WaitTimeoutError)
    return None if error.last_run is None else error.last_run.lifecycle.status


def chosen() -> None:
    assert_type(client_for("2026-08-16"), Retab)
    assert_type(client_for("2026-02-26"), retab_runs.Retab)
    assert_type(client_for(), retab_runs.Retab | Retab)
