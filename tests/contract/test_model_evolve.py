"""The models behave like their family's: attrs.evolve keeps what was read, to_json writes it back, reprs show models.

And the pydantic models' enums are ``str`` enums printing their value, as the attrs models' are.
"""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest

import retab_runs_schema
from retab_runs_client.errors import ModelParseError, ModelTypeError
from retab_runs_client.models import ResumeWorkflowResponse, RunStatus, WorkflowRun
from tests.payloads import seed_run


def payload() -> dict[str, Any]:
    data = seed_run()
    data["brand_new_key"] = {"kept": True}  # a key of a later API
    data.pop("dataset_id", None)  # an optional key left out
    data["completed_at"] = "2024-01-15T10:30:15.250+01:00"  # text format_datetime would write otherwise
    return data


def test_evolve_keeps_extra_and_absent_keys_and_exact_text() -> None:
    run = WorkflowRun.from_dict(payload())
    assert attrs.evolve(run) == run
    assert attrs.evolve(run).to_dict() == payload()
    failed = attrs.evolve(run, status=RunStatus.ERROR)
    assert failed.to_dict() == {**payload(), "status": "error"}
    assert failed.additional_properties == {"brand_new_key": {"kept": True}}
    failed.additional_properties["mine"] = 1  # the copy's own dict: the original is untouched
    assert "mine" not in run.additional_properties


def test_evolve_refuses_a_wrong_type_at_once() -> None:
    run = WorkflowRun.from_dict(payload())
    with pytest.raises(ModelTypeError) as caught:
        attrs.evolve(run, status="error")  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError) and isinstance(caught.value, ModelParseError)
    assert caught.value.path == "status" and "RunStatus" in str(caught.value) and "'error'" in str(caught.value)
    with pytest.raises(ModelTypeError, match=r"^steps: should be list\[StepStatusSummary\]"):
        attrs.evolve(run, steps=[{"node_id": "x"}])  # type: ignore[list-item]


def test_to_json_is_bytes_and_round_trips_exactly() -> None:
    text = json.dumps(payload()).encode()
    run = WorkflowRun.from_json(text)
    written = run.to_json()
    assert isinstance(written, bytes) and json.loads(written) == payload()
    assert WorkflowRun.from_json(written) == run and WorkflowRun.from_json(written).to_json() == written


def test_to_json_writes_back_what_json_loads_reads() -> None:
    data = {**payload(), "brand_new_key": {"nan": float("nan"), "text": "caf\u00e9 \ud800"}}
    written = WorkflowRun.from_dict(data).to_json()
    again = json.loads(written)["brand_new_key"]
    assert again["text"] == "caf\u00e9 \ud800" and again["nan"] != again["nan"]


def test_nested_reprs_show_models_not_dicts() -> None:
    answer = ResumeWorkflowResponse.from_dict(
        {"run": payload(), "resume_status": "processing", "queue_item_id": "q_1", "queue_position": None}
    )
    text = repr(answer)
    assert text.startswith("ResumeWorkflowResponse(run=WorkflowRun(workflow_id='wf_abc123xyz', ")
    assert "status=<RunStatus.COMPLETED: 'completed'>" in text and "brand_new_key={'kept': True}" in text


def test_pydantic_enums_are_str_enums_of_the_same_values() -> None:
    assert issubclass(retab_runs_schema.RunStatus, str)
    member = retab_runs_schema.RunStatus.COMPLETED
    assert member == "completed" and f"{member}" == "completed" and str(member) == "completed"
    assert member == RunStatus.COMPLETED  # type: ignore[comparison-overlap]
    run = retab_runs_schema.WorkflowRun.model_validate_json(json.dumps(seed_run()))
    assert run.status == "completed" == WorkflowRun.from_dict(seed_run()).status
