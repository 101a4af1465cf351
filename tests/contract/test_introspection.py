"""Every property of every schema in openapi.yaml, checked against both generated packages.

The expected Python form is worked out here from the spec on its own terms, not by
the generator's planner, so a planner bug cannot hide itself.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import attrs
import pydantic
import pytest
from pydantic import MISSING

import retab_runs_client.models as attrs_models
import retab_runs_schema as pydantic_models
from tests.spec import schemas

SCHEMAS = schemas()
OBJECTS = sorted(n for n, s in SCHEMAS.items() if s.get("type") == "object")
ENUMS = sorted(n for n, s in SCHEMAS.items() if "enum" in s)
PROPERTIES = [(model, prop) for model in OBJECTS for prop in SCHEMAS[model].get("properties", {})]


JSON_VALUE = "dict[str, Any] | list[Any] | str | int | float | bool | None"


def ref_name(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[-1]


def expected_hint(schema: dict[str, Any]) -> str:
    """The attrs annotation the spec calls for (before ``| None`` for an optional key)."""
    if "$ref" in schema:
        return ref_name(schema)
    if "anyOf" in schema:
        branches = [b for b in schema["anyOf"] if b.get("type") != "null"]
        if len(branches) == 1 and len(schema["anyOf"]) == 2:
            return f"{expected_hint(branches[0])} | None"
        if len(branches) == 2 and "$ref" in branches[0]:  # the model when the value fits, else the value
            other = "dict[str, Any]" if branches[1].get("type") == "object" else JSON_VALUE
            union = f"{ref_name(branches[0])} | {other}"
            return union if len(branches) == len(schema["anyOf"]) else f"{union} | None"
        return "Any"
    kind = schema.get("type")
    if kind == "string":
        return "datetime.datetime" if schema.get("format") == "date-time" else "str"
    if kind in ("integer", "number", "boolean"):
        return {"integer": "int", "number": "float", "boolean": "bool"}[kind]
    if kind == "array":
        return f"list[{expected_hint(schema['items'])}]"
    if kind == "object":
        extra = schema.get("additionalProperties", True)
        return "dict[str, Any]" if extra in (True, {}) else f"dict[str, {expected_hint(extra)}]"
    return "Any"


def is_nullable(schema: dict[str, Any]) -> bool:
    return any(b.get("type") == "null" for b in schema.get("anyOf", []))


def attrs_field(model: str, prop: str) -> attrs.Attribute[Any]:
    cls = getattr(attrs_models, model)
    by_name: dict[str, attrs.Attribute[Any]] = {f.name: f for f in attrs.fields(cls)}
    assert prop in by_name, f"{model}.{prop} has no attrs attribute"
    return by_name[prop]


@pytest.mark.parametrize(("model", "prop"), PROPERTIES, ids=[f"{m}.{p}" for m, p in PROPERTIES])
def test_attrs_attribute_matches_spec(model: str, prop: str) -> None:
    schema = SCHEMAS[model]["properties"][prop]
    required = prop in SCHEMAS[model].get("required", [])
    field = attrs_field(model, prop)
    hint = expected_hint(schema)
    if not required and "default" not in schema and not is_nullable(schema) and hint != "Any":
        hint += " | None"  # an absent key reads as None
    assert str(field.type) == hint  # a string: the models use postponed annotations
    assert "Unset" not in str(field.type)

    if required:
        assert field.default is attrs.NOTHING
    elif "default" not in schema:
        assert field.default is None
    else:
        default: Any = field.default
        if hasattr(default, "factory"):
            default = default.factory()
        expected = schema["default"]
        if "$ref" in schema:
            assert isinstance(default, enum.Enum) and default.value == expected and default.is_known  # type: ignore[attr-defined]
        else:
            assert default == expected and type(default) is type(expected) or (hint == "float" and default == expected)
    assert bool(field.metadata.get("deprecated")) == bool(schema.get("deprecated"))


@pytest.mark.parametrize(("model", "prop"), PROPERTIES, ids=[f"{m}.{p}" for m, p in PROPERTIES])
def test_pydantic_field_matches_spec(model: str, prop: str) -> None:
    schema = SCHEMAS[model]["properties"][prop]
    required = prop in SCHEMAS[model].get("required", [])
    cls: type[pydantic.BaseModel] = getattr(pydantic_models, model)
    field = cls.model_fields[prop]
    assert field.is_required() == required
    annotation = field.annotation
    is_union = isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union
    args = typing.get_args(annotation) if is_union else ()
    assert (type(None) in args) == is_nullable(schema), f"nullability of {model}.{prop}: {annotation}"
    if "default" in schema:
        default = field.get_default(call_default_factory=True)
        if "$ref" in schema:
            assert isinstance(default, enum.Enum) and default.value == schema["default"]
        else:
            assert default == schema["default"]
    elif not required:
        assert field.get_default() is MISSING  # may be absent; null only where the spec says nullable
    assert bool(field.deprecated) == bool(schema.get("deprecated"))


@pytest.mark.parametrize("name", OBJECTS)
def test_models_have_exactly_the_spec_properties(name: str) -> None:
    spec_props = set(SCHEMAS[name].get("properties", {}))
    fields = attrs.fields(getattr(attrs_models, name))
    attrs_props = {f.name for f in fields if not f.name.startswith("_")}
    assert attrs_props == spec_props
    private = [f for f in fields if f.name.startswith("_")]  # bookkeeping: extra keys, absent keys, date-time text
    assert {f.name for f in private} >= {"_extra"} and all(f.kw_only for f in private)  # so attrs.evolve keeps them
    assert set(getattr(pydantic_models, name).model_fields) == spec_props


@pytest.mark.parametrize("name", ENUMS)
def test_enum_members_match_spec(name: str) -> None:
    values = SCHEMAS[name]["enum"]
    assert [m.value for m in getattr(attrs_models, name)] == values
    assert [m.value for m in getattr(pydantic_models, name)] == values


@pytest.mark.parametrize("name", OBJECTS)
def test_absent_keys_parse_to_spec_defaults(name: str) -> None:
    schema = SCHEMAS[name]
    minimal = {key: _sample(schema["properties"][key]) for key in schema.get("required", [])}
    parsed = getattr(attrs_models, name).from_dict(minimal)
    for prop, prop_schema in schema.get("properties", {}).items():
        value = getattr(parsed, prop)
        if prop in minimal:
            continue
        if "default" in prop_schema:
            expected = prop_schema["default"]
            assert (value.value if isinstance(value, enum.Enum) else value) == expected, prop
        else:
            assert value is None, prop
    assert parsed.to_dict() == minimal


def _sample(schema: dict[str, Any]) -> Any:
    if "$ref" in schema:
        target = SCHEMAS[ref_name(schema)]
        if "enum" in target:
            return target["enum"][0]
        return {key: _sample(target["properties"][key]) for key in target.get("required", [])}  # a minimal model
    if "anyOf" in schema:
        return _sample(next(b for b in schema["anyOf"] if b.get("type") != "null"))
    if "type" not in schema:  # any value
        return {}
    return {"string": "x", "integer": 1, "boolean": True, "number": 1.5, "array": [], "object": {}}[schema["type"]]


def test_every_component_is_exported_by_both_packages() -> None:
    assert set(SCHEMAS) <= set(attrs_models.__all__)
    assert set(SCHEMAS) <= set(pydantic_models.__all__)
    assert set(OBJECTS) | set(ENUMS) == set(SCHEMAS)  # so the tests above see every one
