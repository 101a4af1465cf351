"""The spec and its examples, loaded once for all tests."""

from __future__ import annotations

import copy
import functools
import os
from pathlib import Path
from typing import Any, cast

import yaml

ROOT = Path(__file__).resolve().parent.parent
# RETAB_RUNS_SPEC points the contract tests at another spec (tests/spectools runs them on edited copies).
SPEC_PATH = Path(os.environ.get("RETAB_RUNS_SPEC") or ROOT / "openapi.yaml")
OPERATION = ("/v1/workflows/runs/{run_id}", "get")


@functools.cache
def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def spec() -> dict[str, Any]:
    """A fresh copy of openapi.yaml as a dict."""
    return copy.deepcopy(_spec())


def schemas() -> dict[str, Any]:
    return cast(dict[str, Any], spec()["components"]["schemas"])


def example(name: str) -> dict[str, Any]:
    """A named example of the 200 response (``complete`` or ``legacy_seed``), as a fresh dict."""
    path, method = OPERATION
    content = _spec()["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    value = copy.deepcopy(content["examples"][name]["value"])
    return cast(dict[str, Any], value)
