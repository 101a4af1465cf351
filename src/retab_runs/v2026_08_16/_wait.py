"""The bookkeeping of ``wait_for_completion`` for today's runs, shared by the sync and async loops."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import _clock
from .._exceptions import APIError, ConfigurationError
from .._logs import logger
from ._exceptions import WaitTimeoutError
from ._helpers import KNOWN_STATUSES, TERMINAL, run_status, waiting_blocks

if TYPE_CHECKING:
    from retab_runs_client.v2026_08_16.models import WorkflowRun

__all__ = ["OnRun", "TodayWaiter"]

OnRun = Callable[["WorkflowRun"], object]


class TodayWaiter:
    """One wait: the deadline (monotonic clock), the last run and its ``lifecycle.status``.

    Terminal: ``completed``, ``error``, ``cancelled``. ``awaiting_review`` ends the wait only
    when asked. A status this client does not know counts as still running (logged once).
    """

    def __init__(self, run_id: str, poll_interval_seconds: float, timeout_seconds: float, on_status: OnRun | None,
                 return_when_awaiting_review: bool, on_poll: OnRun | None = None) -> None:  # fmt: skip
        for name, value in (("poll_interval_seconds", poll_interval_seconds), ("timeout_seconds", timeout_seconds)):
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not (value > 0 and math.isfinite(value))
            ):
                raise ConfigurationError(f"{name} must be a positive number of seconds, not {value!r}")
        self.run_id = run_id
        self.poll_interval = float(poll_interval_seconds)
        self.timeout = float(timeout_seconds)
        self.started = _clock.monotonic()
        self.deadline = self.started + self.timeout
        self.on_status = on_status
        self.on_poll = on_poll
        self.return_when_awaiting_review = return_when_awaiting_review
        self.last_run: WorkflowRun | None = None
        self._last_status: str | None = None

    def observe(self, run: WorkflowRun) -> bool:
        """Record a fresh run; True when the wait is over."""
        self.last_run = run
        status = run_status(run)
        if status != self._last_status:
            self._last_status = status
            if status not in KNOWN_STATUSES:
                logger.warning("run %s has status %r, which this client does not know; still waiting", self.run_id,
                               status)  # fmt: skip
            if self.on_status is not None:
                self.on_status(run)
        if self.on_poll is not None:
            self.on_poll(run)
        if status in TERMINAL:
            return True
        return self.return_when_awaiting_review and status == "awaiting_review"

    def note_transient(self, error: APIError) -> None:
        logger.info("polling run %s failed for now (%s); trying again", self.run_id, error.message)

    def next_sleep(self) -> float | None:
        left = self.deadline - _clock.monotonic()
        return None if left <= 0 else min(self.poll_interval, left)

    def expired(self) -> bool:
        return _clock.monotonic() >= self.deadline

    def timeout_error(self) -> WaitTimeoutError:
        waited = _clock.monotonic() - self.started
        last = "; no answer yet"
        if self.last_run is not None:
            last = f"; last status {run_status(self.last_run)!r}"
            blocks = waiting_blocks(self.last_run)
            if blocks:
                last += f" (awaiting review at {', '.join(blocks)})"
        return WaitTimeoutError(f"run {self.run_id} did not finish within {self.timeout:g}s{last}",
                                run_id=self.run_id, last_run=self.last_run, waited_seconds=waited)  # fmt: skip
