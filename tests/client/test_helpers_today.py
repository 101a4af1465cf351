"""The run helpers of ``retab_runs`` answer for a run of either contract, typed."""

from __future__ import annotations

import pytest

import retab_runs
from retab_runs import ConfigurationError, is_finished, output_data, run_status, waiting_nodes
from retab_runs_client.models import WorkflowRun as SeedRun
from retab_runs_client.v2026_08_16.models import WorkflowRun as TodayRun
from retab_runs_client.v2026_08_16.models import WorkflowStep
from tests.payloads import run_with_status

TIMING = {"created_at": "2026-08-16T09:00:00Z"}


def today(lifecycle: dict[str, object]) -> TodayRun:
    return TodayRun.from_dict({"id": "run_t", "workflow_id": "wf", "workflow_version_id": "v",
                               "trigger": {"type": "api"}, "lifecycle": lifecycle, "timing": TIMING})  # fmt: skip


def step(block_id: str, status: str, outputs: dict[str, object]) -> WorkflowStep:
    return WorkflowStep.from_dict({"block_id": block_id, "step_id": f"stp_{block_id}", "block_type": "extract",
                                   "block_label": block_id, "lifecycle": {"status": status}, "run_id": "run_t",
                                   "handle_outputs": outputs})  # fmt: skip


def test_status_and_finished_for_both_contracts() -> None:
    seed = SeedRun.from_dict(run_with_status("waiting_for_human"))
    assert run_status(seed) == "waiting_for_human" and not is_finished(seed)
    assert run_status(SeedRun.from_dict(run_with_status("error"))) == "error"
    for status, finished in (("pending", False), ("running", False), ("completed", True), ("cancelled", True)):
        run = today({"status": status})
        assert run_status(run) == status and is_finished(run) is finished
    failed = today({"status": "error", "message": "boom"})
    assert is_finished(failed) and run_status(failed) == "error"
    future = today({"status": "paused_by_ops"})
    assert run_status(future) == "paused_by_ops" and not is_finished(future)


def test_waiting_nodes_reads_todays_blocks() -> None:
    assert waiting_nodes(today({"status": "awaiting_review", "waiting_for_block_ids": ["extract-1"]})) == ["extract-1"]
    assert waiting_nodes(today({"status": "running"})) == []


def test_output_data_of_todays_run_comes_from_its_steps() -> None:
    run = today({"status": "completed"})
    steps = [step("start-1", "completed", {"data": {"type": "json", "data": {"a": 1}}}),
             step("extract-1", "completed", {"output": {"type": "json", "data": {"total": 3}}})]  # fmt: skip
    assert output_data(run, steps=steps) == {"total": 3}
    assert output_data(run, "start-1", steps=steps) == {"a": 1}
    with pytest.raises(ConfigurationError, match="holds no outputs: pass steps="):
        output_data(run)
    with pytest.raises(ConfigurationError, match="no step for block"):
        output_data(run, "nope", steps=steps)
    assert output_data(today({"status": "running"}), steps=steps) is None


def test_run_status_is_public() -> None:
    assert "run_status" in retab_runs.__all__
