"""Every typed parse path returns fully built objects: reading an attribute afterwards decodes nothing.

``from_json``, ``from_dict`` and the client's parse path (both contracts) leave no JSON
text, packed bytes or placeholder in any slot of the objects they return: the trace spans
of a run are ``TraceSpan`` objects as soon as the call returns, and the class reads its
slots with attrs' own descriptors (no build on first read). Errors deep in the span tree
still name their path, and the nesting limit still holds, at parse time; text, dict and the
client agree on every run (the same run or the same error).
"""

from __future__ import annotations

import copy
import json
import math
import pickle
import sys
from pathlib import Path
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
from retab_runs_client.v2026_08_16.models import WorkflowRunList, WorkflowStepList
from tests.payloads import large_run, seed_run
from tests.strategies import REPLACEMENTS, mutated_runs

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))  # bench_payloads: today's pages


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
    for text in (True, False):
        try:
            out.append(WorkflowRun.from_json(json.dumps(payload)) if text else WorkflowRun.from_dict(payload))
        except ModelParseError as exc:
            out.append((exc.loc, exc.problem))
    return out[0], out[1]


def slots_of(obj: Any) -> list[Any]:
    """The values in ``obj``'s slots, read past any descriptor the class might put on them."""
    values = []
    for cls in type(obj).__mro__:
        for name in getattr(cls, "__slots__", ()):
            member = cls.__dict__.get(name)
            if member is None or not hasattr(member, "__get__"):
                continue
            getter = getattr(member, "slot", member)  # a wrapping descriptor keeps attrs' slot as .slot
            try:
                values.append(getter.__get__(obj, type(obj)))
            except AttributeError:
                continue
    return values


def unbuilt_values(root: Any) -> list[str]:
    """Every value under ``root`` that is not plain JSON data or a model: raw text, bytes, placeholders."""
    found: list[str] = []
    stack = [root]
    while stack:
        value = stack.pop()
        if attrs.has(type(value)):
            stack.extend(slots_of(value))
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, (bytes, bytearray, memoryview)) or type(value).__name__ in ("Unbuilt", "Raw"):
            found.append(type(value).__name__)
    return found


def test_from_json_and_the_client_return_spans_built() -> None:
    run = large_run(20, 40)
    body = json.dumps(run).encode()
    for parsed in (WorkflowRun.from_json(body), parse_run(response(body)), WorkflowRun.from_dict(run)):
        held = slots_of(parsed)
        spans = next(v for v in held if isinstance(v, list) and v and isinstance(v[0], TraceSpan))
        assert all(isinstance(s, TraceSpan) for s in spans)
        assert unbuilt_values(parsed) == []
        assert parsed == WorkflowRun.from_dict(run) and parsed.to_dict() == run


def test_the_class_reads_its_slots_with_no_build_on_first_read() -> None:
    for name in ("trace_spans", "steps"):
        assert type(WorkflowRun.__dict__[name]).__name__ == "member_descriptor"


def test_todays_pages_are_built_as_parsed() -> None:
    from bench_payloads import compact, today_runs_page, today_steps_page

    for model, page in ((WorkflowRunList, today_runs_page(40_000)), (WorkflowStepList, today_steps_page(40_000))):
        body = compact(page)
        for parsed in (model.from_json(body), model.from_dict(json.loads(body))):
            assert unbuilt_values(parsed) == [] and parsed.to_dict() == page


def test_an_error_deep_in_the_tree_is_raised_at_parse_time_with_its_path() -> None:
    run = large_run(5, 40)
    span = run["trace_spans"][0]["children"][-1]
    span.setdefault("children", []).append({**chain(1), "duration": "slow"})
    index = len(run["trace_spans"][0]["children"]) - 1
    for parse in (WorkflowRun.from_json, lambda text: parse_run(response(text.encode()))):
        with pytest.raises(Exception) as caught:
            parse(json.dumps(run))
        loc = caught.value.loc if isinstance(caught.value, ModelParseError) else None
        pointer = f"/trace_spans/0/children/{index}/children/{len(span['children']) - 1}/duration"
        assert loc == ["trace_spans", 0, "children", index, "children", len(span["children"]) - 1, "duration"] or (
            pointer in str(caught.value)
        )


def test_integral_floats_and_unknown_enum_values_read_as_before() -> None:
    run = {**seed_run(), "trace_spans": [{**chain(1), "duration": 2.0, "status": "paused", "iteration_index": 1.0}]}
    parsed = WorkflowRun.from_json(json.dumps(run))
    assert parsed.trace_spans is not None
    span = parsed.trace_spans[0]
    assert span.duration == 2 and type(span.duration) is int and span.iteration_index == 1
    assert span.status == SpanStatus("paused") and not span.status.is_known
    assert parsed == WorkflowRun.from_dict(run) and parsed.to_dict() == run


def test_the_nesting_limit_is_checked_at_parse_time() -> None:
    fits = {**seed_run(), "trace_spans": [chain(200)]}
    assert unbuilt_values(WorkflowRun.from_json(json.dumps(fits))) == []
    too_deep = {**seed_run(), "trace_spans": [chain(201)]}
    with pytest.raises(ModelParseError, match="nested more than 200 levels"):
        WorkflowRun.from_json(json.dumps(too_deep))


def test_equality_repr_pickle_and_copies() -> None:
    run = large_run(5, 12)
    body = json.dumps(run)
    eager = WorkflowRun.from_dict(run)
    assert repr(WorkflowRun.from_json(body)) == repr(eager)
    assert pickle.loads(pickle.dumps(WorkflowRun.from_json(body))) == eager
    assert copy.deepcopy(WorkflowRun.from_json(body)) == eager
    assert attrs.evolve(WorkflowRun.from_json(body)) == eager


def test_values_only_json_loads_reads_come_back_exactly() -> None:
    span = {**chain(1), "input": {"big": 2**70, "small": -(2**63)}, "output": {"nan": float("nan"), "inf": 1e999}}
    parsed = WorkflowRun.from_json(json.dumps({**seed_run(), "trace_spans": [span]}))
    assert parsed.trace_spans is not None
    read = parsed.trace_spans[0]
    assert read.input == {"big": 2**70, "small": -(2**63)}
    assert read.output is not None and math.isnan(read.output["nan"]) and read.output["inf"] == float("inf")
    body = json.dumps({**seed_run(), "trace_spans": [{**chain(1), "name": "caf\u00e9 \U0001f600 \ud800"}]})
    spans = WorkflowRun.from_json(body).trace_spans
    assert spans is not None and spans[0].name == "caf\u00e9 \U0001f600 \ud800"


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
    # Text and dict give the same run or the same error.
    text, eager = parse_both(payload)
    if isinstance(eager, WorkflowRun):
        assert isinstance(text, WorkflowRun)
        assert text == eager and text.to_dict() == eager.to_dict() and repr(text) == repr(eager)
    else:
        assert text == eager


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
def test_text_and_client_paths_give_what_from_dict_gives(change: Any) -> None:
    run = large_run(5, 40)
    change(run)
    body = json.dumps(run)
    text, eager = parse_both(run)
    assert text == eager
    try:
        client: Any = parse_run(response(body.encode()))
    except ResponseValidationError as exc:  # the client's own error: it reports the same place
        assert isinstance(eager, tuple), exc
        pointer = "".join(f"/{part}" for part in eager[0])
        assert pointer in [problem.path for problem in exc.problems], exc
    else:
        assert client == eager


def test_text_path_keeps_decode_json_answers_for_unusual_text() -> None:
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
