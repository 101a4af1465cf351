"""How ``retab-runs list`` prints runs: a fixed-width table, or each run's JSON on a line of its own."""

from __future__ import annotations

import json
import re

from retab_runs_client.models import WorkflowRun

from ._summary import duration_text, when
from ._terminal import printable

__all__ = ["TABLE_HEADER", "item_texts", "json_line", "table_line"]

_COLUMNS = (("id", 26), ("status", 18), ("workflow", 24), ("created", 22), ("duration", 9), ("cost", 0))
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_LINE_BREAKS = re.compile(r"[\r\n][ \t\r\n]*")


def _row(cells: list[str]) -> str:
    parts = []
    for (_, width), cell in zip(_COLUMNS, cells, strict=True):
        if width and len(cell) > width - 1:
            cell = cell[: width - 2] + "…"
        parts.append(cell.ljust(width) if width else cell)
    return "".join(parts).rstrip()


TABLE_HEADER = _row([name.upper() for name, _ in _COLUMNS])


def table_line(run: WorkflowRun) -> str:
    """One run as a row of the table: id, status, workflow, created, duration, cost (printable)."""
    summary = run.cost_summary
    cost = f"${summary.total:.4f}" if summary is not None and summary.total else "-"
    cells = [run.id or "?", run.status.value, run.workflow_id, when(run.created_at), duration_text(run.duration_ms),
             cost]  # fmt: skip
    return _row([printable(cell) for cell in cells])


def item_texts(body: str, key: str = "data") -> list[str]:
    """The text of each element of the top-level ``key`` array of a JSON object, exactly as written.

    ``json`` parses each value, so the slices are whole JSON values, and a body that is
    not an object with that array raises ``ValueError``.
    """
    decoder = json.JSONDecoder()

    def skip(at: int) -> int:
        return _WHITESPACE.match(body, at).end()  # type: ignore[union-attr]  # the pattern matches anywhere

    def expect(at: int, char: str) -> int:
        if body[at : at + 1] != char:
            raise ValueError(f"expected {char!r} at {at}")
        return skip(at + 1)

    at = expect(skip(0), "{")
    found: list[str] | None = None
    while body[at : at + 1] != "}":
        name, at = decoder.raw_decode(body, at)
        at = expect(skip(at), ":")
        if name == key and body[at : at + 1] == "[":
            found = []
            at = skip(at + 1)
            while body[at : at + 1] != "]":
                _, end = decoder.raw_decode(body, at)
                found.append(body[at:end])
                at = skip(end)
                if body[at : at + 1] == ",":
                    at = skip(at + 1)
                    if body[at : at + 1] == "]":
                        raise ValueError(f"a value expected at {at}")
                elif body[at : at + 1] != "]":
                    raise ValueError(f"expected ',' or ']' at {at}")
            at = skip(at + 1)
        else:
            _, at = decoder.raw_decode(body, at)
            at = skip(at)
        if body[at : at + 1] == ",":
            at = skip(at + 1)
            if body[at : at + 1] == "}":
                raise ValueError(f"a name expected at {at}")
        elif body[at : at + 1] != "}":
            raise ValueError(f"expected ',' or '}}' at {at}")
    if found is None:
        raise ValueError(f"no {key!r} array")
    return found


def json_line(text: str) -> str:
    """A JSON value on one line: as written, without the line breaks (and their indentation) between tokens.

    In valid JSON a raw line break can only be whitespace between tokens (inside a
    string it is written ``\\n``), so dropping it changes no value.
    """
    return _LINE_BREAKS.sub("", text)
