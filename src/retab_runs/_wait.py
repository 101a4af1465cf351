"""The bookkeeping of ``wait_for_completion``, shared by the sync and async loops."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import _clock
from ._exceptions import APIConnectionError, APIError, APIStatusError, ConfigurationError, WaitTimeoutError
from ._logs import logger
from ._retries import is_retryable_status

if TYPE_CHECKING:
    from retab_runs_client.models import WorkflowRun

__all__ = ["Waiter", "is_transient"]


def is_transient(error: APIError) -> bool:
    """Whether polling again later may succeed (connection trouble, timeouts, 408/409/429/5xx)."""
    if isinstance(error, APIStatusError):
        return is_retryable_status(error.status_code)
    return isinstance(error, APIConnectionError)


class Waiter:
    """Tracks one wait: the deadline (on the monotonic clock), the last run and its status.

    A status this client does not know (``run.status.is_known`` is False) counts as
    still running: polling goes on, ``on_status`` sees it, and a warning is logged
    once; if it never changes, the wait ends in WaitTimeoutError with that run.
    """

    def __init__(
        self,
        run_id: str,
        poll_interval_seconds: float,
        timeout_seconds: float,
        on_status: Callable[[WorkflowRun], object] | None,
        return_when_waiting_for_human: bool,
        on_poll: Callable[[WorkflowRun], object] | None = None,
    ) -> None:
        for name, value in (("poll_interval_seconds", poll_interval_seconds), ("timeout_seconds", timeout_seconds)):
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not value > 0
                or not math.isfinite(value)
            ):
                raise ConfigurationError(f"{name} must be a positive number of seconds, not {value!r}")
        self.run_id = run_id
        self.poll_interval = float(poll_interval_seconds)
        self.timeout = float(timeout_seconds)
        self.started = _clock.monotonic()
        self.deadline = self.started + self.timeout
        self.on_status = on_status
        self.on_poll = on_poll
        self.return_when_waiting_for_human = return_when_waiting_for_human
        self.last_run: WorkflowRun | None = None
        self._last_status: str | None = None

    def observe(self, run: WorkflowRun) -> bool:
        """Record a fresh run; True when the wait is over."""
        # Imported here: the models load with the first parsed run, not with `import retab_runs`.
        from retab_runs_client.models import RunStatus

        from ._run_helpers import TERMINAL_STATUSES

        self.last_run = run
        status = run.status
        if status.value != self._last_status:
            self._last_status = status.value
            if not status.is_known:
                logger.warning("run %s has status %r, which this client does not know; still waiting", self.run_id,
                               status.value)  # fmt: skip
            if self.on_status is not None:
                self.on_status(run)
        if self.on_poll is not None:
            self.on_poll(run)
        if status in TERMINAL_STATUSES:
            return True
        return self.return_when_waiting_for_human and status is RunStatus.WAITING_FOR_HUMAN

    def note_transient(self, error: APIError) -> None:
        logger.info("polling run %s failed for now (%s); trying again", self.run_id, error.message)

    def next_sleep(self) -> float | None:
        """How long to sleep before the next poll, clamped to the time left; None once time is up."""
        left = self.deadline - _clock.monotonic()
        if left <= 0:
            return None
        return min(self.poll_interval, left)

    def expired(self) -> bool:
        return _clock.monotonic() >= self.deadline

    def timeout_error(self) -> WaitTimeoutError:
        waited = _clock.monotonic() - self.started
        last = f"; last status {self.last_run.status.value!r}" if self.last_run is not None else "; no answer yet"
        if self.last_run is not None:
            from ._run_helpers import waiting_nodes

            nodes = waiting_nodes(self.last_run)
            if nodes:
                last += f" (waiting for review at {', '.join(nodes)}: approve or reject it)"
        return WaitTimeoutError(
            f"run {self.run_id} did not finish within {self.timeout:g}s{last}",
            run_id=self.run_id,
            last_run=self.last_run,
            waited_seconds=waited,
        )
