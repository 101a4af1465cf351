"""Run payloads shared by the client, server and CLI tests."""

from __future__ import annotations

from typing import Any

from tests.spec import example


def seed_run() -> dict[str, Any]:
    """The seed's example made schema-valid: config_snapshot_id added, the file given its id."""
    run = example("legacy_seed")
    run["config_snapshot_id"] = "cfg_snap_abc123"
    run["input_documents"]["start-node-1"]["id"] = "file_123"
    return run


def run_with_status(status: str, run_id: str = "run_1") -> dict[str, Any]:
    return {
        "id": run_id,
        "workflow_id": "wf_1",
        "workflow_name": "Invoices",
        "organization_id": "org_1",
        "config_snapshot_id": "cfg_1",
        "status": status,
    }


def large_run(steps: int, spans: int, *, seed: int = 7) -> dict[str, Any]:
    """A valid run of realistic shape: ``steps`` step summaries and ``spans`` trace spans.

    Spans are a root with blocks of a block span and nine model spans; a third of the
    steps and model spans carry costs, loop context or tool calls. 5,000 + 5,000 is
    about 3 MB of compact JSON (``compact_json``).
    """
    import random

    rng = random.Random(seed)
    run = example("complete")
    kinds = ["extract", "split", "classifier", "parse", "api_call", "functions", "reshape", "hil"]
    all_steps = []
    for i in range(steps):
        kind = kinds[i % len(kinds)]
        clock = f"{i // 60 % 60:02d}:{i % 60:02d}"
        all_steps.append({
            "node_id": f"{kind}-{i}", "step_id": f"for_each-1_iter_{i}_{kind}-{i}", "node_type": kind,
            "node_label": f"Step {i}", "status": "completed", "started_at": f"2026-02-20T09:{clock}Z",
            "completed_at": f"2026-02-20T10:{clock}.250Z", "duration_ms": rng.randint(10, 90000),
            "requires_human_review": kind == "hil",
            "loop_id": "for_each-1", "iteration": i,
            "iteration_context": {"containers": [{"container_id": "for_each-1", "iteration": i, "is_parallel": False,
                                                  "parallel_item_index": None}]},
            "model": "gpt-5.2", "cost": {"input": 0.012, "output": 0.006, "total": 0.018, "model": "gpt-5.2",
                                        "tokens": {"input": 4000, "output": 500, "total": 4500}},
            "tokens": {"input": 4000, "output": 500, "total": 4500},
        })  # fmt: skip
    for i, step in enumerate(all_steps):  # a third of the steps ran a model inside a loop
        if i % 3:
            for key in ("iteration_context", "cost", "tokens", "model", "loop_id", "iteration"):
                del step[key]
            step["step_id"] = step["node_id"]
    run["steps"] = all_steps
    children = []
    made = 1
    block = 0
    while made < spans:
        grandchildren: list[dict[str, Any]] = []
        for _ in range(min(9, spans - made - 1)):
            grandchildren.append({
                "id": f"span-{made + len(grandchildren) + 1}", "name": "gpt-5.2", "type": "model", "duration": 7500,
                "start_time": "2026-02-20T09:00:01.200Z", "end_time": "2026-02-20T09:00:08.700Z", "status": "success",
                "model": "gpt-5.2", "tokens": {"input": 4000, "output": 500, "total": 4500},
                "cost": {"input": 0.012, "output": 0.006, "total": 0.018},
                "tool_calls": [{"name": "lookup", "duration": 120, "start_time": "2026-02-20T09:00:02Z",
                                "end_time": "2026-02-20T09:00:02.120Z", "status": "success", "input": {"q": block},
                                "output": {"ok": True}, "error": None}],
                "input": {"pages": 2}, "output": {"lines": 12}, "relative_start_ms": 1200,
            })  # fmt: skip
            if len(grandchildren) % 3:
                del grandchildren[-1]["tool_calls"], grandchildren[-1]["input"], grandchildren[-1]["output"]
        children.append({
            "id": f"span-{made}", "name": f"Block {block}", "type": "block", "duration": 8000,
            "start_time": "2026-02-20T09:00:01Z", "end_time": "2026-02-20T09:00:09Z", "status": "success",
            "block_id": f"extract-{block}", "loop_id": "for_each-1", "parallel_id": None, "iteration_index": block,
            "relative_start_ms": 1000, "children": grandchildren,
        })  # fmt: skip
        made += 1 + len(grandchildren)
        block += 1
    run["trace_spans"] = [{"id": "span-root", "name": "Invoice Processing", "type": "workflow", "duration": 750000,
                           "start_time": "2026-02-20T09:00:00Z", "end_time": "2026-02-20T09:12:30Z",
                           "status": "error", "children": children}]  # fmt: skip
    return run


def compact_json(value: Any) -> bytes:
    """JSON as the API sends it: no spaces after separators."""
    import json

    return json.dumps(value, separators=(",", ":")).encode()


def asked_run_id(raw_path: bytes) -> str | None:
    """The run id a request's path names (``/v1/workflows/runs/{run_id}[/...]``), decoded; None if none."""
    from urllib.parse import unquote

    parts = raw_path.split(b"?", 1)[0].split(b"/")
    if parts[1:4] != [b"v1", b"workflows", b"runs"] or len(parts) < 5:
        return None
    return unquote(parts[4].decode())


def as_asked(body: Any, raw_path: bytes) -> Any:
    """``body`` with its run (itself, or its ``run``) given the id the request asked for: the client
    refuses an answer about another run."""
    run_id = asked_run_id(raw_path)
    if run_id is None or not isinstance(body, dict) or raw_path.rstrip(b"/").endswith(b"/restart"):
        return body
    if isinstance(body.get("run"), dict):
        return {**body, "run": {**body["run"], "id": run_id}}
    if "id" in body and "steps" in body:
        return {**body, "id": run_id}
    return body
