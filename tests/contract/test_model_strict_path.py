"""``from_json``'s strict fast path: msgspec Structs and a generated converter per model.

A payload that says exactly what the spec says is decoded into the Structs of
``models/_wire.py`` and converted into the attrs models there (``build_strict``); a payload
with anything else (a key the spec does not name, a value of another type, a date-time
that is not RFC 3339, too deep a nesting, text msgspec does not read) is refused by it, and
``from_json`` takes the checked path (``from_dict``). Whichever path builds, the result is
the one ``from_dict`` gives: equal objects, the same JSON written back (absent keys, nulls,
date-time text as received, unknown enum values), the same error.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from retab_runs_client.models import SpanStatus, WorkflowRun
from retab_runs_client.models._wire import MAX_NESTING, build_strict
from retab_runs_client.v2026_08_16.models import WorkflowRun as TodaysRun
from retab_runs_client.v2026_08_16.models import WorkflowRunList, WorkflowStepList
from retab_runs_client.v2026_08_16.models._wire import build_strict as build_strict_today
from tests.outcomes import outcome
from tests.payloads import large_run, run_with_status, seed_run
from tests.strategies import mutated_runs

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))  # bench_payloads: both contracts' records


def span(levels: int = 1) -> dict[str, Any]:
    node: dict[str, Any] = {"id": "s", "name": "n", "start_time": "a", "end_time": "b"}
    for _ in range(levels - 1):
        node = {"id": "s", "name": "n", "start_time": "a", "end_time": "b", "children": [node]}
    return node


def plain_run() -> dict[str, Any]:
    """A run with only keys the spec names (the seed's example has a step key it does not)."""
    return {**run_with_status("completed"), "created_at": "2024-01-15T10:30:00Z", "trace_spans": []}


def conforming() -> list[tuple[str, Any, Any, bytes]]:
    """(model name, class, build_strict, JSON text) of records that say exactly what their spec says."""
    from bench_payloads import compact, today_runs_page, today_steps_page, vendor_run

    run = {**plain_run(), "trace_spans": [{**span(3), "status": "paused", "duration": 1}]}  # an unknown enum value
    return [
        ("WorkflowRun", WorkflowRun, build_strict, json.dumps(run).encode()),
        ("WorkflowRun", WorkflowRun, build_strict, json.dumps(plain_run()).encode()),
        ("WorkflowRun", WorkflowRun, build_strict, json.dumps(large_run(20, 40)).encode()),
        ("WorkflowRun", WorkflowRun, build_strict, compact(vendor_run(30))),
        ("WorkflowRunList", WorkflowRunList, build_strict_today, compact(today_runs_page(40_000))),
        ("WorkflowStepList", WorkflowStepList, build_strict_today, compact(today_steps_page(40_000))),
    ]


def test_records_as_the_spec_says_them_take_the_strict_path_and_build_what_from_dict_builds() -> None:
    for name, model, strict, body in conforming():
        built = strict(name, body)
        assert built is not None, name
        assert (
            built == model.from_dict(json.loads(body))
            and built.to_json() == model.from_dict(json.loads(body)).to_json()
        )
        assert built.to_dict() == json.loads(body)
        assert model.from_json(body).to_json() == built.to_json()


def test_an_unknown_enum_value_is_kept_on_the_strict_path() -> None:
    run = {**plain_run(), "trace_spans": [{**span(), "status": "paused"}]}
    built = build_strict("WorkflowRun", json.dumps(run))
    assert built is not None and built.trace_spans is not None
    assert built.trace_spans[0].status == SpanStatus("paused") and not built.trace_spans[0].status.is_known
    assert built.to_dict() == run


def test_each_absent_key_stays_absent_and_each_null_stays_null_on_the_strict_path() -> None:
    base = json.loads(json.dumps(large_run(3, 4)))
    for key in list(base):
        for variant in ("absent", "null"):
            payload = copy.deepcopy(base)
            if variant == "absent":
                del payload[key]
            else:
                payload[key] = None
            text = json.dumps(payload)
            built = build_strict("WorkflowRun", text)
            expected = outcome(WorkflowRun.from_dict, payload)
            if built is None:  # a required key, or null where the spec has none: the checked path says so
                assert expected[0] == "error" or variant == "null", (key, variant)
                continue
            assert (built, built.to_json()) == expected and built.to_dict() == payload, (key, variant)


def test_date_time_text_is_written_back_as_received_on_the_strict_path() -> None:
    texts = [
        "2024-01-15T10:30:00.250Z",
        "2024-01-15T10:30:00+00:00",
        "2024-01-15t10:30:00z",
        "2024-01-15T10:30:00.123456789-05:30",
    ]
    for text in texts:
        run = {**plain_run(), "created_at": text}
        built = build_strict("WorkflowRun", json.dumps(run))
        assert built is not None and built.to_dict()["created_at"] == text


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda r: r.update(created_at="2024-01-15 10:30:00Z"), id="not an RFC 3339 date-time"),
        pytest.param(lambda r: r["trace_spans"].append({**span(), "iteration_index": 2.0}), id="an integral float"),
        pytest.param(lambda r: r["trace_spans"].append({**span(), "duration": "slow"}), id="a value of another type"),
        pytest.param(lambda r: r.pop("workflow_id"), id="a required key missing"),
        pytest.param(lambda r: r["trace_spans"].append(span(MAX_NESTING + 1)), id="nested too deeply"),
        pytest.param(lambda r: r.update(lifecycle={"status": "running"}), id="a newer record shape"),
    ],
)
def test_what_the_strict_path_refuses_the_checked_path_decides(change: Any) -> None:
    run = plain_run()
    change(run)
    text = json.dumps(run)
    assert build_strict("WorkflowRun", text) is None
    assert outcome(WorkflowRun.from_json, text) == outcome(WorkflowRun.from_dict, run)


def test_text_msgspec_does_not_read_falls_back_to_the_checked_decoder() -> None:
    cost = {"total": float("nan"), "input_cost": 0.5, "output_cost": 1}  # NaN: json.loads reads it, msgspec does not
    text = json.dumps({**plain_run(), "cost_summary": cost})
    assert build_strict("WorkflowRun", text) is None
    built = WorkflowRun.from_json(text)
    assert built.cost_summary is not None and built.cost_summary.total != built.cost_summary.total


def test_todays_run_of_the_seeds_era_is_refused_with_the_era_named() -> None:
    from retab_runs_client.v2026_08_16.errors import ModelParseError as TodaysError

    with pytest.raises(TodaysError, match="2026-02-26"):
        TodaysRun.from_json(json.dumps(seed_run()))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_runs())
def test_the_strict_path_builds_only_what_from_dict_builds(payload: dict[str, Any]) -> None:
    built = build_strict("WorkflowRun", json.dumps(payload))
    expected = outcome(WorkflowRun.from_dict, payload)
    if built is not None:
        assert (built, built.to_json()) == expected
    assert outcome(WorkflowRun.from_json, json.dumps(payload)) == expected


def test_the_clients_get_takes_the_strict_path_and_falls_back_as_from_json_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import httpx

    from retab_runs import ResponseValidationError
    from retab_runs._exchange import parse_run
    from retab_runs_client.models import _wire

    taken: list[bool] = []

    def spy(model: str, data: Any) -> Any:
        built = build_strict(model, data)
        taken.append(built is not None)
        return built

    request = httpx.Request("GET", "http://127.0.0.1/v1/workflows/runs/r")
    body = json.dumps(large_run(20, 40)).encode()
    expected = WorkflowRun.from_dict(json.loads(body)).to_json()
    monkeypatch.setattr(_wire, "build_strict", spy)
    assert parse_run(httpx.Response(200, content=body, request=request)).to_json() == expected
    assert taken == [True]
    kept = parse_run(httpx.Response(200, content=json.dumps({**plain_run(), "surprise": 1}).encode(), request=request))
    assert taken == [True, True] and kept["surprise"] == 1  # a key the spec does not name: learned
    newer = {k: v for k, v in plain_run().items() if k != "status"} | {"lifecycle": {}}
    with pytest.raises(ResponseValidationError, match="newer run record shape"):
        parse_run(httpx.Response(200, content=json.dumps(newer).encode(), request=request))
    with pytest.raises(ResponseValidationError, match="duration"):
        parse_run(
            httpx.Response(200, content=json.dumps({**plain_run(), "duration_ms": "slow"}).encode(), request=request)
        )
    assert taken == [True, True, False, False]
