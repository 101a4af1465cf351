"""The NodeSimulation model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

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
        "organization_id",
        "workflow_id",
        "run_id",
        "node_id",
        "node_type",
        "success",
        "handle_inputs",
        "output",
        "handle_outputs",
        "routing_decision",
        "error",
        "duration_ms",
        "skipped",
        "created_at",
        "block_config",
    }
)


@_attrs_define(repr=False)
class NodeSimulation:
    """The stored result of running one node again on a run's inputs.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        id (str): Id of the simulation.
        organization_id (str): Organisation that owns it.
        workflow_id (str): Workflow of the node.
        run_id (str): Run whose inputs were used.
        node_id (str): The node simulated.
        node_type (str): Type of the node.
        success (bool): Whether the node ran without error.
        handle_inputs (dict[str, Any] | None): What the node received, by input handle.
        output (dict[str, Any] | None): What the node produced, as its executor returned it.
        handle_outputs (dict[str, Any] | None): What the node produced, by output handle.
        routing_decision (list[str] | None): The output handles a routing node chose.
        error (str | None): Why the simulation failed, when it did.
        duration_ms (float | None): How long it took, in milliseconds.
        skipped (bool): Whether the node was skipped for lack of inputs.
        created_at (datetime.datetime | None): When the simulation ran.
        block_config (dict[str, Any] | None): The node configuration used (the current draft, not the published one).
    """

    id: str
    organization_id: str
    workflow_id: str
    run_id: str
    node_id: str
    node_type: str
    success: bool
    handle_inputs: dict[str, Any] | None = None
    output: dict[str, Any] | None = None
    handle_outputs: dict[str, Any] | None = None
    routing_decision: list[str] | None = None
    error: str | None = None
    duration_ms: float | None = None
    skipped: bool = False
    created_at: datetime.datetime | None = None
    block_config: dict[str, Any] | None = None
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    # In __init__ (keyword only) so that attrs.evolve carries them, as it does what follows.
    _extra: dict[str, Any] | None = _attrs_field(
        default=None, repr=False, eq=extras_key, kw_only=True, alias="additional_properties"
    )
    # One bit per optional field, set when the payload lacked the key, so that to_dict leaves
    # it out again. Built in code, a None that could be null counts as absent until set.
    _absent: int = _attrs_field(default=319, repr=False, eq=False, kw_only=True, alias="_absent")
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _created_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_created_at_text"
    )

    def __attrs_post_init__(self) -> None:
        # Only a model built in code (or by attrs.evolve) gets here: refuse a wrong type now,
        # not when to_dict meets it. Parsing fills slots directly and never comes here.
        if not isinstance(self.id, str):
            raise ModelTypeError.field("id", "str", self.id)
        if not isinstance(self.organization_id, str):
            raise ModelTypeError.field("organization_id", "str", self.organization_id)
        if not isinstance(self.workflow_id, str):
            raise ModelTypeError.field("workflow_id", "str", self.workflow_id)
        if not isinstance(self.run_id, str):
            raise ModelTypeError.field("run_id", "str", self.run_id)
        if not isinstance(self.node_id, str):
            raise ModelTypeError.field("node_id", "str", self.node_id)
        if not isinstance(self.node_type, str):
            raise ModelTypeError.field("node_type", "str", self.node_type)
        if not isinstance(self.success, bool):
            raise ModelTypeError.field("success", "bool", self.success)
        if not (self.handle_inputs is None or isinstance(self.handle_inputs, dict)):
            raise ModelTypeError.field("handle_inputs", "dict[str, Any] | None", self.handle_inputs)
        if not (self.output is None or isinstance(self.output, dict)):
            raise ModelTypeError.field("output", "dict[str, Any] | None", self.output)
        if not (self.handle_outputs is None or isinstance(self.handle_outputs, dict)):
            raise ModelTypeError.field("handle_outputs", "dict[str, Any] | None", self.handle_outputs)
        if not (
            self.routing_decision is None
            or (isinstance(self.routing_decision, list) and all(isinstance(_x0, str) for _x0 in self.routing_decision))
        ):
            raise ModelTypeError.field("routing_decision", "list[str] | None", self.routing_decision)
        if not (self.error is None or isinstance(self.error, str)):
            raise ModelTypeError.field("error", "str | None", self.error)
        if not (
            self.duration_ms is None
            or (isinstance(self.duration_ms, (int, float)) and not isinstance(self.duration_ms, bool))
        ):
            raise ModelTypeError.field("duration_ms", "float | None", self.duration_ms)
        if not isinstance(self.skipped, bool):
            raise ModelTypeError.field("skipped", "bool", self.skipped)
        if not (self.created_at is None or isinstance(self.created_at, datetime.datetime)):
            raise ModelTypeError.field("created_at", "datetime.datetime | None", self.created_at)
        if not (self.block_config is None or isinstance(self.block_config, dict)):
            raise ModelTypeError.field("block_config", "dict[str, Any] | None", self.block_config)
        if self._extra:
            self._extra = dict(self._extra)  # its own: an evolved copy shares no dict with the original

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["id"] = self.id
        out["organization_id"] = self.organization_id
        out["workflow_id"] = self.workflow_id
        out["run_id"] = self.run_id
        out["node_id"] = self.node_id
        out["node_type"] = self.node_type
        out["success"] = self.success
        handle_inputs_ = self.handle_inputs
        if handle_inputs_ is not None or not self._absent & 1:
            out["handle_inputs"] = handle_inputs_
        output_ = self.output
        if output_ is not None or not self._absent & 2:
            out["output"] = output_
        handle_outputs_ = self.handle_outputs
        if handle_outputs_ is not None or not self._absent & 4:
            out["handle_outputs"] = handle_outputs_
        routing_decision_ = self.routing_decision
        if routing_decision_ is not None or not self._absent & 8:
            out["routing_decision"] = routing_decision_
        error_ = self.error
        if error_ is not None or not self._absent & 16:
            out["error"] = error_
        duration_ms_ = self.duration_ms
        if duration_ms_ is not None or not self._absent & 32:
            out["duration_ms"] = duration_ms_
        skipped_ = self.skipped
        if not self._absent & 64 or skipped_ is not False:
            out["skipped"] = skipped_
        created_at_ = self.created_at
        if created_at_ is not None:
            out["created_at"] = format_datetime(created_at_, self._created_at_text)
        block_config_ = self.block_config
        if block_config_ is not None or not self._absent & 256:
            out["block_config"] = block_config_
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
            built: Self | None = build_strict("NodeSimulation", data)
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
        _v = get("id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["id"], "a string", _v)
        obj.id = _v
        _v = get("organization_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["organization_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["organization_id"], "a string", _v)
        obj.organization_id = _v
        _v = get("workflow_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["workflow_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["workflow_id"], "a string", _v)
        obj.workflow_id = _v
        _v = get("run_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["run_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["run_id"], "a string", _v)
        obj.run_id = _v
        _v = get("node_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["node_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["node_id"], "a string", _v)
        obj.node_id = _v
        _v = get("node_type", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["node_type"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["node_type"], "a string", _v)
        obj.node_type = _v
        _v = get("success", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["success"])
        if _v is not True and _v is not False:
            raise ModelParseError.wrong_type(["success"], "a boolean", _v)
        obj.success = _v
        _v = get("handle_inputs", _ABSENT)
        if _v is _ABSENT:
            obj.handle_inputs = None
            absent |= 1
        else:
            if _v is None:
                obj.handle_inputs = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["handle_inputs"], "an object", _v)
                obj.handle_inputs = _v
        _v = get("output", _ABSENT)
        if _v is _ABSENT:
            obj.output = None
            absent |= 2
        else:
            if _v is None:
                obj.output = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["output"], "an object", _v)
                obj.output = _v
        _v = get("handle_outputs", _ABSENT)
        if _v is _ABSENT:
            obj.handle_outputs = None
            absent |= 4
        else:
            if _v is None:
                obj.handle_outputs = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["handle_outputs"], "an object", _v)
                obj.handle_outputs = _v
        _v = get("routing_decision", _ABSENT)
        if _v is _ABSENT:
            obj.routing_decision = None
            absent |= 8
        else:
            if _v is None:
                obj.routing_decision = None
            else:
                if _v.__class__ is not list and not isinstance(_v, list):
                    raise ModelParseError.wrong_type(["routing_decision"], "an array", _v)
                _items_routing_decision4: list[str] = []
                _y_routing_decision3: str
                for _i_routing_decision1, _x_routing_decision2 in enumerate(_v):
                    if _x_routing_decision2.__class__ is not str and not isinstance(_x_routing_decision2, str):
                        raise ModelParseError.wrong_type(
                            ["routing_decision", _i_routing_decision1], "a string", _x_routing_decision2
                        )
                    _y_routing_decision3 = _x_routing_decision2
                    _items_routing_decision4.append(_y_routing_decision3)
                obj.routing_decision = _items_routing_decision4
        _v = get("error", _ABSENT)
        if _v is _ABSENT:
            obj.error = None
            absent |= 16
        else:
            if _v is None:
                obj.error = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["error"], "a string", _v)
                obj.error = _v
        _v = get("duration_ms", _ABSENT)
        if _v is _ABSENT:
            obj.duration_ms = None
            absent |= 32
        else:
            if _v is None:
                obj.duration_ms = None
            else:
                if (
                    _v.__class__ is not float
                    and _v.__class__ is not int
                    and (isinstance(_v, bool) or not isinstance(_v, (int, float)))
                ):
                    raise ModelParseError.wrong_type(["duration_ms"], "a number", _v)
                obj.duration_ms = _v
        _v = get("skipped", _ABSENT)
        if _v is _ABSENT:
            obj.skipped = False
            absent |= 64
        else:
            if _v is not True and _v is not False:
                raise ModelParseError.wrong_type(["skipped"], "a boolean", _v)
            obj.skipped = _v
        _v = get("created_at", _ABSENT)
        created_at_text: str | None = None
        if _v is _ABSENT:
            obj.created_at = None
            absent |= 128
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["created_at"], "a date-time string", _v)
            obj.created_at, created_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if obj.created_at is None:
                raise ModelParseError(["created_at"], "is not an RFC 3339 date-time", _v)
        obj._created_at_text = created_at_text
        _v = get("block_config", _ABSENT)
        if _v is _ABSENT:
            obj.block_config = None
            absent |= 256
        else:
            if _v is None:
                obj.block_config = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["block_config"], "an object", _v)
                obj.block_config = _v
        obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
        # Each absent key set one bit of ``absent``: more keys than the others means extra keys.
        if len(src) + absent.bit_count() != 16:  # keys the spec does not name: keep them
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
