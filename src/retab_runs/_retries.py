"""When to retry a request and how long to wait first."""

from __future__ import annotations

import enum
import math
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "RETRYABLE_STATUSES",
    "RetryPolicy",
    "RetryRule",
    "is_retryable_status",
    "never_sent",
    "retry_after_seconds",
]

RETRYABLE_STATUSES = frozenset({408, 409, 429})
"""Besides every status of 500 and above."""


def is_retryable_status(status_code: int) -> bool:
    return status_code in RETRYABLE_STATUSES or status_code >= 500


class RetryRule(enum.Enum):
    """Which failures an operation may retry: a property of the operation, not of the call."""

    REPEATABLE = "repeatable"
    """Doing it twice does what doing it once does: reads and DELETE. Connection errors,
    timeouts, 408, 409, 429 and 5xx are retried."""

    COMMAND = "command"
    """A command that carries a ``command_id`` (cancel, restart, resume): retried as a read is,
    the same id each time, except after 409. The spec answers 409 when the run's state refuses
    the command (resume a run that does not wait at that node, cancel an ended run): sending it
    again cannot change that."""

    UNSENT_ONLY = "unsent_only"
    """A POST with no idempotency key (``create``): retried only when the request provably never
    reached the server (see ``never_sent``). A read error or timeout, a reset after sending, any
    status (5xx, 408 and 429 included) is raised: the server may have acted on it."""


def never_sent(cause: BaseException | None) -> bool:
    """Whether this transport failure happened before a byte of the request left.

    httpx raises ConnectError for a refused connection, a failed DNS lookup and a TLS
    handshake that failed, ConnectTimeout while connecting (handshake included) and
    PoolTimeout while waiting for a connection: all before the request is written. Any
    other failure (write, read, protocol) may have reached the server.
    """
    import httpx  # loaded by then: a failure came from it

    return isinstance(cause, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


def retry_after_seconds(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """The wait the server asked for: ``retry-after-ms``, else ``Retry-After`` (seconds or an HTTP date).

    Never negative (a wait in the past is no wait); None when there is none to honour: absent,
    unreadable, or not a finite number (``nan``, ``inf``), so that the usual backoff applies.
    """
    millis = _finite(_header(headers, "retry-after-ms"))
    if millis is not None:
        return max(millis / 1000, 0.0)
    value = _header(headers, "retry-after")
    if value is None:
        return None
    seconds = _finite(value)
    if seconds is not None:
        return max(seconds, 0.0)
    if _is_number(value):  # nan, inf: no wait the server could mean; back off as if it had not asked
        return None
    import email.utils  # an HTTP date is rare, and the module costs a tenth of the client's import

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """The value of header ``name`` (lower case), whatever the case it was sent in: ``httpx.Headers``
    ignores case on its own, a plain mapping (a user's call of ``RetryPolicy.delay``) is searched."""
    value = headers.get(name)
    if value is not None:
        return value
    return next((v for k, v in headers.items() if k.lower() == name), None)


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _finite(value: str | None) -> float | None:
    """``value`` as a finite number of the header's unit, or None (absent, not a number, nan, inf)."""
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, deferring to the server's ``Retry-After``.

    Retry ``n`` (0-based) waits ``min(initial_delay * 2**n, max_delay)``, shortened by
    up to a quarter at random so that clients do not retry in step. A server that
    asks for more than ``max_retry_after`` seconds gets its error raised instead:
    sleeping that long inside a call would look like a hang.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def delay(self, retry: int, headers: Mapping[str, str] | None = None) -> float | None:
        """Seconds to wait before retry number ``retry``, or None to stop retrying."""
        if headers is not None:
            requested = retry_after_seconds(headers)
            if requested is not None:
                return requested if requested <= self.max_retry_after else None
        backoff = min(self.initial_delay * 2.0**retry, self.max_delay)
        return backoff * (1 - 0.25 * random.random())
