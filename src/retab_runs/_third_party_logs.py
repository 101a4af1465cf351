"""Keeping secrets out of httpx's and httpcore's own log records.

httpx logs ``HTTP Request: GET https://...?access_token=<token> ...`` at INFO, so a
service that runs ``logging.basicConfig(level=logging.INFO)`` would write tokens to
its logs. Each client installs (once) a filter on those loggers that formats the
record and masks secret query parameters before any handler sees it.
"""

from __future__ import annotations

import logging

from ._redact import redact_url

__all__ = ["SecretRedactingFilter", "redact_third_party_logs"]

_LOGGER_PREFIXES = ("httpx", "httpcore")


class SecretRedactingFilter(logging.Filter):
    """Rewrites a record's message, its arguments merged in, with ``access_token=***``."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's to report, not ours
            return True
        redacted = redact_url(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_FILTER = SecretRedactingFilter()


def redact_third_party_logs() -> None:
    """Install the filter on each httpx and httpcore logger: a parent's filter misses its children's records."""
    names = set(_LOGGER_PREFIXES) | {
        name for name in logging.root.manager.loggerDict if name.split(".", 1)[0] in _LOGGER_PREFIXES
    }
    for name in names:
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)
