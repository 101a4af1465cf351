"""What one call asks for (``RequestOptions``), and the timeout values it may carry."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions", "TimeoutLike", "as_timeout", "clamp", "total_seconds"]


class NotGiven:
    """Marks an argument that was not passed, where None would mean something."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven()
# A string, so that defining it does not load httpx (loaded when a client is built).
TimeoutLike: TypeAlias = "float | int | httpx.Timeout"


@dataclass(frozen=True)
class RequestOptions:
    """One API operation's request, before the client adds its base URL, key and defaults.

    ``path`` is already expanded (the generated endpoint escapes its parameters);
    ``access_token`` is the per-call credential, sent as a query parameter. The rest
    are the per-call overrides every operation takes.
    """

    method: str
    path: str
    params: Mapping[str, str] = field(default_factory=dict)
    json_body: Any = None
    access_token: str | None = field(default=None, repr=False)
    timeout: TimeoutLike | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    extra_headers: Mapping[str, str] | None = field(default=None, repr=False)
    extra_query: Mapping[str, object] | None = field(default=None, repr=False)


MAX_TIMEOUT: Final = 86_400.0
"""A day. The socket layer turns a timeout into a platform time: 1e12 s raised a bare OverflowError there."""


def as_timeout(value: object, what: str = "timeout") -> httpx.Timeout:
    """A finite httpx.Timeout from seconds or a Timeout; None (wait forever) and more than a day are refused."""
    import httpx

    from retab_runs_client.client import DEFAULT_TIMEOUT

    if isinstance(value, httpx.Timeout):
        parts = (value.connect, value.read, value.write, value.pool)
        if any(p is None for p in parts):
            raise ConfigurationError(f"{what} has an unbounded part ({value!r}); every part needs a number of seconds")
        if any(not p <= MAX_TIMEOUT for p in parts if p is not None):
            raise ConfigurationError(f"{what} has a part longer than a day ({value!r}); at most {MAX_TIMEOUT:,.0f}s")
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 and math.isfinite(value):
        if value > MAX_TIMEOUT:
            raise ConfigurationError(f"{what} must be at most a day ({MAX_TIMEOUT:,.0f}s), not {value!r}")
        return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or 5.0))
    raise ConfigurationError(f"{what} must be a positive number of seconds or an httpx.Timeout, not {value!r}")


def total_seconds(timeout: httpx.Timeout) -> float:
    """How long one attempt may take in all: the longest part of ``timeout`` (the read timeout, by default)."""
    return max(p for p in (timeout.connect, timeout.read, timeout.write, timeout.pool) if p is not None)


def clamp(timeout: httpx.Timeout, seconds_left: float | None) -> httpx.Timeout:
    """``timeout`` with no part longer than ``seconds_left`` (when there is a deadline)."""
    if seconds_left is None:
        return timeout
    import httpx

    left = max(seconds_left, 0.001)
    parts = [
        min(p if p is not None else left, left) for p in (timeout.connect, timeout.read, timeout.write, timeout.pool)
    ]
    return httpx.Timeout(connect=parts[0], read=parts[1], write=parts[2], pool=parts[3])
