"""One-line answers to common questions about a run."""

from __future__ import annotations

from typing import Any, Final

from retab_runs_client.models import FinalNodeOutput, RunStatus, StepStatus, StepStatusSummary, WorkflowRun

from ._exceptions import AmbiguousOutputError, ConfigurationError

__all__ = ["TERMINAL_STATUSES", "failed_steps", "find_step", "is_finished", "output_data", "waiting_nodes"]

TERMINAL_STATUSES: Final = frozenset({RunStatus.COMPLETED, RunStatus.ERROR, RunStatus.CANCELLED})
"""Statuses a run never leaves. ``waiting_for_human`` is a pause, not one of them."""


def is_finished(run: WorkflowRun) -> bool:
    """True once the run has completed, failed or been cancelled."""
    return run.status in TERMINAL_STATUSES


def failed_steps(run: WorkflowRun) -> list[StepStatusSummary]:
    """The steps whose status is ``error``, in run order."""
    return [step for step in run.steps if step.status is StepStatus.ERROR]


def find_step(run: WorkflowRun, node_id: str) -> StepStatusSummary | None:
    """The latest step for ``node_id`` (loops run a node more than once), or None."""
    for step in reversed(run.steps):
        if step.node_id == node_id:
            return step
    return None


def waiting_nodes(run: WorkflowRun) -> list[str]:
    """The ids of the review nodes the run waits on (empty when it waits for no one).

        run = client.workflows.runs.wait_for_completion(run_id, return_when_waiting_for_human=True)
        for node_id in waiting_nodes(run):
            client.workflows.runs.approve(run.id, node_id)

    ``run.waiting_for_node_ids`` when the server fills it; else, for a run that is
    ``waiting_for_human``, its steps that are, in run order.
    """
    if run.waiting_for_node_ids:
        return list(run.waiting_for_node_ids)
    if run.status is not RunStatus.WAITING_FOR_HUMAN:
        return []
    waiting = (step.node_id for step in run.steps if step.status is StepStatus.WAITING_FOR_HUMAN)
    return list(dict.fromkeys(waiting))


def output_data(run: WorkflowRun, node_id: str | None = None) -> dict[str, Any] | None:
    """The data an end node produced, in either output shape (``json_data`` or ``data``).

    Without ``node_id`` the run must have at most one end node output. None when the
    run has no outputs (yet), or the output carries no data or is not a ``FinalNodeOutput``
    (the API may send any JSON value there; ``run.final_outputs`` keeps it as it came).

    Raises:
        AmbiguousOutputError: no ``node_id`` was given and the run has several end nodes.
        ConfigurationError: ``node_id`` names no end node of this run.
    """
    outputs = run.final_outputs
    if not outputs:
        if node_id is not None and outputs is not None:
            raise ConfigurationError(f"run {run.id} has no output for end node {node_id!r}")
        return None
    if node_id is None:
        if len(outputs) > 1:
            raise AmbiguousOutputError(
                f"run {run.id} has {len(outputs)} end nodes ({', '.join(outputs)}): pass node_id",
                node_ids=list(outputs),
            )
        node_id = next(iter(outputs))
    if node_id not in outputs:
        raise ConfigurationError(f"run {run.id} has no output for end node {node_id!r} (it has {', '.join(outputs)})")
    output = outputs[node_id]
    if not isinstance(output, FinalNodeOutput):  # an output of another shape: no known data key
        return None
    for value in (output.json_data, output.data):
        if isinstance(value, dict):
            return value
    return None
