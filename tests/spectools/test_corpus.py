"""Every revision of the vendor's history generates, imports and round-trips its own payloads."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from generate import root_schema
from spectools.importer import load_any

from tests.spec import ROOT
from tests.spectools.corpus import HISTORY

WORKER = Path(__file__).with_name("roundtrip_worker.py")
EXAMPLES = 3  # a handful per revision: generation, not hypothesis, is the cost here


@pytest.mark.parametrize("revision", HISTORY, ids=[p.stem for p in HISTORY])
def test_revision_generates_imports_and_round_trips(revision: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    made = subprocess.run(
        [sys.executable, "scripts/generate.py", "--spec", str(revision), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr[-3000:]
    assert "Traceback" not in made.stderr
    assert not (ROOT / "generated" / revision.stem).exists()  # generated/ itself is untouched
    reported = made.stderr.splitlines()
    assert all(line.startswith("generate: ") for line in reported), made.stderr  # one line per defect
    if revision.stem.startswith("2026-03-03"):  # the revision that crashed the generator
        assert "generate: StepStatusSummary.node_type: duplicate enum value 'start_json' dropped" in reported
    root = root_schema(load_any(revision)[0])
    result = subprocess.run(
        [sys.executable, str(WORKER), str(out), root, str(EXAMPLES)],
        cwd=tmp_path,  # not ROOT: nothing may come from the checkout's generated/
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0 and result.stdout.strip() == f"ok {EXAMPLES}", result.stdout + result.stderr[-3000:]
