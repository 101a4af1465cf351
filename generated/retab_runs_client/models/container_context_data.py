"""The ContainerContextData model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from typing_extensions import Self

_FIELDS = frozenset(
    {
        "container_id",
        "iteration",
        "is_parallel",
        "parallel_item_index",
    }
)


@_attrs_define(repr=False)
class ContainerContextData:
    """One loop or parallel container around a step, and which pass of it the step is in.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        container_id (str): Id of the container node (e.g. `while_loop-abc`).
        iteration (int): Zero-based iteration of the container.
        is_parallel (bool): Whether the container runs its items in parallel.
        parallel_item_index (int | None | Unset): Index of the parallel item, when `is_parallel` is true.
    """

    container_id: str
    iteration: int
    is_parallel: bool = False
    parallel_item_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        out: dict[str, Any] = {}
        out["container_id"] = self.container_id
        out["iteration"] = self.iteration
        is_parallel_ = self.is_parallel
        if "is_parallel" not in self._absent or is_parallel_ is not False:
            out["is_parallel"] = is_parallel_
        parallel_item_index_ = self.parallel_item_index
        if not isinstance(parallel_item_index_, Unset):
            out["parallel_item_index"] = parallel_item_index_
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
        _v = src.get("container_id", UNSET)
        container_id_: str
        if _v is UNSET:
            raise ModelParseError.missing(["container_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["container_id"], "a string", _v)
        container_id_ = _v
        _v = src.get("iteration", UNSET)
        iteration_: int
        if _v is UNSET:
            raise ModelParseError.missing(["iteration"])
        if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
            if not (isinstance(_v, float) and _v.is_integer()):
                raise ModelParseError.wrong_type(["iteration"], "an integer", _v)
            _v = int(_v)
        iteration_ = _v
        _v = src.get("is_parallel", UNSET)
        is_parallel_: bool
        if _v is UNSET:
            is_parallel_ = False
            absent += ("is_parallel",)
        else:
            if _v is not True and _v is not False:
                raise ModelParseError.wrong_type(["is_parallel"], "a boolean", _v)
            is_parallel_ = _v
        _v = src.get("parallel_item_index", UNSET)
        parallel_item_index_: int | None | Unset
        if _v is UNSET:
            parallel_item_index_ = UNSET
        else:
            if _v is None:
                parallel_item_index_ = None
            else:
                if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                    if not (isinstance(_v, float) and _v.is_integer()):
                        raise ModelParseError.wrong_type(["parallel_item_index"], "an integer", _v)
                    _v = int(_v)
                parallel_item_index_ = _v
        obj = cls(
            container_id=container_id_,
            iteration=iteration_,
            is_parallel=is_parallel_,
            parallel_item_index=parallel_item_index_,
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
