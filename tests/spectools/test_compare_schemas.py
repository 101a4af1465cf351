"""How two schemas at one place are compared: enums and consts, defaults beside a reference,
nullability written two ways, unions inside unions, components inlined or named, boolean schemas.

Each case is a hand-made spec pair (one GET answering ``Run``, and a POST taking it where the
request side matters), read as its whole report: every row, where it is, its message and its
level for each audience (``client``, ``strict``).
"""

from __future__ import annotations

from typing import Any

from scripts.spectools.compare import compare
from scripts.spectools.report import findings

REF = "#/components/schemas/"
Row = tuple[str, str, str, str, str]


def document(properties: dict[str, Any], **components: Any) -> dict[str, Any]:
    """A spec whose GET answers ``Run`` (these properties, none required) and whose POST takes it."""
    run = {"$ref": REF + "Run"}
    content = {"application/json": {"schema": run}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/runs": {
                "get": {"operationId": "get_run", "responses": {"200": {"description": "", "content": content}}},
                "post": {
                    "operationId": "create_run",
                    "requestBody": {"required": True, "content": content},
                    "responses": {"204": {"description": ""}},
                },
            }
        },
        "components": {"schemas": {"Run": {"type": "object", "properties": properties}, **components}},
    }


def report(old: dict[str, Any], new: dict[str, Any]) -> list[Row]:
    """Every row of the report, sorted (by rule, then place): a row reported twice shows twice."""
    return sorted((f.id, f.where, f.client, f.strict, f.message) for f in findings(compare(old, new), old, new))


def both(rule: str, where: str, message: str, response: tuple[str, str], request: tuple[str, str]) -> list[Row]:
    """The same change read once as an answer and once as what the client sends."""
    return [
        (f"request-property-{rule}", where, *request, message),
        (f"response-property-{rule}", where, *response, message),
    ]


# -- enums and consts ------------------------------------------------------------------------


def test_an_enum_that_appears_or_goes_names_its_values() -> None:
    plain = document({"mode": {"type": "string"}})
    limited = document({"mode": {"type": "string", "enum": ["a", "b"]}})
    assert report(plain, limited) == [
        ("request-property-enum-added", "Run.mode", "error", "info",
         "enum ['a', 'b'] now limits a property that had none"),
        ("response-property-enum-added", "Run.mode", "warning", "info",
         "enum ['a', 'b'] now limits a property that had none (the generated type becomes an enum)"),
    ]  # fmt: skip
    assert report(limited, plain) == [
        ("request-property-enum-removed", "Run.mode", "info", "error", "enum ['a', 'b'] removed: any value is allowed"),
        ("response-property-enum-removed", "Run.mode", "warning", "error",
         "enum ['a', 'b'] removed: any value is allowed"),
    ]  # fmt: skip


def test_an_enum_narrowed_to_a_const_compares_the_values() -> None:
    # `const: "a"` still allows one value: 'b' went, nothing was lifted
    listed = document({"mode": {"type": "string", "enum": ["a", "b"]}})
    single = document({"mode": {"type": "string", "const": "a"}})
    assert report(listed, single) == [
        ("request-property-enum-value-removed", "Run.mode", "error", "info", "enum value 'b' removed"),
        ("response-property-enum-value-removed", "Run.mode", "error", "info", "enum value 'b' removed"),
    ]
    assert report(single, listed) == [
        ("request-property-enum-added", "Run.mode", "error", "info",
         "enum ['a', 'b'] now limits a property that had none"),
        ("request-property-enum-value-added", "Run.mode", "info", "error", "enum value 'b' added"),
        ("response-property-enum-added", "Run.mode", "warning", "info",
         "enum ['a', 'b'] now limits a property that had none (the generated type becomes an enum)"),
        ("response-property-enum-value-added", "Run.mode", "info", "error", "enum value 'b' added"),
    ]  # fmt: skip


def test_a_const_that_changed_is_one_value_removed_and_one_added() -> None:
    old, new = document({"kind": {"const": "a"}}), document({"kind": {"const": "b"}})
    assert report(old, new) == [
        ("request-property-enum-value-added", "Run.kind", "info", "error", "enum value 'b' added"),
        ("request-property-enum-value-removed", "Run.kind", "error", "info", "enum value 'a' removed"),
        ("response-property-enum-value-added", "Run.kind", "info", "error", "enum value 'b' added"),
        ("response-property-enum-value-removed", "Run.kind", "error", "info", "enum value 'a' removed"),
    ]
    assert report(old, document({"kind": {"const": "a"}})) == []


def test_a_const_beside_nothing_comparable_is_read_without_error() -> None:
    # a const on one side only (no enum either side): the values cannot be set side by side
    old = document({"kind": {"type": "string", "const": "a"}, "note": {"type": "string"}})
    new = document({"kind": {"type": "string"}})
    assert ("response-optional-property-removed", "Run.note", "error", "info", "optional property 'note' removed") in (
        report(old, new)
    )
    assert ("response-optional-property-added", "Run.note", "info", "info", "optional property 'note' added") in (
        report(new, old)
    )


# -- defaults beside a reference ---------------------------------------------------------------

MODE = {"type": "string", "enum": ["a", "b"], "default": "a"}


def test_a_default_written_beside_a_reference_or_in_the_component_is_the_same_default() -> None:
    in_component = document({"mode": {"$ref": REF + "Mode"}}, Mode=MODE)
    beside = document({"mode": {"$ref": REF + "Mode", "default": "a"}}, Mode=MODE)
    assert report(in_component, beside) == []
    assert report(beside, in_component) == []


def test_a_default_beside_a_reference_is_compared_with_the_components_own() -> None:
    in_component = document({"mode": {"$ref": REF + "Mode"}}, Mode=MODE)
    other = document({"mode": {"$ref": REF + "Mode", "default": "b"}}, Mode=MODE)
    assert report(in_component, other) == both(
        "default-changed", "Run.mode", "default 'a' became 'b'", ("warning", "info"), ("warning", "info")
    )
    assert report(other, in_component) == both(
        "default-changed", "Run.mode", "default 'b' became 'a'", ("warning", "info"), ("warning", "info")
    )


def test_a_named_enum_inlined_with_another_default_reports_it_once() -> None:
    named = document({"mode": {"$ref": REF + "Mode"}}, Mode=MODE)
    inline = document({"mode": {**MODE, "default": "b"}})
    assert report(named, inline) == both(
        "default-changed", "Run.mode", "default 'a' became 'b'", ("warning", "info"), ("warning", "info")
    )
    assert report(inline, named) == both(
        "default-changed", "Run.mode", "default 'b' became 'a'", ("warning", "info"), ("warning", "info")
    )


# -- components inlined or named ---------------------------------------------------------------


def test_a_component_inlined_or_an_inline_schema_named_is_no_schema_change() -> None:
    # the wire format is the same: neither a schema removed nor one added
    named = document({"mode": {"$ref": REF + "Mode"}}, Mode=MODE)
    inline = document({"mode": MODE})
    assert report(named, inline) == []
    assert report(inline, named) == []


def test_a_reference_outside_the_components_is_named_by_the_whole_reference() -> None:
    # a $ref the comparison cannot follow reads as any schema, under the reference it names
    old = document({"mode": {"$ref": REF + "Mode"}}, Mode={"type": "string"})
    new = document({"mode": {"$ref": "#/$defs/Mode"}}, Mode={"type": "string"})
    assert report(old, new) == both(
        "type-changed", "#/$defs/Mode", "type string became any", ("error", "error"), ("error", "error")
    )


# -- nullability and unions --------------------------------------------------------------------


def test_null_written_in_a_union_or_in_a_type_list_is_the_same() -> None:
    in_union = document({"note": {"anyOf": [{"type": "string"}, {"type": "null"}]}})
    in_types = document({"note": {"type": ["string", "null"]}})
    assert report(in_union, in_types) == []
    assert report(in_types, in_union) == []


def test_a_type_list_of_null_alone_reads_as_any() -> None:
    old, new = document({"v": {"type": ["null"]}}), document({"v": {"type": "string"}})
    assert report(old, new) == [
        ("request-property-became-not-nullable", "Run.v", "error", "info", "may no longer be null"),
        ("request-property-type-changed", "Run.v", "error", "error", "type any became string"),
        ("response-property-became-not-nullable", "Run.v", "info", "info", "no longer null"),
        ("response-property-type-changed", "Run.v", "error", "error", "type any became string"),
    ]


def test_a_nullable_map_is_still_a_map() -> None:
    strings = {"type": "string"}
    old = document({"tags": {"type": ["object", "null"], "additionalProperties": strings}})
    new = document({"tags": {"type": "object", "additionalProperties": strings}})
    assert report(old, new) == [
        ("request-property-became-not-nullable", "Run.tags", "error", "info", "may no longer be null"),
        ("response-property-became-not-nullable", "Run.tags", "info", "info", "no longer null"),
    ]


def test_a_union_written_with_any_of_or_one_of_is_the_same_kind_for_a_rename() -> None:
    ids = [{"type": "string"}, {"type": "integer"}]
    old, new = document({"node_id": {"anyOf": ids}}), document({"block_id": {"oneOf": ids}})
    assert report(old, new) == both(
        "renamed", "Run.node_id", "property 'node_id' renamed 'block_id'", ("error", "error"), ("error", "error")
    )


# -- boolean schemas -----------------------------------------------------------------------------


def test_boolean_schemas_at_a_property_or_behind_a_reference_are_read_without_error() -> None:
    note = {"note": {"type": "string"}}
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = [
        ({"v": True}, {"v": True}),
        ({"v": True}, {"v": {"type": "string"}}),
        ({"v": {"type": "string"}}, {"v": True}),
        ({"v": {"$ref": REF + "Anything"}}, {"v": {"type": "string"}}),
        ({"v": {"type": "string"}}, {"v": {"$ref": REF + "Anything"}}),
    ]
    for before, after in pairs:
        old, new = document({**before, **note}, Anything=True), document(after, Anything=True)
        assert (
            "response-optional-property-removed",
            "Run.note",
            "error",
            "info",
            "optional property 'note' removed",
        ) in (report(old, new)), (before, after)


# -- discriminated unions: each row says what changed, with both sides ---------------------------


def told_apart(prop: str, values: dict[str, str], mapped: bool = True) -> dict[str, Any]:
    """A Run whose ``lifecycle`` is a union of components told apart by ``prop``: value -> variant."""
    variants = {
        name: {"type": "object", "properties": {prop: {"type": "string", "const": value}}}
        for value, name in values.items()
    }
    union: dict[str, Any] = {"oneOf": [{"$ref": REF + name} for name in values.values()],
                             "discriminator": {"propertyName": prop}}  # fmt: skip
    if mapped:
        union["discriminator"]["mapping"] = {value: REF + name for value, name in values.items()}
    return document({"lifecycle": union}, **variants)


def answers(old: dict[str, Any], new: dict[str, Any]) -> list[Row]:
    """The rows about answers (a Run is also sent, whose rows say the same of requests)."""
    return [row for row in report(old, new) if not row[0].startswith("request-")]


def test_a_discriminator_that_appears_names_its_property() -> None:
    told = told_apart("status", {"pending": "PendingRun", "done": "DoneRun"})
    plain = told_apart("status", {"pending": "PendingRun", "done": "DoneRun"})
    del plain["components"]["schemas"]["Run"]["properties"]["lifecycle"]["discriminator"]
    assert answers(plain, told) == [
        ("response-discriminator-added", "Run.lifecycle", "info", "info", "the union is now told apart by 'status'")
    ]


def test_a_discriminator_property_changed_names_both() -> None:
    values = {"pending": "PendingRun", "done": "DoneRun"}
    assert answers(told_apart("kind", values), told_apart("status", values)) == [
        ("response-discriminator-property-changed", "Run.lifecycle", "error", "error",
         "the union is told apart by 'status' instead of 'kind' (every variant's 'kind' is gone)"),
    ]  # fmt: skip


def test_variants_that_swap_values_name_both_variants_of_each_value() -> None:
    old = told_apart("status", {"pending": "PendingRun", "done": "DoneRun"})
    new = told_apart("status", {"pending": "PendingRun", "done": "DoneRun"})
    new["components"]["schemas"]["Run"]["properties"]["lifecycle"]["discriminator"]["mapping"] = {
        "pending": REF + "DoneRun",
        "done": REF + "PendingRun",
    }
    assert answers(old, new) == [
        ("response-discriminator-mapping-changed", "Run.lifecycle", "error", "error",
         "variant 'done' is now PendingRun (was DoneRun, which became another variant)"),
        ("response-discriminator-mapping-changed", "Run.lifecycle", "error", "error",
         "variant 'pending' is now DoneRun (was PendingRun, which became another variant)"),
    ]  # fmt: skip


def test_a_variant_renamed_names_both_values_and_both_variants() -> None:
    old = told_apart("status", {"pending": "PendingRun", "waiting": "WaitingRun"})
    new = told_apart("status", {"pending": "PendingRun", "awaiting": "AwaitingRun"})
    assert answers(old, new) == [
        ("response-discriminator-value-renamed", "Run.lifecycle", "error", "error",
         "variant 'waiting' (WaitingRun) renamed 'awaiting' (AwaitingRun)"),
        ("response-property-enum-value-added", "AwaitingRun.status", "info", "error", "enum value 'awaiting' added"),
        ("response-property-enum-value-removed", "AwaitingRun.status", "error", "info", "enum value 'waiting' removed"),
        ("schema-renamed", "components.schemas.WaitingRun", "warning", "info",
         "schema 'WaitingRun' renamed 'AwaitingRun' (found at the same place or with the same structure)"),
    ]  # fmt: skip


def test_a_variant_left_without_a_counterpart_is_removed_not_renamed() -> None:
    # three variants become two: the one left over has no partner to be renamed to
    old = told_apart("status", {"pending": "PendingRun", "waiting": "WaitingRun", "done": "DoneRun"})
    new = told_apart("status", {"pending": "PendingRun", "finished": "FinishedRun"})
    assert [row for row in answers(old, new) if row[1] == "Run.lifecycle"] == [
        ("response-discriminator-value-removed", "Run.lifecycle", "error", "info", "variant 'done' (DoneRun) removed"),
        ("response-discriminator-value-renamed", "Run.lifecycle", "error", "error",
         "variant 'waiting' (WaitingRun) renamed 'finished' (FinishedRun)"),
        ("response-property-type-changed", "Run.lifecycle", "error", "error",
         "type a union of 3 objects became a union of 2 objects"),
    ]  # fmt: skip


def test_a_variant_that_takes_anothers_value_leaves_its_own_removed() -> None:
    # PendingRun now answers 'done' (DoneRun's value): 'pending' is gone, not renamed to a value in use
    old = told_apart("status", {"pending": "PendingRun", "done": "DoneRun"})
    new = told_apart("status", {"done": "PendingRun"})
    found = answers(old, new)
    assert ("response-discriminator-value-removed", "Run.lifecycle", "error", "info",
            "variant 'pending' (PendingRun) removed") in found  # fmt: skip
    assert not [row for row in found if row[0] == "response-discriminator-value-renamed"]


def test_a_union_that_became_one_inline_object_compares_the_values_at_the_property() -> None:
    old = told_apart("type", {"manual": "ManualTrigger", "api": "ApiTrigger"})
    enum = {"type": "object", "properties": {"type": {"type": "string", "enum": ["manual", "api", "custom"]}}}
    new = document({"lifecycle": enum})
    assert answers(old, new) == [
        ("response-property-enum-value-added", "Run.lifecycle.type", "info", "error", "enum value 'custom' added"),
        (
            "response-property-type-changed",
            "Run.lifecycle",
            "error",
            "error",
            "type a union of 2 objects became object",
        ),
        ("schema-removed", "components.schemas.ApiTrigger", "warning", "info", "schema 'ApiTrigger' no longer used"),
    ]


# -- union alternatives paired by what they hold, whatever their order --------------------------


def union(*alternatives: dict[str, Any]) -> dict[str, Any]:
    return document({"v": {"anyOf": list(alternatives)}})


def props(*names: str, **consts: Any) -> dict[str, Any]:
    """An inline object with these (string) properties and these constant ones."""
    found: dict[str, Any] = {name: {"type": "string"} for name in names}
    found.update({name: value for name, value in consts.items()})
    return {"type": "object", "properties": found}


def test_alternatives_are_paired_by_the_property_names_they_share() -> None:
    old = union(props("x", "y"), props("p", "q"))
    new = union(props("p", "q", "r"), props("x", "y", "z"))
    assert answers(old, new) == [
        ("response-optional-property-added", "Run.v.r", "info", "info", "optional property 'r' added"),
        ("response-optional-property-added", "Run.v.z", "info", "info", "optional property 'z' added"),
    ]


def test_alternatives_with_the_same_names_are_paired_by_their_constants() -> None:
    # reordered, nothing else: no row (paired the other way, 'a' and 'b' would swap and v change type)
    for a, b in (({"const": "a"}, {"const": "b"}), ({"enum": ["a"]}, {"enum": ["b"]})):
        first = props(kind=a, v={"type": "string"})
        second = props(kind=b, v={"type": "integer"})
        assert report(union(first, second), union(second, first)) == [], a


# -- a union's own default -----------------------------------------------------------------------


def test_the_default_of_a_nullable_union_is_compared() -> None:
    # pydantic writes an optional field as `anyOf: [X, null]` with its default beside the anyOf
    def nullable(**default: Any) -> dict[str, Any]:
        return document({"note": {"anyOf": [{"type": "string"}, {"type": "null"}], **default}})

    assert report(nullable(default=None), nullable(default="x")) == both(
        "default-changed", "Run.note", "default None became 'x'", ("warning", "info"), ("warning", "info")
    )
    assert report(nullable(default=None), nullable()) == [
        ("request-property-default-removed", "Run.note", "warning", "info", "default None removed"),
        ("response-property-default-removed", "Run.note", "warning", "info",
         "default None removed (a missing key no longer reads as it)"),
    ]  # fmt: skip
    assert report(nullable(), nullable(default="x")) == both(
        "default-added", "Run.note", "default 'x' added", ("info", "info"), ("info", "info")
    )
    assert report(nullable(default=None), nullable(default=None)) == []


def test_a_default_kept_while_a_property_became_nullable_is_no_default_change() -> None:
    plain = document({"note": {"type": "string", "default": "x"}})
    nullable = document({"note": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": "x"}})
    assert [row[0] for row in report(plain, nullable)] == [
        "request-property-became-nullable",
        "response-property-became-nullable",
    ]


def test_an_alternative_is_paired_with_its_match_not_with_a_larger_one_sharing_as_much() -> None:
    # {a} matches {a} exactly; {a, f} shares 'a' with it too, but half of what it holds (paired the
    # other way, its integer 'a' would read as retyped)
    larger = {"type": "object", "properties": {"a": {"type": "integer"}, "f": {"type": "string"}}}
    old, new = union(props("a"), larger), union(props("d"), props("a"))
    assert answers(old, new) == [
        ("response-optional-property-added", "Run.v.d", "info", "info", "optional property 'd' added"),
        ("response-optional-property-removed", "Run.v.a", "error", "info", "optional property 'a' removed"),
        ("response-optional-property-removed", "Run.v.f", "error", "info", "optional property 'f' removed"),
    ]


def test_the_defaults_of_a_unions_alternatives_are_compared_when_the_union_has_none() -> None:
    def union_of(default: str) -> dict[str, Any]:
        return document({"v": {"oneOf": [{"type": "string", "default": default}, {"type": "integer"}]}})

    assert report(union_of("a"), union_of("b")) == both(
        "default-changed", "Run.v", "default 'a' became 'b'", ("warning", "info"), ("warning", "info")
    )


def test_null_alone_written_as_a_type_or_a_type_list_is_the_same() -> None:
    as_list, as_type = document({"v": {"type": ["null"]}}), document({"v": {"type": "null"}})
    assert report(as_list, as_type) == []
    assert report(as_type, as_list) == []


def test_the_default_of_a_one_of_union_is_compared() -> None:
    def either(default: Any) -> dict[str, Any]:
        return document({"v": {"oneOf": [{"type": "string"}, {"type": "integer"}], "default": default}})

    assert report(either("a"), either(1)) == both(
        "default-changed", "Run.v", "default 'a' became 1", ("warning", "info"), ("warning", "info")
    )


def test_a_plain_property_retyped_reports_the_type_not_also_its_default() -> None:
    old = document({"limit": {"type": "integer", "default": 20}})
    new = document({"limit": {"type": "string", "default": "20"}})
    assert [row[0] for row in report(old, new)] == ["request-property-type-changed", "response-property-type-changed"]
