"""Configuration and retry decisions shared by ``Retab`` and ``AsyncRetab``."""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

from . import _clock
from ._config import check_base_url, check_header, check_secret
from ._exceptions import APIConnectionError, APIError, APIStatusError, ConfigurationError, describe_request
from ._exchange import AUTH_HEADERS, FIXED_HEADERS, PreparedRequest, prepare, set_header
from ._logs import logger, setup_from_env
from ._options import NOT_GIVEN, NotGiven, RequestOptions, TimeoutLike, as_timeout, clamp, total_seconds
from ._redact import mask_secret
from ._retries import RetryPolicy, RetryRule, is_retryable_status, never_sent
from ._third_party_logs import redact_third_party_logs

if TYPE_CHECKING:
    import httpx

    from retab_runs_client.client import DEFAULT_TIMEOUT

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "BaseClient",
    "NotGiven",
    "TimeoutLike",
    "as_timeout",
    "clamp",
]

DEFAULT_BASE_URL: Final = "https://api.retab.com"
DEFAULT_MAX_RETRIES: Final = 2
DEFAULT_MAX_CONNECTIONS: Final = 20
DEFAULT_MAX_RESPONSE_BYTES: Final = 256 * 1024 * 1024
"""256 MiB of decoded body: a 50,000-step run is about 40 MB."""

Self = TypeVar("Self", bound="BaseClient")


def __getattr__(name: str) -> Any:
    # DEFAULT_TIMEOUT is an httpx.Timeout: it loads httpx, so only when asked for.
    if name == "DEFAULT_TIMEOUT":
        from retab_runs_client.client import DEFAULT_TIMEOUT

        return DEFAULT_TIMEOUT
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class BaseClient:
    """What both clients hold: credentials, base URL, timeout, retry settings.

    ``_auth`` names how the key travels (``_exchange.AUTH_HEADERS``): ``Api-Key`` for the
    seed's contract, ``Authorization: Bearer`` for today's.
    """

    _auth: ClassVar[str] = "api-key"

    def _configure(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutLike | NotGiven,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        default_headers: Mapping[str, str] | None,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        setup_from_env()
        redact_third_party_logs()
        key = api_key if api_key is not None else os.environ.get("RETAB_API_KEY")
        self.api_key: str | None = key.strip() if key and key.strip() else None
        if self.api_key is not None:
            check_secret(self.api_key, "api_key" if api_key is not None else "RETAB_API_KEY")
        url = base_url or os.environ.get("RETAB_API_BASE_URL") or DEFAULT_BASE_URL
        self.base_url: str = check_base_url(url)
        import httpx

        from retab_runs_client.client import DEFAULT_TIMEOUT

        self.timeout: httpx.Timeout = as_timeout(DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout)
        self.max_retries: int = _check_retries(max_retries)
        if isinstance(max_connections, bool) or not isinstance(max_connections, int) or max_connections < 1:
            raise ConfigurationError(f"max_connections must be a whole number of 1 or more, not {max_connections!r}")
        self.max_connections: int = max_connections
        self.max_response_bytes: int = _check_max_response_bytes(max_response_bytes)
        self._limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
        self.retry_policy: RetryPolicy = retry_policy or RetryPolicy()
        from ._body import accept_encoding

        # Only what can be decoded a bounded piece at a time: httpx would offer br with any brotli.
        self._fixed_headers = {**FIXED_HEADERS, "Accept-Encoding": accept_encoding()}
        for name, value in _default_headers(default_headers, self._auth).items():
            set_header(self._fixed_headers, name, value)
        self._headers_per_request: dict[str, str] = {}  # set by clients that did not create their pool

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={mask_secret(self.api_key)})"

    def _copy_with(
        self: Self,
        *,
        api_key: str | None | NotGiven,
        base_url: str | NotGiven,
        timeout: TimeoutLike | NotGiven,
        max_retries: int | NotGiven,
        retry_policy: RetryPolicy | NotGiven,
        default_headers: Mapping[str, str] | None | NotGiven,
        max_response_bytes: int | NotGiven,
    ) -> Self:
        """A shallow copy with these settings changed; the connection pool (and its limits) stay shared."""
        clone = copy.copy(self)
        if not isinstance(api_key, NotGiven):
            key = api_key.strip() if api_key and api_key.strip() else None
            if key is not None:
                check_secret(key, "api_key")
            clone.api_key = key
        if not isinstance(base_url, NotGiven):
            clone.base_url = check_base_url(base_url)
        if not isinstance(timeout, NotGiven):
            clone.timeout = as_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            clone.max_retries = _check_retries(max_retries)
        if not isinstance(retry_policy, NotGiven):
            clone.retry_policy = retry_policy
        if not isinstance(max_response_bytes, NotGiven):
            clone.max_response_bytes = _check_max_response_bytes(max_response_bytes)
        if not isinstance(default_headers, NotGiven):
            # The pool's own headers cannot change for one copy: send these with each request.
            clone._headers_per_request = dict(self._headers_per_request)
            for name, value in _default_headers(default_headers, self._auth).items():
                set_header(clone._headers_per_request, name, value)
        return clone

    def _prepare(self, options: RequestOptions, deadline: float | None) -> tuple[PreparedRequest, float]:
        """The request to send, and how many seconds each attempt may take in all."""
        chosen = self.timeout if isinstance(options.timeout, NotGiven) else as_timeout(options.timeout)
        left = None if deadline is None else deadline - _clock.monotonic()
        prepared = prepare(options, self.base_url, api_key=self.api_key, timeout=clamp(chosen, left), auth=self._auth)
        if self._headers_per_request:
            merged = dict(self._headers_per_request)
            for name, value in prepared.headers.items():  # the credentials and extra_headers win
                set_header(merged, name, value)
            prepared.headers.clear()
            prepared.headers.update(merged)
        return prepared, total_seconds(chosen)

    def _call_deadline(self, options: RequestOptions, deadline: float | None) -> float | None:
        """When the whole call must be over: a per-call ``timeout=`` bounds every attempt and every wait
        between them (``deadline``, a wait's, if sooner); without one, each attempt has the client's."""
        if isinstance(options.timeout, NotGiven):
            return deadline
        end = _clock.monotonic() + total_seconds(as_timeout(options.timeout))
        return end if deadline is None else min(end, deadline)

    def _retries_for(self, max_retries: int | NotGiven) -> int:
        return self.max_retries if isinstance(max_retries, NotGiven) else _check_retries(max_retries)

    def _retry_delay(
        self,
        error: APIError,
        retry: int,
        max_retries: int,
        deadline: float | None,
        rule: RetryRule = RetryRule.REPEATABLE,
        cause: BaseException | None = None,
        notes: list[str] | None = None,
    ) -> float | None:
        """Seconds to sleep before retrying after ``error`` (caused by ``cause``), or None to raise it;
        when time is what stops it, why is appended to ``notes`` (for the error's message)."""
        if retry >= max_retries:
            return None
        if rule is RetryRule.UNSENT_ONLY and not never_sent(cause):
            logger.info("not retrying %s: it may have reached the server, and repeating it could act twice",
                        describe_request(error.request))  # fmt: skip
            return None
        if isinstance(error, APIStatusError):
            if not is_retryable_status(error.status_code):
                return None
            if rule is RetryRule.COMMAND and error.status_code == 409:
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
            left = max(deadline - _clock.monotonic(), 0.0)
            note = f"not retried: the {delay:.2f}s wait before retrying would outlast the {left:.2f}s the call had left"
            logger.info("%s: %s", describe_request(error.request), note)
            if notes is not None:
                notes.append(note)
            return None
        logger.info(
            "retrying %s in %.2fs (retry %d of %d) after: %s",
            describe_request(error.request), delay, retry + 1, max_retries, error.message,
        )  # fmt: skip
        return delay


def _default_headers(headers: Mapping[str, str] | None, auth: str = "api-key") -> dict[str, str]:
    """``default_headers`` once checked, without the key's header (the key is ``api_key``'s alone)."""
    for name, value in (headers or {}).items():
        check_header(name, value, "default_headers")
    own = AUTH_HEADERS[auth]("-")[0].lower()
    return {k: v for k, v in (headers or {}).items() if k.lower() not in ("api-key", own)}


def _check_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be a whole number of 0 or more, not {value!r}")
    return value


def _check_max_response_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"max_response_bytes must be a whole number of bytes, 1 or more, not {value!r}")
    return value
