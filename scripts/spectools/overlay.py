"""Apply an OpenAPI Overlay 1.0 document (``spec/overlay.yaml``): the project's own departures.

Each action has a ``target`` (JSONPath, see ``jsonpath.py``) and either ``remove: true`` or an
``update`` value merged into every selected node: objects merge recursively, arrays are
appended to, and a scalar target is replaced. An action whose target selects nothing (the
vendor dropped what it changes) is reported and skipped, so an old overlay still applies to
a new vendor file and says what no longer fits.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from .jsonpath import JSONPathError, locate

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
