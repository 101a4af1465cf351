"""Every problem in a decoded run record, each with its JSON Pointer.

Walks the shipped JSON Schema of ``WorkflowRun`` (the subset of JSON Schema the
spec uses: type, enum, required, properties, additionalProperties, items, anyOf,
$ref, minimum, format date-time). It keeps an explicit stack instead of
recursing, so no input, however deep, can raise ``RecursionError``. (An ``anyOf``
with two branches for the same JSON type, a model or any other object, checks the
value against each in turn: that nests only as deep as such unions do in the spec.)

Profiles:
    strict      the spec to the letter: an unknown enum value is a problem.
    compatible  what the client accepts: unknown enum values are fine.
Extra keys are fine in both (the spec leaves objects open). Trace spans nested
more than the client's limit are a problem in both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

__all__ = ["PROFILES", "Profile", "ValidationIssue", "check"]

Profile = Literal["strict", "compatible"]
PROFILES: tuple[Profile, ...] = ("strict", "compatible")
MAX_SELF_NESTING = 200  # the attrs models' limit (scripts/codegen/shapes.py MAX_NESTING)
MAX_ISSUES = 1000


@dataclass(frozen=True)
class ValidationIssue:
    """One way a record breaks the contract.

    ``path`` is a JSON Pointer (``/steps/3/status``, ``""`` for the whole record);
    ``value`` is a shortened ``repr`` of the offending value, or None when there is none
    (a missing key).
    """

    path: str
    message: str
    value: str | None = None

    def __str__(self) -> str:
        where = self.path or "(root)"
        return f"{where}: {self.message}" + (f" (got {self.value})" if self.value is not None else "")


def short(value: object, limit: int = 80) -> str:
    """``repr(value)`` cut to ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


@cache
def _schema() -> dict[str, Any]:
    from retab_runs_schema import json_schema_text  # late: the client imports this module, and rarely checks

    loaded: dict[str, Any] = json.loads(json_schema_text())
    return loaded


def _json_type(value: object) -> str:
    """The JSON type of a decoded value; as in JSON Schema, 2.0 is an integer."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


_ARTICLE = {"integer": "an integer", "object": "an object", "array": "an array"}


def _a(kind: str) -> str:
    return _ARTICLE.get(kind, f"a {kind}")


def _pointer(parent: str, key: str | int) -> str:
    return f"{parent}/{str(key).replace('~', '~0').replace('/', '~1')}"


def check(data: Any, profile: Profile = "strict") -> list[ValidationIssue]:
    """Problems of a decoded record against the contract, in document order; empty when valid."""
    schema = _schema()
    newer = _newer_shape(data, schema)
    if newer is not None:  # one issue that names the record's era, not every field it lacks
        return [ValidationIssue("", newer, None)]
    return _walk(data, schema, "", (), schema["$defs"], profile)


def _walk(
    data: Any, schema: dict[str, Any], start: str, entered: tuple[str, ...], defs: dict[str, Any], profile: Profile
) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []
    # Work items: (value, schema, pointer, names of the $refs entered on the way, as a tuple).
    stack: list[tuple[Any, dict[str, Any], str, tuple[str, ...]]] = [(data, schema, start, entered)]
    while stack and len(issues) < MAX_ISSUES:
        value, node, path, refs = stack.pop()
        if "$ref" in node and _fits_fast(value, node["$ref"].rsplit("/", 1)[-1], refs, profile):
            continue  # a part the fast path vouches for holds no issue: skip its walk
        node, refs, problem = _resolve(value, node, defs, refs, profile)
        if problem is not None:
            issues.append(ValidationIssue(path, problem, None if "nested more" in problem else short(value)))
            continue
        problem = _check_scalar(value, node, profile)
        if problem is not None:
            issues.append(ValidationIssue(path, problem, short(value)))
            continue
        children: list[tuple[Any, dict[str, Any], str, tuple[str, ...]]] = []
        if isinstance(value, dict):
            properties: dict[str, Any] = node.get("properties", {})
            for key in node.get("required", ()):
                if key not in value:
                    issues.append(ValidationIssue(_pointer(path, key), "is required but missing"))
            extra = node.get("additionalProperties", True)
            for key, item in value.items():
                sub = properties.get(key)
                if sub is None:
                    if extra is True or extra == {}:
                        continue
                    if extra is False:
                        issues.append(ValidationIssue(_pointer(path, key), "is not allowed here", short(item)))
                        continue
                    sub = extra
                children.append((item, sub, _pointer(path, key), refs))
        elif isinstance(value, list) and "items" in node:
            items = node["items"]
            children.extend((item, items, _pointer(path, i), refs) for i, item in enumerate(value))
        stack.extend(reversed(children))
    return issues


def _newer_shape(data: Any, schema: dict[str, Any]) -> str | None:
    """The spec's ``x-newer-shape`` message when ``data`` is a record of a later API shape."""
    rule = schema.get("x-newer-shape")
    if not isinstance(data, dict) or not isinstance(rule, dict):
        return None
    if any(key in schema.get("properties", {}) for key in rule["present"]):
        return None
    if all(key in data for key in rule["present"]) and not any(key in data for key in rule["absent"]):
        return str(rule["message"])
    return None


@cache
def _fast_structs(profile: Profile) -> dict[str, type[Any]]:
    """The msgspec Struct of each schema name, for the profile (imported late: the client needs none)."""
    import msgspec

    from retab_runs_schema import structs, structs_compatible

    module = structs if profile == "strict" else structs_compatible
    return {
        name: kind for name, kind in vars(module).items() if isinstance(kind, type) and issubclass(kind, msgspec.Struct)
    }


@cache
def _self_fields(name: str) -> tuple[str, ...]:
    """The properties of schema ``name`` that hold more of ``name`` (a span's ``children``)."""
    properties: dict[str, Any] = _schema()["$defs"].get(name, {}).get("properties", {})
    own = f'"#/$defs/{name}"'
    return tuple(key for key, sub in properties.items() if own in json.dumps(sub))


def _fits_fast(value: Any, name: str, refs: tuple[str, ...], profile: Profile) -> bool:
    """Whether ``value`` is a valid ``name`` by one msgspec conversion (within the nesting limit)."""
    import msgspec

    struct = _fast_structs(profile).get(name)
    if struct is None:
        return False
    try:
        level = [msgspec.convert(value, struct, strict=True)]  # strict: no "1" for 1, as the walk
    except (msgspec.MsgspecError, ValueError, TypeError, RecursionError):
        return False
    fields = _self_fields(name)
    depth = refs.count(name)
    while level and fields:
        depth += 1
        if depth > MAX_SELF_NESTING:
            return False
        level = [child for item in level for key in fields if isinstance(x := getattr(item, key), list) for child in x]
    return True


def _resolve(
    value: Any, node: dict[str, Any], defs: dict[str, Any], refs: tuple[str, ...], profile: Profile
) -> tuple[dict[str, Any], tuple[str, ...], str | None]:
    """Follow $ref and pick the anyOf branch for the value, in this frame.

    When several branches admit the value's JSON type (a model, or any other object), the
    first one the value fits is taken; when it fits none, the first, whose issues are reported.
    """
    while True:
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if refs.count(name) >= MAX_SELF_NESTING:
                return node, refs, f"is nested more than {MAX_SELF_NESTING} levels deep"
            refs = (*refs, name)
            node = defs[name]
            continue
        if "anyOf" in node:
            kind = _json_type(value)
            branches = node["anyOf"]
            matching = [b for b in branches if _admits(_branch_types(b, defs), kind)]
            if not matching:
                names = " or ".join(_a(t) for t in sorted({t for b in branches for t in _branch_types(b, defs)}))
                return node, refs, f"should be {names.replace('a null', 'null')}, not {kind}"
            if len(matching) > 1:
                fits = (b for b in matching if not _walk(value, b, "", refs, defs, profile))
                node = next(fits, matching[0])
            else:
                node = matching[0]
            continue
        return node, refs, None


def _branch_types(node: dict[str, Any], defs: dict[str, Any]) -> set[str]:
    while "$ref" in node:
        node = defs[node["$ref"].rsplit("/", 1)[-1]]
    if "anyOf" in node:
        return {t for b in node["anyOf"] for t in _branch_types(b, defs)}
    kind = node.get("type")
    if kind is None:
        return {"null", "boolean", "integer", "number", "string", "array", "object"}
    return {kind} if isinstance(kind, str) else set(kind)


def _admits(types: set[str], kind: str) -> bool:
    return kind in types or (kind == "integer" and "number" in types)


def _is_rfc3339(text: str) -> bool:
    from retab_runs_schema.rfc3339 import is_rfc3339  # late, as in _schema: it loads msgspec

    return is_rfc3339(text)


def _check_scalar(value: Any, node: dict[str, Any], profile: Profile) -> str | None:
    """The problem with ``value`` itself (type, enum, minimum, format), ignoring its children."""
    expected = node.get("type")
    kind = _json_type(value)
    if expected is not None and not _admits({expected} if isinstance(expected, str) else set(expected), kind):
        return f"should be {_a(expected) if isinstance(expected, str) else ' or '.join(expected)}, not {kind}"
    if "enum" in node and value not in node["enum"] and (profile == "strict" or not isinstance(value, str)):
        return "should be one of " + ", ".join(map(str, node["enum"]))
    minimum = node.get("minimum")
    if minimum is not None and kind in ("integer", "number") and value < minimum:
        return f"must be at least {minimum:g}"
    if node.get("format") == "date-time" and kind == "string" and not _is_rfc3339(value):
        return "should be an RFC 3339 date-time, such as 2024-01-15T10:30:00Z"
    return None
