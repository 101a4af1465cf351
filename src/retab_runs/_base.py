"""Configuration and retry decisions shared by ``Retab`` and ``AsyncRetab``."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from typing import Final

import httpx

from retab_runs_client.client import DEFAULT_TIMEOUT

from . import _clock
from ._config import check_base_url, check_secret
from ._exceptions import APIConnectionError, APIError, APIStatusError, ConfigurationError, describe_request
from ._exchange import FIXED_HEADERS, PreparedRequest, prepare_get_run
from ._logs import logger, setup_from_env
from ._redact import mask_secret
from ._retries import RetryPolicy, is_retryable_status

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "BaseClient",
    "NotGiven",
]

DEFAULT_BASE_URL: Final = "https://api.retab.com"
DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_MAX_CONNECTIONS: Final = 20


class NotGiven:
    """Marks an argument that was not passed, where None would mean something."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven()
TimeoutLike = float | int | httpx.Timeout


def as_timeout(value: object, what: str = "timeout") -> httpx.Timeout:
    """A finite httpx.Timeout from seconds or a Timeout; None (wait forever) is refused."""
    if isinstance(value, httpx.Timeout):
        parts = (value.connect, value.read, value.write, value.pool)
        if any(p is None for p in parts):
            raise ConfigurationError(f"{what} has an unbounded part ({value!r}); every part needs a number of seconds")
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 and math.isfinite(value):
        return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or 5.0))
    raise ConfigurationError(f"{what} must be a positive number of seconds or an httpx.Timeout, not {value!r}")


def clamp(timeout: httpx.Timeout, seconds_left: float | None) -> httpx.Timeout:
    """``timeout`` with no part longer than ``seconds_left`` (when there is a deadline)."""
    if seconds_left is None:
        return timeout
    left = max(seconds_left, 0.001)
    parts = [
        min(p if p is not None else left, left) for p in (timeout.connect, timeout.read, timeout.write, timeout.pool)
    ]
    return httpx.Timeout(connect=parts[0], read=parts[1], write=parts[2], pool=parts[3])


class BaseClient:
    """What both clients hold: credentials, base URL, timeout, retry settings."""

    def _configure(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutLike,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        default_headers: Mapping[str, str] | None,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ) -> None:
        setup_from_env()
        key = api_key if api_key is not None else os.environ.get("RETAB_API_KEY")
        self.api_key: str | None = key.strip() if key and key.strip() else None
        if self.api_key is not None:
            check_secret(self.api_key, "api_key" if api_key is not None else "RETAB_API_KEY")
        url = base_url or os.environ.get("RETAB_API_BASE_URL") or DEFAULT_BASE_URL
        self.base_url: str = check_base_url(url)
        self.timeout: httpx.Timeout = as_timeout(timeout)
        self.max_retries: int = _check_retries(max_retries)
        if isinstance(max_connections, bool) or not isinstance(max_connections, int) or max_connections < 1:
            raise ConfigurationError(f"max_connections must be a whole number of 1 or more, not {max_connections!r}")
        self.max_connections: int = max_connections
        self._limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
        self.retry_policy: RetryPolicy = retry_policy or RetryPolicy()
        extra = {k: v for k, v in (default_headers or {}).items() if k.lower() != "api-key"}
        self._fixed_headers = {**FIXED_HEADERS, **extra}
        self._headers_per_request: dict[str, str] = {}  # set by clients that did not create their pool

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={mask_secret(self.api_key)})"

    def _prepare(
        self, run_id: object, access_token: str | None, timeout: TimeoutLike | NotGiven, deadline: float | None
    ) -> PreparedRequest:
        chosen = self.timeout if isinstance(timeout, NotGiven) else as_timeout(timeout)
        left = None if deadline is None else deadline - _clock.monotonic()
        prepared = prepare_get_run(
            self.base_url, run_id, api_key=self.api_key, access_token=access_token, timeout=clamp(chosen, left)
        )
        if self._headers_per_request:
            prepared.headers.update(self._headers_per_request)
        return prepared

    def _retries_for(self, max_retries: int | NotGiven) -> int:
        return self.max_retries if isinstance(max_retries, NotGiven) else _check_retries(max_retries)

    def _retry_delay(self, error: APIError, retry: int, max_retries: int, deadline: float | None) -> float | None:
        """Seconds to sleep before retrying after ``error``, or None to raise it."""
        if retry >= max_retries:
            return None
        if isinstance(error, APIStatusError):
            if not is_retryable_status(error.status_code):
                return None
            delay = self.retry_policy.delay(retry, error.response.headers)
        elif isinstance(error, APIConnectionError):
            delay = self.retry_policy.delay(retry)
        else:
            return None
        if delay is None:
            logger.info("not retrying %s: the server asked to wait longer than %.0fs",
                        describe_request(error.request), self.retry_policy.max_retry_after)  # fmt: skip
            return None
        if deadline is not None and _clock.monotonic() + delay >= deadline:
            return None
        logger.info(
            "retrying %s in %.2fs (retry %d of %d) after: %s",
            describe_request(error.request), delay, retry + 1, max_retries, error.message,
        )  # fmt: skip
        return delay


def _check_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be a whole number of 0 or more, not {value!r}")
    return value
