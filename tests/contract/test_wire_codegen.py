"""scripts/codegen/wire.py: what the strict fast path's Structs and converters say of a spec."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from tests.spec import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

from codegen.shapes import Planner, UnsupportedSchema  # noqa: E402
from codegen.wire import Wire  # noqa: E402


def spec(props: dict[str, Any], **extra: Any) -> dict[str, Any]:
    thing = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, **props}, **extra}
    return {"components": {"schemas": {"Thing": thing}}}


def test_optional_keys_are_unset_when_absent_and_unknown_keys_are_forbidden() -> None:
    text = Wire(Planner(spec({"count": {"type": "integer", "minimum": 0}, "ratio": {"type": "number"}}))).module_text(
        "x.yaml", 200
    )
    assert "class ThingStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):" in text
    assert "    id: str\n" in text
    assert "    count: Annotated[int, Meta(ge=0)] | UnsetType = UNSET\n" in text
    assert "    ratio: int | float | UnsetType = UNSET\n" in text  # a JSON 1 stays 1


def test_an_era_the_structs_can_see_is_refused_by_the_converter() -> None:
    era = {"name": "old", "present": ["status"], "absent": ["lifecycle"], "message": "is an old record"}
    wire = Wire(Planner(spec({"status": {"type": "string"}}, **{"x-retab-eras": [era]})))
    assert wire.era_tests("Thing") == [("s.status is not UNSET", "is an old record")]  # lifecycle: no such key
    assert "    if s.status is not UNSET:" in wire.converter("Thing")
    unseen = {**era, "present": ["lifecycle"]}  # a key the Structs refuse: the checked path names the era
    assert Wire(Planner(spec({}, **{"x-retab-eras": [unseen]}))).era_tests("Thing") == []


def test_a_property_named_as_a_type_of_the_structs_is_refused() -> None:
    with pytest.raises(UnsupportedSchema, match="Thing.int"):
        Wire(Planner(spec({"int": {"type": "integer"}}))).module_text("x.yaml", 200)


def union_spec(a_props: dict[str, Any]) -> dict[str, Any]:
    lifecycle = {
        "oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}],
        "discriminator": {
            "propertyName": "status",
            "mapping": {"a": "#/components/schemas/A", "b": "#/components/schemas/B"},
        },
    }
    schemas = spec({"lifecycle": lifecycle})["components"]["schemas"]
    schemas["A"] = {"type": "object", "properties": a_props}
    schemas["B"] = {
        "type": "object",
        "properties": {"status": {"type": "string", "default": "b"}, "n": {"type": "integer"}},
    }
    return {"components": {"schemas": schemas}}


def test_a_discriminated_union_is_a_tagged_union_of_structs_with_a_converter_each() -> None:
    text = Wire(Planner(union_spec({"status": {"type": "string"}}))).module_text("x.yaml", 200)
    assert "    lifecycle: msgspec.Raw | UnsetType = UNSET\n" in text  # decoded by the union's own decoder
    assert "_decode_Thing_lifecycle: Callable[[Any], Any] = msgspec.json.Decoder(ATaggedStruct | BTaggedStruct)" in text
    assert 'class BTaggedStruct(\n    Struct, tag_field="status", tag="b",' in text.replace("'", '"')
    assert "    n: int | UnsetType = UNSET\n" in text  # the tag is no field of the tagged Struct
    assert "def build_b_tagged(s: Any) -> B:" in text and "obj.status = 'b'" in text
    assert "    BTaggedStruct: build_b_tagged,\n" in text


def test_a_variant_that_does_not_name_the_tag_keeps_it_as_an_extra_key() -> None:
    text = Wire(Planner(union_spec({}))).module_text("x.yaml", 200)
    assert "obj._extra = {'status': 'a'}" in text  # as the checked path keeps a key the spec does not name


def test_an_untyped_page_the_generation_names_gets_a_page_struct() -> None:
    props = {"data": {"type": "array", "items": {}}, "list_metadata": {"$ref": "#/components/schemas/M"}}
    page = {"type": "object", "required": ["data", "list_metadata"], "properties": props}
    schemas = {**spec({})["components"]["schemas"], "Page": page, "M": {"type": "object", "properties": {}}}
    text = Wire(Planner({"components": {"schemas": schemas}}), {"Thing": "Page"}).module_text("x.yaml", 200)
    assert "class ThingPageStruct(" in text and "    data: list[ThingStruct]\n    list_metadata: MStruct\n" in text
    assert "    'Thing': (ThingPageStruct, build_thing, build_m),\n" in text
