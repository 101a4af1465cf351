"""One corpus, two validators: jsonschema's Draft202012Validator and validate_run agree on every payload.

The corpus: runs generated from the spec, the same runs with one value replaced or one
key removed, and hand-written edge cases. Left out, and documented, are the two
places where validate_run says more than JSON Schema can: trace trees nested deeper
than 200 levels (JSON Schema cannot bound recursion), and NaN or Infinity (not JSON:
tests/contract/test_vendor_floor.py holds every path to the same verdict on them).
One case is a known difference, kept and asserted: a date-time with a trailing newline,
which jsonschema's date-time check wrongly accepts.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

from retab_runs import validate_run
from retab_runs._validate import _fast_object, _fast_text
from retab_runs_schema import json_schema
from tests.contract.test_spec import leaf_errors
from tests.payloads import compact_json, seed_run
from tests.strategies import mutated_runs, valid_runs
from tests.validation.test_validate import spans_nested

VALIDATOR = Draft202012Validator(json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def assert_same_verdict(payload: dict[str, Any]) -> None:
    schema_ok = VALIDATOR.is_valid(payload)
    strict = validate_run(payload)
    assert (strict == []) is schema_ok, (strict, [e.message for e in leaf_errors(payload)])
    assert (validate_run(compact_json(payload)) == []) is schema_ok
    only_enums = not schema_ok and all(e.validator == "enum" for e in leaf_errors(payload))
    assert (validate_run(payload, profile="compatible") == []) is (schema_ok or only_enums)
    if _fast_object(payload) or _fast_text(compact_json(payload)):
        assert schema_ok  # the fast path never says valid where the schema does not


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_runs())
def test_generated_valid_runs(payload: dict[str, Any]) -> None:
    assert_same_verdict(payload)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_runs())
def test_generated_runs_with_one_change(payload: dict[str, Any]) -> None:
    assert_same_verdict(payload)


def edited(path: list[Any], value: Any) -> dict[str, Any]:
    run = copy.deepcopy(seed_run())
    node: Any = run
    for part in path[:-1]:
        node = node[part]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return run


EDGE_CASES = {
    "valid seed": seed_run(),
    "integral float for an integer": edited(["duration_ms"], 15000.0),
    "fraction for an integer": edited(["duration_ms"], 15000.5),
    "huge integer": edited(["duration_ms"], 10**30),
    "boolean for an integer": edited(["duration_ms"], True),
    "integer for a number": edited(["human_waiting_duration_ms"], 0),
    "below minimum": edited(["human_waiting_duration_ms"], -1),
    "null where not nullable": edited(["steps"], None),
    "null where nullable": edited(["completed_at"], None),
    "unknown enum value": edited(["status"], "archived"),
    "enum value in capitals": edited(["status"], "COMPLETED"),
    "extra keys everywhere": {**edited(["steps", 0, "later_field"], [1]), "also_later": {"x": None}},
    "missing required top-level key": edited(["workflow_id"], KeyError),
    "missing required nested key": edited(["steps", 1, "node_id"], KeyError),
    "lower-case t and z": edited(["started_at"], "2024-01-15t10:30:00z"),
    "space for T": edited(["started_at"], "2024-01-15 10:30:00Z"),
    "offset without colon": edited(["started_at"], "2024-01-15T10:30:00+0100"),
    "29 February of a leap year": edited(["started_at"], "2024-02-29T10:30:00Z"),
    "29 February of 1900": edited(["started_at"], "1900-02-29T10:30:00Z"),
    "31 April": edited(["started_at"], "2024-04-31T10:30:00Z"),
    "year 0000": edited(["started_at"], "0000-01-01T00:00:00Z"),
    "leap second": edited(["started_at"], "2016-12-31T23:59:60Z"),
    "nanoseconds and an offset": edited(["started_at"], "2024-01-15T10:30:00.123456789-05:30"),
    "non-ASCII digits": edited(["started_at"], "٢٠٢٤-01-15T10:30:00Z"),
    "date only": edited(["started_at"], "2024-01-15"),
    "trailing newline": edited(["started_at"], "2024-01-15T10:30:00Z\n"),
    "object for a string": edited(["workflow_name"], {"name": "x"}),
    "string in a string map": edited(["input_documents", "start-node-1"], "file_123"),
    "empty object": {},
    "trace 60 levels deep": spans_nested(60),  # jsonschema itself overflows the stack past ~120
}  # fmt: skip


KNOWN_DIFFERENCES = {
    # jsonschema's date-time check (rfc3339-validator) ends its pattern in `$`, which also
    # matches before a final newline; RFC 3339 has no newline, and validate_run refuses it.
    "trailing newline",
}


@pytest.mark.parametrize("name", [n for n in EDGE_CASES if n not in KNOWN_DIFFERENCES])
def test_hand_written_edge_cases(name: str) -> None:
    assert_same_verdict(EDGE_CASES[name])


@pytest.mark.parametrize("name", sorted(KNOWN_DIFFERENCES))
def test_known_differences_are_exactly_as_documented(name: str) -> None:
    assert VALIDATOR.is_valid(EDGE_CASES[name])
    assert [i.path for i in validate_run(EDGE_CASES[name])] == ["/started_at"]
