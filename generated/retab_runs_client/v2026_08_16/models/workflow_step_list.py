"""The WorkflowStepList model. Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError, ModelTypeError
from ..types import (
    decode_json,
    encode_json,
    extras_key,
    gc_paused,
    model_repr,
)
from .list_metadata import ListMetadata
from .workflow_step import WorkflowStep

if TYPE_CHECKING:
    from typing_extensions import Self


def _decode_json(data: str | bytes | bytearray) -> Any:
    try:
        return decode_json(data)
    except (ValueError, RecursionError) as exc:
        raise ModelParseError([], f"is not JSON: {exc}") from None


_ABSENT: Any = object()  # what src.get returns for a key the payload lacks

_FIELDS = frozenset(
    {
        "data",
        "list_metadata",
    }
)


@_attrs_define(repr=False)
class WorkflowStepList:
    """A page of `WorkflowStep` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        data (list[WorkflowStep]):
        list_metadata (ListMetadata):
    """

    data: list[WorkflowStep]
    list_metadata: ListMetadata
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    # In __init__ (keyword only) so that attrs.evolve carries them, as it does what follows.
    _extra: dict[str, Any] | None = _attrs_field(
        default=None, repr=False, eq=extras_key, kw_only=True, alias="additional_properties"
    )

    def __attrs_post_init__(self) -> None:
        # Only a model built in code (or by attrs.evolve) gets here: refuse a wrong type now,
        # not when to_dict meets it. Parsing fills slots directly and never comes here.
        if not (isinstance(self.data, list) and all(isinstance(_x0, WorkflowStep) for _x0 in self.data)):
            raise ModelTypeError.field("data", "list[WorkflowStep]", self.data)
        if not isinstance(self.list_metadata, ListMetadata):
            raise ModelTypeError.field("list_metadata", "ListMetadata", self.list_metadata)
        if self._extra:
            self._extra = dict(self._extra)  # its own: an evolved copy shares no dict with the original

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["data"] = [_v_data1._to_dict() for _v_data1 in self.data]
        out["list_metadata"] = self.list_metadata._to_dict()
        if self._extra:
            for key, value in self._extra.items():
                out.setdefault(key, value)
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Absent keys read as their spec default, or None.

        Raises:
            ModelParseError: a required key is missing or a value has the wrong type;
                its ``path`` says where (e.g. ``steps[3].status``).
        """
        with gc_paused():
            return cls._from_dict(src_dict)

    def to_json(self) -> bytes:
        """The JSON text of ``to_dict()`` (compact, UTF-8): ``from_json(m.to_json()) == m``, the keys as read."""
        return encode_json(self.to_dict())

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Build from JSON text, with the collector paused.

        First by the strict fast path (msgspec Structs and a generated converter, models/_wire.py);
        when it refuses the text (keys the spec does not name, anything that does not fit), by
        decoding and ``from_dict``, which keeps what must be kept and says what is wrong.

        Raises:
            ModelParseError: the text is not JSON, or does not fit the model.
        """
        from ._wire import build_strict  # loaded on first use: importing the models costs no msgspec

        with gc_paused(len(data)):
            built: Self | None = build_strict("WorkflowStepList", data)
            if built is not None:
                return built
            return cls._from_dict(_decode_json(data), _own=True)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], _own: bool = False) -> Self:
        # _own: src_dict was decoded for this call alone, and its lists of objects may be
        # emptied as they are read. Never for a caller's dict, nor under a fallback (which
        # keeps the value as it came when it does not fit).
        src = src_dict
        if src.__class__ is not dict and not isinstance(src, Mapping):
            raise ModelParseError.wrong_type([], "an object", src)
        get = src.get
        # Slot stores, not the attrs __init__ (no validators or converters to run): half the
        # cost. Each value goes into its slot as it is read; a refusal drops obj half-filled.
        obj = object.__new__(cls)
        _v = get("data", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["data"])
        if _v.__class__ is not list and not isinstance(_v, list):
            raise ModelParseError.wrong_type(["data"], "an array", _v)
        _items_data5: list[WorkflowStep] = []
        _y_data3: WorkflowStep
        for _i_data1, _x_data2 in enumerate(_v):
            try:
                _y_data3 = WorkflowStep._from_dict(_x_data2, _own)
            except ModelParseError as _e_data4:
                _e_data4.loc[:0] = ["data", _i_data1]
                raise
            _items_data5.append(_y_data3)
            if _own:
                _v[_i_data1] = None
        obj.data = _items_data5
        _v = get("list_metadata", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["list_metadata"])
        try:
            obj.list_metadata = ListMetadata._from_dict(_v, _own)
        except ModelParseError as _e_list_metadata1:
            _e_list_metadata1.loc[:0] = ["list_metadata"]
            raise
        if len(src) != 2:  # keys the spec does not name: keep them
            obj._extra = {k: v for k, v in src.items() if k not in _FIELDS}
        else:
            obj._extra = None
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the payload that the spec does not name, with their values (written back by to_dict)."""
        extra = self._extra
        if extra is None:
            extra = self._extra = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._extra = value

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
