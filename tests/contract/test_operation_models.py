"""The models of every operation's answer and body, in both packages, on examples derived from the spec.

``complete_example`` fills every property of a schema (see tests/specfacts.py), so each model
is held to an exact round trip over all its fields; the answers also keep what a later API
may add: keys the spec does not name (at every level) and enum values it does not list.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import retab_runs_client.models as attrs_models
import retab_runs_schema as pydantic_models
from tests.contract.test_models import put
from tests.spec import schemas
from tests.specfacts import (
    complete_example,
    enum_components,
    enum_places,
    request_schemas,
    response_schemas,
    unknown_value,
)

SCHEMAS = schemas()
ANSWERS = response_schemas()
BODIES = request_schemas()
# (answer, enum, place): the first place of each enum in each answer's complete example.
ENUM_PLACES = [
    (name, enum, places[0])
    for name in ANSWERS
    for enum, places in sorted(enum_places(complete_example(name), root=name).items())
]


def object_places(value: Any, loc: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Where ``value`` holds an object that a model reads: the root and every nested one."""
    found = [loc] if isinstance(value, dict) else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += object_places(item, (*loc, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += object_places(item, (*loc, i))
    return found


def test_the_sets_are_what_the_operations_use() -> None:
    assert {"WorkflowRun", "PaginatedList", "CancelWorkflowResponse", "ResumeWorkflowResponse"} <= set(ANSWERS)
    assert {"ResumeWorkflowRequest", "CancelWorkflowRequest", "RunWorkflowRequest"} <= set(BODIES)
    assert all(SCHEMAS[name].get("type") == "object" for name in ANSWERS + BODIES)


@pytest.mark.parametrize("name", sorted(set(ANSWERS + BODIES)))
def test_a_complete_example_round_trips_in_both_packages(name: str) -> None:
    payload = complete_example(name)
    model = getattr(attrs_models, name)
    assert model.from_dict(payload).to_dict() == payload
    assert model.from_json(json.dumps(payload)).to_dict() == payload
    schema_model = getattr(pydantic_models, name)
    assert schema_model.model_validate(payload).model_dump(mode="json") == payload
    assert schema_model.model_validate_json(json.dumps(payload)).model_dump(mode="json") == payload


@pytest.mark.parametrize("name", ANSWERS)
def test_unknown_keys_are_kept_at_every_level_of_an_answer(name: str) -> None:
    payload = complete_example(name)
    places = [loc for loc in object_places(payload) if not _free_form(name, loc)]
    for loc in places:
        target: Any = payload
        for part in loc:
            target = target[part]
        target["added_later"] = {"x": [1, "two"]}
    assert getattr(attrs_models, name).from_dict(payload).to_dict() == payload
    assert getattr(pydantic_models, name).model_validate(payload).model_dump(mode="json") == payload


@pytest.mark.parametrize(("name", "enum", "loc"), ENUM_PLACES, ids=[f"{n}:{e}" for n, e, _ in ENUM_PLACES])
def test_an_unknown_enum_value_in_an_answer_is_kept(name: str, enum: str, loc: list[Any]) -> None:
    payload = complete_example(name)
    put(payload, loc, unknown_value(enum_components()[enum]))
    assert getattr(attrs_models, name).from_dict(payload).to_dict() == payload


def test_every_enum_of_the_answers_is_tried() -> None:
    reachable = {enum for name in ANSWERS for enum in enum_components(name)}
    assert {enum for _, enum, _ in ENUM_PLACES} == reachable
    assert {"CancellationStatus", "ResumeStatus", "RunStatus", "NodeType"} <= reachable


def _free_form(name: str, loc: tuple[Any, ...]) -> bool:
    """True where the spec leaves the object free (a map's values, an `any` object): no model there."""
    schema: dict[str, Any] = SCHEMAS[name]
    for part in loc:
        while "$ref" in schema or "anyOf" in schema:
            if "$ref" in schema:
                schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
            else:
                schema = next(b for b in schema["anyOf"] if b.get("type") != "null")
        if isinstance(part, int):
            schema = schema.get("items", {})
        elif part in schema.get("properties", {}):
            schema = schema["properties"][part]
        else:
            schema = schema.get("additionalProperties", {})
            if schema in (True, {}):
                return True
    while "$ref" in schema or "anyOf" in schema:
        if "$ref" in schema:
            schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
        else:
            schema = next(b for b in schema["anyOf"] if b.get("type") != "null")
    return "properties" not in schema
