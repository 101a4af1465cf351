"""How a run reads in a terminal: a summary for ``get``, one-line events for ``watch``."""

from __future__ import annotations

import datetime
import json
from typing import Any

from retab_runs_client.models import FinalNodeOutput, StepStatusSummary, WorkflowRun

from ._terminal import printable

__all__ = ["STEP_MARKS", "cost_text", "duration_text", "run_summary", "step_line", "when"]

STEP_MARKS = {
    "completed": "✓",
    "error": "✗",
    "running": "▶",
    "waiting_for_human": "⏸",
    "skipped": "–",
    "cancelled": "■",
    "pending": "·",
    "queued": "·",
}


def when(value: datetime.datetime | None) -> str:
    if value is None:
        return "-"
    text = value.isoformat(sep=" ", timespec="seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def duration_text(ms: int | None) -> str:
    if ms is None:
        return "-"
    if ms < 1000:
        return f"{ms}ms"
    if ms < 60_000:
        return f"{ms / 1000:.1f}s"
    minutes, seconds = divmod(ms // 1000, 60)
    return f"{minutes}m{seconds:02d}s"


def cost_text(run: WorkflowRun) -> str:
    summary = run.cost_summary
    if summary is None or (summary.total == 0 and summary.total_tokens == 0):
        return "-"
    text = f"${summary.total:.4f} · {summary.total_tokens:,} tokens"
    if summary.models:
        text += " (" + ", ".join(f"{name} ${entry.total:.4f}" for name, entry in summary.models.items()) + ")"
    return text


def step_line(step: StepStatusSummary) -> str:
    mark = STEP_MARKS.get(step.status.value, "?")
    kind = step.node_type.value if step.node_type is not None else "?"
    label = step.node_label or ""
    name = step.step_id or step.node_id
    line = f"{mark} {name:<28} {kind:<12} {label:<22} {step.status.value:<18} {duration_text(step.duration_ms)}"
    if step.error:
        line += f"  {step.error}"
    return line.rstrip()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def run_summary(run: WorkflowRun) -> str:
    """The run as a few readable lines: status, timings, steps, costs, outputs, errors.

    Every line is ``printable``: what the server sent cannot drive the terminal.
    """
    name = run.workflow_name
    lines = [f"Run {run.id or '?'} · {name} ({run.workflow_id})"]
    lines.append(f"  Status     {run.status.value}" + ("" if run.status.is_known else " (not known to this client)"))
    lines.append(f"  Started    {when(run.started_at)}")
    lines.append(f"  Completed  {when(run.completed_at)}")
    lines.append(f"  Duration   {duration_text(run.duration_ms)}")
    if run.human_waiting_duration_ms:
        lines.append(f"  In review  {duration_text(run.human_waiting_duration_ms)}")
    if run.waiting_for_node_ids:
        lines.append(f"  Waiting on {', '.join(run.waiting_for_node_ids)}")
    lines.append(f"  Cost       {cost_text(run)}")
    if run.error:
        stage = run.error_stage.value if run.error_stage is not None else ""
        lines.append(f"  Error      {run.error}" + (f" (stage: {stage})" if stage else ""))
    if run.cancel_requested_at is not None:
        lines.append(f"  Cancelled  requested {when(run.cancel_requested_at)}")
    lines.append(f"  Steps ({len(run.steps)})")
    lines.extend("    " + step_line(step) for step in run.steps)
    outputs = run.final_outputs
    if outputs:
        lines.append("  Outputs")
        for node_id, output in outputs.items():
            if not isinstance(output, FinalNodeOutput):  # any other JSON value, shown as it came
                lines.append(f"    {node_id}: {_json(output)}")
                continue
            data = output.json_data if isinstance(output.json_data, dict) else output.data
            lines.append(f"    {node_id}: {_json(data if isinstance(data, dict) else output.to_dict())}")
    return "\n".join(printable(line) for line in lines)
