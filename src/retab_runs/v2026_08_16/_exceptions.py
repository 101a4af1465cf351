"""The errors of today's client that carry today's records; every other error is ``retab_runs``'s own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _exceptions

if TYPE_CHECKING:
    from retab_runs_client.v2026_08_16.models import WorkflowRun

__all__ = ["WaitTimeoutError"]


class WaitTimeoutError(_exceptions.WaitTimeoutError):
    """``wait_for_completion`` gave up; ``last_run`` is the latest 2026-08-16 run seen (None if none was).

    A ``retab_runs.WaitTimeoutError`` too, so one ``except`` catches the timeouts of both contracts.
    """

    last_run: WorkflowRun | None  # type: ignore[assignment]  # today's record where the seed's has its own

    def __init__(self, message: str, *, run_id: str, last_run: WorkflowRun | None, waited_seconds: float) -> None:
        super().__init__(message, run_id=run_id, last_run=None, waited_seconds=waited_seconds)
        self.last_run = last_run
