"""scripts/spec_diff.py: the change report, pinned on the vendor's real history."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from spectools.compare import compare
from spectools.importer import read_document
from spectools.report import Finding, counts, findings
from spectools.rules import RULES

from tests.spec import ROOT, SPEC_PATH, spec
from tests.spectools.corpus import HISTORY

# (client error, warning, info), (strict error, warning, info) for each consecutive pair.
PINNED = {
    "2026-02-26_2aff8d8 -> 2026-03-03_267a449": ((2, 0, 0), (2, 0, 0)),
    "2026-03-03_267a449 -> 2026-03-09_d3af211": ((0, 0, 2), (2, 0, 0)),
    "2026-03-09_d3af211 -> 2026-03-25_8a7e98f": ((8, 3, 5), (11, 0, 5)),
    "2026-03-25_8a7e98f -> 2026-04-15_7f7cc88": ((10, 2, 0), (10, 0, 2)),
    "2026-04-15_7f7cc88 -> 2026-04-16_a588873": ((2, 0, 0), (2, 0, 0)),
    "2026-04-16_a588873 -> 2026-05-10_c49b8d3": ((6, 6, 2), (6, 0, 8)),
    "2026-05-10_c49b8d3 -> 2026-05-12_6979414": ((34, 5, 20), (36, 0, 23)),
    "2026-05-12_6979414 -> 2026-05-30_cef63ed": ((16, 9, 10), (18, 0, 17)),
    "2026-05-30_cef63ed -> 2026-06-16_aee4344": ((1, 0, 0), (1, 0, 0)),
}
PAIRS = list(zip(HISTORY, HISTORY[1:], strict=False))


def report(old: dict[str, Any], new: dict[str, Any]) -> list[Finding]:
    return findings(compare(old, new))


def ids(found: list[Finding]) -> set[tuple[str, str]]:
    return {(f.id, f.where) for f in found}


def test_every_consecutive_pair_is_pinned() -> None:
    assert [f"{a.stem} -> {b.stem}" for a, b in PAIRS] == list(PINNED)


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=[f"{a.stem}->{b.stem}" for a, b in PAIRS])
def test_classification_of_each_corpus_pair(old: Path, new: Path) -> None:
    tally = counts(report(read_document(old), read_document(new)))
    got = tuple(tuple(tally[a][lvl] for lvl in ("error", "warning", "info")) for a in ("client", "strict"))
    assert got == PINNED[f"{old.stem} -> {new.stem}"]


def test_known_changes_of_the_history_read_as_they_should() -> None:
    by_date = {p.stem[:10]: read_document(p) for p in HISTORY}
    first = report(by_date["2026-02-26"], by_date["2026-03-03"])
    assert ("response-property-removed", "WorkflowRun.input_text_data") in ids(first)
    assert ("response-property-enum-value-removed", "StepStatusSummary.node_type") in ids(first)
    additive = report(by_date["2026-03-03"], by_date["2026-03-09"])
    assert {(f.id, f.client, f.strict) for f in additive} == {("response-property-enum-value-added", "info", "error")}
    renamed = report(by_date["2026-03-09"], by_date["2026-03-25"])
    [cost] = [f for f in renamed if f.id == "schema-renamed"]
    assert cost.message.startswith(
        "schema 'main_server__services__v1__workflows__models__CostBreakdown' renamed 'CostBreakdown'"
    )
    blocks = report(by_date["2026-03-25"], by_date["2026-04-15"])
    assert ("response-property-renamed", "StepStatusSummary.node_id") in ids(blocks)
    bearer = report(by_date["2026-05-30"], by_date["2026-06-16"])
    assert [(f.id, f.message) for f in bearer] == [
        ("security-requirement-removed", "credential 'API Key' no longer accepted")
    ]


def test_every_rule_has_levels_for_both_audiences_and_a_template() -> None:
    for rule in RULES.values():
        assert rule.client in ("error", "warning", "info") and rule.strict in ("error", "warning", "info")
        assert rule.template and rule.id == rule.id.lower()


def test_openapi_yaml_against_itself_has_no_changes() -> None:
    assert report(spec(), spec()) == []


def test_additive_edits_do_not_break_the_client_but_break_strict_validators() -> None:
    edited = spec()
    edited["components"]["schemas"]["RunStatus"]["enum"].append("paused")
    edited["components"]["schemas"]["WorkflowRun"]["properties"]["priority"] = {
        "anyOf": [{"type": "integer"}, {"type": "null"}]
    }
    found = report(spec(), edited)
    assert {(f.id, f.where, f.client, f.strict) for f in found} == {
        ("response-property-enum-value-added", "RunStatus", "info", "error"),
        ("response-optional-property-added", "WorkflowRun.priority", "info", "info"),
    }


def test_final_node_output_reduced_to_document_and_data_breaks_the_client() -> None:
    edited = spec()
    props = edited["components"]["schemas"]["FinalNodeOutput"]["properties"]
    del props["label"], props["json_data"]
    found = report(spec(), edited)
    assert {(f.id, f.where, f.client) for f in found} == {
        ("response-property-removed", "FinalNodeOutput.label", "error"),
        ("response-property-removed", "FinalNodeOutput.json_data", "error"),
    }


def test_nullability_type_default_and_requirement_changes() -> None:
    edited = spec()
    props = edited["components"]["schemas"]["WorkflowRun"]["properties"]
    props["workflow_name"] = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    props["duration_ms"] = {"anyOf": [{"type": "number"}, {"type": "null"}]}
    props["trigger_type"]["default"] = "api"
    edited["components"]["schemas"]["WorkflowRun"]["required"].remove("organization_id")
    found = {(f.id, f.where) for f in report(spec(), edited)}
    assert found == {
        ("response-property-became-nullable", "WorkflowRun.workflow_name"),
        ("response-property-type-changed", "WorkflowRun.duration_ms"),
        ("response-property-default-changed", "WorkflowRun.trigger_type"),
        ("response-property-became-optional", "WorkflowRun.organization_id"),
    }


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "scripts/spec_diff.py", *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_cli_exit_codes_and_json(tmp_path: Path) -> None:
    by_date = {p.stem[:10]: p for p in HISTORY}
    breaking = run_cli(by_date["2026-02-26"], by_date["2026-03-03"])
    assert breaking.returncode == 1 and "response-property-removed" in breaking.stdout
    assert "2 changes; client: 2 error, 0 warning, 0 info" in breaking.stdout
    additive = run_cli(by_date["2026-03-03"], by_date["2026-03-09"], "--json")
    assert additive.returncode == 0
    document = json.loads(additive.stdout)
    assert document["breaks_client"] is False and document["counts"]["strict"]["error"] == 2
    assert document["changes"][0]["id"] == "response-property-enum-value-added"
    same = run_cli(SPEC_PATH, SPEC_PATH)
    assert same.returncode == 0 and same.stdout == "no changes\n"


@pytest.mark.parametrize("content", ["{", "[]", "openapi: [", "\xff"])
def test_cli_unreadable_input_is_one_line_and_exit_2(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(content.encode("latin-1"))
    result = run_cli(bad, SPEC_PATH)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("spec_diff: ")
    assert "Traceback" not in result.stderr and result.stdout == ""
    missing = run_cli(tmp_path / "nope.json", SPEC_PATH)
    assert missing.returncode == 2 and missing.stderr.startswith("spec_diff: ")


def test_yaml_edits_round_trip_through_files(tmp_path: Path) -> None:
    edited = spec()
    edited["components"]["schemas"]["StepStatus"]["enum"].remove("skipped")
    new = tmp_path / "openapi.yaml"
    new.write_text(yaml.safe_dump(edited), encoding="utf-8")
    result = run_cli(SPEC_PATH, new)
    assert result.returncode == 1 and "enum value 'skipped' removed" in result.stdout
