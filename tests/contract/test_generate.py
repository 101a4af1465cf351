"""generated/ is exactly what scripts/generate.py makes of openapi.yaml, every time."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.spec import ROOT


def test_generated_code_matches_the_spec() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/generate.py", "--check"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "generated/ matches openapi.yaml" in result.stdout


def test_check_fails_when_an_empty_file_is_missing_or_added(tmp_path: Path) -> None:
    committed = tmp_path / "committed"
    shutil.copytree(ROOT / "generated", committed, ignore=shutil.ignore_patterns("__pycache__"))
    (committed / "retab_runs_client" / "py.typed").unlink()
    (committed / "retab_runs_schema" / "extra.typed").write_text("", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "scripts/generate.py", "--check", "--out", str(committed)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stdout[-2000:] + result.stderr[-2000:]
    assert "+++ fresh/retab_runs_client/py.typed" in result.stdout
    assert "--- generated/retab_runs_schema/extra.typed" in result.stdout
    assert "2 files differ" in result.stderr
