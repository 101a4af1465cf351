"""The ErrorResponse model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

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
        "detail",
    }
)


@_attrs_define(repr=False)
class ErrorResponse:
    """Body of an error response. `detail` is usually a sentence, but may be a list
    of validation problems or an object; other keys may appear.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        detail (Any | Unset): What went wrong.
    """

    detail: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        out: dict[str, Any] = {}
        detail_ = self.detail
        if not isinstance(detail_, Unset):
            out["detail"] = detail_
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
        _v = src.get("detail", UNSET)
        detail_: Any | Unset
        if _v is UNSET:
            detail_ = UNSET
        else:
            if json_type(_v) not in ("array", "null", "object", "string"):
                raise ModelParseError.wrong_type(["detail"], "array or null or object or string", _v)
            detail_ = _v
        obj = cls(
            detail=detail_,
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
