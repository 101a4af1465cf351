"""The IterationContextData model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, model_repr
from .container_context_data import ContainerContextData

if TYPE_CHECKING:
    from typing_extensions import Self

_FIELDS = frozenset(
    {
        "containers",
    }
)


@_attrs_define(repr=False)
class IterationContextData:
    """The containers a step runs inside, outermost first.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        containers (list[ContainerContextData]): Containers from outermost to innermost.
    """

    containers: list[ContainerContextData] = _attrs_field(factory=list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        out: dict[str, Any] = {}
        containers_ = self.containers
        if "containers" not in self._absent or containers_ != []:
            out["containers"] = [_v_containers1.to_dict() for _v_containers1 in containers_]
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
        _v = src.get("containers", UNSET)
        containers_: list[ContainerContextData]
        if _v is UNSET:
            containers_ = []
            absent += ("containers",)
        else:
            if _v.__class__ is not list and not isinstance(_v, list):
                raise ModelParseError.wrong_type(["containers"], "an array", _v)
            _items_containers5: list[ContainerContextData] = []
            _y_containers3: ContainerContextData
            for _i_containers1, _x_containers2 in enumerate(_v):
                try:
                    _y_containers3 = ContainerContextData.from_dict(_x_containers2)
                except ModelParseError as _e_containers4:
                    _e_containers4.loc[:0] = ["containers", _i_containers1]
                    raise
                _items_containers5.append(_y_containers3)
            containers_ = _items_containers5
        obj = cls(
            containers=containers_,
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
