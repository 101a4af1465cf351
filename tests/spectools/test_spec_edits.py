"""Edits to a copy of openapi.yaml, run through the derived contract tests.

An additive edit (a new nullable field, a new RunStatus value) is regenerated into a temporary
directory and the contract tests run against it unchanged: they must pass. A breaking edit
(FinalNodeOutput reduced to ``{document, data}``) must fail a contract test by name.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.spec import ROOT, spec

CONTRACT = ["tests/contract/test_spec.py", "tests/contract/test_models.py", "tests/contract/test_strict_examples.py"]


def write_spec(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def run_contract_tests(spec_path: Path, generated: Path | None, *tests: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RETAB_RUNS_SPEC": str(spec_path)}
    if generated is not None:  # the fresh packages shadow the installed ones
        env["PYTHONPATH"] = os.pathsep.join([str(generated), str(ROOT)])
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-v", "-x", "-p", "no:cacheprovider", "-p", "no:randomly", *tests],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_additive_edits_need_no_test_edit(tmp_path: Path) -> None:
    edited = spec()
    schemas = edited["components"]["schemas"]
    schemas["RunStatus"]["enum"].append("paused")
    schemas["WorkflowRun"]["properties"]["priority"] = {
        "anyOf": [{"type": "integer"}, {"type": "null"}],
        "title": "Priority",
    }
    spec_path = write_spec(tmp_path, edited)
    generated = tmp_path / "generated"
    made = subprocess.run(
        [sys.executable, "scripts/generate.py", "--spec", str(spec_path), "--out", str(generated)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert made.returncode == 0, made.stderr[-3000:]
    assert "priority" in (generated / "retab_runs_client" / "models" / "workflow_run.py").read_text()
    result = run_contract_tests(spec_path, generated, *CONTRACT[:2], "tests/contract/test_introspection.py")
    assert result.returncode == 0, result.stdout[-4000:]
    # the derived checks did see the edit: the new property is checked in both packages
    assert "test_attrs_attribute_matches_spec[WorkflowRun.priority] PASSED" in result.stdout
    assert "test_pydantic_field_matches_spec[WorkflowRun.priority] PASSED" in result.stdout


def test_final_node_output_losing_label_fails_a_contract_test_by_name(tmp_path: Path) -> None:
    edited = spec()
    props = edited["components"]["schemas"]["FinalNodeOutput"]["properties"]
    del props["label"], props["json_data"]
    result = run_contract_tests(write_spec(tmp_path, edited), None, "tests/contract/test_strict_examples.py")
    assert result.returncode == 1
    assert "test_complete_example_has_no_key_outside_the_schema" in result.stdout
    assert "'json_data', 'label' were unexpected" in result.stdout or "'label', 'json_data' were unexpected" in (
        result.stdout
    )
