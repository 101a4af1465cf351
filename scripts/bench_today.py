"""Payloads of today's API (2026-08-16) for the benchmark: a page of runs and a page of steps.

Built from the contract's shapes (``openapi-2026-08-16.yaml``): every run lifecycle (pending,
running, awaiting_review, completed, error with details, cancelled), documents, JSON inputs
and metadata; steps of every lifecycle with JSON and file handle payloads, loop containers
and artifacts. Deterministic for a given size.
"""

from __future__ import annotations

import random
from typing import Any

__all__ = ["run_page", "step_page", "today_run"]

LIFECYCLES: list[dict[str, Any]] = [
    {"status": "pending"},
    {"status": "running"},
    {"status": "awaiting_review", "waiting_for_block_ids": ["extract-1", "classify-2"]},
    {"status": "completed"},
    {"status": "error", "message": "The extraction timed out", "stage": "execution", "category": "transient",
     "details": {"message": "upstream model timeout", "stack_trace": "Traceback (most recent call last): ...",
                 "block_id": "extract-1", "block_name": "Extract Invoice", "error_code": "TIMEOUT",
                 "context": {"attempt": 3, "model": "retab-large"}},
     "failing_step_id": "stp_err_1"},
    {"status": "cancelled", "reason": "Cancelled by user"},
]  # fmt: skip
STEP_LIFECYCLES: list[dict[str, Any]] = [
    {"status": "completed"}, {"status": "running"}, {"status": "queued"}, {"status": "pending"},
    {"status": "awaiting_review"}, {"status": "skipped", "reason": "branch not taken"},
    {"status": "cancelled", "reason": "run cancelled"},
    {"status": "error", "message": "bad input", "stage": "input_collection", "category": "permanent", "details": None},
]  # fmt: skip
BLOCK_TYPES = ["start_document", "start_json", "extract", "split", "classifier", "conditional", "api_call", "function",
               "for_each", "merge_dicts"]  # fmt: skip


def _stamp(rng: random.Random) -> str:
    day, hour, minute, second = rng.randint(1, 16), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return f"2026-08-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}.{rng.randint(0, 999999):06d}Z"


def today_run(n: int, rng: random.Random) -> dict[str, Any]:
    """One run record of today's shape."""
    lifecycle = LIFECYCLES[n % len(LIFECYCLES)]
    started = _stamp(rng) if lifecycle["status"] != "pending" else None
    ended = _stamp(rng) if lifecycle["status"] in ("completed", "error", "cancelled") else None
    return {
        "id": f"run_{n:08d}{rng.getrandbits(32):08x}",
        "workflow_id": f"wf_{n % 7}",
        "workflow_version_id": f"wfv_{rng.getrandbits(64):016x}",
        "trigger": {"type": ["api", "manual", "schedule", "webhook", "email"][n % 5]},
        "lifecycle": dict(lifecycle),
        "timing": {"created_at": _stamp(rng), "started_at": started, "completed_at": ended},
        "inputs": {
            "documents": {f"start-{i}": {"id": f"file_{rng.getrandbits(48):012x}",
                                         "filename": f"facture-{n}-{i}.pdf", "mime_type": "application/pdf"}
                          for i in range(1 + n % 3)},
            "json_data": {"start-json": {
                "customer": {"name": f"Société {n} — Ünïcode", "vat": f"FR{n:011d}"},
                "lines": [{"sku": f"SKU-{k}", "qty": k, "price": k * 1.25} for k in range(4)]}},
        },
        "metadata": {"tenant": f"t{n % 11}", "batch": str(n // 50)} if n % 4 else None,
    }  # fmt: skip


def run_page(runs: int, seed: int = 11) -> dict[str, Any]:
    """A ``WorkflowRunList`` page of ``runs`` runs (the API's pages hold up to 100)."""
    rng = random.Random(seed)
    data = [today_run(n, rng) for n in range(runs)]
    return {"data": data, "list_metadata": {"before": None, "after": data[-1]["id"] if data else None}}


def step_page(steps: int, seed: int = 13) -> dict[str, Any]:
    """A ``WorkflowStepList`` page of ``steps`` steps (the API's pages hold up to 1000)."""
    rng = random.Random(seed)
    data = []
    for n in range(steps):
        kind = BLOCK_TYPES[n % len(BLOCK_TYPES)]
        life = STEP_LIFECYCLES[n % len(STEP_LIFECYCLES)]
        outputs: dict[str, Any] = {}
        if life["status"] == "completed":
            outputs["output"] = {
                "type": "json",
                "document": None,
                "data": {"total": n * 3.5, "items": [{"k": k, "v": f"valeur {k}"} for k in range(5)]},
            }
            outputs["file"] = {
                "type": "file",
                "document": {"id": f"file_{n:06d}", "filename": f"page-{n}.pdf", "mime_type": "application/pdf"},
                "data": None,
            }
        data.append({
            "block_id": f"{kind}-{n % 40}", "step_id": f"stp_{n:08d}", "block_type": kind,
            "block_label": f"Block {n % 40}", "lifecycle": dict(life),
            "started_at": _stamp(rng) if life["status"] not in ("pending", "queued") else None,
            "completed_at": _stamp(rng) if life["status"] == "completed" else None,
            "model": "retab-large" if kind == "extract" else None,
            "loop_containers": [{"container_id": "for_each-3", "iteration": n % 9, "is_parallel": bool(n % 2),
                                 "parallel_item_index": n % 9 if n % 2 else None}] if n % 3 == 0 else [],
            "run_id": f"run_{n // 25:08d}", "created_at": _stamp(rng),
            "handle_inputs": {"input": {"type": "json", "document": None, "data": {"from": f"block {n - 1}"}}},
            "handle_outputs": outputs,
            "artifact": {"operation": "extraction", "id": f"ext_{n:06d}"} if kind == "extract" else None,
            "retry_count": n % 3,
        })  # fmt: skip
    return {"data": data, "list_metadata": {"before": None, "after": data[-1]["step_id"] if data else None}}
