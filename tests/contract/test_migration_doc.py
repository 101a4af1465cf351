"""docs/migration-2026-08-16.md is what scripts/migration_doc.py writes from the two contracts."""

from __future__ import annotations

import subprocess
import sys

from tests.spec import ROOT

PAGE = ROOT / "docs" / "migration-2026-08-16.md"


def test_the_migration_page_is_current() -> None:
    done = subprocess.run(
        [sys.executable, "scripts/migration_doc.py", "--check"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, (
        done.stderr + " (run `make migration-doc` after a change to a contract or to spec_diff)"
    )


def test_the_page_maps_the_flat_fields_and_shows_the_example_before_and_after() -> None:
    text = PAGE.read_text(encoding="utf-8")
    for row in ("| `status` | `lifecycle.status`", "| `trigger_type` | `trigger.type`", "`timing.created_at`"):
        assert row in text
    assert "from retab_runs.v2026_08_16 import Retab" in text and "match run.lifecycle:" in text
    assert "| `operation-removed` |" in text  # spec_diff's table is there
