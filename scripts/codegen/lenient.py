"""The spec as validate_run's fast path must read it, for the msgspec Structs.

Two departures from a literal reading, each so that a valid record never leaves the
fast path for the detailed checker:

- JSON Schema counts ``2.0`` as an integer, msgspec's ``int`` does not: every
  ``type: integer`` becomes ``type: number, multipleOf: 1`` (a float that is whole).
- Under ``profile="compatible"`` any string is a valid enum value: ``enum`` goes, the
  string type stays.
"""

from __future__ import annotations

from typing import Any

__all__ = ["fast_path_spec"]


def fast_path_spec(node: Any, *, open_enums: bool) -> Any:
    """A copy of ``node`` (a spec or part of one) with integers widened and, if asked, enums opened."""
    if isinstance(node, list):
        return [fast_path_spec(item, open_enums=open_enums) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: fast_path_spec(value, open_enums=open_enums) for key, value in node.items()}
    if out.get("type") == "integer":
        out["type"] = "number"
        out["multipleOf"] = 1
    if open_enums and isinstance(out.get("enum"), list):  # a list: not a property named "enum"
        del out["enum"]
    return out
