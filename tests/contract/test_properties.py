"""Property-based contract tests over payloads generated from the spec."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import attrs
import pydantic
from hypothesis import HealthCheck, example, given, settings
from jsonschema import Draft202012Validator

from retab_runs_client.errors import ModelParseError
from retab_runs_client.models import WorkflowRun
from retab_runs_schema import WorkflowRun as SchemaWorkflowRun
from retab_runs_schema import json_schema
from tests.contract.test_spec import leaf_errors
from tests.payloads import seed_run
from tests.strategies import mutated_runs, valid_runs

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALIDATOR = Draft202012Validator(json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def same_instants(value: Any) -> Any:
    """``value`` with every date-time string replaced by the instant it names."""
    if isinstance(value, dict):
        return {k: same_instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [same_instants(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] in "Tt":
        try:
            return datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


@SETTINGS
@given(valid_runs())
def test_round_trip_of_valid_payloads(payload: dict[str, Any]) -> None:
    assert VALIDATOR.is_valid(payload)
    original = copy.deepcopy(payload)
    written = WorkflowRun.from_dict(payload).to_dict()
    assert same_instants(written) == same_instants(original)
    assert payload == original  # parsing does not change its input


@SETTINGS
@given(valid_runs())
def test_evolve_and_to_json_keep_every_valid_payload(payload: dict[str, Any]) -> None:
    """attrs.evolve changes nothing it is not told to; to_json reads back as the same run and dict."""
    run = WorkflowRun.from_dict(copy.deepcopy(payload))
    copied = attrs.evolve(run)
    assert copied == run and copied.to_dict() == run.to_dict()
    again = WorkflowRun.from_json(run.to_json())
    assert again == run and again.to_dict() == run.to_dict()


@SETTINGS
@given(valid_runs())
@example(payload={**seed_run(), "cost_summary": {"total": 9007199254740993}})  # an int past 2**53 in a number field
def test_attrs_and_pydantic_accept_the_same_valid_payloads(payload: dict[str, Any]) -> None:
    # Both take it, and both give back the same record: the same keys (absent stays absent),
    # the same values, the same instants.
    # Where the spec says "number", pydantic gives a float and attrs keeps an int as sent: the
    # two agree as numbers (past 2**53 the float is the nearest one, as JSON readers give).
    from_attrs = WorkflowRun.from_dict(payload).to_dict()
    from_pydantic = SchemaWorkflowRun.model_validate(payload).model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert same_instants(from_attrs) == same_instants(payload)
    assert as_floats(same_instants(from_attrs)) == as_floats(same_instants(from_pydantic))


def as_floats(value: Any) -> Any:
    """``value`` with every number a float (booleans stay booleans)."""
    if isinstance(value, dict):
        return {k: as_floats(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_floats(v) for v in value]
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def seed_with(path: list[Any], value: Any) -> dict[str, Any]:
    run = seed_run()
    node: Any = run
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return run


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_runs())
# Found with --hypothesis-seed=14: wrong types on nullable enums were taken for unknown enum values.
@example(payload=seed_with(["error_stage"], 0))
@example(payload=seed_with(["error_stage"], [1]))
@example(payload=seed_with(["error_stage"], []))
@example(payload=seed_with(["steps", 1, "node_type"], 0))
def test_pydantic_and_json_schema_agree_and_attrs_rejects_breaking_payloads(payload: dict[str, Any]) -> None:
    schema_ok = VALIDATOR.is_valid(payload)
    try:
        SchemaWorkflowRun.model_validate(payload)
        pydantic_ok = True
    except pydantic.ValidationError:
        pydantic_ok = False
    assert pydantic_ok == schema_ok, [e.message for e in leaf_errors(payload)]

    try:
        WorkflowRun.from_dict(payload)
        attrs_ok = True
    except ModelParseError:
        attrs_ok = False
    if schema_ok:
        assert attrs_ok
    else:
        # The client keeps enum values it does not know; anything else must be refused.
        only_unknown_enums = all(e.validator == "enum" for e in leaf_errors(payload))
        assert attrs_ok == only_unknown_enums, [e.message for e in leaf_errors(payload)]
