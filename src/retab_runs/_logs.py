"""The ``retab_runs`` logger: silent unless RETAB_LOG=debug or RETAB_LOG=info asks otherwise.

Any other RETAB_LOG value warns once (``warnings.warn``) rather than being ignored in silence.
"""

from __future__ import annotations

import logging
import os
import warnings

__all__ = ["logger", "setup_from_env"]

logger = logging.getLogger("retab_runs")
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_warned = False


def setup_from_env() -> None:
    """Apply RETAB_LOG once: set the level and, if nobody configured logging, log to stderr."""
    global _warned
    value = os.environ.get("RETAB_LOG", "").strip()
    level = _LEVELS.get(value.lower())
    if level is None:
        if value and not _warned:
            _warned = True
            warnings.warn(f"RETAB_LOG={value!r} is not a level: use debug or info (logging stays off)", stacklevel=4)
        return
    if getattr(logger, "_retab_configured", False):
        return
    logger.setLevel(level)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger._retab_configured = True  # type: ignore[attr-defined]
