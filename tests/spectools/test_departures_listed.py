"""Each departure ``x-retab-departures`` lists for what the project refuses or says beyond the
vendor is real: the list names it, and a record or a spec fact shows it.

The list comes from spec/overlay.yaml (tests/spectools/test_import.py checks that openapi.yaml
carries the same one).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from retab_runs import ResponseValidationError, validate_run
from retab_runs._pagination import parse_run_page
from retab_runs_client.models import WorkflowRun
from tests.payloads import seed_run
from tests.spec import spec
from tests.spectools.corpus import CURRENT
from tests.strategies import vendor_json_schema


def listed(*words: str) -> str:
    """The one departure whose text holds all ``words``."""
    lines = [line for line in spec()["info"]["x-retab-departures"] if all(w in line for w in words)]
    assert len(lines) == 1, f"x-retab-departures has {len(lines)} entries saying {words}"
    return str(lines[0])


def vendor_schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = json.loads(CURRENT.read_text(encoding="utf-8"))["components"]["schemas"]
    return schemas


def test_x_newer_shape_is_listed_and_names_the_later_shape() -> None:
    assert listed("x-newer-shape", "lifecycle")
    assert "x-newer-shape" in spec()["components"]["schemas"]["WorkflowRun"]
    assert not any("x-newer-shape" in json.dumps(s) for s in vendor_schemas().values())
    later = {"id": "run_v2", "lifecycle": {"status": "running"}, "timing": {}, "trigger": {"type": "api"}}
    [issue] = validate_run(later)
    assert "newer run record shape" in issue.message
    # the vendor's schema refuses it too, field by field
    assert len(list(Draft202012Validator(vendor_json_schema()).iter_errors(later))) > 1


@pytest.mark.parametrize("value", ["yesterday", "2026-02-26", "2026-02-26T10:00:00"])
def test_strict_rfc_3339_date_times_are_listed_and_refuse_what_the_vendor_accepts(value: str) -> None:
    assert listed("RFC 3339", "annotates")
    record = seed_run()
    assert validate_run(record) == []
    record["created_at"] = value
    assert Draft202012Validator(vendor_json_schema()).is_valid(record)  # format: an annotation in 3.1
    assert [issue.path for issue in validate_run(record)] == ["/created_at"]


def test_the_deprecation_of_parallel_completion_counters_is_listed_and_the_vendor_has_none() -> None:
    assert listed("parallel_completion_counters", "deprecated")
    assert spec()["components"]["schemas"]["WorkflowRun"]["properties"]["parallel_completion_counters"]["deprecated"]
    assert "deprecated" not in vendor_schemas()["WorkflowRun"]["properties"]["parallel_completion_counters"]


def page(*items: Any) -> httpx.Response:
    body = {"data": list(items), "list_metadata": {"before": None, "after": None}}
    request = httpx.Request("GET", "https://api.retab.com/v1/workflows/runs")
    return httpx.Response(200, json=body, request=request)


def test_runs_list_reading_items_as_runs_is_listed_though_both_specs_type_them_any() -> None:
    assert listed("runs.list", "`{}`")
    assert spec()["components"]["schemas"]["PaginatedList"]["properties"]["data"]["items"] == {}
    assert vendor_schemas()["PaginatedList"]["properties"]["data"]["items"] == {}
    runs, _ = parse_run_page(page(seed_run()))
    assert [type(run) for run in runs] == [WorkflowRun]
    with pytest.raises(ResponseValidationError):
        parse_run_page(page({"anything": 1}))
