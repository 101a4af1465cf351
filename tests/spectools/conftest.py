"""The spec tools live in scripts/; make them importable as in scripts/generate.py."""

from __future__ import annotations

import sys

from tests.spec import ROOT

if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))
