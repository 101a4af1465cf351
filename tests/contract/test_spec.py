"""openapi.yaml itself: valid OpenAPI 3.1, faithful to the reference, examples as documented."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator, ValidationError
from openapi_spec_validator import validate

from retab_runs_schema import json_schema
from tests.spec import OPERATION, ROOT, example, schemas, spec
from tests.specfacts import nested_objects

NESTED = nested_objects()


def validator() -> Draft202012Validator:
    return Draft202012Validator(json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def leaf_errors(payload: Any) -> list[ValidationError]:
    """Schema violations, taking the deepest branch of an ``anyOf`` rather than the ``anyOf`` itself."""

    def leaves(error: ValidationError) -> list[ValidationError]:
        if error.validator in ("anyOf", "oneOf") and error.context:
            deepest = max(len(e.absolute_path) for e in error.context)
            if deepest > len(error.absolute_path):
                return [leaf for e in error.context if len(e.absolute_path) == deepest for leaf in leaves(e)]
            # Same depth: the branches that admit the value's type but fail on something else (e.g.
            # the enum branch of a nullable enum, for a string) say what is wrong. A branch that also
            # fails on the type says nothing more: 0 for a nullable enum is a wrong type, not an enum issue.
            branches: dict[Any, list[ValidationError]] = {}
            for e in error.context:
                branches.setdefault(e.relative_schema_path[0], []).append(e)
            telling = [e for errs in branches.values() if all(x.validator != "type" for x in errs) for e in errs]
            if telling:
                return [leaf for e in telling for leaf in leaves(e)]
        return [error]

    return [leaf for error in validator().iter_errors(payload) for leaf in leaves(error)]


def problems(payload: dict[str, Any]) -> set[tuple[str, str]]:
    """(JSON Pointer, keyword) of every schema violation."""
    return {("".join(f"/{p}" for p in e.absolute_path), str(e.validator)) for e in leaf_errors(payload)}


def test_spec_is_valid_openapi_3_1() -> None:
    document = spec()
    assert document["openapi"] == "3.1.0"
    validate(document)


def test_workflow_run_keeps_every_field_of_the_vendor_s_2026_02_26_record() -> None:
    props = schemas()["WorkflowRun"]["properties"]
    assert set(vendor_baseline_fields()) <= set(props)  # the seed's 42; more may come, none may go
    required = ["workflow_id", "workflow_name", "organization_id", "config_snapshot_id"]
    assert schemas()["WorkflowRun"]["required"] == required


def vendor_baseline_fields() -> list[str]:
    """The fields of WorkflowRun in the vendor's 2026-02-26 file (the seed's version)."""
    document = json.loads((ROOT / "spec/vendor/history/2026-02-26_2aff8d8.json").read_text(encoding="utf-8"))
    fields = list(document["components"]["schemas"]["WorkflowRun"]["properties"])
    assert len(fields) == 42  # the vendor's file, not ours: it never changes
    return fields


@pytest.mark.parametrize("name", NESTED)
def test_every_nested_schema_is_a_component(name: str) -> None:
    assert schemas()[name]["type"] == "object"
    assert not any(name.startswith("main_server") for name in schemas())


def test_trace_span_is_recursive_through_children() -> None:
    children = schemas()["TraceSpan"]["properties"]["children"]
    assert {"type": "array", "items": {"$ref": "#/components/schemas/TraceSpan"}} in children["anyOf"]


def test_parallel_completion_counters_is_deprecated() -> None:
    assert schemas()["WorkflowRun"]["properties"]["parallel_completion_counters"]["deprecated"] is True


def test_operation_documents_auth_errors_and_headers() -> None:
    path, method = OPERATION
    operation = spec()["paths"][path][method]
    assert operation["security"] == [{"ApiKey": []}]
    assert spec()["components"]["securitySchemes"]["ApiKey"] == {
        "type": "apiKey",
        "in": "header",
        "name": "Api-Key",
        "description": "Organisation API key, sent in the `Api-Key` header.",
    }
    assert [p["name"] for p in operation["parameters"]] == ["run_id", "access_token"]
    assert set(operation["responses"]) == {"200", "401", "403", "404", "422", "429", "5XX"}
    responses = spec()["components"]["responses"]
    assert responses["NotFound"]["content"]["application/json"]["example"] == {"detail": "Workflow run not found"}
    assert "Retry-After" in responses["TooManyRequests"]["headers"]
    assert "Retry-After" in responses["ServerError"]["headers"]
    for response in responses.values():
        assert "x-request-id" in response["headers"]
    assert "x-request-id" in operation["responses"]["200"]["headers"]


def test_complete_example_is_valid_and_uses_every_nested_schema() -> None:
    payload = example("complete")
    assert problems(payload) == set()
    assert set(vendor_baseline_fields()) <= set(payload) <= set(schemas()["WorkflowRun"]["properties"])
    used = _schemas_used(payload)
    assert set(NESTED) <= used, set(NESTED) - used


def test_legacy_example_fails_with_exactly_its_known_deviations() -> None:
    assert problems(example("legacy_seed")) == {
        ("", "required"),  # config_snapshot_id is missing
        ("/input_documents/start-node-1", "required"),  # the file is named file_id, not id
    }
    messages = sorted(e.message for e in leaf_errors(example("legacy_seed")))
    assert messages == ["'config_snapshot_id' is a required property", "'id' is a required property"]


def _schemas_used(payload: dict[str, Any]) -> set[str]:
    """Names of the object schemas that some value in a valid payload is an instance of."""
    defs = json_schema()["$defs"]
    used: set[str] = set()

    def walk(schema: dict[str, Any], value: Any) -> None:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            used.add(name)
            walk(defs[name], value)
        elif "anyOf" in schema:
            for branch in schema["anyOf"]:
                if Draft202012Validator({**branch, "$defs": defs}).is_valid(value):
                    walk(branch, value)
                    break
        elif isinstance(value, dict):
            for key, item in value.items():
                sub = schema.get("properties", {}).get(key)
                if sub is None:
                    sub = schema.get("additionalProperties")
                if isinstance(sub, dict):
                    walk(sub, item)
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            for item in value:
                walk(schema["items"], item)

    used.add("WorkflowRun")
    walk(json_schema(), payload)
    return used
