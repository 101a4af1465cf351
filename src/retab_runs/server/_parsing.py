"""JSON request bodies parsed with long strings a piece at a time.

The parser holds the interpreter for a whole call: a 60 MiB text or base64 document took every
other thread of the server for about half a second. Here the body is decoded to text a piece
at a time; strings of ``LONG_TEXT`` characters or more are found by their quotes, decoded
``TEXT_PIECE`` characters at a time (the parser's own string decoder, per piece), and the rest
of the body, each long string a placeholder, is parsed in one call: it is short. The value is
the one ``json.loads`` gives.
"""

from __future__ import annotations

import codecs
import json
import re
import secrets
from collections.abc import Callable
from json.decoder import scanstring  # type: ignore[attr-defined]  # the parser's own, C when it can be
from typing import Any

from ._encoding import LONG_TEXT, TEXT_PIECE

__all__ = ["BYTES_PIECE", "decode_text", "parse_json", "string_end"]

BYTES_PIECE = 1024 * 1024
"""Bytes of a body decoded to text per call."""

_ESCAPED_QUOTES = 64
"""Escaped quotes looked at one by one in a string before its end is found in one call."""

_LOW_SURROGATE = re.compile(r"\\u[dD][c-fC-F]")


def decode_text(raw: bytes) -> str:
    """The body as text, as ``json.loads`` decodes bytes (UTF-8, -16 or -32 by its first bytes), a piece at a time.

    Raises UnicodeDecodeError (a ValueError).
    """
    decoder = codecs.getincrementaldecoder(json.detect_encoding(raw))("surrogatepass")
    pieces = [decoder.decode(raw[start : start + BYTES_PIECE]) for start in range(0, len(raw), BYTES_PIECE)]
    pieces.append(decoder.decode(b"", final=True))
    return "".join(pieces)


def string_end(text: str, quote: int) -> int | None:
    """Where the JSON string opened at ``text[quote]`` ends (just past its closing quote); None when it does not.

    Quotes are found one call each; a string with many escaped quotes is left to the parser's
    own string decoder after a few (one call for the rest of it). Raises ValueError from that
    decoder for what is not a JSON string.
    """
    position = quote + 1
    for _ in range(_ESCAPED_QUOTES):
        closing = text.find('"', position)
        if closing < 0:
            return None
        backslashes = 0
        while text[closing - 1 - backslashes] == "\\":
            backslashes += 1
        if backslashes % 2 == 0:
            return closing + 1
        position = closing + 1
    end: int = scanstring(text, quote + 1, True)[1]
    return end


def _safe_split(text: str, start: int, position: int, end: int) -> int:
    """The first place at or after ``position`` (before ``end``) that splits no escape nor surrogate pair
    of the string content ``text[start:end]``."""
    while position < end:
        last = text.rfind("\\", max(position - 6, start), position)
        if last < 0:
            return position
        first = last
        while first > start and text[first - 1] == "\\":
            first -= 1
        if (last - first) % 2:  # the last backslash is escaped: the escape ended at it
            return position
        escape_end = last + (6 if text[last + 1 : last + 2] == "u" else 2)
        high = escape_end == position and text[last + 2 : last + 4].lower() in ("d8", "d9", "da", "db")
        if escape_end <= position and not (high and _LOW_SURROGATE.match(text, position)):
            return position
        position += 1
    return end


def _decode_long(text: str, start: int, end: int) -> str:
    """The string whose content is ``text[start:end]`` (the closing quote at ``end``), a piece at a time.

    Raises json.JSONDecodeError, placed in ``text``, for what is not a JSON string's content.
    """
    pieces = []
    position = start
    while position < end:
        stop = _safe_split(text, start, min(position + TEXT_PIECE, end), end)
        try:
            decoded, _ = scanstring(text[position:stop] + '"', 0, True)
        except json.JSONDecodeError as exc:
            raise json.JSONDecodeError(exc.msg, text, position + exc.pos) from None
        pieces.append(decoded)
        position = stop
    return "".join(pieces)


def _put_back(value: Any, long: dict[str, str]) -> Any:
    """``value`` with each placeholder (a value or a key) replaced by its long string; without recursion."""
    if isinstance(value, str):
        return long.get(value, value)
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            if any(key in long for key in item):
                pairs = [(long.get(key, key), child) for key, child in item.items()]
                item.clear()
                item.update(pairs)
            for key, child in item.items():
                if isinstance(child, str):
                    if child in long:
                        item[key] = long[child]
                elif isinstance(child, (dict, list)):
                    pending.append(child)
        elif isinstance(item, list):
            for index, child in enumerate(item):
                if isinstance(child, str):
                    if child in long:
                        item[index] = long[child]
                elif isinstance(child, (dict, list)):
                    pending.append(child)
    return value


def parse_json(text: str, *, parse_float: Callable[[str], Any], parse_constant: Callable[[str], Any]) -> Any:
    """``json.loads(text, ...)``, with strings of ``LONG_TEXT`` characters or more decoded a piece at a time.

    Raises json.JSONDecodeError (a ValueError) or RecursionError as ``json.loads`` does.
    """
    if len(text) < LONG_TEXT:
        return json.loads(text, parse_float=parse_float, parse_constant=parse_constant)
    marker = f"retab-long-text-{secrets.token_hex(8)}-"
    long: dict[str, str] = {}
    skeleton: list[str] = []
    shifts: list[tuple[int, int]] = []  # (in the skeleton, after a placeholder: how far behind the text it is)
    copied = position = size = 0
    failed: json.JSONDecodeError | None = (
        None  # the first long string that is not one: reported if nothing before it is
    )
    while True:
        quote = text.find('"', position)
        if quote < 0:
            break
        try:
            end = string_end(text, quote)
        except ValueError:
            break  # the parser says what is wrong there
        if end is None:
            break
        if end - quote - 2 >= LONG_TEXT:
            placeholder = f"{marker}{len(long)}"
            try:
                long[placeholder] = _decode_long(text, quote + 1, end - 1)
            except json.JSONDecodeError as exc:
                failed = failed or exc
                long[placeholder] = ""
            skeleton += [text[copied:quote], '"', placeholder, '"']
            size += quote - copied + len(placeholder) + 2
            shifts.append((size, end - size))
            copied = end
        position = end
    if not long:
        return json.loads(text, parse_float=parse_float, parse_constant=parse_constant)
    skeleton.append(text[copied:])
    try:
        value = json.loads("".join(skeleton), parse_float=parse_float, parse_constant=parse_constant)
    except json.JSONDecodeError as exc:  # placed in the text, as json.loads would place it
        behind = next((shift for after, shift in reversed(shifts) if after <= exc.pos), 0)
        if failed is None or exc.pos + behind < failed.pos:
            raise json.JSONDecodeError(exc.msg, text, exc.pos + behind) from None
    if failed is not None:
        raise failed
    return _put_back(value, long)
