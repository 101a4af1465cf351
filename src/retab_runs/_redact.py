"""Keeping secrets out of messages, logs and reprs."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["MASK", "mask_secret", "mask_values", "redact_url"]

MASK = "***"
_SECRET_PARAMS = re.compile(r"(?i)([?&](?:access_token|api_key|api-key|token)=)[^&#\s\"'<>]*")
"""A value ends where the URL does: at ``&``, ``#``, whitespace or a quote (``GET url "HTTP/1.1 200 OK"``)."""


def redact_url(url: str) -> str:
    """``url`` with the values of secret query parameters replaced by ``***``."""
    return _SECRET_PARAMS.sub(lambda m: m.group(1) + MASK, url)


def mask_secret(secret: str | None) -> str:
    """How a secret shows in a repr: ``***`` if set, ``None`` if not."""
    return "None" if secret is None else MASK


def mask_values(text: str, secrets: Iterable[str]) -> str:
    """``text`` with each of ``secrets`` (six characters or more, so as not to mask words) replaced by ``***``."""
    for secret in secrets:
        if len(secret) >= 6:
            text = text.replace(secret, MASK)
    return text
