"""tests/jsonschema_strategy.py draws only valid instances, of every schema the suite draws from."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from tests.jsonschema_strategy import from_schema
from tests.strategies import finite_schema, vendor_json_schema

CHECK = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("which", ["shipped", "vendor"])
@CHECK
@given(data=st.data())
def test_every_drawn_run_is_valid(which: str, data: st.DataObject) -> None:
    schema = finite_schema() if which == "shipped" else finite_schema(full=vendor_json_schema())
    payload = data.draw(from_schema(schema))
    assert list(validator(schema).iter_errors(payload)) == []


SMALL = [
    {"type": "integer", "minimum": 1, "maximum": 3},
    {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 4},
    {"type": "number", "minimum": 0.5},
    {"type": ["string", "null"], "maxLength": 2},
    {"type": "array", "items": {"enum": ["a", "b"]}, "minItems": 1},
    {"type": "object", "required": ["a"], "properties": {"a": {"const": 1}}, "additionalProperties": False},
    {"type": "object", "additionalProperties": {"type": "integer"}},
    {"anyOf": [{"type": "boolean"}, {"not": {}}]},
    {"type": "string", "format": "date-time"},
    {},
]


@pytest.mark.parametrize("schema", SMALL, ids=[str(i) for i in range(len(SMALL))])
@CHECK
@given(data=st.data())
def test_each_keyword_draws_valid_values(schema: dict[str, Any], data: st.DataObject) -> None:
    assert validator(schema).is_valid(data.draw(from_schema(schema)))


@pytest.mark.parametrize("schema", [{"pattern": "a+"}, {"type": "string", "pattern": "a"}, {"$ref": "#/x"},
                                    {"allOf": [{}]}, {"not": {"type": "null"}}])  # fmt: skip
def test_a_keyword_it_cannot_draw_from_is_refused(schema: dict[str, Any]) -> None:
    with pytest.raises(NotImplementedError):
        from_schema(schema)


# Past the unrolled recursion a schema is unsatisfiable (``not: {}``); hypothesis refuses a
# collection of such items outright (InvalidArgument), whichever branch of a union reached it.
PAST_THE_RECURSION = [
    ({"type": "array", "items": {"not": {}}}, []),
    ({"type": "object", "properties": {"a": {"const": 1}}, "required": ["a"], "additionalProperties": {"not": {}}},
     {"a": 1}),
]  # fmt: skip


@pytest.mark.parametrize("schema, only", PAST_THE_RECURSION, ids=["array", "object"])
@CHECK
@given(data=st.data())
def test_a_container_of_unsatisfiable_items_draws_only_what_fits(schema: dict[str, Any], only: Any,
                                                                  data: st.DataObject) -> None:  # fmt: skip
    assert data.draw(from_schema(schema)) == only


def test_a_non_empty_array_of_unsatisfiable_items_cannot_be_drawn() -> None:
    assert from_schema({"type": "array", "items": {"not": {}}, "minItems": 1}).is_empty
