"""Facts the contract tests derive from openapi.yaml instead of hard-coding them.

An additive change to the spec (a new nullable field, a new enum value) changes what these
return, not what the tests assert, so it needs no test edit. ``strict_schema`` is the bundled
JSON Schema with every object closed (no keys outside its properties), for the examples and
fixtures: a breaking change to an object's shape fails them by name.
"""

from __future__ import annotations

import copy
import functools
import sys
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from tests.spec import ROOT, schemas, spec

if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))
from codegen.bundle import bundle_json_schema  # noqa: E402

ROOT_SCHEMA = "WorkflowRun"


def ref_name(node: dict[str, Any]) -> str:
    return str(node["$ref"]).rsplit("/", 1)[-1]


def refs_in(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield ref_name(node)
        for value in node.values():
            yield from refs_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs_in(value)


def reachable(root: str = ROOT_SCHEMA) -> list[str]:
    """Components the root refers to, directly or not, the root excluded."""
    table = schemas()
    found: set[str] = set()
    todo = [root]
    while todo:
        for name in refs_in(table[todo.pop()]):
            if name not in found:
                found.add(name)
                todo.append(name)
    return sorted(found - {root})


def nested_objects() -> list[str]:
    """The object schemas a run is made of, besides WorkflowRun itself."""
    return [n for n in reachable() if schemas()[n].get("type") == "object"]


def enum_components(root: str | None = None) -> dict[str, list[Any]]:
    """Every enum of the spec and its values; only those ``root`` reaches when given."""
    names = set(reachable(root)) if root else set(schemas())
    return {n: list(s["enum"]) for n, s in schemas().items() if "enum" in s and n in names}


def unknown_value(values: list[Any]) -> str:
    """A string that is not one of ``values``: what a later API version might send."""
    candidate = "added_in_a_later_api_version"
    while candidate in values:
        candidate += "_"
    return candidate


@functools.cache
def _bundled(root: str = ROOT_SCHEMA) -> dict[str, Any]:
    return bundle_json_schema(spec(), root)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a run, bundled from the spec under test (not the installed package)."""
    return copy.deepcopy(_bundled())


def _catch_all(branch: Any) -> bool:
    """A branch that takes any value, or any object: the vendor's floor beside a typed branch."""
    return isinstance(branch, dict) and (
        branch == {} or (branch.get("type") == "object" and "properties" not in branch and "$ref" not in branch)
    )


def strict_schema() -> dict[str, Any]:
    """The bundled JSON Schema with ``additionalProperties: false`` on every object that lists properties
    and says nothing about other keys, and without the catch-all branch beside a typed one (the
    project's own records use the typed shape: ``error_details`` an ErrorDetails, a final output a
    FinalNodeOutput), so that a change to a typed shape is seen."""
    bundled = copy.deepcopy(json_schema())

    def close(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict) and "additionalProperties" not in node:
                node["additionalProperties"] = False
            branches = node.get("anyOf")
            if isinstance(branches, list) and any(isinstance(b, dict) and "$ref" in b for b in branches):
                node["anyOf"] = [b for b in branches if not _catch_all(b)]
            for value in node.values():
                close(value)
        elif isinstance(node, list):
            for value in node:
                close(value)

    close(bundled)
    return bundled


def leaf_errors(payload: Any, schema: dict[str, Any]) -> list[ValidationError]:
    """Violations, taking the deepest failing branch of an ``anyOf`` rather than the ``anyOf`` itself."""

    def leaves(error: ValidationError) -> list[ValidationError]:
        if error.validator in ("anyOf", "oneOf") and error.context:
            deepest = max(len(e.absolute_path) for e in error.context)
            if deepest > len(error.absolute_path):
                return [leaf for e in error.context if len(e.absolute_path) == deepest for leaf in leaves(e)]
            telling = [e for e in error.context if e.validator != "type"]
            if telling:
                return [leaf for e in telling for leaf in leaves(e)]
        return [error]

    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [leaf for error in validator.iter_errors(payload) for leaf in leaves(error)]


def strict_problems(payload: Any) -> set[tuple[str, str, str]]:
    """(JSON Pointer, keyword, message) of every violation of the closed schema."""
    return {
        ("".join(f"/{p}" for p in e.absolute_path), str(e.validator), e.message)
        for e in leaf_errors(payload, strict_schema())
    }


def enum_places(payload: dict[str, Any], root: str = ROOT_SCHEMA) -> dict[str, list[list[Any]]]:
    """For each enum component, the places in ``payload`` (a ``root``) whose value is an instance of it."""
    bundled = copy.deepcopy(_bundled(root))
    defs = bundled["$defs"]
    places: dict[str, list[list[Any]]] = {}

    def walk(schema: dict[str, Any], value: Any, loc: list[Any]) -> None:
        if "$ref" in schema:
            name = ref_name(schema)
            if "enum" in defs[name]:
                places.setdefault(name, []).append(loc)
                return
            walk(defs[name], value, loc)
        elif "anyOf" in schema:
            for branch in schema["anyOf"]:
                if Draft202012Validator({**branch, "$defs": defs}).is_valid(value):
                    walk(branch, value, loc)
                    break
        elif isinstance(value, dict):
            for key, item in value.items():
                sub = schema.get("properties", {}).get(key)
                if sub is None:
                    sub = schema.get("additionalProperties")
                if isinstance(sub, dict):
                    walk(sub, item, [*loc, key])
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            for i, item in enumerate(value):
                walk(schema["items"], item, [*loc, i])

    walk(bundled, payload, [])
    return places


def response_schemas() -> list[str]:
    """Components an operation answers with (200 or 204 body, an array's items included)."""
    found: set[str] = set()
    for item in spec()["paths"].values():
        for operation in item.values():
            for code, response in operation.get("responses", {}).items():
                if code.startswith("2") and isinstance(response, dict):
                    found.update(refs_in(response.get("content", {})))
    return sorted(found)


def request_schemas() -> list[str]:
    """Components an operation takes as its JSON body."""
    found: set[str] = set()
    for item in spec()["paths"].values():
        for operation in item.values():
            found.update(refs_in(operation.get("requestBody", {})))
    return sorted(found)


SAMPLE_TEXT = {"date-time": "2026-02-20T09:00:00Z", "date": "2026-02-20"}


@functools.cache
def _table() -> dict[str, Any]:
    """The components, read once (read only: the samples are built anew each time)."""
    return schemas()


def complete_example(name: str, stack: tuple[str, ...] = ()) -> dict[str, Any]:
    """An instance of component ``name`` with every property present, and a value in each of them.

    Derived from the spec: the first enum value, the typed branch of a union, one item per
    array, one entry per map; a recursive array (``TraceSpan.children``) is empty.
    """
    schema = _table()[name]
    return {key: sample(prop, (*stack, name)) for key, prop in schema.get("properties", {}).items()}


def sample(schema: dict[str, Any], stack: tuple[str, ...] = ()) -> Any:
    """A value of ``schema`` that every generated model can hold exactly (see ``complete_example``)."""
    if "$ref" in schema:
        target = _table()[ref_name(schema)]
        return target["enum"][0] if "enum" in target else complete_example(ref_name(schema), stack)
    if "anyOf" in schema:
        return sample(next(b for b in schema["anyOf"] if b.get("type") != "null" and b != {}), stack)
    kind = schema.get("type")
    if kind == "string":
        if "pattern" in schema:
            return "aGVsbG8="  # base64, the one pattern of the spec (a new one shows as a failing example)
        return SAMPLE_TEXT.get(schema.get("format", ""), "text")
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        items = schema.get("items", {})
        if "$ref" in items and ref_name(items) in stack:
            return []
        return [sample(items, stack) if items else {"any": "value"}]
    if kind == "object" or kind is None:
        values = schema.get("additionalProperties", True)
        if isinstance(values, dict) and values:
            return {"key": sample(values, stack)}
        return {"any": "value"}
    raise AssertionError(f"no sample for {schema}")
