"""Runs created through the API: state that advances with time and changes on command.

A ``LiveRun`` holds its record as of the last event applied, and the events still to
come, in scenario seconds since creation (``RunStore.speed`` scales them). Reading the
run applies the events that are due; ``approve``, ``reject`` and ``cancel`` act at the
present instant. Event times are written into the record as the creation time plus
scenario seconds, as the built-in scenarios do.

Timeline of a created run (scenario seconds): queued at 0.2, started at 0.4, the start
nodes run from 0.5 to 0.7, the extract node until 1.8; then either the end node
completes the run at 2.0, or (``wf_demo_review``) the review node waits from 1.9 until a
resume. An approval completes the review 0.3 s later and the run 0.3 s after that; a
rejection ends the run in ``error`` at the review node at once.
"""

from __future__ import annotations

import copy
import datetime
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._scenarios import Record, iso, run_starts, step_completes, step_starts
from ._workflows import Node, Workflow

__all__ = ["ConflictError", "Document", "LiveRun", "TERMINAL"]

TERMINAL = frozenset({"completed", "error", "cancelled"})
EXTRACTED = {"invoice_number": "INV-2026-0042", "total_amount": 1234.56, "vendor_name": "Acme Corp"}
Apply = Callable[[Record, str], None]


class ConflictError(Exception):
    """The run is not in a state that allows the command (answered 409)."""


@dataclass(frozen=True)
class Document:
    """An input document as uploaded: its metadata in the run, and its bytes."""

    file_id: str
    filename: str
    mime_type: str
    content: bytes

    def meta(self) -> dict[str, str]:
        return {"id": self.file_id, "filename": self.filename, "mime_type": self.mime_type}


@dataclass
class LiveRun:
    """A run created through the API (or restarted, or a built-in run cancelled mid-way)."""

    record: Record
    created: float  # the store's clock at creation
    workflow: Workflow | None = None
    documents: dict[str, Document] = field(default_factory=dict)
    outputs: dict[str, Any] = field(default_factory=dict)  # node id -> what the node produced
    inputs: dict[str, Any] = field(default_factory=dict)  # node id -> what the node received
    pending: list[tuple[float, Apply]] = field(default_factory=list)
    elapsed: float = 0.0  # scenario seconds the record shows
    body: bytes | None = None  # the encoded record, until it changes
    held: tuple[int, int] = (0, 0)  # (document bytes, all bytes) it holds, counted against the store's bounds

    @property
    def run_id(self) -> str:
        return str(self.record["id"])

    @property
    def status(self) -> str:
        return str(self.record.get("status"))

    def started(self) -> datetime.datetime:
        return datetime.datetime.fromtimestamp(self.created, datetime.timezone.utc)

    def stamp(self, at: float) -> str:
        return iso(self.started() + datetime.timedelta(seconds=at))

    def at(self, seconds: float, apply: Apply) -> None:
        self.pending.append((seconds, apply))
        self.pending.sort(key=lambda event: event[0])

    def advance(self, elapsed: float) -> None:
        """Apply the events due by ``elapsed`` scenario seconds."""
        elapsed = max(elapsed, self.elapsed)
        while self.pending and self.pending[0][0] <= elapsed:
            at, apply = self.pending.pop(0)
            stamp = self.stamp(at)
            apply(self.record, stamp)
            self.record["updated_at"] = stamp
            self.body = None
        self.elapsed = elapsed

    def forget(self) -> None:
        """Drop what it holds now that the store has let it go (its scheduled events refer back to
        it: without this, its inputs would wait for the cycle collector to be freed)."""
        self.pending.clear()
        self.outputs.clear()
        self.inputs.clear()
        self.documents.clear()
        self.body = None

    # -- building ------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        run_id: str,
        workflow: Workflow,
        created: float,
        *,
        trigger_type: str,
        documents: dict[str, Document],
        json_inputs: dict[str, Any],
        text_inputs: dict[str, str],
    ) -> LiveRun:
        """A new run of ``workflow``, pending, with its whole timeline scheduled.

        The record and the start nodes' outputs share ``json_inputs`` and ``text_inputs``
        (no event changes them): a large input is held once.
        """
        started = iso(datetime.datetime.fromtimestamp(created, datetime.timezone.utc))
        short = run_id.removeprefix("run_")
        record: Record = {
            "id": run_id, "workflow_id": workflow.workflow_id, "workflow_name": workflow.name,
            "organization_id": "org_demo", "config_snapshot_id": f"cfg_{short}", "status": "pending",
            "execution_phase": "created", "trigger_type": trigger_type, "started_at": started,
            "completed_at": None, "duration_ms": None, "human_waiting_started_at": None,
            "human_waiting_duration_ms": 0, "steps": [],
            "input_documents": {node: doc.meta() for node, doc in documents.items()} or None,
            "input_json_data": json_inputs or None, "input_text_data": text_inputs or None,
            "final_outputs": None, "error": None,
            "cost_summary": {"total": 0.0, "input_cost": 0.0, "output_cost": 0.0, "total_tokens": 0,
                             "prompt_tokens": 0, "completion_tokens": 0, "models": {}},
            "trace_spans": [], "cancel_confirmation_pending": False, "created_at": started, "updated_at": started,
            "waiting_for_node_ids": [], "executed_node_ids": [], "resume_queue": [], "active_resume": None,
            "run_resume_status": "idle", "hil_signal_states": {},
        }  # fmt: skip
        live = cls(record, created, workflow, dict(documents))
        live._schedule(json_inputs, text_inputs)
        return live

    def _schedule(self, json_inputs: dict[str, Any], text_inputs: dict[str, str]) -> None:
        assert self.workflow is not None
        workflow = self.workflow
        self.at(0.2, _set(status="queued", execution_phase="dispatching"))
        self.at(0.4, _set(execution_phase="started"))
        self.at(0.5, run_starts())
        extract_input: dict[str, Any] = {}
        for start in workflow.starts:
            self.at(0.5, step_starts(start.id, start.type, start.label))
            if start.id in self.documents:
                output: dict[str, Any] = {"document": self.documents[start.id].meta()}
            elif start.id in json_inputs:
                output = {"data": json_inputs[start.id]}
            elif start.id in text_inputs:
                output = {"text": text_inputs[start.id]}
            else:
                output = {}
            self._output_at(0.7, start.id, output)
            self.at(0.7, step_completes(start.id))
            extract_input[start.id] = output
        extract, *rest = workflow.body
        self.inputs[extract.id] = extract_input
        self.at(0.7, step_starts(extract.id, extract.type, extract.label, model="gpt-5.2"))
        data = dict(EXTRACTED)
        filenames = [doc.filename for doc in self.documents.values()]
        if filenames:
            data["document"] = filenames[0]
        self._output_at(1.8, extract.id, {"data": data})
        self.at(1.8, step_completes(extract.id, tokens=(4200, 380)))
        review = workflow.review
        if review is not None:
            self.inputs[review.id] = {"data": data}
            self.at(1.8, step_starts(review.id, review.type, review.label))
            self.at(1.9, _review_waits(review.id))
        else:
            self._finish(1.8, data)

    def _output_at(self, seconds: float, node_id: str, output: dict[str, Any]) -> None:
        def apply(run: Record, now: str) -> None:
            self.outputs[node_id] = output

        self.at(seconds, apply)

    def _finish(self, at: float, data: dict[str, Any]) -> None:
        """The end node runs from ``at`` and completes the run 0.2 s later."""
        assert self.workflow is not None
        end = self.workflow.body[-1]
        self.inputs[end.id] = {"data": data}
        self.at(at, step_starts(end.id, end.type, end.label))
        self._output_at(at + 0.2, end.id, {"data": data})
        self.at(at + 0.2, step_completes(end.id))
        final = {end.id: {"label": end.label, "json_data": copy.deepcopy(data)}}
        self.at(at + 0.2, _run_ends("completed", final_outputs=final))

    # -- commands ------------------------------------------------------------------------------

    def waits_at(self, node_id: str) -> bool:
        return self.status == "waiting_for_human" and node_id in self.record.get("waiting_for_node_ids", [])

    def resume(self, node_id: str, approved: bool, modified_data: dict[str, Any] | None) -> str:
        """Approve or reject the review at ``node_id`` now; returns the queue item id.

        Raises ConflictError unless the run waits at that node.
        """
        if self.workflow is None or not self.waits_at(node_id):
            waiting = self.record.get("waiting_for_node_ids") or []
            where = f"it waits at {', '.join(waiting)}" if waiting else f"its status is {self.status}"
            raise ConflictError(f"Workflow run is not waiting for review at node {node_id!r} ({where})")
        now = self.elapsed
        item_id = "rq_" + secrets.token_hex(6)
        node = self.workflow.node(node_id)
        label = node.label if node is not None else node_id
        reviewed = self.inputs.get(node_id, {}).get("data", {})
        data = copy.deepcopy(modified_data) if modified_data is not None else copy.deepcopy(reviewed)
        self.at(now, _resume_claimed(item_id, node_id, approved, modified_data))
        if approved:
            self._output_at(now + 0.3, node_id, {"data": data, "approved": True})
            self.at(now + 0.3, step_completes(node_id))
            self.at(now + 0.3, _resume_done())
            self._finish(now + 0.3, data)
        else:
            self._output_at(now, node_id, {"data": reviewed, "approved": False})
            self.at(now, _rejected(node_id, label, self.workflow.nodes))
        self.advance(now)
        return item_id

    def cancel(self) -> None:
        """Cancel now: running steps are cancelled, later nodes skipped. Raises ConflictError once ended."""
        if self.status in TERMINAL:
            raise ConflictError(f"Workflow run has already ended ({self.status}); it cannot be cancelled")
        self.pending.clear()
        nodes = self.workflow.nodes if self.workflow is not None else ()
        self.at(self.elapsed, _cancelled(nodes))
        self.advance(self.elapsed)


# -- events ------------------------------------------------------------------------------------


def _set(**values: Any) -> Apply:
    def apply(run: Record, now: str) -> None:
        run.update(copy.deepcopy(values))

    return apply


def _ms_between(start: str, end: str) -> int:
    def parse(text: str) -> datetime.datetime:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))

    return max(0, round((parse(end) - parse(start)).total_seconds() * 1000))


def _end_root_span(run: Record, now: str, status: str) -> None:
    for span in run.get("trace_spans") or []:
        if span.get("id") == "span-root":
            span.update(end_time=now, duration=_ms_between(span["start_time"], now), status=status)


def _run_ends(status: str, **extra: Any) -> Apply:
    def apply(run: Record, now: str) -> None:
        run.update(status=status, completed_at=now, duration_ms=_ms_between(run["started_at"], now))
        run.update(copy.deepcopy(extra))
        _end_root_span(run, now, "success" if status == "completed" else "error")

    return apply


def _review_waits(node_id: str) -> Apply:
    def apply(run: Record, now: str) -> None:
        for step in run["steps"]:
            if step["node_id"] == node_id:
                step.update(status="waiting_for_human", requires_human_review=True)
        run.update(status="waiting_for_human", human_waiting_started_at=now, waiting_for_node_ids=[node_id],
                   run_resume_status="waiting_for_human")  # fmt: skip
        run["hil_signal_states"][node_id] = {"status": "idle", "attempts": 0}

    return apply


def _stop_waiting(run: Record, now: str) -> None:
    if run.get("human_waiting_started_at"):
        waited = _ms_between(run["human_waiting_started_at"], now)
        run["human_waiting_duration_ms"] = run.get("human_waiting_duration_ms", 0) + waited
    run.update(human_waiting_started_at=None, waiting_for_node_ids=[])


def _resume_claimed(item_id: str, node_id: str, approved: bool, modified_data: dict[str, Any] | None) -> Apply:
    def apply(run: Record, now: str) -> None:
        run["resume_queue"].append({"id": item_id, "node_id": node_id, "approved": approved,
                                    "modified_data": copy.deepcopy(modified_data), "queued_at": now,
                                    "status": "processing"})  # fmt: skip
        run["active_resume"] = {"queue_item_id": item_id, "node_id": node_id, "claimed_at": now, "timeout_seconds": 300}
        _stop_waiting(run, now)
        run.update(status="running", run_resume_status="resuming")
        run["hil_signal_states"][node_id] = {"status": "accepted", "attempts": 1, "last_attempt_at": now,
                                             "signaled_at": now, "accepted_at": now,
                                             "modified_data": copy.deepcopy(modified_data)}  # fmt: skip
        for step in run["steps"]:
            if step["node_id"] == node_id:
                step["status"] = "running"

    return apply


def _resume_done() -> Apply:
    def apply(run: Record, now: str) -> None:
        for item in run["resume_queue"]:
            item["status"] = "completed"
        run.update(active_resume=None, run_resume_status="fully_resumed")

    return apply


def _rejected(node_id: str, label: str, nodes: tuple[Node, ...]) -> Apply:
    def apply(run: Record, now: str) -> None:
        _resume_done()(run, now)
        for step in run["steps"]:
            if step["node_id"] == node_id:
                step.update(status="error", completed_at=now, error="rejected at review", error_stage="execution",
                            error_category="permanent",
                            duration_ms=_ms_between(step.get("started_at") or now, now))  # fmt: skip
        for span in _spans(run):
            if span.get("block_id") == node_id:
                span.update(end_time=now, duration=_ms_between(span["start_time"], now), status="error")
        _skip_unstarted(run, nodes)
        _run_ends(
            "error",
            error=f"Step {node_id} ({label}) was rejected at review",
            error_stage="execution",
            error_details={
                "block_id": node_id,
                "block_name": label,
                "error_code": "REJECTED_AT_REVIEW",
                "stack_trace": None,
                "context": {"reason": "rejected at review"},
            },
        )(run, now)

    return apply


def _spans(run: Record) -> list[Record]:
    found: list[Record] = []
    pending: list[Record] = list(run.get("trace_spans") or [])
    while pending:
        span = pending.pop()
        found.append(span)
        pending.extend(span.get("children") or [])
    return found


def _skip_unstarted(run: Record, nodes: tuple[Node, ...] = ()) -> None:
    seen = {step["node_id"] for step in run["steps"]}
    for node in nodes:
        if node.id not in seen:
            run["steps"].append({"node_id": node.id, "step_id": node.id, "node_type": node.type,
                                 "node_label": node.label, "status": "skipped"})  # fmt: skip


def _cancelled(nodes: tuple[Node, ...]) -> Apply:
    def apply(run: Record, now: str) -> None:
        for step in run["steps"]:
            if step["status"] in ("running", "pending", "queued", "waiting_for_human"):
                started = step.get("started_at") or now
                step.update(status="cancelled", completed_at=now, duration_ms=_ms_between(started, now))
        for span in _spans(run):
            if span.get("status") is None and span.get("id") != "span-root":
                span.update(end_time=now, duration=_ms_between(span["start_time"], now), status="error")
        _skip_unstarted(run, nodes)
        _stop_waiting(run, now)
        if run.get("active_resume") is not None:
            run["active_resume"] = None
        for item in run.get("resume_queue") or []:
            if item.get("status") in ("queued", "claimed", "processing"):
                item["status"] = "failed"  # the resume never finished
        run.update(cancel_requested_at=now, cancel_confirmation_pending=False)
        if run.get("run_resume_status") in ("waiting_for_human", "resuming"):
            run["run_resume_status"] = "idle"
        _run_ends("cancelled")(run, now)

    return apply
