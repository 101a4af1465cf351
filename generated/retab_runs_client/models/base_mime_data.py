"""The BaseMIMEData model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

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
        "id",
        "filename",
        "mime_type",
    }
)


@_attrs_define(repr=False)
class BaseMIMEData:
    """Reference to a stored file.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        id (str): Id of the file.
        filename (str): Name of the file.
        mime_type (str): Media type of the file (e.g. `application/pdf`).
    """

    id: str
    filename: str
    mime_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        out: dict[str, Any] = {}
        out["id"] = self.id
        out["filename"] = self.filename
        out["mime_type"] = self.mime_type
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
        _v = src.get("id", UNSET)
        id_: str
        if _v is UNSET:
            raise ModelParseError.missing(["id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["id"], "a string", _v)
        id_ = _v
        _v = src.get("filename", UNSET)
        filename_: str
        if _v is UNSET:
            raise ModelParseError.missing(["filename"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["filename"], "a string", _v)
        filename_ = _v
        _v = src.get("mime_type", UNSET)
        mime_type_: str
        if _v is UNSET:
            raise ModelParseError.missing(["mime_type"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["mime_type"], "a string", _v)
        mime_type_ = _v
        obj = cls(
            id=id_,
            filename=filename_,
            mime_type=mime_type_,
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
