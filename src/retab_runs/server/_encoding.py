"""JSON as the embedded server sends it, long strings encoded a piece at a time.

The encoder holds the interpreter for a whole call: a 60 MiB text took every other thread of
the server for half a second or more per copy of it in an answer. Strings of ``LONG_TEXT``
characters or more (values; keys too when a value is that long) are therefore left out of
that call (a placeholder stands in) and encoded in pieces of ``TEXT_PIECE`` characters,
others' threads running between pieces. The bytes are the same as
one call gives: the encoder escapes each character on its own.
"""

from __future__ import annotations

import json
import re
import secrets
from typing import Any

__all__ = ["LONG_TEXT", "TEXT_PIECE", "encode"]

LONG_TEXT = 256 * 1024
"""Strings at least this long (in characters) are encoded in pieces."""

TEXT_PIECE = 256 * 1024
"""Characters of a long string encoded per call."""


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def _has_long_text(value: Any) -> bool:
    """Whether ``value`` holds a string value of ``LONG_TEXT`` characters or more; without recursion.

    Keys are not looked at (a long key is encoded in one call), nor subclasses: this runs before
    every answer is encoded, so it does as little as it can per value.
    """
    if type(value) is str:
        return len(value) >= LONG_TEXT
    pending = [value]
    while pending:
        item = pending.pop()
        if type(item) is dict:
            item = item.values()
        elif type(item) is not list:
            continue
        for child in item:
            kind = type(child)
            if kind is str:
                if len(child) >= LONG_TEXT:
                    return True
            elif kind is dict or kind is list:
                pending.append(child)
    return False


def _swap_long_texts(value: Any, marker: str, found: list[str]) -> Any:
    """A copy of ``value``'s objects and arrays in which each long string is ``marker`` and its index in ``found``."""

    def leaf(item: Any) -> Any:
        if isinstance(item, str) and len(item) >= LONG_TEXT:
            found.append(item)
            return f"{marker}{len(found) - 1}"
        return item

    def shell(item: Any) -> Any:
        if isinstance(item, dict):
            copied: Any = {}
        elif isinstance(item, list):
            copied = []
        else:
            return leaf(item)
        pending.append((item, copied))
        return copied

    pending: list[tuple[Any, Any]] = []
    root = shell(value)
    while pending:
        source, target = pending.pop()
        if isinstance(source, dict):
            for key, item in source.items():
                target[leaf(key)] = shell(item)
        else:
            target.extend(shell(item) for item in source)
    return root


def _pieces(text: str) -> list[bytes]:
    """``json.dumps(text)`` as bytes, encoded ``TEXT_PIECE`` characters at a time."""
    encoded = [b'"']
    for start in range(0, len(text), TEXT_PIECE):
        encoded.append(_dumps(text[start : start + TEXT_PIECE])[1:-1].encode())
    encoded.append(b'"')
    return encoded


def encode(value: Any) -> bytes:
    """JSON as the server sends it: compact, ASCII (json.dumps' escapes); long strings a piece at a time.

    Raises what ``json.dumps`` raises (TypeError, ValueError) for what is not JSON.
    """
    if not _has_long_text(value):
        return _dumps(value).encode()
    marker = f"retab-long-text-{secrets.token_hex(8)}-"
    found: list[str] = []
    parts = re.split(f'"{marker}([0-9]+)"', _dumps(_swap_long_texts(value, marker, found)))
    encoded: list[bytes] = []
    for number, part in enumerate(parts):
        if number % 2:
            encoded += _pieces(found[int(part)])
        else:
            encoded.append(part.encode())
    return b"".join(encoded)
