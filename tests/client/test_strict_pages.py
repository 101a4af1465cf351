"""The client's pages of runs and model bodies take the models' strict fast path first.

A page that says exactly what the spec says is decoded into msgspec Structs and its runs
built by the generated converter (``retab_runs_client.models._wire.strict_page``); a key the
spec does not name in a run is learned by the Structs and kept; a page with anything else (a
key of the page itself, a run that does not fit) is refused by it and the checked path
decides: the extra keys are kept, the error names ``/data/<index>``.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from retab_runs import ResponseValidationError
from retab_runs._pagination import parse_run_page
from retab_runs_client.models import WorkflowRun, _wire
from tests.payloads import large_run, run_with_status


def page(runs: list[dict[str, Any]], **extra: Any) -> httpx.Response:
    body = {"data": runs, "list_metadata": {"before": None, "after": "run_9"}, **extra}
    request = httpx.Request("GET", "http://127.0.0.1/v1/workflows/runs")
    return httpx.Response(200, content=json.dumps(body).encode(), request=request)


@pytest.fixture
def converted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the runs the strict path's converter built."""
    seen: list[str] = []
    build = _wire.build_workflow_run

    def spy(item: Any) -> WorkflowRun:
        run = build(item)
        seen.append(str(run.id))
        return run

    monkeypatch.setattr(_wire, "build_workflow_run", spy)
    whole, _, metadata = _wire._PAGES["WorkflowRun"]  # strict_page's own reference
    monkeypatch.setitem(_wire._PAGES, "WorkflowRun", (whole, spy, metadata))
    return seen


def test_a_page_as_the_spec_says_it_is_built_by_the_strict_path(converted: list[str]) -> None:
    runs = [{**large_run(3, 5), "id": f"run_{i}"} for i in range(4)]
    built, metadata = parse_run_page(page(runs))
    assert converted == ["run_0", "run_1", "run_2", "run_3"]
    assert [r.to_dict() for r in built] == runs and built == [WorkflowRun.from_dict(r) for r in runs]
    assert (metadata.before, metadata.after) == (None, "run_9")


def test_a_page_with_keys_the_spec_does_not_name_keeps_them(converted: list[str]) -> None:
    runs = [run_with_status("completed", "run_0"), {**run_with_status("running", "run_1"), "surprise": [1]}]
    built, _ = parse_run_page(page(runs))  # a run's key: learned, the strict path builds
    assert converted == ["run_0", "run_1"] and built[1]["surprise"] == [1] and [r.to_dict() for r in built] == runs
    converted.clear()
    built, _ = parse_run_page(page(runs[:1], has_more=True))  # a key of the page itself: never learned
    assert converted == [] and built[0].to_dict() == runs[0]


def test_a_run_that_does_not_fit_is_named_by_its_pointer(converted: list[str]) -> None:
    runs = [run_with_status("completed", "run_0"), {**run_with_status("running", "run_1"), "duration_ms": "slow"}]
    with pytest.raises(ResponseValidationError, match="/data/1/duration_ms"):
        parse_run_page(page(runs))


def test_a_model_body_takes_the_strict_path_and_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    from retab_runs._parsers import model_parser
    from retab_runs_client.models import CancelWorkflowResponse

    taken: list[bool] = []
    build = _wire.build_strict

    def spy(model: str, data: Any) -> Any:
        built = build(model, data)
        taken.append(built is not None)
        return built

    monkeypatch.setattr(_wire, "build_strict", spy)
    request = httpx.Request("POST", "http://127.0.0.1/v1/workflows/runs/run_0/cancel")
    parse = model_parser("CancelWorkflowResponse")
    body: dict[str, Any] = {"run": run_with_status("cancelled", "run_0"), "cancellation_status": "cancelled"}
    parsed = parse(httpx.Response(200, content=json.dumps(body).encode(), request=request))
    assert taken == [True] and isinstance(parsed, CancelWorkflowResponse) and parsed.to_dict() == body
    body["run"]["surprise"] = 1  # learned
    parsed = parse(httpx.Response(200, content=json.dumps(body).encode(), request=request))
    assert taken == [True, True] and parsed.to_dict() == body
    body["run"]["duration_ms"] = 1.5  # not an integer: the checked path says so
    with pytest.raises(ResponseValidationError, match="duration_ms"):
        parse(httpx.Response(200, content=json.dumps(body).encode(), request=request))
    assert taken == [True, True, False]
