"""The vendor's current SDK (retab 0.0.160, in its own Python 3.12 venv) against today's embedded server, unchanged.

It sends ``Authorization: Bearer`` and reads only today's record: list and auto-paging,
get, create with a PDF (202), cancel, delete, steps list (auto-paging) and get.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from retab_runs.testing import retab_server_running
from tests.vendor_sdks.venv import HERE, vendor_python

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _sdk_env(base_url: str, api_key: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "SSL_CERT_FILE", "TMPDIR")}
    return {**keep, "RETAB_API_KEY": api_key, "RETAB_API_BASE_URL": base_url}


def test_vendor_sdk_0_0_160_works_against_todays_server_unchanged(tmp_path: Path) -> None:
    python = vendor_python("0.0.160")
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(PDF)
    with retab_server_running(api_version="2026-08-16") as server:
        paged = server.store.add_runs(7, "wf_paging")
        done = subprocess.run(
            [str(python), str(HERE / "today_journey.py"), str(pdf)], env=_sdk_env(server.base_url, server.api_key),
            capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    newest_first = list(reversed(paged))
    assert seen["first_page"] == newest_first[:3]
    assert seen["first_after"] == newest_first[2]
    assert seen["all_paged"] == newest_first  # auto-paging walked every page, once each
    assert seen["all_runs"] == 7 + 3  # and the built-in runs
    assert seen["get"] == {"id": "run_today_completed", "status": "completed", "trigger": "manual"}
    assert seen["review"] == {"status": "awaiting_review", "waiting": ["extract-1"]}
    created = seen["created"]
    assert created["status"] == "pending"
    assert created["documents"]["start-1"]["filename"] == "invoice.pdf"
    assert created["documents"]["start-1"]["mime_type"] == "application/pdf"
    assert created["metadata"] == {"tenant": "acme"}
    assert seen["cancel"] == {"status": "cancelled", "cancellation_status": "cancelled"}
    assert seen["steps_page"] and seen["steps_all"] == [["start-1", "completed"], ["extract-1", "completed"]]
    assert seen["step"] == {"step_id": seen["steps_page"][0], "block_type": "start_json"}
    assert seen["extract_output"]["invoice_number"] == "INV-2026-0816"
    assert seen["after_delete"] == "NotFoundError"
