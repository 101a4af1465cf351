"""User code on today's run record (2026-08-16): the lifecycle union narrows under ``mypy --strict``.

Checked by test_lifecycle_2026_08_16.py. ``assert_type`` fails the check where a ``match``
arm or an ``isinstance`` did not narrow; each line marked ``# type: ignore[code]`` is a
mistake mypy must report (reading a variant's field before narrowing).
"""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

from retab_runs_client.v2026_08_16.models import (
    AwaitingReviewRun,
    CancelledTerminal,
    CompletedTerminal,
    ErrorStepLifecycle,
    ErrorTerminal,
    PendingRun,
    RunningRun,
    UnknownLifecycle,
    WorkflowRun,
    WorkflowStep,
)


def describe(run: WorkflowRun) -> str:
    match run.lifecycle:
        case ErrorTerminal() as failed:
            assert_type(failed, ErrorTerminal)
            return f"failed: {failed.message}"
        case AwaitingReviewRun(waiting_for_block_ids=blocks):
            assert_type(blocks, list[str])
            return "waiting for " + ", ".join(blocks)
        case CancelledTerminal(reason=reason):
            return f"cancelled ({reason})"
        case CompletedTerminal() | PendingRun() | RunningRun():
            return run.lifecycle.status
        case UnknownLifecycle(status=status, raw=raw):
            assert_type(raw, dict[str, Any])
            return f"{status} (not in this contract)"


def failure_message(run: WorkflowRun) -> str | None:
    lifecycle = run.lifecycle
    if isinstance(lifecycle, ErrorTerminal):
        assert_type(lifecycle, ErrorTerminal)
        return lifecycle.message
    return None


def status_of(run: WorkflowRun) -> str:
    return run.lifecycle.status  # every variant, the unknown one too, has its status


def step_failure(step: WorkflowStep) -> str | None:
    if isinstance(step.lifecycle, ErrorStepLifecycle):
        return step.lifecycle.message
    return None


def message_unnarrowed(run: WorkflowRun) -> str:
    return run.lifecycle.message  # type: ignore[union-attr]


def waiting_unnarrowed(run: WorkflowRun) -> list[str]:
    return run.lifecycle.waiting_for_block_ids  # type: ignore[union-attr]
