"""A request as the route table sees it, and the checks that answer 422 as the vendor does.

The vendor's API is FastAPI: a bad parameter or body is a 422 whose ``detail`` lists one
item per problem (``loc``, ``msg``, ``type``, ``input``). These checks write the same
shape, for query parameters (``loc: ["query", name]``) and JSON bodies
(``loc: ["body", ...]``).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]  # the parser's own, C when it can be
from typing import Any

from ._encoding import LONG_TEXT
from ._parsing import decode_text, parse_json, string_end

__all__ = [
    "MAX_BODY_ITEMS",
    "Incoming",
    "Invalid",
    "Query",
    "Shape",
    "TooManyItems",
    "check_body",
    "decode_base64",
    "too_many_items",
]

Issue = dict[str, Any]
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_HEADER_TEXT = re.compile(r"[\x20-\x7e\xa0-\xff]*")
MAX_INTEGER_DIGITS = 4300
"""Python's int conversion limit: a longer integer in a query is refused (422) before ``int`` sees it."""


class TooManyItems(Exception):
    """Answered 413 with ``{"detail": str(exc)}``: the JSON body holds more values than the server parses."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"Request body holds more than {limit} JSON values and keys (this server parses at most "
                         f"{limit} per request)")  # fmt: skip


class Invalid(Exception):
    """Answered 422 with ``{"detail": issues}``."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(f"{len(issues)} validation issue(s)")
        self.issues = issues


def issue(kind: str, loc: Sequence[str | int], msg: str, value: Any, **ctx: Any) -> Issue:
    found: Issue = {"type": kind, "loc": list(loc), "msg": msg, "input": value}
    if ctx:
        found["ctx"] = ctx
    return found


@dataclass(frozen=True)
class Incoming:
    """One HTTP request, framework aside: the raw path (still percent-encoded), query pairs, headers, body."""

    method: str
    raw_path: str
    query: Sequence[tuple[str, str]] = ()
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    base_url: str = "http://127.0.0.1"

    def param(self, name: str) -> str | None:
        """The last value of a query parameter, as FastAPI reads it."""
        values = [value for key, value in self.query if key == name]
        return values[-1] if values else None


class Query:
    """Typed access to query parameters; every problem is collected, then raised as one 422.

    An empty value is an empty string, as in FastAPI: ``?from_date=`` is not a date (422),
    ``?search=`` matches every run.
    """

    def __init__(self, incoming: Incoming) -> None:
        self.incoming = incoming
        self.issues: list[Issue] = []

    def text(self, name: str) -> str | None:
        return self.incoming.param(name)

    def required(self, name: str) -> str:
        value = self.incoming.param(name)
        if value is None:
            self.issues.append(issue("missing", ["query", name], "Field required", None))
            return ""
        return value

    def integer(
        self,
        name: str,
        default: int | None = None,
        *,
        low: int | None = None,
        high: int | None = None,
    ) -> int | None:
        raw = self.incoming.param(name)
        if raw is None:
            return default
        text = raw.strip()
        if _INTEGER.fullmatch(text) and len(text.lstrip("+-")) > MAX_INTEGER_DIGITS:
            too_long = "Unable to parse input string as an integer, exceeded maximum size"
            self.issues.append(issue("int_parsing_size", ["query", name], too_long, raw))
            return default
        if not _INTEGER.fullmatch(text):
            self.issues.append(
                issue(
                    "int_parsing",
                    ["query", name],
                    "Input should be a valid integer, unable to parse string as an integer",
                    raw,
                )
            )
            return default
        value = int(text)
        if low is not None and value < low:
            self.issues.append(issue("greater_than_equal", ["query", name],
                                     f"Input should be greater than or equal to {low}", raw, ge=low))  # fmt: skip
        elif high is not None and value > high:
            self.issues.append(issue("less_than_equal", ["query", name],
                                     f"Input should be less than or equal to {high}", raw, le=high))  # fmt: skip
        return value

    def number(self, name: str) -> float | None:
        raw = self.incoming.param(name)
        if raw is None:
            return None
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            self.issues.append(
                issue(
                    "float_parsing",
                    ["query", name],
                    "Input should be a valid number, unable to parse string as a number",
                    raw,
                )
            )
            return None
        return value

    def choice(self, name: str, allowed: Sequence[str], default: str | None = None) -> str | None:
        raw = self.incoming.param(name)
        if raw is None:
            return default
        if raw not in allowed:
            expected = ", ".join(repr(a) for a in allowed)
            self.issues.append(issue("enum", ["query", name], f"Input should be {expected}", raw, expected=expected))
            return default
        return raw

    def date(self, name: str) -> datetime.date | None:
        """A ``YYYY-MM-DD`` date."""
        raw = self.incoming.param(name)
        if raw is None:
            return None
        day = parse_day(raw)
        if day is None:
            self.issues.append(issue("date_from_datetime_parsing", ["query", name],
                                     "Input should be a valid date in the format YYYY-MM-DD", raw))  # fmt: skip
        return day

    def listing(self, name: str) -> list[str] | None:
        """A comma-separated list; blanks are dropped."""
        raw = self.incoming.param(name)
        if raw is None:
            return None
        return [part.strip() for part in raw.split(",") if part.strip()]

    def done(self) -> None:
        if self.issues:
            raise Invalid(self.issues)


# -- JSON bodies ---------------------------------------------------------------------------------

Check = Callable[[Any, list[str | int]], list[Issue]]
# Each check runs in a module-level function or a dataclass's ``__call__``, never in a closure
# built by its factory: the route tables call the factories once, at import, so whatever a
# factory's own body does is fixed before any request (and before a mutation test can change it).


def _wrong_type(kind: str, what: str, value: Any, loc: list[str | int]) -> list[Issue]:
    return [issue(kind, loc, f"Input should be a valid {what}", value)]


def _string(value: Any, loc: list[str | int]) -> list[Issue]:
    return [] if isinstance(value, str) else _wrong_type("string_type", "string", value, loc)


def _boolean(value: Any, loc: list[str | int]) -> list[Issue]:
    return [] if isinstance(value, bool) else _wrong_type("bool_type", "boolean", value, loc)


def _any_object(value: Any, loc: list[str | int]) -> list[Issue]:
    return [] if isinstance(value, dict) else _wrong_type("dict_type", "dictionary", value, loc)


def string() -> Check:
    """A JSON string."""
    return _string


def boolean() -> Check:
    """A JSON boolean (``true``/``false``; not 0 or 1)."""
    return _boolean


def any_object() -> Check:
    """Any JSON object."""
    return _any_object


@dataclass(frozen=True)
class Nullable:
    """``null`` or what ``inner`` takes."""

    inner: Check

    def __call__(self, value: Any, loc: list[str | int]) -> list[Issue]:
        return [] if value is None else self.inner(value, loc)


@dataclass(frozen=True)
class OneOf:
    """One of the strings ``allowed`` (an enum)."""

    allowed: tuple[str, ...]

    def __call__(self, value: Any, loc: list[str | int]) -> list[Issue]:
        if isinstance(value, str) and value in self.allowed:
            return []
        expected = ", ".join(repr(a) for a in self.allowed)
        return [issue("enum", loc, f"Input should be {expected}", value, expected=expected)]


@dataclass(frozen=True)
class ArrayOf:
    """A JSON array whose every element ``item`` takes."""

    item: Check

    def __call__(self, value: Any, loc: list[str | int]) -> list[Issue]:
        if not isinstance(value, list):
            return _wrong_type("list_type", "list", value, loc)
        return [found for i, element in enumerate(value) for found in self.item(element, [*loc, i])]


@dataclass(frozen=True)
class MappingOf:
    """A JSON object whose every value ``item`` takes."""

    item: Check

    def __call__(self, value: Any, loc: list[str | int]) -> list[Issue]:
        if not isinstance(value, dict):
            return _wrong_type("dict_type", "dictionary", value, loc)
        return [found for key, element in value.items() for found in self.item(element, [*loc, key])]


nullable: Callable[[Check], Check] = Nullable
array: Callable[[Check], Check] = ArrayOf
mapping: Callable[[Check], Check] = MappingOf


def one_of(*allowed: str) -> Check:
    """One of the strings ``allowed``."""
    return OneOf(allowed)


def parse_day(text: str) -> datetime.date | None:
    """A ``YYYY-MM-DD`` date (RFC 3339 full-date), or None."""
    if not _DAY.fullmatch(text):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None


def _date_text(value: Any, loc: list[str | int]) -> list[Issue]:
    if not isinstance(value, str):
        return _wrong_type("string_type", "string", value, loc)
    if parse_day(value) is None:
        return [issue("date_from_datetime_parsing", loc, "Input should be a valid date in the format YYYY-MM-DD",
                      value)]  # fmt: skip
    return []


def date_text() -> Check:
    """A ``YYYY-MM-DD`` string."""
    return _date_text


BASE64_PIECE = 1024 * 1024
"""Base64 is decoded this many characters at a time: each piece holds the interpreter briefly, so
other requests' threads run between pieces of a large document."""


def decode_base64(text: str) -> bytes:
    """Strict base64 (``validate=True``), decoded piece by piece. Raises ValueError (binascii.Error) when it is not."""
    if len(text) % 4:
        raise binascii.Error("base64 text should be a multiple of 4 characters long")
    pieces = []
    for start in range(0, len(text), BASE64_PIECE):
        piece = text[start : start + BASE64_PIECE]
        if "=" in piece and start + BASE64_PIECE < len(text):
            raise binascii.Error("padding before the end of the base64 text")
        pieces.append(base64.b64decode(piece, validate=True))
    return b"".join(pieces)


def _base64_text(value: Any, loc: list[str | int]) -> list[Issue]:
    if not isinstance(value, str):
        return _wrong_type("string_type", "string", value, loc)
    try:
        decode_base64(value)
    except (binascii.Error, ValueError):
        return [issue("base64_decode", loc, "Base64 decoding error: the content should be base64", value)]
    return []


def base64_text() -> Check:
    """A string of strict base64."""
    return _base64_text


@dataclass(frozen=True)
class Shape:
    """An object schema: required and optional properties; unknown keys are ignored, as pydantic does."""

    required: Mapping[str, Check] = field(default_factory=dict)
    optional: Mapping[str, Check] = field(default_factory=dict)

    def __call__(self, value: Any, loc: list[str | int]) -> list[Issue]:
        if not isinstance(value, dict):
            return [issue("model_attributes_type", loc,
                          "Input should be a valid dictionary or object to extract fields from", value)]  # fmt: skip
        found: list[Issue] = []
        for name, check in self.required.items():
            if name not in value:
                found.append(issue("missing", [*loc, name], "Field required", value))
            else:
                found += check(value[name], [*loc, name])
        for name, check in self.optional.items():
            if name in value:
                found += check(value[name], [*loc, name])
        return found


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    """A JSON number that fits a float: ``1e999`` would be stored as inf and answered as ``Infinity`` (not JSON)."""
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text} is too large for a number")
    return number


MAX_BODY_ITEMS = 100_000
"""A JSON body may hold at most this many values and object keys, else 413 before it is parsed.

The parser holds the interpreter for a whole body, every thread of the server waiting, at
about 0.2 to 0.3 us per value; encoding the run that holds them again takes about three
times that. At this bound a create costs others a few tens of milliseconds at most."""

_MARKS = ",:[{"
_PIECE = 1024 * 1024
"""Characters counted per call: each call holds the interpreter briefly."""


def _marks(text: str, start: int, stop: int, budget: int) -> int:
    """How many of ``,:[{`` ``text[start:stop]`` holds, counted a piece at a time; stops once over ``budget``."""
    found = 0
    for piece in range(start, stop, _PIECE):
        end = min(piece + _PIECE, stop)
        found += sum(text.count(mark, piece, end) for mark in _MARKS)
        if found > budget:
            break
    return found


def too_many_items(text: str, limit: int) -> bool:
    """Whether the JSON ``text`` holds more than ``limit`` values and object keys, counted without parsing it.

    Every value but the first follows a ``:`` (an object's value), a ``[`` (an array's first
    item) or a ``,`` (the next item); every key follows a ``{`` or a ``,``. Counting those
    marks outside strings counts each value and key once (an empty array or object once
    more). Counting them everywhere gives an upper bound at memory speed; only when that is
    over the limit are strings skipped (``string_end``), stopping as soon as the count passes
    it. Text that is not JSON from some point on is counted up to there (the parser stops there).
    """
    if 1 + _marks(text, 0, len(text), limit) <= limit:
        return False
    count, position = 1, 0
    while position < len(text):
        quote = text.find('"', position)
        count += _marks(text, position, len(text) if quote < 0 else quote, limit - count)
        if count > limit:
            return True
        if quote < 0:
            break
        try:
            end = string_end(text, quote)
            if end is not None and end - quote < LONG_TEXT:
                scanstring(text, quote + 1, True)  # a short string is checked here (a long one as it is decoded)
        except ValueError:  # not a JSON string: the parser stops here with its own message
            break
        if end is None:
            break
        position = end
    return False


def check_body(raw: bytes, shape: Shape, *, required: bool) -> dict[str, Any]:
    """The decoded JSON body, checked against ``shape``; raises Invalid (422) otherwise, and
    TooManyItems (413) for a body of more than ``MAX_BODY_ITEMS`` values and keys (before parsing it).

    An optional body may be absent or ``null``: that reads as ``{}``.
    """
    if not raw or raw.isspace():  # stops at the first other byte (strip would copy the body)
        if required:
            raise Invalid([issue("missing", ["body"], "Field required", None)])
        return {}
    try:
        text = decode_text(raw)
        if too_many_items(text, MAX_BODY_ITEMS):
            raise TooManyItems(MAX_BODY_ITEMS)
        value = parse_json(text, parse_constant=_no_constant, parse_float=_finite)
    except (ValueError, RecursionError) as exc:
        position = getattr(exc, "pos", 0)
        raise Invalid([issue("json_invalid", ["body", position], "JSON decode error", {}, error=str(exc))]) from None
    if value is None and not required:
        return {}
    problems = shape(value, ["body"])
    if problems:
        raise Invalid(problems)
    assert isinstance(value, dict)
    return value


def _header_text(value: Any, loc: list[str | int]) -> list[Issue]:
    if not isinstance(value, str):
        return _wrong_type("string_type", "string", value, loc)
    if not _HEADER_TEXT.fullmatch(value):
        return [issue("string_pattern_mismatch", loc,
                      "String should be printable Latin-1 text without control characters (it is sent as a "
                      "Content-Type header)", value, pattern=_HEADER_TEXT.pattern)]  # fmt: skip
    return []


def header_text() -> Check:
    """A string that can go in an HTTP header as it is: Latin-1, no control characters (CR, LF, NUL...)."""
    return _header_text


MIME_DATA_INPUT = Shape(required={"filename": string(), "content": base64_text(), "mime_type": header_text()})
