"""``retab-runs watch``: follow a run until it ends, live in a terminal, line by line in a pipe."""

from __future__ import annotations

import sys
import time
from typing import Any, Protocol, TextIO

from retab_runs_client.models import WorkflowRun

from .. import Retab
from ._summary import STEP_MARKS, cost_text, duration_text, step_line

__all__ = ["LiveView", "PlainView", "View", "watch"]

STATUS_STYLE = {"completed": "green", "error": "red", "cancelled": "yellow", "waiting_for_human": "magenta"}


class View(Protocol):
    def update(self, run: WorkflowRun) -> None: ...

    def close(self) -> None: ...


class PlainView:
    """One line per change, no control codes: for pipes, logs and CI."""

    def __init__(self, out: TextIO, run_id: str) -> None:
        self.out = out
        self.run_id = run_id
        self.started = time.monotonic()
        self.status: str | None = None
        self.steps: dict[str, str] = {}

    def _say(self, text: str) -> None:
        print(f"[{time.monotonic() - self.started:6.1f}s] {text}", file=self.out, flush=True)

    def update(self, run: WorkflowRun) -> None:
        if run.status.value != self.status:
            self.status = run.status.value
            self._say(f"run {self.run_id}: {self.status}")
        for step in run.steps:
            key = step.step_id or step.node_id
            if self.steps.get(key) != step.status.value:
                self.steps[key] = step.status.value
                mark = STEP_MARKS.get(step.status.value, "?")
                kind = step.node_type.value if step.node_type else "?"
                took = f" in {duration_text(step.duration_ms)}" if isinstance(step.duration_ms, int) else ""
                error = f": {step.error}" if isinstance(step.error, str) and step.error else ""
                self._say(f"  {mark} step {key} ({kind}) {step.status.value}{took}{error}")

    def close(self) -> None:
        pass


class LiveView:
    """A table of the run and its steps, redrawn in place (rich)."""

    def __init__(self, out: TextIO, run_id: str) -> None:
        from rich.console import Console
        from rich.live import Live

        self.run_id = run_id
        self.started = time.monotonic()
        self.console = Console(file=out)
        self.live = Live(console=self.console, refresh_per_second=8, transient=False)
        self.live.start()

    def _table(self, run: WorkflowRun) -> Any:
        from rich.table import Table

        status = run.status.value
        style = STATUS_STYLE.get(status, "cyan")
        title = (
            f"[bold]{run.workflow_name}[/] · {self.run_id} · [{style}]{status}[/] · "
            f"{time.monotonic() - self.started:.1f}s · {cost_text(run)}"
        )
        table = Table(title=title, title_justify="left", expand=False)
        for column in ("", "step", "type", "label", "status", "took"):
            table.add_column(column)
        for step in run.steps:
            step_status = step.status.value
            table.add_row(
                STEP_MARKS.get(step_status, "?"),
                step.step_id or step.node_id,
                step.node_type.value if step.node_type else "?",
                step.node_label if isinstance(step.node_label, str) else "",
                f"[{STATUS_STYLE.get(step_status, 'cyan')}]{step_status}[/]",
                duration_text(step.duration_ms),
            )
        return table

    def update(self, run: WorkflowRun) -> None:
        self.live.update(self._table(run), refresh=True)

    def close(self) -> None:
        self.live.stop()


def make_view(out: TextIO, run_id: str, live: bool | None = None) -> View:
    """A live table when ``out`` is a terminal (and rich is installed), else plain lines."""
    asked = live is True
    if live is None:
        live = out.isatty()
    if live:
        try:
            return LiveView(out, run_id)
        except ImportError:
            if asked:
                print("retab-runs: the live table needs the cli extra: pip install 'retab-runs[cli]'; "
                      "plain lines instead", file=sys.stderr)  # fmt: skip
    return PlainView(out, run_id)


def watch(
    client: Retab,
    run_id: str,
    *,
    interval: float,
    timeout: float,
    access_token: str | None,
    out: TextIO = sys.stdout,
    live: bool | None = None,
) -> WorkflowRun:
    """Follow the run until it ends (``wait_for_completion``), showing each poll."""
    view = make_view(out, run_id, live)
    try:
        run = client.workflows.runs.wait_for_completion(
            run_id, poll_interval_seconds=interval, timeout_seconds=timeout, access_token=access_token,
            on_poll=view.update,
        )  # fmt: skip
    finally:
        view.close()
    step_lines = [step_line(step) for step in run.steps if step.status.value == "error"]
    ended = f"run {run_id} {run.status.value} in {duration_text(run.duration_ms)} · {cost_text(run)}"
    print(ended, file=out)
    for line in step_lines:
        print(f"  {line}", file=out)
    return run
