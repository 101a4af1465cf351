"""Absent keys in the generated attrs models: read as None or the spec default, remembered for to_dict."""

from __future__ import annotations

import datetime
import typing

import attrs
import pytest

import retab_runs_client.models as models
from retab_runs_client.models import RunStatus, StepStatus, StepStatusSummary, WorkflowRun
from retab_runs_client.types import UNSET

REQUIRED = {"workflow_id": "w", "workflow_name": "n", "organization_id": "o", "config_snapshot_id": "c"}
MODELS = sorted(name for name in models.__all__ if attrs.has(getattr(models, name)))


@pytest.mark.parametrize("name", MODELS)
def test_no_public_field_type_mentions_unset(name: str) -> None:
    cls = getattr(models, name)
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        assert "Unset" not in str(field.type), f"{name}.{field.name}: {field.type}"
        assert field.default is not UNSET
        assert "Unset" not in repr(hints[field.name])


def test_absent_and_null_both_read_as_none_and_each_is_written_back_as_it_came() -> None:
    absent = WorkflowRun.from_dict(REQUIRED)
    null = WorkflowRun.from_dict({**REQUIRED, "error": None, "completed_at": None, "duration_ms": None})
    for run in (absent, null):
        assert run.error is None and run.completed_at is None and run.duration_ms is None and run.id is None
    assert absent.to_dict() == REQUIRED
    assert null.to_dict() == {**REQUIRED, "error": None, "completed_at": None, "duration_ms": None}


def test_values_set_after_parsing_are_written() -> None:
    run = WorkflowRun.from_dict(REQUIRED)
    run.error = "boom"
    run.id = "run_1"
    run.duration_ms = 12
    assert run.to_dict() == {**REQUIRED, "id": "run_1", "duration_ms": 12, "error": "boom"}
    run.error = None  # absent in the payload, None again: left out again
    assert "error" not in run.to_dict()


def test_a_key_that_may_be_absent_but_never_null_is_never_written_as_null() -> None:
    run = WorkflowRun.from_dict({**REQUIRED, "id": "run_1"})
    run.id = None
    assert "id" not in run.to_dict()


def test_models_built_in_code_are_typed_and_write_only_what_was_given() -> None:
    started = datetime.datetime(2024, 1, 15, 10, 30, tzinfo=datetime.timezone.utc)
    step = StepStatusSummary(node_id="extract-1", status=StepStatus.COMPLETED, duration_ms=1500)
    run = WorkflowRun(
        workflow_id="w", workflow_name="n", organization_id="o", config_snapshot_id="c",
        id="run_1", status=RunStatus.RUNNING, started_at=started, steps=[step],
    )  # fmt: skip
    assert run.completed_at is None and run.error is None
    assert run.to_dict()["started_at"] == "2024-01-15T10:30:00Z"
    assert "completed_at" not in run.to_dict() and "error" not in run.to_dict()
    assert run.to_dict()["steps"] == [
        {"node_id": "extract-1", "status": "completed", "step_id": "", "duration_ms": 1500}
    ]
    assert WorkflowRun.from_dict(run.to_dict()) == run


def test_unset_prints_as_its_name() -> None:
    assert str(UNSET) == "UNSET" and repr(UNSET) == "UNSET" and not UNSET
