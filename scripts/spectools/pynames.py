"""The Python side of a change: public names of the generated packages removed or changed.

griffe loads both trees statically (nothing is imported) and ``griffe.find_breaking_changes``
yields what breaks code written against the old tree; names that only appear are listed as
additions. Both are plain records, rendered by the caller.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import griffe

PACKAGES = ("retab_runs_client", "retab_runs_schema")


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
        before = set(_public(old))
        changes.extend(NameChange(ADDED, path) for path in sorted(set(_public(new)) - before))
    return changes
