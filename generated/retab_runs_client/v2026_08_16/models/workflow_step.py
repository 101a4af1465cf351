"""The WorkflowStep model. Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit."""

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
from .awaiting_review_step_lifecycle import AwaitingReviewStepLifecycle
from .block_type import BlockType
from .cancelled_step_lifecycle import CancelledStepLifecycle
from .completed_step_lifecycle import CompletedStepLifecycle
from .container_context_data import ContainerContextData
from .error_step_lifecycle import ErrorStepLifecycle
from .pending_step_lifecycle import PendingStepLifecycle
from .public_handle_payload import PublicHandlePayload
from .queued_step_lifecycle import QueuedStepLifecycle
from .running_step_lifecycle import RunningStepLifecycle
from .skipped_step_lifecycle import SkippedStepLifecycle
from .step_artifact_ref import StepArtifactRef
from .unknown_lifecycle import UnknownLifecycle

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
        "block_id",
        "step_id",
        "block_type",
        "block_label",
        "lifecycle",
        "run_id",
        "started_at",
        "completed_at",
        "model",
        "loop_containers",
        "created_at",
        "handle_inputs",
        "handle_outputs",
        "artifact",
        "retry_count",
    }
)
_BlockType_BY_VALUE: dict[str, BlockType] = {member.value: member for member in BlockType}


@_attrs_define(repr=False)
class WorkflowStep:
    """Public step status object.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        block_id (str): Logical ID of the block
        step_id (str): Full step ID with iteration context. Assigned ONCE at creation, never recomputed.
        block_type (BlockType): Type of the block
        block_label (str): Label of the block
        lifecycle (PendingStepLifecycle | QueuedStepLifecycle | RunningStepLifecycle | CompletedStepLifecycle | AwaitingReviewStepLifecycle | ErrorStepLifecycle | SkippedStepLifecycle | CancelledStepLifecycle | UnknownLifecycle): Current step lifecycle
        run_id (str): Parent workflow run ID
        started_at (datetime.datetime | None): When the step started executing
        completed_at (datetime.datetime | None): When the step finished executing
        model (str | None): LLM model used by this step, when applicable
        loop_containers (list[ContainerContextData]): Container hierarchy from outermost to innermost. Empty when not inside any container.
        created_at (datetime.datetime | None): When the step was created
        handle_inputs (dict[str, PublicHandlePayload]): Handle input payloads consumed by this step
        handle_outputs (dict[str, PublicHandlePayload]): Handle output payloads produced by this step
        artifact (StepArtifactRef | None): Reference to the result produced by this step, if any.
        retry_count (int): Number of retry attempts
    """

    block_id: str
    step_id: str
    block_type: BlockType
    block_label: str
    lifecycle: (
        PendingStepLifecycle
        | QueuedStepLifecycle
        | RunningStepLifecycle
        | CompletedStepLifecycle
        | AwaitingReviewStepLifecycle
        | ErrorStepLifecycle
        | SkippedStepLifecycle
        | CancelledStepLifecycle
        | UnknownLifecycle
    )
    run_id: str
    started_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    model: str | None = None
    loop_containers: list[ContainerContextData] = _attrs_field(factory=list)
    created_at: datetime.datetime | None = None
    handle_inputs: dict[str, PublicHandlePayload] = _attrs_field(factory=dict)
    handle_outputs: dict[str, PublicHandlePayload] = _attrs_field(factory=dict)
    artifact: StepArtifactRef | None = None
    retry_count: int = 0
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    # In __init__ (keyword only) so that attrs.evolve carries them, as it does what follows.
    _extra: dict[str, Any] | None = _attrs_field(
        default=None, repr=False, eq=extras_key, kw_only=True, alias="additional_properties"
    )
    # One bit per optional field, set when the payload lacked the key, so that to_dict leaves
    # it out again. Built in code, a None that could be null counts as absent until set.
    _absent: int = _attrs_field(default=151, repr=False, eq=False, kw_only=True, alias="_absent")
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _started_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_started_at_text"
    )
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _completed_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_completed_at_text"
    )
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _created_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_created_at_text"
    )

    def __attrs_post_init__(self) -> None:
        # Only a model built in code (or by attrs.evolve) gets here: refuse a wrong type now,
        # not when to_dict meets it. Parsing fills slots directly and never comes here.
        if not isinstance(self.block_id, str):
            raise ModelTypeError.field("block_id", "str", self.block_id)
        if not isinstance(self.step_id, str):
            raise ModelTypeError.field("step_id", "str", self.step_id)
        if not isinstance(self.block_type, BlockType):
            raise ModelTypeError.field("block_type", "BlockType", self.block_type)
        if not isinstance(self.block_label, str):
            raise ModelTypeError.field("block_label", "str", self.block_label)
        if not isinstance(
            self.lifecycle,
            (
                PendingStepLifecycle,
                QueuedStepLifecycle,
                RunningStepLifecycle,
                CompletedStepLifecycle,
                AwaitingReviewStepLifecycle,
                ErrorStepLifecycle,
                SkippedStepLifecycle,
                CancelledStepLifecycle,
                UnknownLifecycle,
            ),
        ):
            raise ModelTypeError.field(
                "lifecycle",
                "PendingStepLifecycle | QueuedStepLifecycle | RunningStepLifecycle | CompletedStepLifecycle | AwaitingReviewStepLifecycle | ErrorStepLifecycle | SkippedStepLifecycle | CancelledStepLifecycle | UnknownLifecycle",
                self.lifecycle,
            )
        if not isinstance(self.run_id, str):
            raise ModelTypeError.field("run_id", "str", self.run_id)
        if not (self.started_at is None or isinstance(self.started_at, datetime.datetime)):
            raise ModelTypeError.field("started_at", "datetime.datetime | None", self.started_at)
        if not (self.completed_at is None or isinstance(self.completed_at, datetime.datetime)):
            raise ModelTypeError.field("completed_at", "datetime.datetime | None", self.completed_at)
        if not (self.model is None or isinstance(self.model, str)):
            raise ModelTypeError.field("model", "str | None", self.model)
        if not (
            isinstance(self.loop_containers, list)
            and all(isinstance(_x0, ContainerContextData) for _x0 in self.loop_containers)
        ):
            raise ModelTypeError.field("loop_containers", "list[ContainerContextData]", self.loop_containers)
        if not (self.created_at is None or isinstance(self.created_at, datetime.datetime)):
            raise ModelTypeError.field("created_at", "datetime.datetime | None", self.created_at)
        if not (
            isinstance(self.handle_inputs, dict)
            and all(isinstance(_x0, PublicHandlePayload) for _x0 in self.handle_inputs.values())
        ):
            raise ModelTypeError.field("handle_inputs", "dict[str, PublicHandlePayload]", self.handle_inputs)
        if not (
            isinstance(self.handle_outputs, dict)
            and all(isinstance(_x0, PublicHandlePayload) for _x0 in self.handle_outputs.values())
        ):
            raise ModelTypeError.field("handle_outputs", "dict[str, PublicHandlePayload]", self.handle_outputs)
        if not (self.artifact is None or isinstance(self.artifact, StepArtifactRef)):
            raise ModelTypeError.field("artifact", "StepArtifactRef | None", self.artifact)
        if not (isinstance(self.retry_count, int) and not isinstance(self.retry_count, bool)):
            raise ModelTypeError.field("retry_count", "int", self.retry_count)
        if self._extra:
            self._extra = dict(self._extra)  # its own: an evolved copy shares no dict with the original

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["block_id"] = self.block_id
        out["step_id"] = self.step_id
        out["block_type"] = self.block_type.value
        out["block_label"] = self.block_label
        out["lifecycle"] = self.lifecycle._to_dict()
        out["run_id"] = self.run_id
        started_at_ = self.started_at
        if started_at_ is not None or not self._absent & 1:
            out["started_at"] = None if started_at_ is None else format_datetime(started_at_, self._started_at_text)
        completed_at_ = self.completed_at
        if completed_at_ is not None or not self._absent & 2:
            out["completed_at"] = (
                None if completed_at_ is None else format_datetime(completed_at_, self._completed_at_text)
            )
        model_ = self.model
        if model_ is not None or not self._absent & 4:
            out["model"] = model_
        loop_containers_ = self.loop_containers
        if not self._absent & 8 or loop_containers_ != []:
            out["loop_containers"] = [_v_loop_containers1._to_dict() for _v_loop_containers1 in loop_containers_]
        created_at_ = self.created_at
        if created_at_ is not None or not self._absent & 16:
            out["created_at"] = None if created_at_ is None else format_datetime(created_at_, self._created_at_text)
        handle_inputs_ = self.handle_inputs
        if not self._absent & 32 or handle_inputs_ != {}:
            out["handle_inputs"] = {
                _k_handle_inputs2: _v_handle_inputs1._to_dict()
                for _k_handle_inputs2, _v_handle_inputs1 in handle_inputs_.items()
            }
        handle_outputs_ = self.handle_outputs
        if not self._absent & 64 or handle_outputs_ != {}:
            out["handle_outputs"] = {
                _k_handle_outputs2: _v_handle_outputs1._to_dict()
                for _k_handle_outputs2, _v_handle_outputs1 in handle_outputs_.items()
            }
        artifact_ = self.artifact
        if artifact_ is not None or not self._absent & 128:
            out["artifact"] = None if artifact_ is None else artifact_._to_dict()
        retry_count_ = self.retry_count
        if not self._absent & 256 or retry_count_ != 0:
            out["retry_count"] = retry_count_
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
            built: Self | None = build_strict("WorkflowStep", data)
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
        _v = get("block_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["block_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["block_id"], "a string", _v)
        obj.block_id = _v
        _v = get("step_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["step_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["step_id"], "a string", _v)
        obj.step_id = _v
        _v = get("block_type", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["block_type"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["block_type"], "a string", _v)
        obj.block_type = _BlockType_BY_VALUE.get(_v) or BlockType(_v)
        _v = get("block_label", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["block_label"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["block_label"], "a string", _v)
        obj.block_label = _v
        _v = get("lifecycle", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["lifecycle"])
        if _v.__class__ is not dict and not isinstance(_v, dict):
            raise ModelParseError.wrong_type(["lifecycle"], "an object", _v)
        _tag_lifecycle2 = _v.get("status", _ABSENT)
        if _tag_lifecycle2 is _ABSENT:
            raise ModelParseError.missing(["lifecycle", "status"])
        if _tag_lifecycle2.__class__ is not str and not isinstance(_tag_lifecycle2, str):
            raise ModelParseError.wrong_type(["lifecycle", "status"], "a string", _tag_lifecycle2)
        try:
            if _tag_lifecycle2 == "pending":
                obj.lifecycle = PendingStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle2 == "queued":
                obj.lifecycle = QueuedStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle2 == "running":
                obj.lifecycle = RunningStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle2 == "completed":
                obj.lifecycle = CompletedStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle2 == "awaiting_review":
                obj.lifecycle = AwaitingReviewStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle2 == "error":
                obj.lifecycle = ErrorStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle2 == "skipped":
                obj.lifecycle = SkippedStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle2 == "cancelled":
                obj.lifecycle = CancelledStepLifecycle._from_dict(_v, _own)
            else:  # a value this contract does not list: kept as it came
                obj.lifecycle = UnknownLifecycle._from_dict(_v, _own)
        except ModelParseError as _e_lifecycle1:
            _e_lifecycle1.loc[:0] = ["lifecycle"]
            raise
        _v = get("run_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["run_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["run_id"], "a string", _v)
        obj.run_id = _v
        _v = get("started_at", _ABSENT)
        started_at_text: str | None = None
        if _v is _ABSENT:
            obj.started_at = None
            absent |= 1
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
            absent |= 2
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
        _v = get("model", _ABSENT)
        if _v is _ABSENT:
            obj.model = None
            absent |= 4
        else:
            if _v is None:
                obj.model = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["model"], "a string", _v)
                obj.model = _v
        _v = get("loop_containers", _ABSENT)
        if _v is _ABSENT:
            obj.loop_containers = []
            absent |= 8
        else:
            if _v.__class__ is not list and not isinstance(_v, list):
                raise ModelParseError.wrong_type(["loop_containers"], "an array", _v)
            _items_loop_containers5: list[ContainerContextData] = []
            _y_loop_containers3: ContainerContextData
            for _i_loop_containers1, _x_loop_containers2 in enumerate(_v):
                try:
                    _y_loop_containers3 = ContainerContextData._from_dict(_x_loop_containers2, _own)
                except ModelParseError as _e_loop_containers4:
                    _e_loop_containers4.loc[:0] = ["loop_containers", _i_loop_containers1]
                    raise
                _items_loop_containers5.append(_y_loop_containers3)
                if _own:
                    _v[_i_loop_containers1] = None
            obj.loop_containers = _items_loop_containers5
        _v = get("created_at", _ABSENT)
        created_at_text: str | None = None
        if _v is _ABSENT:
            obj.created_at = None
            absent |= 16
        else:
            if _v is None:
                obj.created_at = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["created_at"], "a date-time string", _v)
                obj.created_at, created_at_text = read_datetime(_v)  # the text kept when written back otherwise
                if obj.created_at is None:
                    raise ModelParseError(["created_at"], "is not an RFC 3339 date-time", _v)
        obj._created_at_text = created_at_text
        _v = get("handle_inputs", _ABSENT)
        if _v is _ABSENT:
            obj.handle_inputs = {}
            absent |= 32
        else:
            if _v.__class__ is not dict and not isinstance(_v, dict):
                raise ModelParseError.wrong_type(["handle_inputs"], "an object", _v)
            _entries_handle_inputs5: dict[str, PublicHandlePayload] = {}
            _y_handle_inputs3: PublicHandlePayload
            for _k_handle_inputs1, _x_handle_inputs2 in _v.items():
                try:
                    _y_handle_inputs3 = PublicHandlePayload._from_dict(_x_handle_inputs2, _own)
                except ModelParseError as _e_handle_inputs4:
                    _e_handle_inputs4.loc[:0] = ["handle_inputs", _k_handle_inputs1]
                    raise
                _entries_handle_inputs5[_k_handle_inputs1] = _y_handle_inputs3
            obj.handle_inputs = _entries_handle_inputs5
        _v = get("handle_outputs", _ABSENT)
        if _v is _ABSENT:
            obj.handle_outputs = {}
            absent |= 64
        else:
            if _v.__class__ is not dict and not isinstance(_v, dict):
                raise ModelParseError.wrong_type(["handle_outputs"], "an object", _v)
            _entries_handle_outputs5: dict[str, PublicHandlePayload] = {}
            _y_handle_outputs3: PublicHandlePayload
            for _k_handle_outputs1, _x_handle_outputs2 in _v.items():
                try:
                    _y_handle_outputs3 = PublicHandlePayload._from_dict(_x_handle_outputs2, _own)
                except ModelParseError as _e_handle_outputs4:
                    _e_handle_outputs4.loc[:0] = ["handle_outputs", _k_handle_outputs1]
                    raise
                _entries_handle_outputs5[_k_handle_outputs1] = _y_handle_outputs3
            obj.handle_outputs = _entries_handle_outputs5
        _v = get("artifact", _ABSENT)
        if _v is _ABSENT:
            obj.artifact = None
            absent |= 128
        else:
            if _v is None:
                obj.artifact = None
            else:
                try:
                    obj.artifact = StepArtifactRef._from_dict(_v, _own)
                except ModelParseError as _e_artifact1:
                    _e_artifact1.loc[:0] = ["artifact"]
                    raise
        _v = get("retry_count", _ABSENT)
        if _v is _ABSENT:
            obj.retry_count = 0
            absent |= 256
        else:
            if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                if not (isinstance(_v, float) and _v.is_integer()):
                    raise ModelParseError.wrong_type(["retry_count"], "an integer", _v)
                _v = int(_v)
            obj.retry_count = _v
        obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
        # Each absent key set one bit of ``absent``: more keys than the others means extra keys.
        if len(src) + absent.bit_count() != 15:  # keys the spec does not name: keep them
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
