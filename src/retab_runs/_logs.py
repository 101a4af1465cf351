"""The ``retab_runs`` logger: silent unless RETAB_LOG=debug or RETAB_LOG=info asks otherwise."""

from __future__ import annotations

import logging
import os

__all__ = ["logger", "setup_from_env"]

logger = logging.getLogger("retab_runs")
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_from_env() -> None:
    """Apply RETAB_LOG once: set the level and, if nobody configured logging, log to stderr."""
    level = _LEVELS.get(os.environ.get("RETAB_LOG", "").strip().lower())
    if level is None or getattr(logger, "_retab_configured", False):
        return
    logger.setLevel(level)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger._retab_configured = True  # type: ignore[attr-defined]
