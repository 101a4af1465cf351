"""Every problem in a decoded run record, each with its JSON Pointer.

Walks the shipped JSON Schema of ``WorkflowRun`` (the subset of JSON Schema the
spec uses: type, enum, required, properties, additionalProperties, items, anyOf,
$ref, minimum, format date-time). It keeps an explicit stack instead of
recursing, so no input, however deep, can raise ``RecursionError``. (An ``anyOf``
with two branches for the same JSON type, a model or any other object, checks the
value against each in turn: that nests only as deep as such unions do in the spec.)

Profiles:
    strict      the spec to the letter: an unknown enum value is a problem.
    compatible  what the client accepts: unknown enum values, and a ``lifecycle`` of a
                ``status`` the contract does not list, are fine.

Contracts (``api_version``): ``2026-02-26`` (openapi.yaml, the default) and ``2026-08-16``
(openapi-2026-08-16.yaml, whose ``lifecycle`` is a ``oneOf`` read by its discriminator). A
record of another era than the contract's is named as such (one issue that says which era
and which contract fits it), not reported field by field: the spec's ``x-newer-shape`` and
``x-retab-eras`` rules, and the block era of April-May 2026 (``_block_era``).
Extra keys are fine in both (the spec leaves objects open). Trace spans nested
more than the client's limit are a problem in both.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

__all__ = [
    "API_VERSIONS",
    "DEFAULT_API_VERSION",
    "PROFILES",
    "ApiVersion",
    "Profile",
    "ValidationIssue",
    "check",
    "era_issue",
    "era_keys",
]

Profile = Literal["strict", "compatible"]
PROFILES: tuple[Profile, ...] = ("strict", "compatible")
ApiVersion = Literal["2026-02-26", "2026-08-16"]
API_VERSIONS: tuple[ApiVersion, ...] = ("2026-02-26", "2026-08-16")
DEFAULT_API_VERSION: ApiVersion = "2026-02-26"
_SCHEMA_PACKAGES: dict[str, str] = {"2026-02-26": "retab_runs_schema", "2026-08-16": "retab_runs_schema.v2026_08_16"}
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
def _schema(api_version: str = DEFAULT_API_VERSION) -> dict[str, Any]:
    # late: the client imports this module, and rarely checks
    package = importlib.import_module(_SCHEMA_PACKAGES[api_version])
    loaded: dict[str, Any] = json.loads(package.json_schema_text())
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


def check(data: Any, profile: Profile = "strict", api_version: str = DEFAULT_API_VERSION) -> list[ValidationIssue]:
    """Problems of a decoded record against the contract, in document order; empty when valid.

    Raises:
        KeyError: ``api_version`` is not one of ``API_VERSIONS`` (validate_run checks it first).
    """
    schema = _schema(api_version)
    era = era_issue(data, api_version)
    if era is not None:  # one issue that names the record's era, not every field it lacks
        return [era]
    issues = _walk(data, schema, "", (), schema["$defs"], profile, api_version)
    if issues and _block_era(data):  # the fields it lacks are the node -> block rename
        return [ValidationIssue("", f"{_BLOCK_ERA} ({_count(issues)} against {api_version}, the first: {issues[0]})")]
    return issues


_BLOCK_ERA = (
    "is a block-era run record (April-May 2026: steps carry `block_id`, `block_type` and "
    "`block_label`, and runs `waiting_for_block_ids`, where the 2026-02-26 contract has `node_id`, "
    "`node_type`, `node_label` and `waiting_for_node_ids`; and no `lifecycle`, which 2026-08-16 "
    "requires): neither contract of this client reads it"
)
_BLOCK_KEYS = ("waiting_for_block_ids", "executed_block_ids", "pending_block_outputs")


def _count(issues: list[ValidationIssue]) -> str:
    return f"{len(issues)} problem{'s' if len(issues) > 1 else ''}"


def _block_era(data: Any) -> bool:
    """Whether ``data`` is a flat record of the block era (2026-04-15 .. 2026-05-10)."""
    if not isinstance(data, dict) or "lifecycle" in data:
        return False
    if any(key in data for key in _BLOCK_KEYS):
        return True
    steps = data.get("steps")
    return isinstance(steps, list) and any(
        isinstance(step, dict) and "block_id" in step and "node_id" not in step for step in steps
    )


def era_issue(data: Any, api_version: str = DEFAULT_API_VERSION) -> ValidationIssue | None:
    """The one issue naming ``data``'s era when a rule of the contract's spec says it is another's.

    The rules are the spec's (``x-newer-shape``, ``x-retab-eras`` on the run), which the
    generated models read too: the client and validate_run refuse the same records, by name.
    A block-era record is named only when it also has problems (``check``): it may fit.
    """
    schema = _schema(api_version)
    if not isinstance(data, dict):
        return None
    if _block_era(data) and api_version != DEFAULT_API_VERSION:
        return ValidationIssue("", _BLOCK_ERA, None)
    rules = list(schema.get("x-retab-eras", []))
    newer = schema.get("x-newer-shape")
    if isinstance(newer, dict):
        rules.append(newer)
    properties = schema.get("properties", {})
    for rule in rules:
        if any(key in properties for key in rule["present"]):
            continue  # the contract has that key itself: not a sign of another era
        if all(key in data for key in rule["present"]) and not any(key in data for key in rule["absent"]):
            return ValidationIssue("", str(rule["message"]), None)
    return None


@cache
def era_keys(api_version: str = DEFAULT_API_VERSION) -> tuple[str, ...]:
    """The top-level keys whose presence may make a valid record another era's (for a quick look at text).

    A rule that needs a key the contract requires to be absent cannot match a valid record: left out.
    """
    schema = _schema(api_version)
    rules = [*schema.get("x-retab-eras", []), *([schema["x-newer-shape"]] if "x-newer-shape" in schema else [])]
    required = set(schema.get("required", ()))
    live = [rule for rule in rules if not required.intersection(rule["absent"])]
    return tuple(sorted({key for rule in live for key in rule["present"]}))


def _walk(
    data: Any,
    schema: dict[str, Any],
    start: str,
    entered: tuple[str, ...],
    defs: dict[str, Any],
    profile: Profile,
    api_version: str = DEFAULT_API_VERSION,
) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []
    # Work items: (value, schema, pointer, names of the $refs entered on the way, as a tuple).
    stack: list[tuple[Any, dict[str, Any], str, tuple[str, ...]]] = [(data, schema, start, entered)]
    while stack and len(issues) < MAX_ISSUES:
        value, node, path, refs = stack.pop()
        if "$ref" in node and _fits_fast(value, node["$ref"].rsplit("/", 1)[-1], refs, profile, api_version):
            continue  # a part the fast path vouches for holds no issue: skip its walk
        node, refs, problem = _resolve(value, node, defs, refs, profile, api_version)
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


@cache
def _fast_structs(profile: Profile, api_version: str = DEFAULT_API_VERSION) -> dict[str, type[Any]]:
    """The msgspec Struct of each schema name, for the profile (imported late: the client needs none)."""
    import msgspec

    module = importlib.import_module(
        _SCHEMA_PACKAGES[api_version] + (".structs" if profile == "strict" else ".structs_compatible")
    )
    return {
        name: kind for name, kind in vars(module).items() if isinstance(kind, type) and issubclass(kind, msgspec.Struct)
    }


@cache
def _self_fields(name: str, api_version: str = DEFAULT_API_VERSION) -> tuple[str, ...]:
    """The properties of schema ``name`` that hold more of ``name`` (a span's ``children``)."""
    properties: dict[str, Any] = _schema(api_version)["$defs"].get(name, {}).get("properties", {})
    own = f'"#/$defs/{name}"'
    return tuple(key for key, sub in properties.items() if own in json.dumps(sub))


def _fits_fast(
    value: Any, name: str, refs: tuple[str, ...], profile: Profile, api_version: str = DEFAULT_API_VERSION
) -> bool:
    """Whether ``value`` is a valid ``name`` by one msgspec conversion (within the nesting limit)."""
    import msgspec

    struct = _fast_structs(profile, api_version).get(name)
    if struct is None:
        return False
    try:
        level = [msgspec.convert(value, struct, strict=True)]  # strict: no "1" for 1, as the walk
    except (msgspec.MsgspecError, ValueError, TypeError, RecursionError):
        return False
    fields = _self_fields(name, api_version)
    depth = refs.count(name)
    while level and fields:
        depth += 1
        if depth > MAX_SELF_NESTING:
            return False
        level = [child for item in level for key in fields if isinstance(x := getattr(item, key), list) for child in x]
    return True


def _resolve(
    value: Any,
    node: dict[str, Any],
    defs: dict[str, Any],
    refs: tuple[str, ...],
    profile: Profile,
    api_version: str = DEFAULT_API_VERSION,
) -> tuple[dict[str, Any], tuple[str, ...], str | None]:
    """Follow $ref and pick the anyOf branch for the value, or the oneOf branch its discriminator names.

    When several anyOf branches admit the value's JSON type (a model, or any other object), the
    first one the value fits is taken; when it fits none, the first, whose issues are reported.
    A oneOf value whose discriminator names no branch is a problem under the strict profile and
    an open object under the compatible one (as the client keeps it).
    """
    while True:
        if "oneOf" in node and isinstance(node.get("discriminator"), dict):
            if not isinstance(value, dict):
                return node, refs, f"should be an object, not {_json_type(value)}"
            key = node["discriminator"]["propertyName"]
            mapping: dict[str, str] = node["discriminator"].get("mapping", {})
            tag = value.get(key)
            if isinstance(tag, str) and tag in mapping:
                node = {"$ref": mapping[tag]}
                continue
            if isinstance(tag, str) and profile == "compatible":
                return {"type": "object"}, refs, None
            known = ", ".join(mapping)
            if key not in value:
                return node, refs, f"needs its `{key}` (one of {known})"
            return node, refs, f"`{key}` should be one of {known} (got {short(tag)})"
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
                fits = (b for b in matching if not _walk(value, b, "", refs, defs, profile, api_version))
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
    if "const" in node and (value != node["const"] or kind != _json_type(node["const"])):
        return f"should be {node['const']!r}"
    minimum = node.get("minimum")
    if minimum is not None and kind in ("integer", "number") and value < minimum:
        return f"must be at least {minimum:g}"
    if node.get("format") == "date-time" and kind == "string" and not _is_rfc3339(value):
        return "should be an RFC 3339 date-time, such as 2024-01-15T10:30:00Z"
    return None
