"""The vendor's schema is the floor: every record it accepts is accepted on every path.

The vendor's schema of 2026-02-26 (``spec/vendor/``) is the contract; openapi.yaml may add
names and types but never refuse what it allows. Checked here, for hand-written records and
for records generated from the vendor's own schema: the attrs models (``from_dict``,
``from_json``, an exact round trip), ``validate_run`` in both profiles, and the pydantic models.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from retab_runs import output_data, validate_run
from retab_runs_client.models import ErrorDetails, FinalNodeOutput, WorkflowRun
from retab_runs_schema import ErrorDetails as SchemaErrorDetails
from retab_runs_schema import FinalNodeOutput as SchemaFinalNodeOutput
from retab_runs_schema import WorkflowRun as SchemaWorkflowRun
from tests.contract.test_properties import same_instants
from tests.payloads import seed_run
from tests.strategies import vendor_json_schema, vendor_runs, vendor_values

VENDOR = Draft202012Validator(vendor_json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
VENDOR_KEYS = sorted(vendor_json_schema()["properties"])


def with_fields(**fields: Any) -> dict[str, Any]:
    return {**seed_run(), **fields}


FLOOR_CASES = {
    "error_details with a numeric error_code": with_fields(error_details={"error_code": 503}),
    "error_details with a numeric block_id and text context": with_fields(
        error_details={"block_id": 123, "context": "raw text"}
    ),
    "error_details that is an empty object": with_fields(error_details={}),
    "final output that is null": with_fields(final_outputs={"end-1": None}),
    "final output whose document is a string": with_fields(final_outputs={"end-1": {"document": "file_1"}}),
    "final output that is a string": with_fields(final_outputs={"end-1": "done"}),
    "final output that is a list": with_fields(final_outputs={"end-1": [1, "two", None]}),
    "final output that is a number": with_fields(final_outputs={"end-1": 2.5}),
    "final output with a numeric label": with_fields(final_outputs={"end-1": {"label": 7, "json_data": {"a": 1}}}),
}


def accepted_everywhere(payload: dict[str, Any]) -> None:
    """Every path of the project accepts ``payload``, and the attrs round trip is exact."""
    text = json.dumps(payload)
    original = copy.deepcopy(payload)
    assert same_instants(WorkflowRun.from_dict(payload).to_dict()) == same_instants(original)
    assert same_instants(WorkflowRun.from_json(text).to_dict()) == same_instants(original)
    for profile in ("strict", "compatible"):
        assert validate_run(payload, profile=profile) == []
        assert validate_run(text, profile=profile) == []
    SchemaWorkflowRun.model_validate(payload)
    SchemaWorkflowRun.model_validate_json(text)
    assert payload == original


@pytest.mark.parametrize("name", FLOOR_CASES)
def test_records_the_vendor_accepts_are_accepted(name: str) -> None:
    payload = FLOOR_CASES[name]
    assert VENDOR.is_valid(payload), "the case itself must be valid for the vendor"
    accepted_everywhere(payload)


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(vendor_runs())
def test_runs_generated_from_the_vendor_schema_are_accepted(payload: dict[str, Any]) -> None:
    assert VENDOR.is_valid(payload)
    accepted_everywhere(payload)


@pytest.mark.parametrize("key", VENDOR_KEYS)
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_value_the_vendor_schema_allows_in_a_field_is_accepted(key: str, data: st.DataObject) -> None:
    payload = with_fields(**{key: data.draw(vendor_values(key), label=key)})
    assert VENDOR.is_valid(payload)
    accepted_everywhere(payload)


def test_error_details_is_typed_when_it_fits_and_kept_as_it_came_otherwise() -> None:
    fits = with_fields(error_details={"block_id": "api-1", "error_code": "UPSTREAM", "later": 1})
    run = WorkflowRun.from_dict(fits)
    assert isinstance(run.error_details, ErrorDetails)
    assert run.error_details.error_code == "UPSTREAM" and run.error_details["later"] == 1
    assert isinstance(SchemaWorkflowRun.model_validate(fits).error_details, SchemaErrorDetails)

    other = {"error_code": 503}
    run = WorkflowRun.from_dict(with_fields(error_details=other))
    assert run.error_details == other and not isinstance(run.error_details, ErrorDetails)
    assert SchemaWorkflowRun.model_validate(with_fields(error_details=other)).error_details == other


def test_final_outputs_are_typed_when_they_fit_and_kept_as_they_came_otherwise() -> None:
    outputs = {"end-1": {"label": "Output", "json_data": {"n": 1}}, "end-2": {"document": "file_1"}, "end-3": None}
    run = WorkflowRun.from_dict(with_fields(final_outputs=copy.deepcopy(outputs)))
    assert run.final_outputs is not None and not isinstance(run.final_outputs, type(None))
    assert isinstance(run.final_outputs, dict)
    first = run.final_outputs["end-1"]
    assert isinstance(first, FinalNodeOutput) and first.json_data == {"n": 1}
    assert run.final_outputs["end-2"] == {"document": "file_1"}
    assert run.final_outputs["end-3"] is None
    model = SchemaWorkflowRun.model_validate(with_fields(final_outputs=outputs))
    assert model.final_outputs is not None and isinstance(model.final_outputs, dict)
    assert isinstance(model.final_outputs["end-1"], SchemaFinalNodeOutput)
    assert model.final_outputs["end-2"] == {"document": "file_1"} and model.final_outputs["end-3"] is None
    assert output_data(run, "end-1") == {"n": 1}
    assert output_data(run, "end-2") is None  # no known data key in an output of another shape


def test_wrong_types_outside_the_open_branches_are_still_refused() -> None:
    for payload in (with_fields(error_details="boom"), with_fields(final_outputs=["end-1"])):
        assert not VENDOR.is_valid(payload)
        assert validate_run(payload, profile="compatible") != []
        with pytest.raises(ValueError):
            WorkflowRun.from_dict(payload)


NUMBER_CASES: dict[str, tuple[list[str | int], str, bool]] = {
    "integral float for an integer": (["duration_ms"], "2.0", True),
    "negative zero for an integer": (["steps", 0, "duration_ms"], "-0.0", True),
    "integral float in a map of integers": (["parallel_completion_counters"], '{"f": 3.0}', True),
    "fraction for an integer": (["duration_ms"], "2.5", False),
    "NaN in a free-form field": (["dag_snapshot"], '{"x": NaN}', True),
    "Infinity for a number": (["cost_summary"], '{"total": Infinity}', True),
    "-Infinity in a final output": (["final_outputs"], '{"end-1": -Infinity}', True),
    "NaN for an integer": (["duration_ms"], "NaN", False),
}


@pytest.mark.parametrize("name", NUMBER_CASES)
def test_every_path_gives_the_same_verdict_on_numbers(name: str) -> None:
    path, literal, valid = NUMBER_CASES[name]
    marker = "__number__"
    run = seed_run()
    node: Any = run
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = marker
    text = json.dumps(run).replace(f'"{marker}"', literal)
    payload = json.loads(text)
    verdicts = {"validate_run(text)": validate_run(text) == [], "validate_run(dict)": validate_run(payload) == []}
    parsers: list[tuple[str, Callable[[], object]]] = [
        ("from_json", lambda: WorkflowRun.from_json(text)),
        ("from_dict", lambda: WorkflowRun.from_dict(json.loads(text))),
        ("pydantic json", lambda: SchemaWorkflowRun.model_validate_json(text)),
        ("pydantic", lambda: SchemaWorkflowRun.model_validate(json.loads(text))),
    ]
    for label, parse in parsers:
        try:
            parse()
            verdicts[label] = True
        except ValueError:  # ModelParseError and pydantic.ValidationError are ValueErrors
            verdicts[label] = False
    assert verdicts == dict.fromkeys(verdicts, valid)
