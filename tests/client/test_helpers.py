"""The one-line helpers: finished?, failed steps, a node's step, the output data."""

from __future__ import annotations

import pytest

from retab_runs import (
    AmbiguousOutputError,
    ConfigurationError,
    WorkflowRun,
    failed_steps,
    find_step,
    is_finished,
    output_data,
    waiting_nodes,
)
from tests.payloads import run_with_status, seed_run
from tests.spec import example


@pytest.mark.parametrize(
    ("status", "finished"),
    [("completed", True), ("error", True), ("cancelled", True), ("waiting_for_human", False),
     ("running", False), ("pending", False), ("queued", False), ("brand_new", False)],
)  # fmt: skip
def test_is_finished(status: str, finished: bool) -> None:
    assert is_finished(WorkflowRun.from_dict(run_with_status(status))) is finished


def test_failed_steps_and_find_step() -> None:
    run = WorkflowRun.from_dict(example("complete"))
    assert [s.node_id for s in failed_steps(run)] == ["api-1"]
    step = find_step(run, "extract-1")
    assert step is not None and step.iteration == 0
    assert find_step(run, "nope") is None


def test_output_data_reads_both_shapes() -> None:
    run = WorkflowRun.from_dict(example("complete"))
    assert output_data(run, "end-1") == {"invoice_number": "INV-2026-001", "total_amount": 1234.56}
    assert output_data(run, "end-2") == {"invoice_number": "INV-2026-001"}
    with pytest.raises(AmbiguousOutputError, match="2 end nodes") as caught:
        output_data(run)
    assert caught.value.node_ids == ["end-1", "end-2"]
    assert not isinstance(caught.value, ConfigurationError)  # a data question, not a configuration one
    with pytest.raises(ConfigurationError, match="no output for end node 'end-9'"):
        output_data(run, "end-9")
    seed = WorkflowRun.from_dict(seed_run())
    assert output_data(seed) == {"invoice_number": "INV-2024-001", "total_amount": 1234.56, "vendor_name": "Acme Corp"}
    assert output_data(WorkflowRun.from_dict(run_with_status("running"))) is None


def test_waiting_nodes() -> None:
    waiting = {**run_with_status("waiting_for_human"), "waiting_for_node_ids": ["review-2", "review-1"]}
    assert waiting_nodes(WorkflowRun.from_dict(waiting)) == ["review-2", "review-1"]
    step = {"node_id": "review-1", "node_type": "hil", "node_label": "Check", "status": "waiting_for_human"}
    done = {"node_id": "extract-1", "node_type": "extract", "node_label": "Extract", "status": "completed"}
    from_steps = {**run_with_status("waiting_for_human"), "steps": [done, step, step]}
    assert waiting_nodes(WorkflowRun.from_dict(from_steps)) == ["review-1"]
    assert waiting_nodes(WorkflowRun.from_dict({**run_with_status("running"), "steps": [step]})) == []
    assert waiting_nodes(WorkflowRun.from_dict(run_with_status("completed"))) == []
