"""Each rule of the change report on a hand-made spec pair that triggers it: its id, and its level
for each audience (``client``, ``strict``), as rules.py defines them.

The pairs are the smallest documents that show the change: one GET answering ``Run``.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from spectools.compare import compare
from spectools.report import findings
from spectools.rules import RULES

REF = "#/components/schemas/"


def document(
    schemas: dict[str, Any], operation_id: str = "get_run", parameters: list[Any] | None = None
) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": operation_id,
        "responses": {"200": {"description": "", "content": {"application/json": {"schema": {"$ref": REF + "Run"}}}}},
    }
    if parameters is not None:
        operation["parameters"] = parameters
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/runs/{id}": {"get": operation}},
            "components": {"schemas": schemas}}  # fmt: skip


def run(properties: dict[str, Any], required: list[str] | None = None, **more: Any) -> dict[str, Any]:
    return {"Run": {"type": "object", "properties": properties, "required": required or [], **more}}


def rows(old: dict[str, Any], new: dict[str, Any]) -> set[tuple[str, str, str, str]]:
    return {(f.id, f.where, f.client, f.strict) for f in findings(compare(old, new), old, new)}


def lifecycle(prop: str, values: dict[str, str], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A Run whose ``lifecycle`` is a union told apart by ``prop``: value -> variant name."""
    schemas: dict[str, Any] = {
        name: {"type": "object", "properties": {prop: {"type": "string", "const": value}, **(extra or {})}}
        for value, name in values.items()
    }
    union = {"oneOf": [{"$ref": REF + n} for n in values.values()],
             "discriminator": {"propertyName": prop, "mapping": {v: REF + n for v, n in values.items()}}}  # fmt: skip
    return {**run({"lifecycle": union}, ["lifecycle"]), **schemas}


LIFECYCLE = {"pending": "PendingRun", "waiting_for_human": "WaitingRun"}


def test_the_discriminator_property_changed_is_one_row_not_one_per_variant() -> None:
    old = document(lifecycle("kind", LIFECYCLE))
    new = document(lifecycle("status", LIFECYCLE))
    assert rows(old, new) == {("response-discriminator-property-changed", "Run.lifecycle", "error", "error")}


def test_a_variant_whose_value_and_schema_changed_is_a_rename() -> None:
    old = document(lifecycle("status", LIFECYCLE, {"waiting_for": {"type": "array", "items": {"type": "string"}}}))
    renamed = {"pending": "PendingRun", "awaiting_review": "AwaitingReviewRun"}
    new = document(lifecycle("status", renamed, {"waiting_for": {"type": "array", "items": {"type": "string"}}}))
    found = rows(old, new)
    assert ("response-discriminator-value-renamed", "Run.lifecycle", "error", "error") in found
    assert ("schema-renamed", "components.schemas.WaitingRun", "warning", "info") in found
    assert not {
        r for r in found if r[0] in ("response-discriminator-value-added", "response-discriminator-value-removed")
    }


def test_a_variant_added_or_removed() -> None:
    old = document(lifecycle("status", LIFECYCLE))
    more = document(lifecycle("status", {**LIFECYCLE, "cancelled": "CancelledRun"}))
    assert ("response-discriminator-value-added", "Run.lifecycle", "warning", "error") in rows(old, more)
    assert ("response-discriminator-value-removed", "Run.lifecycle", "error", "info") in rows(more, old)


def test_a_discriminator_that_appears_or_goes() -> None:
    told = document(lifecycle("status", LIFECYCLE))
    plain = copy.deepcopy(told)
    del plain["components"]["schemas"]["Run"]["properties"]["lifecycle"]["discriminator"]
    assert rows(plain, told) == {("response-discriminator-added", "Run.lifecycle", "info", "info")}
    assert rows(told, plain) == {("response-discriminator-removed", "Run.lifecycle", "warning", "info")}


def test_a_union_that_became_one_object_with_an_enum_reports_the_new_value() -> None:
    old = document(lifecycle("type", {"manual": "ManualTrigger", "api": "ApiTrigger"}))
    info = {"type": "object", "properties": {"type": {"type": "string", "enum": ["manual", "api", "custom"]}}}
    new = document({**run({"lifecycle": {"$ref": REF + "TriggerInfo"}}, ["lifecycle"]), "TriggerInfo": info})
    found = rows(old, new)
    assert ("response-property-enum-value-added", "Run.lifecycle.type", "info", "error") in found
    assert not {r for r in found if "constraint" in r[0]}


def test_enum_from_none_is_its_own_rule() -> None:
    old = document(run({"mode": {"type": "string"}}))
    new = document(run({"mode": {"type": "string", "enum": ["a", "b"]}}))
    assert rows(old, new) == {("response-property-enum-added", "Run.mode", "warning", "info")}
    assert rows(new, old) == {("response-property-enum-removed", "Run.mode", "warning", "error")}


def test_enum_from_a_const_compares_the_values() -> None:
    old = document(run({"mode": {"type": "string", "const": "a"}}))
    new = document(run({"mode": {"type": "string", "enum": ["a", "custom"]}}))
    assert rows(old, new) == {
        ("response-property-enum-added", "Run.mode", "warning", "info"),
        ("response-property-enum-value-added", "Run.mode", "info", "error"),
    }


def test_enum_on_a_request_parameter_from_none() -> None:
    def with_mode(schema: dict[str, Any]) -> dict[str, Any]:
        return document(run({}), parameters=[{"name": "mode", "in": "query", "required": False, "schema": schema}])

    found = rows(with_mode({"type": "string"}), with_mode({"type": "string", "enum": ["a"]}))
    assert found == {("request-parameter-enum-added", "GET /runs/{id} query parameter mode", "error", "info")}


def test_a_property_that_became_required_breaks_no_reader() -> None:
    old = document(run({"name": {"type": "string"}}))
    new = document(run({"name": {"type": "string"}}, ["name"]))
    assert rows(old, new) == {("response-property-became-required", "Run.name", "info", "info")}
    assert rows(new, old) == {("response-property-became-optional", "Run.name", "error", "error")}


def test_removed_properties_required_or_not() -> None:
    old = document(run({"a": {"type": "string"}, "b": {"type": "string"}}, ["a"]))
    new = document(run({}))
    assert rows(old, new) == {
        ("response-property-removed", "Run.a", "error", "error"),
        ("response-optional-property-removed", "Run.b", "error", "info"),
    }
    assert rows(new, old) == {
        ("response-required-property-added", "Run.a", "info", "info"),
        ("response-optional-property-added", "Run.b", "info", "info"),
    }


def test_defaults_removed_added_and_changed() -> None:
    old = document(run({"steps": {"type": "array", "items": {}, "default": []}}))
    new = document(run({"steps": {"type": "array", "items": {}}}))
    assert rows(old, new) == {("response-property-default-removed", "Run.steps", "warning", "info")}
    assert rows(new, old) == {("response-property-default-added", "Run.steps", "info", "info")}
    other = document(run({"steps": {"type": "array", "items": {}, "default": ["x"]}}))
    assert rows(old, other) == {("response-property-default-changed", "Run.steps", "warning", "info")}


def test_a_default_beside_a_reference_removed() -> None:
    mode = {"Mode": {"type": "string", "enum": ["a", "b"]}}
    old = document({**run({"mode": {"$ref": REF + "Mode", "default": "a"}}), **mode})
    new = document({**run({"mode": {"$ref": REF + "Mode"}}), **mode})
    assert rows(old, new) == {("response-property-default-removed", "Run.mode", "warning", "info")}


def test_an_enum_value_removed_from_an_answer_breaks_code_not_strict_validators() -> None:
    old = document(run({"mode": {"type": "string", "enum": ["a", "b"]}}))
    new = document(run({"mode": {"type": "string", "enum": ["a"]}}))
    assert rows(old, new) == {("response-property-enum-value-removed", "Run.mode", "error", "info")}
    assert rows(new, old) == {("response-property-enum-value-added", "Run.mode", "info", "error")}


def test_an_operation_id_that_keeps_its_python_name_is_not_a_rename() -> None:
    same = rows(document(run({}), "getRun"), document(run({}), "get_run"))
    assert same == {("operation-id-respelled", "GET /runs/{id}", "info", "info")}
    other = rows(document(run({}), "get_run"), document(run({}), "read_run"))
    assert other == {("operation-id-changed", "GET /runs/{id}", "warning", "info")}


def test_a_schema_renamed_whose_classes_keep_their_names_is_not_a_python_rename() -> None:
    def named(name: str, title: str | None) -> dict[str, Any]:
        detail = {"type": "object", "properties": {"x": {"type": "string"}}, **({"title": title} if title else {})}
        return document({**run({"detail": {"$ref": REF + name}}), name: detail})

    found = rows(named("main__Detail", "Detail"), named("Detail", "Detail"))
    # pydantic names the class after the component, so that one is renamed; the attrs class is not
    assert ("schema-renamed", "components.schemas.main__Detail", "warning", "info") in found
    respelled = rows(named("Detail", "Detail"), named("Detail2", "Detail"))
    assert ("schema-renamed", "components.schemas.Detail", "warning", "info") in respelled


def test_a_rename_with_no_python_change_at_all() -> None:
    def named(name: str) -> dict[str, Any]:
        detail = {"type": "object", "properties": {"x": {"type": "string"}}, "title": "Detail"}
        return document({**run({"detail": {"$ref": REF + name}}), name: detail})

    from spectools import compare as module

    original = module.class_names
    try:  # a component whose classes are both named by its title (as a configured generator would)
        module.class_names = lambda schemas, name: ("Detail", "Detail")
        found = rows(named("DetailV1"), named("DetailV2"))
    finally:
        module.class_names = original
    assert ("schema-renamed-in-spec-only", "components.schemas.DetailV1", "info", "info") in found


def test_each_row_names_the_python_names_it_touches() -> None:
    old = document(run({"duration_ms": {"type": "integer"}}))
    new = document(run({"duration_ms": {"type": "string"}}))
    [row] = findings(compare(old, new), old, new)
    assert (row.id, row.client, row.strict) == ("response-property-type-changed", "error", "error")
    assert row.python == ("retab_runs_client.models.Run.duration_ms", "retab_runs_schema.Run.duration_ms")


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_every_rule_says_both_levels_and_has_a_template(rule_id: str) -> None:
    rule = RULES[rule_id]
    assert rule.client in ("error", "warning", "info") and rule.strict in ("error", "warning", "info")
    assert rule.template and rule.id == rule.id.lower()


def test_the_python_names_rows_print_exist_in_the_generated_tree() -> None:
    """Every name python_names gives for openapi.yaml's schemas, fields and operations is in generated/
    (loaded by griffe, as make generate's Python report loads it)."""
    import griffe
    from spectools.pynames import python_names

    from tests.spec import ROOT, spec

    document = spec()
    loaded = {
        package: griffe.load(package, search_paths=[str(ROOT / "generated")], try_relative_path=False)
        for package in ("retab_runs_client", "retab_runs_schema")
    }

    def exists(path: str) -> bool:
        package, *parts = path.split(".")
        node: Any = loaded[package]
        for part in parts:
            if part not in node.members:
                return False
            node = node.members[part]
            node = node.final_target if node.is_alias else node
        return True

    places = [f"{name}.{prop}" for name, schema in document["components"]["schemas"].items()
              for prop in schema.get("properties", {})]  # fmt: skip
    places += list(document["components"]["schemas"])
    places += [f"{method.upper()} {path}" for path, item in document["paths"].items() for method in item]
    missing = [name for place in places for name in python_names(document, place) if not exists(name)]
    assert not missing
    assert len(places) > 300


def test_a_value_mapped_to_another_variant_is_a_mapping_change() -> None:
    extra = {"note": {"type": "string"}}
    old = document(lifecycle("status", {"pending": "PendingRun", "done": "DoneRun"}, extra))
    swapped = document(lifecycle("status", {"pending": "PendingRun", "done": "DoneRun"}, extra))
    mapping = swapped["components"]["schemas"]["Run"]["properties"]["lifecycle"]["discriminator"]["mapping"]
    mapping["pending"], mapping["done"] = mapping["done"], mapping["pending"]
    found = rows(old, swapped)
    assert ("response-discriminator-mapping-changed", "Run.lifecycle", "error", "error") in found
    # a variant renamed in place keeps its value: a schema rename, not a mapping change
    renamed = document(lifecycle("status", {"pending": "PendingRunV2", "done": "DoneRun"}, extra))
    assert not {r for r in rows(old, renamed) if r[0] == "response-discriminator-mapping-changed"}


def test_docs_list_every_rule_with_its_levels() -> None:
    from tests.spec import ROOT

    text = (ROOT / "docs" / "spec-rules.md").read_text(encoding="utf-8")
    rows = {line for line in text.splitlines() if line.startswith("| `")}
    expected = {f"| `{r.id}` | {r.client} | {r.strict} | {r.template} |" for r in RULES.values()}
    assert rows == expected
