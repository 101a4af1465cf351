"""The PublishedWorkflowConfig model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError, ModelTypeError
from ..types import (
    decode_json,
    encode_json,
    extras_key,
    format_datetime,
    gc_paused,
    model_repr,
    read_datetime,
    shared,
)
from .workflow_edge import WorkflowEdge
from .workflow_node import WorkflowNode

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
        "nodes",
        "edges",
        "published_at",
    }
)


@_attrs_define(repr=False)
class PublishedWorkflowConfig:
    """The published version of a workflow a run was started from.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        nodes (list[WorkflowNode]): The nodes of the graph.
        edges (list[WorkflowEdge]): The edges of the graph.
        published_at (datetime.datetime | None): When this version was published.
    """

    nodes: list[WorkflowNode] = _attrs_field(factory=list)
    edges: list[WorkflowEdge] = _attrs_field(factory=list)
    published_at: datetime.datetime | None = None
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    # In __init__ (keyword only) so that attrs.evolve carries them, as it does what follows.
    _extra: dict[str, Any] | None = _attrs_field(
        default=None, repr=False, eq=extras_key, kw_only=True, alias="additional_properties"
    )
    # One bit per optional field, set when the payload lacked the key, so that to_dict leaves
    # it out again. Built in code, a None that could be null counts as absent until set.
    _absent: int = _attrs_field(default=0, repr=False, eq=False, kw_only=True, alias="_absent")
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _published_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_published_at_text"
    )

    def __attrs_post_init__(self) -> None:
        # Only a model built in code (or by attrs.evolve) gets here: refuse a wrong type now,
        # not when to_dict meets it. Parsing fills slots directly and never comes here.
        if not (isinstance(self.nodes, list) and all(isinstance(_x0, WorkflowNode) for _x0 in self.nodes)):
            raise ModelTypeError.field("nodes", "list[WorkflowNode]", self.nodes)
        if not (isinstance(self.edges, list) and all(isinstance(_x0, WorkflowEdge) for _x0 in self.edges)):
            raise ModelTypeError.field("edges", "list[WorkflowEdge]", self.edges)
        if not (self.published_at is None or isinstance(self.published_at, datetime.datetime)):
            raise ModelTypeError.field("published_at", "datetime.datetime | None", self.published_at)
        if self._extra:
            self._extra = dict(self._extra)  # its own: an evolved copy shares no dict with the original

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        nodes_ = self.nodes
        if not self._absent & 1 or nodes_ != []:
            out["nodes"] = [_v_nodes1._to_dict() for _v_nodes1 in nodes_]
        edges_ = self.edges
        if not self._absent & 2 or edges_ != []:
            out["edges"] = [_v_edges1._to_dict() for _v_edges1 in edges_]
        published_at_ = self.published_at
        if published_at_ is not None:
            out["published_at"] = format_datetime(published_at_, self._published_at_text)
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
            built: Self | None = build_strict("PublishedWorkflowConfig", data)
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
        absent = 0
        # Slot stores, not the attrs __init__ (no validators or converters to run): half the
        # cost. Each value goes into its slot as it is read; a refusal drops obj half-filled.
        obj = object.__new__(cls)
        _v = get("nodes", _ABSENT)
        if _v is _ABSENT:
            obj.nodes = []
            absent |= 1
        else:
            if _v.__class__ is not list and not isinstance(_v, list):
                raise ModelParseError.wrong_type(["nodes"], "an array", _v)
            _items_nodes5: list[WorkflowNode] = []
            _y_nodes3: WorkflowNode
            for _i_nodes1, _x_nodes2 in enumerate(_v):
                try:
                    _y_nodes3 = WorkflowNode._from_dict(_x_nodes2, _own)
                except ModelParseError as _e_nodes4:
                    _e_nodes4.loc[:0] = ["nodes", _i_nodes1]
                    raise
                _items_nodes5.append(_y_nodes3)
                if _own:
                    _v[_i_nodes1] = None
            obj.nodes = _items_nodes5
        _v = get("edges", _ABSENT)
        if _v is _ABSENT:
            obj.edges = []
            absent |= 2
        else:
            if _v.__class__ is not list and not isinstance(_v, list):
                raise ModelParseError.wrong_type(["edges"], "an array", _v)
            _items_edges5: list[WorkflowEdge] = []
            _y_edges3: WorkflowEdge
            for _i_edges1, _x_edges2 in enumerate(_v):
                try:
                    _y_edges3 = WorkflowEdge._from_dict(_x_edges2, _own)
                except ModelParseError as _e_edges4:
                    _e_edges4.loc[:0] = ["edges", _i_edges1]
                    raise
                _items_edges5.append(_y_edges3)
                if _own:
                    _v[_i_edges1] = None
            obj.edges = _items_edges5
        _v = get("published_at", _ABSENT)
        published_at_text: str | None = None
        if _v is _ABSENT:
            obj.published_at = None
            absent |= 4
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["published_at"], "a date-time string", _v)
            obj.published_at, published_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if obj.published_at is None:
                raise ModelParseError(["published_at"], "is not an RFC 3339 date-time", _v)
        obj._published_at_text = published_at_text
        obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
        # Each absent key set one bit of ``absent``: more keys than the others means extra keys.
        if len(src) + absent.bit_count() != 3:  # keys the spec does not name: keep them
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
