"""The RerunWebhookResponse model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

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
        "webhook_sent",
        "webhook_status_code",
        "webhook_response_text",
        "webhook_response_headers",
        "webhook_request_body",
        "webhook_duration_ms",
        "webhook_error",
    }
)


@_attrs_define(repr=False)
class RerunWebhookResponse:
    """What the run's webhook gave when sent again.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        webhook_sent (bool): Whether the webhook was delivered.
        webhook_status_code (int | None): HTTP status the receiver answered.
        webhook_response_text (str | None): Body the receiver answered, cut short when long.
        webhook_response_headers (dict[str, str] | None): Headers the receiver answered.
        webhook_request_body (dict[str, Any] | None): The payload that was sent.
        webhook_duration_ms (float | None): How long the delivery took, in milliseconds.
        webhook_error (str | None): Why the delivery failed, when it did.
    """

    webhook_sent: bool
    webhook_status_code: int | None = None
    webhook_response_text: str | None = None
    webhook_response_headers: dict[str, str] | None = None
    webhook_request_body: dict[str, Any] | None = None
    webhook_duration_ms: float | None = None
    webhook_error: str | None = None
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    # In __init__ (keyword only) so that attrs.evolve carries them, as it does what follows.
    _extra: dict[str, Any] | None = _attrs_field(
        default=None, repr=False, eq=extras_key, kw_only=True, alias="additional_properties"
    )
    # One bit per optional field, set when the payload lacked the key, so that to_dict leaves
    # it out again. Built in code, a None that could be null counts as absent until set.
    _absent: int = _attrs_field(default=63, repr=False, eq=False, kw_only=True, alias="_absent")

    def __attrs_post_init__(self) -> None:
        # Only a model built in code (or by attrs.evolve) gets here: refuse a wrong type now,
        # not when to_dict meets it. Parsing fills slots directly and never comes here.
        if not isinstance(self.webhook_sent, bool):
            raise ModelTypeError.field("webhook_sent", "bool", self.webhook_sent)
        if not (
            self.webhook_status_code is None
            or (isinstance(self.webhook_status_code, int) and not isinstance(self.webhook_status_code, bool))
        ):
            raise ModelTypeError.field("webhook_status_code", "int | None", self.webhook_status_code)
        if not (self.webhook_response_text is None or isinstance(self.webhook_response_text, str)):
            raise ModelTypeError.field("webhook_response_text", "str | None", self.webhook_response_text)
        if not (
            self.webhook_response_headers is None
            or (
                isinstance(self.webhook_response_headers, dict)
                and all(isinstance(_x0, str) for _x0 in self.webhook_response_headers.values())
            )
        ):
            raise ModelTypeError.field(
                "webhook_response_headers", "dict[str, str] | None", self.webhook_response_headers
            )
        if not (self.webhook_request_body is None or isinstance(self.webhook_request_body, dict)):
            raise ModelTypeError.field("webhook_request_body", "dict[str, Any] | None", self.webhook_request_body)
        if not (
            self.webhook_duration_ms is None
            or (isinstance(self.webhook_duration_ms, (int, float)) and not isinstance(self.webhook_duration_ms, bool))
        ):
            raise ModelTypeError.field("webhook_duration_ms", "float | None", self.webhook_duration_ms)
        if not (self.webhook_error is None or isinstance(self.webhook_error, str)):
            raise ModelTypeError.field("webhook_error", "str | None", self.webhook_error)
        if self._extra:
            self._extra = dict(self._extra)  # its own: an evolved copy shares no dict with the original

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["webhook_sent"] = self.webhook_sent
        webhook_status_code_ = self.webhook_status_code
        if webhook_status_code_ is not None or not self._absent & 1:
            out["webhook_status_code"] = webhook_status_code_
        webhook_response_text_ = self.webhook_response_text
        if webhook_response_text_ is not None or not self._absent & 2:
            out["webhook_response_text"] = webhook_response_text_
        webhook_response_headers_ = self.webhook_response_headers
        if webhook_response_headers_ is not None or not self._absent & 4:
            out["webhook_response_headers"] = webhook_response_headers_
        webhook_request_body_ = self.webhook_request_body
        if webhook_request_body_ is not None or not self._absent & 8:
            out["webhook_request_body"] = webhook_request_body_
        webhook_duration_ms_ = self.webhook_duration_ms
        if webhook_duration_ms_ is not None or not self._absent & 16:
            out["webhook_duration_ms"] = webhook_duration_ms_
        webhook_error_ = self.webhook_error
        if webhook_error_ is not None or not self._absent & 32:
            out["webhook_error"] = webhook_error_
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
            built: Self | None = build_strict("RerunWebhookResponse", data)
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
        _v = get("webhook_sent", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["webhook_sent"])
        if _v is not True and _v is not False:
            raise ModelParseError.wrong_type(["webhook_sent"], "a boolean", _v)
        obj.webhook_sent = _v
        _v = get("webhook_status_code", _ABSENT)
        if _v is _ABSENT:
            obj.webhook_status_code = None
            absent |= 1
        else:
            if _v is None:
                obj.webhook_status_code = None
            else:
                if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                    if not (isinstance(_v, float) and _v.is_integer()):
                        raise ModelParseError.wrong_type(["webhook_status_code"], "an integer", _v)
                    _v = int(_v)
                obj.webhook_status_code = _v
        _v = get("webhook_response_text", _ABSENT)
        if _v is _ABSENT:
            obj.webhook_response_text = None
            absent |= 2
        else:
            if _v is None:
                obj.webhook_response_text = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["webhook_response_text"], "a string", _v)
                obj.webhook_response_text = _v
        _v = get("webhook_response_headers", _ABSENT)
        if _v is _ABSENT:
            obj.webhook_response_headers = None
            absent |= 4
        else:
            if _v is None:
                obj.webhook_response_headers = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["webhook_response_headers"], "an object", _v)
                _entries_webhook_response_headers4: dict[str, str] = {}
                _y_webhook_response_headers3: str
                for _k_webhook_response_headers1, _x_webhook_response_headers2 in _v.items():
                    if _x_webhook_response_headers2.__class__ is not str and not isinstance(
                        _x_webhook_response_headers2, str
                    ):
                        raise ModelParseError.wrong_type(
                            ["webhook_response_headers", _k_webhook_response_headers1],
                            "a string",
                            _x_webhook_response_headers2,
                        )
                    _y_webhook_response_headers3 = _x_webhook_response_headers2
                    _entries_webhook_response_headers4[_k_webhook_response_headers1] = _y_webhook_response_headers3
                obj.webhook_response_headers = _entries_webhook_response_headers4
        _v = get("webhook_request_body", _ABSENT)
        if _v is _ABSENT:
            obj.webhook_request_body = None
            absent |= 8
        else:
            if _v is None:
                obj.webhook_request_body = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["webhook_request_body"], "an object", _v)
                obj.webhook_request_body = _v
        _v = get("webhook_duration_ms", _ABSENT)
        if _v is _ABSENT:
            obj.webhook_duration_ms = None
            absent |= 16
        else:
            if _v is None:
                obj.webhook_duration_ms = None
            else:
                if (
                    _v.__class__ is not float
                    and _v.__class__ is not int
                    and (isinstance(_v, bool) or not isinstance(_v, (int, float)))
                ):
                    raise ModelParseError.wrong_type(["webhook_duration_ms"], "a number", _v)
                obj.webhook_duration_ms = _v
        _v = get("webhook_error", _ABSENT)
        if _v is _ABSENT:
            obj.webhook_error = None
            absent |= 32
        else:
            if _v is None:
                obj.webhook_error = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["webhook_error"], "a string", _v)
                obj.webhook_error = _v
        obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
        # Each absent key set one bit of ``absent``: more keys than the others means extra keys.
        if len(src) + absent.bit_count() != 7:  # keys the spec does not name: keep them
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
