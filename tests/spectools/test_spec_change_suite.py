"""The suite under a spec change: a type change and a new operation in a copy of openapi.yaml,
generated into a temporary tree, and the contract modules that read the spec run against it.

Every test is collected and run (nothing raises at import), the new operation is checked
without a test edit, and each failure names the field and the record it is about.
"""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from tests.spec import ROOT, spec

MODULES = ("tests/contract/test_strict_examples.py", "tests/contract/test_operations.py")
NEW_PATH = "/v1/workflows/runs/{run_id}/labels"


def edited_spec() -> dict[str, object]:
    """duration_ms integer -> string; a new GET without access_token, answering like config."""
    edited = spec()
    duration = edited["components"]["schemas"]["WorkflowRun"]["properties"]["duration_ms"]
    duration["anyOf"] = [{"type": "string"} if b.get("type") == "integer" else b for b in duration["anyOf"]]
    config = copy.deepcopy(edited["paths"]["/v1/workflows/runs/{run_id}/config"]["get"])
    config["operationId"] = "get_workflow_run_labels"
    config["parameters"] = [p for p in config["parameters"] if p["name"] != "access_token"]
    edited["paths"][NEW_PATH] = {"get": config}
    return edited


def test_a_type_change_and_a_new_operation_give_a_full_run_with_named_failures(tmp_path: Path) -> None:
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(edited_spec(), sort_keys=False), encoding="utf-8")
    generated = tmp_path / "generated"
    made = subprocess.run(
        [sys.executable, "scripts/generate.py", "--spec", str(spec_path), "--out", str(generated)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr[-3000:]
    env = {**os.environ, "RETAB_RUNS_SPEC": str(spec_path), "PYTHONPATH": os.pathsep.join([str(generated), str(ROOT)])}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider", *MODULES],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    out = result.stdout
    assert "error" not in out.splitlines()[-1].lower(), out[-3000:]  # no collection error
    assert result.returncode == 1, out[-3000:]
    # the new operation is checked like the others, and passes
    for test in ("test_the_request_is_the_spec_s", "test_access_token_is_optional_and_sent_when_given",
                 "test_the_answer_parses_into_the_spec_s_model"):  # fmt: skip
        assert f"{test}[get] " in out or f"{test}[get_workflow_run_labels] PASSED" in out, test
    assert "test_every_operation_has_its_module_and_nothing_else_is_generated PASSED" in out
    assert not re.search(r"test_operations\.py::\S+ FAILED", out), out[-3000:]
    # the records the type change breaks fail by name, each saying the field
    failed = re.findall(r"test_built_in_runs_have_no_key_outside_the_schema\[(\S+)\] FAILED", out)
    assert failed, out[-3000:]
    assert "('/duration_ms', 'anyOf', '15000 is not valid under any of the given schemas')" in out
    for run_id in failed:
        assert f"built-in run '{run_id}'" in out
    assert "ValueError" not in out and "FixtureError" not in out
