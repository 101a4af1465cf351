"""validate_run: issues with JSON Pointers, profiles, bad input, the fast path."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from retab_runs import ValidationIssue, validate_run
from retab_runs._checker import check
from retab_runs._validate import _fast_object, _fast_text
from tests.payloads import compact_json, large_run, seed_run
from tests.spec import example


@pytest.mark.parametrize("form", ["dict", "bytes", "str"])
def test_the_seed_example_yields_exactly_its_known_deviations(form: str) -> None:
    seed = example("legacy_seed")
    data: Any = {"dict": seed, "bytes": compact_json(seed), "str": json.dumps(seed)}[form]
    assert validate_run(data) == [
        ValidationIssue("/config_snapshot_id", "is required but missing"),
        ValidationIssue("/input_documents/start-node-1/id", "is required but missing"),
    ]


@pytest.mark.parametrize("payload", [seed_run(), example("complete"), large_run(50, 50)])
def test_valid_records_have_no_issues_in_any_form_or_profile(payload: dict[str, Any]) -> None:
    for data in (payload, compact_json(payload), compact_json(payload).decode()):
        assert validate_run(data) == []
        assert validate_run(data, profile="compatible") == []


def test_issues_carry_pointer_message_and_short_value() -> None:
    run = example("complete")
    run["steps"][3]["status"] = "frozen"
    run["steps"][1]["duration_ms"] = "x" * 500
    run["cost_summary"]["models"]["gpt-5.2"]["tokens"]["input"] = -1.5
    issues = validate_run(run)
    assert [(i.path, i.message) for i in issues] == [
        ("/steps/1/duration_ms", "should be an integer or null, not string"),
        (
            "/steps/3/status",
            "should be one of pending, queued, running, completed, skipped, error, waiting_for_human, cancelled",
        ),  # fmt: skip
        ("/cost_summary/models/gpt-5.2/tokens/input", "should be an integer, not number"),
    ]
    assert issues[0].value is not None and len(issues[0].value) == 80 and issues[0].value.endswith("...")
    assert str(issues[1]) == (
        "/steps/3/status: should be one of pending, queued, running, completed, skipped, error, "
        "waiting_for_human, cancelled (got 'frozen')"
    )


def test_profiles_differ_only_on_unknown_enum_values() -> None:
    run = example("complete")
    run["status"] = "archived"
    run["steps"][0]["node_type"] = "translate"
    run["new_key"] = {"kept": True}
    assert [i.path for i in validate_run(run)] == ["/status", "/steps/0/node_type"]
    assert validate_run(run, profile="compatible") == []
    run["steps"][0]["status"] = 3  # a wrong type is wrong in both
    assert [i.path for i in validate_run(run, profile="compatible")] == ["/steps/0/status"]


def test_an_unknown_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="profile must be one of strict, compatible"):
        validate_run({}, profile="lenient")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"[1, 2]", "should be an object, not array"),
        (b"", "is not JSON: Expecting value"),
        (b"{", "is not JSON"),
        (b'{"id": "\xff\xfe"}', "is not UTF-8 text (byte 8: invalid start byte)"),
        ("\ufeff{}", "is not JSON: Unexpected UTF-8 BOM"),
        (42, "should be JSON text (bytes or str) or a mapping, not int"),
        (None, "should be JSON text (bytes or str) or a mapping, not NoneType"),
    ],
)
def test_input_that_is_not_a_json_object_gives_one_issue(data: Any, message: str) -> None:
    issues = validate_run(data)
    assert len(issues) == 1
    assert issues[0].path == "" and issues[0].message.startswith(message)


def test_duplicate_keys_the_last_one_counts() -> None:
    text = compact_json(seed_run())[:-1] + b',"status":"frozen","status":"completed"}'
    assert validate_run(text) == []
    text = compact_json(seed_run())[:-1] + b',"status":"completed","status":5}'
    assert [i.path for i in validate_run(text)] == ["/status"]


def test_huge_strings_are_fine() -> None:
    run = seed_run()
    run["workflow_name"] = "x" * 20_000_000
    assert validate_run(compact_json(run)) == []


def spans_nested(depth: int) -> dict[str, Any]:
    root: dict[str, Any] = {"id": "0", "name": "n", "start_time": "a", "end_time": "b"}
    node = root
    for level in range(1, depth):
        child: dict[str, Any] = {"id": str(level), "name": "n", "start_time": "a", "end_time": "b"}
        node["children"] = [child]
        node = child
    return {**seed_run(), "trace_spans": [root]}


@pytest.mark.parametrize("form", ["dict", "bytes"])
def test_trace_trees_200_deep_validate_and_deeper_ones_give_one_clear_issue(form: str) -> None:
    def as_form(value: dict[str, Any]) -> Any:
        return value if form == "dict" else compact_json(value)

    assert validate_run(as_form(spans_nested(200))) == []
    issues = validate_run(as_form(spans_nested(201)))
    assert len(issues) == 1 and issues[0].message == "is nested more than 200 levels deep"
    assert issues[0].path == "/trace_spans/0" + "/children/0" * 200


TOO_DEEP_TO_DECODE = "is nested too deeply to decode; trace spans may nest at most 200 levels"


def spans_nested_text(depth: int) -> bytes:
    """A run whose trace spans nest ``depth`` deep, as JSON text: twice as many JSON levels."""
    span = b'{"id":"x","name":"n","start_time":"a","end_time":"b","children":['
    return compact_json(seed_run())[:-1] + b',"trace_spans":[' + span * depth + b"]}" * depth + b"]}"


def json_loads_decodes(text: bytes) -> bool:
    try:
        json.loads(text)
    except RecursionError:
        return False
    return True


def test_a_thousand_levels_never_crash() -> None:
    deep = spans_nested(1000)
    issues = validate_run(deep)
    assert [i.message for i in issues] == ["is nested more than 200 levels deep"]
    text = spans_nested_text(1000)  # 2,000 levels of JSON
    issues = validate_run(text)
    if json_loads_decodes(text):  # Python 3.13's json.loads decodes them; 3.10 to 3.12 refuse them
        assert [(i.path, i.message) for i in issues] == [
            ("/trace_spans/0" + "/children/0" * 200, "is nested more than 200 levels deep")
        ]
    else:
        assert [(i.path, i.message) for i in issues] == [("", TOO_DEEP_TO_DECODE)]


def test_text_too_deep_for_json_loads_gives_one_issue() -> None:
    text = spans_nested_text(100_000)  # 200,000 levels of JSON: more than json.loads takes on any Python
    assert not json_loads_decodes(text)
    assert [(i.path, i.message) for i in validate_run(text)] == [("", TOO_DEEP_TO_DECODE)]


def test_integral_floats_are_integers_as_in_json_schema() -> None:
    run = seed_run()
    run["duration_ms"] = 15000.0
    assert validate_run(run) == [] and validate_run(compact_json(run)) == []
    run["duration_ms"] = 15000.5
    assert [i.message for i in validate_run(run)] == ["should be an integer or null, not number"]


def test_the_fast_path_takes_valid_records_and_only_those() -> None:
    good = large_run(100, 100)
    assert _fast_text(compact_json(good)) and _fast_object(good)
    bad = large_run(100, 100)
    bad["steps"][42]["started_at"] = "2026-02-30T09:00:00Z"  # no 30 February
    assert not _fast_text(compact_json(bad)) and not _fast_object(bad)
    assert [i.path for i in check(bad)] == ["/steps/42/started_at"]


def test_importing_the_entry_point_imports_neither_httpx_nor_pydantic() -> None:
    code = "import sys; from retab_runs import validate_run; print('httpx' in sys.modules, 'pydantic' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]
