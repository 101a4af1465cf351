#!/usr/bin/env python3
"""The benchmark's independent payload: a run record generated from the vendor's schema.

    python scripts/bench_payloads.py [--steps N] [--out FILE]   # writes compact JSON (default: stdout size only)

``tests/payloads.large_run`` is shaped by this project's own idea of a run; this one is not.
It walks the vendor's published schema (``spec/vendor/retab-openapi-2026-02-26-workflow-runs.json``,
the structure-only copy) and fills every property the way a busy production run might: every
node type, steps and spans that failed with their errors, trace spans eight levels deep, text in
several scripts, and large free-form objects (the DAG snapshot, inputs, outputs, span payloads).
The same seed gives the same bytes. With the defaults it is about 8 MB.

``vendor_run(steps)`` returns the record; the benchmark checks that ``validate_run`` accepts it.
``today_runs_page()`` and ``today_steps_page()`` are 5 MB list pages of the 2026-08-16 contract,
shaped as its schema says (every lifecycle status, free-form data from the same leaves).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENDOR_SPEC = ROOT / "spec" / "vendor" / "retab-openapi-2026-02-26-workflow-runs.json"
SPAN_DEPTH = 8
WORDS = [
    "invoice", "total", "montant", "Straße", "größe", "número", "données", "客户", "发票", "金额", "請求書",
    "合計", "счёт", "сумма", "فاتورة", "מסמך", "συνολο", "naïve", "café", "🧾", "✓", "line\nbreak", 'quote"d',
    "tab\there", "back\\slash",
]  # fmt: skip
START = datetime(2026, 2, 20, 9, 0, tzinfo=timezone.utc)


class RunMaker:
    """Values for the vendor's schemas, drawn from one seeded generator."""

    def __init__(self, spec: dict[str, Any], seed: int) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.rng = random.Random(seed)
        self.node_types = self._enum_of(self.schemas["StepStatusSummary"]["properties"]["node_type"])

    # -- schema walking -----------------------------------------------------------------

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = self.schemas[node["$ref"].rsplit("/", 1)[-1]]
        return node

    def _enum_of(self, node: dict[str, Any]) -> list[str]:
        for branch in node.get("anyOf", [node]):
            branch = self._resolve(branch)
            if "enum" in branch:
                return list(branch["enum"])
        raise ValueError(f"no enum in {node}")

    def value(self, node: dict[str, Any], name: str = "", depth: int = 0) -> Any:
        node = self._resolve(node)
        if "anyOf" in node:
            branches = [self._resolve(b) for b in node["anyOf"]]
            solid = [b for b in branches if b.get("type") != "null"]
            if not solid or (len(solid) < len(branches) and self.rng.random() < 0.15):
                return None
            return self.value(self.rng.choice(solid), name, depth)
        kind = node.get("type")
        if "enum" in node:
            return self.rng.choice(node["enum"])
        if kind == "object" or "properties" in node:
            return self.object(node, depth)
        if kind == "array":
            if depth > 10:  # self-referencing schemas (span children) are built by span(), not here
                return []
            return [self.value(node["items"], name, depth + 1) for _ in range(self.rng.randint(0, 3))]
        if kind == "string":
            if node.get("format") == "date-time" or name.endswith(("_at", "_time")):
                return self.moment()
            return self.text(name)
        if kind == "integer":
            return self.rng.randint(int(node.get("minimum", 0)), 120_000)
        if kind == "number":
            return round(self.rng.uniform(float(node.get("minimum", 0)), 50.0), self.rng.randint(1, 6))
        if kind == "boolean":
            return self.rng.random() < 0.5
        return self.free_form(depth, 4)

    def object(self, node: dict[str, Any], depth: int) -> dict[str, Any]:
        properties: dict[str, Any] = node.get("properties", {})
        required = set(node.get("required", ()))
        out: dict[str, Any] = {}
        for key, sub in properties.items():
            if key in required or self.rng.random() < 0.8:
                out[key] = self.value(sub, key, depth + 1)
        extra = node.get("additionalProperties")
        if not properties and extra is not None:
            if isinstance(extra, dict) and extra:
                out.update((self.word_key(), self.value(extra, "", depth + 1)) for _ in range(self.rng.randint(1, 3)))
            else:
                out.update(self.free_form(depth, 6))
        return out

    # -- leaves -----------------------------------------------------------------------------

    def moment(self) -> str:
        when = START + timedelta(milliseconds=self.rng.randint(0, 86_400_000))
        text = when.strftime("%Y-%m-%dT%H:%M:%S")
        return text + self.rng.choice(["Z", f".{when.microsecond // 1000:03d}Z", "+02:00", ".123456+00:00"])

    def text(self, name: str = "") -> str:
        words = self.rng.choices(WORDS, k=self.rng.randint(1, 6))
        return (f"{name}-" if name else "") + " ".join(words) + f" {self.rng.randint(0, 99999)}"

    def word_key(self) -> str:
        return f"{self.rng.choice(WORDS)}_{self.rng.randint(0, 999)}"

    def free_form(self, depth: int, width: int) -> dict[str, Any]:
        """A free-form object: nested objects and arrays of mixed scalars, some unicode."""
        out: dict[str, Any] = {}
        for _ in range(self.rng.randint(1, width)):
            pick = self.rng.random()
            if depth < 6 and pick < 0.25:
                out[self.word_key()] = self.free_form(depth + 1, max(2, width - 1))
            elif depth < 6 and pick < 0.4:
                out[self.word_key()] = [self.scalar() for _ in range(self.rng.randint(0, 8))]
            else:
                out[self.word_key()] = self.scalar()
        return out

    def scalar(self) -> Any:
        pick = self.rng.random()
        if pick < 0.4:
            return self.text()
        if pick < 0.6:
            return self.rng.randint(-(10**9), 10**12)
        if pick < 0.8:
            return self.rng.uniform(-1e6, 1e6)
        if pick < 0.9:
            return self.rng.random() < 0.5
        return None

    # -- the run ------------------------------------------------------------------------

    def run(self, steps: int) -> dict[str, Any]:
        run = self.object(self.schemas["WorkflowRun"], 0)
        run["id"] = "run_vendor_bench"
        run["status"] = "error"
        run["steps"] = [self.step(i) for i in range(steps)]
        run["trace_spans"] = [self.span(f"s{i}", 1, steps // 160 + 1) for i in range(4)]
        run["dag_snapshot"] = {
            "nodes": [{"id": f"{kind}-{i}", "type": kind, "data": self.free_form(2, 5)}
                      for i, kind in enumerate(self.node_types * max(1, steps // 200))],
            "edges": [{"source": f"n{i}", "target": f"n{i + 1}", "label": self.text()} for i in range(steps // 10)],
        }  # fmt: skip
        big = [self.free_form(0, 8) for _ in range(max(1, steps // 5))]
        run["input_json_data"] = {f"start-json-{i}": {"records": big[i::4]} for i in range(4)}
        run["final_outputs"] = {f"end-{i}": {"data": self.free_form(0, 8), "rows": big[i::8]} for i in range(3)}
        run["pending_node_outputs"] = {f"hil-{i}": self.free_form(1, 6) for i in range(max(1, steps // 100))}
        return run

    def step(self, i: int) -> dict[str, Any]:
        step = self.object(self.schemas["StepStatusSummary"], 1)
        kind = self.node_types[i % len(self.node_types)]
        step["node_id"], step["node_type"] = f"{kind}-{i}", kind
        step["step_id"] = f"{kind}-{i}"
        if i % 7 == 3:  # a failed step, with everything an error carries
            step["status"] = "error"
            step["error"] = self.text("error") * 3
            step["error_stage"] = self.rng.choice(
                self._enum_of(self.schemas["StepStatusSummary"]["properties"]["error_stage"])
            )
            step["error_category"] = self.rng.choice(["transient", "permanent", "quota"])
        return step

    def span(self, prefix: str, depth: int, fanout: int) -> dict[str, Any]:
        span = self.object(self.schemas["TraceSpan"], depth)
        span["id"] = prefix
        span["start_time"], span["end_time"] = self.moment(), self.moment()
        span["input"], span["output"] = self.free_form(3, 4), self.free_form(3, 4)
        if depth % 3 == 0:
            span["status"] = "error"
        if depth < SPAN_DEPTH:
            width = fanout if depth == 1 else self.rng.choice((1, 1, 2))
            span["children"] = [self.span(f"{prefix}.{i}", depth + 1, fanout) for i in range(width)]
        else:
            span["children"] = []
        return span


def vendor_run(steps: int = 5_000, *, seed: int = 20260226) -> dict[str, Any]:
    """The record: ``steps`` steps (5,000 is about 8 MB of compact JSON), the same for the same seed."""
    spec = json.loads(VENDOR_SPEC.read_text(encoding="utf-8"))
    return RunMaker(spec, seed).run(steps)


def compact(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


# -- today's contract (2026-08-16): list pages ------------------------------------------------

RUN_STATES = ["pending", "running", "awaiting_review", "completed", "error", "cancelled"]
STEP_STATES = ["pending", "queued", "running", "completed", "awaiting_review", "error", "skipped", "cancelled"]
BLOCK_TYPES = ["start_document", "start_json", "parse", "edit", "extract", "split", "classifier", "conditional",
               "api_call", "function", "while_loop", "for_each", "merge_dicts"]  # fmt: skip
OPERATIONS = ["extraction", "split", "classification", "parse", "edit", "partition", "function_invocation"]


def _today_maker(seed: int) -> RunMaker:
    # Only RunMaker's leaves (text, moments, free-form objects) are used: no schema walk.
    maker = RunMaker.__new__(RunMaker)
    maker.rng = random.Random(seed)
    return maker


def _file(m: RunMaker, i: int) -> dict[str, Any]:
    return {"id": f"file_{i}", "filename": m.text("file")[:40] + ".pdf", "mime_type": "application/pdf"}


def _run_lifecycle(m: RunMaker, i: int) -> dict[str, Any]:
    status = RUN_STATES[i % len(RUN_STATES)]
    out: dict[str, Any] = {"status": status}
    if status == "awaiting_review":
        out["waiting_for_block_ids"] = [f"extract-{i}", f"split-{i}"]
    elif status == "error":
        out.update(message=m.text("error"), stage="execution", category=m.rng.choice(["transient", None]),
                   details={"message": m.text(), "block_id": f"extract-{i}", "context": m.free_form(3, 4)},
                   failing_step_id=f"extract-{i}")  # fmt: skip
    elif status == "cancelled":
        out["reason"] = m.text("reason")
    return out


def today_run(m: RunMaker, i: int) -> dict[str, Any]:
    """One run of today's contract (the schema's shape: the docs' examples still nest ``workflow``)."""
    start = m.moment()
    run: dict[str, Any] = {
        "id": f"run_{i:06d}",
        "workflow_id": f"wf_{i % 37}",
        "workflow_version_id": f"ver_{i % 11}",
        "trigger": {"type": m.rng.choice(["api", "manual", "schedule", "webhook", "email"])},
        "lifecycle": _run_lifecycle(m, i),
        "timing": {"created_at": start, "started_at": start, "completed_at": m.moment()},
        "inputs": {
            "documents": {f"start-{k}": _file(m, i * 10 + k) for k in range(m.rng.randint(1, 3))},
            "json_data": {f"start-json-{k}": m.free_form(2, 6) for k in range(m.rng.randint(0, 2))},
        },
    }
    if i % 3 == 0:
        run["metadata"] = {"customer": m.text()[:30], "batch": str(i // 50)}
    return run


def today_step(m: RunMaker, i: int) -> dict[str, Any]:
    """One step of today's contract, shaped as the documented ``GET .../steps`` items."""
    block = BLOCK_TYPES[i % len(BLOCK_TYPES)]
    status = STEP_STATES[i % len(STEP_STATES)]
    lifecycle: dict[str, Any] = {"status": status}
    if status == "error":
        details = {"message": m.text(), "stack_trace": m.text() * 4, "context": m.free_form(3, 4)}
        category = m.rng.choice(["permanent", None])
        lifecycle.update(message=m.text("error"), stage="execution", category=category, details=details)
    elif status in ("skipped", "cancelled"):
        lifecycle["reason"] = m.text("reason")
    step: dict[str, Any] = {
        "run_id": f"run_{i // 40:06d}",
        "block_id": f"{block}-{i}",
        "step_id": f"{block}-{i}",
        "block_type": block,
        "block_label": m.text("label")[:40],
        "lifecycle": lifecycle,
        "artifact": {"operation": OPERATIONS[i % len(OPERATIONS)], "id": f"art_{i}"} if i % 4 else None,
        "started_at": m.moment(),
        "completed_at": m.moment(),
        "handle_outputs": {
            "output-json-0": {"type": "json", "data": m.free_form(1, 8)},
            "output-file-0": {"type": "file", "document": _file(m, i)},
        },
        "handle_inputs": {"input-file-0": {"type": "file", "document": _file(m, i + 1)}},
        "created_at": m.moment(),
    }
    if i % 5 == 0:
        step["loop_containers"] = [{"container_id": f"while_loop-{i}", "iteration": i % 7, "is_parallel": False}]
    return step


def _page(make: Callable[[RunMaker, int], dict[str, Any]], target: int, seed: int) -> dict[str, Any]:
    m = _today_maker(seed)
    items: list[dict[str, Any]] = []
    size = 0
    while size < target:
        item = make(m, len(items))
        items.append(item)
        size += len(compact(item)) + 1
    return {"data": items, "list_metadata": {"before": items[0].get("id"), "after": items[-1].get("id")}}


def today_runs_page(target: int = 5_000_000, *, seed: int = 20260816) -> dict[str, Any]:
    """A ``WorkflowRunList`` page of today's contract of about ``target`` bytes of compact JSON."""
    return _page(today_run, target, seed)


def today_steps_page(target: int = 5_000_000, *, seed: int = 20260817) -> dict[str, Any]:
    """A ``WorkflowStepList`` page of today's contract of about ``target`` bytes of compact JSON."""
    return _page(today_step, target, seed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=5_000)
    parser.add_argument("--out", type=Path, help="write the compact JSON here")
    args = parser.parse_args()
    body = compact(vendor_run(args.steps))
    if args.out:
        args.out.write_bytes(body)
    print(f"{len(body) / 1e6:.2f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
