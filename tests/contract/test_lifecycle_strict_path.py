"""Today's ``lifecycle`` on the strict fast path: tagged msgspec Structs, on records and pages.

Each variant of the run's and the step's ``lifecycle`` is a tagged Struct (``tag_field`` the
``status``) with a generated converter into its attrs class, decoded by the union's own decoder
from the record's ``msgspec.Raw``. A ``status`` the spec does not map, or a variant with a key the
spec does not name, is refused by the Structs: that value alone is read by the checked path's
statements, which keep it (``UnknownLifecycle``, the extra key); its record and page stay on the
fast path. Errors inside a variant carry their JSON pointer.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec
import pytest

from retab_runs_client.v2026_08_16.errors import ModelParseError
from retab_runs_client.v2026_08_16.models import (
    ErrorStepLifecycle,
    ErrorTerminal,
    UnknownLifecycle,
    WorkflowRun,
    WorkflowRunList,
    WorkflowStep,
    WorkflowStepList,
    _wire,
)
from tests.contract.test_models_2026_08_16 import RUN_VARIANTS, STEP_VARIANTS, lifecycle_of, run, step

MODELS: dict[str, tuple[Any, Any, Any]] = {
    "WorkflowRun": (WorkflowRun, WorkflowRunList, run),
    "WorkflowStep": (WorkflowStep, WorkflowStepList, step),
}


def page_of(records: list[dict[str, Any]]) -> bytes:
    return json.dumps({"data": records, "list_metadata": {"before": None, "after": "x_9"}}).encode()


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The page models whose text took the checked path (the strict path refused it)."""
    calls: list[str] = []
    build = _wire.build_strict

    def spy(model: str, data: Any) -> Any:
        built = build(model, data)
        if built is None:
            calls.append(model)
        return built

    monkeypatch.setattr(_wire, "build_strict", spy)
    return calls


@pytest.mark.parametrize(("item", "status", "variant"), [*(("WorkflowRun", *v) for v in RUN_VARIANTS),
                                                          *(("WorkflowStep", *v) for v in STEP_VARIANTS)])  # fmt: skip
def test_each_variant_is_a_tagged_struct_built_as_from_dict_builds(item: str, status: str, variant: str) -> None:
    model, _, record = MODELS[item]
    payload = record(lifecycle_of(variant, status))
    body = json.dumps(payload).encode()
    wire = msgspec.json.decode(body, type=getattr(_wire, f"{item}Struct"))
    assert type(getattr(_wire, f"_decode_{item}_lifecycle")(wire.lifecycle)).__name__ == f"{variant}TaggedStruct"
    built = _wire.build_strict(item, body)
    assert built is not None and type(built.lifecycle).__name__ == variant
    assert built == model.from_dict(payload) and built.to_dict() == payload
    assert built.lifecycle._absent == model.from_dict(payload).lifecycle._absent  # status read as present


@pytest.mark.parametrize("item", ["WorkflowRun", "WorkflowStep"])
def test_an_unknown_status_is_kept_as_unknown_lifecycle_and_round_trips(item: str) -> None:
    model, _, record = MODELS[item]
    payload = record({"status": "paused_by_ops", "until": "later"})
    parsed = model.from_json(json.dumps(payload))
    assert isinstance(parsed.lifecycle, UnknownLifecycle) and parsed.lifecycle.raw["until"] == "later"
    assert parsed.to_dict() == payload and model.from_json(parsed.to_json()) == parsed


@pytest.mark.parametrize("item", ["WorkflowRun", "WorkflowStep"])
def test_on_a_page_an_unknown_status_keeps_the_fast_path(item: str, checked: list[str]) -> None:
    _, page_model, record = MODELS[item]
    records = [record(lifecycle_of(variant, status)) for status, variant in (RUN_VARIANTS if item == "WorkflowRun"
                                                                               else STEP_VARIANTS)]  # fmt: skip
    records.insert(2, record({"status": "paused_by_ops", "until": "later"}))
    body = page_of(records)
    parsed = page_model.from_json(body)
    assert checked == []  # the page took the Structs, the unknown lifecycle read on its own
    assert isinstance(parsed.data[2].lifecycle, UnknownLifecycle) and parsed.data[2].lifecycle.status == "paused_by_ops"
    assert parsed.to_dict() == json.loads(body) and parsed == page_model.from_dict(json.loads(body))
    assert page_model.from_json(parsed.to_json()) == parsed


@pytest.mark.parametrize("item", ["WorkflowRun", "WorkflowStep"])
def test_a_variant_with_an_unknown_key_keeps_it(item: str, checked: list[str]) -> None:
    model, page_model, record = MODELS[item]
    variant = "ErrorTerminal" if item == "WorkflowRun" else "ErrorStepLifecycle"
    lifecycle = {**lifecycle_of(variant, "error"), "retry_after": [1, 2]}
    payload = record(lifecycle)
    parsed = model.from_json(json.dumps(payload))
    assert isinstance(parsed.lifecycle, (ErrorTerminal, ErrorStepLifecycle))
    assert parsed.lifecycle["retry_after"] == [1, 2] and parsed.to_dict() == payload
    records = [record(lifecycle_of(variant, "error")), payload, record({"status": "pending"})]
    page = page_model.from_json(page_of(records))
    assert checked == [] and page.data[1].lifecycle["retry_after"] == [1, 2]
    assert page.to_dict()["data"] == records


@pytest.mark.parametrize("item", ["WorkflowRun", "WorkflowStep"])
def test_an_error_inside_a_variant_carries_its_json_pointer(item: str) -> None:
    model, page_model, record = MODELS[item]
    variant = "ErrorTerminal" if item == "WorkflowRun" else "ErrorStepLifecycle"
    bad = record({**lifecycle_of(variant, "error"), "message": 5})
    with pytest.raises(ModelParseError) as caught:
        model.from_json(json.dumps(bad))
    assert caught.value.pointer == "/lifecycle/message"
    details = {**lifecycle_of(variant, "error"), "details": {"message": "m", "context": "not an object"}}
    records = [record({"status": "pending"}), record({"status": "paused_by_ops"}), record(details)]
    with pytest.raises(ModelParseError) as caught:
        page_model.from_json(page_of(records))
    assert caught.value.pointer == "/data/2/lifecycle/details/context"
    with pytest.raises(ModelParseError) as caught:
        page_model.from_json(page_of([record({"status": 7})]))
    assert caught.value.pointer == "/data/0/lifecycle/status"
