"""The RunCostSummary model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

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
from .model_cost_entry import ModelCostEntry

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
        "total",
        "input_cost",
        "output_cost",
        "total_tokens",
        "prompt_tokens",
        "completion_tokens",
        "models",
    }
)


@_attrs_define(repr=False)
class RunCostSummary:
    """Costs and tokens summed over every step of a run, with a split per model.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        total (float): Total cost in US dollars.
        input_cost (float): Cost of input tokens in US dollars.
        output_cost (float): Cost of output tokens in US dollars.
        total_tokens (int): Tokens used by all models.
        prompt_tokens (int): Input tokens used by all models.
        completion_tokens (int): Output tokens used by all models.
        models (dict[str, ModelCostEntry] | None): Cost per model, keyed by model name.
    """

    total: float = 0.0
    input_cost: float = 0.0
    output_cost: float = 0.0
    total_tokens: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    models: dict[str, ModelCostEntry] | None = None
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    # In __init__ (keyword only) so that attrs.evolve carries them, as it does what follows.
    _extra: dict[str, Any] | None = _attrs_field(
        default=None, repr=False, eq=extras_key, kw_only=True, alias="additional_properties"
    )
    # One bit per optional field, set when the payload lacked the key, so that to_dict leaves
    # it out again. Built in code, a None that could be null counts as absent until set.
    _absent: int = _attrs_field(default=64, repr=False, eq=False, kw_only=True, alias="_absent")

    def __attrs_post_init__(self) -> None:
        # Only a model built in code (or by attrs.evolve) gets here: refuse a wrong type now,
        # not when to_dict meets it. Parsing fills slots directly and never comes here.
        if not (isinstance(self.total, (int, float)) and not isinstance(self.total, bool)):
            raise ModelTypeError.field("total", "float", self.total)
        if not (isinstance(self.input_cost, (int, float)) and not isinstance(self.input_cost, bool)):
            raise ModelTypeError.field("input_cost", "float", self.input_cost)
        if not (isinstance(self.output_cost, (int, float)) and not isinstance(self.output_cost, bool)):
            raise ModelTypeError.field("output_cost", "float", self.output_cost)
        if not (isinstance(self.total_tokens, int) and not isinstance(self.total_tokens, bool)):
            raise ModelTypeError.field("total_tokens", "int", self.total_tokens)
        if not (isinstance(self.prompt_tokens, int) and not isinstance(self.prompt_tokens, bool)):
            raise ModelTypeError.field("prompt_tokens", "int", self.prompt_tokens)
        if not (isinstance(self.completion_tokens, int) and not isinstance(self.completion_tokens, bool)):
            raise ModelTypeError.field("completion_tokens", "int", self.completion_tokens)
        if not (
            self.models is None
            or (isinstance(self.models, dict) and all(isinstance(_x0, ModelCostEntry) for _x0 in self.models.values()))
        ):
            raise ModelTypeError.field("models", "dict[str, ModelCostEntry] | None", self.models)
        if self._extra:
            self._extra = dict(self._extra)  # its own: an evolved copy shares no dict with the original

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        total_ = self.total
        if not self._absent & 1 or total_ != 0.0:
            out["total"] = total_
        input_cost_ = self.input_cost
        if not self._absent & 2 or input_cost_ != 0.0:
            out["input_cost"] = input_cost_
        output_cost_ = self.output_cost
        if not self._absent & 4 or output_cost_ != 0.0:
            out["output_cost"] = output_cost_
        total_tokens_ = self.total_tokens
        if not self._absent & 8 or total_tokens_ != 0:
            out["total_tokens"] = total_tokens_
        prompt_tokens_ = self.prompt_tokens
        if not self._absent & 16 or prompt_tokens_ != 0:
            out["prompt_tokens"] = prompt_tokens_
        completion_tokens_ = self.completion_tokens
        if not self._absent & 32 or completion_tokens_ != 0:
            out["completion_tokens"] = completion_tokens_
        models_ = self.models
        if models_ is not None or not self._absent & 64:
            out["models"] = (
                None
                if models_ is None
                else {_k_models2: _v_models1._to_dict() for _k_models2, _v_models1 in models_.items()}
            )
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
            built: Self | None = build_strict("RunCostSummary", data)
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
        _v = get("total", _ABSENT)
        if _v is _ABSENT:
            obj.total = 0.0
            absent |= 1
        else:
            if (
                _v.__class__ is not float
                and _v.__class__ is not int
                and (isinstance(_v, bool) or not isinstance(_v, (int, float)))
            ):
                raise ModelParseError.wrong_type(["total"], "a number", _v)
            obj.total = _v
        _v = get("input_cost", _ABSENT)
        if _v is _ABSENT:
            obj.input_cost = 0.0
            absent |= 2
        else:
            if (
                _v.__class__ is not float
                and _v.__class__ is not int
                and (isinstance(_v, bool) or not isinstance(_v, (int, float)))
            ):
                raise ModelParseError.wrong_type(["input_cost"], "a number", _v)
            obj.input_cost = _v
        _v = get("output_cost", _ABSENT)
        if _v is _ABSENT:
            obj.output_cost = 0.0
            absent |= 4
        else:
            if (
                _v.__class__ is not float
                and _v.__class__ is not int
                and (isinstance(_v, bool) or not isinstance(_v, (int, float)))
            ):
                raise ModelParseError.wrong_type(["output_cost"], "a number", _v)
            obj.output_cost = _v
        _v = get("total_tokens", _ABSENT)
        if _v is _ABSENT:
            obj.total_tokens = 0
            absent |= 8
        else:
            if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                if not (isinstance(_v, float) and _v.is_integer()):
                    raise ModelParseError.wrong_type(["total_tokens"], "an integer", _v)
                _v = int(_v)
            obj.total_tokens = _v
        _v = get("prompt_tokens", _ABSENT)
        if _v is _ABSENT:
            obj.prompt_tokens = 0
            absent |= 16
        else:
            if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                if not (isinstance(_v, float) and _v.is_integer()):
                    raise ModelParseError.wrong_type(["prompt_tokens"], "an integer", _v)
                _v = int(_v)
            obj.prompt_tokens = _v
        _v = get("completion_tokens", _ABSENT)
        if _v is _ABSENT:
            obj.completion_tokens = 0
            absent |= 32
        else:
            if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                if not (isinstance(_v, float) and _v.is_integer()):
                    raise ModelParseError.wrong_type(["completion_tokens"], "an integer", _v)
                _v = int(_v)
            obj.completion_tokens = _v
        _v = get("models", _ABSENT)
        if _v is _ABSENT:
            obj.models = None
            absent |= 64
        else:
            if _v is None:
                obj.models = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["models"], "an object", _v)
                _entries_models5: dict[str, ModelCostEntry] = {}
                _y_models3: ModelCostEntry
                for _k_models1, _x_models2 in _v.items():
                    try:
                        _y_models3 = ModelCostEntry._from_dict(_x_models2, _own)
                    except ModelParseError as _e_models4:
                        _e_models4.loc[:0] = ["models", _k_models1]
                        raise
                    _entries_models5[_k_models1] = _y_models3
                obj.models = _entries_models5
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
