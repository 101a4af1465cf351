"""scripts/spec_diff.py: the change report, pinned on the vendor's real history."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.spectools.compare import compare
from scripts.spectools.report import Finding, findings
from scripts.spectools.rules import RULES
from scripts.spectools.sides import comparable
from tests.spec import ROOT, SPEC_PATH, spec
from tests.spectools.corpus import CURRENT, HISTORY

# Whether each consecutive pair breaks the client: the verdict, not a tally of rows.
BREAKS_CLIENT = {
    "2026-02-26_2aff8d8 -> 2026-03-03_267a449": True,
    "2026-03-03_267a449 -> 2026-03-09_d3af211": False,
    "2026-03-09_d3af211 -> 2026-03-25_8a7e98f": True,
    "2026-03-25_8a7e98f -> 2026-04-15_7f7cc88": True,
    "2026-04-15_7f7cc88 -> 2026-04-16_a588873": True,
    "2026-04-16_a588873 -> 2026-05-10_c49b8d3": True,
    "2026-05-10_c49b8d3 -> 2026-05-12_6979414": True,
    "2026-05-12_6979414 -> 2026-05-30_cef63ed": True,
    "2026-05-30_cef63ed -> 2026-06-16_aee4344": True,
}
PAIRS = list(zip(HISTORY, HISTORY[1:], strict=False))


def report(old: dict[str, Any], new: dict[str, Any]) -> list[Finding]:
    return findings(compare(old, new), old, new)


def history(old: Path, new: Path) -> list[Finding]:
    """The report spec_diff prints for two files: both sides normalised the same way."""
    return report(comparable(old), comparable(new))


def ids(found: list[Finding]) -> set[tuple[str, str]]:
    return {(f.id, f.where) for f in found}


def test_every_consecutive_pair_is_pinned() -> None:
    assert [f"{a.stem} -> {b.stem}" for a, b in PAIRS] == list(BREAKS_CLIENT)


@pytest.mark.parametrize(("old", "new"), PAIRS, ids=[f"{a.stem}->{b.stem}" for a, b in PAIRS])
def test_verdict_of_each_corpus_pair(old: Path, new: Path) -> None:
    found = history(old, new)
    assert any(f.client == "error" for f in found) is BREAKS_CLIENT[f"{old.stem} -> {new.stem}"]
    # no row is a normalisation artefact: the long names and FastAPI's operation ids cancel out
    assert not any(f.id in ("operation-id-changed", "schema-renamed") and "main_server__" in f.message for f in found)


def test_known_changes_of_the_history_read_as_they_should() -> None:
    by_date = {p.stem[:10]: p for p in HISTORY}
    first = history(by_date["2026-02-26"], by_date["2026-03-03"])
    assert ("response-optional-property-removed", "WorkflowRun.input_text_data") in ids(first)
    assert ("response-property-enum-value-removed", "NodeType") in ids(first)
    additive = history(by_date["2026-03-03"], by_date["2026-03-09"])
    assert {(f.id, f.where, f.client, f.strict) for f in additive} == {
        ("response-property-enum-value-added", "ErrorStage", "info", "error")
    }
    blocks = history(by_date["2026-03-25"], by_date["2026-04-15"])
    assert ("response-property-renamed", "StepStatusSummary.node_id") in ids(blocks)
    bearer = history(by_date["2026-05-30"], by_date["2026-06-16"])
    assert [(f.id, f.message) for f in bearer] == [
        ("security-requirement-removed", "credential 'ApiKey' no longer accepted")
    ]


def test_the_lifecycle_discriminator_and_the_new_trigger_value_are_rows_of_their_own() -> None:
    by_date = {p.stem[:10]: p for p in HISTORY}
    found = {(f.id, f.where, f.client, f.strict): f for f in history(by_date["2026-05-12"], by_date["2026-05-30"])}
    swap = found[("response-discriminator-property-changed", "WorkflowRun.lifecycle", "error", "error")]
    assert swap.message == "the union is told apart by 'status' instead of 'kind' (every variant's 'kind' is gone)"
    renamed = found[("response-discriminator-value-renamed", "WorkflowRun.lifecycle", "error", "error")]
    assert "'waiting_for_human'" in renamed.message and "'awaiting_review'" in renamed.message
    assert ("response-property-enum-value-added", "WorkflowRun.trigger.type", "info", "error") in found
    # the swap is one row, not "kind removed" and "status added" in each of the six variants
    assert not [k for k in found if k[1].endswith((".kind", ".status"))]
    assert not [k for k in found if "constraint" in k[0]]


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
        ("response-optional-property-removed", "FinalNodeOutput.label", "error"),
        ("response-optional-property-removed", "FinalNodeOutput.json_data", "error"),
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
    assert breaking.returncode == 1 and "response-optional-property-removed" in breaking.stdout
    assert "python: retab_runs_client.models.WorkflowRun.input_text_data" in breaking.stdout
    additive = run_cli(by_date["2026-03-03"], by_date["2026-03-09"], "--json")
    assert additive.returncode == 0
    document = json.loads(additive.stdout)
    assert document["breaks_client"] is False and document["counts"]["strict"]["error"] == 1
    [change] = document["changes"]
    assert change["id"] == "response-property-enum-value-added"
    assert change["python"] == ["retab_runs_client.models.ErrorStage", "retab_runs_schema.ErrorStage"]
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


# -- what the client sends ----------------------------------------------------------------


def found_for(edited: dict[str, Any]) -> set[tuple[str, str, str, str]]:
    return {(f.id, f.where, f.client, f.strict) for f in report(spec(), edited)}


def test_request_body_properties_added_removed_and_retyped() -> None:
    edited = spec()
    resume = edited["components"]["schemas"]["ResumeWorkflowRequest"]
    resume["properties"]["reason"] = {"type": "string"}
    resume["required"].append("reason")
    resume["properties"]["approved"] = {"type": "string"}
    del resume["properties"]["modified_data"]
    resume["required"].remove("node_id")
    del resume["properties"]["node_id"]
    del edited["components"]["schemas"]["CancelWorkflowRequest"]["properties"]["command_id"]
    edited["components"]["schemas"]["StepOutputsBatchRequest"]["properties"]["note"] = {"type": "string"}
    assert found_for(edited) == {
        ("request-required-property-added", "ResumeWorkflowRequest.reason", "error", "info"),
        ("request-property-type-changed", "ResumeWorkflowRequest.approved", "error", "error"),
        ("request-property-removed", "ResumeWorkflowRequest.modified_data", "warning", "info"),
        ("request-required-property-removed", "ResumeWorkflowRequest.node_id", "warning", "error"),
        ("request-property-removed", "CancelWorkflowRequest.command_id", "warning", "info"),
        ("request-optional-property-added", "StepOutputsBatchRequest.note", "info", "info"),
    }


def test_request_requirement_and_nullability_changes() -> None:
    edited = spec()
    resume = edited["components"]["schemas"]["ResumeWorkflowRequest"]
    resume["required"].remove("approved")
    resume["properties"]["command_id"] = {"type": "string"}
    edited["components"]["schemas"]["MIMEDataInput"]["required"].remove("mime_type")
    edited["components"]["schemas"]["WorkflowExportFileRequest"]["required"].append("format")
    assert found_for(edited) == {
        ("request-property-became-optional", "ResumeWorkflowRequest.approved", "info", "error"),
        ("request-property-became-not-nullable", "ResumeWorkflowRequest.command_id", "error", "info"),
        ("request-property-became-optional", "MIMEDataInput.mime_type", "info", "error"),
        ("request-property-became-required", "WorkflowExportFileRequest.format", "error", "info"),
    }


def test_an_enum_value_removed_from_a_request_breaks_the_client_added_breaks_strict_checkers() -> None:
    edited = spec()
    schemas = edited["components"]["schemas"]
    schemas["ExportFormat"]["enum"].remove("xlsx")
    schemas["SortOrder"]["enum"].append("random")
    schemas["DocumentType"]["enum"].remove("input")
    assert found_for(edited) == {
        ("request-property-enum-value-removed", "ExportFormat", "error", "info"),
        ("request-parameter-enum-value-added", "SortOrder", "info", "error"),
        ("request-parameter-enum-value-removed", "DocumentType", "error", "info"),
    }


def test_an_enum_used_by_requests_and_answers_is_judged_for_each() -> None:
    edited = spec()
    edited["components"]["schemas"]["TriggerType"]["enum"].remove("email")
    found = found_for(edited)
    assert ("response-property-enum-value-removed", "TriggerType", "error", "info") in found
    assert ("request-parameter-enum-value-removed", "TriggerType", "error", "info") in found


def test_request_parameters_required_retyped_defaulted_and_deprecated() -> None:
    edited = spec()
    listing = {p["name"]: p for p in edited["paths"]["/v1/workflows/runs"]["get"]["parameters"]}
    listing["workflow_id"]["required"] = True
    listing["limit"]["schema"] = {"type": "string", "default": "20"}
    listing["sort_by"]["schema"]["default"] = "updated_at"
    listing["search"]["deprecated"] = True
    listing["min_cost"]["schema"]["anyOf"][0]["minimum"] = 0
    where = "GET /v1/workflows/runs"
    assert found_for(edited) == {
        ("request-parameter-became-required", where, "error", "error"),
        ("request-parameter-type-changed", f"{where} query parameter limit", "error", "error"),
        ("request-parameter-default-changed", f"{where} query parameter sort_by", "warning", "info"),
        ("request-parameter-deprecated", where, "warning", "info"),
        ("request-parameter-constraint-tightened", f"{where} query parameter min_cost", "error", "info"),
    }


def test_request_bodies_that_appear_become_required_or_go() -> None:
    edited = spec()
    paths = edited["paths"]
    paths["/v1/workflows/runs/{run_id}/cancel"]["post"]["requestBody"]["required"] = True
    del paths["/v1/workflows/runs/{run_id}/restart"]["post"]["requestBody"]
    paths["/v1/workflows/runs/{run_id}/rerun-webhook"]["post"]["requestBody"] = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CancelWorkflowRequest"}}},
    }
    run = paths["/v1/workflows/{workflow_id}/run"]["post"]["requestBody"]["content"]
    run["multipart/form-data"] = run.pop("application/json")
    found = found_for(edited)
    assert found == {
        ("request-body-became-required", "POST /v1/workflows/runs/{run_id}/cancel", "error", "info"),
        ("request-body-removed", "POST /v1/workflows/runs/{run_id}/restart", "warning", "info"),
        ("request-required-body-added", "POST /v1/workflows/runs/{run_id}/rerun-webhook", "error", "info"),
        ("request-body-media-type-removed", "POST /v1/workflows/{workflow_id}/run", "error", "info"),
    }


def test_the_import_of_the_22_operations_reads_as_the_departures_it_makes() -> None:
    found = report(comparable(CURRENT), spec())
    by_id: dict[str, set[str]] = {}
    for f in found:
        by_id.setdefault(f.id, set()).add(f.where)
    assert by_id["operation-removed"] == {
        "POST /v1/workflows/runs/export_energylink_check_stubs",
        "POST /v1/workflows/runs/export_energylink_file",
    }
    assert "MIMEDataInput.content" in by_id["request-property-constraint-tightened"]
    assert "WorkflowExportFileRequest.from_date" in by_id["request-property-constraint-tightened"]
    assert by_id["request-parameter-deprecated"] == {"GET /v1/workflows/runs"}
    # normalised alike, FastAPI's operation ids and the inline enums are no departure of ours
    assert "operation-id-changed" not in by_id and "schema-renamed" not in by_id
    # the enums and the counts the import named are the same wire format: not reported
    assert not any("RunStatusFilter" in w or "RunCounts" in w for ws in by_id.values() for w in ws)


def test_the_get_only_baseline_to_the_22_operation_file_reads_as_operations_added() -> None:
    found = history(HISTORY[0], CURRENT)
    added = {f.where for f in found if f.id == "operation-added"}
    assert len(added) == 23 and "POST /v1/workflows/{workflow_id}/run" in added  # 21 of ours and 2 EnergyLink
    # the one break: the bigger file does not define the bearer scheme the GET listed
    assert {(f.id, f.where) for f in found if f.client == "error"} == {
        ("security-requirement-removed", "GET /v1/workflows/runs/{run_id}"),
        ("security-scheme-removed", "components.securitySchemes"),
    }
    assert {f.id for f in found} == {
        "operation-added",
        "schema-added",
        "security-requirement-removed",
        "security-scheme-removed",
    }


def test_a_mixed_comparison_reads_as_the_departures_and_is_empty_once_overlaid() -> None:
    departures = run_cli(CURRENT, SPEC_PATH)
    assert departures.returncode == 1  # the two EnergyLink exports are left out on purpose
    rows = [line.split()[2] for line in departures.stdout.splitlines()[1:-1] if not line.startswith(" ")]
    assert "operation-removed" in rows and "response-property-deprecated" in rows
    assert not {"operation-id-changed", "schema-renamed", "schema-removed"} & set(rows) - {"schema-removed"}
    assert len(rows) < 158
    same = run_cli("--overlay", CURRENT, SPEC_PATH)
    assert (same.returncode, same.stdout) == (0, "no changes\n")
