"""The vendor corpus committed under spec/vendor/ (never ../shared)."""

from __future__ import annotations

from pathlib import Path

from tests.spec import ROOT

VENDOR = ROOT / "spec" / "vendor"
HISTORY = sorted((VENDOR / "history").glob("*.json"))
PAYLOADS = sorted((VENDOR / "payloads").glob("*.json"))
BASELINE = VENDOR / "history" / "2026-02-26_2aff8d8.json"
# The 22 operations of the same date: openapi.yaml is this file imported (prose aside).
CURRENT = VENDOR / "retab-openapi-2026-02-26-workflow-runs.json"


def revision(path: Path) -> str:
    return path.stem
