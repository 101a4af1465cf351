"""``python -m retab_runs``: the retab-runs command line."""

import sys

from .cli import main

sys.exit(main())
