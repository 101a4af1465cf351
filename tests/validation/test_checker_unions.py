"""How the checker reads the spec's unions (anyOf) and how it shows a value, at their edges.

A service logs ``issue.message`` and ``issue.value``: these pin them for a union with a
``$ref`` branch, an "any value" branch, a union inside a union (none in today's specs, but the
checker is generic over the JSON Schema it ships), and a value exactly as long as the limit.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from retab_runs import validate_run
from retab_runs._checker import _walk
from tests.payloads import seed_run


def test_a_union_with_a_ref_branch_names_the_types_it_takes() -> None:
    # cost_summary is RunCostSummary or null: the $ref is followed to learn it is an object.
    [issue] = validate_run({**seed_run(), "cost_summary": "cheap"})
    assert (issue.path, issue.message, issue.value) == ("/cost_summary", "should be null or an object, not string",
                                                         "'cheap'")  # fmt: skip


def test_a_union_of_a_ref_an_open_object_and_null_takes_any_object() -> None:
    assert validate_run({**seed_run(), "error_details": {"anything": 1}}) == []
    [issue] = validate_run({**seed_run(), "error_details": [1]})
    assert issue.message == "should be null or an object, not array"


@pytest.mark.parametrize("value", [None, 5, 1.5, "text", [1], True, False, {"free": "form"}])
def test_an_any_value_branch_takes_every_json_value_null_included(value: object) -> None:
    # final_outputs' values are FinalNodeOutput or anything at all ({}). The bad status sends the
    # record past the fast path, so the checker reads the union itself.
    record = {**seed_run(), "final_outputs": {"node-1": value}}
    assert validate_run(record) == []
    assert [issue.path for issue in validate_run({**record, "status": "nope"})] == ["/status"]


NESTED = {"anyOf": [{"anyOf": [{"type": "string"}, {"type": "integer"}]}, {"type": "null"}]}
DEFS = {"Id": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}
BY_REF = {"anyOf": [{"$ref": "#/$defs/Id"}, {"type": "null"}]}
TYPE_LIST = {"anyOf": [{"type": ["string", "integer"]}, {"type": "null"}]}
UNIONS = [NESTED, BY_REF, TYPE_LIST]
UNION_IDS = ["inline", "by-ref", "type-list"]


@pytest.mark.parametrize("schema", UNIONS, ids=UNION_IDS)
@pytest.mark.parametrize("value", ["a", 5, None])
def test_a_union_inside_a_union_takes_each_of_its_types(schema: dict[str, Any], value: object) -> None:
    assert _walk(value, schema, "", (), DEFS, "strict") == []


@pytest.mark.parametrize("schema", UNIONS, ids=UNION_IDS)
def test_a_union_inside_a_union_names_all_its_types(schema: dict[str, Any]) -> None:
    [issue] = _walk(True, schema, "/id", (), DEFS, "strict")
    assert (issue.path, issue.message) == ("/id", "should be an integer or null or a string, not boolean")


def test_a_value_exactly_as_long_as_the_limit_is_shown_whole() -> None:
    # repr adds two quotes: 78 characters show as 80, the limit.
    [issue] = validate_run({**seed_run(), "status": "a" * 78})
    assert issue.value == repr("a" * 78) and len(issue.value) == 80


def test_a_longer_value_is_cut_to_the_limit_with_an_ellipsis() -> None:
    [issue] = validate_run({**seed_run(), "status": "a" * 79})
    assert issue.value == "'" + "a" * 76 + "..."


def test_a_part_is_vouched_for_by_its_own_contract_s_definition() -> None:
    # ErrorDetails has a `message` in 2026-08-16 only: the 2026-02-26 definition (an open object
    # without it) would take the 5 a 2026-08-16 record may not carry there.
    record = {
        "id": "run_1", "workflow_id": "wf_1", "workflow_version_id": "ver_1", "trigger": {"type": "api"},
        "lifecycle": {"status": "error", "message": "boom", "details": {"message": 5}},
        "timing": {"created_at": "2026-08-16T10:00:00Z"},
    }  # fmt: skip
    [issue] = validate_run(record, api_version="2026-08-16")
    assert (issue.path, issue.value) == ("/lifecycle/details/message", "5")
    assert issue.message == "should be null or a string, not integer"


@pytest.mark.parametrize("form", ["mapping", "text"])
def test_a_record_with_both_contracts_keys_is_judged_by_the_contract_asked(form: str) -> None:
    # The 2026-02-26 keys make it a fine record of that contract (its lifecycle an extra key), but
    # under 2026-08-16 the lifecycle's status must be one of today's.
    record = {
        "id": "run_1", "workflow_id": "wf_1", "workflow_version_id": "ver_1", "trigger": {"type": "api"},
        "lifecycle": {"status": "nope"}, "timing": {"created_at": "2026-08-16T10:00:00Z"},
        "workflow_name": "n", "organization_id": "org", "config_snapshot_id": "c",
    }  # fmt: skip
    data: Any = record if form == "mapping" else json.dumps(record)
    assert [issue.path for issue in validate_run(data, api_version="2026-08-16")] == ["/lifecycle"]


# -- what the walk reports, past the fast path ---------------------------------------------------


def test_a_whole_float_is_an_integer_where_the_walk_reads_it() -> None:
    # The bad status sends the record to the checker: 15000.0 must pass there as it does in the fast path.
    record = {**seed_run(), "status": "nope", "duration_ms": 15000.0}
    assert [issue.path for issue in validate_run(record)] == ["/status"]
    [issue] = validate_run({**seed_run(), "duration_ms": 1.5})
    assert issue.message == "should be an integer or null, not number"


def test_a_python_value_that_is_not_json_is_named_by_its_type() -> None:
    [issue] = validate_run({**seed_run(), "steps": ("a",)})
    assert (issue.path, issue.message) == ("/steps", "should be an array, not tuple")


def test_keys_with_a_slash_or_a_tilde_are_escaped_in_the_path() -> None:
    # JSON Pointer (RFC 6901): "~" is written "~0" and "/" is written "~1".
    [issue] = validate_run({**seed_run(), "input_text_data": {"a/b~c": 1}})
    assert issue.path == "/input_text_data/a~1b~0c"


def test_an_extra_key_before_a_bad_one_does_not_hide_it() -> None:
    record = {"an_extra_key": 1, **seed_run(), "status": "nope"}
    assert [issue.path for issue in validate_run(record)] == ["/status"]


def test_issues_stop_at_a_thousand() -> None:
    issues = validate_run({**seed_run(), "steps": list(range(1500))})
    assert len(issues) == 1000
    assert issues[0].path == "/steps/0" and issues[-1].path == "/steps/999"


def test_a_closed_object_names_each_key_it_does_not_allow() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": False}
    issues = _walk({"a": "x", "b/~": 1, "c": [2]}, schema, "/obj", (), {}, "strict")
    assert [(i.path, i.message, i.value) for i in issues] == [
        ("/obj/b~1~0", "is not allowed here", "1"), ("/obj/c", "is not allowed here", "[2]")]  # fmt: skip


def test_an_object_of_typed_values_checks_each_extra_key() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": {"type": "integer"}}
    issues = _walk({"a": "x", "n": 1, "m": "y"}, schema, "", (), {}, "strict")
    assert [(i.path, i.message) for i in issues] == [("/m", "should be an integer, not string")]


TODAY_STATUSES = "awaiting_review, cancelled, completed, error, pending, running"


@pytest.mark.parametrize(
    ("lifecycle", "message"),
    [
        ({"message": "x"}, f"needs its `status` (one of {TODAY_STATUSES})"),
        ({"status": "paused"}, f"`status` should be one of {TODAY_STATUSES} (got 'paused')"),
        ("completed", "should be an object, not string"),
        (["completed"], "should be an object, not array"),
    ],
)
def test_a_lifecycle_is_read_by_its_status_and_says_which_it_takes(lifecycle: object, message: str) -> None:
    # A service shows this message to whoever sent the record: the statuses it lists are the fix.
    record = {
        "id": "run_1", "workflow_id": "wf_1", "workflow_version_id": "ver_1", "trigger": {"type": "api"},
        "lifecycle": lifecycle, "timing": {"created_at": "2026-08-16T10:00:00Z"},
    }  # fmt: skip
    [issue] = validate_run(record, api_version="2026-08-16")
    assert (issue.path, issue.message) == ("/lifecycle", message)


# -- scalars: numbers, bounds, constants, type lists ------------------------------------------------


def test_a_cost_takes_a_whole_number_and_refuses_a_string() -> None:
    # cost_summary.total is a JSON Schema "number": 5 is one. The bad status takes the record to the walk.
    record = {**seed_run(), "status": "nope", "cost_summary": {"total": 5}}
    assert [issue.path for issue in validate_run(record)] == ["/status"]
    [issue] = validate_run({**seed_run(), "cost_summary": {"total": "5"}})
    assert (issue.path, issue.message) == ("/cost_summary/total", "should be a number, not string")


def test_a_minimum_holds_at_its_bound() -> None:
    record = {**seed_run(), "status": "nope", "human_waiting_duration_ms": 0}
    assert [issue.path for issue in validate_run(record)] == ["/status"]
    [issue] = validate_run({**seed_run(), "human_waiting_duration_ms": -1})
    assert (issue.path, issue.message) == ("/human_waiting_duration_ms", "must be at least 0")


@pytest.mark.parametrize(("value", "message"), [("b", "should be 'a'"), (True, "should be 1"), (1.0, None), (1, None)])
def test_a_constant_is_its_value_and_its_json_type(value: object, message: str | None) -> None:
    schema = {"const": "a"} if message == "should be 'a'" else {"const": 1}
    issues = _walk(value, schema, "", (), {}, "strict")
    assert [issue.message for issue in issues] == ([] if message is None else [message])


def test_a_type_list_names_each_type() -> None:
    [issue] = _walk(5, {"type": ["string", "null"]}, "", (), {}, "strict")
    assert issue.message == "should be string or null, not integer"
    assert _walk(None, {"type": ["string", "null"]}, "", (), {}, "strict") == []


def test_of_two_unions_that_take_an_object_the_one_it_fits_is_chosen() -> None:
    # error_details is ErrorDetails or any object: a stack_trace of 5 breaks the first, fits the second.
    record = {**seed_run(), "status": "nope", "error_details": {"stack_trace": 5}}
    assert [issue.path for issue in validate_run(record)] == ["/status"]
