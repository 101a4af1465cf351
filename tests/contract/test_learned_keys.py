"""The strict path learns keys the spec does not name, and builds what the checked path builds.

A vendor's additive change (a new key in a record) would send every record through the
checked path, twice the time. The Structs of ``models/_wire.py`` instead learn such a key
from msgspec's refusal (which key, where) and decode again; the converters keep its value
among the model's extra keys, as the checked path does. What is built is the same either
way, the JSON written back too; keys of a newer shape or another era are never learned (the
checked path names the shape), nor beyond the bounds (``_LEARN_AT_MOST``, ``_LEARN_PER_PARSE``).
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings

from retab_runs_client.errors import ModelParseError
from retab_runs_client.models import WorkflowRun, _wire
from retab_runs_client.v2026_08_16.models import WorkflowRunList
from retab_runs_client.v2026_08_16.models import _wire as todays_wire
from tests.outcomes import outcome
from tests.payloads import large_run, seed_run
from tests.strategies import runs_with_unknown_keys

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))  # bench_payloads: today's records


def same_either_way(payload: dict[str, Any]) -> Any:
    """The strict path's model (None when it refused), after checking it is the checked path's."""
    text = json.dumps(payload)
    expected = outcome(WorkflowRun.from_dict, payload)
    built = _wire.build_strict("WorkflowRun", text)
    if built is not None:
        assert (built, built.to_json()) == expected
    assert outcome(WorkflowRun.from_json, text) == expected
    return built


def run() -> dict[str, Any]:
    payload: dict[str, Any] = json.loads(json.dumps(large_run(3, 4)))
    return payload


@pytest.mark.parametrize(
    ("where", "model"),
    [
        pytest.param(lambda r: r, "WorkflowRun", id="the run"),
        pytest.param(lambda r: r["steps"][1], "StepStatusSummary", id="a step"),
        pytest.param(lambda r: next(iter(r["input_documents"].values())), "BaseMIMEData", id="a value of a map"),
        pytest.param(lambda r: r["trace_spans"][0]["children"][0], "TraceSpan", id="a span in a span"),
    ],
)
def test_a_key_the_spec_does_not_name_is_learned_and_kept(where: Any, model: str) -> None:
    payload = run()
    where(payload)["surprise"] = {"kept": [1, 2.5, None, "ü"]}
    built = same_either_way(payload)
    assert built is not None and _wire.learned_keys() == {model: ("surprise",)}
    assert built.to_dict() == payload
    assert same_either_way(run()) is not None  # the key absent: nothing kept, still the strict path
    assert same_either_way(payload) is not None and _wire.learned_keys() == {model: ("surprise",)}


def test_the_seeds_example_is_learned_once_and_its_pages_take_the_strict_path() -> None:
    assert same_either_way(seed_run()) is not None
    assert _wire.learned_keys() == {"StepStatusSummary": ("output",), "BaseMIMEData": ("file_id",)}
    page = {"data": [seed_run(), run()], "list_metadata": {"before": None, "after": "x"}}
    found = _wire.strict_page("WorkflowRun", json.dumps(page))
    assert found is not None
    assert [r.to_dict() for r in found[0]] == page["data"]
    assert found[0] == [WorkflowRun.from_dict(r) for r in page["data"]]


def test_a_newer_shapes_keys_are_never_learned() -> None:
    newer = {k: v for k, v in run().items() if k != "status"} | {"lifecycle": {"status": "running"}}
    assert same_either_way(newer) is None
    with pytest.raises(ModelParseError, match="newer run record shape"):
        WorkflowRun.from_json(json.dumps(newer))
    both = {**run(), "lifecycle": {"status": "running"}}  # with status: the checked path keeps it
    assert same_either_way(both) is None and WorkflowRun.from_json(json.dumps(both))["lifecycle"] == both["lifecycle"]
    assert _wire.learned_keys() == {}


def test_todays_era_keys_are_never_learned_and_its_records_learn_the_rest() -> None:
    from bench_payloads import compact, today_runs_page

    page = today_runs_page(6_000)
    page["data"][0]["timing"]["queued_at"] = "2026-02-21T06:46:45Z"
    page["data"][1]["added"] = [1]
    text = compact(page)
    built = todays_wire.build_strict("WorkflowRunList", text)
    assert built is not None and built == WorkflowRunList.from_dict(json.loads(text))
    assert built.to_json() == WorkflowRunList.from_dict(json.loads(text)).to_json()
    assert todays_wire.learned_keys() == {"RunTiming": ("queued_at",), "WorkflowRun": ("added",)}
    seeds = {"data": [{**page["data"][0], "status": "completed"}], "list_metadata": page["list_metadata"]}
    del seeds["data"][0]["lifecycle"]
    assert todays_wire.build_strict("WorkflowRunList", json.dumps(seeds)) is None
    assert "status" not in str(todays_wire.learned_keys())


def test_two_learned_keys_in_one_object_keep_the_order_of_the_text() -> None:
    assert same_either_way({**run(), "a": 1}) is not None
    assert same_either_way({**run(), "b": 2}) is not None
    assert _wire.learned_keys() == {"WorkflowRun": ("a", "b")}
    for keys in (("b", "a"), ("a", "b")):
        payload = {**run(), **{key: key for key in keys}}
        assert same_either_way(payload) is None  # the Struct does not keep their order: the checked path
        assert list(json.loads(WorkflowRun.from_json(json.dumps(payload)).to_json()))[-2:] == list(keys)


def test_learning_stops_at_its_bounds() -> None:
    payload: dict[str, Any] = json.loads(json.dumps(large_run(_wire._LEARN_PER_PARSE + 4, 2)))
    for n, step in enumerate(payload["steps"]):
        step[f"s{n}"] = n  # one key to learn in each step
    assert _wire.build_strict("WorkflowRun", json.dumps(payload)) is None  # more new keys than one parse learns
    assert sum(map(len, _wire.learned_keys().values())) == _wire._LEARN_PER_PARSE
    assert same_either_way(payload) is not None  # the next parse learns the rest
    for n in range(_wire._LEARN_AT_MOST + 5):
        same_either_way({**run(), f"k{n}": n})
    assert sum(map(len, _wire.learned_keys().values())) == _wire._LEARN_AT_MOST
    assert same_either_way({**run(), "one_more": 1}) is None


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(runs_with_unknown_keys())
@example({**copy.deepcopy(seed_run()), "` - at `$.steps[0]": 1})
def test_what_is_learned_builds_what_the_checked_path_builds(payload: dict[str, Any]) -> None:
    same_either_way(payload)
