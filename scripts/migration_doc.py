#!/usr/bin/env python3
"""Write docs/migration-2026-08-16.md: the hand-written guide plus spec_diff's tables of the two contracts.

    python scripts/migration_doc.py            write the page
    python scripts/migration_doc.py --check    exit 1 when the page is not what it would write

The hand-written parts (the field map, the before/after example) live in
scripts/templates/migration-2026-08-16.md.jinja; the tables come from
``scripts/spec_diff.py openapi.yaml openapi-2026-08-16.yaml --json``, run as a command so that
the page follows whatever spec_diff reports.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import jinja2

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "migration-2026-08-16.md"
TEMPLATE = "migration-2026-08-16.md.jinja"
OLD, NEW = "openapi.yaml", "openapi-2026-08-16.yaml"


class MigrationDocError(Exception):
    """spec_diff did not answer with its JSON report; the message says why."""


def changes() -> list[dict[str, Any]]:
    """spec_diff's rows between the two contracts.

    Raises:
        MigrationDocError: spec_diff failed (exit 2) or printed no JSON report.
    """
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_diff.py"), OLD, NEW, "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode not in (0, 1):
        raise MigrationDocError(f"spec_diff failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    try:
        rows: list[dict[str, Any]] = json.loads(done.stdout)["changes"]
    except (ValueError, KeyError, TypeError) as exc:
        raise MigrationDocError(f"spec_diff printed no JSON report: {exc}") from None
    return rows


def render(rows: list[dict[str, Any]]) -> str:
    """The page for spec_diff's ``rows``."""
    counts = Counter(row["id"] for row in rows)
    first = {row["id"]: row for row in reversed(rows)}
    rules = [
        {"id": rule, "count": count, "client": first[rule]["client"], "strict": first[rule]["strict"]}
        for rule, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    breaking = [row for row in rows if row["client"] == "error"]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(ROOT / "scripts" / "templates"),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = lambda text: str(text).replace("|", "\\|").replace("\n", " ")
    return env.get_template(TEMPLATE).render(
        rules=rules, breaking=breaking, total=len(rows), client_errors=len(breaking)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the page instead of writing it")
    args = parser.parse_args(argv)
    try:
        text = render(changes())
    except MigrationDocError as exc:
        print(f"migration_doc: {exc}", file=sys.stderr)
        return 2
    if args.check:
        if PAGE.is_file() and PAGE.read_text(encoding="utf-8") == text:
            print(f"migration_doc --check: {PAGE.relative_to(ROOT)} is current")
            return 0
        print(f"migration_doc --check: {PAGE.relative_to(ROOT)} is stale; run `make migration-doc`", file=sys.stderr)
        return 1
    PAGE.write_text(text, encoding="utf-8")
    print(f"migration_doc: wrote {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
