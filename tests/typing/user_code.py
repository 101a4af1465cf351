"""Code as users of the client write it, type-checked with ``mypy --strict`` by test_user_code.py.

Each line marked ``# type: ignore[code]`` is a mistake that mypy must report with that
code: under ``--strict`` (``warn_unused_ignores``) an ignore that silences nothing is
itself an error, and the test also checks the module with the ignores removed.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import attrs
from pydantic import MISSING

from retab_runs import AsyncRetab, Retab, output_data, waiting_nodes
from retab_runs_client.models import (
    FinalNodeOutput,
    NodeType,
    RunCounts,
    RunStatus,
    RunStatusFilter,
    StepStatus,
    StepStatusSummary,
    TraceSpan,
    TriggerType,
    WorkflowRun,
)
from retab_runs_schema import WorkflowRun as SchemaRun


def fetch(client: Retab, run_id: str) -> WorkflowRun:
    return client.workflows.runs.get(run_id)


def duration_seconds(run: WorkflowRun) -> float | None:
    if run.duration_ms is not None:
        return run.duration_ms / 1000
    return None


def started(run: WorkflowRun) -> datetime.datetime | None:
    return run.started_at


def age(run: WorkflowRun, now: datetime.datetime) -> datetime.timedelta | None:
    if run.started_at is None:
        return None
    return now - run.started_at


def finished_at(run: WorkflowRun) -> str:
    return run.completed_at.isoformat() if run.completed_at else "not yet"


def step_names(run: WorkflowRun) -> list[str]:
    return [step.step_id or step.node_id for step in run.steps]


def step_errors(run: WorkflowRun) -> dict[str, str]:
    return {step.node_id: step.error for step in run.steps if step.status is StepStatus.ERROR and step.error}


def extract_steps(run: WorkflowRun) -> Iterator[StepStatusSummary]:
    return (step for step in run.steps if step.node_type is NodeType.EXTRACT)


def node_kind(step: StepStatusSummary) -> str:
    return step.node_type.value if step.node_type is not None else "unknown"


def is_done(run: WorkflowRun) -> bool:
    return run.status in (RunStatus.COMPLETED, RunStatus.ERROR, RunStatus.CANCELLED)


def status_text(run: WorkflowRun) -> str:
    known = "" if run.status.is_known else " (new)"
    return run.status.value + known


def total_cost(run: WorkflowRun) -> float:
    return run.cost_summary.total if run.cost_summary is not None else 0.0


def tokens_used(run: WorkflowRun) -> int:
    return sum(step.tokens.total for step in run.steps if step.tokens is not None)


def span_names(spans: list[TraceSpan]) -> Iterator[str]:
    for span in spans:
        yield span.name
        if span.children:
            yield from span_names(span.children)


def all_span_names(run: WorkflowRun) -> list[str]:
    return list(span_names(run.trace_spans or []))


def result(run: WorkflowRun) -> dict[str, Any] | None:
    return output_data(run)


def first_output_label(run: WorkflowRun) -> str | None:
    for output in (run.final_outputs or {}).values():
        if isinstance(output, FinalNodeOutput):  # any other JSON value is kept as it came
            return output.label
    return None


def build(now: datetime.datetime) -> WorkflowRun:
    step = StepStatusSummary(node_id="extract-1", status=StepStatus.RUNNING, started_at=now)
    return WorkflowRun(
        workflow_id="wf_1",
        workflow_name="Invoices",
        organization_id="org_1",
        config_snapshot_id="cfg_1",
        id="run_1",
        status=RunStatus.RUNNING,
        started_at=now,
        steps=[step],
    )


def as_json(run: WorkflowRun) -> dict[str, Any]:
    return run.to_dict()


def failed_run_ids(client: Retab, workflow_id: str) -> list[str]:
    return [run.id or "?" for run in client.workflows.runs.list(workflow_id=workflow_id, status="error")]


async def approve_all(client: AsyncRetab, workflow_id: str) -> int:
    approved = 0
    async for run in client.workflows.runs.list(workflow_id=workflow_id, status="waiting_for_human"):
        for node_id in waiting_nodes(run):
            answer = await client.workflows.runs.approve(run.id or "", node_id)
            approved += answer.resume_status.value != "already_processed"
    return approved


def start(client: Retab, path: str) -> str | None:
    run = client.workflows.runs.create("wf_1", documents={"start-1": path}, text_inputs={"note": "hi"})
    client.workflows.runs.cancel(run.id or "", command_id="cancel-1", timeout=5)
    return client.workflows.runs.steps.get_many(run.id or "", ["extract-1"])["extract-1"].status


def review_queue(client: Retab, run_id: str) -> tuple[list[str], list[str], str]:
    runs = client.workflows.runs
    order: list[str] = runs.execution_order(run_id).ordered_step_ids
    outputs = runs.steps.get_many(run_id, order)
    done = [node_id for node_id, step in outputs.items() if step.output is not None]
    url: str = runs.document_url(run_id, order[0], doc_type="input").signed_url
    return order, done, url


def first_page_ids(client: Retab) -> list[str]:
    page = client.workflows.runs.list(limit=50, statuses=["error", "cancelled"], order="asc", timeout=5)
    ids = [run.id or "?" for run in page.data]
    for later in page.iter_pages():
        ids.extend(run.id or "?" for run in later.data)
    return ids


def restarted_and_cancelled(client: Retab, run_id: str) -> tuple[WorkflowRun, str]:
    runs = client.workflows.runs
    new_run = runs.restart(run_id, max_retries=0)
    raw = runs.with_raw_response.cancel(new_run.id or "")
    return new_run, raw.parse().cancellation_status.value + f" ({raw.status_code})"


async def waited_at_review(client: AsyncRetab, workflow_id: str) -> list[str]:
    runs = client.workflows.runs
    run = await runs.create_and_wait(workflow_id, text_inputs={"note": "hi"}, return_when_waiting_for_human=True)
    page = await runs.list(workflow_id=workflow_id)
    second = await page.next_page()
    return waiting_nodes(run) + [run.id or "?" for run in second.data]


# Mistakes: each must be reported with the code in its ignore comment.


def unchecked_duration(run: WorkflowRun) -> float:
    return run.duration_ms / 1000  # type: ignore[operator]


def unchecked_start(run: WorkflowRun) -> datetime.datetime:
    return run.started_at  # type: ignore[return-value]


def unchecked_age(run: WorkflowRun, now: datetime.datetime) -> datetime.timedelta:
    return now - run.completed_at  # type: ignore[operator]


def status_compared_with_a_number(run: WorkflowRun) -> bool:
    return run.status == 3  # type: ignore[comparison-overlap]


def duration_set_to_text(step: StepStatusSummary) -> None:
    step.duration_ms = "1.5s"  # type: ignore[assignment]


def built_without_required_fields() -> WorkflowRun:
    return WorkflowRun(workflow_id="wf_1")  # type: ignore[call-arg]


def unchecked_cost(run: WorkflowRun) -> float:
    return run.cost_summary.total  # type: ignore[union-attr]


def bulk_delete_without_naming_the_workflow(client: Retab) -> None:
    client.workflows.runs.delete_all("wf_1")  # type: ignore[call-arg]


def a_run_taken_for_a_list(client: Retab) -> int:
    return len(client.workflows.runs.list().data[0])  # type: ignore[arg-type]


def document_url_of_a_made_up_kind(client: Retab) -> str:
    return client.workflows.runs.document_url("run_1", "n", doc_type="pdf").signed_url  # type: ignore[arg-type]


def call_option_misspelt(client: Retab) -> None:
    client.workflows.runs.cancel("run_1", timout=3)  # type: ignore[call-arg]


def approve_without_the_node(client: Retab) -> None:
    client.workflows.runs.approve("run_1")  # type: ignore[call-arg]


def step_taken_for_its_output(client: Retab) -> dict[str, Any]:
    return client.workflows.runs.steps.get("run_1", "n")  # type: ignore[return-value]


def failed_runs_by_member_or_text(client: Retab) -> list[str]:
    """The list's filters take the spec's values, as members or text (generated Literals)."""
    by_text = client.workflows.runs.list(
        status="error", statuses=["error", "cancelled"], trigger_type="api", order="asc"
    )
    by_member = client.workflows.runs.list(exclude_status=RunStatusFilter.COMPLETED, trigger_types=[TriggerType.API])
    return [run.id or "" for run in by_text.data + by_member.data]


def completed_count(client: Retab) -> RunCounts:
    return client.workflows.runs.counts(workflow_id="wf_1")


def marked_failed(run: WorkflowRun) -> bytes:
    return attrs.evolve(run, status=RunStatus.ERROR).to_json()


def pydantic_cost(run: SchemaRun) -> float:
    """The documented pattern for a field that may be absent (MISSING) or null."""
    if run.cost_summary is not MISSING and run.cost_summary is not None:
        return run.cost_summary.total
    return 0.0


def a_made_up_status_filter(client: Retab) -> None:
    client.workflows.runs.list(status="bogus")  # type: ignore[arg-type]


def a_made_up_order(client: Retab) -> None:
    client.workflows.runs.list(order="up")  # type: ignore[arg-type]


def counts_taken_for_a_dict(client: Retab) -> dict[str, Any]:
    return client.workflows.runs.counts()  # type: ignore[return-value]


def pydantic_cost_unchecked(run: SchemaRun) -> float:
    if run.cost_summary:
        return run.cost_summary.total  # type: ignore[union-attr]
    return 0.0
