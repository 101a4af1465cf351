"""The inputs of ``retab-runs run``: ``--file [NAME=]PATH``, ``--input KEY=VALUE``, ``--json-input KEY=JSON``.

Each is an argparse type, so a bad value is a usage error (exit 2) that names its flag;
``run_inputs`` then refuses a name given twice, in the same way.
"""

from __future__ import annotations

import argparse
import json
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._documents import MAX_DOCUMENT_BYTES
from ._failures import UsageError

__all__ = [
    "MAX_JSON_DEPTH",
    "DocumentArg",
    "JsonInputArg",
    "RunInputs",
    "TextInputArg",
    "document_arg",
    "json_input_arg",
    "json_object_text",
    "run_inputs",
    "text_input_arg",
]


@dataclass(frozen=True)
class DocumentArg:
    name: str
    path: Path


@dataclass(frozen=True)
class TextInputArg:
    key: str
    value: str


@dataclass(frozen=True)
class JsonInputArg:
    key: str
    value: dict[str, Any]


@dataclass(frozen=True)
class RunInputs:
    """What ``client.workflows.runs.create`` takes, from the flags."""

    documents: dict[str, Path]
    text_inputs: dict[str, str]
    json_inputs: dict[str, dict[str, Any]]


def _key_value(text: str, what: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: should be {what}")
    return key, value


def document_arg(text: str) -> DocumentArg:
    """``PATH`` (named after the file's stem) or ``NAME=PATH``; the file must be readable."""
    path = Path(text)
    name = path.stem
    if not path.is_file() and "=" in text:
        given, _, rest = text.partition("=")
        if "/" not in given:
            name, path = given, Path(rest)
    if not name:
        raise argparse.ArgumentTypeError(f"{text!r}: give the input a name: NAME=PATH")
    try:
        # stat first: opening a FIFO to read waits for a writer, a device may never end
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise argparse.ArgumentTypeError(f"{str(path)!r}: not a regular file")
        if info.st_size > MAX_DOCUMENT_BYTES:
            raise argparse.ArgumentTypeError(
                f"{str(path)!r}: {info.st_size:,} bytes, more than the {MAX_DOCUMENT_BYTES:,} a document may be"
            )
        with path.open("rb"):
            pass
    except OSError as exc:
        reason = "no such file" if isinstance(exc, FileNotFoundError) else (exc.strerror or str(exc))
        raise argparse.ArgumentTypeError(f"{str(path)!r}: cannot read: {reason}") from None
    return DocumentArg(name, path)


def text_input_arg(text: str) -> TextInputArg:
    key, value = _key_value(text, "KEY=VALUE")
    return TextInputArg(key, value)


MAX_JSON_DEPTH = 100
"""How deeply a JSON value given on the command line may nest: deeper is refused as a usage error,
rather than failing later (a RecursionError) while it is checked or sent."""


def _depth(value: Any) -> int:
    """How deeply ``value`` nests (a scalar is 0), walked without recursion."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            level += 1
            deepest = max(deepest, level)
            stack.extend((child, level) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def json_object_text(text: str, prefix: str = "") -> dict[str, Any]:
    """``text`` as a JSON object nesting at most MAX_JSON_DEPTH deep; ArgumentTypeError (a usage error) else."""
    try:
        parsed = json.loads(text)
    except RecursionError:
        parsed = None
        too_deep = True
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{prefix}not JSON ({exc})") from None
    else:
        too_deep = _depth(parsed) > MAX_JSON_DEPTH
    if too_deep:
        raise argparse.ArgumentTypeError(f"{prefix}the JSON nests more than {MAX_JSON_DEPTH} levels deep")
    if not isinstance(parsed, dict):
        raise argparse.ArgumentTypeError(f"{prefix}should be a JSON object ({{...}}), not {type(parsed).__name__}")
    return parsed


def json_input_arg(text: str) -> JsonInputArg:
    key, value = _key_value(text, "KEY=JSON, the JSON an object")
    return JsonInputArg(key, json_object_text(value, f"{key}: "))


def _unique(pairs: list[tuple[str, Any]], flag: str) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise UsageError(f"{flag}: {key!r} is given twice")
        seen[key] = value
    return seen


def run_inputs(
    documents: list[DocumentArg] | None, texts: list[TextInputArg] | None, jsons: list[JsonInputArg] | None
) -> RunInputs:
    """The inputs, each name once (UsageError naming the flag otherwise)."""
    return RunInputs(
        documents=_unique([(d.name, d.path) for d in documents or []], "--file"),
        text_inputs=_unique([(t.key, t.value) for t in texts or []], "--input"),
        json_inputs=_unique([(j.key, j.value) for j in jsons or []], "--json-input"),
    )
