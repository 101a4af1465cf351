"""Keeping secrets out of httpx's and httpcore's own log records.

httpx logs ``HTTP Request: GET https://...?access_token=<token> ...`` at INFO, so a
service that runs ``logging.basicConfig(level=logging.INFO)`` would write tokens to
its logs. Each client installs (once) a filter on those loggers that formats the
record and masks secret query parameters before any handler sees it, and the
credentials of the request in flight wherever they show: httpcore logs response
headers whole at DEBUG, so a server that echoes a key (in a Location, say) would
otherwise put it in the log. Those records are made in the call's own thread or
task, so a context variable set around each attempt says which values to mask.
"""

from __future__ import annotations

import contextvars
import logging

from ._redact import mask_values, redact_url

__all__ = ["SecretRedactingFilter", "redact_third_party_logs", "secrets_in_flight"]

_LOGGER_PREFIXES = ("httpx", "httpcore")

secrets_in_flight: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("secrets_in_flight", default=())
"""The key and token of the attempt under way in this thread or task (set by the clients)."""


class SecretRedactingFilter(logging.Filter):
    """Rewrites a record's message, its arguments merged in, with ``access_token=***``."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the logging module's to report, not ours
            return True
        redacted = mask_values(redact_url(message), secrets_in_flight.get())
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
