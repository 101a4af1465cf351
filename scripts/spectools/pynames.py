"""The Python side of a change: public names of the generated packages removed or changed.

griffe loads both trees statically (nothing is imported) and ``griffe.find_breaking_changes``
yields what breaks code written against the old tree; names that only appear are listed as
additions, and an attribute whose annotation changed (an attrs field ``int`` -> ``str``, which
griffe does not compare) as a change of type. All are plain records, rendered by the caller.

``python_names`` says, without generating anything, which generated names a place of the spec
(a report row's ``where``) becomes: the attrs class (named after the schema's ``title``, as
openapi-python-client does) and the pydantic model (named after the component), their fields,
and the endpoint module of an operation (its snake-cased operationId).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

PACKAGES = ("retab_runs_client", "retab_runs_schema")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_OPERATION = re.compile(r"^(?P<method>[A-Z]+) (?P<path>/\S*)(?: (?P<rest>.*))?$")
_PARAMETER = re.compile(r"^(?:query|path|header|cookie) parameter (?P<name>\S+)$")


@dataclass(frozen=True)
class NameChange:
    kind: str  # griffe's breakage kind ("Public object was removed", ...) or "Public object was added"
    path: str  # dotted path, as users import it
    detail: str = ""

    @property
    def breaking(self) -> bool:
        return self.kind != ADDED

    def line(self) -> str:
        return f"{self.path}: {self.kind.lower()}" + (f" ({self.detail})" if self.detail else "")


ADDED = "Public object was added"
TYPE_CHANGED = "Attribute changed type"


def _words(value: str) -> list[str]:
    """openapi-python-client's word split (``strings.split_words``), so names match its output."""
    value = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in " _-")
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(r"[^ _\-]+", value)


def function_name(operation_id: str) -> str:
    """The endpoint module and function an operationId becomes (``getRun`` -> ``get_run``)."""
    return "_".join(_words(operation_id)).lower()


def class_name(value: str) -> str:
    """The class name openapi-python-client makes of a title or component name."""
    return "".join(w.capitalize() if not w.isupper() else w for w in _words(value))


def component_classes(schemas: Mapping[str, Any], name: str) -> tuple[str, str]:
    """(attrs class, pydantic model) of a component: the title names the first, the key the second."""
    schema = schemas.get(name)
    title = schema.get("title") if isinstance(schema, dict) else None
    return class_name(title if isinstance(title, str) and title else name), name


def python_names(spec: Mapping[str, Any], where: str) -> list[str]:
    """The generated names a report row's place (``WorkflowRun.status``, ``GET /v1/...``) stands for."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    operation = _OPERATION.match(where)
    if operation:
        item = (spec.get("paths") or {}).get(operation["path"])
        op = item.get(operation["method"].lower()) if isinstance(item, dict) else None
        if not isinstance(op, dict) or not isinstance(op.get("operationId"), str):
            return []
        tags = op.get("tags") or ["default"]
        module = f"{PACKAGES[0]}.api.{function_name(str(tags[0]))}.{function_name(op['operationId'])}"
        rest = operation["rest"] or ""
        parameter = _PARAMETER.match(rest)
        if parameter:
            return [f"{module}.sync_detailed({function_name(parameter['name'])}=)"]
        return [module]
    if where.startswith("components.schemas."):
        where = where[len("components.schemas.") :]
    head, _, tail = where.partition(".")
    head = head.split("[", 1)[0].split("{", 1)[0]
    if head not in schemas:
        return []
    attrs, pydantic = component_classes(schemas, head)
    field = re.split(r"[.\[{]", tail, maxsplit=1)[0] if tail else ""
    suffix = f".{field}" if field else ""
    return [f"{PACKAGES[0]}.models.{attrs}{suffix}", f"{PACKAGES[1]}.{pydantic}{suffix}"]


def _annotation_changes(old: griffe.Object, new: griffe.Object) -> Iterator[NameChange]:
    """Class attributes whose annotation changed (griffe compares values, not annotations)."""
    for name, member in old.members.items():
        if name.startswith("_") or member.is_alias or name not in new.members:
            continue
        other = new.members[name]
        if other.is_alias:
            continue
        if isinstance(member, griffe.Class) and isinstance(other, griffe.Class):
            yield from _annotation_changes(member, other)
        elif isinstance(member, griffe.Module) and isinstance(other, griffe.Module):
            yield from _annotation_changes(member, other)
        elif isinstance(member, griffe.Attribute) and isinstance(other, griffe.Attribute) and member.parent is not None:
            if isinstance(member.parent, griffe.Class):
                before, after = str(member.annotation or ""), str(other.annotation or "")
                if before != after:
                    yield NameChange(TYPE_CHANGED, member.path, f"{before or 'none'} -> {after or 'none'}")


def _load(package: str, root: Path) -> griffe.Object | None:
    if not (root / package).is_dir():
        return None
    loaded = griffe.load(package, search_paths=[str(root)], try_relative_path=False, resolve_aliases=False)
    return loaded if isinstance(loaded, griffe.Object) else None


def _public(obj: griffe.Object, prefix: str = "") -> Iterator[str]:
    """Dotted paths of public classes, functions and attributes, as reachable from the package."""
    for name, member in obj.members.items():
        if name.startswith("_") or member.is_alias:
            continue
        path = f"{prefix or obj.path}.{name}"
        yield path
        if isinstance(member, griffe.Module | griffe.Class):
            yield from _public(member, path)


def _detail(breakage: griffe.Breakage) -> str:
    old, new = breakage.old_value, breakage.new_value
    if old is None or new is None or breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
        return ""
    show = [str(getattr(v, "name", v)) if v is not None else "none" for v in (old, new)]
    return f"{show[0]} -> {show[1]}"


def python_changes(old_root: Path, new_root: Path) -> list[NameChange]:
    """What changes for code importing the packages under ``old_root`` when they become ``new_root``'s."""
    changes: list[NameChange] = []
    for package in PACKAGES:
        old, new = _load(package, old_root), _load(package, new_root)
        if old is None or new is None:
            if old is not None:
                changes.append(NameChange("Public object was removed", package))
            elif new is not None:
                changes.append(NameChange(ADDED, package))
            continue
        for breakage in griffe.find_breaking_changes(old, new):
            changes.append(NameChange(breakage.kind.value, breakage.obj.path, _detail(breakage)))
        reported = {c.path for c in changes}
        changes.extend(c for c in _annotation_changes(old, new) if c.path not in reported)
        before = set(_public(old))
        changes.extend(NameChange(ADDED, path) for path in sorted(set(_public(new)) - before))
    return changes
