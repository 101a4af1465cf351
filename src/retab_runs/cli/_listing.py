"""How ``retab-runs list`` prints runs: a fixed-width table, or each run's JSON on a line of its own."""

from __future__ import annotations

import re

import msgspec

from retab_runs_client.models import WorkflowRun

from ._summary import duration_text, when
from ._terminal import printable

__all__ = ["TABLE_HEADER", "item_texts", "json_line", "table_line"]

_COLUMNS = (("id", 26), ("status", 18), ("workflow", 24), ("created", 22), ("duration", 9), ("cost", 0))
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

    msgspec slices the body (``msgspec.Raw``) without building the values; a body that is not
    one JSON object with that array, or that has anything but whitespace after it, raises
    ``ValueError`` (``msgspec.DecodeError`` is one).
    """
    encoded = body.encode("utf-8", "surrogatepass")  # what json.dumps can write, the slices give back
    top = msgspec.json.decode(encoded, type=dict[str, msgspec.Raw])
    if key not in top:
        raise ValueError(f"no {key!r} array")
    items = msgspec.json.decode(top[key], type=list[msgspec.Raw])
    return [bytes(item).decode("utf-8", "surrogatepass") for item in items]


def json_line(text: str) -> str:
    """A JSON value on one line: as written, without the line breaks (and their indentation) between tokens.

    In valid JSON a raw line break can only be whitespace between tokens (inside a
    string it is written ``\\n``), so dropping it changes no value.
    """
    return _LINE_BREAKS.sub("", text)
