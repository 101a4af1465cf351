"""The ``retab-runs`` command line (``python -m retab_runs`` works too)."""

from ._main import EXIT, main

__all__ = ["EXIT", "main"]
