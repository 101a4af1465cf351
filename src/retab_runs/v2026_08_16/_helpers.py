"""One-line answers about a run of today's API (2026-08-16), whose state is its ``lifecycle``.

from retab_runs.v2026_08_16 import is_finished, run_status, waiting_blocks, output_data

run = client.workflows.runs.get(run_id)
if run_status(run) == "awaiting_review":
    print("review needed at", waiting_blocks(run))
steps = list(client.workflows.steps.list(run_id=run.id))
data = output_data(run, steps)          # today's run record carries no outputs: its steps do
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

from .._exceptions import AmbiguousOutputError, ConfigurationError

if TYPE_CHECKING:
    from retab_runs_client.v2026_08_16.models import WorkflowRun, WorkflowStep

__all__ = ["KNOWN_STATUSES", "TERMINAL", "is_finished", "output_data", "run_status", "waiting_blocks"]

TERMINAL: Final = frozenset({"completed", "error", "cancelled"})
"""Statuses a run never leaves. ``awaiting_review`` is a pause, not one of them."""
KNOWN_STATUSES: Final = frozenset({"pending", "running", "awaiting_review", *TERMINAL})


def run_status(run: WorkflowRun) -> str:
    """The run's ``lifecycle.status`` (a status this client does not know comes as it was sent)."""
    return run.lifecycle.status


def is_finished(run: WorkflowRun) -> bool:
    """True once the run has completed, failed or been cancelled."""
    return run.lifecycle.status in TERMINAL


def waiting_blocks(run: WorkflowRun) -> list[str]:
    """The ids of the blocks whose review the run awaits (empty unless it is ``awaiting_review``)."""
    from retab_runs_client.v2026_08_16.models import AwaitingReviewRun

    lifecycle = run.lifecycle
    if isinstance(lifecycle, AwaitingReviewRun):
        return list(lifecycle.waiting_for_block_ids or [])
    return []


def output_data(run: WorkflowRun, steps: Iterable[WorkflowStep], block_id: str | None = None) -> dict[str, Any] | None:
    """The JSON a block produced: today's run record holds no outputs, its steps do.

    ``steps`` are the run's steps (``client.workflows.steps.list(run_id=run.id)``). Without
    ``block_id``, the outputs of the run's last completed step that has JSON object outputs
    (the run's result, in a chain); with it, that block's. None while the run has not
    completed, or when the block gave no JSON object.

    Raises:
        ConfigurationError: a step of another run, or ``block_id`` names no step of the run.
        AmbiguousOutputError: the chosen step has several JSON outputs (its handles are listed).
    """
    from retab_runs_client.v2026_08_16.models import CompletedStepLifecycle

    mine = list(steps)
    for step in mine:
        if step.run_id != run.id:
            raise ConfigurationError(f"step {step.step_id} belongs to run {step.run_id}, not {run.id}")
    if block_id is not None and not any(step.block_id == block_id for step in mine):
        raise ConfigurationError(f"run {run.id} has no step for block {block_id!r}")
    if run.lifecycle.status != "completed":
        return None
    chosen = [s for s in mine if isinstance(s.lifecycle, CompletedStepLifecycle) and _json_outputs(s)]
    if block_id is not None:
        chosen = [s for s in chosen if s.block_id == block_id]
    if not chosen:
        return None
    outputs = _json_outputs(chosen[-1])
    if len(outputs) > 1:
        raise AmbiguousOutputError(
            f"block {chosen[-1].block_id} of run {run.id} has {len(outputs)} JSON outputs ({', '.join(outputs)})",
            node_ids=list(outputs),
        )
    return next(iter(outputs.values()))


def _json_outputs(step: WorkflowStep) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for handle, payload in (step.handle_outputs or {}).items():
        if isinstance(payload.data, dict):
            found[handle] = payload.data
    return found
