"""The TokenUsage model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, model_repr

if TYPE_CHECKING:
    from typing_extensions import Self

_FIELDS = frozenset(
    {
        "input",
        "output",
        "total",
    }
)


@_attrs_define(repr=False)
class TokenUsage:
    """Tokens used by language model calls.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        input (int): Input (prompt) tokens.
        output (int): Output (completion) tokens.
        total (int): Input plus output tokens.
    """

    input: int = 0
    output: int = 0
    total: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        out: dict[str, Any] = {}
        input_ = self.input
        if "input" not in self._absent or input_ != 0:
            out["input"] = input_
        output_ = self.output
        if "output" not in self._absent or output_ != 0:
            out["output"] = output_
        total_ = self.total
        if "total" not in self._absent or total_ != 0:
            out["total"] = total_
        if self.additional_properties:
            for key, value in self.additional_properties.items():
                out.setdefault(key, value)
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Absent keys take their spec default.

        Raises:
            ModelParseError: a required key is missing or a value has the wrong type;
                its ``path`` says where (e.g. ``steps[3].status``).
        """
        src = src_dict
        if src.__class__ is not dict and not isinstance(src, Mapping):
            raise ModelParseError.wrong_type([], "an object", src)
        absent: tuple[str, ...] = ()
        _v = src.get("input", UNSET)
        input_: int
        if _v is UNSET:
            input_ = 0
            absent += ("input",)
        else:
            if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                if not (isinstance(_v, float) and _v.is_integer()):
                    raise ModelParseError.wrong_type(["input"], "an integer", _v)
                _v = int(_v)
            input_ = _v
        _v = src.get("output", UNSET)
        output_: int
        if _v is UNSET:
            output_ = 0
            absent += ("output",)
        else:
            if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                if not (isinstance(_v, float) and _v.is_integer()):
                    raise ModelParseError.wrong_type(["output"], "an integer", _v)
                _v = int(_v)
            output_ = _v
        _v = src.get("total", UNSET)
        total_: int
        if _v is UNSET:
            total_ = 0
            absent += ("total",)
        else:
            if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                if not (isinstance(_v, float) and _v.is_integer()):
                    raise ModelParseError.wrong_type(["total"], "an integer", _v)
                _v = int(_v)
            total_ = _v
        obj = cls(
            input=input_,
            output=output_,
            total=total_,
        )
        obj._absent = absent
        if not _FIELDS.issuperset(src):
            obj.additional_properties = {k: v for k, v in src.items() if k not in _FIELDS}
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
