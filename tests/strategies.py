"""Hypothesis strategies for run payloads, drawn from the shipped JSON Schema."""

from __future__ import annotations

import copy
from typing import Any, cast

from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from retab_runs_schema import json_schema

TRACE_DEPTH = 3
"""hypothesis-jsonschema cannot follow recursive references, so TraceSpan is unrolled this deep."""


def finite_schema(root: str | None = None) -> dict[str, Any]:
    """The WorkflowRun schema (or one of its ``$defs``) with every reference inlined."""
    full = json_schema()
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


def valid_of(name: str) -> st.SearchStrategy[dict[str, Any]]:
    return cast(st.SearchStrategy[dict[str, Any]], from_schema(finite_schema(name)))
