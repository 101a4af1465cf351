"""The StepStatusSummary model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError
from ..types import (
    UNSET,
    Unset,
    decode_json,
    extras_key,
    format_datetime,
    gc_paused,
    model_repr,
    parse_datetime,
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
        node_type (NodeType | None | Unset): Kind of node; may be missing for steps created inside loops.
        node_label (str | None | Unset): Label of the node; may be missing for steps created inside loops.
        started_at (datetime.datetime | None | Unset): When the step started.
        completed_at (datetime.datetime | None | Unset): When the step ended.
        duration_ms (int | None | Unset): How long the step took, in milliseconds.
        error (str | None | Unset): Why the step failed, if it did.
        error_stage (ErrorStage | None | Unset): The stage of step execution that failed.
        error_category (ErrorCategory | None | Unset): Kind of failure, for deciding whether to retry.
        requires_human_review (bool | None | Unset): Whether a person must review this step's result.
        loop_id (str | None | Unset): Id of the loop the step runs in, if any.
        iteration (int | None | Unset): Zero-based loop iteration, if the step runs in a loop.
        iteration_context (IterationContextData | None | Unset): The containers (loops, parallel branches) the step runs inside.
        model (str | None | Unset): Language model the step used (e.g. `gpt-5.2`).
        cost (CostBreakdown | None | Unset): What the step cost.
        tokens (TokenUsage | None | Unset): Tokens the step used.
    """

    node_id: str
    status: StepStatus
    step_id: str = ""
    node_type: NodeType | None | Unset = UNSET
    node_label: str | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    error: str | None | Unset = UNSET
    error_stage: ErrorStage | None | Unset = UNSET
    error_category: ErrorCategory | None | Unset = UNSET
    requires_human_review: bool | None | Unset = UNSET
    loop_id: str | None | Unset = UNSET
    iteration: int | None | Unset = UNSET
    iteration_context: IterationContextData | None | Unset = UNSET
    model: str | None | Unset = UNSET
    cost: CostBreakdown | None | Unset = UNSET
    tokens: TokenUsage | None | Unset = UNSET
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    _extra: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=extras_key)
    _absent: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["node_id"] = self.node_id
        out["status"] = self.status.value
        step_id_ = self.step_id
        if "step_id" not in self._absent or step_id_ != "":
            out["step_id"] = step_id_
        node_type_ = self.node_type
        if not isinstance(node_type_, Unset):
            out["node_type"] = None if node_type_ is None else node_type_.value
        node_label_ = self.node_label
        if not isinstance(node_label_, Unset):
            out["node_label"] = node_label_
        started_at_ = self.started_at
        if not isinstance(started_at_, Unset):
            out["started_at"] = None if started_at_ is None else format_datetime(started_at_)
        completed_at_ = self.completed_at
        if not isinstance(completed_at_, Unset):
            out["completed_at"] = None if completed_at_ is None else format_datetime(completed_at_)
        duration_ms_ = self.duration_ms
        if not isinstance(duration_ms_, Unset):
            out["duration_ms"] = duration_ms_
        error_ = self.error
        if not isinstance(error_, Unset):
            out["error"] = error_
        error_stage_ = self.error_stage
        if not isinstance(error_stage_, Unset):
            out["error_stage"] = None if error_stage_ is None else error_stage_.value
        error_category_ = self.error_category
        if not isinstance(error_category_, Unset):
            out["error_category"] = None if error_category_ is None else error_category_.value
        requires_human_review_ = self.requires_human_review
        if not isinstance(requires_human_review_, Unset):
            out["requires_human_review"] = requires_human_review_
        loop_id_ = self.loop_id
        if not isinstance(loop_id_, Unset):
            out["loop_id"] = loop_id_
        iteration_ = self.iteration
        if not isinstance(iteration_, Unset):
            out["iteration"] = iteration_
        iteration_context_ = self.iteration_context
        if not isinstance(iteration_context_, Unset):
            out["iteration_context"] = None if iteration_context_ is None else iteration_context_._to_dict()
        model_ = self.model
        if not isinstance(model_, Unset):
            out["model"] = model_
        cost_ = self.cost
        if not isinstance(cost_, Unset):
            out["cost"] = None if cost_ is None else cost_._to_dict()
        tokens_ = self.tokens
        if not isinstance(tokens_, Unset):
            out["tokens"] = None if tokens_ is None else tokens_._to_dict()
        if self._extra:
            for key, value in self._extra.items():
                out.setdefault(key, value)
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Absent keys take their spec default.

        Raises:
            ModelParseError: a required key is missing or a value has the wrong type;
                its ``path`` says where (e.g. ``steps[3].status``).
        """
        with gc_paused():
            return cls._from_dict(src_dict)

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Build from JSON text: decode and ``from_dict``, with the collector paused for both.

        Raises:
            ModelParseError: the text is not JSON, or does not fit the model.
        """
        with gc_paused():
            return cls._from_dict(_decode_json(data))

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        src = src_dict
        if src.__class__ is not dict and not isinstance(src, Mapping):
            raise ModelParseError.wrong_type([], "an object", src)
        get = src.get
        missing = 0
        absent: tuple[str, ...] = ()
        _v = get("node_id", UNSET)
        node_id_: str
        if _v is UNSET:
            raise ModelParseError.missing(["node_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["node_id"], "a string", _v)
        node_id_ = _v
        _v = get("status", UNSET)
        status_: StepStatus
        if _v is UNSET:
            raise ModelParseError.missing(["status"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["status"], "a string", _v)
        status_ = _StepStatus_BY_VALUE.get(_v) or StepStatus(_v)
        _v = get("step_id", UNSET)
        step_id_: str
        if _v is UNSET:
            step_id_ = ""
            absent += ("step_id",)
            missing += 1
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["step_id"], "a string", _v)
            step_id_ = _v
        _v = get("node_type", UNSET)
        node_type_: NodeType | None | Unset
        if _v is UNSET:
            node_type_ = UNSET
            missing += 1
        else:
            if _v is None:
                node_type_ = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["node_type"], "a string", _v)
                node_type_ = _NodeType_BY_VALUE.get(_v) or NodeType(_v)
        _v = get("node_label", UNSET)
        node_label_: str | None | Unset
        if _v is UNSET:
            node_label_ = UNSET
            missing += 1
        else:
            if _v is None:
                node_label_ = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["node_label"], "a string", _v)
                node_label_ = _v
        _v = get("started_at", UNSET)
        started_at_: datetime.datetime | None | Unset
        if _v is UNSET:
            started_at_ = UNSET
            missing += 1
        else:
            if _v is None:
                started_at_ = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["started_at"], "a date-time string", _v)
                try:
                    started_at_ = parse_datetime(_v)
                except ValueError:
                    raise ModelParseError(["started_at"], "is not an ISO 8601 date-time", _v) from None
        _v = get("completed_at", UNSET)
        completed_at_: datetime.datetime | None | Unset
        if _v is UNSET:
            completed_at_ = UNSET
            missing += 1
        else:
            if _v is None:
                completed_at_ = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["completed_at"], "a date-time string", _v)
                try:
                    completed_at_ = parse_datetime(_v)
                except ValueError:
                    raise ModelParseError(["completed_at"], "is not an ISO 8601 date-time", _v) from None
        _v = get("duration_ms", UNSET)
        duration_ms_: int | None | Unset
        if _v is UNSET:
            duration_ms_ = UNSET
            missing += 1
        else:
            if _v is None:
                duration_ms_ = None
            else:
                if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                    if not (isinstance(_v, float) and _v.is_integer()):
                        raise ModelParseError.wrong_type(["duration_ms"], "an integer", _v)
                    _v = int(_v)
                duration_ms_ = _v
        _v = get("error", UNSET)
        error_: str | None | Unset
        if _v is UNSET:
            error_ = UNSET
            missing += 1
        else:
            if _v is None:
                error_ = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["error"], "a string", _v)
                error_ = _v
        _v = get("error_stage", UNSET)
        error_stage_: ErrorStage | None | Unset
        if _v is UNSET:
            error_stage_ = UNSET
            missing += 1
        else:
            if _v is None:
                error_stage_ = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["error_stage"], "a string", _v)
                error_stage_ = _ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v)
        _v = get("error_category", UNSET)
        error_category_: ErrorCategory | None | Unset
        if _v is UNSET:
            error_category_ = UNSET
            missing += 1
        else:
            if _v is None:
                error_category_ = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["error_category"], "a string", _v)
                error_category_ = _ErrorCategory_BY_VALUE.get(_v) or ErrorCategory(_v)
        _v = get("requires_human_review", UNSET)
        requires_human_review_: bool | None | Unset
        if _v is UNSET:
            requires_human_review_ = UNSET
            missing += 1
        else:
            if _v is None:
                requires_human_review_ = None
            else:
                if _v is not True and _v is not False:
                    raise ModelParseError.wrong_type(["requires_human_review"], "a boolean", _v)
                requires_human_review_ = _v
        _v = get("loop_id", UNSET)
        loop_id_: str | None | Unset
        if _v is UNSET:
            loop_id_ = UNSET
            missing += 1
        else:
            if _v is None:
                loop_id_ = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["loop_id"], "a string", _v)
                loop_id_ = _v
        _v = get("iteration", UNSET)
        iteration_: int | None | Unset
        if _v is UNSET:
            iteration_ = UNSET
            missing += 1
        else:
            if _v is None:
                iteration_ = None
            else:
                if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                    if not (isinstance(_v, float) and _v.is_integer()):
                        raise ModelParseError.wrong_type(["iteration"], "an integer", _v)
                    _v = int(_v)
                iteration_ = _v
        _v = get("iteration_context", UNSET)
        iteration_context_: IterationContextData | None | Unset
        if _v is UNSET:
            iteration_context_ = UNSET
            missing += 1
        else:
            if _v is None:
                iteration_context_ = None
            else:
                try:
                    iteration_context_ = IterationContextData._from_dict(_v)
                except ModelParseError as _e_iteration_context1:
                    _e_iteration_context1.loc[:0] = ["iteration_context"]
                    raise
        _v = get("model", UNSET)
        model_: str | None | Unset
        if _v is UNSET:
            model_ = UNSET
            missing += 1
        else:
            if _v is None:
                model_ = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["model"], "a string", _v)
                model_ = _v
        _v = get("cost", UNSET)
        cost_: CostBreakdown | None | Unset
        if _v is UNSET:
            cost_ = UNSET
            missing += 1
        else:
            if _v is None:
                cost_ = None
            else:
                try:
                    cost_ = CostBreakdown._from_dict(_v)
                except ModelParseError as _e_cost1:
                    _e_cost1.loc[:0] = ["cost"]
                    raise
        _v = get("tokens", UNSET)
        tokens_: TokenUsage | None | Unset
        if _v is UNSET:
            tokens_ = UNSET
            missing += 1
        else:
            if _v is None:
                tokens_ = None
            else:
                try:
                    tokens_ = TokenUsage._from_dict(_v)
                except ModelParseError as _e_tokens1:
                    _e_tokens1.loc[:0] = ["tokens"]
                    raise
        # Slot stores, not the attrs __init__ (no validators or converters to run): half the cost.
        obj = object.__new__(cls)
        obj.node_id = node_id_
        obj.status = status_
        obj.step_id = step_id_
        obj.node_type = node_type_
        obj.node_label = node_label_
        obj.started_at = started_at_
        obj.completed_at = completed_at_
        obj.duration_ms = duration_ms_
        obj.error = error_
        obj.error_stage = error_stage_
        obj.error_category = error_category_
        obj.requires_human_review = requires_human_review_
        obj.loop_id = loop_id_
        obj.iteration = iteration_
        obj.iteration_context = iteration_context_
        obj.model = model_
        obj.cost = cost_
        obj.tokens = tokens_
        obj._absent = absent
        if len(src) + missing != 18:  # keys the spec does not name: keep them
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
