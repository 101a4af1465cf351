"""The change report: changes with their rule's levels and text, as a table or as JSON.

Each finding names the generated Python names it touches (``python``) when the specs are given,
so a reader sees which class, field or function a row is about.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from .compare import Change
from .pynames import python_names
from .rules import AUDIENCES, LEVELS, RULES, Level


@dataclass(frozen=True)
class Finding:
    id: str
    client: Level
    strict: Level
    where: str
    message: str
    python: tuple[str, ...] = ()


def affected(change: Change, old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[str, ...]:
    """The generated names a change touches: as the new spec names them, else as the old one did."""
    names = python_names(new, change.where) or python_names(old, change.where)
    renamed = change.params.get("new")
    if change.id.startswith("schema-renamed") and isinstance(renamed, str):
        names = python_names(old, change.where) + python_names(new, renamed)
    return tuple(dict.fromkeys(names))


def findings(
    changes: Iterable[Change], old: Mapping[str, Any] | None = None, new: Mapping[str, Any] | None = None
) -> list[Finding]:
    """The changes as report rows; with both specs given, each row names the Python names it affects."""
    out = []
    for change in changes:
        rule = RULES[change.id]
        python = affected(change, old, new) if old is not None and new is not None else ()
        message = rule.template.format(**change.params)
        out.append(Finding(rule.id, rule.client, rule.strict, change.where, message, python))
    order = {level: i for i, level in enumerate(LEVELS)}
    return sorted(out, key=lambda f: (order[f.client], order[f.strict], f.where, f.id))


def counts(found: Iterable[Finding]) -> dict[str, dict[str, int]]:
    """``{"client": {"error": n, "warning": n, "info": n}, "strict": {...}}``."""
    found = list(found)
    result: dict[str, dict[str, int]] = {}
    for audience in AUDIENCES:
        tally: Counter[str] = Counter(getattr(f, audience) for f in found)
        result[audience] = {level: tally.get(level, 0) for level in LEVELS}
    return result


def breaks_client(found: Iterable[Finding]) -> bool:
    return any(f.client == "error" for f in found)


def summary_line(found: list[Finding]) -> str:
    tally = counts(found)
    parts = [f"{a}: " + ", ".join(f"{tally[a][lvl]} {lvl}" for lvl in LEVELS) for a in AUDIENCES]
    verdict = "breaks the client" if breaks_client(found) else "nothing breaks the client"
    return f"{len(found)} changes; " + "; ".join(parts) + f" ({verdict})"


def as_table(found: list[Finding]) -> str:
    if not found:
        return "no changes\n"
    rows = [("client", "strict", "id", "where", "message")]
    rows += [(f.client, f.strict, f.id, f.where, f.message) for f in found]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for number, r in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r[:4])) + "  " + r[4])
        if number and found[number - 1].python:
            lines.append(" " * (widths[0] + 2) + "python: " + ", ".join(found[number - 1].python))
    return "\n".join(line.rstrip() for line in lines) + "\n" + summary_line(found) + "\n"


def as_json(found: list[Finding]) -> str:
    document: dict[str, Any] = {
        "changes": [{**asdict(f), "python": list(f.python)} for f in found],
        "counts": counts(found),
        "breaks_client": breaks_client(found),
    }
    return json.dumps(document, indent=2) + "\n"
