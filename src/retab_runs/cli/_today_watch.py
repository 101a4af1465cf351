"""Following a run of today's API (2026-08-16): its lifecycle and its steps' lifecycles, live or line by line."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

from .. import APIError
from ..v2026_08_16 import WaitTimeoutError, run_status, waiting_blocks
from ..v2026_08_16._helpers import TERMINAL
from ._terminal import printable
from ._watch import GIVE_UP_AFTER, STATUS_STYLE, Trouble

if TYPE_CHECKING:
    from retab_runs_client.v2026_08_16.models import WorkflowRun, WorkflowStep

    from ..v2026_08_16 import Retab

__all__ = ["lifecycle_text", "watch_today"]

STYLE = {**STATUS_STYLE, "awaiting_review": "magenta", "skipped": "dim"}
MARKS = {"completed": "✓", "error": "✗", "cancelled": "⊘", "running": "▶", "awaiting_review": "⏸", "skipped": "·",
         "pending": " ", "queued": " "}  # fmt: skip


def lifecycle_text(lifecycle: Any) -> str:
    """``status``, and what today's lifecycle says beside it (the blocks awaiting review, the error)."""
    status = str(lifecycle.status)
    blocks = getattr(lifecycle, "waiting_for_block_ids", None)
    if blocks:
        return f"{status} (review at {', '.join(blocks)})"
    message = getattr(lifecycle, "message", None)
    if isinstance(message, str) and message:
        return f"{status}: {message}"
    reason = getattr(lifecycle, "reason", None)
    if isinstance(reason, str) and reason:
        return f"{status}: {reason}"
    return status


class _Plain:
    def __init__(self, out: TextIO, run_id: str) -> None:
        self.out, self.run_id, self.started = out, run_id, time.monotonic()
        self.seen: dict[str, str] = {}

    def _say(self, text: str) -> None:
        print(f"[{time.monotonic() - self.started:6.1f}s] {printable(text)}", file=self.out, flush=True)

    def update(self, run: WorkflowRun, steps: list[WorkflowStep]) -> None:
        now = lifecycle_text(run.lifecycle)
        if self.seen.get("") != now:
            self.seen[""] = now
            self._say(f"run {self.run_id}: {now}")
        for step in steps:
            text = lifecycle_text(step.lifecycle)
            if self.seen.get(step.step_id) != text:
                self.seen[step.step_id] = text
                mark = MARKS.get(str(step.lifecycle.status), "?")
                self._say(f"  {mark} block {step.block_id} ({step.block_type}) {text}")

    def close(self) -> None:
        pass


class _Live:
    def __init__(self, out: TextIO, run_id: str) -> None:
        from rich.console import Console
        from rich.live import Live

        self.run_id, self.started = run_id, time.monotonic()
        self.live = Live(console=Console(file=out), refresh_per_second=8, transient=False)
        self.live.start()

    def update(self, run: WorkflowRun, steps: list[WorkflowStep]) -> None:
        from rich.markup import escape
        from rich.table import Table

        def text(value: object) -> str:
            return escape(printable(str(value)))

        status = str(run.lifecycle.status)
        title = (f"[bold]{text(run.workflow_id)}[/] · {text(self.run_id)} · "
                 f"[{STYLE.get(status, 'cyan')}]{text(lifecycle_text(run.lifecycle))}[/] · "
                 f"{time.monotonic() - self.started:.1f}s")  # fmt: skip
        table = Table(title=title, title_justify="left", expand=False)
        for column in ("", "block", "type", "label", "lifecycle"):
            table.add_column(column)
        for step in steps:
            state = str(step.lifecycle.status)
            table.add_row(MARKS.get(state, "?"), text(step.block_id), text(step.block_type), text(step.block_label),
                          f"[{STYLE.get(state, 'cyan')}]{text(lifecycle_text(step.lifecycle))}[/]")  # fmt: skip
        self.live.update(table, refresh=True)

    def close(self) -> None:
        self.live.stop()


def watch_today(
    client: Retab,
    run_id: str,
    *,
    interval: float,
    timeout: float,
    out: TextIO = sys.stdout,
    live: bool | None = None,
    err: TextIO = sys.stderr,
    give_up_after: float = GIVE_UP_AFTER,
    stop_at_review: bool = True,
) -> WorkflowRun:
    """Poll the run and its steps every ``interval`` seconds until it ends (or awaits a review), showing each poll.

    Transient failures are retried and reported on ``err`` (``Trouble``); others raise.
    Raises WaitTimeoutError after ``timeout`` seconds.
    """
    view: _Plain | _Live = _Plain(out, run_id)
    if live if live is not None else out.isatty():
        try:
            view = _Live(out, run_id)
        except ImportError:
            pass
    trouble = Trouble(run_id, err, give_up_after)
    started = time.monotonic()
    run: WorkflowRun | None = None
    try:
        while True:
            try:
                polled = client.workflows.runs.get(run_id)
                steps = list(client.workflows.steps.list(run_id=run_id, limit=1000))
            except APIError as error:
                trouble.failed(error)
            else:
                trouble.recovered()
                run = polled
                view.update(run, steps)
                status = run_status(run)
                if status in TERMINAL or (stop_at_review and status == "awaiting_review"):
                    break
            left = started + timeout - time.monotonic()
            if left <= 0:
                last = f"; last status {run_status(run)!r}" if run is not None else "; no answer yet"
                raise WaitTimeoutError(f"run {run_id} did not finish within {timeout:g}s{last}", run_id=run_id,
                                       last_run=run, waited_seconds=time.monotonic() - started)  # fmt: skip
            time.sleep(min(interval, left))
    finally:
        view.close()
    assert run is not None
    print(printable(f"run {run_id} {lifecycle_text(run.lifecycle)}"), file=out)
    for block in waiting_blocks(run):
        print(printable(f"  awaits review at block {block} (reviews are outside the runs API: settle it in Retab)"),
              file=out)  # fmt: skip
    return run
