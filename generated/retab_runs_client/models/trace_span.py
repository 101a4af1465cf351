"""The TraceSpan model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

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
from .cost_breakdown import CostBreakdown
from .span_status import SpanStatus
from .token_usage import TokenUsage
from .tool_call import ToolCall

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
        "id",
        "name",
        "start_time",
        "end_time",
        "type",
        "duration",
        "status",
        "children",
        "block_id",
        "model",
        "tokens",
        "cost",
        "tool_calls",
        "input",
        "output",
        "loop_id",
        "parallel_id",
        "iteration_index",
        "relative_start_ms",
    }
)
_SpanStatus_BY_VALUE: dict[str, SpanStatus] = {member.value: member for member in SpanStatus}
MAX_NESTING = 200
"""How many levels of TraceSpan inside TraceSpan `from_dict` accepts."""


@_attrs_define(repr=False)
class TraceSpan:
    """One timed unit of work in a run's execution trace: the whole workflow, a
    block, a model call, a tool call, an agent, or a loop or parallel container.
    Spans nest through `children`.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        id (str): Id of the span.
        name (str): Name to show for the span.
        start_time (str): When the span started, as an ISO 8601 timestamp string.
        end_time (str): When the span ended, as an ISO 8601 timestamp string.
        type (str): Kind of span (workflow, model, tool, agent, parallel, loop, block).
        duration (int): Length of the span in milliseconds.
        status (SpanStatus | None): Outcome of the span.
        children (list[TraceSpan] | None): Spans nested inside this one.
        block_id (str | None): Id of the block the span belongs to.
        model (str | None): Model called, for model spans.
        tokens (TokenUsage | None): Tokens used, for model spans.
        cost (CostBreakdown | None): What the span cost, for model spans.
        tool_calls (list[ToolCall] | None): Tools called during the span.
        input (dict[str, Any] | None): What the span was given.
        output (dict[str, Any] | None): What the span produced.
        loop_id (str | None): Id of the loop, for spans of one loop iteration.
        parallel_id (str | None): Id of the parallel container, for spans of one parallel item.
        iteration_index (int | None): Zero-based iteration, for iteration spans.
        relative_start_ms (int | None): Start of the span in milliseconds after the run started.
    """

    id: str
    name: str
    start_time: str
    end_time: str
    type: str = "block"
    duration: int = 0
    status: SpanStatus | None = None
    children: list[TraceSpan] | None = None
    block_id: str | None = None
    model: str | None = None
    tokens: TokenUsage | None = None
    cost: CostBreakdown | None = None
    tool_calls: list[ToolCall] | None = None
    input: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    loop_id: str | None = None
    parallel_id: str | None = None
    iteration_index: int | None = None
    relative_start_ms: int | None = None
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    # In __init__ (keyword only) so that attrs.evolve carries them, as it does what follows.
    _extra: dict[str, Any] | None = _attrs_field(
        default=None, repr=False, eq=extras_key, kw_only=True, alias="additional_properties"
    )
    # One bit per optional field, set when the payload lacked the key, so that to_dict leaves
    # it out again. Built in code, a None that could be null counts as absent until set.
    _absent: int = _attrs_field(default=32764, repr=False, eq=False, kw_only=True, alias="_absent")

    def __attrs_post_init__(self) -> None:
        # Only a model built in code (or by attrs.evolve) gets here: refuse a wrong type now,
        # not when to_dict meets it. Parsing fills slots directly and never comes here.
        if not isinstance(self.id, str):
            raise ModelTypeError.field("id", "str", self.id)
        if not isinstance(self.name, str):
            raise ModelTypeError.field("name", "str", self.name)
        if not isinstance(self.start_time, str):
            raise ModelTypeError.field("start_time", "str", self.start_time)
        if not isinstance(self.end_time, str):
            raise ModelTypeError.field("end_time", "str", self.end_time)
        if not isinstance(self.type, str):
            raise ModelTypeError.field("type", "str", self.type)
        if not (isinstance(self.duration, int) and not isinstance(self.duration, bool)):
            raise ModelTypeError.field("duration", "int", self.duration)
        if not (self.status is None or isinstance(self.status, SpanStatus)):
            raise ModelTypeError.field("status", "SpanStatus | None", self.status)
        if not (
            self.children is None
            or (isinstance(self.children, list) and all(isinstance(_x0, TraceSpan) for _x0 in self.children))
        ):
            raise ModelTypeError.field("children", "list[TraceSpan] | None", self.children)
        if not (self.block_id is None or isinstance(self.block_id, str)):
            raise ModelTypeError.field("block_id", "str | None", self.block_id)
        if not (self.model is None or isinstance(self.model, str)):
            raise ModelTypeError.field("model", "str | None", self.model)
        if not (self.tokens is None or isinstance(self.tokens, TokenUsage)):
            raise ModelTypeError.field("tokens", "TokenUsage | None", self.tokens)
        if not (self.cost is None or isinstance(self.cost, CostBreakdown)):
            raise ModelTypeError.field("cost", "CostBreakdown | None", self.cost)
        if not (
            self.tool_calls is None
            or (isinstance(self.tool_calls, list) and all(isinstance(_x0, ToolCall) for _x0 in self.tool_calls))
        ):
            raise ModelTypeError.field("tool_calls", "list[ToolCall] | None", self.tool_calls)
        if not (self.input is None or isinstance(self.input, dict)):
            raise ModelTypeError.field("input", "dict[str, Any] | None", self.input)
        if not (self.output is None or isinstance(self.output, dict)):
            raise ModelTypeError.field("output", "dict[str, Any] | None", self.output)
        if not (self.loop_id is None or isinstance(self.loop_id, str)):
            raise ModelTypeError.field("loop_id", "str | None", self.loop_id)
        if not (self.parallel_id is None or isinstance(self.parallel_id, str)):
            raise ModelTypeError.field("parallel_id", "str | None", self.parallel_id)
        if not (
            self.iteration_index is None
            or (isinstance(self.iteration_index, int) and not isinstance(self.iteration_index, bool))
        ):
            raise ModelTypeError.field("iteration_index", "int | None", self.iteration_index)
        if not (
            self.relative_start_ms is None
            or (isinstance(self.relative_start_ms, int) and not isinstance(self.relative_start_ms, bool))
        ):
            raise ModelTypeError.field("relative_start_ms", "int | None", self.relative_start_ms)
        if self._extra:
            self._extra = dict(self._extra)  # its own: an evolved copy shares no dict with the original

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["id"] = self.id
        out["name"] = self.name
        out["start_time"] = self.start_time
        out["end_time"] = self.end_time
        type_ = self.type
        if not self._absent & 1 or type_ != "block":
            out["type"] = type_
        duration_ = self.duration
        if not self._absent & 2 or duration_ != 0:
            out["duration"] = duration_
        status_ = self.status
        if status_ is not None or not self._absent & 4:
            out["status"] = None if status_ is None else status_.value
        children_ = self.children
        if children_ is not None or not self._absent & 8:
            out["children"] = None if children_ is None else [_v_children1._to_dict() for _v_children1 in children_]
        block_id_ = self.block_id
        if block_id_ is not None or not self._absent & 16:
            out["block_id"] = block_id_
        model_ = self.model
        if model_ is not None or not self._absent & 32:
            out["model"] = model_
        tokens_ = self.tokens
        if tokens_ is not None or not self._absent & 64:
            out["tokens"] = None if tokens_ is None else tokens_._to_dict()
        cost_ = self.cost
        if cost_ is not None or not self._absent & 128:
            out["cost"] = None if cost_ is None else cost_._to_dict()
        tool_calls_ = self.tool_calls
        if tool_calls_ is not None or not self._absent & 256:
            out["tool_calls"] = (
                None if tool_calls_ is None else [_v_tool_calls1._to_dict() for _v_tool_calls1 in tool_calls_]
            )
        input_ = self.input
        if input_ is not None or not self._absent & 512:
            out["input"] = input_
        output_ = self.output
        if output_ is not None or not self._absent & 1024:
            out["output"] = output_
        loop_id_ = self.loop_id
        if loop_id_ is not None or not self._absent & 2048:
            out["loop_id"] = loop_id_
        parallel_id_ = self.parallel_id
        if parallel_id_ is not None or not self._absent & 4096:
            out["parallel_id"] = parallel_id_
        iteration_index_ = self.iteration_index
        if iteration_index_ is not None or not self._absent & 8192:
            out["iteration_index"] = iteration_index_
        relative_start_ms_ = self.relative_start_ms
        if relative_start_ms_ is not None or not self._absent & 16384:
            out["relative_start_ms"] = relative_start_ms_
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
            built: Self | None = build_strict("TraceSpan", data)
            if built is not None:
                return built
            return cls._from_dict(_decode_json(data), _own=True)

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], _depth: int = 0, _own: bool = False) -> Self:
        # _own: src_dict was decoded for this call alone, and its lists of objects may be
        # emptied as they are read. Never for a caller's dict, nor under a fallback (which
        # keeps the value as it came when it does not fit).
        src = src_dict
        if src.__class__ is not dict and not isinstance(src, Mapping):
            raise ModelParseError.wrong_type([], "an object", src)
        if _depth >= MAX_NESTING:
            raise ModelParseError([], f"is nested more than {MAX_NESTING} levels deep")
        get = src.get
        absent = 0
        # Slot stores, not the attrs __init__ (no validators or converters to run): half the
        # cost. Each value goes into its slot as it is read; a refusal drops obj half-filled.
        obj = object.__new__(cls)
        _v = get("id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["id"], "a string", _v)
        obj.id = _v
        _v = get("name", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["name"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["name"], "a string", _v)
        obj.name = _v
        _v = get("start_time", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["start_time"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["start_time"], "a string", _v)
        obj.start_time = _v
        _v = get("end_time", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["end_time"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["end_time"], "a string", _v)
        obj.end_time = _v
        _v = get("type", _ABSENT)
        if _v is _ABSENT:
            obj.type = "block"
            absent |= 1
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["type"], "a string", _v)
            obj.type = _v
        _v = get("duration", _ABSENT)
        if _v is _ABSENT:
            obj.duration = 0
            absent |= 2
        else:
            if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                if not (isinstance(_v, float) and _v.is_integer()):
                    raise ModelParseError.wrong_type(["duration"], "an integer", _v)
                _v = int(_v)
            obj.duration = _v
        _v = get("status", _ABSENT)
        if _v is _ABSENT:
            obj.status = None
            absent |= 4
        else:
            if _v is None:
                obj.status = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["status"], "a string", _v)
                obj.status = _SpanStatus_BY_VALUE.get(_v) or SpanStatus(_v)
        _v = get("children", _ABSENT)
        if _v is _ABSENT:
            obj.children = None
            absent |= 8
        else:
            if _v is None:
                obj.children = None
            else:
                if _v.__class__ is not list and not isinstance(_v, list):
                    raise ModelParseError.wrong_type(["children"], "an array", _v)
                _items_children5: list[TraceSpan] = []
                _y_children3: TraceSpan
                for _i_children1, _x_children2 in enumerate(_v):
                    try:
                        _y_children3 = TraceSpan._from_dict(_x_children2, _depth + 1, _own)
                    except ModelParseError as _e_children4:
                        _e_children4.loc[:0] = ["children", _i_children1]
                        raise
                    _items_children5.append(_y_children3)
                    if _own:
                        _v[_i_children1] = None
                obj.children = _items_children5
        _v = get("block_id", _ABSENT)
        if _v is _ABSENT:
            obj.block_id = None
            absent |= 16
        else:
            if _v is None:
                obj.block_id = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["block_id"], "a string", _v)
                obj.block_id = _v
        _v = get("model", _ABSENT)
        if _v is _ABSENT:
            obj.model = None
            absent |= 32
        else:
            if _v is None:
                obj.model = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["model"], "a string", _v)
                obj.model = _v
        _v = get("tokens", _ABSENT)
        if _v is _ABSENT:
            obj.tokens = None
            absent |= 64
        else:
            if _v is None:
                obj.tokens = None
            else:
                try:
                    obj.tokens = TokenUsage._from_dict(_v, _own)
                except ModelParseError as _e_tokens1:
                    _e_tokens1.loc[:0] = ["tokens"]
                    raise
        _v = get("cost", _ABSENT)
        if _v is _ABSENT:
            obj.cost = None
            absent |= 128
        else:
            if _v is None:
                obj.cost = None
            else:
                try:
                    obj.cost = CostBreakdown._from_dict(_v, _own)
                except ModelParseError as _e_cost1:
                    _e_cost1.loc[:0] = ["cost"]
                    raise
        _v = get("tool_calls", _ABSENT)
        if _v is _ABSENT:
            obj.tool_calls = None
            absent |= 256
        else:
            if _v is None:
                obj.tool_calls = None
            else:
                if _v.__class__ is not list and not isinstance(_v, list):
                    raise ModelParseError.wrong_type(["tool_calls"], "an array", _v)
                _items_tool_calls5: list[ToolCall] = []
                _y_tool_calls3: ToolCall
                for _i_tool_calls1, _x_tool_calls2 in enumerate(_v):
                    try:
                        _y_tool_calls3 = ToolCall._from_dict(_x_tool_calls2, _own)
                    except ModelParseError as _e_tool_calls4:
                        _e_tool_calls4.loc[:0] = ["tool_calls", _i_tool_calls1]
                        raise
                    _items_tool_calls5.append(_y_tool_calls3)
                    if _own:
                        _v[_i_tool_calls1] = None
                obj.tool_calls = _items_tool_calls5
        _v = get("input", _ABSENT)
        if _v is _ABSENT:
            obj.input = None
            absent |= 512
        else:
            if _v is None:
                obj.input = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["input"], "an object", _v)
                obj.input = _v
        _v = get("output", _ABSENT)
        if _v is _ABSENT:
            obj.output = None
            absent |= 1024
        else:
            if _v is None:
                obj.output = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["output"], "an object", _v)
                obj.output = _v
        _v = get("loop_id", _ABSENT)
        if _v is _ABSENT:
            obj.loop_id = None
            absent |= 2048
        else:
            if _v is None:
                obj.loop_id = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["loop_id"], "a string", _v)
                obj.loop_id = _v
        _v = get("parallel_id", _ABSENT)
        if _v is _ABSENT:
            obj.parallel_id = None
            absent |= 4096
        else:
            if _v is None:
                obj.parallel_id = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["parallel_id"], "a string", _v)
                obj.parallel_id = _v
        _v = get("iteration_index", _ABSENT)
        if _v is _ABSENT:
            obj.iteration_index = None
            absent |= 8192
        else:
            if _v is None:
                obj.iteration_index = None
            else:
                if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                    if not (isinstance(_v, float) and _v.is_integer()):
                        raise ModelParseError.wrong_type(["iteration_index"], "an integer", _v)
                    _v = int(_v)
                obj.iteration_index = _v
        _v = get("relative_start_ms", _ABSENT)
        if _v is _ABSENT:
            obj.relative_start_ms = None
            absent |= 16384
        else:
            if _v is None:
                obj.relative_start_ms = None
            else:
                if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                    if not (isinstance(_v, float) and _v.is_integer()):
                        raise ModelParseError.wrong_type(["relative_start_ms"], "an integer", _v)
                    _v = int(_v)
                obj.relative_start_ms = _v
        obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
        # Each absent key set one bit of ``absent``: more keys than the others means extra keys.
        if len(src) + absent.bit_count() != 19:  # keys the spec does not name: keep them
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
