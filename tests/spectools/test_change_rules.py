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
