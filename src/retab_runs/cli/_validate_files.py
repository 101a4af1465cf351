"""``retab-runs validate``: check JSON files and JSONL streams of run records."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from .._checker import Profile, ValidationIssue
from .._validate import validate_run

__all__ = ["Tally", "documents", "validate_files"]

JSON_LINES = (".jsonl", ".ndjson", ".jsonlines")


@dataclass
class Tally:
    files: int = 0
    runs: int = 0
    invalid: int = 0
    issues: int = 0
    unreadable: int = 0


def documents(name: str, stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """(line number, JSON text) of each run: one per line for JSONL, one per file for JSON.

    ``.json`` files are one document; ``.jsonl``/``.ndjson`` one per line. Anything else
    (standard input included) is JSONL when its first non-blank line is a complete JSON
    value, else one document. JSONL is read a line at a time, in constant memory.
    """
    lower = name.lower()
    if lower.endswith(".json"):
        yield 1, stream.read()
        return
    number = 0
    first = b""
    for line in stream:
        number += 1
        if line.strip():
            first = line
            break
    if not first:
        return
    if not lower.endswith(JSON_LINES) and not _is_complete_json(first):
        yield number, first + stream.read()
        return
    yield number, first
    for line in stream:
        number += 1
        if line.strip():
            yield number, line


def _is_complete_json(line: bytes) -> bool:
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True


def _line(name: str, number: int, issue: ValidationIssue) -> str:
    text = f"{name}:{number}: {issue.path or '(root)'}: {issue.message}"
    return text + (f" (got {issue.value})" if issue.value is not None else "")


def validate_files(names: list[str], profile: Profile, out: TextIO, err: TextIO) -> Tally:
    """Validate every run of every named file (``-`` is standard input), printing one line per issue."""
    tally = Tally()
    for name in names:
        shown = "<stdin>" if name == "-" else name
        try:
            stream: BinaryIO = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
        except OSError as exc:
            print(f"{shown}: cannot read: {exc.strerror or exc}", file=err)
            tally.unreadable += 1
            continue
        tally.files += 1
        try:
            for number, text in documents(name, stream):
                tally.runs += 1
                issues = validate_run(text, profile=profile)
                if issues:
                    tally.invalid += 1
                    tally.issues += len(issues)
                    for issue in issues:
                        print(_line(shown, number, issue), file=out)
        except OSError as exc:
            print(f"{shown}: cannot read: {exc.strerror or exc}", file=err)
            tally.unreadable += 1
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
    return tally
