"""Every typed parse path returns fully built objects: reading an attribute afterwards decodes nothing.

``from_json``, ``from_dict`` and the client's parse path (both contracts) leave no JSON
text, packed bytes or placeholder in any slot of the objects they return: the trace spans
of a run are ``TraceSpan`` objects as soon as the call returns, and the class reads its
slots with attrs' own descriptors (no build on first read). Errors deep in the span tree
still name their path, and the nesting limit still holds, at parse time.
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

from retab_runs._exchange import parse_run
from retab_runs_client.errors import ModelParseError
from retab_runs_client.models import SpanStatus, TraceSpan, WorkflowRun
from retab_runs_client.v2026_08_16.models import WorkflowRunList, WorkflowStepList
from tests.payloads import large_run, seed_run

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))  # bench_payloads: today's pages


def response(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, request=httpx.Request("GET", "http://127.0.0.1/v1/workflows/runs/r"))


def chain(levels: int) -> dict[str, Any]:
    span: dict[str, Any] = {"id": "s", "name": "n", "start_time": "a", "end_time": "b"}
    for _ in range(levels - 1):
        span = {"id": "s", "name": "n", "start_time": "a", "end_time": "b", "children": [span]}
    return span


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
