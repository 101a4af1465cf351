"""Read any spec of the corpus: a vendor file goes through normalise + overlay, ours is taken as is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from .normalise import NAMES_FILE, normalise
from .overlay import OVERLAY_FILE, OverlayError, apply_overlay, load_overlay


class SpecReadError(ValueError):
    """The file is not a readable OpenAPI document; the message is one line."""


def read_document(path: Path) -> dict[str, Any]:
    """The decoded JSON or YAML document at ``path``, or SpecReadError saying why not."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecReadError(f"{path}: cannot read: {exc.__class__.__name__}: {exc}") from None
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise SpecReadError(f"{path}: not {'JSON' if path.suffix == '.json' else 'YAML'}: {first}") from None
    if not isinstance(data, dict) or not str(data.get("openapi", "")).startswith("3."):
        raise SpecReadError(f"{path}: not an OpenAPI 3 document (no `openapi: 3.x` at the top)")
    if not isinstance(data.get("paths", {}), dict) or not isinstance(data.get("components", {}), dict):
        raise SpecReadError(f"{path}: `paths` and `components` must be objects")
    return data


def is_vendor_file(path: Path) -> bool:
    """Vendor specs are published as JSON; the project's own contract is YAML."""
    return path.suffix == ".json"


def contract_files(path: Path) -> tuple[Path, Path]:
    """The overlay and names table a vendor file is imported with.

    ``spec/<date>/`` when the file's name carries the date of a contract of its own
    (``retab-openapi-2026-08-16-workflow-runs.json``), else the seed's (``spec/overlay.yaml``).
    """
    for folder in sorted(OVERLAY_FILE.parent.glob("????-??-??")):
        if folder.name in path.name and (folder / "overlay.yaml").is_file():
            return folder / "overlay.yaml", folder / "names.yaml"
    return OVERLAY_FILE, NAMES_FILE


def import_vendor(
    document: dict[str, Any], overlay_path: Path = OVERLAY_FILE, names_path: Path = NAMES_FILE
) -> tuple[dict[str, Any], list[str]]:
    """normalise + overlay, with one report line per defect fixed and per overlay action skipped."""
    spec, report = normalise(document, names_file=names_path)
    try:
        overlay = load_overlay(overlay_path)
    except (OSError, OverlayError, yaml.YAMLError) as exc:
        raise SpecReadError(f"{overlay_path.name}: {exc}") from None
    spec, skipped = apply_overlay(spec, overlay)
    return spec, report + skipped


def load_any(path: Path) -> tuple[dict[str, Any], list[str]]:
    """The spec at ``path`` ready for the generators, and what was changed on the way."""
    document = read_document(path)
    if is_vendor_file(path):
        return import_vendor(document, *contract_files(path))
    return document, []
