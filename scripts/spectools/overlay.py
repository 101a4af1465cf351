"""Apply an OpenAPI Overlay 1.0 document (``spec/overlay.yaml``): the project's own departures.

Each action has a ``target`` (JSONPath, see ``jsonpath.py``) and either ``remove: true`` or an
``update`` value merged into every selected node: objects merge recursively, arrays are
appended to, and a scalar target is replaced. An action whose target selects nothing (the
vendor dropped what it changes) is reported and skipped, so an old overlay still applies to
a new vendor file and says what no longer fits. ``fold_skipped`` turns those lines into one
summary line plus, by name, the skipped actions that matter: those aimed inside a component or
operation that is still there (a default whose field is gone), not those whose whole component
or operation the file does not have (the history files hold one GET).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from .jsonpath import JSONPathError, Step, locate, parse

__all__ = ["OVERLAY_FILE", "OverlayError", "apply_overlay", "fold_skipped", "load_overlay", "merge"]
SKIPPED = re.compile(
    r"^overlay action (?P<number>\d+) \((?P<target>.*)\): target selects nothing in this spec; skipped$"
)

OVERLAY_FILE = Path(__file__).resolve().parent.parent.parent / "spec" / "overlay.yaml"


class OverlayError(ValueError):
    """The overlay document itself is malformed."""


def load_overlay(path: Path = OVERLAY_FILE) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if (
        not isinstance(data, dict)
        or not str(data.get("overlay", "")).startswith("1.")
        or not isinstance(data.get("actions"), list)
    ):
        raise OverlayError(f"{path.name}: not an OpenAPI Overlay 1.x document (needs `overlay: 1.0.0` and `actions`)")
    return data


def merge(target: Any, update: Any) -> Any:
    """Overlay's update rule: objects merge recursively, arrays append, anything else is replaced."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list) and isinstance(update, list):
        target.extend(copy.deepcopy(update))
        return target
    return copy.deepcopy(update)


def apply_overlay(spec: Mapping[str, Any], overlay: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """``spec`` with every action applied, and one line per action that could not be."""
    document: dict[str, Any] = copy.deepcopy(dict(spec))
    report: list[str] = []
    for number, action in enumerate(overlay.get("actions", []), start=1):
        target = action.get("target") if isinstance(action, dict) else None
        label = f"overlay action {number} ({target})"
        if not isinstance(target, str):
            report.append(f"overlay action {number}: no target; skipped")
            continue
        try:
            selected = locate(document, target)
        except JSONPathError as exc:
            report.append(f"{label}: {exc}; skipped")
            continue
        if not selected:
            report.append(f"{label}: target selects nothing in this spec; skipped")
            continue
        # Remove from the end, so earlier list indices stay valid.
        for parent, key in reversed(selected):
            if action.get("remove") is True:
                if key is None:
                    report.append(f"{label}: cannot remove the whole document; skipped")
                else:
                    del parent[key]
            elif "update" in action:
                if key is None:
                    merge(document, action["update"])
                else:
                    parent[key] = merge(parent[key], action["update"])
            else:
                report.append(f"{label}: neither update nor remove; skipped")
    return document, report


def _shown(steps: list[Step]) -> str:
    return ".".join(str(step.key) for step in steps)


def _gone_inside(spec: Mapping[str, Any], target: str) -> str | None:
    """For a target selecting nothing: "X has no Y" when X is a named component or operation that is
    there (only plain names lead to it) and Y, inside it, is what is gone; None otherwise."""
    try:
        steps = parse(target)
    except JSONPathError:
        return None
    for depth in range(len(steps) - 1, 0, -1):
        prefix = steps[:depth]
        if any(step.kind != "name" for step in prefix):
            continue
        node: Any = spec
        for step in prefix:
            node = node.get(step.key) if isinstance(node, dict) else None
        if node is None:
            continue
        if depth < 3:  # the component or operation itself is gone (or the file never had it)
            return None
        return f"{_shown(prefix)} has no {steps[depth].key!r}" if steps[depth].kind == "name" else _shown(prefix)
    return None


def fold_skipped(report: list[str], spec: Mapping[str, Any]) -> list[str]:
    """``report`` with its "target selects nothing" lines folded into one summary line, followed by
    the lines of the skipped actions that matter (see the module docstring), each saying what is gone."""
    kept, skipped, matter = [], [], []
    for line in report:
        match = SKIPPED.match(line)
        if match is None:
            kept.append(line)
            continue
        skipped.append(match["number"])
        gone = _gone_inside(spec, match["target"])
        if gone is not None:
            matter.append(f"overlay action {match['number']} ({match['target']}): skipped, {gone}")
    if not skipped:
        return kept
    summary = (
        f"overlay: {len(skipped)} action(s) select nothing in this spec and were skipped"
        f" ({len(matter)} aimed inside a schema or operation still there" + (", below)" if matter else ")")
    )
    return [*kept, summary, *matter]
