"""Hypothesis strategies for instances of a JSON Schema (2020-12), for the schemas this project draws from.

The project's schemas (the shipped ``WorkflowRun`` schema, the vendor's, and each generated
revision's, with their ``$ref`` inlined) use a small part of JSON Schema: ``type`` (one or a
list), ``enum``, ``const``, ``anyOf``/``oneOf``, ``properties``/``required``/
``additionalProperties``, ``items``, numeric and length bounds, ``format: date-time`` and
``not: {}`` (a recursion cut: nothing matches). ``from_schema`` draws from exactly that, and
raises ``NotImplementedError`` naming any other keyword that constrains values, so a schema
that grows one fails loudly instead of being drawn from wrongly. It needs nothing but
hypothesis (it replaced hypothesis-jsonschema, which held hypothesis back).

Every drawn value is valid: ``tests/test_jsonschema_strategy.py`` checks that with jsonschema.
"""

from __future__ import annotations

import datetime
import math
from typing import Any

from hypothesis import strategies as st

__all__ = ["from_schema"]

ANNOTATIONS = frozenset({
    "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly", "$comment",
    "$schema", "$id", "discriminator", "nullable",
})  # fmt: skip
HANDLED = frozenset({
    "type", "enum", "const", "anyOf", "oneOf", "properties", "required", "additionalProperties", "items",
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems",
    "maxItems", "format", "not",
})  # fmt: skip
MAX_ITEMS = 3
"""Arrays are drawn short: the schemas nest, and a long list of nested objects is slow to draw."""
MAX_EXTRA_KEYS = 2

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
ANY_JSON: st.SearchStrategy[Any] = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=MAX_ITEMS) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
DATE_TIMES = st.builds(
    lambda moment, zone, separator, z: (
        moment.replace(tzinfo=zone).isoformat().replace("T", separator).replace("+00:00", "Z" if z else "+00:00")
    ),
    st.datetimes(min_value=datetime.datetime(1, 1, 1), max_value=datetime.datetime(9999, 12, 30)),
    st.sampled_from([datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=5, minutes=30)),
                     datetime.timezone(datetime.timedelta(hours=-8))]),
    st.just("T"),
    st.booleans(),
)  # fmt: skip


def from_schema(schema: Any) -> st.SearchStrategy[Any]:
    """Values valid against ``schema`` (references already inlined).

    Raises:
        NotImplementedError: the schema uses a keyword this module does not draw from (or a ``$ref``).
    """
    if schema is True or schema == {}:
        return ANY_JSON
    if schema is False:
        return st.nothing()
    if not isinstance(schema, dict):
        raise NotImplementedError(f"not a schema: {schema!r}")
    unknown = set(schema) - HANDLED - ANNOTATIONS - {key for key in schema if key.startswith("x-")}
    if unknown:
        raise NotImplementedError(f"keywords not drawn from: {sorted(unknown)}")
    if "not" in schema:
        if schema["not"] == {}:
            return st.nothing()
        raise NotImplementedError("'not' other than the empty schema")
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches is not None:
        rest = {key for key in schema if key not in ("anyOf", "oneOf") and key not in ANNOTATIONS and key[:2] != "x-"}
        if rest:
            raise NotImplementedError(f"anyOf/oneOf beside {sorted(rest)}")
        tag = (schema.get("discriminator") or {}).get("propertyName")
        if tag:  # OpenAPI's discriminator: the models pick the branch by this key, so it is always there
            branches = [_requiring(branch, tag) for branch in branches]
        return st.one_of([from_schema(branch) for branch in branches])
    types = schema.get("type")
    if types is None:
        return ANY_JSON.filter(lambda value: _fits_bounds(value, schema))
    if isinstance(types, str):
        types = [types]
    return st.one_of([_of_type(kind, schema) for kind in types])


def _requiring(branch: Any, key: str) -> Any:
    """``branch`` with ``key`` required, when it is an object schema that has it as a property."""
    if isinstance(branch, dict) and key in (branch.get("properties") or {}):
        return {**branch, "required": sorted({*branch.get("required", []), key})}
    return branch


def _fits_bounds(value: Any, schema: dict[str, Any]) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _in_range(value, schema)
    return True


def _in_range(value: float, schema: dict[str, Any]) -> bool:
    return (
        ("minimum" not in schema or value >= schema["minimum"])
        and ("maximum" not in schema or value <= schema["maximum"])
        and ("exclusiveMinimum" not in schema or value > schema["exclusiveMinimum"])
        and ("exclusiveMaximum" not in schema or value < schema["exclusiveMaximum"])
    )


def _of_type(kind: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        low = schema.get("minimum", schema.get("exclusiveMinimum", None))
        high = schema.get("maximum", schema.get("exclusiveMaximum", None))
        low = None if low is None else math.ceil(low) + (1 if "exclusiveMinimum" in schema else 0)
        high = None if high is None else math.floor(high) - (1 if "exclusiveMaximum" in schema else 0)
        return st.integers(min_value=low, max_value=high)
    if kind == "number":
        return st.floats(
            min_value=schema.get("minimum", schema.get("exclusiveMinimum")),
            max_value=schema.get("maximum", schema.get("exclusiveMaximum")),
            exclude_min="exclusiveMinimum" in schema,
            exclude_max="exclusiveMaximum" in schema,
            allow_nan=False,
            allow_infinity=False,
        ) | st.integers().filter(lambda value: _in_range(value, schema))
    if kind == "string":
        if schema.get("format") == "date-time":
            return DATE_TIMES
        return st.text(min_size=schema.get("minLength", 0), max_size=schema.get("maxLength"))
    if kind == "array":
        items = from_schema(schema.get("items", {}))
        low = schema.get("minItems", 0)
        if items.is_empty:  # an item past the unrolled recursion: only the empty list fits
            return st.just([]) if low == 0 else st.nothing()
        return st.lists(items, min_size=low, max_size=max(low, min(schema.get("maxItems", MAX_ITEMS), MAX_ITEMS)))
    if kind == "object":
        return _object(schema)
    raise NotImplementedError(f"type {kind!r}")


def _object(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    properties: dict[str, Any] = schema.get("properties", {})
    required = [name for name in schema.get("required", []) if name in properties]
    if set(schema.get("required", [])) - set(properties):
        raise NotImplementedError("a required key without a property schema")
    optional = {name: from_schema(sub) for name, sub in properties.items() if name not in required}
    fixed = st.fixed_dictionaries({name: from_schema(properties[name]) for name in required}, optional=optional)
    extra_schema = schema.get("additionalProperties", True)
    if extra_schema is False:
        return fixed
    extra_keys = st.text(min_size=1, max_size=8).filter(lambda key: key not in properties)
    values = from_schema(extra_schema)
    if values.is_empty:  # no extra value can be drawn: no extra keys
        return fixed
    extras = st.dictionaries(extra_keys, values, max_size=MAX_EXTRA_KEYS)
    return st.builds(lambda known, more: {**more, **known}, fixed, extras)
