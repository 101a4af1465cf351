#!/usr/bin/env python3
"""What changed between two OpenAPI documents, and whom it breaks.

    python scripts/spec_diff.py OLD NEW [--json] [--overlay]

OLD and NEW may be vendor files as published (JSON) or the project's openapi.yaml. Both are
normalised the same way first (scripts/spectools/sides.py), so naming artefacts cancel out:
two vendor files read as the vendor's changes, a vendor file against openapi.yaml as the
project's departures. With --overlay a vendor file also gets spec/overlay.yaml (as generate
--spec does). Each change is one row: its level for users of the client and for strict
validators, a stable rule id (see scripts/spectools/rules.py), where, what, and the generated
Python names it touches. Exit status: 0 when nothing breaks the client, 1 when something
does, 2 when an input cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout: scripts.spectools
from scripts.spectools.compare import compare  # noqa: E402
from scripts.spectools.importer import SpecReadError  # noqa: E402
from scripts.spectools.report import as_json, as_table, breaks_client, findings  # noqa: E402
from scripts.spectools.sides import comparable  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--overlay", action="store_true", help="apply spec/overlay.yaml to a vendor file first")
    args = parser.parse_args(argv)
    try:
        old, new = comparable(args.old, overlay=args.overlay), comparable(args.new, overlay=args.overlay)
    except SpecReadError as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    found = findings(compare(old, new), old, new)
    sys.stdout.write(as_json(found) if args.json else as_table(found))
    return 1 if breaks_client(found) else 0


if __name__ == "__main__":
    sys.exit(main())
