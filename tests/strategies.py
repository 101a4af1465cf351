"""Hypothesis strategies for run payloads, drawn from the shipped JSON Schema or the vendor's."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any, cast

from hypothesis import strategies as st

from retab_runs_schema import json_schema
from tests.jsonschema_strategy import from_schema

TRACE_DEPTH = 3
"""Recursive references cannot be drawn from as they are, so TraceSpan is unrolled this deep."""

VENDOR_SPEC = Path(__file__).resolve().parent.parent / "spec/vendor/retab-openapi-2026-02-26-workflow-runs.json"
"""The vendor's schema that openapi.yaml follows: the floor of what the project must accept."""


def vendor_json_schema() -> dict[str, Any]:
    """The vendor's ``WorkflowRun`` as one JSON Schema, with what it refers to under ``$defs``."""
    schemas = json.loads(VENDOR_SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    prefix = "#/components/schemas/"
    needed: dict[str, Any] = {}

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                name = ref.removeprefix(prefix)
                if name not in needed:
                    needed[name] = None  # mark first: the schema refers to itself
                    needed[name] = rewrite(schemas[name])
                return {"$ref": f"#/$defs/{name}"}
            return {key: rewrite(value) for key, value in node.items()}
        if isinstance(node, list):
            return [rewrite(value) for value in node]
        return node

    root: dict[str, Any] = rewrite(schemas["WorkflowRun"])
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **root, "$defs": needed}


def finite_schema(root: str | None = None, full: dict[str, Any] | None = None) -> dict[str, Any]:
    """The WorkflowRun schema (or one of its ``$defs``) with every reference inlined.

    ``full`` is the bundled schema to start from: the shipped one unless given.
    """
    full = json_schema() if full is None else copy.deepcopy(full)
    defs = full.pop("$defs")

    def inline(node: Any, depth: int) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                name = ref.rsplit("/", 1)[-1]
                target = copy.deepcopy(defs[name])
                if name == "TraceSpan":
                    if depth >= TRACE_DEPTH:
                        target["properties"]["children"] = {"type": "null"}
                    return inline(target, depth + 1)
                return inline(target, depth)
            return {key: inline(value, depth) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(value, depth) for value in node]
        return node

    start = full if root is None else defs[root]
    start = {k: v for k, v in start.items() if k not in ("$schema", "$id")}
    result: dict[str, Any] = inline(start, 0)
    return result


def valid_runs() -> st.SearchStrategy[dict[str, Any]]:
    """Payloads that the spec accepts."""
    return cast(st.SearchStrategy[dict[str, Any]], from_schema(finite_schema()))


def vendor_runs() -> st.SearchStrategy[dict[str, Any]]:
    """Payloads that the vendor's schema accepts, formats included."""
    return cast(st.SearchStrategy[dict[str, Any]], from_schema(finite_schema(full=vendor_json_schema())))


@functools.cache
def vendor_values(key: str) -> st.SearchStrategy[Any]:
    """Values the vendor's schema allows for one top-level key of ``WorkflowRun``.

    Drawn whole, a run rarely carries a given optional key, so each key is also drawn on its own.
    """
    return from_schema(finite_schema(full=vendor_json_schema())["properties"][key])


REPLACEMENTS: list[Any] = [
    None, 0, -1, 2.5, 3.0, True, "", "text", [], {}, [1], {"k": 1},
    "2024-02-29T12:00:00Z", "2023-02-29T12:00:00Z", "2024-01-15 10:30:00Z", "2024-01-15T10:30:00+0100",
    "2024-01-15t10:30:00z", "2024-01-15T10:30:00.123456789-05:30", "0000-01-01T00:00:00Z", "1900-02-29T00:00:00Z",
]  # fmt: skip
"""Values a mutation puts in place of another: every JSON type, integral floats, date-time edge cases."""


def places(payload: Any) -> list[tuple[Any, Any]]:
    """(container, key or index) of every value inside ``payload``, each before what it holds."""
    found: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                found.append((node, key))
                walk(value)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                found.append((node, index))
                walk(value)

    walk(payload)
    return found


@st.composite
def mutated_runs(draw: st.DrawFn) -> dict[str, Any]:
    """A valid run with one value replaced by a value of another JSON type, or one key removed."""
    payload = draw(valid_runs())
    container, key = draw(st.sampled_from(places(payload)))
    if isinstance(container, dict) and draw(st.booleans()):
        del container[key]
    else:
        container[key] = draw(st.sampled_from(REPLACEMENTS))
    return payload


UNKNOWN_KEYS = ["surprise", "status", "lifecycle", "", "` - at `$.steps[0]", "a`b", "$", "ü", "learned_0", "__class__"]
"""Keys a run may carry that its spec does not name there: new, named elsewhere, hostile to a path's parsing."""


@st.composite
def runs_with_unknown_keys(draw: st.DrawFn) -> dict[str, Any]:
    """A valid run with one to three keys added to objects anywhere in it (records, maps, free JSON)."""
    payload = draw(valid_runs())
    objects = [payload, *(c[k] for c, k in places(payload) if isinstance(c[k], dict))]
    for _ in range(draw(st.integers(1, 3))):
        target = draw(st.sampled_from(objects))
        key = draw(st.sampled_from(UNKNOWN_KEYS) | st.text(max_size=6))
        target[key] = draw(st.none() | st.integers() | st.text(max_size=5) | st.lists(st.integers(), max_size=3))
    return payload
