"""What validate_run promises a service that checks records it receives, at the edges a change would move."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import pytest

from retab_runs import validate_run
from tests.payloads import seed_run


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if was:  # a test here may have turned it off: the tests after it find it as it was
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("form", ["mapping", "text", "bytes"])
@pytest.mark.parametrize("profile", ["strict", "compatible"])
def test_a_number_written_as_a_string_is_an_issue_in_every_form(form: str, profile: Any) -> None:
    # "15000" is not 15000: a fast path that coerced it would call a record valid that the spec refuses.
    record = {**seed_run(), "duration_ms": "15000"}
    data: Any = {"mapping": record, "text": json.dumps(record), "bytes": json.dumps(record).encode()}[form]
    issues = validate_run(data, profile=profile)
    assert [issue.path for issue in issues] == ["/duration_ms"]
    assert "integer" in issues[0].message


@pytest.mark.parametrize("value", [True, 15000.5, "15000", [15000], {"ms": 1}])
def test_duration_ms_takes_only_a_whole_number(value: object) -> None:
    assert [issue.path for issue in validate_run({**seed_run(), "duration_ms": value})] == ["/duration_ms"]


@pytest.mark.parametrize("value", [15000, 0, None, 15000.0])
def test_duration_ms_accepts_a_whole_number_or_null(value: object) -> None:
    # 15000.0 is an integer in JSON Schema, as the spec's generator writes it.
    assert validate_run({**seed_run(), "duration_ms": value}) == []


@pytest.mark.parametrize("data", [seed_run(), json.dumps(seed_run()), {**seed_run(), "duration_ms": "x"}, b"{", 42])
def test_the_collector_is_on_again_after_validate_run(collector_on: None, data: Any) -> None:
    validate_run(data)
    assert gc.isenabled()


def test_a_caller_that_turned_the_collector_off_finds_it_off(collector_on: None) -> None:
    gc.disable()
    validate_run(seed_run())
    validate_run({**seed_run(), "duration_ms": "x"})
    assert not gc.isenabled()


def test_a_bad_profile_is_refused_and_leaves_the_collector_on(collector_on: None) -> None:
    with pytest.raises(ValueError, match="profile must be one of strict, compatible"):
        validate_run(seed_run(), profile="loose")  # type: ignore[arg-type]
    assert gc.isenabled()


def test_a_mapping_and_its_text_get_the_same_issues() -> None:
    record: dict[str, Any] = {**seed_run(), "status": "nope", "steps": "none", "duration_ms": -1.5}
    assert validate_run(record) == validate_run(json.dumps(record))
    assert validate_run(record) != []


def test_an_issue_reads_as_path_message_and_what_was_got() -> None:
    (issue,) = validate_run({**seed_run(), "duration_ms": "15000"})
    assert str(issue) == "/duration_ms: should be an integer or null, not string (got '15000')"
    (root,) = validate_run(b"[]")
    assert str(root) == "(root): should be an object, not array (got [])"
    (missing,) = validate_run({k: v for k, v in seed_run().items() if k != "workflow_id"})
    assert str(missing) == "/workflow_id: is required but missing"


def test_a_block_era_record_with_problems_says_how_many_and_the_first() -> None:
    # A record with a block-era key that also breaks the contract is named by its era, with the count
    # a service logs to tell one stray field from a record of another shape.
    record = {**seed_run(), "waiting_for_block_ids": [], "status": "nope"}
    first = "/status: should be one of pending, queued, running, completed, error, waiting_for_human, cancelled"
    [one] = validate_run(record)
    assert one.path == "" and one.value is None
    assert one.message.endswith(f"reads it (1 problem against 2026-02-26, the first: {first} (got 'nope'))")
    [two] = validate_run({**record, "duration_ms": "x"})
    assert two.message.endswith(f"reads it (2 problems against 2026-02-26, the first: {first} (got 'nope'))")


def test_a_block_era_key_on_a_valid_record_is_no_issue() -> None:
    assert validate_run({**seed_run(), "waiting_for_block_ids": []}) == []


@pytest.mark.parametrize("collector", ["on", "off"])
def test_the_verdict_is_the_same_whether_the_caller_runs_the_collector_or_not(
    collector_on: None, collector: str
) -> None:
    # A service that turned the collector off for its own reasons gets the same answers.
    if collector == "off":
        gc.disable()
    bad = {**seed_run(), "status": "paused"}
    assert validate_run(seed_run()) == []
    assert [issue.path for issue in validate_run(bad)] == ["/status"]
    assert validate_run(bad, profile="compatible") == []
    [era] = validate_run(seed_run(), api_version="2026-08-16")
    assert era.path == "" and "2026-02-26" in era.message
    assert gc.isenabled() is (collector == "on")


@pytest.mark.parametrize("form", ["dict", "read-only mapping", "text"])
def test_a_record_of_the_newer_shape_is_named_in_every_form(form: str) -> None:
    # No `status` (optional in 2026-02-26), a `lifecycle`: the fast path takes it, the era rule names it.
    record = {key: value for key, value in seed_run().items() if key != "status"} | {"lifecycle": {"status": "x"}}
    data: Any = {"dict": record, "read-only mapping": MappingProxyType(record), "text": json.dumps(record)}[form]
    [issue] = validate_run(data)
    assert issue.path == "" and issue.message.startswith("is a newer run record shape (`lifecycle` and `timing`")
