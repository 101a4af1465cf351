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
