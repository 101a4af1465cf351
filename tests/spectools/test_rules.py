"""Each rule of the change report on a hand-made spec pair that triggers it: its id, and its level
for each audience (``client``, ``strict``), as rules.py defines them.

The pairs are the smallest documents that show the change: one GET answering ``Run``.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from scripts.spectools.compare import compare
from scripts.spectools.report import findings
from scripts.spectools.rules import RULES

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
    assert not {r for r in found if "constraint" in r[0] or "discriminator" in r[0]}  # values compared, not dropped


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

    from scripts.spectools import compare as module

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

    from scripts.spectools.pynames import python_names
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


# -- every other rule, each on a mutation of one small API ---------------------------------------


def json_of(name: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": REF + name}}}


def api() -> dict[str, Any]:
    """GET /runs/{id} (a path and a query parameter) and POST /runs (an optional JSON body)."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "security": [{"ApiKey": []}],
        "paths": {
            "/runs/{id}": {"get": {"operationId": "get_run", "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "q", "in": "query", "required": False, "schema": {"type": "string", "minLength": 2}},
            ], "responses": {"200": {"description": "", "content": json_of("Run")}, "404": {"description": ""}}}},
            "/runs": {"post": {"operationId": "create_run",
                               "requestBody": {"required": False, "content": json_of("Body")},
                               "responses": {"200": {"description": "", "content": json_of("Run")}}}},
        },
        "components": {
            "securitySchemes": {"ApiKey": {"type": "apiKey", "in": "header", "name": "Api-Key"}},
            "schemas": {
                "Run": {"type": "object", "required": ["id"], "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string", "maxLength": 10},
                    "at": {"type": "string", "format": "date-time"},
                    "extra": {"type": "object", "additionalProperties": {"type": "string"}},
                    "meta": {"type": "object", "additionalProperties": True},
                    "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                }},
                "Body": {"type": "object", "required": ["mode"], "properties": {
                    "mode": {"type": "string", "enum": ["a", "b"]},
                    "note": {"type": "string"},
                    "count": {"type": "integer", "minimum": 1},
                    "tag_id": {"type": "string"},
                }},
            },
        },
    }  # fmt: skip


def op(d: dict[str, Any], path: str = "/runs/{id}", method: str = "get") -> dict[str, Any]:
    operation: dict[str, Any] = d["paths"][path][method]
    return operation


def param(d: dict[str, Any], name: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [p for p in op(d)["parameters"] if p["name"] == name]
    return found[0]


def props(d: dict[str, Any], schema: str) -> dict[str, Any]:
    properties: dict[str, Any] = d["components"]["schemas"][schema]["properties"]
    return properties


GET, POST = "GET /runs/{id}", "POST /runs"
Q = f"{GET} query parameter q"
CASES: list[tuple[str, Any, tuple[str, str, str, str]]] = [
    ("parameter removed", lambda d: op(d)["parameters"].pop(), ("request-parameter-removed", GET, "error", "error")),
    ("optional parameter added", lambda d: op(d)["parameters"].append({"name": "x", "in": "query", "schema": {}}),
     ("request-parameter-added", GET, "info", "info")),
    ("required parameter added", lambda d: op(d)["parameters"].append(
        {"name": "x", "in": "query", "required": True, "schema": {}}),
     ("request-required-parameter-added", GET, "error", "error")),
    ("parameter became optional", lambda d: param(d, "id").update(required=False),
     ("request-parameter-became-optional", GET, "info", "info")),
    ("scheme added", lambda d: d["components"]["securitySchemes"].update(Bearer={"type": "http", "scheme": "bearer"}),
     ("security-scheme-added", "components.securitySchemes", "info", "info")),
    ("scheme renamed", lambda d: d.update(security=[{"Key": []}]) or d["components"].update(
        securitySchemes={"Key": d["components"]["securitySchemes"]["ApiKey"]}),
     ("security-scheme-renamed", "components.securitySchemes", "info", "info")),
    ("scheme changed", lambda d: d["components"]["securitySchemes"]["ApiKey"].update(name="X-Key"),
     ("security-scheme-changed", "components.securitySchemes", "error", "error")),
    ("credential added", lambda d: d["components"]["securitySchemes"].update(
        Bearer={"type": "http", "scheme": "bearer"}) or d["security"].append({"Bearer": []}),
     ("security-requirement-added", GET, "info", "info")),
    ("success status removed", lambda d: op(d)["responses"].update({"201": op(d)["responses"].pop("200")}),
     ("response-success-status-removed", f"{GET} 200", "error", "error")),
    ("status no longer documented", lambda d: op(d)["responses"].pop("404"),
     ("response-status-removed", f"{GET} 404", "warning", "warning")),
    ("status documented", lambda d: op(d)["responses"].update({"409": {"description": ""}}),
     ("response-status-added", f"{GET} 409", "info", "info")),
    ("media type removed", lambda d: op(d)["responses"]["200"].update(
        content={"text/csv": op(d)["responses"]["200"]["content"]["application/json"]}),
     ("response-media-type-removed", f"{GET} 200", "error", "error")),
    ("no longer null", lambda d: props(d, "Run").update(note={"type": "string"}),
     ("response-property-became-not-nullable", "Run.note", "info", "info")),
    ("answer constraint loosened", lambda d: props(d, "Run")["name"].update(maxLength=20),
     ("response-property-constraint-loosened", "Run.name", "info", "error")),
    ("answer constraint tightened", lambda d: props(d, "Run")["name"].update(maxLength=5),
     ("response-property-constraint-tightened", "Run.name", "info", "info")),
    ("format changed", lambda d: props(d, "Run")["at"].pop("format"),
     ("response-property-format-changed", "Run.at", "warning", "error")),
    ("extra keys changed", lambda d: props(d, "Run")["meta"].update(additionalProperties={"type": "integer"}),
     ("response-additional-properties-changed", "Run.meta", "warning", "error")),
    ("parameter constraint loosened", lambda d: param(d, "q")["schema"].pop("minLength"),
     ("request-parameter-constraint-loosened", Q, "info", "info")),
    ("parameter default added", lambda d: param(d, "q")["schema"].update(default="zz"),
     ("request-parameter-default-added", Q, "info", "info")),
    ("parameter enum from none", lambda d: param(d, "q")["schema"].update(enum=["zz"]),
     ("request-parameter-enum-added", Q, "error", "info")),
    ("body added", lambda d: op(d).update(requestBody=op(d, "/runs", "post")["requestBody"]),
     ("request-body-added", GET, "info", "info")),
    ("body became optional", None, ("request-body-became-optional", POST, "info", "error")),
    ("body property renamed", lambda d: props(d, "Body").update(tag_ids=props(d, "Body").pop("tag_id")),
     ("request-property-renamed", "Body.tag_id", "error", "error")),
    ("body property may be null", lambda d: props(d, "Body").update(note={"type": ["string", "null"]}),
     ("request-property-became-nullable", "Body.note", "info", "error")),
    ("body enum value added", lambda d: props(d, "Body")["mode"]["enum"].append("c"),
     ("request-property-enum-value-added", "Body.mode", "info", "error")),
    ("body default changed", None, ("request-property-default-changed", "Body.count", "warning", "info")),
    ("body default removed", None, ("request-property-default-removed", "Body.count", "warning", "info")),
    ("body default added", lambda d: props(d, "Body")["count"].update(default=1),
     ("request-property-default-added", "Body.count", "info", "info")),
    ("body enum from none", lambda d: props(d, "Body")["note"].update(enum=["x"]),
     ("request-property-enum-added", "Body.note", "error", "info")),
    ("body enum dropped", lambda d: props(d, "Body")["mode"].pop("enum"),
     ("request-property-enum-removed", "Body.mode", "info", "error")),
    ("parameter enum dropped", None, ("request-parameter-enum-removed", Q, "info", "error")),
    ("parameter default removed", None, ("request-parameter-default-removed", Q, "warning", "info")),
    ("body constraint loosened", lambda d: props(d, "Body")["count"].pop("minimum"),
     ("request-property-constraint-loosened", "Body.count", "info", "error")),
    ("body property deprecated", lambda d: props(d, "Body")["note"].update(deprecated=True),
     ("request-property-deprecated", "Body.note", "warning", "info")),
]  # fmt: skip
# Cases whose old side is edited; the new side is the plain API, edited by AFTER.
BEFORE: dict[str, Any] = {
    "body became optional": lambda d: op(d, "/runs", "post")["requestBody"].update(required=True),
    "body default changed": lambda d: props(d, "Body")["count"].update(default=1),
    "body default removed": lambda d: props(d, "Body")["count"].update(default=1),
    "parameter enum dropped": lambda d: param(d, "q")["schema"].update(enum=["zz"]),
    "parameter default removed": lambda d: param(d, "q")["schema"].update(default="zz"),
}
AFTER: dict[str, Any] = {
    "body became optional": lambda d: None,
    "body default changed": lambda d: props(d, "Body")["count"].update(default=2),
    "body default removed": lambda d: None,
    "parameter enum dropped": lambda d: None,
    "parameter default removed": lambda d: None,
}


@pytest.mark.parametrize(("name", "edit", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_on_a_hand_made_pair(name: str, edit: Any, expected: tuple[str, str, str, str]) -> None:
    old = api()
    if name in BEFORE:
        BEFORE[name](old)
    new = api() if edit is None else copy.deepcopy(old)  # None: the plain API is the new side
    (AFTER[name] if edit is None else edit)(new)
    assert expected in rows(old, new)


# -- what the rows say: the values, names and shapes a reader is shown ---------------------------


def report(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The whole report, in its order: (rule, where, message) for each row."""
    return [(f.id, f.where, f.message) for f in findings(compare(old, new))]


def told_by_status(values: dict[str, str], *, inline: bool = False) -> dict[str, Any]:
    """A Run whose ``lifecycle`` union is told apart by ``status`` with no mapping: each variant's
    value is its ``const``. Inline variants have no component name."""
    variants = {
        n: {"type": "object", "properties": {"status": {"type": "string", "const": v}}} for v, n in values.items()
    }
    branches = [variants[n] if inline else {"$ref": REF + n} for n in values.values()]
    union = {"oneOf": branches, "discriminator": {"propertyName": "status"}}
    return document({**run({"lifecycle": union}, ["lifecycle"]), **({} if inline else variants)})


def test_variants_without_a_mapping_are_told_by_their_consts() -> None:
    more = {**LIFECYCLE, "done": "DoneRun"}
    three = "type a union of 2 objects became a union of 3 objects"
    assert report(told_by_status(LIFECYCLE), told_by_status(more)) == [
        ("response-property-type-changed", "Run.lifecycle", three),
        ("response-discriminator-value-added", "Run.lifecycle", "variant 'done' (DoneRun) added to the union"),
        ("schema-added", "components.schemas.DoneRun", "schema 'DoneRun' added"),
    ]
    assert report(told_by_status(more), told_by_status(LIFECYCLE)) == [
        ("response-property-type-changed", "Run.lifecycle", "type a union of 3 objects became a union of 2 objects"),
        ("response-discriminator-value-removed", "Run.lifecycle", "variant 'done' (DoneRun) removed"),
        ("schema-removed", "components.schemas.DoneRun", "schema 'DoneRun' no longer used"),
    ]
    # an inline variant has no name: the report counts it from 1
    assert report(told_by_status(LIFECYCLE, inline=True), told_by_status(more, inline=True)) == [
        ("response-property-type-changed", "Run.lifecycle", three),
        ("response-discriminator-value-added", "Run.lifecycle", "variant 'done' (variant 3) added to the union"),
    ]


def test_a_changed_http_scheme_says_both_definitions() -> None:
    def secured(scheme: dict[str, Any]) -> dict[str, Any]:
        d = document(run({}))
        d["components"]["securitySchemes"], d["security"] = {"Auth": scheme}, [{"Auth": []}]
        return d

    assert report(secured({"type": "http", "scheme": "bearer"}), secured({"type": "http", "scheme": "basic"})) == [
        (
            "security-scheme-changed",
            "components.securitySchemes",
            "security scheme 'Auth' changed: http bearer -> http basic",
        )
    ]


def test_a_component_renamed_is_found_by_its_structure_whatever_its_prose() -> None:
    def spare(name: str, schema: dict[str, Any]) -> dict[str, Any]:
        return document({**run({}), name: schema})

    def detail(text: str, x_type: str = "string") -> dict[str, Any]:
        return {"type": "object", "description": text, "properties": {"x": {"type": x_type, "description": text}}}

    renamed = "schema 'Old' renamed 'New' (found at the same place or with the same structure)"
    assert report(spare("Old", detail("a")), spare("New", detail("b"))) == [
        ("schema-renamed", "components.schemas.Old", renamed)
    ]
    assert report(spare("Old", detail("a")), spare("New", detail("a", "integer"))) == [
        ("schema-removed", "components.schemas.Old", "schema 'Old' no longer used"),
        ("schema-added", "components.schemas.New", "schema 'New' added"),
    ]
    # a property named like a prose keyword is a property: its schema counts
    titled = [{"type": "object", "properties": {"title": {"type": t}}} for t in ("string", "integer")]
    assert [row[0] for row in report(spare("Old", titled[0]), spare("New", titled[1]))] == [
        "schema-removed",
        "schema-added",
    ]


@pytest.mark.parametrize(
    ("before", "after", "message"),
    [
        (
            {"oneOf": [run({"a": {}})["Run"], run({"b": {}})["Run"]]},
            {"type": "string"},
            "type a union of 2 objects became string",
        ),
        ({}, {"type": "string"}, "type any became string"),
        (
            {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            {"type": "boolean"},
            "type string | integer became boolean",
        ),
        ({"type": ["string", "integer"]}, {"type": "boolean"}, "type integer|string became boolean"),
    ],
)
def test_a_changed_type_says_both_kinds(before: dict[str, Any], after: dict[str, Any], message: str) -> None:
    assert report(document(run({"v": before})), document(run({"v": after}))) == [
        ("response-property-type-changed", "Run.v", message)
    ]


@pytest.mark.parametrize(
    ("before", "after", "message"),
    [
        ({"type": "object", "additionalProperties": True}, {"type": "object", "additionalProperties": False},
         "extra keys: true -> false"),
        ({"type": "object", "additionalProperties": True},
         {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1, "description": "prose"}},
         'extra keys: true -> {"minimum": 1, "type": "integer"}'),
        ({"additionalProperties": True}, {}, "extra keys: true -> unspecified"),
    ],
)  # fmt: skip
def test_changed_extra_keys_say_both_shapes(before: dict[str, Any], after: dict[str, Any], message: str) -> None:
    assert report(document(run({"m": before})), document(run({"m": after}))) == [
        ("response-additional-properties-changed", "Run.m", message)
    ]


@pytest.mark.parametrize(
    ("before", "after", "renamed"),
    [
        ("run_node_id", ["run_block_id"], "run_block_id"),  # one word of three changed
        ("note", ["notes"], "notes"),  # one word, alike
        ("run_node_id", ["run_block_id", "run_nodeid"], "run_nodeid"),  # the most alike wins
        ("x_y", ["x_y_z"], "x_y_z"),
    ],
)
def test_a_property_renamed_is_paired_with_the_most_alike_name(before: str, after: list[str], renamed: str) -> None:
    old = document(run({before: {"type": "string"}}))
    new = document(run({name: {"type": "string"} for name in after}))
    found = report(old, new)
    assert found[0] == ("response-property-renamed", f"Run.{before}", f"property {before!r} renamed {renamed!r}")
    assert [row[0] for row in found[1:]] == ["response-optional-property-added"] * (len(after) - 1)


def test_names_too_unlike_are_a_removal_and_an_addition() -> None:
    old, new = document(run({"node_id": {"type": "string"}})), document(run({"cost": {"type": "string"}}))
    assert [row[0] for row in report(old, new)] == [
        "response-optional-property-removed",
        "response-optional-property-added",
    ]
    # three words of which two changed: not one word swapped
    old, new = document(run({"a_node_id": {"type": "string"}})), document(run({"b_block_id": {"type": "string"}}))
    assert [row[0] for row in report(old, new)] == [
        "response-optional-property-removed",
        "response-optional-property-added",
    ]


def test_a_renamed_schema_row_names_the_old_and_the_new_classes() -> None:
    def named(name: str) -> dict[str, Any]:
        return document({**run({"detail": {"$ref": REF + name}}), name: {"type": "object", "properties": {"x": {}}}})

    old, new = named("DetailOld"), named("DetailNew")
    [row] = findings(compare(old, new), old, new)
    assert row.python == (
        "retab_runs_client.models.DetailOld",
        "retab_runs_schema.DetailOld",
        "retab_runs_client.models.DetailNew",
        "retab_runs_schema.DetailNew",
    )
    # a row about a place that is gone names it as the old spec did
    old, new = document(run({"gone": {"type": "string"}})), document(run({}))
    [row] = findings(compare(old, new), old, new)
    assert row.python == ("retab_runs_client.models.Run.gone", "retab_runs_schema.Run.gone")


# -- the report as spec_diff prints it, and whether it breaks the client ----------------------------


def three_levels() -> tuple[dict[str, Any], dict[str, Any]]:
    """A pair with a row at each level: a retyped field, a deprecated one, a new enum value."""
    enum = {"type": "string", "enum": ["a"]}
    old = document(run({"note": {"type": "string"}, "tag": {"type": "string"}, "kind": enum}))
    new = document(run({"note": {"type": "integer"}, "tag": {"type": "string", "deprecated": True},
                        "kind": {**enum, "enum": ["a", "b"]}}))  # fmt: skip
    return old, new


def test_the_table_lists_rows_by_level_with_their_python_names_and_a_summary() -> None:
    from scripts.spectools.report import as_table

    old, new = three_levels()
    assert as_table(findings(compare(old, new), old, new)) == (
        "client   strict  id                                  where     message\n"
        "error    error   response-property-type-changed      Run.note  type string became integer\n"
        "         python: retab_runs_client.models.Run.note, retab_runs_schema.Run.note\n"
        "warning  info    response-property-deprecated        Run.tag   deprecated\n"
        "         python: retab_runs_client.models.Run.tag, retab_runs_schema.Run.tag\n"
        "info     error   response-property-enum-value-added  Run.kind  enum value 'b' added\n"
        "         python: retab_runs_client.models.Run.kind, retab_runs_schema.Run.kind\n"
        "3 changes; client: 1 error, 1 warning, 1 info; strict: 2 error, 0 warning, 1 info (breaks the client)\n"
    )
    assert as_table([]) == "no changes\n"
    additive = document(run({"cost": {"type": "number"}}))
    assert as_table(findings(compare(document(run({})), additive))) == (
        "client  strict  id                                where     message\n"
        "info    info    response-optional-property-added  Run.cost  optional property 'cost' added\n"
        "1 changes; client: 0 error, 0 warning, 1 info; strict: 0 error, 0 warning, 1 info"
        " (nothing breaks the client)\n"
    )


def test_the_json_report_has_every_row_the_counts_and_the_verdict() -> None:
    import json

    from scripts.spectools.report import as_json

    old, new = three_levels()
    rows = [
        ("response-property-type-changed", "error", "error", "Run.note", "type string became integer"),
        ("response-property-deprecated", "warning", "info", "Run.tag", "deprecated"),
        ("response-property-enum-value-added", "info", "error", "Run.kind", "enum value 'b' added"),
    ]
    expected = {
        "changes": [
            {"id": i, "client": c, "strict": s, "where": w, "message": m, "python": []} for i, c, s, w, m in rows
        ],
        "counts": {"client": {"error": 1, "warning": 1, "info": 1}, "strict": {"error": 2, "warning": 0, "info": 1}},
        "breaks_client": True,
    }
    assert as_json(findings(compare(old, new))) == json.dumps(expected, indent=2) + "\n"


def test_only_a_client_error_breaks_the_client() -> None:
    from scripts.spectools.report import breaks_client

    old, new = three_levels()
    found = findings(compare(old, new))
    assert breaks_client(found)
    assert not breaks_client([f for f in found if f.client != "error"])  # a strict error alone does not
    assert not breaks_client([])


# -- each bound, each method ---------------------------------------------------------------------

# keyword, a smaller and a larger value: for a lower bound the smaller lets more through, for an
# upper bound the larger does
LOWER = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"]
UPPER = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"]


@pytest.mark.parametrize("keyword", LOWER + UPPER)
def test_each_bound_moved_outwards_is_loosened_and_inwards_tightened(keyword: str) -> None:
    up = report(document(run({"v": {keyword: 1}})), document(run({"v": {keyword: 2}})))
    down = report(document(run({"v": {keyword: 2}})), document(run({"v": {keyword: 1}})))
    grows, shrinks = ("loosened", "tightened") if keyword in UPPER else ("tightened", "loosened")
    assert up == [(f"response-property-constraint-{grows}", "Run.v", f"{keyword} 1 became 2")]
    assert down == [(f"response-property-constraint-{shrinks}", "Run.v", f"{keyword} 2 became 1")]


@pytest.mark.parametrize(("keyword", "before", "after"), [("pattern", "^a", "^b"), ("multipleOf", 2, 3)])
def test_a_changed_pattern_or_multiple_may_refuse_what_passed_and_reads_as_tightened(
    keyword: str, before: Any, after: Any
) -> None:
    for old, new in ((before, after), (after, before)):
        assert report(document(run({"v": {keyword: old}})), document(run({"v": {keyword: new}}))) == [
            ("response-property-constraint-tightened", "Run.v", f"{keyword} {old!r} became {new!r}")
        ]


@pytest.mark.parametrize("method", ["get", "put", "post", "delete", "options", "head", "patch", "trace"])
def test_an_operation_of_each_method_removed_or_added(method: str) -> None:
    with_it: dict[str, Any] = {"openapi": "3.1.0", "paths": {"/p": {method: {"responses": {}}}}}
    without: dict[str, Any] = {"openapi": "3.1.0", "paths": {"/p": {}}}
    where = f"{method.upper()} /p"
    assert report(with_it, without) == [("operation-removed", where, f"operation {where} removed")]
    assert report(without, with_it) == [("operation-added", where, f"operation {where} added")]


@pytest.mark.parametrize("keyword", ["description", "title", "summary", "example", "examples", "deprecated"])
def test_prose_alone_does_not_stop_a_component_from_reading_as_renamed(keyword: str) -> None:
    def spare(name: str, value: int) -> dict[str, Any]:
        schema = {"type": "object", "properties": {"x": {"type": "string", keyword: value}}}
        return document({**run({}), name: schema})

    assert report(spare("Old", 1), spare("New", 2)) == [
        (
            "schema-renamed",
            "components.schemas.Old",
            "schema 'Old' renamed 'New' (found at the same place or with the same structure)",
        )
    ]


def test_a_request_body_and_a_response_given_by_reference_are_followed() -> None:
    def by_reference(required: bool, media: str = "application/json") -> dict[str, Any]:
        d = api()
        d["components"]["requestBodies"] = {
            "B": {"required": required, "content": {media: {"schema": {"$ref": REF + "Body"}}}}
        }
        d["components"]["responses"] = {"R": {"description": "", "content": {media: {"schema": {"$ref": REF + "Run"}}}}}
        op(d, "/runs", "post").update(requestBody={"$ref": "#/components/requestBodies/B"})
        op(d, "/runs", "post")["responses"]["200"] = {"$ref": "#/components/responses/R"}
        return d

    assert report(by_reference(False), by_reference(True)) == [
        ("request-body-became-required", POST, "the request body became required")
    ]
    assert report(by_reference(False), by_reference(False, "text/csv")) == [
        ("response-media-type-removed", f"{POST} 200", "response 200 no longer sent as application/json"),
        ("request-body-media-type-removed", POST, "the request body is no longer taken as application/json"),
    ]


# -- the rest of what a reader is shown: python names by the new spec, a bound that appears, edge shapes


def test_python_names_are_the_new_specs_and_a_renamed_property_keeps_its_own() -> None:
    def python(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, ...]]:
        return [f.python for f in findings(compare(old, new), old, new)]

    # the attrs class is named after the schema's title: the new title is what the reader imports
    old, new = document(run({"note": {"type": "string"}})), document(run({"note": {"type": "integer"}}, title="RunV2"))
    assert python(old, new) == [("retab_runs_client.models.RunV2.note", "retab_runs_schema.Run.note")]
    # a renamed property's row names the property where it was (only a renamed schema names both)
    old, new = document(run({"tag_id": {"type": "string"}})), document(run({"tag_ids": {"type": "string"}}))
    assert python(old, new) == [("retab_runs_client.models.Run.tag_id", "retab_runs_schema.Run.tag_id")]


def test_a_row_without_python_names_has_no_python_line() -> None:
    from scripts.spectools.report import as_table

    old, new = document(run({"note": {"type": "string"}})), document(run({"note": {"type": "integer"}}))
    new["paths"]["/other"] = {"get": {"responses": {}}}
    assert as_table(findings(compare(old, new), old, new)).splitlines()[1:5] == [
        "error   error   response-property-type-changed  Run.note    type string became integer",
        "        python: retab_runs_client.models.Run.note, retab_runs_schema.Run.note",
        "info    info    operation-added                 GET /other  operation GET /other added",
        "2 changes; client: 1 error, 0 warning, 1 info; strict: 1 error, 0 warning, 1 info (breaks the client)",
    ]


def test_a_boolean_schema_in_a_union_is_compared_without_error() -> None:
    def union(extra: dict[str, Any]) -> dict[str, Any]:
        variant = {"type": "object", "properties": {"status": {"const": "p"}, **extra}}
        lifecycle = {"oneOf": [True, {"$ref": REF + "P"}], "discriminator": {"propertyName": "status"}}
        return document({**run({"lifecycle": lifecycle}), "P": variant})

    assert report(union({}), union({"x": {"type": "string"}})) == [
        ("response-optional-property-added", "P.x", "optional property 'x' added")
    ]
    old = document(run({"v": {"oneOf": [True, {"type": "string"}]}}))
    new = document(run({"v": {"oneOf": [True, {"type": "string", "maxLength": 3}]}}))
    assert report(old, new) == [("response-property-constraint-tightened", "Run.v", "maxLength none became 3")]


def test_a_union_that_became_one_object_without_the_property_loses_its_discriminator() -> None:
    old = document(lifecycle("type", {"manual": "ManualTrigger", "api": "ApiTrigger"}))
    info = {"type": "object", "properties": {"other": {"type": "string"}}}
    new = document({**run({"lifecycle": {"$ref": REF + "TriggerInfo"}}, ["lifecycle"]), "TriggerInfo": info})
    found = report(old, new)
    assert ("response-discriminator-removed", "Run.lifecycle", "the union is no longer told apart by 'type'") in found


def test_a_union_that_became_one_named_variant_compares_the_values_on_that_component() -> None:
    old = document(lifecycle("type", {"manual": "ManualTrigger", "api": "ApiTrigger"}))
    info = {"type": "object", "properties": {"type": {"type": "string", "enum": ["manual", "api", "custom"]}}}
    new = document(
        {**run({"lifecycle": {"oneOf": [{"$ref": REF + "TriggerInfo"}]}}, ["lifecycle"]), "TriggerInfo": info}
    )
    assert report(old, new) == [
        ("response-property-type-changed", "Run.lifecycle", "type a union of 2 objects became object"),
        ("schema-removed", "components.schemas.ApiTrigger", "schema 'ApiTrigger' no longer used"),
        ("schema-renamed", "components.schemas.ManualTrigger",
         "schema 'ManualTrigger' renamed 'TriggerInfo' (found at the same place or with the same structure)"),
        ("response-property-enum-value-added", "TriggerInfo.type", "enum value 'custom' added"),  # once
    ]  # fmt: skip


def test_two_word_names_with_one_word_swapped_are_a_rename() -> None:
    # node_ref / block_ref are not alike letter by letter (a ratio of 0.59): the swapped word pairs them
    old, new = document(run({"node_ref": {"type": "string"}})), document(run({"block_ref": {"type": "string"}}))
    assert report(old, new) == [
        ("response-property-renamed", "Run.node_ref", "property 'node_ref' renamed 'block_ref'")
    ]


def test_a_property_that_was_only_null_reads_as_any() -> None:
    old, new = document(run({"v": {"type": "null"}})), document(run({"v": {"type": "string"}}))
    assert report(old, new) == [
        ("response-property-type-changed", "Run.v", "type any became string"),
        ("response-property-became-not-nullable", "Run.v", "no longer null"),
    ]


def test_variants_told_by_one_value_enums() -> None:
    def told(values: dict[str, str]) -> dict[str, Any]:
        variants = {
            n: {"type": "object", "properties": {"status": {"type": "string", "enum": [v]}}} for v, n in values.items()
        }
        union = {"oneOf": [{"$ref": REF + n} for n in values.values()], "discriminator": {"propertyName": "status"}}
        return document({**run({"lifecycle": union}, ["lifecycle"]), **variants})

    found = report(told(LIFECYCLE), told({**LIFECYCLE, "done": "DoneRun"}))
    assert (
        "response-discriminator-value-added",
        "Run.lifecycle",
        "variant 'done' (DoneRun) added to the union",
    ) in found


def test_a_bound_that_appears_or_goes_says_none() -> None:
    unbounded, bounded = document(run({"v": {}})), document(run({"v": {"maxLength": 5}}))
    assert report(unbounded, bounded) == [
        ("response-property-constraint-tightened", "Run.v", "maxLength none became 5")
    ]
    assert report(bounded, unbounded) == [("response-property-constraint-loosened", "Run.v", "maxLength 5 became none")]


def test_a_scheme_that_is_not_an_object_reads_as_unknown() -> None:
    def secured(scheme: Any) -> dict[str, Any]:
        d = document(run({}))
        d["components"]["securitySchemes"], d["security"] = {"Auth": scheme}, [{"Auth": []}]
        return d

    assert report(secured({"type": "http", "scheme": "bearer"}), secured(None)) == [
        ("security-scheme-changed", "components.securitySchemes", "security scheme 'Auth' changed: http bearer -> ?")
    ]


# -- operations: bodies, statuses, media types, inline answers -----------------------------------


def test_a_required_body_added_breaks_calls_built_from_the_old_spec() -> None:
    old, new = api(), api()
    del op(old, "/runs", "post")["requestBody"]
    op(new, "/runs", "post")["requestBody"]["required"] = True
    assert report(old, new) == [("request-required-body-added", POST, "required request body added")]
    assert [(f.client, f.strict) for f in findings(compare(old, new))] == [("error", "info")]


def test_an_operation_id_respelled_names_both_spellings_and_the_function() -> None:
    assert report(document(run({}), "getRun"), document(run({}), "get_run")) == [
        ("operation-id-respelled", "GET /runs/{id}",
         "operationId 'getRun' became 'get_run' (the generated function keeps its name 'get_run')"),
    ]  # fmt: skip


def test_statuses_written_as_numbers_beside_default_are_compared() -> None:
    # YAML reads an unquoted 404 as a number; "default" stays a string
    def answering(statuses: list[Any]) -> dict[str, Any]:
        d = document(run({}))
        op(d)["responses"] = {status: {"description": ""} for status in statuses}
        return d

    fewer, more = answering([200]), answering([200, 404, "default"])
    assert report(more, fewer) == [
        ("response-status-removed", f"{GET} 404", "response 404 no longer documented"),
        ("response-status-removed", f"{GET} default", "response default no longer documented"),
    ]
    assert report(fewer, more) == [
        ("response-status-added", f"{GET} 404", "response 404 documented"),
        ("response-status-added", f"{GET} default", "response default documented"),
    ]


def test_the_media_types_left_are_still_compared_after_one_is_removed() -> None:
    def answering(max_length: int, json_too: bool) -> dict[str, Any]:
        d = document(run({}))
        content = {"text/csv": {"schema": {"type": "string", "maxLength": max_length}}}
        op(d)["responses"]["200"]["content"] = {**(json_of("Run") if json_too else {}), **content}
        return d

    assert report(answering(5, True), answering(3, False)) == [
        ("response-media-type-removed", f"{GET} 200", "response 200 no longer sent as application/json"),
        ("response-property-constraint-tightened", f"{GET} 200", "maxLength 5 became 3"),
    ]


def test_an_inline_answer_is_placed_by_its_operation_and_status() -> None:
    def answering(note_type: str) -> dict[str, Any]:
        d = document(run({}))
        schema = {"type": "object", "properties": {"note": {"type": note_type}}}
        op(d)["responses"]["200"]["content"]["application/json"]["schema"] = schema
        return d

    assert report(answering("string"), answering("integer")) == [
        ("response-property-type-changed", f"{GET} 200.note", "type string became integer")
    ]


def test_a_reference_to_a_missing_component_reads_as_any() -> None:
    old, new = document(run({"v": {"$ref": REF + "Missing"}})), document(run({"v": {"type": "string"}}))
    assert report(old, new) == [("response-property-type-changed", "Run.v", "type any became string")]


def test_a_rename_by_structure_ignores_nested_prose_but_not_values() -> None:
    def spare(name: str, schema: dict[str, Any]) -> dict[str, Any]:
        return document({**run({}), name: schema})

    def listing(text: str) -> dict[str, Any]:
        return {"type": "array", "items": {"type": "string", "description": text}}

    assert [r[0] for r in report(spare("Old", listing("a")), spare("New", listing("b")))] == ["schema-renamed"]
    one_of = [{"type": "string", "enum": [value]} for value in ("a", "b")]
    assert [r[0] for r in report(spare("Old", one_of[0]), spare("New", one_of[1]))] == [
        "schema-removed",
        "schema-added",
    ]


# -- credentials -------------------------------------------------------------------------------


def test_a_parameter_deprecated_on_both_sides_is_not_reported_again() -> None:
    old = api()
    param(old, "q")["deprecated"] = True
    assert report(old, copy.deepcopy(old)) == []


def with_schemes(schemes: dict[str, Any], security: list[Any] | None = None) -> dict[str, Any]:
    d = api()
    d["components"]["securitySchemes"] = schemes
    d["security"] = [{name: []} for name in schemes] if security is None else security
    return d


def test_a_scheme_under_a_new_name_is_a_rename_only_when_defined_the_same() -> None:
    bearer, basic = {"type": "http", "scheme": "bearer"}, {"type": "http", "scheme": "basic"}
    assert report(with_schemes({"Old": bearer}), with_schemes({"New": bearer})) == [
        (
            "security-scheme-renamed",
            "components.securitySchemes",
            "security scheme 'Old' renamed 'New' (same definition)",
        )
    ]
    scheme = "components.securitySchemes"
    assert report(with_schemes({"Old": bearer}), with_schemes({"New": basic})) == [
        ("security-requirement-removed", GET, "credential 'Old' no longer accepted"),
        ("security-requirement-removed", POST, "credential 'Old' no longer accepted"),
        ("security-scheme-removed", scheme, "security scheme 'Old' removed"),
        ("security-requirement-added", GET, "credential 'New' now accepted"),
        ("security-requirement-added", POST, "credential 'New' now accepted"),
        ("security-scheme-added", scheme, "security scheme 'New' added"),
    ]


def test_an_operations_own_security_overrides_the_documents() -> None:
    both = {"Key": {"type": "apiKey", "in": "header", "name": "K"}, "Bearer": {"type": "http", "scheme": "bearer"}}
    new = with_schemes(both, [{"Key": []}])
    old = copy.deepcopy(new)
    op(old)["security"] = [{"Bearer": []}]  # GET took only a bearer token; now the document's key
    assert report(old, new) == [
        ("security-requirement-removed", GET, "credential 'Bearer' no longer accepted"),
        ("security-requirement-added", GET, "credential 'Key' now accepted"),
    ]


def test_a_union_that_became_one_boolean_schema_loses_its_discriminator() -> None:
    old = document(lifecycle("type", {"manual": "ManualTrigger", "api": "ApiTrigger"}))
    new = document(run({"lifecycle": {"oneOf": [True]}}, ["lifecycle"]))
    assert report(old, new)[:2] == [
        ("response-property-type-changed", "Run.lifecycle", "type a union of 2 objects became any"),
        ("response-discriminator-removed", "Run.lifecycle", "the union is no longer told apart by 'type'"),
    ]


# -- properties renamed or removed ----------------------------------------------------------------


def test_a_required_body_property_removed_is_refused_by_a_strict_checker() -> None:
    old, new = api(), api()
    del props(new, "Body")["mode"]
    new["components"]["schemas"]["Body"]["required"] = []
    assert [(f.id, f.where, f.message, f.client, f.strict) for f in findings(compare(old, new))] == [
        ("request-required-property-removed", "Body.mode", "required property 'mode' removed", "warning", "error")
    ]


def test_a_renamed_property_is_compared_under_its_new_name() -> None:
    old, new = (
        document(run({"node_id": {"type": "string"}})),
        document(run({"block_id": {"type": "string", "maxLength": 3}})),
    )
    assert report(old, new) == [
        ("response-property-renamed", "Run.node_id", "property 'node_id' renamed 'block_id'"),
        ("response-property-constraint-tightened", "Run.block_id", "maxLength none became 3"),
    ]


@pytest.mark.parametrize(
    ("before", "after", "renames"),
    [
        # two renames at once, one of them a union: each pairs with its own
        ({"a_node": {"type": "string"}, "b_node": {"anyOf": [{"type": "string"}, {"type": "integer"}]}},
         {"a_block": {"type": "string"}, "b_block": {"anyOf": [{"type": "string"}, {"type": "integer"}]}},
         [("a_node", "a_block"), ("b_node", "b_block")]),
        # a name as alike but of another kind is passed over
        ({"node_id": {"type": "string"}}, {"node_ix": {"type": "integer"}, "block_id": {"type": "string"}},
         [("node_id", "block_id")]),
        # two as alike: the first keeps it
        ({"run_node_id": {"type": "string"}}, {"run_block_id": {"type": "string"}, "run_other_id": {"type": "string"}},
         [("run_node_id", "run_block_id")]),
        # exactly at the threshold (a ratio of 0.6)
        ({"stage": {"type": "string"}}, {"stack": {"type": "string"}}, [("stage", "stack")]),
    ],
)  # fmt: skip
def test_renamed_properties_pair_one_to_one(
    before: dict[str, Any], after: dict[str, Any], renames: list[tuple[str, str]]
) -> None:
    found = report(document(run(before)), document(run(after)))
    assert [(row[1], row[2]) for row in found if row[0] == "response-property-renamed"] == [
        (f"Run.{old}", f"property {old!r} renamed {new!r}") for old, new in renames
    ]


UNION = {"oneOf": [{"type": "string"}, {"type": "integer"}]}


@pytest.mark.parametrize(
    ("before", "after", "rows"),
    [
        (
            {"anyOf": [{"$ref": REF + "U"}, {"type": "boolean"}]},
            {"type": "boolean"},
            ["type union | boolean became boolean"],
        ),
        ({"anyOf": [UNION, {"type": "boolean"}]}, {"type": "boolean"}, ["type union | boolean became boolean"]),
        (
            {"type": "object", "additionalProperties": {"type": "string"}},
            {"type": "string"},
            ["type map became string"],
        ),
        (
            {"type": "object", "properties": {}, "additionalProperties": {}},
            {"type": "string"},
            ["type object became string"],
        ),
        ({"type": "object"}, {"type": "string"}, ["type object became string"]),
        ({"properties": {"a": {}}}, {"type": "string"}, ["type object became string"]),
        ({"$ref": REF + "Nope"}, {"type": "string"}, ["type any became string"]),
        ({"type": ["string", "null"]}, {"type": "integer"}, ["type string became integer", "no longer null"]),
        (
            {"type": ["string", "integer", "null"]},
            {"type": "boolean"},
            ["type integer|string became boolean", "no longer null"],
        ),
        (
            {"anyOf": [{"type": "string"}, {"type": "null"}]},
            {"type": "integer"},
            ["type string became integer", "no longer null"],
        ),
    ],
)
def test_each_kind_of_schema_is_named_in_a_type_change(
    before: dict[str, Any], after: dict[str, Any], rows: list[str]
) -> None:
    old, new = document({**run({"v": before}), "U": UNION}), document({**run({"v": after}), "U": UNION})
    assert [row[2] for row in report(old, new)] == rows


@pytest.mark.parametrize(
    ("before", "after", "rows"),
    [
        ({"type": "array", "items": {"type": "string"}}, {"type": "array", "items": {"type": "integer"}},
         [("response-property-type-changed", "Run.v[]", "type string became integer")]),
        ({"type": "object", "additionalProperties": {"type": "string"}},
         {"type": "object", "additionalProperties": {"type": "integer"}},
         [("response-property-type-changed", "Run.v{}", "type string became integer")]),
        ({"type": "object"}, {"type": "object", "properties": {"a": {"type": "string"}}},
         [("response-optional-property-added", "Run.v.a", "optional property 'a' added")]),
        ({"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "object"},
         [("response-optional-property-removed", "Run.v.a", "optional property 'a' removed")]),
        # an object with properties: its extra keys are said by the properties' rows, not as a shape
        ({"type": "object", "properties": {"a": {}}, "additionalProperties": False},
         {"type": "object", "properties": {"a": {}}}, []),
        ({"type": "string", "deprecated": True}, {"type": "string", "deprecated": True}, []),
        ({"type": "string", "default": "a"}, {"type": "string"},
         [("response-property-default-removed", "Run.v", "default 'a' removed (a missing key no longer reads as it)")]),
        ({"type": "string"}, {"type": "string", "default": "a"},
         [("response-property-default-added", "Run.v", "default 'a' added")]),
    ],
)  # fmt: skip
def test_items_extra_keys_properties_and_defaults_are_followed(
    before: dict[str, Any], after: dict[str, Any], rows: list[tuple[str, str, str]]
) -> None:
    assert report(document(run({"v": before})), document(run({"v": after}))) == rows


def test_a_format_that_appears_on_what_the_client_sends_tightens_it() -> None:
    plain, formatted = api(), api()
    props(formatted, "Body")["note"]["format"] = "email"
    assert report(plain, formatted) == [
        ("request-property-constraint-tightened", "Body.note", "format none became 'email'")
    ]
    assert report(formatted, plain) == [
        ("request-property-constraint-loosened", "Body.note", "format 'email' became none")
    ]
