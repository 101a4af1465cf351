"""``retab-runs watch``: follow a run until it ends, live in a terminal, line by line in a pipe."""

from __future__ import annotations

import math
import shlex
import sys
import time
from typing import Any, Protocol, TextIO

from retab_runs_client.models import WorkflowRun

from .. import APIError, Retab, WaitTimeoutError
from .._run_helpers import TERMINAL_STATUSES, find_step, waiting_nodes
from .._wait import is_transient
from ._arguments import GIVE_UP_AFTER
from ._failures import CommandFailed, failure_line
from ._summary import STEP_MARKS, cost_text, duration_text, step_line
from ._terminal import printable

__all__ = ["GIVE_UP_AFTER", "LiveView", "PlainView", "Trouble", "View", "review_lines", "watch"]

NOTICE_EVERY = 5.0
"""At most one line about failing polls per this many seconds."""

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
        print(f"[{time.monotonic() - self.started:6.1f}s] {printable(text)}", file=self.out, flush=True)

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
        from rich.markup import escape
        from rich.table import Table

        def text(value: str) -> str:  # neither terminal codes nor rich markup from the server
            return escape(printable(value))

        status = run.status.value
        style = STATUS_STYLE.get(status, "cyan")
        title = (
            f"[bold]{text(run.workflow_name)}[/] · {text(self.run_id)} · [{style}]{text(status)}[/] · "
            f"{time.monotonic() - self.started:.1f}s · {text(cost_text(run))}"
        )
        table = Table(title=title, title_justify="left", expand=False)
        for column in ("", "step", "type", "label", "status", "took"):
            table.add_column(column)
        for step in run.steps:
            step_status = step.status.value
            table.add_row(
                STEP_MARKS.get(step_status, "?"),
                text(step.step_id or step.node_id),
                text(step.node_type.value if step.node_type else "?"),
                text(step.node_label if isinstance(step.node_label, str) else ""),
                f"[{STATUS_STYLE.get(step_status, 'cyan')}]{text(step_status)}[/]",
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


class Trouble:
    """Says, on ``err``, why polls fail, at most every ``notice_every`` seconds; gives up after ``give_up_after``."""

    def __init__(self, run_id: str, err: TextIO, give_up_after: float, notice_every: float = NOTICE_EVERY) -> None:
        self.run_id = run_id
        self.err = err
        self.give_up_after = give_up_after
        self.notice_every = notice_every
        self.since: float | None = None
        self.last_notice = -math.inf

    def failed(self, error: APIError) -> None:
        """A poll failed; raises when the failure is not transient or has lasted too long."""
        if not is_transient(error):
            raise error
        now = time.monotonic()
        if self.since is None:
            self.since = now
        failing = now - self.since
        if failing >= self.give_up_after:
            raise CommandFailed(
                f"run {self.run_id}: no answer for {failing:.0f}s, giving up ({failure_line(error, self.run_id)}; "
                "--unreachable-timeout sets how long to keep trying)"
            )
        if now - self.last_notice >= self.notice_every:
            self.last_notice = now
            line = (
                f"retab-runs: polling run {self.run_id} failed ({failure_line(error, self.run_id)}); "
                f"still trying, for {self.give_up_after - failing:.0f}s more"
            )
            print(printable(line), file=self.err, flush=True)

    def recovered(self) -> None:
        if self.since is not None:
            print(printable(f"retab-runs: polling run {self.run_id} works again"), file=self.err, flush=True)
        self.since = None
        self.last_notice = -math.inf


def watch(
    client: Retab,
    run_id: str,
    *,
    interval: float,
    timeout: float,
    access_token: str | None,
    out: TextIO = sys.stdout,
    live: bool | None = None,
    err: TextIO = sys.stderr,
    give_up_after: float = GIVE_UP_AFTER,
    stop_at_review: bool = True,
) -> WorkflowRun:
    """Poll the run every ``interval`` seconds until it ends, showing each poll.

    With ``stop_at_review`` (the default) a run that waits for human review ends the
    watch too: the last lines name the nodes that wait and the commands that go on.

    Transient failures (connection trouble, 429, 5xx) are retried and reported on
    ``err``; after ``give_up_after`` seconds of them, or on any other failure (bad key,
    unknown run), the error is raised. WaitTimeoutError after ``timeout`` seconds.
    """
    view = make_view(out, run_id, live)
    trouble = Trouble(run_id, err, give_up_after)
    started = time.monotonic()
    deadline = started + timeout
    run: WorkflowRun | None = None
    try:
        while True:
            try:
                polled = client.workflows.runs.get(run_id, access_token=access_token)
            except APIError as error:
                trouble.failed(error)
            else:
                trouble.recovered()
                run = polled
                view.update(run)
                if run.status in TERMINAL_STATUSES or (stop_at_review and run.status.value == "waiting_for_human"):
                    break
            left = deadline - time.monotonic()
            if left <= 0:
                last = f"; last status {run.status.value!r}" if run is not None else "; no answer yet"
                raise WaitTimeoutError(f"run {run_id} did not finish within {timeout:g}s{last}", run_id=run_id,
                                       last_run=run, waited_seconds=time.monotonic() - started)  # fmt: skip
            time.sleep(min(interval, left))
    finally:
        view.close()
    assert run is not None  # the loop only ends on a finished run
    step_lines = [step_line(step) for step in run.steps if step.status.value == "error"]
    took = "" if run.status.value == "waiting_for_human" else f" in {duration_text(run.duration_ms)}"
    ended = f"run {run_id} {run.status.value}{took} · {cost_text(run)}"
    print(printable(ended), file=out)
    for line in step_lines:
        print(printable(f"  {line}"), file=out)
    if run.status.value == "waiting_for_human":
        for line in review_lines(run_id, run):
            print(printable(line), file=out)
    return run


def review_lines(run_id: str, run: WorkflowRun) -> list[str]:
    """What waits for review, and the commands that approve or reject it (not yet printable)."""
    nodes = waiting_nodes(run)
    if not nodes:
        return [f"  waits for human review (the server names no node: see retab-runs get {shlex.quote(run_id)})"]
    lines = []
    for node_id in nodes:
        step = find_step(run, node_id)
        named = step is not None and isinstance(step.node_label, str) and step.node_label
        label = f" ({step.node_label})" if step is not None and named else ""
        lines.append(f"  waits for human review at node {node_id}{label}")
    command = f"{shlex.quote(run_id)} {shlex.quote(nodes[0])}"
    lines.append(f"  approve: retab-runs approve {command} [--data JSON]")
    lines.append(f"  reject:  retab-runs reject {command}")
    return lines
