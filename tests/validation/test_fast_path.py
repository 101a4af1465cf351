"""No slow-path cliffs: which records the fast path keeps, and how little the checker walks.

Valid records must stay on the fast path under both profiles, whatever known or unknown
enum values and integral floats they hold; a record with one issue must cost the
detailed checker the part the fast path cannot vouch for, not the whole record. These
tests count work instead of timing it.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from retab_runs import _checker, _validate, validate_run
from retab_runs._checker import PROFILES, Profile, ValidationIssue, check
from retab_runs._validate import _fast_object, _fast_text
from tests.payloads import compact_json, large_run


def integral_floats(value: Any) -> Any:
    """``value`` with every integer written as a float (2 becomes 2.0), booleans kept."""
    if isinstance(value, dict):
        return {key: integral_floats(item) for key, item in value.items()}
    if isinstance(value, list):
        return [integral_floats(item) for item in value]
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def unknown_enums(run: dict[str, Any]) -> dict[str, Any]:
    """``run`` with enum values this client does not know, at the top, in steps and in spans."""
    run = copy.deepcopy(run)
    run["status"] = "archived"
    run["trigger_type"] = "carrier_pigeon"
    for step in run["steps"]:
        step["status"], step["node_type"] = "frozen", "translate"
    level = run["trace_spans"]
    while level:
        for span in level:
            span["status"] = "partial"
        level = [child for span in level for child in span.get("children") or ()]
    return run


@pytest.fixture
def no_checker(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any record reaching the detailed checker fails the test."""

    def refuse(data: Any, profile: Profile = "strict") -> list[ValidationIssue]:
        raise AssertionError("the record left the fast path")

    monkeypatch.setattr(_validate, "check", refuse)


@pytest.mark.parametrize("profile", PROFILES)
def test_integral_floats_stay_on_the_fast_path(profile: Profile, no_checker: None) -> None:
    run = integral_floats(large_run(30, 30))
    assert run["steps"][0]["duration_ms"] == float(run["steps"][0]["duration_ms"])  # the edit happened
    body = compact_json(run)
    assert b".0," in body
    assert _fast_text(body, profile) and _fast_object(run, profile)
    assert validate_run(body, profile=profile) == []
    assert validate_run(run, profile=profile) == []


def test_unknown_enum_values_stay_on_the_fast_path_when_compatible(no_checker: None) -> None:
    run = unknown_enums(large_run(30, 30))
    assert validate_run(compact_json(run), profile="compatible") == []
    assert validate_run(run, profile="compatible") == []
    assert validate_run(integral_floats(run), profile="compatible") == []


def test_the_fast_paths_still_refuse_what_is_invalid() -> None:
    strange = unknown_enums(large_run(5, 5))
    assert not _fast_text(compact_json(strange), "strict") and not _fast_object(strange, "strict")
    assert [i.path for i in validate_run(strange)][:2] == ["/status", "/trigger_type"]
    fraction = large_run(5, 5)
    fraction["steps"][2]["duration_ms"] = 1.5
    for profile in PROFILES:
        assert not _fast_text(compact_json(fraction), profile)
        assert [i.path for i in validate_run(fraction, profile=profile)] == ["/steps/2/duration_ms"]


def deep_error_run() -> dict[str, Any]:
    """A large run with one issue in a span four levels down, and one in the last step."""
    run = large_run(2_000, 2_000)
    model_span = run["trace_spans"][0]["children"][100]["children"][0]
    inner = {**copy.deepcopy(model_span), "duration": "7"}
    model_span["children"] = [{**copy.deepcopy(model_span), "children": [inner]}]
    run["steps"][-1]["status"] = 5
    return run


def walked_nodes(monkeypatch: pytest.MonkeyPatch, data: Any, profile: Profile) -> tuple[list[ValidationIssue], int]:
    calls = 0
    scalar = _checker._check_scalar

    def counting(value: Any, node: dict[str, Any], profile: Profile) -> str | None:
        nonlocal calls
        calls += 1
        return scalar(value, node, profile)

    monkeypatch.setattr(_checker, "_check_scalar", counting)
    return check(data, profile), calls


@pytest.mark.parametrize("profile", PROFILES)
def test_one_issue_costs_a_walk_of_its_own_part_only(profile: Profile, monkeypatch: pytest.MonkeyPatch) -> None:
    run = deep_error_run()
    issues, walked = walked_nodes(monkeypatch, run, profile)
    expected = [
        ValidationIssue("/steps/1999/status", "should be a string, not integer", "5"),
        ValidationIssue(
            "/trace_spans/0/children/100/children/0/children/0/children/0/duration",
            "should be an integer, not string",
            "'7'",
        ),
    ]
    assert issues == expected
    assert validate_run(compact_json(run), profile=profile) == expected
    assert walked < 300  # the whole record is over 100,000 values


def test_the_pruned_walk_finds_what_the_full_walk_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    run = unknown_enums(deep_error_run())
    run["steps"][7]["started_at"] = "yesterday"
    pruned = {profile: check(run, profile) for profile in PROFILES}
    monkeypatch.setattr(_checker, "_fits_fast", lambda *args: False)
    assert {profile: check(run, profile) for profile in PROFILES} == pruned
    assert len(pruned["strict"]) > len(pruned["compatible"]) >= 2


def test_spans_vouched_for_still_count_toward_the_nesting_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    run = large_run(2, 2)
    leaf = run["trace_spans"][0]["children"][0]
    span: dict[str, Any] = leaf
    for _ in range(_checker.MAX_SELF_NESTING + 5):
        span = {**leaf, "children": [span]}
    run["trace_spans"] = [span]
    run["steps"][0]["status"] = 5  # off the fast path, into the checker
    issues = check(run)
    assert issues[0].path == "/steps/0/status"
    assert len(issues) == 2 and issues[1].path.count("/children/") == _checker.MAX_SELF_NESTING  # the 201st span
    assert issues[1].message == f"is nested more than {_checker.MAX_SELF_NESTING} levels deep"
    monkeypatch.setattr(_checker, "_fits_fast", lambda *args: False)
    assert check(run) == issues
