"""The WorkflowRun model. Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit."""

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
from .awaiting_review_run import AwaitingReviewRun
from .cancelled_terminal import CancelledTerminal
from .completed_terminal import CompletedTerminal
from .error_terminal import ErrorTerminal
from .pending_run import PendingRun
from .run_inputs import RunInputs
from .run_timing import RunTiming
from .running_run import RunningRun
from .trigger_info import TriggerInfo
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
        "id",
        "workflow_id",
        "workflow_version_id",
        "trigger",
        "lifecycle",
        "timing",
        "inputs",
        "metadata",
    }
)


@_attrs_define(repr=False)
class WorkflowRun:
    """A single execution of a workflow.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        id (str): Unique ID for this run
        workflow_id (str): ID of the workflow that was run
        workflow_version_id (str): Content-addressed workflow version used for this run.
        trigger (TriggerInfo): What started this run
        lifecycle (PendingRun | RunningRun | AwaitingReviewRun | CompletedTerminal | ErrorTerminal | CancelledTerminal | UnknownLifecycle): Lifecycle state of the run.
        timing (RunTiming): All timing information
        inputs (RunInputs | None): Input payloads supplied at run creation time
        metadata (dict[str, str] | None): User-defined metadata associated with this workflow run.
    """

    id: str
    workflow_id: str
    workflow_version_id: str
    trigger: TriggerInfo
    lifecycle: (
        PendingRun
        | RunningRun
        | AwaitingReviewRun
        | CompletedTerminal
        | ErrorTerminal
        | CancelledTerminal
        | UnknownLifecycle
    )
    timing: RunTiming
    inputs: RunInputs | None = None
    metadata: dict[str, str] | None = None
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    # In __init__ (keyword only) so that attrs.evolve carries them, as it does what follows.
    _extra: dict[str, Any] | None = _attrs_field(
        default=None, repr=False, eq=extras_key, kw_only=True, alias="additional_properties"
    )
    # One bit per optional field, set when the payload lacked the key, so that to_dict leaves
    # it out again. Built in code, a None that could be null counts as absent until set.
    _absent: int = _attrs_field(default=2, repr=False, eq=False, kw_only=True, alias="_absent")

    def __attrs_post_init__(self) -> None:
        # Only a model built in code (or by attrs.evolve) gets here: refuse a wrong type now,
        # not when to_dict meets it. Parsing fills slots directly and never comes here.
        if not isinstance(self.id, str):
            raise ModelTypeError.field("id", "str", self.id)
        if not isinstance(self.workflow_id, str):
            raise ModelTypeError.field("workflow_id", "str", self.workflow_id)
        if not isinstance(self.workflow_version_id, str):
            raise ModelTypeError.field("workflow_version_id", "str", self.workflow_version_id)
        if not isinstance(self.trigger, TriggerInfo):
            raise ModelTypeError.field("trigger", "TriggerInfo", self.trigger)
        if not isinstance(
            self.lifecycle,
            (
                PendingRun,
                RunningRun,
                AwaitingReviewRun,
                CompletedTerminal,
                ErrorTerminal,
                CancelledTerminal,
                UnknownLifecycle,
            ),
        ):
            raise ModelTypeError.field(
                "lifecycle",
                "PendingRun | RunningRun | AwaitingReviewRun | CompletedTerminal | ErrorTerminal | CancelledTerminal | UnknownLifecycle",
                self.lifecycle,
            )
        if not isinstance(self.timing, RunTiming):
            raise ModelTypeError.field("timing", "RunTiming", self.timing)
        if not (self.inputs is None or isinstance(self.inputs, RunInputs)):
            raise ModelTypeError.field("inputs", "RunInputs | None", self.inputs)
        if not (
            self.metadata is None
            or (isinstance(self.metadata, dict) and all(isinstance(_x0, str) for _x0 in self.metadata.values()))
        ):
            raise ModelTypeError.field("metadata", "dict[str, str] | None", self.metadata)
        if self._extra:
            self._extra = dict(self._extra)  # its own: an evolved copy shares no dict with the original

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["id"] = self.id
        out["workflow_id"] = self.workflow_id
        out["workflow_version_id"] = self.workflow_version_id
        out["trigger"] = self.trigger._to_dict()
        out["lifecycle"] = self.lifecycle._to_dict()
        out["timing"] = self.timing._to_dict()
        inputs_ = self.inputs
        if inputs_ is not None:
            out["inputs"] = inputs_._to_dict()
        metadata_ = self.metadata
        if metadata_ is not None or not self._absent & 2:
            out["metadata"] = metadata_
        if self._extra:
            for key, value in self._extra.items():
                out.setdefault(key, value)
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Absent keys read as their spec default, or None.

        Raises:
            ModelParseError: a required key is missing or a value has the wrong type;
                its ``path`` says where (e.g. ``steps[3].status``), and
                ``more`` how many more problems validate_run finds.
        """
        with gc_paused():
            try:
                return cls._from_dict(src_dict)
            except ModelParseError as exc:
                exc.count_more(src_dict, "2026-08-16")
                raise

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
            built: Self | None = build_strict("WorkflowRun", data)
            if built is not None:
                return built
            try:
                return cls._from_dict(_decode_json(data), _own=True)
            except ModelParseError as exc:
                if exc.loc or not exc.problem.startswith("is not JSON"):
                    exc.count_more(decode_json(data), "2026-08-16")  # the first decoding was consumed
                raise

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], _own: bool = False) -> Self:
        # _own: src_dict was decoded for this call alone, and its lists of objects may be
        # emptied as they are read. Never for a caller's dict, nor under a fallback (which
        # keeps the value as it came when it does not fit).
        src = src_dict
        if src.__class__ is not dict and not isinstance(src, Mapping):
            raise ModelParseError.wrong_type([], "an object", src)
        if "status" in src and "lifecycle" not in src:
            raise ModelParseError(
                [],
                'is a run record of the 2026-02-26 API (a flat `status`, no `lifecycle`): check it against that contract (api_version="2026-02-26"), not 2026-08-16',
            )  # x-retab-eras: seed-era
        if "workflow" in src and "workflow_id" not in src:
            raise ModelParseError(
                [],
                "carries `workflow: {workflow_id, version_id}` (the 2026-05-12 shape that the vendor\u0027s docs examples of 2026-08-16 still show) where the schema of 2026-08-16 has `workflow_id` and `workflow_version_id` at the top level",
            )  # x-retab-eras: docs-example
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
        _v = get("workflow_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["workflow_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["workflow_id"], "a string", _v)
        obj.workflow_id = _v
        _v = get("workflow_version_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["workflow_version_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["workflow_version_id"], "a string", _v)
        obj.workflow_version_id = _v
        _v = get("trigger", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["trigger"])
        try:
            obj.trigger = TriggerInfo._from_dict(_v, _own)
        except ModelParseError as _e_trigger1:
            _e_trigger1.loc[:0] = ["trigger"]
            raise
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
                obj.lifecycle = PendingRun._from_dict(_v, _own)
            elif _tag_lifecycle2 == "running":
                obj.lifecycle = RunningRun._from_dict(_v, _own)
            elif _tag_lifecycle2 == "awaiting_review":
                obj.lifecycle = AwaitingReviewRun._from_dict(_v, _own)
            elif _tag_lifecycle2 == "completed":
                obj.lifecycle = CompletedTerminal._from_dict(_v, _own)
            elif _tag_lifecycle2 == "error":
                obj.lifecycle = ErrorTerminal._from_dict(_v, _own)
            elif _tag_lifecycle2 == "cancelled":
                obj.lifecycle = CancelledTerminal._from_dict(_v, _own)
            else:  # a value this contract does not list: kept as it came
                obj.lifecycle = UnknownLifecycle._from_dict(_v, _own)
        except ModelParseError as _e_lifecycle1:
            _e_lifecycle1.loc[:0] = ["lifecycle"]
            raise
        _v = get("timing", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["timing"])
        try:
            obj.timing = RunTiming._from_dict(_v, _own)
        except ModelParseError as _e_timing1:
            _e_timing1.loc[:0] = ["timing"]
            raise
        _v = get("inputs", _ABSENT)
        if _v is _ABSENT:
            obj.inputs = None
            absent |= 1
        else:
            try:
                obj.inputs = RunInputs._from_dict(_v, _own)
            except ModelParseError as _e_inputs1:
                _e_inputs1.loc[:0] = ["inputs"]
                raise
        _v = get("metadata", _ABSENT)
        if _v is _ABSENT:
            obj.metadata = None
            absent |= 2
        else:
            if _v is None:
                obj.metadata = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["metadata"], "an object", _v)
                _entries_metadata4: dict[str, str] = {}
                _y_metadata3: str
                for _k_metadata1, _x_metadata2 in _v.items():
                    if _x_metadata2.__class__ is not str and not isinstance(_x_metadata2, str):
                        raise ModelParseError.wrong_type(["metadata", _k_metadata1], "a string", _x_metadata2)
                    _y_metadata3 = _x_metadata2
                    _entries_metadata4[_k_metadata1] = _y_metadata3
                obj.metadata = _entries_metadata4
        obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
        # Each absent key set one bit of ``absent``: more keys than the others means extra keys.
        if len(src) + absent.bit_count() != 8:  # keys the spec does not name: keep them
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
