"""The StepStatusSummary model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

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
from .cost_breakdown import CostBreakdown
from .error_category import ErrorCategory
from .error_stage import ErrorStage
from .iteration_context_data import IterationContextData
from .node_type import NodeType
from .step_status import StepStatus
from .token_usage import TokenUsage

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
        "node_id",
        "status",
        "step_id",
        "node_type",
        "node_label",
        "started_at",
        "completed_at",
        "duration_ms",
        "error",
        "error_stage",
        "error_category",
        "requires_human_review",
        "loop_id",
        "iteration",
        "iteration_context",
        "model",
        "cost",
        "tokens",
    }
)
_ErrorCategory_BY_VALUE: dict[str, ErrorCategory] = {member.value: member for member in ErrorCategory}
_ErrorStage_BY_VALUE: dict[str, ErrorStage] = {member.value: member for member in ErrorStage}
_NodeType_BY_VALUE: dict[str, NodeType] = {member.value: member for member in NodeType}
_StepStatus_BY_VALUE: dict[str, StepStatus] = {member.value: member for member in StepStatus}


@_attrs_define(repr=False)
class StepStatusSummary:
    """The short record of one step kept on the run; full step data is stored elsewhere.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        node_id (str): Id of the node in the workflow graph (e.g. `extract-123`).
        status (StepStatus): Where the step is in its life.
        step_id (str): Id of this execution of the node, including any loop iteration (e.g.
            `mr1_iter_0_extract-123`). Set once, when the step is created.
        node_type (NodeType | None): Kind of node; may be missing for steps created inside loops.
        node_label (str | None): Label of the node; may be missing for steps created inside loops.
        started_at (datetime.datetime | None): When the step started.
        completed_at (datetime.datetime | None): When the step ended.
        duration_ms (int | None): How long the step took, in milliseconds.
        error (str | None): Why the step failed, if it did.
        error_stage (ErrorStage | None): The stage of step execution that failed.
        error_category (ErrorCategory | None): Kind of failure, for deciding whether to retry.
        requires_human_review (bool | None): Whether a person must review this step's result.
        loop_id (str | None): Id of the loop the step runs in, if any.
        iteration (int | None): Zero-based loop iteration, if the step runs in a loop.
        iteration_context (IterationContextData | None): The containers (loops, parallel branches) the step runs inside.
        model (str | None): Language model the step used (e.g. `gpt-5.2`).
        cost (CostBreakdown | None): What the step cost.
        tokens (TokenUsage | None): Tokens the step used.
    """

    node_id: str
    status: StepStatus
    step_id: str = ""
    node_type: NodeType | None = None
    node_label: str | None = None
    started_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    duration_ms: int | None = None
    error: str | None = None
    error_stage: ErrorStage | None = None
    error_category: ErrorCategory | None = None
    requires_human_review: bool | None = None
    loop_id: str | None = None
    iteration: int | None = None
    iteration_context: IterationContextData | None = None
    model: str | None = None
    cost: CostBreakdown | None = None
    tokens: TokenUsage | None = None
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    # In __init__ (keyword only) so that attrs.evolve carries them, as it does what follows.
    _extra: dict[str, Any] | None = _attrs_field(
        default=None, repr=False, eq=extras_key, kw_only=True, alias="additional_properties"
    )
    # One bit per optional field, set when the payload lacked the key, so that to_dict leaves
    # it out again. Built in code, a None that could be null counts as absent until set.
    _absent: int = _attrs_field(default=65534, repr=False, eq=False, kw_only=True, alias="_absent")
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _started_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_started_at_text"
    )
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _completed_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_completed_at_text"
    )

    def __attrs_post_init__(self) -> None:
        # Only a model built in code (or by attrs.evolve) gets here: refuse a wrong type now,
        # not when to_dict meets it. Parsing fills slots directly and never comes here.
        if not isinstance(self.node_id, str):
            raise ModelTypeError.field("node_id", "str", self.node_id)
        if not isinstance(self.status, StepStatus):
            raise ModelTypeError.field("status", "StepStatus", self.status)
        if not isinstance(self.step_id, str):
            raise ModelTypeError.field("step_id", "str", self.step_id)
        if not (self.node_type is None or isinstance(self.node_type, NodeType)):
            raise ModelTypeError.field("node_type", "NodeType | None", self.node_type)
        if not (self.node_label is None or isinstance(self.node_label, str)):
            raise ModelTypeError.field("node_label", "str | None", self.node_label)
        if not (self.started_at is None or isinstance(self.started_at, datetime.datetime)):
            raise ModelTypeError.field("started_at", "datetime.datetime | None", self.started_at)
        if not (self.completed_at is None or isinstance(self.completed_at, datetime.datetime)):
            raise ModelTypeError.field("completed_at", "datetime.datetime | None", self.completed_at)
        if not (
            self.duration_ms is None or (isinstance(self.duration_ms, int) and not isinstance(self.duration_ms, bool))
        ):
            raise ModelTypeError.field("duration_ms", "int | None", self.duration_ms)
        if not (self.error is None or isinstance(self.error, str)):
            raise ModelTypeError.field("error", "str | None", self.error)
        if not (self.error_stage is None or isinstance(self.error_stage, ErrorStage)):
            raise ModelTypeError.field("error_stage", "ErrorStage | None", self.error_stage)
        if not (self.error_category is None or isinstance(self.error_category, ErrorCategory)):
            raise ModelTypeError.field("error_category", "ErrorCategory | None", self.error_category)
        if not (self.requires_human_review is None or isinstance(self.requires_human_review, bool)):
            raise ModelTypeError.field("requires_human_review", "bool | None", self.requires_human_review)
        if not (self.loop_id is None or isinstance(self.loop_id, str)):
            raise ModelTypeError.field("loop_id", "str | None", self.loop_id)
        if not (self.iteration is None or (isinstance(self.iteration, int) and not isinstance(self.iteration, bool))):
            raise ModelTypeError.field("iteration", "int | None", self.iteration)
        if not (self.iteration_context is None or isinstance(self.iteration_context, IterationContextData)):
            raise ModelTypeError.field("iteration_context", "IterationContextData | None", self.iteration_context)
        if not (self.model is None or isinstance(self.model, str)):
            raise ModelTypeError.field("model", "str | None", self.model)
        if not (self.cost is None or isinstance(self.cost, CostBreakdown)):
            raise ModelTypeError.field("cost", "CostBreakdown | None", self.cost)
        if not (self.tokens is None or isinstance(self.tokens, TokenUsage)):
            raise ModelTypeError.field("tokens", "TokenUsage | None", self.tokens)
        if self._extra:
            self._extra = dict(self._extra)  # its own: an evolved copy shares no dict with the original

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["node_id"] = self.node_id
        out["status"] = self.status.value
        step_id_ = self.step_id
        if not self._absent & 1 or step_id_ != "":
            out["step_id"] = step_id_
        node_type_ = self.node_type
        if node_type_ is not None or not self._absent & 2:
            out["node_type"] = None if node_type_ is None else node_type_.value
        node_label_ = self.node_label
        if node_label_ is not None or not self._absent & 4:
            out["node_label"] = node_label_
        started_at_ = self.started_at
        if started_at_ is not None or not self._absent & 8:
            out["started_at"] = None if started_at_ is None else format_datetime(started_at_, self._started_at_text)
        completed_at_ = self.completed_at
        if completed_at_ is not None or not self._absent & 16:
            out["completed_at"] = (
                None if completed_at_ is None else format_datetime(completed_at_, self._completed_at_text)
            )
        duration_ms_ = self.duration_ms
        if duration_ms_ is not None or not self._absent & 32:
            out["duration_ms"] = duration_ms_
        error_ = self.error
        if error_ is not None or not self._absent & 64:
            out["error"] = error_
        error_stage_ = self.error_stage
        if error_stage_ is not None or not self._absent & 128:
            out["error_stage"] = None if error_stage_ is None else error_stage_.value
        error_category_ = self.error_category
        if error_category_ is not None or not self._absent & 256:
            out["error_category"] = None if error_category_ is None else error_category_.value
        requires_human_review_ = self.requires_human_review
        if requires_human_review_ is not None or not self._absent & 512:
            out["requires_human_review"] = requires_human_review_
        loop_id_ = self.loop_id
        if loop_id_ is not None or not self._absent & 1024:
            out["loop_id"] = loop_id_
        iteration_ = self.iteration
        if iteration_ is not None or not self._absent & 2048:
            out["iteration"] = iteration_
        iteration_context_ = self.iteration_context
        if iteration_context_ is not None or not self._absent & 4096:
            out["iteration_context"] = None if iteration_context_ is None else iteration_context_._to_dict()
        model_ = self.model
        if model_ is not None or not self._absent & 8192:
            out["model"] = model_
        cost_ = self.cost
        if cost_ is not None or not self._absent & 16384:
            out["cost"] = None if cost_ is None else cost_._to_dict()
        tokens_ = self.tokens
        if tokens_ is not None or not self._absent & 32768:
            out["tokens"] = None if tokens_ is None else tokens_._to_dict()
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
            built: Self | None = build_strict("StepStatusSummary", data)
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
        _v = get("node_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["node_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["node_id"], "a string", _v)
        obj.node_id = _v
        _v = get("status", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["status"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["status"], "a string", _v)
        obj.status = _StepStatus_BY_VALUE.get(_v) or StepStatus(_v)
        _v = get("step_id", _ABSENT)
        if _v is _ABSENT:
            obj.step_id = ""
            absent |= 1
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["step_id"], "a string", _v)
            obj.step_id = _v
        _v = get("node_type", _ABSENT)
        if _v is _ABSENT:
            obj.node_type = None
            absent |= 2
        else:
            if _v is None:
                obj.node_type = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["node_type"], "a string", _v)
                obj.node_type = _NodeType_BY_VALUE.get(_v) or NodeType(_v)
        _v = get("node_label", _ABSENT)
        if _v is _ABSENT:
            obj.node_label = None
            absent |= 4
        else:
            if _v is None:
                obj.node_label = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["node_label"], "a string", _v)
                obj.node_label = _v
        _v = get("started_at", _ABSENT)
        started_at_text: str | None = None
        if _v is _ABSENT:
            obj.started_at = None
            absent |= 8
        else:
            if _v is None:
                obj.started_at = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["started_at"], "a date-time string", _v)
                obj.started_at, started_at_text = read_datetime(_v)  # the text kept when written back otherwise
                if obj.started_at is None:
                    raise ModelParseError(["started_at"], "is not an RFC 3339 date-time", _v)
        obj._started_at_text = started_at_text
        _v = get("completed_at", _ABSENT)
        completed_at_text: str | None = None
        if _v is _ABSENT:
            obj.completed_at = None
            absent |= 16
        else:
            if _v is None:
                obj.completed_at = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["completed_at"], "a date-time string", _v)
                obj.completed_at, completed_at_text = read_datetime(_v)  # the text kept when written back otherwise
                if obj.completed_at is None:
                    raise ModelParseError(["completed_at"], "is not an RFC 3339 date-time", _v)
        obj._completed_at_text = completed_at_text
        _v = get("duration_ms", _ABSENT)
        if _v is _ABSENT:
            obj.duration_ms = None
            absent |= 32
        else:
            if _v is None:
                obj.duration_ms = None
            else:
                if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                    if not (isinstance(_v, float) and _v.is_integer()):
                        raise ModelParseError.wrong_type(["duration_ms"], "an integer", _v)
                    _v = int(_v)
                obj.duration_ms = _v
        _v = get("error", _ABSENT)
        if _v is _ABSENT:
            obj.error = None
            absent |= 64
        else:
            if _v is None:
                obj.error = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["error"], "a string", _v)
                obj.error = _v
        _v = get("error_stage", _ABSENT)
        if _v is _ABSENT:
            obj.error_stage = None
            absent |= 128
        else:
            if _v is None:
                obj.error_stage = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["error_stage"], "a string", _v)
                obj.error_stage = _ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v)
        _v = get("error_category", _ABSENT)
        if _v is _ABSENT:
            obj.error_category = None
            absent |= 256
        else:
            if _v is None:
                obj.error_category = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["error_category"], "a string", _v)
                obj.error_category = _ErrorCategory_BY_VALUE.get(_v) or ErrorCategory(_v)
        _v = get("requires_human_review", _ABSENT)
        if _v is _ABSENT:
            obj.requires_human_review = None
            absent |= 512
        else:
            if _v is None:
                obj.requires_human_review = None
            else:
                if _v is not True and _v is not False:
                    raise ModelParseError.wrong_type(["requires_human_review"], "a boolean", _v)
                obj.requires_human_review = _v
        _v = get("loop_id", _ABSENT)
        if _v is _ABSENT:
            obj.loop_id = None
            absent |= 1024
        else:
            if _v is None:
                obj.loop_id = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["loop_id"], "a string", _v)
                obj.loop_id = _v
        _v = get("iteration", _ABSENT)
        if _v is _ABSENT:
            obj.iteration = None
            absent |= 2048
        else:
            if _v is None:
                obj.iteration = None
            else:
                if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                    if not (isinstance(_v, float) and _v.is_integer()):
                        raise ModelParseError.wrong_type(["iteration"], "an integer", _v)
                    _v = int(_v)
                obj.iteration = _v
        _v = get("iteration_context", _ABSENT)
        if _v is _ABSENT:
            obj.iteration_context = None
            absent |= 4096
        else:
            if _v is None:
                obj.iteration_context = None
            else:
                try:
                    obj.iteration_context = IterationContextData._from_dict(_v, _own)
                except ModelParseError as _e_iteration_context1:
                    _e_iteration_context1.loc[:0] = ["iteration_context"]
                    raise
        _v = get("model", _ABSENT)
        if _v is _ABSENT:
            obj.model = None
            absent |= 8192
        else:
            if _v is None:
                obj.model = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["model"], "a string", _v)
                obj.model = _v
        _v = get("cost", _ABSENT)
        if _v is _ABSENT:
            obj.cost = None
            absent |= 16384
        else:
            if _v is None:
                obj.cost = None
            else:
                try:
                    obj.cost = CostBreakdown._from_dict(_v, _own)
                except ModelParseError as _e_cost1:
                    _e_cost1.loc[:0] = ["cost"]
                    raise
        _v = get("tokens", _ABSENT)
        if _v is _ABSENT:
            obj.tokens = None
            absent |= 32768
        else:
            if _v is None:
                obj.tokens = None
            else:
                try:
                    obj.tokens = TokenUsage._from_dict(_v, _own)
                except ModelParseError as _e_tokens1:
                    _e_tokens1.loc[:0] = ["tokens"]
                    raise
        obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
        # Each absent key set one bit of ``absent``: more keys than the others means extra keys.
        if len(src) + absent.bit_count() != 18:  # keys the spec does not name: keep them
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
