"""Today's contract (openapi-2026-08-16.yaml) against the code generated from it.

The run and step ``lifecycle`` are typed unions read by their ``status``: every value of the
spec's mapping gives its class, a later value is kept whole, and every record round-trips
exactly (extra keys kept, absent and null each written back as they came).
"""

from __future__ import annotations

import copy
import importlib
from typing import Any

import pytest
import yaml

from retab_runs_client.v2026_08_16 import models
from retab_runs_client.v2026_08_16.errors import ModelParseError
from retab_runs_client.v2026_08_16.models import UnknownLifecycle, WorkflowRun, WorkflowStep
from tests.spec import ROOT

SPEC_FILE = ROOT / "openapi-2026-08-16.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
VENDOR_FILE = ROOT.parent / "shared" / "reference" / "retab-openapi-2026-08-16-workflow-runs.json"


def mapping(model: str) -> dict[str, str]:
    """status value -> class name, as the spec's discriminator says for ``model.lifecycle``."""
    table = SCHEMAS[model]["properties"]["lifecycle"]["discriminator"]["mapping"]
    return {value: ref.rsplit("/", 1)[-1] for value, ref in table.items()}


RUN_VARIANTS = sorted(mapping("WorkflowRun").items())
STEP_VARIANTS = sorted(mapping("WorkflowStep").items())


def lifecycle_of(name: str, status: str) -> dict[str, Any]:
    """The smallest valid lifecycle object of component ``name``."""
    out: dict[str, Any] = {"status": status}
    for key in SCHEMAS[name].get("required", []):
        if key != "status":
            out[key] = "text"  # every required variant field is a string (the error message)
    return out


def run(lifecycle: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "run_1",
        "workflow_id": "wf_1",
        "workflow_version_id": "ver_1",
        "trigger": {"type": "api"},
        "lifecycle": lifecycle,
        "timing": {"created_at": "2026-08-16T10:00:00Z", "started_at": None},
        "inputs": {"documents": {"start": {"id": "file_1", "filename": "a.pdf", "mime_type": "application/pdf"}}},
        "metadata": None,
    }


def step(lifecycle: dict[str, Any]) -> dict[str, Any]:
    return {
        "block_id": "extract-1",
        "step_id": "step_1",
        "block_type": "extract",
        "block_label": "Extract",
        "lifecycle": lifecycle,
        "run_id": "run_1",
        "completed_at": None,
        "handle_outputs": {"out": {"type": "json", "data": {"total": 3}}},
    }


def test_the_spec_file_is_the_vendor_file_as_published_imported() -> None:
    if not VENDOR_FILE.is_file():
        pytest.skip("../shared/reference (the vendor's file as published) is absent")
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from generate import CONTRACTS, imported_header

    from scripts.spectools.importer import load_any

    [today] = [c for c in CONTRACTS if c.subpackage == "v2026_08_16"]
    imported, _ = load_any(VENDOR_FILE)
    expected = imported_header(today) + yaml.safe_dump(imported, sort_keys=False, allow_unicode=True, width=100)
    assert SPEC_FILE.read_text(encoding="utf-8") == expected, "run `python scripts/generate.py --import-vendor`"


def test_every_component_has_its_class_and_bearer_is_the_only_scheme() -> None:
    for name in SCHEMAS:
        assert hasattr(models, name), name
    assert set(SPEC["components"]["securitySchemes"]) == {"HTTPBearer"}
    assert SPEC["security"] == [{"HTTPBearer": []}]
    assert "x-retab-departures" in SPEC["info"]


@pytest.mark.parametrize(("status", "name"), RUN_VARIANTS, ids=[s for s, _ in RUN_VARIANTS])
def test_each_run_status_gives_its_class_and_round_trips(status: str, name: str) -> None:
    payload = run(lifecycle_of(name, status))
    parsed = WorkflowRun.from_dict(payload)
    assert type(parsed.lifecycle) is getattr(models, name)
    assert parsed.lifecycle.status == status
    assert parsed.to_dict() == payload


@pytest.mark.parametrize(("status", "name"), STEP_VARIANTS, ids=[s for s, _ in STEP_VARIANTS])
def test_each_step_status_gives_its_class_and_round_trips(status: str, name: str) -> None:
    payload = step(lifecycle_of(name, status))
    parsed = WorkflowStep.from_dict(payload)
    assert type(parsed.lifecycle) is getattr(models, name)
    assert parsed.to_dict() == payload


@pytest.mark.parametrize("record", ["run", "step"])
def test_a_later_status_is_kept_whole_not_refused(record: str) -> None:
    later = {"status": "paused_for_budget", "until": "2026-09-01", "nested": {"a": [1, None]}}
    payload = run(later) if record == "run" else step(later)
    model = WorkflowRun if record == "run" else WorkflowStep
    parsed = model.from_dict(copy.deepcopy(payload))
    assert isinstance(parsed.lifecycle, UnknownLifecycle)
    assert parsed.lifecycle.status == "paused_for_budget"
    assert parsed.lifecycle.raw == later
    assert parsed.to_dict() == payload


def test_unknown_keys_absent_and_null_are_written_back_as_they_came() -> None:
    payload = run({"status": "error", "message": "boom", "stage": None, "later": 1})
    payload["later_top"] = {"x": 1}
    payload["timing"]["later_timing"] = True
    payload["trigger"]["source"] = "zapier"
    del payload["inputs"]
    parsed = WorkflowRun.from_dict(copy.deepcopy(payload))
    assert parsed.to_dict() == payload
    assert parsed.metadata is None and "metadata" in parsed.to_dict()  # null stays null
    without = run({"status": "running"})
    del without["metadata"]
    assert "metadata" not in WorkflowRun.from_dict(without).to_dict()  # absent stays absent


@pytest.mark.parametrize(
    ("lifecycle", "path", "problem"),
    [
        ({"message": "no status"}, "lifecycle.status", "missing"),
        ({"status": 3}, "lifecycle.status", "string"),
        ({"status": "error"}, "lifecycle.message", "missing"),
        ({"status": "awaiting_review", "waiting_for_block_ids": "b1"}, "lifecycle.waiting_for_block_ids", "array"),
        ("completed", "lifecycle", "object"),
    ],
)
def test_a_lifecycle_that_does_not_fit_names_the_path(lifecycle: Any, path: str, problem: str) -> None:
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_dict(run(lifecycle))
    assert caught.value.path == path
    assert problem in str(caught.value)


def test_a_record_of_the_seed_s_era_is_refused_by_name() -> None:
    flat = {"id": "run_1", "workflow_id": "wf", "status": "completed", "steps": []}
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_dict(flat)
    assert "2026-02-26" in str(caught.value) and "lifecycle" in str(caught.value)


def test_the_schema_package_has_the_same_unions() -> None:
    structs = importlib.import_module("retab_runs_schema.v2026_08_16.structs")
    pydantic_models = importlib.import_module("retab_runs_schema.v2026_08_16.models")
    import msgspec

    record = run({"status": "awaiting_review", "waiting_for_block_ids": ["review-1"]})
    decoded = msgspec.convert(record, structs.WorkflowRun)
    assert type(decoded.lifecycle).__name__ == "AwaitingReviewRun"
    validated = pydantic_models.WorkflowRun.model_validate(record)
    assert type(validated.lifecycle).__name__ == "AwaitingReviewRun"
    schema_package = importlib.import_module("retab_runs_schema.v2026_08_16")
    schema = schema_package.json_schema()
    assert schema["properties"]["lifecycle"]["discriminator"]["propertyName"] == "status"


def test_from_dict_counts_the_problems_beyond_the_first_against_today_s_contract() -> None:
    payload = run({"status": "running"})
    del payload["id"], payload["timing"]
    payload["trigger"] = {"type": 7}
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_dict(payload)
    assert caught.value.path == "id" and caught.value.more == 2
    assert str(caught.value).endswith("(and 2 more problems: validate_run lists them all)")
