"""User-facing lines for CHANGELOG.md, added under ``## Unreleased`` by ``make generate``."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .pynames import NameChange
from .report import Finding

UNRELEASED = "## Unreleased"


def changelog_lines(spec_changes: Iterable[Finding], python: Iterable[NameChange]) -> list[str]:
    """One line per API change (breaking ones say so) and per Python name that breaks imports or calls."""
    lines = []
    for f in spec_changes:
        label = "Breaking (API)" if f.client == "error" else "API"
        lines.append(f"- {label}: `{f.where}`: {f.message}.")
    for change in python:
        if change.breaking:
            lines.append(f"- Breaking (Python): `{change.path}`: {change.kind.lower()}.")
    return lines


def add_unreleased(path: Path, lines: list[str]) -> int:
    """Add the lines not already there at the end of the Unreleased section; how many were added."""
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Changelog\n\n{UNRELEASED}\n"
    rows = text.splitlines()
    if UNRELEASED not in rows:
        title = 1 if rows and rows[0].startswith("# ") else 0
        rows[title:title] = ["", UNRELEASED, ""] if title else [UNRELEASED, ""]
    start = rows.index(UNRELEASED) + 1
    end = next((i for i in range(start, len(rows)) if rows[i].startswith("## ")), len(rows))
    present = set(rows[start:end])
    new = [line for line in dict.fromkeys(lines) if line not in present]
    if not new:
        return 0
    section = rows[start:end]
    while section and not section[0].strip():
        section.pop(0)
    while section and not section[-1].strip():
        section.pop()
    rows[start:end] = ["", *section, *new, ""]  # at the end: under the section's last heading
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(new)
