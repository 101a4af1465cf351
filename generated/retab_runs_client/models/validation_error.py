"""The ValidationError model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, Unset, json_type, model_repr

if TYPE_CHECKING:
    from typing_extensions import Self

_FIELDS = frozenset(
    {
        "loc",
        "msg",
        "type",
        "input",
        "ctx",
    }
)


@_attrs_define(repr=False)
class ValidationError:
    """One invalid parameter.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        loc (list[Any]): Where the problem is, e.g. `["query", "access_token"]`.
        msg (str): What is wrong, for people.
        type (str): What is wrong, for programs.
        input (Any | Unset): The value that was rejected.
        ctx (dict[str, Any] | Unset): Values the message was built from.
    """

    loc: list[Any]
    msg: str
    type: str
    input: Any | Unset = UNSET
    ctx: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        out: dict[str, Any] = {}
        out["loc"] = self.loc
        out["msg"] = self.msg
        out["type"] = self.type
        input_ = self.input
        if not isinstance(input_, Unset):
            out["input"] = input_
        ctx_ = self.ctx
        if not isinstance(ctx_, Unset):
            out["ctx"] = ctx_
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
        _v = src.get("loc", UNSET)
        loc_: list[Any]
        if _v is UNSET:
            raise ModelParseError.missing(["loc"])
        if _v.__class__ is not list and not isinstance(_v, list):
            raise ModelParseError.wrong_type(["loc"], "an array", _v)
        _items_loc4: list[Any] = []
        _y_loc3: Any
        for _i_loc1, _x_loc2 in enumerate(_v):
            if json_type(_x_loc2) not in ("integer", "string"):
                raise ModelParseError.wrong_type(["loc", _i_loc1], "integer or string", _x_loc2)
            _y_loc3 = _x_loc2
            _items_loc4.append(_y_loc3)
        loc_ = _items_loc4
        _v = src.get("msg", UNSET)
        msg_: str
        if _v is UNSET:
            raise ModelParseError.missing(["msg"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["msg"], "a string", _v)
        msg_ = _v
        _v = src.get("type", UNSET)
        type_: str
        if _v is UNSET:
            raise ModelParseError.missing(["type"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["type"], "a string", _v)
        type_ = _v
        _v = src.get("input", UNSET)
        input_: Any | Unset
        if _v is UNSET:
            input_ = UNSET
        else:
            input_ = _v
        _v = src.get("ctx", UNSET)
        ctx_: dict[str, Any] | Unset
        if _v is UNSET:
            ctx_ = UNSET
        else:
            if _v.__class__ is not dict and not isinstance(_v, dict):
                raise ModelParseError.wrong_type(["ctx"], "an object", _v)
            ctx_ = _v
        obj = cls(
            loc=loc_,
            msg=msg_,
            type=type_,
            input=input_,
            ctx=ctx_,
        )
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
