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
