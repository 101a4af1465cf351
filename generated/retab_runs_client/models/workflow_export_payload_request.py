"""The WorkflowExportPayloadRequest model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

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
from .export_source import ExportSource
from .run_status_filter import RunStatusFilter
from .trigger_type import TriggerType

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
        "workflow_id",
        "node_id",
        "export_source",
        "selected_run_ids",
        "selected_doc_types",
        "status",
        "exclude_status",
        "from_date",
        "to_date",
        "trigger_types",
        "preferred_columns",
        "delimiter",
        "line_delimiter",
        "quote",
    }
)
_ExportSource_BY_VALUE: dict[str, ExportSource] = {member.value: member for member in ExportSource}
_RunStatusFilter_BY_VALUE: dict[str, RunStatusFilter] = {member.value: member for member in RunStatusFilter}
_TriggerType_BY_VALUE: dict[str, TriggerType] = {member.value: member for member in TriggerType}


@_attrs_define(repr=False)
class WorkflowExportPayloadRequest:
    """What to export as CSV text.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        workflow_id (str): Workflow whose runs are exported.
        node_id (str): Node whose data makes the rows.
        export_source (ExportSource): Export what the node produced (outputs) or what it received (inputs).
        selected_run_ids (list[str] | None): Only these runs; null for every run that matches the filters.
        selected_doc_types (list[str] | None): Only these document types; null or empty for all.
        status (RunStatusFilter | None): Only runs in this status (on top of the export's own scope).
        exclude_status (RunStatusFilter | None): Leave out runs in this status.
        from_date (str | None): Only runs created on or after this day (YYYY-MM-DD).
        to_date (str | None): Only runs created on or before this day (YYYY-MM-DD).
        trigger_types (list[TriggerType] | None): Only runs started one of these ways.
        preferred_columns (list[str]): Data columns to put first, in this order.
        delimiter (str): Field separator of the CSV.
        line_delimiter (str): Line separator of the CSV.
        quote (str): Quote character of the CSV.
    """

    workflow_id: str
    node_id: str
    export_source: ExportSource = ExportSource.OUTPUTS
    selected_run_ids: list[str] | None = None
    selected_doc_types: list[str] | None = None
    status: RunStatusFilter | None = None
    exclude_status: RunStatusFilter | None = None
    from_date: str | None = None
    to_date: str | None = None
    trigger_types: list[TriggerType] | None = None
    preferred_columns: list[str] = _attrs_field(factory=list)
    delimiter: str = ";"
    line_delimiter: str = "\n"
    quote: str = '"'
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    # In __init__ (keyword only) so that attrs.evolve carries them, as it does what follows.
    _extra: dict[str, Any] | None = _attrs_field(
        default=None, repr=False, eq=extras_key, kw_only=True, alias="additional_properties"
    )
    # One bit per optional field, set when the payload lacked the key, so that to_dict leaves
    # it out again. Built in code, a None that could be null counts as absent until set.
    _absent: int = _attrs_field(default=254, repr=False, eq=False, kw_only=True, alias="_absent")

    def __attrs_post_init__(self) -> None:
        # Only a model built in code (or by attrs.evolve) gets here: refuse a wrong type now,
        # not when to_dict meets it. Parsing fills slots directly and never comes here.
        if not isinstance(self.workflow_id, str):
            raise ModelTypeError.field("workflow_id", "str", self.workflow_id)
        if not isinstance(self.node_id, str):
            raise ModelTypeError.field("node_id", "str", self.node_id)
        if not isinstance(self.export_source, ExportSource):
            raise ModelTypeError.field("export_source", "ExportSource", self.export_source)
        if not (
            self.selected_run_ids is None
            or (isinstance(self.selected_run_ids, list) and all(isinstance(_x0, str) for _x0 in self.selected_run_ids))
        ):
            raise ModelTypeError.field("selected_run_ids", "list[str] | None", self.selected_run_ids)
        if not (
            self.selected_doc_types is None
            or (
                isinstance(self.selected_doc_types, list)
                and all(isinstance(_x0, str) for _x0 in self.selected_doc_types)
            )
        ):
            raise ModelTypeError.field("selected_doc_types", "list[str] | None", self.selected_doc_types)
        if not (self.status is None or isinstance(self.status, RunStatusFilter)):
            raise ModelTypeError.field("status", "RunStatusFilter | None", self.status)
        if not (self.exclude_status is None or isinstance(self.exclude_status, RunStatusFilter)):
            raise ModelTypeError.field("exclude_status", "RunStatusFilter | None", self.exclude_status)
        if not (self.from_date is None or isinstance(self.from_date, str)):
            raise ModelTypeError.field("from_date", "str | None", self.from_date)
        if not (self.to_date is None or isinstance(self.to_date, str)):
            raise ModelTypeError.field("to_date", "str | None", self.to_date)
        if not (
            self.trigger_types is None
            or (
                isinstance(self.trigger_types, list) and all(isinstance(_x0, TriggerType) for _x0 in self.trigger_types)
            )
        ):
            raise ModelTypeError.field("trigger_types", "list[TriggerType] | None", self.trigger_types)
        if not (
            isinstance(self.preferred_columns, list) and all(isinstance(_x0, str) for _x0 in self.preferred_columns)
        ):
            raise ModelTypeError.field("preferred_columns", "list[str]", self.preferred_columns)
        if not isinstance(self.delimiter, str):
            raise ModelTypeError.field("delimiter", "str", self.delimiter)
        if not isinstance(self.line_delimiter, str):
            raise ModelTypeError.field("line_delimiter", "str", self.line_delimiter)
        if not isinstance(self.quote, str):
            raise ModelTypeError.field("quote", "str", self.quote)
        if self._extra:
            self._extra = dict(self._extra)  # its own: an evolved copy shares no dict with the original

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["workflow_id"] = self.workflow_id
        out["node_id"] = self.node_id
        export_source_ = self.export_source
        if not self._absent & 1 or export_source_ != ExportSource.OUTPUTS:
            out["export_source"] = export_source_.value
        selected_run_ids_ = self.selected_run_ids
        if selected_run_ids_ is not None or not self._absent & 2:
            out["selected_run_ids"] = selected_run_ids_
        selected_doc_types_ = self.selected_doc_types
        if selected_doc_types_ is not None or not self._absent & 4:
            out["selected_doc_types"] = selected_doc_types_
        status_ = self.status
        if status_ is not None or not self._absent & 8:
            out["status"] = None if status_ is None else status_.value
        exclude_status_ = self.exclude_status
        if exclude_status_ is not None or not self._absent & 16:
            out["exclude_status"] = None if exclude_status_ is None else exclude_status_.value
        from_date_ = self.from_date
        if from_date_ is not None or not self._absent & 32:
            out["from_date"] = from_date_
        to_date_ = self.to_date
        if to_date_ is not None or not self._absent & 64:
            out["to_date"] = to_date_
        trigger_types_ = self.trigger_types
        if trigger_types_ is not None or not self._absent & 128:
            out["trigger_types"] = (
                None if trigger_types_ is None else [_v_trigger_types1.value for _v_trigger_types1 in trigger_types_]
            )
        preferred_columns_ = self.preferred_columns
        if not self._absent & 256 or preferred_columns_ != []:
            out["preferred_columns"] = preferred_columns_
        delimiter_ = self.delimiter
        if not self._absent & 512 or delimiter_ != ";":
            out["delimiter"] = delimiter_
        line_delimiter_ = self.line_delimiter
        if not self._absent & 1024 or line_delimiter_ != "\n":
            out["line_delimiter"] = line_delimiter_
        quote_ = self.quote
        if not self._absent & 2048 or quote_ != '"':
            out["quote"] = quote_
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
            built: Self | None = build_strict("WorkflowExportPayloadRequest", data)
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
        _v = get("workflow_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["workflow_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["workflow_id"], "a string", _v)
        obj.workflow_id = _v
        _v = get("node_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["node_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["node_id"], "a string", _v)
        obj.node_id = _v
        _v = get("export_source", _ABSENT)
        if _v is _ABSENT:
            obj.export_source = ExportSource.OUTPUTS
            absent |= 1
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["export_source"], "a string", _v)
            obj.export_source = _ExportSource_BY_VALUE.get(_v) or ExportSource(_v)
        _v = get("selected_run_ids", _ABSENT)
        if _v is _ABSENT:
            obj.selected_run_ids = None
            absent |= 2
        else:
            if _v is None:
                obj.selected_run_ids = None
            else:
                if _v.__class__ is not list and not isinstance(_v, list):
                    raise ModelParseError.wrong_type(["selected_run_ids"], "an array", _v)
                _items_selected_run_ids4: list[str] = []
                _y_selected_run_ids3: str
                for _i_selected_run_ids1, _x_selected_run_ids2 in enumerate(_v):
                    if _x_selected_run_ids2.__class__ is not str and not isinstance(_x_selected_run_ids2, str):
                        raise ModelParseError.wrong_type(
                            ["selected_run_ids", _i_selected_run_ids1], "a string", _x_selected_run_ids2
                        )
                    _y_selected_run_ids3 = _x_selected_run_ids2
                    _items_selected_run_ids4.append(_y_selected_run_ids3)
                obj.selected_run_ids = _items_selected_run_ids4
        _v = get("selected_doc_types", _ABSENT)
        if _v is _ABSENT:
            obj.selected_doc_types = None
            absent |= 4
        else:
            if _v is None:
                obj.selected_doc_types = None
            else:
                if _v.__class__ is not list and not isinstance(_v, list):
                    raise ModelParseError.wrong_type(["selected_doc_types"], "an array", _v)
                _items_selected_doc_types4: list[str] = []
                _y_selected_doc_types3: str
                for _i_selected_doc_types1, _x_selected_doc_types2 in enumerate(_v):
                    if _x_selected_doc_types2.__class__ is not str and not isinstance(_x_selected_doc_types2, str):
                        raise ModelParseError.wrong_type(
                            ["selected_doc_types", _i_selected_doc_types1], "a string", _x_selected_doc_types2
                        )
                    _y_selected_doc_types3 = _x_selected_doc_types2
                    _items_selected_doc_types4.append(_y_selected_doc_types3)
                obj.selected_doc_types = _items_selected_doc_types4
        _v = get("status", _ABSENT)
        if _v is _ABSENT:
            obj.status = None
            absent |= 8
        else:
            if _v is None:
                obj.status = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["status"], "a string", _v)
                obj.status = _RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v)
        _v = get("exclude_status", _ABSENT)
        if _v is _ABSENT:
            obj.exclude_status = None
            absent |= 16
        else:
            if _v is None:
                obj.exclude_status = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["exclude_status"], "a string", _v)
                obj.exclude_status = _RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v)
        _v = get("from_date", _ABSENT)
        if _v is _ABSENT:
            obj.from_date = None
            absent |= 32
        else:
            if _v is None:
                obj.from_date = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["from_date"], "a string", _v)
                obj.from_date = _v
        _v = get("to_date", _ABSENT)
        if _v is _ABSENT:
            obj.to_date = None
            absent |= 64
        else:
            if _v is None:
                obj.to_date = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["to_date"], "a string", _v)
                obj.to_date = _v
        _v = get("trigger_types", _ABSENT)
        if _v is _ABSENT:
            obj.trigger_types = None
            absent |= 128
        else:
            if _v is None:
                obj.trigger_types = None
            else:
                if _v.__class__ is not list and not isinstance(_v, list):
                    raise ModelParseError.wrong_type(["trigger_types"], "an array", _v)
                _items_trigger_types4: list[TriggerType] = []
                _y_trigger_types3: TriggerType
                for _i_trigger_types1, _x_trigger_types2 in enumerate(_v):
                    if _x_trigger_types2.__class__ is not str and not isinstance(_x_trigger_types2, str):
                        raise ModelParseError.wrong_type(
                            ["trigger_types", _i_trigger_types1], "a string", _x_trigger_types2
                        )
                    _y_trigger_types3 = _TriggerType_BY_VALUE.get(_x_trigger_types2) or TriggerType(_x_trigger_types2)
                    _items_trigger_types4.append(_y_trigger_types3)
                obj.trigger_types = _items_trigger_types4
        _v = get("preferred_columns", _ABSENT)
        if _v is _ABSENT:
            obj.preferred_columns = []
            absent |= 256
        else:
            if _v.__class__ is not list and not isinstance(_v, list):
                raise ModelParseError.wrong_type(["preferred_columns"], "an array", _v)
            _items_preferred_columns4: list[str] = []
            _y_preferred_columns3: str
            for _i_preferred_columns1, _x_preferred_columns2 in enumerate(_v):
                if _x_preferred_columns2.__class__ is not str and not isinstance(_x_preferred_columns2, str):
                    raise ModelParseError.wrong_type(
                        ["preferred_columns", _i_preferred_columns1], "a string", _x_preferred_columns2
                    )
                _y_preferred_columns3 = _x_preferred_columns2
                _items_preferred_columns4.append(_y_preferred_columns3)
            obj.preferred_columns = _items_preferred_columns4
        _v = get("delimiter", _ABSENT)
        if _v is _ABSENT:
            obj.delimiter = ";"
            absent |= 512
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["delimiter"], "a string", _v)
            obj.delimiter = _v
        _v = get("line_delimiter", _ABSENT)
        if _v is _ABSENT:
            obj.line_delimiter = "\n"
            absent |= 1024
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["line_delimiter"], "a string", _v)
            obj.line_delimiter = _v
        _v = get("quote", _ABSENT)
        if _v is _ABSENT:
            obj.quote = '"'
            absent |= 2048
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["quote"], "a string", _v)
            obj.quote = _v
        obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
        # Each absent key set one bit of ``absent``: more keys than the others means extra keys.
        if len(src) + absent.bit_count() != 14:  # keys the spec does not name: keep them
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
