"""How operations, unions and properties are walked: hand-made spec pairs, each read as its whole report.

Each case is a small API edited in one way; the report's rows (rule, where, message) and each
row's level for each audience (``client``: code built from the old spec; ``strict``: a service
validating against it) are what a reader sees.
"""

from __future__ import annotations

from typing import Any

import pytest

from scripts.spectools.compare import compare
from scripts.spectools.report import as_table, findings

REF = "#/components/schemas/"
GET = "GET /runs/{id}"
Row = tuple[str, str, str, str, str]


def document(schemas: dict[str, Any], parameters: list[Any] | None = None) -> dict[str, Any]:
    """GET /runs/{id} answering a ``Run`` (with ``parameters`` if given), and ``schemas``."""
    operation: dict[str, Any] = {
        "operationId": "get_run",
        "responses": {"200": {"description": "", "content": {"application/json": {"schema": {"$ref": REF + "Run"}}}}},
    }
    if parameters is not None:
        operation["parameters"] = parameters
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/runs/{id}": {"get": operation}},
            "components": {"schemas": schemas}}  # fmt: skip


def run(properties: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"Run": {"type": "object", "properties": properties, **more}}


def obj(*names: str) -> dict[str, Any]:
    """An object schema whose properties are strings."""
    return {"type": "object", "properties": {name: {"type": "string"} for name in names}}


def either(*branches: Any) -> dict[str, Any]:
    return {"anyOf": list(branches)}


def ref(name: str) -> dict[str, str]:
    return {"$ref": REF + name}


def report(old: dict[str, Any], new: dict[str, Any]) -> list[Row]:
    """The whole report in its order: (rule, where, message, client level, strict level) per row."""
    return [(f.id, f.where, f.message, f.client, f.strict) for f in findings(compare(old, new))]


# -- unions: which old alternative is compared with which new one ------------------------------------


def test_union_alternatives_listed_in_another_order_are_paired_by_their_names() -> None:
    schemas = {"A": obj("a1", "a2"), "B": obj("b1")}
    old = document({**run({"v": either(ref("A"), ref("B"))}), **schemas})
    new = document({**run({"v": either(ref("B"), ref("A"))}), **schemas})
    assert report(old, new) == []


def test_inline_alternatives_listed_in_another_order_are_paired_by_their_properties() -> None:
    old = document(run({"v": either(obj("x", "y"), obj("z"))}))
    new = document(run({"v": either(obj("z"), obj("x", "y"))}))
    assert report(old, new) == []
    # renamed alternatives too: the one with the most properties in common is the counterpart
    old = document({**run({"v": either(ref("A"), ref("B"))}), "A": obj("x", "y"), "B": obj("z")})
    new = document({**run({"v": either(ref("C"), ref("D"))}), "C": obj("z"), "D": obj("x", "y")})
    assert [(row[0], row[2]) for row in report(old, new)] == [
        ("schema-renamed", "schema 'A' renamed 'D' (found at the same place or with the same structure)"),
        ("schema-renamed", "schema 'B' renamed 'C' (found at the same place or with the same structure)"),
    ]


def test_an_alternative_keeps_its_name_before_its_properties() -> None:
    # A's properties moved to B and B's to A: each is compared with its namesake, not its look-alike
    old = document({**run({"v": either(ref("A"), ref("B"))}), "A": obj("x", "y"), "B": obj("z")})
    new = document({**run({"v": either(ref("A"), ref("B"))}), "A": obj("z"), "B": obj("x", "y")})
    assert [row[:2] for row in report(old, new)] == [
        ("response-optional-property-removed", "A.x"),
        ("response-optional-property-removed", "A.y"),
        ("response-optional-property-removed", "B.z"),
        ("response-optional-property-added", "A.z"),
        ("response-optional-property-added", "B.x"),
        ("response-optional-property-added", "B.y"),
    ]


def test_a_named_enum_inlined_in_a_nullable_union_is_compared_at_the_property_and_not_removed() -> None:
    # the wire format is the same: the component is not "removed", and its values are still compared
    old = document({**run({"s": either(ref("Status"), {"type": "null"})}), "Status": {"type": "string", "enum": ["a"]}})
    new = document(run({"s": either({"type": "string", "enum": ["a", "b"]}, {"type": "null"})}))
    assert report(old, new) == [
        ("response-property-enum-value-added", "Run.s", "enum value 'b' added", "info", "error"),
    ]
    assert report(new, old) == [
        ("response-property-enum-value-removed", "Run.s", "enum value 'b' removed", "error", "info"),
    ]


def test_a_component_used_by_two_nullable_properties_is_compared_once() -> None:
    def api(max_length: int) -> dict[str, Any]:
        note = {"type": "string", "maxLength": max_length}
        nullable = either(ref("Note"), {"type": "null"})
        return document({**run({"a": nullable, "b": nullable}), "Note": note})

    assert report(api(5), api(3)) == [
        ("response-property-constraint-tightened", "Note", "maxLength 5 became 3", "info", "info"),
    ]


def test_a_union_alternative_that_allows_anything_as_true_or_as_an_empty_schema_is_the_same() -> None:
    old = document(run({"v": either({}, {"type": "string"})}))
    new = document(run({"v": either(True, {"type": "string"})}))
    assert report(old, new) == []
    assert report(new, old) == []


# -- schemas that are booleans, arrays whose items appear --------------------------------------------


def test_a_property_that_became_true_allows_any_value() -> None:
    # ``true`` is the schema ``{}``: a string became anything (and back)
    string, anything = document(run({"v": {"type": "string"}})), document(run({"v": True}))
    assert report(string, anything) == [
        ("response-property-type-changed", "Run.v", "type string became any", "error", "error"),
    ]
    assert report(anything, string) == [
        ("response-property-type-changed", "Run.v", "type any became string", "error", "error"),
    ]
    assert report(document(run({"v": {}})), anything) == []


@pytest.mark.parametrize("missing", ["old", "new"])
def test_an_array_whose_items_appear_or_go_compares_them_with_any_item(missing: str) -> None:
    typed, untyped = {"type": "array", "items": {"type": "string"}}, {"type": "array"}
    old, new = (untyped, typed) if missing == "old" else (typed, untyped)
    kinds = "any became string" if missing == "old" else "string became any"
    assert report(document(run({"v": old})), document(run({"v": new}))) == [
        ("response-property-type-changed", "Run.v[]", f"type {kinds}", "error", "error"),
    ]


def test_extra_keys_that_appear_on_an_object_without_properties_say_both_shapes() -> None:
    old = document(run({"m": {}}))
    new = document(run({"m": {"additionalProperties": False}}))
    assert report(old, new) == [
        ("response-additional-properties-changed", "Run.m", "extra keys: unspecified -> false", "warning", "error"),
    ]


# -- parameters: nullability and deprecation are said by the parameter ------------------------------


def query(schema: dict[str, Any], **more: Any) -> list[dict[str, Any]]:
    return [{"name": "q", "in": "query", "schema": schema, **more}]


def test_a_query_parameter_that_may_be_null_is_no_change() -> None:
    # a parameter that may be null may as well be left out: ``required`` says that, not the schema
    old = document(run({}), query({"type": "string"}))
    new = document(run({}), query({"type": ["string", "null"]}))
    assert report(old, new) == []
    assert report(new, old) == []


def test_a_parameter_deprecated_on_itself_and_in_its_schema_is_one_row() -> None:
    old = document(run({}), query({"type": "string"}))
    new = document(run({}), query({"type": "string", "deprecated": True}, deprecated=True))
    assert report(old, new) == [
        ("request-parameter-deprecated", GET, "query parameter 'q' deprecated", "warning", "info"),
    ]


# -- responses: statuses of both spellings, a schema that appears ------------------------------------


def test_statuses_kept_as_numbers_and_as_default_are_each_compared() -> None:
    def answering(max_length: int) -> dict[str, Any]:
        d = document(run({}))
        content = {"application/json": {"schema": {"type": "string", "maxLength": max_length}}}
        d["paths"]["/runs/{id}"]["get"]["responses"] = {
            200: {"description": "", "content": content},
            "default": {"description": "", "content": content},
        }
        return d

    assert report(answering(5), answering(3)) == [
        ("response-property-constraint-tightened", f"{GET} 200", "maxLength 5 became 3", "info", "info"),
        ("response-property-constraint-tightened", f"{GET} default", "maxLength 5 became 3", "info", "info"),
    ]


def test_a_response_schema_that_appears_or_goes_leaves_its_component_added_or_removed() -> None:
    bare = document(run({}))
    del bare["paths"]["/runs/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    del bare["components"]["schemas"]["Run"]
    assert report(bare, document(run({}))) == [
        ("schema-added", "components.schemas.Run", "schema 'Run' added", "info", "info"),
    ]
    assert report(document(run({})), bare) == [
        ("schema-removed", "components.schemas.Run", "schema 'Run' no longer used", "warning", "info"),
    ]


# -- properties: renames and a discriminator swap ---------------------------------------------------


def test_each_removed_property_is_paired_with_its_own_renamed_counterpart() -> None:
    old = document(run({"node_id": {"type": "string"}, "node_name": {"type": "string"}}))
    new = document(run({"block_id": {"type": "string"}, "block_name": {"type": "string"}}))
    assert [row[:3] for row in report(old, new)] == [
        ("response-property-renamed", "Run.node_id", "property 'node_id' renamed 'block_id'"),
        ("response-property-renamed", "Run.node_name", "property 'node_name' renamed 'block_name'"),
    ]


def test_a_one_variant_union_told_apart_by_another_property_is_one_row() -> None:
    def told_by(prop: str) -> dict[str, Any]:
        union = {"oneOf": [ref("P")], "discriminator": {"propertyName": prop}}
        variant = {"type": "object", "properties": {prop: {"type": "string", "const": "p"}}}
        return document({**run({"lc": union}), "P": variant})

    assert [row[:2] for row in report(told_by("kind"), told_by("status"))] == [
        ("response-discriminator-property-changed", "Run.lc"),
    ]


# -- the report: python names only with both specs ---------------------------------------------------


def test_rows_name_python_names_only_when_both_specs_are_given() -> None:
    old, new = document(run({"v": {"type": "string"}})), document(run({"v": {"type": "integer"}}))
    changes = compare(old, new)
    assert [f.python for f in findings(changes, old, new)] == [
        ("retab_runs_client.models.Run.v", "retab_runs_schema.Run.v")
    ]
    for one_side in (findings(changes, old), findings(changes, new=new), findings(changes)):
        assert [f.python for f in one_side] == [()]
        assert "python:" not in as_table(one_side)


def test_a_union_alternative_with_a_keyword_that_became_true_loses_the_keyword() -> None:
    old = document(run({"v": either({"format": "date-time"}, {"type": "integer"})}))
    new = document(run({"v": either(True, {"type": "integer"})}))
    assert [row[:3] for row in report(old, new)] == [
        ("response-property-format-changed", "Run.v", "format 'date-time' became None"),
    ]


def test_a_false_schema_allows_no_value_and_is_compared_without_error() -> None:
    # ``false`` has no keywords to compare: as a property or a union's alternative, it reads as no change
    string, nothing = document(run({"v": {"type": "string"}})), document(run({"v": False}))
    assert report(string, nothing) == []
    assert report(nothing, document(run({"v": False}))) == []
    old = document(run({"v": either({}, {"type": "integer"})}))
    new = document(run({"v": either(False, {"type": "integer"})}))
    assert report(old, new) == []


# -- request bodies: inline, without a schema, not an object ----------------------------------------


def creating(body: Any, schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    """POST /runs taking ``body`` as its request body (left out when None), answering 204."""
    operation: dict[str, Any] = {"operationId": "create_run", "responses": {"204": {"description": ""}}}
    if body is not None:
        operation["requestBody"] = body
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/runs": {"post": operation}},
            "components": {"schemas": schemas or {}}}  # fmt: skip


def json_body(schema: Any = None) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {} if schema is None else {"schema": schema}}}


def test_an_inline_request_body_is_placed_by_its_operation() -> None:
    def named(max_length: int) -> dict[str, Any]:
        return creating(
            json_body({"type": "object", "properties": {"name": {"type": "string", "maxLength": max_length}}})
        )

    assert report(named(10), named(5)) == [
        ("request-property-constraint-tightened", "POST /runs body.name", "maxLength 10 became 5", "error", "info"),
    ]


def test_a_request_body_schema_that_goes_leaves_its_component_removed() -> None:
    with_schema = creating(json_body(ref("NewRun")), {"NewRun": obj("name")})
    assert report(with_schema, creating(json_body())) == [
        ("schema-removed", "components.schemas.NewRun", "schema 'NewRun' no longer used", "warning", "info"),
    ]
    assert report(creating(json_body()), with_schema) == [
        ("schema-added", "components.schemas.NewRun", "schema 'NewRun' added", "info", "info"),
    ]


def test_a_request_body_or_a_response_that_is_not_an_object_reads_as_none() -> None:
    # YAML reads ``200:`` with nothing after it as null; a body written as text is no body
    assert report(creating(json_body(obj("name"))), creating("see the docs")) == [
        ("request-body-removed", "POST /runs", "the request body is no longer read", "warning", "info"),
    ]
    empty = creating(None)
    empty["paths"]["/runs"]["post"]["responses"]["204"] = None
    assert report(creating(None), empty) == []
    assert report(empty, creating(None)) == []


# -- components on one side only --------------------------------------------------------------------


def test_a_component_added_after_a_renamed_one_is_still_reported() -> None:
    old = document({**run({}), "A": obj("x")})
    new = document({**run({}), "B": obj("x"), "C": obj("y")})
    assert [row[:2] for row in report(old, new)] == [
        ("schema-renamed", "components.schemas.A"),
        ("schema-added", "components.schemas.C"),
    ]
