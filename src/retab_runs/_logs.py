"""The ``retab_runs`` logger: silent unless RETAB_LOG=debug or RETAB_LOG=info asks otherwise.

Any other RETAB_LOG value warns once (``warnings.warn``) rather than being ignored in silence.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from types import FrameType

__all__ = ["logger", "setup_from_env"]

logger = logging.getLogger("retab_runs")
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_warned = False
_PACKAGE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "")


def _outside_level(frame: FrameType) -> int:
    """The ``stacklevel`` (1 for ``frame`` itself) of the first frame outside this package: the caller's line.

    Counted rather than written as a number, so the warning names the line that built the client
    however many of the package's own calls lie between (a subclass's ``__init__`` is the caller's).
    """
    level = 1
    while frame.f_back is not None and os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE):
        frame = frame.f_back
        level += 1
    return level


def setup_from_env() -> None:
    """Apply RETAB_LOG once: set the level and, if nobody configured logging, log to stderr."""
    global _warned
    value = os.environ.get("RETAB_LOG", "").strip()
    level = _LEVELS.get(value.lower())
    if level is None:
        if value and not _warned:
            _warned = True
            warnings.warn(
                f"RETAB_LOG={value!r} is not a level: use debug or info (logging stays off)",
                stacklevel=_outside_level(sys._getframe()),
            )
        return
    if getattr(logger, "_retab_configured", False):
        return
    logger.setLevel(level)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger._retab_configured = True  # type: ignore[attr-defined]
