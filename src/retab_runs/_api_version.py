"""Which Retab API a client, CLI verb or server speaks: the seed's contract or today's.

``2026-02-26`` is the seed's contract (``Api-Key``, the flat run record, 22 operations) and
stays the default; ``2026-08-16`` is today's (``Authorization: Bearer``, the run record with
a ``lifecycle``, 8 operations). ``RETAB_API_VERSION`` is the environment fallback.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final

from ._checker import API_VERSIONS, DEFAULT_API_VERSION, ApiVersion
from ._exceptions import ConfigurationError

__all__ = ["API_VERSIONS", "DEFAULT_API_VERSION", "SEED_API_VERSION", "TODAY_API_VERSION", "ApiVersion",
           "resolve_api_version"]  # fmt: skip

SEED_API_VERSION: Final = "2026-02-26"
TODAY_API_VERSION: Final = "2026-08-16"


def resolve_api_version(given: str | None = None, environ: Mapping[str, str] | None = None) -> ApiVersion:
    """``given``, else ``RETAB_API_VERSION``, else the seed's; raises ConfigurationError for another value."""
    env = os.environ if environ is None else environ
    source = "api_version"
    value = given
    if value is None:
        value = env.get("RETAB_API_VERSION") or None
        source = "RETAB_API_VERSION"
    if value is None:
        return DEFAULT_API_VERSION
    text = value.strip()
    for known in API_VERSIONS:
        if text == known:
            return known
    # The value is not echoed: a key pasted into the wrong variable must not reach a message.
    raise ConfigurationError(f"{source} should be one of {', '.join(API_VERSIONS)}")
