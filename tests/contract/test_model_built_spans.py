"""Trace spans from JSON are checked at parse time and built into models on first read.

``from_json`` and the client check the span tree in one C pass and keep the decoded
list; the ``TraceSpan`` objects are made when ``trace_spans`` is first read. Nothing a
caller can see changes: the same errors at parse time with the same paths, equality,
repr, ``to_dict``, pickling and copies. ``from_dict`` on a caller's dict builds at once,
since the caller may change the dict afterwards.
"""

from __future__ import annotations

import copy
import json
import math
import pickle
import threading
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retab_runs import ResponseValidationError
from retab_runs._exchange import parse_run
from retab_runs_client.errors import ModelParseError
from retab_runs_client.models import SpanStatus, TraceSpan, WorkflowRun
from retab_runs_client.types import Unbuilt
from tests.payloads import large_run, seed_run
from tests.strategies import REPLACEMENTS, mutated_runs


def _slot(run: WorkflowRun) -> Any:
    """What the run's slot holds, without the first-read build."""
    member: Any = WorkflowRun.__dict__["trace_spans"]
    return member.slot.__get__(run, WorkflowRun)


def response(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, request=httpx.Request("GET", "http://127.0.0.1/v1/workflows/runs/r"))


def chain(levels: int) -> dict[str, Any]:
    span: dict[str, Any] = {"id": "s", "name": "n", "start_time": "a", "end_time": "b"}
    for _ in range(levels - 1):
        span = {"id": "s", "name": "n", "start_time": "a", "end_time": "b", "children": [span]}
    return span


def parse_both(payload: dict[str, Any]) -> tuple[Any, Any]:
    """(from_json, from_dict) of ``payload``: each a run or the (loc, problem) of its error."""
    out: list[Any] = []
    for lazy in (True, False):
        try:
            out.append(WorkflowRun.from_json(json.dumps(payload)) if lazy else WorkflowRun.from_dict(payload))
        except ModelParseError as exc:
            out.append((exc.loc, exc.problem))
    return out[0], out[1]


def test_spans_from_json_are_built_on_first_read() -> None:
    run = large_run(20, 20)
    parsed = WorkflowRun.from_json(json.dumps(run))
    assert isinstance(_slot(parsed), Unbuilt)
    spans = parsed.trace_spans
    assert spans is not None and all(isinstance(s, TraceSpan) for s in spans)
    assert _slot(parsed) is spans and parsed.trace_spans is spans  # built once, then kept
    assert parsed == WorkflowRun.from_dict(run)
    assert parsed.to_dict() == run


def test_the_client_defers_them_too_and_from_dict_does_not() -> None:
    run = large_run(5, 5)
    assert isinstance(_slot(parse_run(response(json.dumps(run).encode()))), Unbuilt)
    assert isinstance(_slot(WorkflowRun.from_dict(run)), list)


def test_an_error_deep_in_the_tree_is_raised_at_parse_time_with_its_path() -> None:
    run = large_run(5, 40)
    span = run["trace_spans"][0]["children"][-1]
    span.setdefault("children", []).append({**chain(1), "duration": "slow"})
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_json(json.dumps(run))
    index = len(run["trace_spans"][0]["children"]) - 1
    assert caught.value.loc == ["trace_spans", 0, "children", index, "children", len(span["children"]) - 1, "duration"]


def test_integral_floats_and_unknown_enum_values_stay_lazy_and_read_as_before() -> None:
    run = {**seed_run(), "trace_spans": [{**chain(1), "duration": 2.0, "status": "paused", "iteration_index": 1.0}]}
    parsed = WorkflowRun.from_json(json.dumps(run))
    assert isinstance(_slot(parsed), Unbuilt)
    assert parsed.trace_spans is not None
    span = parsed.trace_spans[0]
    assert span.duration == 2 and type(span.duration) is int and span.iteration_index == 1
    assert span.status == SpanStatus("paused") and not span.status.is_known
    assert parsed == WorkflowRun.from_dict(run)


def test_the_nesting_limit_is_checked_at_parse_time() -> None:
    fits = {**seed_run(), "trace_spans": [chain(200)]}
    assert isinstance(_slot(WorkflowRun.from_json(json.dumps(fits))), Unbuilt)
    too_deep = {**seed_run(), "trace_spans": [chain(201)]}
    with pytest.raises(ModelParseError, match="nested more than 200 levels"):
        WorkflowRun.from_json(json.dumps(too_deep))


def test_equality_repr_pickle_and_copies_see_the_built_spans() -> None:
    run = large_run(5, 12)
    body = json.dumps(run)
    eager = WorkflowRun.from_dict(run)
    assert repr(WorkflowRun.from_json(body)) == repr(eager)
    assert pickle.loads(pickle.dumps(WorkflowRun.from_json(body))) == eager
    assert copy.copy(WorkflowRun.from_json(body)) == eager
    assert copy.deepcopy(WorkflowRun.from_json(body)) == eager
    assert attrs.evolve(WorkflowRun.from_json(body)) == eager
    assert attrs.asdict(WorkflowRun.from_json(body)) == attrs.asdict(eager)


def test_unread_spans_are_held_packed_not_as_decoded_dicts() -> None:
    held = _slot(WorkflowRun.from_json(json.dumps(large_run(3, 50))))
    assert held.items is None and isinstance(held.packed, bytes)


def test_values_msgpack_cannot_hold_or_that_only_json_loads_reads_come_back_exactly() -> None:
    span = {**chain(1), "input": {"big": 2**70, "small": -(2**63)}, "output": {"nan": float("nan"), "inf": 1e999}}
    run = {**seed_run(), "trace_spans": [span]}
    parsed = WorkflowRun.from_json(json.dumps(run))
    assert isinstance(_slot(parsed), Unbuilt)
    assert parsed.trace_spans is not None
    read = parsed.trace_spans[0]
    assert read.input == {"big": 2**70, "small": -(2**63)}
    assert read.output is not None and math.isnan(read.output["nan"]) and read.output["inf"] == float("inf")
    body = json.dumps({**seed_run(), "trace_spans": [{**chain(1), "name": "caf\u00e9 \U0001f600 \ud800"}]})
    spans = WorkflowRun.from_json(body).trace_spans  # a lone surrogate: json.loads reads it, msgpack cannot
    assert spans is not None and spans[0].name == "caf\u00e9 \U0001f600 \ud800"


def test_setting_and_deleting_the_field_before_a_read() -> None:
    parsed = WorkflowRun.from_json(json.dumps(large_run(3, 3)))
    parsed.trace_spans = []
    assert parsed.trace_spans == [] and parsed.to_dict()["trace_spans"] == []
    del parsed.trace_spans
    with pytest.raises(AttributeError):
        _ = parsed.trace_spans


def test_threads_reading_at_once_get_one_list() -> None:
    parsed = WorkflowRun.from_json(json.dumps(large_run(3, 300)))
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(parsed.trace_spans)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(seen) == 8 and all(s is seen[0] for s in seen)


@st.composite
def runs_with_a_changed_span(draw: st.DrawFn) -> dict[str, Any]:
    """A run of many spans with one value inside its span tree replaced or one key removed."""
    run = large_run(2, draw(st.integers(1, 30)), seed=draw(st.integers(0, 1000)))
    places: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            places.append((node, key))
            walk(value)

    walk(run["trace_spans"])
    container, key = draw(st.sampled_from(places))
    if isinstance(container, dict) and draw(st.booleans()):
        del container[key]
    else:
        container[key] = draw(st.sampled_from(REPLACEMENTS))
    return run


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(runs_with_a_changed_span(), mutated_runs()))
def test_from_json_and_from_dict_agree_on_every_run(payload: dict[str, Any]) -> None:
    # The C pass may only ever say "valid" when the models would: the same run or the same error.
    lazy, eager = parse_both(payload)
    if isinstance(eager, WorkflowRun):
        assert isinstance(lazy, WorkflowRun)
        assert lazy == eager and lazy.to_dict() == eager.to_dict() and repr(lazy) == repr(eager)
    else:
        assert lazy == eager


def test_spans_are_checked_from_their_json_text_and_kept_as_it() -> None:
    run = large_run(3, 50)
    for parsed in (WorkflowRun.from_json(json.dumps(run)), parse_run(response(json.dumps(run).encode()))):
        held = _slot(parsed)
        assert isinstance(held, Unbuilt) and held.items is None and held.decode is not None
        assert isinstance(held.packed, bytes) and json.loads(held.packed) == run["trace_spans"]
        assert parsed == WorkflowRun.from_dict(copy.deepcopy(run))


def _deep_in_spans(run: dict[str, Any]) -> None:
    run["trace_spans"][0]["children"][-1].setdefault("children", []).append({**chain(1), "duration": "slow"})


@pytest.mark.parametrize(
    "change",
    [
        _deep_in_spans,
        lambda run: run.update(trace_spans=[chain(201)]),
        lambda run: run.update(trace_spans=[{**chain(1), "status": 3}]),
        lambda run: run.update(trace_spans={"not": "a list"}),
        lambda run: run.update(trace_spans=None),
        lambda run: run.update(trace_spans=[]),
        lambda run: run["steps"][2].update(cost={"input": "free"}),
    ],
    ids=["deep-type", "too-deep", "enum-type", "not-a-list", "null", "empty", "deep-in-a-step"],
)
def test_json_text_path_gives_what_from_dict_gives(change: Any) -> None:
    run = large_run(5, 40)
    change(run)
    body = json.dumps(run)
    lazy, eager = parse_both(run)
    assert lazy == eager
    try:
        client: Any = parse_run(response(body.encode()))
    except ResponseValidationError as exc:  # the client's own error: it reports the same place
        assert isinstance(eager, tuple), exc
        pointer = "".join(f"/{part}" for part in eager[0])
        assert pointer in [problem.path for problem in exc.problems], exc
    else:
        assert client == eager


def test_json_text_path_keeps_decode_json_answers_for_unusual_text() -> None:
    run = large_run(3, 5)
    spans = json.dumps(run["trace_spans"])
    # the last of two keys counts, as json.loads has it
    doubled = json.dumps({**run, "trace_spans": []})[:-1] + ', "trace_spans": ' + spans + "}"
    assert WorkflowRun.from_json(doubled) == WorkflowRun.from_dict(json.loads(doubled))
    # NaN elsewhere in the run: msgspec refuses the text, json.loads reads it
    odd = json.dumps({**run, "error_details": {"x": float("nan")}})
    parsed = WorkflowRun.from_json(odd)
    assert parsed.error_details is not None and math.isnan(parsed.error_details["x"])
    assert parsed.trace_spans == WorkflowRun.from_dict(json.loads(odd)).trace_spans
    with pytest.raises(ModelParseError):
        WorkflowRun.from_json(json.dumps([run]))
