"""The WorkflowNode model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

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
    shared,
)
from .node_type import NodeType
from .workflow_node_position import WorkflowNodePosition

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
        "type",
        "position",
        "label",
        "id",
        "description",
        "config",
        "width",
        "height",
        "parent_id",
    }
)
_NodeType_BY_VALUE: dict[str, NodeType] = {member.value: member for member in NodeType}


@_attrs_define(repr=False)
class WorkflowNode:
    """A node of a workflow's graph.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        type (NodeType): What the node does.
        position (WorkflowNodePosition): Where the editor draws it.
        label (str): Name shown for the node.
        id (str | None): Id of the node.
        description (str): Free text about the node.
        config (dict[str, Any] | None): The node's settings, which depend on its type.
        width (float | None): Width in the editor, for resizable nodes.
        height (float | None): Height in the editor, for resizable nodes.
        parent_id (str | None): The loop node (while_loop, for_each) that contains it, if any.
    """

    type: NodeType
    position: WorkflowNodePosition
    label: str
    id: str | None = None
    description: str = ""
    config: dict[str, Any] | None = None
    width: float | None = None
    height: float | None = None
    parent_id: str | None = None
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    # In __init__ (keyword only) so that attrs.evolve carries them, as it does what follows.
    _extra: dict[str, Any] | None = _attrs_field(
        default=None, repr=False, eq=extras_key, kw_only=True, alias="additional_properties"
    )
    # One bit per optional field, set when the payload lacked the key, so that to_dict leaves
    # it out again. Built in code, a None that could be null counts as absent until set.
    _absent: int = _attrs_field(default=60, repr=False, eq=False, kw_only=True, alias="_absent")

    def __attrs_post_init__(self) -> None:
        # Only a model built in code (or by attrs.evolve) gets here: refuse a wrong type now,
        # not when to_dict meets it. Parsing fills slots directly and never comes here.
        if not isinstance(self.type, NodeType):
            raise ModelTypeError.field("type", "NodeType", self.type)
        if not isinstance(self.position, WorkflowNodePosition):
            raise ModelTypeError.field("position", "WorkflowNodePosition", self.position)
        if not isinstance(self.label, str):
            raise ModelTypeError.field("label", "str", self.label)
        if not (self.id is None or isinstance(self.id, str)):
            raise ModelTypeError.field("id", "str | None", self.id)
        if not isinstance(self.description, str):
            raise ModelTypeError.field("description", "str", self.description)
        if not (self.config is None or isinstance(self.config, dict)):
            raise ModelTypeError.field("config", "dict[str, Any] | None", self.config)
        if not (self.width is None or (isinstance(self.width, (int, float)) and not isinstance(self.width, bool))):
            raise ModelTypeError.field("width", "float | None", self.width)
        if not (self.height is None or (isinstance(self.height, (int, float)) and not isinstance(self.height, bool))):
            raise ModelTypeError.field("height", "float | None", self.height)
        if not (self.parent_id is None or isinstance(self.parent_id, str)):
            raise ModelTypeError.field("parent_id", "str | None", self.parent_id)
        if self._extra:
            self._extra = dict(self._extra)  # its own: an evolved copy shares no dict with the original

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["type"] = self.type.value
        out["position"] = self.position._to_dict()
        out["label"] = self.label
        id_ = self.id
        if id_ is not None:
            out["id"] = id_
        description_ = self.description
        if not self._absent & 2 or description_ != "":
            out["description"] = description_
        config_ = self.config
        if config_ is not None or not self._absent & 4:
            out["config"] = config_
        width_ = self.width
        if width_ is not None or not self._absent & 8:
            out["width"] = width_
        height_ = self.height
        if height_ is not None or not self._absent & 16:
            out["height"] = height_
        parent_id_ = self.parent_id
        if parent_id_ is not None or not self._absent & 32:
            out["parent_id"] = parent_id_
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
            built: Self | None = build_strict("WorkflowNode", data)
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
        _v = get("type", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["type"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["type"], "a string", _v)
        obj.type = _NodeType_BY_VALUE.get(_v) or NodeType(_v)
        _v = get("position", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["position"])
        try:
            obj.position = WorkflowNodePosition._from_dict(_v, _own)
        except ModelParseError as _e_position1:
            _e_position1.loc[:0] = ["position"]
            raise
        _v = get("label", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["label"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["label"], "a string", _v)
        obj.label = _v
        _v = get("id", _ABSENT)
        if _v is _ABSENT:
            obj.id = None
            absent |= 1
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["id"], "a string", _v)
            obj.id = _v
        _v = get("description", _ABSENT)
        if _v is _ABSENT:
            obj.description = ""
            absent |= 2
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["description"], "a string", _v)
            obj.description = _v
        _v = get("config", _ABSENT)
        if _v is _ABSENT:
            obj.config = None
            absent |= 4
        else:
            if _v is None:
                obj.config = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["config"], "an object", _v)
                obj.config = _v
        _v = get("width", _ABSENT)
        if _v is _ABSENT:
            obj.width = None
            absent |= 8
        else:
            if _v is None:
                obj.width = None
            else:
                if (
                    _v.__class__ is not float
                    and _v.__class__ is not int
                    and (isinstance(_v, bool) or not isinstance(_v, (int, float)))
                ):
                    raise ModelParseError.wrong_type(["width"], "a number", _v)
                obj.width = _v
        _v = get("height", _ABSENT)
        if _v is _ABSENT:
            obj.height = None
            absent |= 16
        else:
            if _v is None:
                obj.height = None
            else:
                if (
                    _v.__class__ is not float
                    and _v.__class__ is not int
                    and (isinstance(_v, bool) or not isinstance(_v, (int, float)))
                ):
                    raise ModelParseError.wrong_type(["height"], "a number", _v)
                obj.height = _v
        _v = get("parent_id", _ABSENT)
        if _v is _ABSENT:
            obj.parent_id = None
            absent |= 32
        else:
            if _v is None:
                obj.parent_id = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["parent_id"], "a string", _v)
                obj.parent_id = _v
        obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
        # Each absent key set one bit of ``absent``: more keys than the others means extra keys.
        if len(src) + absent.bit_count() != 9:  # keys the spec does not name: keep them
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
