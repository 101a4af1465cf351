"""What the checker answers at the edges its mutation run found untested, under both contracts.

Each test is a record a service may be sent, read through ``validate_run`` (or the checker it
falls back to), with the path and message a service logs. Where the edge is a feature of the
checker that today's two specs do not use (a union inside a union), a small hand-made schema is
walked instead, as in ``test_checker_unions.py``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from retab_runs import _validate, validate_run
from retab_runs._checker import ApiVersion, Profile, ValidationIssue, _walk, check
from tests.payloads import seed_run

TODAY: ApiVersion = "2026-08-16"


def today_run(**changes: Any) -> dict[str, Any]:
    """A valid record of the 2026-08-16 contract, with ``changes`` applied."""
    record = {
        "id": "run_1", "workflow_id": "wf_1", "workflow_version_id": "ver_1", "trigger": {"type": "api"},
        "lifecycle": {"status": "running"}, "timing": {"created_at": "2026-08-16T10:00:00Z"},
    }  # fmt: skip
    return {**record, **changes}


def test_today_run_is_valid() -> None:
    assert validate_run(today_run(), api_version=TODAY) == []


# -- a value that is not an object is never named an era ------------------------------------------


@pytest.mark.parametrize("api_version", ["2026-02-26", TODAY])
@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (["lifecycle"], "array"),
        (["status"], "array"),
        (["workflow"], "array"),
        (["waiting_for_block_ids"], "array"),
        ("lifecycle", "string"),
        ("status", "string"),
        ("waiting_for_block_ids", "string"),
        ("steps block_id", "string"),
    ],
)
def test_a_value_that_is_not_an_object_is_not_read_for_its_era(value: object, kind: str, api_version: Any) -> None:
    # A list or a string that holds an era's key is not a record of that era: it is not a record.
    for data in (json.dumps(value), json.dumps(value).encode()):
        [issue] = validate_run(data, api_version=api_version)
        assert (issue.path, issue.message, issue.value) == ("", f"should be an object, not {kind}", repr(value))


# -- the block era: named only for a flat record whose steps carry `block_id` instead of `node_id` --


def issues_of(record: dict[str, Any], api_version: Any = "2026-02-26") -> list[tuple[str, str]]:
    return [(issue.path, issue.message) for issue in validate_run(record, api_version=api_version)]


def test_a_step_with_both_ids_is_not_the_block_era() -> None:
    # A step that carries `block_id` beside its `node_id` is a step of this contract with an extra key.
    step = {**seed_run()["steps"][0], "block_id": "b1"}
    record = {**seed_run(), "steps": [step], "status": "nope"}
    assert [path for path, _ in issues_of(record)] == ["/status"]


def test_a_step_that_is_the_text_block_id_is_not_the_block_era() -> None:
    record = {**seed_run(), "steps": ["block_id"]}
    assert issues_of(record) == [("/steps/0", "should be an object, not string")]


def test_steps_that_are_not_a_list_are_named_not_read_for_their_era() -> None:
    assert issues_of({**seed_run(), "steps": None}) == [("/steps", "should be an array, not null")]
    assert issues_of({**seed_run(), "steps": "block_id"}) == [("/steps", "should be an array, not string")]


def test_a_record_with_a_lifecycle_is_not_the_block_era() -> None:
    # The block era had no `lifecycle`: a flat record that has one (an extra key for 2026-02-26) and a
    # block key is judged field by field.
    record = {**seed_run(), "lifecycle": {}, "waiting_for_block_ids": [], "status": "nope"}
    assert [path for path, _ in issues_of(record)] == ["/status"]


def test_a_step_with_a_block_id_and_no_node_id_makes_a_block_era_record() -> None:
    # No block key at the top: the step alone names the era, with the count and the first problem.
    step = {key: value for key, value in seed_run()["steps"][0].items() if key != "node_id"} | {"block_id": "b1"}
    record = {**seed_run(), "steps": [step]}
    [issue] = validate_run(record)
    assert issue.path == "" and issue.message.startswith("is a block-era run record")
    assert issue.message.endswith(
        "(1 problem against 2026-02-26, the first: /steps/0/node_id: is required but missing)"
    )


# -- unions: an "any value" branch beside a model, a union inside a union ---------------------------


def test_an_object_that_breaks_the_model_branch_is_taken_by_the_any_value_branch() -> None:
    # final_outputs' values are FinalNodeOutput or anything: a `label` of 5 breaks the model, not the record.
    record = {**seed_run(), "final_outputs": {"node-1": {"label": 5}}}
    assert validate_run(record) == []
    assert [path for path, _ in issues_of({**record, "status": "nope"})] == ["/status"]


DEFS = {"Id": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}
INNER_REF = {"anyOf": [{"anyOf": [{"$ref": "#/$defs/Id"}, {"type": "boolean"}]}, {"type": "null"}]}


@pytest.mark.parametrize("value", ["a", 5, True, None])
def test_a_reference_inside_a_union_inside_a_union_is_followed(value: object) -> None:
    assert _walk(value, INNER_REF, "", (), DEFS, "strict") == []
    [issue] = _walk(1.5, INNER_REF, "/id", (), DEFS, "strict")
    assert (issue.path, issue.message) == ("/id", "should be a boolean or an integer or null or a string, not number")


# -- scalars ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "problems"), [(-0.5, ["must be at least 0"]), (0.0, []), (0.5, []), (-1, ["must be at least 0"])]
)
def test_a_minimum_bounds_a_fractional_number_too(value: float, problems: list[str]) -> None:
    # Today's specs bound only an integer (human_waiting_duration_ms); the checker reads any number's bound.
    assert [issue.message for issue in _walk(value, {"type": "number", "minimum": 0}, "", (), {}, "strict")] == problems


DATE_TIME = "should be an RFC 3339 date-time, such as 2024-01-15T10:30:00Z"


def test_a_date_time_that_is_not_rfc_3339_says_what_one_looks_like() -> None:
    # The message is what the sender reads: it shows the form to send.
    assert issues_of({**seed_run(), "started_at": "yesterday"}) == [("/started_at", DATE_TIME)]
    record = today_run(timing={"created_at": "2026-08-16 10:00"})
    assert issues_of(record, TODAY) == [("/timing/created_at", DATE_TIME)]


# -- the checker's own defaults --------------------------------------------------------------------


def test_the_checker_reads_to_the_letter_unless_told_otherwise() -> None:
    # The server's store and the client's exchange say "compatible"; a caller that says nothing gets
    # the spec to the letter, as validate_run's default does.
    record = {**seed_run(), "status": "paused"}
    assert [issue.path for issue in check(record)] == ["/status"]
    assert check(record, "compatible") == []
    assert [issue.path for issue in check(today_run(lifecycle={"status": "paused"}), api_version=TODAY)] == [
        "/lifecycle"
    ]


# -- today's contract keeps its fast path ----------------------------------------------------------


@pytest.fixture
def no_checker(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any record reaching the detailed checker fails the test."""

    def refuse(data: Any, profile: Profile = "strict", api_version: str = "") -> list[ValidationIssue]:
        raise AssertionError("the record left the fast path")

    monkeypatch.setattr(_validate, "check", refuse)


def test_a_valid_today_record_stays_on_the_fast_path(no_checker: None) -> None:
    record = today_run(lifecycle={"status": "error", "message": "boom", "stage": "execution"})
    for data in (record, json.dumps(record)):
        assert validate_run(data, api_version=TODAY) == []
        assert validate_run(data, profile="compatible", api_version=TODAY) == []


def test_unknown_enum_values_of_today_stay_on_the_fast_path_when_compatible(no_checker: None) -> None:
    # A value the vendor added later (a trigger, an error stage) is what the compatible profile is for.
    lifecycle = {"status": "error", "message": "boom", "stage": "model_call", "category": "billing"}
    record = today_run(trigger={"type": "carrier_pigeon"}, lifecycle=lifecycle)
    for data in (record, json.dumps(record)):
        assert validate_run(data, profile="compatible", api_version=TODAY) == []
