"""``command_id``: the idempotency key of cancel, restart and resume.

One id is made per call and sent with every retry of it, so that the server acts once
however many times the request reaches it.
"""

from __future__ import annotations

import uuid

from ._checker import short
from ._exceptions import ConfigurationError

__all__ = ["command_id"]


def command_id(given: str | None) -> str:
    """``given`` when the caller chose one (to make a command idempotent across calls), else a fresh uuid4 hex."""
    if given is None:
        return uuid.uuid4().hex
    if not isinstance(given, str) or not given.strip():
        raise ConfigurationError(f"command_id must be a non-blank string when given, not {short(given)}")
    return given
