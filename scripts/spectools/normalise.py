"""Turn a vendor spec as published into one the generators accept, reporting each defect.

What it does, in order (each change is reported as one line, never raised):

- long module-path names (``main_server__services__v1__workflows__models__CostBreakdown``)
  become their last part (``CostBreakdown``) when that is free;
- component names that are not PascalCase identifiers are made so;
- security schemes whose names are not identifiers (``API Key``) are renamed, and
  security requirements naming a scheme that is not defined are dropped;
- responses without the description OpenAPI requires get an empty one;
- non-empty object defaults on model references are dropped (the generators refuse them);
- FastAPI's long operation ids (``get_workflow_run_v1_workflows_runs__run_id__get``) are cut
  before ``_v1_`` (``get_workflow_run``): they name the generated functions;
- a request body that is ``anyOf [$ref, null]`` becomes the optional ``$ref`` (the generators
  cannot build a body from the union; sending no body is how a client says "nothing");
- inline enums become named components (names from ``spec/names.yaml`` or the rule
  described there), identical ones shared; duplicate enum values are dropped. That holds for
  enums in properties, in their ``anyOf`` branches and array items, and in parameters.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

NAMES_FILE = Path(__file__).resolve().parent.parent.parent / "spec" / "names.yaml"
REF_PREFIX = "#/components/schemas/"
MODULE_PATH = re.compile(r"^[a-z_][a-z0-9_]*__(?:[a-z0-9_]+__)*(?P<name>[A-Za-z][A-Za-z0-9_]*)$")
GENERIC_PROPERTIES = frozenset({"status", "type", "stage", "category", "operation", "kind", "state", "mode"})
ENUM_KEYS = ("type", "enum")
NUMERIC_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
HTTP_METHODS = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})
LONG_OPERATION_ID = re.compile(rf"^(?P<short>[a-z][a-z0-9_]*?)_v1_[a-z0-9_]*_(?:{'|'.join(sorted(HTTP_METHODS))})$")


def load_enum_names(path: Path = NAMES_FILE) -> dict[str, str]:
    """The ``Schema.property -> EnumName`` table of ``spec/names.yaml``."""
    return _table(path, "enums")


def load_schema_names(path: Path = NAMES_FILE) -> dict[str, str]:
    """The ``VendorName -> OurName`` table of components ``spec/names.yaml`` names on purpose."""
    return _table(path, "schemas")


def _table(path: Path, key: str) -> dict[str, str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in (data.get(key) or {}).items()}


def pascal(text: str) -> str:
    """``error_stage`` -> ``ErrorStage``; ``API Key`` -> ``ApiKey``; keeps inner capitals."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", text) if w]
    name = "".join(w[0].upper() + (w[1:].lower() if w.isupper() and len(w) > 1 else w[1:]) for w in words)
    if not name or not name[0].isalpha():
        name = "X" + name
    return name


def _rename_refs(node: Any, renames: Mapping[str, str]) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(REF_PREFIX):
                name = value[len(REF_PREFIX) :]
                out[key] = REF_PREFIX + renames.get(name, name)
            else:
                out[key] = _rename_refs(value, renames)
        return out
    if isinstance(node, list):
        return [_rename_refs(v, renames) for v in node]
    return node


def _component_names(spec: dict[str, Any], report: list[str]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    renames: dict[str, str] = {}
    taken = set(schemas)
    for name in schemas:
        new = name
        match = MODULE_PATH.match(name)
        if match:
            new = match.group("name")
        if not (new.isidentifier() and new[0].isupper()):
            new = pascal(new)
        if new != name:
            if new in taken:
                new = pascal(name)
            renames[name] = new
            taken.add(new)
            report.append(f"component {name!r} renamed {new!r}")
    if not renames:
        return spec
    spec = _rename_refs(spec, renames)
    spec["components"]["schemas"] = {renames.get(k, k): v for k, v in spec["components"]["schemas"].items()}
    return spec


def _chosen_names(spec: dict[str, Any], chosen: Mapping[str, str]) -> dict[str, Any]:
    """Components the project names otherwise on purpose (not a defect of the vendor's: not reported)."""
    schemas: dict[str, Any] = spec["components"].get("schemas", {})
    renames = {old: new for old, new in chosen.items() if old in schemas and new not in schemas}
    if not renames:
        return spec
    spec = _rename_refs(spec, renames)
    spec["components"]["schemas"] = {renames.get(k, k): v for k, v in spec["components"]["schemas"].items()}
    for old, new in renames.items():  # the client's classes are named after the title: it follows the name
        if spec["components"]["schemas"][new].get("title") == old:
            spec["components"]["schemas"][new]["title"] = new
    return spec


def _security(spec: dict[str, Any], report: list[str]) -> None:
    schemes: dict[str, Any] = spec.get("components", {}).get("securitySchemes", {})
    renames = {}
    for name in list(schemes):
        if not re.fullmatch(r"[A-Za-z0-9._-]+", name):
            new = pascal(name)
            renames[name] = new
            report.append(f"security scheme {name!r} renamed {new!r} (OpenAPI component names are [A-Za-z0-9._-])")
    if renames:
        spec["components"]["securitySchemes"] = {renames.get(k, k): v for k, v in schemes.items()}
    defined = set(spec.get("components", {}).get("securitySchemes", {}))

    def fix(requirements: list[dict[str, Any]], where: str) -> list[dict[str, Any]]:
        kept = []
        for requirement in requirements:
            requirement = {renames.get(k, k): v for k, v in requirement.items()}
            dangling = sorted(k for k in requirement if k not in defined)
            for name in dangling:
                report.append(f"{where}: security requirement {name!r} names no defined scheme; dropped")
            requirement = {k: v for k, v in requirement.items() if k in defined}
            if requirement or not dangling:
                kept.append(requirement)
        return kept

    if "security" in spec:
        spec["security"] = fix(spec["security"], "document")
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "security" in operation:
                operation["security"] = fix(operation["security"], f"{method.upper()} {path}")


def _operations(spec: Mapping[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation of the document, in its order."""
    return [
        (method.upper(), path, operation)
        for path, item in (spec.get("paths") or {}).items()
        if isinstance(item, dict)
        for method, operation in item.items()
        if method in HTTP_METHODS and isinstance(operation, dict)
    ]


def _operation_ids(spec: dict[str, Any], report: list[str]) -> None:
    taken = {op.get("operationId") for _, _, op in _operations(spec)}
    for method, path, operation in _operations(spec):
        long = operation.get("operationId")
        match = LONG_OPERATION_ID.match(long) if isinstance(long, str) else None
        if match and match.group("short") not in taken:
            operation["operationId"] = match.group("short")
            taken.add(match.group("short"))
            report.append(f"{method} {path}: operationId {long!r} shortened to {match.group('short')!r}")


def _nullable_bodies(spec: dict[str, Any], report: list[str]) -> None:
    for method, path, operation in _operations(spec):
        body = operation.get("requestBody")
        if not isinstance(body, dict):
            continue
        for media in (body.get("content") or {}).values():
            branches = (media.get("schema") or {}).get("anyOf") if isinstance(media, dict) else None
            if not isinstance(branches, list) or len(branches) != 2 or {"type": "null"} not in branches:
                continue
            [kept] = [b for b in branches if b != {"type": "null"}]
            if "$ref" in kept:
                media["schema"] = kept
                body["required"] = False
                name = kept["$ref"].rsplit("/", 1)[-1]
                report.append(f"{method} {path}: request body anyOf [{name}, null] read as an optional {name}")


def _response_descriptions(spec: dict[str, Any], report: list[str]) -> None:
    """OpenAPI requires a description on every response object; an empty one is the neutral fill."""
    for method, path, operation in _operations(spec):
        for code, response in (operation.get("responses") or {}).items():
            if isinstance(response, dict) and "$ref" not in response and "description" not in response:
                response["description"] = ""
                report.append(f"{method} {path}: response {code} has no description (required); empty one added")


def _enum_name(owner: str, prop: str, table: Mapping[str, str], key: str) -> str:
    if key in table:
        return table[key]
    if prop in GENERIC_PROPERTIES:
        return owner + pascal(prop)
    return pascal(prop)


def _dedupe(values: list[Any], where: str, report: list[str]) -> list[Any]:
    seen: list[Any] = []
    for value in values:
        if value in seen:
            report.append(f"{where}: duplicate enum value {value!r} dropped")
        else:
            seen.append(value)
    return seen


def _enums(spec: dict[str, Any], table: Mapping[str, str], report: list[str]) -> None:
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    new: dict[str, dict[str, Any]] = {}

    def lift(node: dict[str, Any], owner: str, prop: str, where: str) -> dict[str, Any]:
        """``node`` with its enum moved to a component; keywords about the use (default...) stay."""
        values = _dedupe(list(node["enum"]), where, report)
        body = {k: node[k] for k in ENUM_KEYS if k in node} | {"enum": values}
        name = _enum_name(owner, prop, table, where)
        existing = new.get(name) or schemas.get(name)
        if existing is not None and {k: existing.get(k) for k in ENUM_KEYS} != body:
            name = owner + pascal(prop)
            existing = new.get(name) or schemas.get(name)
            if existing is not None and {k: existing.get(k) for k in ENUM_KEYS} != body:
                report.append(f"{where}: inline enum left in place, {name!r} is taken by a different schema")
                return node
        new.setdefault(name, {"title": name, **body})
        rest = {k: v for k, v in node.items() if k not in (*ENUM_KEYS, "title")}
        return {"$ref": REF_PREFIX + name, **rest}

    def lift_all(node: dict[str, Any], owner: str, prop: str, where: str) -> dict[str, Any]:
        """``node`` with every enum in it, its anyOf/oneOf branches and their array items named."""
        if "enum" in node:
            return lift(node, owner, prop, where)
        items = node.get("items")
        if isinstance(items, dict) and "enum" in items:
            node["items"] = lift(items, owner, prop, where)
        for key in ("anyOf", "oneOf"):
            for i, branch in enumerate(node.get(key) or []):
                if isinstance(branch, dict):
                    node[key][i] = lift_all(branch, owner, prop, where)
        return node

    for owner, schema in list(schemas.items()):
        if "enum" in schema:
            schema["enum"] = _dedupe(list(schema["enum"]), f"schema {owner}", report)
            continue
        for prop, node in (schema.get("properties") or {}).items():
            if isinstance(node, dict):
                schema["properties"][prop] = lift_all(node, owner, prop, f"{owner}.{prop}")
    # Parameters: the table's key is operationId.parameter; the rule's owner is the operation id in PascalCase.
    for _, _, operation in _operations(spec):
        operation_id = str(operation.get("operationId", ""))
        for parameter in operation.get("parameters") or []:
            if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
                name = str(parameter.get("name", ""))
                where = f"{operation_id}.{name}"
                parameter["schema"] = lift_all(parameter["schema"], pascal(operation_id), name, where)
    for name, body in new.items():
        if name not in schemas:
            schemas[name] = body


def normalise(
    vendor: Mapping[str, Any], enum_names: Mapping[str, str] | None = None, names_file: Path = NAMES_FILE
) -> tuple[dict[str, Any], list[str]]:
    """The vendor document made valid and named as this project names things, and what was changed.

    ``names_file`` is the contract's names table (``spec/names.yaml``, ``spec/2026-08-16/names.yaml``).
    """
    report: list[str] = []
    spec = copy.deepcopy(dict(vendor))
    if not isinstance(spec.get("components"), dict):
        spec["components"] = {}
    spec = _component_names(spec, report)
    spec = _chosen_names(spec, load_schema_names(names_file))
    _operation_ids(spec, report)
    _security(spec, report)
    _nullable_bodies(spec, report)
    _response_descriptions(spec, report)
    _enums(spec, load_enum_names(names_file) if enum_names is None else enum_names, report)
    _whole_numbers(spec)
    _object_defaults(spec, report)
    return spec, report


def _object_defaults(spec: dict[str, Any], report: list[str]) -> None:
    """A non-empty object default on a property that refers to a model has no reading the generators
    share (a model instance built at import time); it is dropped, and said: an absent key reads as unset."""
    for owner, schema in spec.get("components", {}).get("schemas", {}).items():
        for prop, node in (schema.get("properties") or {}).items() if isinstance(schema, dict) else ():
            default = node.get("default") if isinstance(node, dict) else None
            if isinstance(default, dict | list) and default and "$ref" in node:
                del node["default"]
                report.append(f"{owner}.{prop}: default {default!r} on a model reference dropped (not generated)")


def _whole_numbers(node: Any) -> None:
    """``minimum: 0.0`` on an integer is ``minimum: 0`` (generators would type the bound as float)."""
    if isinstance(node, dict):
        for key in NUMERIC_BOUNDS:
            value = node.get(key)
            if isinstance(value, float) and value.is_integer() and node.get("type") == "integer":
                node[key] = int(value)
        for value in node.values():
            _whole_numbers(value)
    elif isinstance(node, list):
        for value in node:
            _whole_numbers(value)
