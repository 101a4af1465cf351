"""The runs of today's API (2026-08-16) that the embedded server knows, and how they progress.

A run of today's contract is ``{id, workflow_id, workflow_version_id, trigger, lifecycle,
timing, inputs, metadata}`` with ``lifecycle`` one of six shapes told apart by ``status``;
its steps are a resource of their own. Here a run is computed from its age, so reading it
never changes it:

- ``pending`` for its first ``tick`` seconds, then ``running`` for one more ``tick``;
- then ``completed``, or, for ``wf_demo_review``, ``awaiting_review`` with
  ``waiting_for_block_ids == ["extract-1"]`` until the review is settled (``settle_review``):
  approval completes it, rejection ends it in ``error`` at the extract block;
- ``cancel`` ends any run not yet over in ``cancelled``.

Steps: one start block per document (``start_document``) and per JSON input (``start_json``),
``start-1`` when the request names none, then ``extract-1`` (``extract``).

Today's API resolves reviews through a reviews resource that is not part of the runs
contract, so the store offers ``settle_review`` (and the server a local route under
``/_local/``, outside ``/v1``) rather than inventing a ``/v1`` path the vendor may give
another meaning.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from ._workflows import DEMO_REVIEW

if TYPE_CHECKING:
    from ._today_webhooks import TodayWebhookDeliveries

__all__ = ["API_VERSION", "REVIEW_BLOCK", "ReviewError", "TodayRun", "TodayRunStore"]

API_VERSION: Final = "2026-08-16"
REVIEW_BLOCK: Final = "extract-1"
"""The block a run of ``wf_demo_review`` waits at."""
MAX_RUNS: Final = 10_000
"""Runs kept; past it the oldest created run is forgotten, so endless creates take bounded memory."""
TERMINAL: Final = frozenset({"completed", "error", "cancelled"})
_EPOCH = datetime.datetime(2026, 8, 16, 9, 0, tzinfo=datetime.timezone.utc)

Record = dict[str, Any]


class ReviewError(Exception):
    """The run does not wait for a review (answered 409)."""


def _iso(moment: datetime.datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


@dataclass
class TodayRun:
    """One run: what its creation fixed, and the events (review, cancel) that change its course."""

    id: str
    workflow_id: str
    created_at: datetime.datetime
    born: float  # the store's clock at creation
    trigger: str = "api"
    version: str = "production"
    documents: dict[str, dict[str, str]] = field(default_factory=dict)  # block id -> FileRef
    json_data: dict[str, Any] = field(default_factory=dict)
    metadata: dict[str, str] | None = None
    review: bool = False
    settled: tuple[float, bool] | None = None  # (when, approved)
    cancelled: float | None = None
    step_ids: dict[str, str] = field(default_factory=dict)

    @property
    def start_blocks(self) -> list[tuple[str, str]]:
        """(block id, block type) of each start block, in request order."""
        blocks = [(key, "start_document") for key in self.documents]
        blocks += [(key, "start_json") for key in self.json_data]
        return blocks or [("start-1", "start_document")]

    def _phase(self, age: float, tick: float) -> tuple[str, float]:
        """(status, seconds since creation at which it was reached), cancellation aside."""
        if age < tick:
            return "pending", 0.0
        if age < 2 * tick:
            return "running", tick
        if not self.review:
            return "completed", 2 * tick
        if self.settled is None:
            return "awaiting_review", 2 * tick
        when, approved = self.settled
        return ("completed" if approved else "error"), when - self.born

    def state(self, now: float, tick: float) -> tuple[str, float]:
        """(status, seconds from creation to the moment it was reached) at clock ``now``."""
        status, since = self._phase(now - self.born, tick)
        if self.cancelled is not None and self.cancelled <= now:
            before, _ = self._phase(self.cancelled - self.born, tick)
            if before not in TERMINAL:
                return "cancelled", self.cancelled - self.born
        return status, since

    def record(self, now: float, tick: float) -> Record:
        """The run as ``GET /v1/workflows/runs/{run_id}`` answers it."""
        status, since = self.state(now, tick)
        lifecycle: Record = {"status": status}
        if status == "awaiting_review":
            lifecycle["waiting_for_block_ids"] = [REVIEW_BLOCK]
        elif status == "error":
            lifecycle.update(message="Rejected at review", stage="execution", category="permanent",
                             details={"message": "The reviewer rejected the extraction", "block_id": REVIEW_BLOCK,
                                      "block_name": "Extract Invoice", "error_code": "REJECTED_AT_REVIEW"},
                             failing_step_id=self.step_id(REVIEW_BLOCK))  # fmt: skip
        elif status == "cancelled":
            lifecycle["reason"] = "Cancelled by user"
        started = self.created_at + datetime.timedelta(seconds=tick) if status != "pending" else None
        if status == "cancelled" and since < tick:
            started = None
        ended = self.created_at + datetime.timedelta(seconds=since) if status in TERMINAL else None
        return {
            "id": self.id,
            "workflow_id": self.workflow_id,
            "workflow_version_id": f"wfv_{self.workflow_id}_{self.version}",
            "trigger": {"type": self.trigger},
            "lifecycle": lifecycle,
            "timing": {
                "created_at": _iso(self.created_at),
                "started_at": started and _iso(started),
                "completed_at": ended and _iso(ended),
            },  # fmt: skip
            "inputs": {"documents": dict(self.documents), "json_data": dict(self.json_data)},
            "metadata": dict(self.metadata) if self.metadata is not None else None,
        }

    def step_id(self, block_id: str) -> str:
        found = self.step_ids.get(block_id)
        if found is None:
            found = self.step_ids[block_id] = f"stp_{self.id.removeprefix('run_')}_{len(self.step_ids) + 1:02d}"
        return found

    def steps(self, now: float, tick: float) -> list[Record]:
        """The run's steps, start blocks first, as ``GET /v1/workflows/steps`` answers them."""
        status, since = self.state(now, tick)
        when = self.created_at
        steps: list[Record] = []
        for block_id, block_type in self.start_blocks:
            done = status != "pending" and not (status == "cancelled" and since < tick)
            life: Record = {"status": "completed"} if done else self._unfinished(status)
            outputs: Record = {}
            if done and block_type == "start_document":
                outputs["document"] = {"type": "file", "document": self.documents.get(block_id), "data": None}
            elif done:
                outputs["data"] = {"type": "json", "document": None, "data": self.json_data.get(block_id)}
            steps.append(self._step(block_id, block_type, "Start", life, when, done, outputs, tick))
        extract: Record
        outputs = {}
        if status == "completed":
            extract = {"status": "completed"}
            outputs["output"] = {"type": "json", "document": None, "data": self.output()}
        elif status == "awaiting_review":
            extract = {"status": "awaiting_review"}
        elif status == "error":
            extract = {"status": "error", "message": "Rejected at review", "stage": "execution",
                       "category": "permanent", "details": None}  # fmt: skip
        elif status == "running":
            extract = {"status": "running"}
        else:
            extract = self._unfinished(status)
        steps.append(self._step(REVIEW_BLOCK, "extract", "Extract Invoice", extract, when,
                                extract["status"] in TERMINAL, outputs, tick))  # fmt: skip
        return steps

    @staticmethod
    def _unfinished(status: str) -> Record:
        if status == "cancelled":
            return {"status": "cancelled", "reason": "The run was cancelled"}
        return {"status": "pending"}

    def _step(self, block_id: str, block_type: str, label: str, life: Record, when: datetime.datetime,
              done: bool, outputs: Record, tick: float) -> Record:  # fmt: skip
        started = life["status"] not in ("pending", "queued") and not (
            life["status"] == "cancelled" and block_type != "extract"
        )
        return {
            "block_id": block_id,
            "step_id": self.step_id(block_id),
            "block_type": block_type,
            "block_label": label,
            "lifecycle": life,
            "started_at": _iso(when + datetime.timedelta(seconds=tick)) if started else None,
            "completed_at": _iso(when + datetime.timedelta(seconds=2 * tick)) if done else None,
            "model": "retab-small" if block_type == "extract" else None,
            "loop_containers": [],
            "run_id": self.id,
            "created_at": _iso(when),
            "handle_inputs": {},
            "handle_outputs": outputs,
            "artifact": {"operation": "extraction", "id": f"ext_{self.id.removeprefix('run_')}"}
            if block_type == "extract" and done
            else None,
            "retry_count": 0,
        }

    def output(self) -> Record:
        """What the extract block produced (an invoice, from the JSON inputs when there are some)."""
        data: Record = {"invoice_number": "INV-2026-0816", "total": 1250.0, "currency": "EUR"}
        for value in self.json_data.values():
            if isinstance(value, dict):
                data.update({k: v for k, v in value.items() if isinstance(k, str)})
        if self.settled is not None and self.settled[1]:
            data["reviewed"] = True
        return data


def document_ref(name: str, filename: str, url: str) -> dict[str, str] | None:
    """The FileRef of a document sent as a ``data:`` URL, or None when ``url`` is not one."""
    head, comma, payload = url.partition(",")
    if not comma or not head.startswith("data:") or not head.endswith(";base64"):
        return None
    try:
        content = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return None
    mime = head[len("data:") : -len(";base64")] or "application/octet-stream"
    return {"id": f"file_{secrets.token_hex(6)}_{len(content)}", "filename": filename, "mime_type": mime}


@dataclass
class TodayRunStore:
    """The runs of today's API; the key is sent as ``Authorization: Bearer <api_key>``.

    ``tick`` is how long a created run stays in each of ``pending`` and ``running``.
    ``clock`` (``time.monotonic``) is what ages runs; a test may pass its own.
    """

    api_key: str = "sk-test"
    tick: float = 0.3
    clock: Callable[[], float] = time.monotonic
    max_runs: int = MAX_RUNS
    runs: OrderedDict[str, TodayRun] = field(default_factory=OrderedDict, repr=False)
    commands: dict[tuple[str, str], Record] = field(default_factory=dict, repr=False)
    op_lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    webhooks: TodayWebhookDeliveries | None = field(default=None, repr=False)
    """Sends the signed webhooks of completed runs, when set (``_today_webhooks``)."""

    def __post_init__(self) -> None:
        self.api_version = API_VERSION
        if not self.runs:
            self._builtins()

    def __repr__(self) -> str:  # the key stays out
        return f"TodayRunStore(runs={len(self.runs)}, tick={self.tick})"

    def _builtins(self) -> None:
        past = self.clock() - 3600.0
        for n, (run_id, workflow, settled) in enumerate(
            (
                ("run_today_completed", "wf_invoices", None),
                ("run_today_review", DEMO_REVIEW, None),
                ("run_today_rejected", DEMO_REVIEW, (past + 10.0, False)),
            )
        ):
            run = TodayRun(run_id, workflow, _EPOCH + datetime.timedelta(minutes=n), past - n,
                           trigger="manual", review=workflow == DEMO_REVIEW, settled=settled,
                           json_data={"start-1": {"customer": "ACME"}})  # fmt: skip
            self.runs[run_id] = run

    def create(
        self,
        workflow_id: str,
        *,
        documents: dict[str, dict[str, str]] | None = None,
        json_data: dict[str, Any] | None = None,
        metadata: dict[str, str] | None = None,
        version: str = "production",
        trigger: str = "api",
    ) -> TodayRun:
        """A new run of ``workflow_id``, pending from now; the oldest run goes past ``max_runs``."""
        with self.op_lock:
            run_id = "run_" + secrets.token_hex(8)
            now = datetime.datetime.now(datetime.timezone.utc)
            run = TodayRun(run_id, workflow_id, now, self.clock(), trigger=trigger, version=version,
                           documents=dict(documents or {}), json_data=dict(json_data or {}), metadata=metadata,
                           review=workflow_id == DEMO_REVIEW)  # fmt: skip
            self.runs[run_id] = run
            while len(self.runs) > max(self.max_runs, 1):
                self.runs.popitem(last=False)
            return run

    def add_runs(self, count: int, workflow_id: str = "wf_invoices") -> list[str]:
        """``count`` completed runs of ``workflow_id``, one minute apart (for listing and paging)."""
        ids = []
        with self.op_lock:
            for n in range(count):
                run = self.create(workflow_id, metadata={"n": str(n)})
                run.born -= 3600.0
                run.created_at = _EPOCH + datetime.timedelta(days=1, minutes=n)
                ids.append(run.id)
        return ids

    def get(self, run_id: str) -> TodayRun | None:
        return self.runs.get(run_id)

    def record(self, run: TodayRun) -> Record:
        return run.record(self.clock(), self.tick)

    def status(self, run_id: str) -> str | None:
        run = self.runs.get(run_id)
        return None if run is None else run.state(self.clock(), self.tick)[0]

    def all_runs(self) -> Iterator[TodayRun]:
        return iter(list(self.runs.values()))

    def cancel(self, run: TodayRun) -> bool:
        """End ``run`` in ``cancelled``; False when it was over already."""
        status, _ = run.state(self.clock(), self.tick)
        if status in TERMINAL:
            return False
        run.cancelled = self.clock()
        return True

    def settle_review(self, run_id: str, *, approved: bool) -> Record:
        """Approve or reject the review ``run_id`` waits for; raises KeyError (no run), ReviewError (not waiting)."""
        with self.op_lock:
            run = self.runs.get(run_id)
            if run is None:
                raise KeyError(run_id)
            status, _ = run.state(self.clock(), self.tick)
            if status != "awaiting_review":
                raise ReviewError(f"run {run_id} is {status}, not awaiting_review: there is no review to settle")
            run.settled = (self.clock(), approved)
            return self.record(run)

    def delete(self, run_id: str) -> bool:
        with self.op_lock:
            return self.runs.pop(run_id, None) is not None
