"""The UnknownLifecycle model. Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define

from ..errors import ModelParseError
from ..types import model_repr

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define
class UnknownLifecycle:
    """A variant this contract does not list (a ``status`` added later by the API), kept as it came.

    Matches no known variant's class, so ``match``/``isinstance`` narrow it apart; ``to_dict``
    gives the object back unchanged.

    Attributes:
        status (str): The value that named the variant.
        raw (dict[str, Any]): The object as it came.
    """

    status: str
    raw: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The object as it came (a shallow copy)."""
        return dict(self.raw)

    def _to_dict(self) -> dict[str, Any]:
        return dict(self.raw)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Keep ``src_dict`` whole.

        Raises:
            ModelParseError: it is not an object, or its ``status`` is missing or not a string.
        """
        return cls._from_dict(src_dict)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], _own: bool = False) -> Self:
        if not isinstance(src_dict, Mapping):
            raise ModelParseError.wrong_type([], "an object", src_dict)
        value = src_dict.get("status")
        if not isinstance(value, str):
            if value is None and "status" not in src_dict:
                raise ModelParseError.missing(["status"])
            raise ModelParseError.wrong_type(["status"], "a string", value)
        raw = src_dict if _own and isinstance(src_dict, dict) else dict(src_dict)
        return cls(value, raw)

    def __repr__(self) -> str:
        return model_repr(self)
