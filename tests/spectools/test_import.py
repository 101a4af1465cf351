"""normalise + overlay turn the vendor's file into openapi.yaml; defects are reported, not raised."""

from __future__ import annotations

import difflib
import json
from typing import Any

import pytest
import yaml

from scripts.spectools.importer import SpecReadError, import_vendor, load_any, read_document
from scripts.spectools.jsonpath import JSONPathError, locate
from scripts.spectools.normalise import normalise
from scripts.spectools.overlay import apply_overlay, fold_skipped
from tests.spec import SPEC_PATH, spec
from tests.spectools.corpus import BASELINE, CURRENT, HISTORY, VENDOR

# x-retab-departures is the spec's own account of the overlay, in words, and comes from the overlay:
# it is compared like structure, so openapi.yaml's list is the one the overlay writes.
PROSE = {"description", "title", "summary", "example", "examples"}
NAME_MAPS = {"properties", "schemas", "paths", "responses", "headers", "content", "securitySchemes", "$defs"}


def structure(node: Any, is_map: bool = False) -> Any:
    """``node`` without prose; keys of name maps (a property called ``title``) are kept."""
    if isinstance(node, dict):
        return {k: structure(v, k in NAME_MAPS and not is_map) for k, v in node.items() if is_map or k not in PROSE}
    if isinstance(node, list):
        return [structure(v) for v in node]
    return node


def readable_diff(expected: Any, actual: Any) -> str:
    def dump(value: Any) -> list[str]:
        return yaml.safe_dump(value, sort_keys=True).splitlines(keepends=True)

    return "".join(difflib.unified_diff(dump(expected), dump(actual), "openapi.yaml", "normalise+overlay(vendor)"))


def test_vendor_file_imports_to_openapi_yaml() -> None:
    imported, _ = import_vendor(read_document(CURRENT))
    expected, actual = structure(spec()), structure(imported)
    assert actual == expected, readable_diff(expected, actual)


def test_every_baseline_defect_is_one_report_line() -> None:
    _, report = normalise(read_document(BASELINE))
    assert report == [
        "component 'main_server__services__v1__workflows__models__CostBreakdown' renamed 'CostBreakdown'",
        "component 'main_server__services__v1__workflows__models__ToolCall' renamed 'ToolCall'",
        "GET /v1/workflows/runs/{run_id}: operationId 'get_workflow_run_v1_workflows_runs__run_id__get'"
        " shortened to 'get_workflow_run'",
        "security scheme 'API Key' renamed 'ApiKey' (OpenAPI component names are [A-Za-z0-9._-])",
        "GET /v1/workflows/runs/{run_id}: security requirement 'Master Key' names no defined scheme; dropped",
        "GET /v1/workflows/runs/{run_id}: response 200 has no description (required); empty one added",
        "GET /v1/workflows/runs/{run_id}: response 422 has no description (required); empty one added",
    ]


def test_overlay_actions_for_the_other_operations_are_skipped_on_the_get_only_baseline() -> None:
    _, defects = normalise(read_document(BASELINE))
    _, report = import_vendor(read_document(BASELINE))
    skipped = report[len(defects) :]
    assert report[: len(defects)] == defects
    assert skipped and all(line.endswith("target selects nothing in this spec; skipped") for line in skipped)
    assert any("export_energylink_file" in line for line in skipped)
    assert not any("'/v1/workflows/runs/{run_id}'" in line for line in skipped)


def test_the_22_operation_file_has_its_own_defects_fixed_and_reported() -> None:
    normalised, report = normalise(read_document(CURRENT))
    operations = [op for item in normalised["paths"].values() for op in item.values()]
    assert len(operations) == 24  # the 22 of openapi.yaml and the two EnergyLink exports
    assert all("_v1_" not in op["operationId"] for op in operations)
    for verb in ("cancel", "restart"):
        line = (
            f"POST /v1/workflows/runs/{{run_id}}/{verb}: request body anyOf [{verb.capitalize()}WorkflowRequest, null]"
            f" read as an optional {verb.capitalize()}WorkflowRequest"
        )
        assert line in report
    listing = {p["name"]: p["schema"] for p in normalised["paths"]["/v1/workflows/runs"]["get"]["parameters"]}
    assert listing["order"] == {"$ref": "#/components/schemas/SortOrder", "default": "desc"}
    assert listing["status"]["anyOf"][0] == listing["exclude_status"]["anyOf"][0]
    assert listing["status"]["anyOf"][0] == {"$ref": "#/components/schemas/RunStatusFilter"}
    schemas = normalised["components"]["schemas"]
    trigger_types = schemas["WorkflowExportFileRequest"]["properties"]["trigger_types"]["anyOf"][0]
    assert trigger_types == {"type": "array", "items": {"$ref": "#/components/schemas/TriggerType"}}
    assert schemas["WorkflowNode"]["properties"]["type"] == {"$ref": "#/components/schemas/NodeType"}
    assert {"CancellationStatus", "ResumeStatus", "RunResumeStatus", "DocumentType", "ExportFormat"} <= set(schemas)


def test_duplicate_enum_value_is_dropped_and_reported() -> None:
    normalised, report = normalise(read_document(VENDOR / "history" / "2026-03-03_267a449.json"))
    node_type = normalised["components"]["schemas"]["NodeType"]["enum"]
    assert len(node_type) == len(set(node_type)) and "start_json" in node_type
    assert "StepStatusSummary.node_type: duplicate enum value 'start_json' dropped" in report


def test_inline_enums_become_named_components_shared_when_identical() -> None:
    normalised, _ = normalise(read_document(BASELINE))
    schemas = normalised["components"]["schemas"]
    props = schemas["WorkflowRun"]["properties"]
    assert props["status"] == {"$ref": "#/components/schemas/RunStatus", "default": "pending"}
    step_stage = schemas["StepStatusSummary"]["properties"]["error_stage"]["anyOf"][0]
    assert step_stage == props["error_stage"]["anyOf"][0] == {"$ref": "#/components/schemas/ErrorStage"}
    assert {"ToolCallStatus", "SpanStatus", "HILSignalStatus", "NodeType"} <= set(schemas)


def test_names_openapi_refuses_are_made_valid() -> None:
    vendor = {
        "openapi": "3.1.0",
        "paths": {},
        "components": {"schemas": {"my model": {"type": "object"}, "Ok": {"$ref": "#/components/schemas/my model"}}},
    }
    normalised, report = normalise(vendor, enum_names={})
    assert set(normalised["components"]["schemas"]) == {"MyModel", "Ok"}
    assert normalised["components"]["schemas"]["Ok"] == {"$ref": "#/components/schemas/MyModel"}
    assert report == ["component 'my model' renamed 'MyModel'"]


def test_overlay_action_whose_target_is_gone_is_reported_and_skipped() -> None:
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.components.schemas.Gone.properties", "update": {"x": {"type": "string"}}},
            {"target": "$.components.schemas.Kept", "update": {"x-note": 1}},
            {"target": "$..recursive", "remove": True},
        ],
    }
    document = {"components": {"schemas": {"Kept": {"type": "object"}}}}
    result, report = apply_overlay(document, overlay)
    assert result["components"]["schemas"]["Kept"] == {"type": "object", "x-note": 1}
    assert (
        report[0]
        == "overlay action 1 ($.components.schemas.Gone.properties): target selects nothing in this spec; skipped"
    )
    assert report[1].startswith("overlay action 3 ($..recursive): ") and report[1].endswith("; skipped")


def test_jsonpath_filters_and_quoted_names() -> None:
    document = {"p": {"/a/{b}": {"get": {"parameters": [{"name": "x", "v": 1}, {"name": "y", "v": 2}]}}}}
    [(parent, key)] = locate(document, "$.p['/a/{b}'].get.parameters[?@.name=='y']")
    assert parent[key] == {"name": "y", "v": 2}
    assert [p[k] for p, k in locate(document, "$.p[*].get.parameters[*].v")] == [1, 2]
    with pytest.raises(JSONPathError):
        locate(document, "$.p[?@.v > 1]")


def test_every_corpus_revision_imports_without_error() -> None:
    for path in HISTORY:
        imported, report = load_any(path)
        assert imported["components"]["schemas"], path.name
        assert all("\n" not in line for line in report), path.name


def test_unreadable_input_is_one_line(tmp_path: Any) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(SpecReadError, match=r"^.*bad\.json: not JSON: .*$"):
        load_any(bad)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"swagger": "2.0"}), encoding="utf-8")
    with pytest.raises(SpecReadError, match="not an OpenAPI 3 document"):
        load_any(other)


def test_openapi_yaml_is_read_as_is() -> None:
    loaded, report = load_any(SPEC_PATH)
    assert loaded == spec() and report == []


def test_skipped_overlay_actions_fold_into_one_line_with_those_that_matter_by_name() -> None:
    report = [
        "a defect fixed",
        "overlay action 6 ($.paths['/v1/workflows/runs/export_energylink_file']): target selects nothing in this spec;"
        " skipped",
        "overlay action 7 ($.components.schemas.Gone.properties.x): target selects nothing in this spec; skipped",
        "overlay action 8 ($.components.schemas.Run.properties.steps): target selects nothing in this spec; skipped",
        "overlay action 9 ($.components.schemas[*].properties.x): target selects nothing in this spec; skipped",
    ]
    document = {"paths": {}, "components": {"schemas": {"Run": {"type": "object", "properties": {"id": {}}}}}}
    assert fold_skipped(report, document) == [
        "a defect fixed",
        "overlay: 4 action(s) select nothing in this spec and were skipped (1 aimed inside a schema or operation"
        " still there, below)",
        "overlay action 8 ($.components.schemas.Run.properties.steps): skipped,"
        " components.schemas.Run.properties has no 'steps'",
    ]
    assert fold_skipped(["a defect fixed"], document) == ["a defect fixed"]


def test_generate_prints_one_summary_line_for_the_skipped_actions(capsys: pytest.CaptureFixture[str]) -> None:
    from generate import load_spec

    load_spec(VENDOR / "history" / "2026-04-16_a588873.json")
    lines = capsys.readouterr().err.splitlines()
    overlay = [line for line in lines if "overlay" in line]
    assert not [line for line in lines if line.endswith("target selects nothing in this spec; skipped")]
    assert overlay[0].startswith("generate: overlay: ") and "were skipped" in overlay[0]
    assert len([line for line in overlay if "were skipped" in line]) == 1
    assert any("'parallel_completion_counters'" in line for line in overlay[1:])
    assert not any("export_energylink" in line for line in overlay)
