"""One-line answers to common questions about a run, of either contract.

``is_finished``, ``run_status``, ``waiting_nodes`` and ``output_data`` take a seed-contract run
(``retab_runs_client.models.WorkflowRun``) or a run of today's API
(``retab_runs_client.v2026_08_16.models.WorkflowRun``, whose state is its ``lifecycle``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from retab_runs_client.models import FinalNodeOutput, RunStatus, StepStatus, StepStatusSummary, WorkflowRun

from ._exceptions import AmbiguousOutputError, ConfigurationError

if TYPE_CHECKING:
    from retab_runs_client.v2026_08_16.models import WorkflowRun as TodayRun
    from retab_runs_client.v2026_08_16.models import WorkflowStep as TodayStep

__all__ = [
    "TERMINAL_STATUSES",
    "AnyRun",
    "failed_steps",
    "find_step",
    "is_finished",
    "output_data",
    "run_status",
    "waiting_nodes",
]

AnyRun: TypeAlias = "WorkflowRun | TodayRun"
"""A run of the seed's contract (2026-02-26) or of today's (2026-08-16)."""

TERMINAL_STATUSES: Final = frozenset({RunStatus.COMPLETED, RunStatus.ERROR, RunStatus.CANCELLED})
"""Statuses a run never leaves. ``waiting_for_human`` is a pause, not one of them."""


def is_finished(run: AnyRun) -> bool:
    """True once the run has completed, failed or been cancelled (either contract)."""
    if isinstance(run, WorkflowRun):
        return run.status in TERMINAL_STATUSES
    from .v2026_08_16._helpers import is_finished as today

    return today(run)


def run_status(run: AnyRun) -> str:
    """The run's status as a string: ``run.status`` of the seed's record, ``run.lifecycle.status`` of today's.

    The two vocabularies differ where the API changed: ``waiting_for_human`` then,
    ``awaiting_review`` today. A status the client does not know comes as it was sent.
    """
    if isinstance(run, WorkflowRun):
        return run.status.value
    return run.lifecycle.status


def failed_steps(run: WorkflowRun) -> list[StepStatusSummary]:
    """The steps whose status is ``error``, in run order."""
    return [step for step in run.steps if step.status is StepStatus.ERROR]


def find_step(run: WorkflowRun, node_id: str) -> StepStatusSummary | None:
    """The latest step for ``node_id`` (loops run a node more than once), or None."""
    for step in reversed(run.steps):
        if step.node_id == node_id:
            return step
    return None


def waiting_nodes(run: AnyRun) -> list[str]:
    """The ids of the review nodes (today: blocks) the run waits on (empty when it waits for no one).

        run = client.workflows.runs.wait_for_completion(run_id, return_when_waiting_for_human=True)
        for node_id in waiting_nodes(run):
            client.workflows.runs.approve(run.id, node_id)

    ``run.waiting_for_node_ids`` when the server fills it; else, for a run that is
    ``waiting_for_human``, its steps that are, in run order. For a run of today's API, the
    ``waiting_for_block_ids`` of its ``awaiting_review`` lifecycle.
    """
    if not isinstance(run, WorkflowRun):
        from .v2026_08_16._helpers import waiting_blocks

        return waiting_blocks(run)
    if run.waiting_for_node_ids:
        return list(run.waiting_for_node_ids)
    if run.status is not RunStatus.WAITING_FOR_HUMAN:
        return []
    waiting = (step.node_id for step in run.steps if step.status is StepStatus.WAITING_FOR_HUMAN)
    return list(dict.fromkeys(waiting))


def output_data(
    run: AnyRun, node_id: str | None = None, *, steps: Iterable[TodayStep] | None = None
) -> dict[str, Any] | None:
    """The data an end node produced, in either output shape (``json_data`` or ``data``).

    A run of today's API carries no outputs in its record: pass its ``steps``
    (``client.workflows.steps.list(run_id=run.id)``); ``node_id`` then names a block (see
    ``retab_runs.v2026_08_16.output_data``). Without ``steps`` that is a ConfigurationError.

    Without ``node_id`` the run must have at most one end node output. None when the
    run has no outputs (yet), or the output carries no data or is not a ``FinalNodeOutput``
    (the API may send any JSON value there; ``run.final_outputs`` keeps it as it came).

    Raises:
        AmbiguousOutputError: no ``node_id`` was given and the run has several end nodes.
        ConfigurationError: ``node_id`` names no end node of this run.
    """
    if not isinstance(run, WorkflowRun):
        from .v2026_08_16._helpers import output_data as today

        if steps is None:
            raise ConfigurationError(
                f"run {run.id} is a 2026-08-16 record, which holds no outputs: pass "
                "steps=client.workflows.steps.list(run_id=run.id)"
            )
        return today(run, steps, node_id)
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
