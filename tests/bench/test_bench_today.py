"""The benchmark's rows for today's API (2026-08-16): they run, and measure what they say (never timing)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return importlib.import_module("bench")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def test_today_rows_parse_pages_of_runs_and_steps(bench: ModuleType) -> None:
    from bench_today import run_page, step_page

    from retab_runs_client.v2026_08_16.models import WorkflowRunList, WorkflowStepList

    runs, steps = run_page(12), step_page(30)
    assert WorkflowRunList.from_dict(runs).to_dict() == runs  # the payloads fit today's contract, round trip
    assert WorkflowStepList.from_dict(steps).to_dict() == steps
    assert {run["lifecycle"]["status"] for run in runs["data"]} == {
        "pending", "running", "awaiting_review", "completed", "error", "cancelled"}  # fmt: skip
    results = bench.today_parsing(2, 1, runs=6, steps=10)
    for payload in ("c", "d"):
        rows = results[payload]["rows"]
        assert set(rows) == set(bench.TODAY_ROWS.values())
        for row in rows.values():
            for mode in ("call", "free"):
                assert row[mode]["median"] > 0


def test_today_targets_use_the_seed_contracts_limits(bench: ModuleType) -> None:
    row = {"call": {"median": 1.2}, "free": {"median": 1.45}}
    results = {"today": {p: {"rows": dict.fromkeys(bench.TODAY_ROWS.values(), row)} for p in ("c", "d")}}
    verdicts = {(t["payload"], t["target"]): t["met"] for t in bench.today_targets(results)}
    assert verdicts[("c", "`WorkflowRun.from_json`, call")] is True  # 1.2 <= 1.5
    assert verdicts[("d", "`WorkflowRun.from_json`, call+free")] is False  # 1.45 > 1.4
    assert len(verdicts) == 2 * 5  # from_json and client, call and free; from_dict call
