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


def test_check_sees_an_empty_file_missing_or_added(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from generate import diff_trees

    committed = tmp_path / "committed"
    shutil.copytree(ROOT / "generated", committed, ignore=shutil.ignore_patterns("__pycache__"))
    assert diff_trees(ROOT / "generated", committed) == []
    (committed / "retab_runs_client" / "py.typed").unlink()
    (committed / "retab_runs_schema" / "extra.typed").write_text("", encoding="utf-8")
    lines = diff_trees(ROOT / "generated", committed)
    assert lines == [
        "--- /dev/null\n",
        "+++ fresh/retab_runs_client/py.typed\n",
        "@@ empty file added: only in the fresh tree @@\n",
        "--- generated/retab_runs_schema/extra.typed\n",
        "+++ /dev/null\n",
        "@@ empty file deleted: only in generated/ @@\n",
    ]
