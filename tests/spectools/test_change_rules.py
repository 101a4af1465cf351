"""Each rule of the change report, triggered by a hand-made pair of specs, read at its level for each audience.

The base spec is small: a list and a create operation, a response schema ``Run`` and a
request schema ``NewRun``. Each case edits a copy (the new side, or the old one) in one way
and names the one finding that edit must give, where, and how each audience must read it:
``client`` (code built from the old spec) and ``strict`` (a service validating against it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from scripts.spectools.compare import compare
from scripts.spectools.report import findings
from scripts.spectools.rules import RULES

Spec = dict[str, Any]


def base() -> Spec:
    run = {"$ref": "#/components/schemas/Run"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "security": [{"ApiKey": []}],
        "components": {
            "securitySchemes": {"ApiKey": {"type": "apiKey", "in": "header", "name": "Api-Key"}},
            "schemas": {
                "Run": {
                    "type": "object",
                    "required": ["id", "status"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": {"type": "string", "enum": ["running", "done"]},
                        "note": {"type": "string", "maxLength": 10},
                        "count": {"type": "integer", "minimum": 0, "default": 1},
                        "when": {"type": "string", "format": "date-time"},
                    },
                },
                "NewRun": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "maxLength": 10},
                        "mode": {"type": "string", "enum": ["a", "b"], "default": "a"},
                        "size": {"type": "integer", "minimum": 1},
                        "tag": {"type": "string"},
                    },
                },
            },
        },
        "paths": {
            "/runs": {
                "get": {
                    "operationId": "list_runs",
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}},
                        {"name": "order", "in": "query", "schema": {"type": "string", "enum": ["asc", "desc"]}},
                    ],
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": run}}},
                        "404": {"description": "no such run"},
                    },
                },
                "post": {
                    "operationId": "create_run",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewRun"}}},
                    },
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": run}}}},
                },
            }
        },
    }


def run_props(spec: Spec) -> dict[str, Any]:
    props: dict[str, Any] = spec["components"]["schemas"]["Run"]["properties"]
    return props


def new_run(spec: Spec) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"]["NewRun"]
    return schema


def param(spec: Spec, name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(p for p in spec["paths"]["/runs"]["get"]["parameters"] if p["name"] == name)
    return found


def list_op(spec: Spec) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/runs"]["get"]
    return op


def add_required(schema: dict[str, Any], name: str) -> None:
    schema["properties"][name] = {"type": "string"}
    schema["required"].append(name)


Edit = Callable[[Spec], object]
# (rule, client level, strict level, edit of the new side); the expected levels say what each
# audience meets, as rules.py's docstring explains them, written here independently of its table.
CASES: list[tuple[str, str, str, Edit]] = [
    ("operation-removed", "error", "error", lambda s: s["paths"]["/runs"].pop("post")),
    ("operation-added", "info", "info", lambda s: s["paths"].__setitem__("/other", {"get": {"responses": {}}})),
    ("operation-id-changed", "warning", "info", lambda s: list_op(s).__setitem__("operationId", "runs_list")),
    ("request-parameter-removed", "error", "error", lambda s: list_op(s)["parameters"].pop()),
    (
        "request-parameter-added",
        "info",
        "info",
        lambda s: list_op(s)["parameters"].append({"name": "q", "in": "query", "schema": {"type": "string"}}),
    ),
    (
        "request-required-parameter-added",
        "error",
        "error",
        lambda s: list_op(s)["parameters"].append({"name": "q", "in": "query", "required": True}),
    ),
    ("request-parameter-became-required", "error", "error", lambda s: param(s, "limit").__setitem__("required", True)),
    ("request-parameter-deprecated", "warning", "info", lambda s: param(s, "limit").__setitem__("deprecated", True)),
    (
        "request-parameter-type-changed",
        "error",
        "error",
        lambda s: param(s, "limit").__setitem__("schema", {"type": "string"}),
    ),
    (
        "request-parameter-constraint-tightened",
        "error",
        "info",
        lambda s: param(s, "limit")["schema"].update(maximum=50),
    ),
    (
        "request-parameter-constraint-loosened",
        "info",
        "info",
        lambda s: param(s, "limit")["schema"].update(maximum=500),
    ),
    ("request-parameter-enum-value-removed", "error", "info", lambda s: param(s, "order")["schema"]["enum"].pop()),
    ("request-parameter-enum-value-added", "info", "error", lambda s: param(s, "order")["schema"]["enum"].append("up")),
    ("security-scheme-removed", "error", "error", lambda s: s["components"].__setitem__("securitySchemes", {})),
    (
        "security-scheme-changed",
        "error",
        "error",
        lambda s: s["components"]["securitySchemes"]["ApiKey"].__setitem__("name", "X-Key"),
    ),
    (
        "response-success-status-removed",
        "error",
        "error",
        lambda s: list_op(s)["responses"].__setitem__("201", list_op(s)["responses"].pop("200")),
    ),
    ("response-status-removed", "warning", "warning", lambda s: list_op(s)["responses"].pop("404")),
    (
        "response-status-added",
        "info",
        "info",
        lambda s: list_op(s)["responses"].__setitem__("409", {"description": "c"}),
    ),
    (
        "response-media-type-removed",
        "error",
        "error",
        lambda s: list_op(s)["responses"]["200"].__setitem__("content", {"text/plain": {"schema": {"type": "string"}}}),
    ),
    ("response-optional-property-removed", "error", "info", lambda s: run_props(s).pop("note")),
    (
        "response-optional-property-added",
        "info",
        "info",
        lambda s: run_props(s).__setitem__("cost", {"type": "number"}),
    ),
    (
        "response-required-property-added",
        "info",
        "info",
        lambda s: add_required(s["components"]["schemas"]["Run"], "cost"),
    ),
    (
        "response-property-became-required",
        "info",
        "info",
        lambda s: s["components"]["schemas"]["Run"]["required"].append("note"),
    ),
    (
        "response-property-became-optional",
        "error",
        "error",
        lambda s: s["components"]["schemas"]["Run"]["required"].remove("status"),
    ),
    (
        "response-property-became-nullable",
        "error",
        "error",
        lambda s: run_props(s).__setitem__("note", {"type": ["string", "null"], "maxLength": 10}),
    ),
    ("response-property-type-changed", "error", "error", lambda s: run_props(s).__setitem__("id", {"type": "integer"})),
    ("response-property-enum-value-added", "info", "error", lambda s: run_props(s)["status"]["enum"].append("paused")),
    ("response-property-enum-value-removed", "error", "info", lambda s: run_props(s)["status"]["enum"].remove("done")),
    ("response-property-default-changed", "warning", "info", lambda s: run_props(s)["count"].update(default=2)),
    ("response-property-constraint-loosened", "info", "error", lambda s: run_props(s)["note"].update(maxLength=20)),
    ("response-property-constraint-tightened", "info", "info", lambda s: run_props(s)["note"].update(maxLength=5)),
    ("response-property-format-changed", "warning", "error", lambda s: run_props(s)["when"].update(format="date")),
    ("response-property-deprecated", "warning", "info", lambda s: run_props(s)["note"].update(deprecated=True)),
    ("request-body-removed", "warning", "info", lambda s: s["paths"]["/runs"]["post"].pop("requestBody")),
    (
        "request-body-became-optional",
        "info",
        "error",
        lambda s: s["paths"]["/runs"]["post"]["requestBody"].__setitem__("required", False),
    ),
    (
        "request-body-media-type-removed",
        "error",
        "info",
        lambda s: s["paths"]["/runs"]["post"]["requestBody"]["content"].__setitem__(
            "text/plain", s["paths"]["/runs"]["post"]["requestBody"]["content"].pop("application/json")
        ),
    ),
    ("request-property-removed", "warning", "info", lambda s: new_run(s)["properties"].pop("tag")),
    (
        "request-optional-property-added",
        "info",
        "info",
        lambda s: new_run(s)["properties"].__setitem__("color", {"type": "string"}),
    ),
    (
        "request-required-property-added",
        "error",
        "info",
        lambda s: add_required(new_run(s), "color"),
    ),
    ("request-property-became-required", "error", "info", lambda s: new_run(s)["required"].append("tag")),
    ("request-property-became-optional", "info", "error", lambda s: new_run(s)["required"].remove("name")),
    (
        "request-property-type-changed",
        "error",
        "error",
        lambda s: new_run(s)["properties"].__setitem__("size", {"type": "string"}),
    ),
    ("request-property-enum-value-removed", "error", "info", lambda s: new_run(s)["properties"]["mode"]["enum"].pop()),
    (
        "request-property-enum-value-added",
        "info",
        "error",
        lambda s: new_run(s)["properties"]["mode"]["enum"].append("c"),
    ),
    (
        "request-property-default-changed",
        "warning",
        "info",
        lambda s: new_run(s)["properties"]["mode"].update(default="b"),
    ),
    (
        "request-property-constraint-tightened",
        "error",
        "info",
        lambda s: new_run(s)["properties"]["size"].update(minimum=5),
    ),
    (
        "request-property-constraint-loosened",
        "info",
        "error",
        lambda s: new_run(s)["properties"]["size"].update(minimum=0),
    ),
    (
        "request-property-deprecated",
        "warning",
        "info",
        lambda s: new_run(s)["properties"]["tag"].update(deprecated=True),
    ),
]


# The whole report of each edit, as a reader sees it: every row (in the report's order), where it is,
# and its message. An edit gives its rule's row and no other, except where one change is two to a
# reader (a scheme removed is also a credential no longer accepted on each operation).
ROWS: dict[str, list[tuple[str, str, str]]] = {
    "operation-removed": [
        ("operation-removed", "POST /runs", "operation POST /runs removed"),
    ],
    "operation-added": [
        ("operation-added", "GET /other", "operation GET /other added"),
    ],
    "operation-id-changed": [
        (
            "operation-id-changed",
            "GET /runs",
            "operationId 'list_runs' became 'runs_list' (renames the generated function)",
        ),
    ],
    "request-parameter-removed": [
        ("request-parameter-removed", "GET /runs", "query parameter 'order' removed"),
    ],
    "request-parameter-added": [
        ("request-parameter-added", "GET /runs", "optional query parameter 'q' added"),
    ],
    "request-required-parameter-added": [
        ("request-required-parameter-added", "GET /runs", "required query parameter 'q' added"),
    ],
    "request-parameter-became-required": [
        ("request-parameter-became-required", "GET /runs", "query parameter 'limit' became required"),
    ],
    "request-parameter-deprecated": [
        ("request-parameter-deprecated", "GET /runs", "query parameter 'limit' deprecated"),
    ],
    "request-parameter-type-changed": [
        ("request-parameter-type-changed", "GET /runs query parameter limit", "type integer became string"),
    ],
    "request-parameter-constraint-tightened": [
        ("request-parameter-constraint-tightened", "GET /runs query parameter limit", "maximum 100 became 50"),
    ],
    "request-parameter-constraint-loosened": [
        ("request-parameter-constraint-loosened", "GET /runs query parameter limit", "maximum 100 became 500"),
    ],
    "request-parameter-enum-value-removed": [
        ("request-parameter-enum-value-removed", "GET /runs query parameter order", "enum value 'desc' removed"),
    ],
    "request-parameter-enum-value-added": [
        ("request-parameter-enum-value-added", "GET /runs query parameter order", "enum value 'up' added"),
    ],
    "security-scheme-removed": [
        ("security-requirement-removed", "GET /runs", "credential 'ApiKey' no longer accepted"),
        ("security-requirement-removed", "POST /runs", "credential 'ApiKey' no longer accepted"),
        ("security-scheme-removed", "components.securitySchemes", "security scheme 'ApiKey' removed"),
    ],
    "security-scheme-changed": [
        (
            "security-scheme-changed",
            "components.securitySchemes",
            "security scheme 'ApiKey' changed: apiKey header Api-Key -> apiKey header X-Key",
        ),
    ],
    "response-success-status-removed": [
        ("response-success-status-removed", "GET /runs 200", "response 200 removed"),
        ("response-status-added", "GET /runs 201", "response 201 documented"),
    ],
    "response-status-removed": [
        ("response-status-removed", "GET /runs 404", "response 404 no longer documented"),
    ],
    "response-status-added": [
        ("response-status-added", "GET /runs 409", "response 409 documented"),
    ],
    "response-media-type-removed": [
        ("response-media-type-removed", "GET /runs 200", "response 200 no longer sent as application/json"),
    ],
    "response-optional-property-removed": [
        ("response-optional-property-removed", "Run.note", "optional property 'note' removed"),
    ],
    "response-optional-property-added": [
        ("response-optional-property-added", "Run.cost", "optional property 'cost' added"),
    ],
    "response-required-property-added": [
        ("response-required-property-added", "Run.cost", "required property 'cost' added"),
    ],
    "response-property-became-required": [
        ("response-property-became-required", "Run.note", "property 'note' became required"),
    ],
    "response-property-became-optional": [
        ("response-property-became-optional", "Run.status", "property 'status' became optional: it may be missing"),
    ],
    "response-property-became-nullable": [
        ("response-property-became-nullable", "Run.note", "may now be null"),
    ],
    "response-property-type-changed": [
        ("response-property-type-changed", "Run.id", "type string became integer"),
    ],
    "response-property-enum-value-added": [
        ("response-property-enum-value-added", "Run.status", "enum value 'paused' added"),
    ],
    "response-property-enum-value-removed": [
        ("response-property-enum-value-removed", "Run.status", "enum value 'done' removed"),
    ],
    "response-property-default-changed": [
        ("response-property-default-changed", "Run.count", "default 1 became 2"),
    ],
    "response-property-constraint-loosened": [
        ("response-property-constraint-loosened", "Run.note", "maxLength 10 became 20"),
    ],
    "response-property-constraint-tightened": [
        ("response-property-constraint-tightened", "Run.note", "maxLength 10 became 5"),
    ],
    "response-property-format-changed": [
        ("response-property-format-changed", "Run.when", "format 'date-time' became 'date'"),
    ],
    "response-property-deprecated": [
        ("response-property-deprecated", "Run.note", "deprecated"),
    ],
    "request-body-removed": [
        ("request-body-removed", "POST /runs", "the request body is no longer read"),
    ],
    "request-body-became-optional": [
        ("request-body-became-optional", "POST /runs", "the request body became optional"),
    ],
    "request-body-media-type-removed": [
        ("request-body-media-type-removed", "POST /runs", "the request body is no longer taken as application/json"),
    ],
    "request-property-removed": [
        ("request-property-removed", "NewRun.tag", "property 'tag' removed (the API no longer reads it)"),
    ],
    "request-optional-property-added": [
        ("request-optional-property-added", "NewRun.color", "optional property 'color' added"),
    ],
    "request-required-property-added": [
        ("request-required-property-added", "NewRun.color", "required property 'color' added"),
    ],
    "request-property-became-required": [
        ("request-property-became-required", "NewRun.tag", "property 'tag' became required"),
    ],
    "request-property-became-optional": [
        ("request-property-became-optional", "NewRun.name", "property 'name' became optional"),
    ],
    "request-property-type-changed": [
        ("request-property-type-changed", "NewRun.size", "type integer became string"),
    ],
    "request-property-enum-value-removed": [
        ("request-property-enum-value-removed", "NewRun.mode", "enum value 'b' removed"),
    ],
    "request-property-enum-value-added": [
        ("request-property-enum-value-added", "NewRun.mode", "enum value 'c' added"),
    ],
    "request-property-default-changed": [
        ("request-property-default-changed", "NewRun.mode", "default 'a' became 'b'"),
    ],
    "request-property-constraint-tightened": [
        ("request-property-constraint-tightened", "NewRun.size", "minimum 1 became 5"),
    ],
    "request-property-constraint-loosened": [
        ("request-property-constraint-loosened", "NewRun.size", "minimum 1 became 0"),
    ],
    "request-property-deprecated": [
        ("request-property-deprecated", "NewRun.tag", "deprecated"),
    ],
}


def test_the_base_pair_reports_nothing() -> None:
    assert compare(base(), base()) == []


@pytest.mark.parametrize(("rule", "client", "strict", "edit"), CASES, ids=[case[0] for case in CASES])
def test_each_rule_is_reported_at_its_level_for_each_audience(rule: str, client: str, strict: str, edit: Edit) -> None:
    new = base()
    edit(new)
    found = findings(compare(base(), new))
    assert rule in [f.id for f in found], [(f.id, f.where) for f in found]
    finding = next(f for f in found if f.id == rule)
    assert (finding.client, finding.strict) == (client, strict)


@pytest.mark.parametrize(("rule", "client", "strict", "edit"), CASES, ids=[case[0] for case in CASES])
def test_the_rules_table_says_the_same_levels(rule: str, client: str, strict: str, edit: Edit) -> None:
    assert (RULES[rule].client, RULES[rule].strict) == (client, strict)


@pytest.mark.parametrize(("rule", "client", "strict", "edit"), CASES, ids=[case[0] for case in CASES])
def test_each_edit_reads_as_exactly_its_rows(rule: str, client: str, strict: str, edit: Edit) -> None:
    new = base()
    edit(new)
    assert [(f.id, f.where, f.message) for f in findings(compare(base(), new))] == ROWS[rule]


@pytest.mark.parametrize(
    ("old_bound", "new_bound", "change"),
    [
        ({"maxLength": 10}, {"maxLength": 20}, "loosened"),
        ({"maxLength": 10}, {"maxLength": 5}, "tightened"),
        ({"minLength": 2}, {"minLength": 1}, "loosened"),
        ({"minLength": 2}, {"minLength": 4}, "tightened"),
        ({}, {"maxLength": 5}, "tightened"),
        ({"maxLength": 5}, {}, "loosened"),
    ],
)
def test_the_direction_of_a_changed_bound(old_bound: dict[str, int], new_bound: dict[str, int], change: str) -> None:
    # A bound that moves outwards lets more values through: loosened, whichever side of the range it is.
    old, new = base(), base()
    for spec, bound in ((old, old_bound), (new, new_bound)):
        run_props(spec)["note"] = {"type": "string", **bound}
        new_run(spec)["properties"]["name"] = {"type": "string", **bound}
    ids = {(f.id, f.where) for f in findings(compare(old, new))}
    assert ids == {
        (f"response-property-constraint-{change}", "Run.note"),
        (f"request-property-constraint-{change}", "NewRun.name"),
    }


def test_a_new_required_parameter_is_not_reported_as_optional() -> None:
    new = base()
    list_op(new)["parameters"].append({"name": "q", "in": "query", "required": True, "schema": {"type": "string"}})
    found = findings(compare(base(), new))
    assert [(f.id, f.client, f.strict) for f in found] == [("request-required-parameter-added", "error", "error")]
    assert "required" in found[0].message and "'q'" in found[0].message


def test_a_change_read_backwards_swaps_the_rule() -> None:
    # The old side edited instead: what was removed going forward is added going back.
    old = base()
    run_props(old).pop("note")
    assert {f.id for f in findings(compare(old, base()))} == {"response-optional-property-added"}
