"""retab-runs validate and schema with --api-version (or RETAB_API_VERSION), as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.spec import ROOT, example

SCRIPT = Path(sys.executable).with_name("retab-runs")
DOCS_GET = ROOT / "spec" / "vendor" / "payloads-2026-08-16" / "docs-runs-get-2026-08-16-43e8b9b.json"
TODAY_RUN = {
    "id": "run_1",
    "workflow_id": "wf_1",
    "workflow_version_id": "ver_1",
    "trigger": {"type": "api"},
    "lifecycle": {"status": "awaiting_review", "waiting_for_block_ids": ["review-1"]},
    "timing": {"created_at": "2026-08-16T10:00:00Z"},
}


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "RETAB_API_VERSION"} | (env or {})
    result = subprocess.run([str(SCRIPT), *args], capture_output=True, timeout=300, env=environment)
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode(), result.stderr.decode())


def test_today_s_records_against_today_s_contract(tmp_path: Path) -> None:
    runs = tmp_path / "runs.jsonl"
    runs.write_text(json.dumps(TODAY_RUN) + "\n" + json.dumps(example("complete")) + "\n")
    result = run("validate", "--api-version", "2026-08-16", str(runs))
    assert result.returncode == 1, result.stderr
    [issue, summary] = result.stdout.splitlines()
    assert issue.startswith(f"{runs}:2: (root): is a run record of the 2026-02-26 API")
    assert summary == "2 runs in 1 file: 1 valid, 1 invalid (1 issue)"
    # the environment picks the contract when the flag does not
    assert run("validate", str(runs), env={"RETAB_API_VERSION": "2026-08-16"}).stdout == result.stdout
    seed = run("validate", str(runs))  # the default stays the seed's contract
    assert seed.returncode == 1 and f"{runs}:1: (root): is a newer run record shape" in seed.stdout


def test_a_docs_example_of_2026_08_16_is_refused_saying_what_it_carries() -> None:
    result = run("validate", "--api-version", "2026-08-16", str(DOCS_GET))
    assert result.returncode == 1
    assert "carries `workflow: {workflow_id, version_id}`" in result.stdout
    assert "`workflow_id` and `workflow_version_id`" in result.stdout


def test_schema_prints_the_contract_s_json_schema() -> None:
    today = json.loads(run("schema", "--api-version", "2026-08-16").stdout)
    assert today["$id"].endswith(":v2026_08_16") and "lifecycle" in today["properties"]
    seed = json.loads(run("schema").stdout)
    assert "lifecycle" not in seed["properties"] and "status" in seed["properties"]


def test_an_unknown_api_version_is_a_usage_error() -> None:
    result = run("validate", "--api-version", "2026-09-01", "-")
    assert result.returncode == 2 and "2026-08-16" in result.stderr
    result = run("schema", env={"RETAB_API_VERSION": "sk-live-not-a-version-" + "x" * 60})
    assert result.returncode == 2 and "RETAB_API_VERSION must be one of" in result.stderr
    assert "sk-live" not in result.stderr  # the value is not echoed
