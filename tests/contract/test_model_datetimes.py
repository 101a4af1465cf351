"""Date-times in the generated attrs models: RFC 3339 exactly, and written back as read."""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from retab_runs import validate_run
from retab_runs_client.errors import ModelParseError
from retab_runs_client.models import StepStatusSummary, WorkflowRun
from retab_runs_client.types import datetime_text, format_datetime, parse_datetime, read_datetime
from retab_runs_schema.rfc3339 import is_rfc3339
from tests.payloads import compact_json, large_run
from tests.spec import example as spec_example
from tests.strategies import valid_runs

UTC = datetime.timezone.utc

# Texts datetime.fromisoformat reads but RFC 3339 refuses.
NOT_RFC3339 = [
    "2024-01-15T10:30:00",  # no offset: would give a naive datetime
    "2024-01-15",
    "2024-01-15 10:30:00Z",
    "2024-01-15T10:30:00+0100",
    "2024-01-15T10:30:00+01",
    "2024-W03-1T10:30:00Z",
    "2024-015T10:30:00Z",
    "20240115T103000Z",
    "2024-01-15T103000Z",
    "2024-01-15T10:30Z",
    "2024-01-15T10Z",
    "2024-01-15T10:30:00,5Z",
    "2024-01-15T10:30:00.Z",
    "2024-01-15T10:30:00+01:00:30",
    "2024-01-15T10:30:00Z ",
    "2024-02-30T10:30:00Z",
    "2023-02-29T10:30:00Z",
    "2024-01-15T24:00:00Z",
    "2024-01-15T10:30:60Z",
    "0000-01-15T10:30:00Z",
    "２０２４-01-15T10:30:00Z",
    "2024-01-15T10:30:00.Z",
    "2024-01-15T10:30:0Z",
    "2024-01-15T10:30:00.2a5Z",
    "2024-01-15T10:30:00.2 Z",
    "+024-01-15T10:30:00Z",
    "2024-01-15T10:30:+0Z",
    "2024-01-15T1:30:00.5Z",
    "2024-01-15T10:30:00+01:60",
    "Z",
    "",
]

# RFC 3339 texts that the plain ISO formatting would rewrite.
UNUSUAL_BUT_VALID = [
    "2024-01-15t10:30:00z",
    "2024-01-15T10:30:00z",
    "2024-01-15t10:30:00Z",
    "2024-01-15T10:30:00.250Z",
    "2024-01-15T10:30:00.5+01:00",
    "2024-01-15T10:30:00.123456789Z",
    "2024-01-15T10:30:00.1234560Z",
    "2024-01-15T10:30:00.000000Z",
    "2024-01-15T10:30:00.0Z",
    "2024-01-15T10:30:00+00:00",
    "2024-01-15T10:30:00-00:00",
    "2024-01-15T10:30:00.000001-00:00",
    "2024-02-29T23:59:59.999999999+23:59",
]


def run_with(**fields: Any) -> dict[str, Any]:
    payload = spec_example("complete")
    payload.update(fields)
    return payload


@pytest.mark.parametrize("text", NOT_RFC3339)
def test_from_dict_and_from_json_refuse_what_rfc3339_refuses(text: str) -> None:
    assert not is_rfc3339(text)
    payload = run_with(started_at=text)
    with pytest.raises(ModelParseError) as from_dict:
        WorkflowRun.from_dict(payload)
    with pytest.raises(ModelParseError) as from_json:
        WorkflowRun.from_json(json.dumps(payload))
    for caught in (from_dict, from_json):
        assert caught.value.path == "started_at"
        assert caught.value.problem == "is not an RFC 3339 date-time"
    assert [issue.path for issue in validate_run(payload)] == ["/started_at"]  # the validator agrees


@pytest.mark.parametrize("text", ["2024-01-15T10:30:00", "2024-01-15 10:30:00Z"])
def test_nullable_and_nested_date_times_are_checked_too(text: str) -> None:
    payload = spec_example("complete")
    payload["steps"][1]["completed_at"] = text
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_dict(payload)
    assert caught.value.path == "steps[1].completed_at"
    payload["steps"][1]["completed_at"] = None
    assert WorkflowRun.from_dict(payload).steps[1].completed_at is None


@pytest.mark.parametrize("text", UNUSUAL_BUT_VALID)
def test_valid_text_is_written_back_exactly(text: str) -> None:
    assert is_rfc3339(text)
    payload = run_with(started_at=text, completed_at=text)
    payload["steps"][0]["started_at"] = text
    for run in (WorkflowRun.from_dict(payload), WorkflowRun.from_json(compact_json(payload))):
        assert run.started_at is not None and run.started_at.tzinfo is not None
        assert run.to_dict() == payload
        assert json.loads(json.dumps(run.to_dict())) == payload


def test_parsed_values_are_the_instants_named() -> None:
    run = WorkflowRun.from_dict(
        run_with(started_at="2024-01-15t10:30:00.1234567z", completed_at="2024-01-15T11:30:00+01:00")
    )
    assert run.started_at == datetime.datetime(2024, 1, 15, 10, 30, 0, 123456, tzinfo=UTC)
    assert run.completed_at == datetime.datetime(2024, 1, 15, 10, 30, tzinfo=UTC)
    assert run.completed_at is not None and run.completed_at.utcoffset() == datetime.timedelta(hours=1)


def test_a_changed_value_is_written_as_itself_not_as_the_old_text() -> None:
    run = WorkflowRun.from_dict(run_with(started_at="2024-01-15T10:30:00.250z"))
    run.started_at = datetime.datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
    assert run.to_dict()["started_at"] == "2025-03-01T08:00:00Z"
    run.started_at = datetime.datetime(2025, 3, 1, 8, 0, 0, 250000, tzinfo=UTC)
    assert run.to_dict()["started_at"] == "2025-03-01T08:00:00.250z"  # the old ending still fits: kept
    run.started_at = datetime.datetime(2025, 3, 1, 8, 0, 0, 1, tzinfo=UTC)
    assert run.to_dict()["started_at"] == "2025-03-01T08:00:00.000001Z"
    same_instant_other_offset = datetime.datetime(
        2025, 3, 1, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    run.started_at = same_instant_other_offset
    assert run.to_dict()["started_at"] == "2025-03-01T09:00:00+01:00"
    step = StepStatusSummary.from_dict(
        {"node_id": "n", "status": "completed", "completed_at": "2024-01-15T10:30:00.5Z"}
    )
    step.completed_at = None
    assert step.to_dict()["completed_at"] is None


def test_a_large_run_round_trips_exactly() -> None:
    payload = large_run(300, 300)  # its steps end at .250Z: three-digit fractions
    assert WorkflowRun.from_json(compact_json(payload)).to_dict() == payload
    assert WorkflowRun.from_dict(copy.deepcopy(payload)).to_dict() == payload


def _changed(text: str, changes: list[tuple[int, str]]) -> str:
    chars = list(text)
    for index, char in changes:
        if index < len(chars):
            chars[index] = char
    return "".join(chars)


date_time_like = st.one_of(
    st.from_regex(
        r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2})?"
        r"(\.[0-9]{0,12})?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?\Z"
    ),
    st.from_regex(r"\A[0-9]{4}-?[0-9W]{2,3}-?[0-9]{1,2}([Tt][0-9:.]{2,12})?[Zz+0-9:-]{0,6}\Z"),
    st.text(alphabet="0123456789-:TtZz+. W", max_size=30),
    # the layout parse_datetime reads without the pattern, with a character or two changed
    st.tuples(
        st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?Z\Z"),
        st.lists(st.tuples(st.integers(0, 30), st.sampled_from("0123456789.:-+ TZ٣a")), max_size=2),
    ).map(lambda pair: _changed(*pair)),
    # the same with a numeric offset (read_datetime's second layout), a character or two changed
    st.tuples(
        st.from_regex(
            r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{3}|\.[0-9]{6})?[+-][0-9]{2}:[0-9]{2}\Z"
        ),
        st.lists(st.tuples(st.integers(0, 31), st.sampled_from("0123456789.:-+ TZ٣a")), max_size=2),
    ).map(lambda pair: _changed(*pair)),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(date_time_like)
@example("2000-02-29T00:00:00Z")
@example("1900-02-29T00:00:00Z")
@example("2024-01-15T24:00:00Z")
@example("2024-01-15T23:59:60.5Z")
@example("2024-01-15T10:30:00.Z")
@example("2024-01-15T10:30:0Z")
def test_the_models_accept_exactly_what_rfc3339_accepts(text: str) -> None:
    value = parse_datetime(text)
    assert (value is not None) == is_rfc3339(text)
    if value is not None:
        assert value.tzinfo is not None
        assert format_datetime(value, datetime_text(text)) == text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(date_time_like)
@example("2024-01-15T10:30:00Z")
@example("2024-01-15T10:30:00.250Z")
@example("2024-01-15T10:30:00.000000Z")
@example("2024-01-15T10:30:00.123456Z")
@example("2024-01-15t10:30:00.250Z")
@example("2024-01-15T24:00:00.000Z")
@example("2024-02-30T10:30:00.250Z")
@example("2024-01-15T23:59:59Z")  # the hour's first digit 2: its second decides
@example("2024-01-15T20:00:00.123456Z")
@example("2024-01-15T30:00:00Z")  # past 23 with a second digit below 4
@example("2024-01-15T2:00:00.250Z")
@example("2024-01-15T\u06630:00:00Z")  # a non-ASCII digit where the hour's first is
@example("2024-01-15T10:30:00.Z123")
@example("2024-01-15T10:30:00.000Z")
@example("2024-01-15T10:30:00+02:00")
@example("2024-01-15T10:30:00.250-00:00")
@example("2024-01-15T10:30:00.123456+00:00")
@example("2024-01-15T10:30:00.000000+05:30")
@example("2024-01-15T10:30:00+01:60")
@example("2024-01-15T10:30:00+24:00")
@example("2024-01-15T10:30:00+1:000")
@example("2024-01-15T24:00:00.000+01:00")
@example("2024-01-15T10:30:00.12a+01:00")
def test_read_datetime_is_parse_datetime_and_datetime_text(text: str) -> None:
    # What the models call: one pass that must answer as the two functions it stands for.
    value, kept = read_datetime(text)
    expected = parse_datetime(text)
    assert value == expected
    if expected is not None:
        assert value is not None and value.utcoffset() == expected.utcoffset()
        assert kept == datetime_text(text)
    else:
        assert kept is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_runs())
def test_valid_payloads_round_trip_exactly(payload: dict[str, Any]) -> None:
    original = copy.deepcopy(payload)
    assert WorkflowRun.from_dict(payload).to_dict() == original
    assert WorkflowRun.from_json(json.dumps(payload)).to_dict() == original


def test_the_models_check_date_times_without_msgspec_or_the_schema_package() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from retab_runs_client.models import WorkflowRun; "
        "WorkflowRun.from_dict({'workflow_id': 'w', 'workflow_name': 'n', 'organization_id': 'o', "
        "'config_snapshot_id': 'c', 'started_at': '2024-01-15T10:30:00.250z'}); "
        "print(sorted(m for m in ('httpx', 'msgspec', 'pydantic', 'retab_runs_schema') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"
