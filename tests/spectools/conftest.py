"""scripts/generate.py is imported as ``generate``: scripts/ goes on the path, as generate.py does.

The spec tools themselves are imported as ``scripts.spectools`` (the checkout is on the path as
the tests' root), never as ``spectools``: mutmut names their mutants by path
(``scripts.spectools.compare``), and only tests that import them under that name reach them.
"""

from __future__ import annotations

import sys

from tests.spec import ROOT

if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))
