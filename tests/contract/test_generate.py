"""generated/ is exactly what scripts/generate.py makes of openapi.yaml, every time."""

from __future__ import annotations

import subprocess
import sys

from tests.spec import ROOT


def test_generated_code_matches_the_spec() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/generate.py", "--check"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "generated/ matches openapi.yaml" in result.stdout
