"""Keeping secrets out of messages, logs and reprs."""

from __future__ import annotations

import re

__all__ = ["MASK", "mask_secret", "redact_url"]

MASK = "***"
_SECRET_PARAMS = re.compile(r"(?i)([?&](?:access_token|api_key|api-key|token)=)[^&#]*")


def redact_url(url: str) -> str:
    """``url`` with the values of secret query parameters replaced by ``***``."""
    return _SECRET_PARAMS.sub(lambda m: m.group(1) + MASK, url)


def mask_secret(secret: str | None) -> str:
    """How a secret shows in a repr: ``***`` if set, ``None`` if not."""
    return "None" if secret is None else MASK
