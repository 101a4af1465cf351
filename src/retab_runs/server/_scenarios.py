"""Runs whose state advances with time, from their first read.

A scenario is a list of timed events. ``render(elapsed, started)`` replays the
events up to ``elapsed`` seconds onto an empty run and returns the record: pure,
so any instant of a scenario can be looked at again, and every rendering is a
complete, schema-valid run.
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._workflows import Node, Workflow

__all__ = ["SCENARIOS", "Scenario"]

Record = dict[str, Any]
Apply = Callable[[Record, str], None]  # (run, ISO time of the event)


def iso(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.timezone.utc).isoformat().replace("+00:00", "Z")


@dataclass
class Scenario:
    """A run that moves from ``pending`` to its end as time passes."""

    run_id: str
    workflow_name: str
    summary: str
    events: list[tuple[float, Apply]] = field(default_factory=list)
    workflow: Workflow | None = None
    """The nodes it runs, for a scenario that waits for review: while it waits, a resume takes
    it over (it becomes a created run of this workflow, approved or rejected then)."""
    reviewed: dict[str, Any] = field(default_factory=dict)
    """What its review nodes are shown (node id -> data)."""

    @property
    def duration(self) -> float:
        """Seconds from the first read until the last event."""
        return max((at for at, _ in self.events), default=0.0)

    def at(self, seconds: float, apply: Apply) -> None:
        self.events.append((seconds, apply))

    def frame(self, elapsed: float) -> int:
        """How many events have happened after ``elapsed`` seconds: ``render`` is the same within a frame."""
        return sum(1 for at, _ in self.events if at <= elapsed)

    def render(self, elapsed: float, started: datetime.datetime, run_id: str | None = None) -> Record:
        run: Record = {
            "id": run_id or self.run_id,
            "workflow_id": "wf_" + self.run_id.removeprefix("run_"),
            "workflow_name": self.workflow_name,
            "organization_id": "org_demo",
            "config_snapshot_id": "cfg_" + self.run_id.removeprefix("run_"),
            "status": "pending",
            "execution_phase": "created",
            "trigger_type": "api",
            "started_at": iso(started),
            "completed_at": None,
            "duration_ms": None,
            "human_waiting_started_at": None,
            "human_waiting_duration_ms": 0,
            "steps": [],
            "input_documents": {
                "start-1": {"id": "file_demo", "filename": "invoice.pdf", "mime_type": "application/pdf"}
            },
            "final_outputs": None,
            "error": None,
            "cost_summary": {
                "total": 0.0,
                "input_cost": 0.0,
                "output_cost": 0.0,
                "total_tokens": 0,
                "prompt_tokens": 0,
                "completion_tokens": 0,
                "models": {},
            },  # fmt: skip
            "trace_spans": [],
            "cancel_confirmation_pending": False,
            "created_at": iso(started),
            "updated_at": iso(started),
            "waiting_for_node_ids": [],
            "executed_node_ids": [],
            "resume_queue": [],
            "active_resume": None,
            "run_resume_status": "idle",
            "hil_signal_states": {},
        }
        for at, apply in sorted(self.events, key=lambda e: e[0]):
            if at > elapsed:
                break
            stamp = iso(started + datetime.timedelta(seconds=at))
            apply(run, stamp)
            run["updated_at"] = stamp
        return copy.deepcopy(run)


# -- building blocks -------------------------------------------------------------------------


def _ms_between(start: str, end: str) -> int:
    return round((_parse(end) - _parse(start)).total_seconds() * 1000)


def _parse(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _step(run: Record, step_id: str) -> Record:
    return next(s for s in run["steps"] if s["step_id"] == step_id)


def _span(run: Record, span_id: str) -> Record:
    pending: list[Record] = list(run["trace_spans"])
    while pending:
        span = pending.pop()
        if span["id"] == span_id:
            return span
        pending.extend(span.get("children") or [])
    raise KeyError(span_id)


def set_fields(**values: Any) -> Apply:
    def apply(run: Record, now: str) -> None:
        run.update(copy.deepcopy(values))

    return apply


def run_starts() -> Apply:
    def apply(run: Record, now: str) -> None:
        run.update(status="running", execution_phase="running")
        run["trace_spans"].append({"id": "span-root", "name": run["workflow_name"], "type": "workflow", "duration": 0,
                                   "start_time": now, "end_time": now, "status": None, "children": [],
                                   "relative_start_ms": 0})  # fmt: skip

    return apply


def step_starts(
    node_id: str, node_type: str, label: str, *, step_id: str | None = None, parent_span: str = "span-root",
    loop: tuple[str, int] | None = None, model: str | None = None,
) -> Apply:  # fmt: skip
    sid = step_id or node_id

    def apply(run: Record, now: str) -> None:
        step: Record = {"node_id": node_id, "step_id": sid, "node_type": node_type, "node_label": label,
                        "status": "running", "started_at": now, "completed_at": None, "duration_ms": None}  # fmt: skip
        if loop is not None:
            container, iteration = loop
            step.update(loop_id=container, iteration=iteration, iteration_context={"containers": [
                {"container_id": container, "iteration": iteration, "is_parallel": False, "parallel_item_index": None}
            ]})  # fmt: skip
        if model:
            step["model"] = model
        run["steps"].append(step)
        span: Record = {"id": f"span-{sid}", "name": label, "type": "block", "duration": 0, "start_time": now,
                        "end_time": now, "status": None, "children": [], "block_id": node_id,
                        "relative_start_ms": _ms_between(run["started_at"], now)}  # fmt: skip
        if loop is not None:
            span.update(loop_id=loop[0], iteration_index=loop[1])
        _span(run, parent_span)["children"].append(span)

    return apply


def step_completes(step_id: str, *, tokens: tuple[int, int] | None = None, model: str = "gpt-5.2") -> Apply:
    def apply(run: Record, now: str) -> None:
        step = _step(run, step_id)
        step.update(status="completed", completed_at=now, duration_ms=_ms_between(step["started_at"], now))
        span = _span(run, f"span-{step_id}")
        span.update(end_time=now, duration=step["duration_ms"], status="success")
        if tokens is not None:
            prompt, completion = tokens
            usage = {"input": prompt, "output": completion, "total": prompt + completion}
            cost = {"input": round(prompt * 2.5e-6, 6), "output": round(completion * 1e-5, 6)}
            cost["total"] = round(cost["input"] + cost["output"], 6)
            step.update(model=model, tokens=dict(usage), cost={**cost, "tokens": dict(usage), "model": model})
            span["children"].append({"id": f"span-{step_id}-model", "name": model, "type": "model",
                                     "duration": step["duration_ms"], "start_time": step["started_at"],
                                     "end_time": now, "status": "success", "model": model, "tokens": dict(usage),
                                     "cost": dict(cost)})  # fmt: skip
            summary = run["cost_summary"]
            summary["total"] = round(summary["total"] + cost["total"], 6)
            summary["input_cost"] = round(summary["input_cost"] + cost["input"], 6)
            summary["output_cost"] = round(summary["output_cost"] + cost["output"], 6)
            summary["prompt_tokens"] += prompt
            summary["completion_tokens"] += completion
            summary["total_tokens"] += prompt + completion
            entry = summary["models"].setdefault(model, {"input": 0.0, "output": 0.0, "total": 0.0,
                                                         "tokens": {"input": 0, "output": 0, "total": 0}})  # fmt: skip
            for key in ("input", "output", "total"):
                entry[key] = round(entry[key] + cost[key], 6)
                entry["tokens"][key] += usage[key]
        if step["node_id"] not in run["executed_node_ids"]:
            run["executed_node_ids"].append(step["node_id"])

    return apply


def step_fails(step_id: str, message: str) -> Apply:
    def apply(run: Record, now: str) -> None:
        step = _step(run, step_id)
        step.update(status="error", completed_at=now, duration_ms=_ms_between(step["started_at"], now), error=message,
                    error_stage="execution", error_category="transient")  # fmt: skip
        _span(run, f"span-{step_id}").update(end_time=now, duration=step["duration_ms"], status="error")

    return apply


def steps_skipped(*nodes: tuple[str, str, str]) -> Apply:
    def apply(run: Record, now: str) -> None:
        for node_id, node_type, label in nodes:
            run["steps"].append({"node_id": node_id, "step_id": node_id, "node_type": node_type, "node_label": label,
                                 "status": "skipped"})  # fmt: skip

    return apply


def run_ends(status: str, **extra: Any) -> Apply:
    def apply(run: Record, now: str) -> None:
        run.update(status=status, completed_at=now, duration_ms=_ms_between(run["started_at"], now))
        run.update(copy.deepcopy(extra))
        root = _span(run, "span-root")
        root.update(end_time=now, duration=run["duration_ms"], status="success" if status == "completed" else "error")

    return apply


def review_waits(step_id: str) -> Apply:
    def apply(run: Record, now: str) -> None:
        _step(run, step_id).update(status="waiting_for_human", requires_human_review=True)
        run.update(status="waiting_for_human", human_waiting_started_at=now, waiting_for_node_ids=[step_id],
                   run_resume_status="waiting_for_human")  # fmt: skip
        run["hil_signal_states"][step_id] = {"status": "idle", "attempts": 0}

    return apply


def review_approved(step_id: str) -> Apply:
    def apply(run: Record, now: str) -> None:
        run["resume_queue"].append({"id": "rq_1", "node_id": step_id, "approved": True, "modified_data": None,
                                    "queued_at": now, "status": "processing"})  # fmt: skip
        run["active_resume"] = {"queue_item_id": "rq_1", "node_id": step_id, "claimed_at": now, "timeout_seconds": 300}
        waited = _ms_between(run["human_waiting_started_at"], now)
        run.update(status="running", human_waiting_started_at=None, waiting_for_node_ids=[],
                   human_waiting_duration_ms=run["human_waiting_duration_ms"] + waited,
                   run_resume_status="resuming")  # fmt: skip
        run["hil_signal_states"][step_id] = {"status": "accepted", "attempts": 1, "last_attempt_at": now,
                                             "signaled_at": now, "accepted_at": now}  # fmt: skip
        _step(run, step_id)["status"] = "running"

    return apply


def resume_done() -> Apply:
    def apply(run: Record, now: str) -> None:
        for item in run["resume_queue"]:
            item["status"] = "completed"
        run.update(active_resume=None, run_resume_status="fully_resumed")

    return apply


INVOICE = {"invoice_number": "INV-2026-0042", "total_amount": 1234.56, "vendor_name": "Acme Corp"}


def _progress() -> Scenario:
    s = Scenario("run_demo_progress", "Invoice Processing", "queued, runs step by step, waits for review, completes")
    s.workflow = Workflow("wf_demo_progress", "Invoice Processing", (Node("start-1", "start", "Invoice Input"),),
                          (Node("extract-1", "extract", "Extract Invoice"), Node("review-1", "hil", "Check Totals"),
                           Node("end-1", "end", "Output")))  # fmt: skip
    s.reviewed = {"review-1": INVOICE}
    s.at(0.4, set_fields(status="queued", execution_phase="dispatching"))
    s.at(0.8, set_fields(execution_phase="started"))
    s.at(1.0, run_starts())
    s.at(1.0, step_starts("start-1", "start", "Invoice Input"))
    s.at(1.4, step_completes("start-1"))
    s.at(1.4, step_starts("extract-1", "extract", "Extract Invoice", model="gpt-5.2"))
    s.at(3.2, step_completes("extract-1", tokens=(4200, 380)))
    s.at(3.2, step_starts("review-1", "hil", "Check Totals"))
    s.at(3.3, review_waits("review-1"))
    s.at(5.3, review_approved("review-1"))
    s.at(5.6, step_completes("review-1"))
    s.at(5.6, resume_done())
    s.at(5.6, step_starts("end-1", "end", "Output"))
    s.at(6.0, step_completes("end-1"))
    s.at(6.0, run_ends("completed", final_outputs={"end-1": {"label": "Output", "json_data": INVOICE}}))
    return s


def _error() -> Scenario:
    s = Scenario("run_demo_error", "Invoice Export", "fails in its API call step")
    s.at(0.3, set_fields(status="queued", execution_phase="dispatching"))
    s.at(0.6, run_starts())
    s.at(0.6, step_starts("start-1", "start", "Invoice Input"))
    s.at(0.9, step_completes("start-1"))
    s.at(0.9, step_starts("extract-1", "extract", "Extract Invoice", model="gpt-5.2"))
    s.at(2.2, step_completes("extract-1", tokens=(3900, 350)))
    s.at(2.2, step_starts("api-1", "api_call", "Post to ERP"))
    s.at(3.4, step_fails("api-1", "ERP answered 503 three times"))
    s.at(3.4, steps_skipped(("end-1", "end", "Output")))
    s.at(3.4, run_ends("error", error="Step api-1 failed: ERP answered 503 three times", error_stage="execution",
                       error_details={"block_id": "api-1", "block_name": "Post to ERP",
                                      "error_code": "UPSTREAM_UNAVAILABLE", "stack_trace": None,
                                      "context": {"attempts": 3}}))  # fmt: skip
    return s


def _cancelled() -> Scenario:
    s = Scenario("run_demo_cancelled", "Bulk Classification", "is cancelled while extracting")
    s.at(0.3, set_fields(status="queued", execution_phase="dispatching"))
    s.at(0.6, run_starts())
    s.at(0.6, step_starts("start-1", "start", "Batch Input"))
    s.at(0.9, step_completes("start-1"))
    s.at(0.9, step_starts("classify-1", "classifier", "Classify Pages", model="gpt-5.2"))
    s.at(2.0, lambda run, now: run.update(cancel_requested_at=now, cancel_confirmation_pending=True))
    s.at(2.8, step_fails("classify-1", "cancelled"))
    s.at(2.8, lambda run, now: _step(run, "classify-1").update(status="cancelled", error_category=None,
                                                               error_stage=None))  # fmt: skip
    s.at(2.8, steps_skipped(("end-1", "end", "Output")))
    s.at(2.8, run_ends("cancelled", cancel_confirmation_pending=False))
    return s


def _loop() -> Scenario:
    s = Scenario("run_demo_loop", "Line Item Extraction", "extracts three items in a for_each loop, nested spans")
    s.at(0.3, set_fields(status="queued", execution_phase="dispatching"))
    s.at(0.6, run_starts())
    s.at(0.6, step_starts("start-1", "start", "Invoice Input"))
    s.at(0.9, step_completes("start-1"))
    s.at(0.9, step_starts("for_each-1", "for_each", "Each Line Item"))
    at = 0.9
    for i in range(3):
        iteration_span = f"for_each-1_iter_{i}"

        def open_iteration(run: Record, now: str, i: int = i, span_id: str = iteration_span) -> None:
            _span(run, "span-for_each-1")["children"].append(
                {"id": f"span-{span_id}", "name": f"Item {i + 1}", "type": "loop", "duration": 0, "start_time": now,
                 "end_time": now, "status": None, "children": [], "loop_id": "for_each-1", "iteration_index": i,
                 "relative_start_ms": _ms_between(run["started_at"], now)})  # fmt: skip

        s.at(at, open_iteration)
        step_id = f"for_each-1_iter_{i}_extract-2"
        s.at(at, step_starts("extract-2", "extract", "Extract Line", step_id=step_id, loop=("for_each-1", i),
                             parent_span=f"span-{iteration_span}", model="gpt-5.2"))  # fmt: skip
        at += 1.0
        s.at(at, step_completes(step_id, tokens=(1200 + 100 * i, 90)))

        def close_iteration(run: Record, now: str, span_id: str = iteration_span) -> None:
            span = _span(run, f"span-{span_id}")
            span.update(end_time=now, duration=_ms_between(span["start_time"], now), status="success")

        s.at(at, close_iteration)
    s.at(at, step_completes("for_each-1"))
    s.at(at, step_starts("end-1", "end", "Output"))
    s.at(at + 0.3, step_completes("end-1"))
    items = [{"line": i + 1, "amount": 100.0 * (i + 1)} for i in range(3)]
    s.at(at + 0.3, run_ends("completed", final_outputs={"end-1": {"document": {"id": "file_demo",
         "filename": "invoice.pdf", "mime_type": "application/pdf"}, "data": {"items": items}}}))  # fmt: skip
    return s


SCENARIOS: dict[str, Scenario] = {s.run_id: s for s in (_progress(), _error(), _cancelled(), _loop())}
