"""The vendor corpus committed under spec/vendor/ (never ../shared)."""

from __future__ import annotations

from pathlib import Path

from tests.spec import ROOT

VENDOR = ROOT / "spec" / "vendor"
HISTORY = sorted((VENDOR / "history").glob("*.json"))
PAYLOADS = sorted((VENDOR / "payloads").glob("*.json"))
BASELINE = VENDOR / "history" / "2026-02-26_2aff8d8.json"


def revision(path: Path) -> str:
    return path.stem
