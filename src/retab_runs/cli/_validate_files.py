"""``retab-runs validate``: check JSON files and JSONL streams of run records."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from .._checker import DEFAULT_API_VERSION, ApiVersion, Profile, ValidationIssue
from ._terminal import printable

__all__ = ["MAX_RECORD_BYTES", "Tally", "documents", "record_size", "validate_files"]

JSON_LINES = (".jsonl", ".ndjson", ".jsonlines")
MAX_RECORD_BYTES = 256 * 1024 * 1024
"""The longest record (a JSON file, or one JSONL line) read: the client's own limit on a body."""
_SKIP_CHUNK = 1024 * 1024


def record_size(text: str) -> int:
    """A ``--max-record-bytes`` value: a positive whole number."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of bytes") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: should be 1 or more")
    return value


@dataclass
class Tally:
    files: int = 0
    runs: int = 0
    invalid: int = 0
    issues: int = 0
    unreadable: int = 0


def documents(name: str, stream: BinaryIO, limit: int = MAX_RECORD_BYTES) -> Iterator[tuple[int, bytes | None]]:
    """(line number, JSON text) of each run: one per line for JSONL, one per file for JSON.

    ``.json`` files are one document; ``.jsonl``/``.ndjson`` one per line. Anything else
    (standard input included) is JSONL when its first non-blank line is a complete JSON
    value, else one document. JSONL is read a line at a time, in constant memory. A
    document or line longer than ``limit`` bytes comes as ``None`` (and a long line is
    skipped up to its end), so no input can take more than about ``limit`` of memory.
    """
    lower = name.lower()
    if lower.endswith(".json"):
        whole = stream.read(limit + 1)
        yield 1, whole if len(whole) <= limit else None
        return
    lines = _lines(stream, limit)
    number = 0
    first: bytes | None = b""
    for line in lines:
        number += 1
        if line is None or line.strip():
            first = line
            break
    if first == b"":
        return
    if first is not None and not lower.endswith(JSON_LINES) and not _is_complete_json(first):
        rest = stream.read(limit + 1 - len(first))
        yield number, first + rest if len(first) + len(rest) <= limit else None
        return
    yield number, first
    for line in lines:
        number += 1
        if line is None or line.strip():
            yield number, line


def _lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of ``stream``, each at most ``limit`` bytes; None for a longer one (read to its end, not kept)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or (len(line) == limit + 1 and line.endswith(b"\n")):  # the newline is not counted
            yield line
            continue
        yield None  # before skipping the rest: an endless line is reported all the same
        while not line.endswith(b"\n"):
            line = stream.readline(_SKIP_CHUNK)
            if not line:
                break


def _is_complete_json(line: bytes) -> bool:
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True


def _line(name: str, number: int, issue: ValidationIssue) -> str:
    text = f"{name}:{number}: {issue.path or '(root)'}: {issue.message}"
    return printable(text + (f" (got {issue.value})" if issue.value is not None else ""))


def validate_files(
    names: list[str],
    profile: Profile,
    out: TextIO,
    err: TextIO,
    *,
    max_record_bytes: int = MAX_RECORD_BYTES,
    api_version: ApiVersion = DEFAULT_API_VERSION,
) -> Tally:
    """Validate every run of every named file (``-`` is standard input) against the contract ``api_version``,
    printing one line per issue.

    Errors writing to ``out`` (a closed pipe) are raised; errors reading an input are
    counted in ``Tally.unreadable`` and said on ``err``.
    """
    from .._validate import validate_run  # msgspec and the schema's Structs: not for --help

    tally = Tally()
    too_long = ValidationIssue("", f"is longer than {max_record_bytes:,} bytes (--max-record-bytes); not checked")
    for name in names:
        shown = "<stdin>" if name == "-" else name
        try:
            if name == "-" and sys.stdin is None:
                raise OSError("standard input is closed")
            stream: BinaryIO = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
        except OSError as exc:
            print(printable(f"{shown}: cannot read: {exc.strerror or exc}"), file=err)
            tally.unreadable += 1
            continue
        tally.files += 1
        try:
            for number, text in documents(name, stream, max_record_bytes):
                tally.runs += 1
                issues = [too_long] if text is None else validate_run(text, profile=profile, api_version=api_version)
                if issues:
                    tally.invalid += 1
                    tally.issues += len(issues)
                    for issue in issues:
                        print(_line(shown, number, issue), file=out)
        except BrokenPipeError:  # writing to ``out``: the reader went away, not the input
            raise
        except OSError as exc:
            print(printable(f"{shown}: cannot read: {exc.strerror or exc}"), file=err)
            tally.unreadable += 1
        finally:
            if name != "-":
                stream.close()
    return tally
