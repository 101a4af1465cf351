"""``Retab`` and ``AsyncRetab``: configuration, sending with retries, closing."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from types import TracebackType

import httpx

from . import _clock
from ._base import DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BaseClient, TimeoutLike
from ._exceptions import APIError, ConfigurationError
from ._exchange import PreparedRequest, status_error, transport_error
from ._logs import logger
from ._redact import redact_url
from ._retries import RetryPolicy
from ._runs import AsyncWorkflows, Workflows

__all__ = ["AsyncRetab", "Retab"]


class Retab(BaseClient):
    """Client for the Retab workflow-runs API.

        from retab_runs import Retab

        with Retab() as client:                      # key from RETAB_API_KEY
            run = client.workflows.runs.get("run_abc123xyz")

    ``api_key`` defaults to ``RETAB_API_KEY`` and is sent as the ``Api-Key`` header;
    ``base_url`` to ``RETAB_API_BASE_URL``, else ``https://api.retab.com``. ``timeout``
    (seconds or ``httpx.Timeout``) is finite: 30 s per read, 5 s to connect by default.
    Failed requests are retried ``max_retries`` times (connection errors, timeouts,
    408, 409, 429, 5xx). At most ``max_connections`` requests are in flight at once
    (20 by default). With ``http_client`` you bring your own ``httpx.Client``;
    authentication, retries and timeouts still apply per request, redirects are never
    followed, and you close it yourself.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        *,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ) -> None:
        self._configure(api_key, base_url, timeout, max_retries, retry_policy, default_headers, max_connections)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=self.timeout, limits=self._limits, headers=self._fixed_headers)
        if http_client is not None:  # not ours to reconfigure: send the fixed headers with each request
            self._headers_per_request = self._fixed_headers
        self.workflows = Workflows(self)

    def _send(self, prepared: PreparedRequest, max_retries: int, deadline: float | None) -> tuple[httpx.Response, int]:
        retry = 0
        while True:
            request: httpx.Request | None = None
            error: APIError
            cause: Exception | None = None  # the httpx exception behind a transport error
            try:
                request = self._http.build_request(
                    prepared.method, prepared.url, params=prepared.params or None, headers=prepared.headers,
                    timeout=prepared.timeout,
                )  # fmt: skip
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("%s %s", prepared.method, redact_url(str(request.url)))
                response = self._http.send(request, follow_redirects=False)
            except httpx.InvalidURL as exc:
                raise ConfigurationError(f"cannot build the request URL: {exc}") from exc
            except httpx.RequestError as exc:
                error, cause = transport_error(exc, request), exc
            else:
                if response.is_success:
                    return response, retry
                error = status_error(response)
            delay = self._retry_delay(error, retry, max_retries, deadline)
            if delay is None:
                raise error from cause
            _clock.sleep(delay)
            retry += 1

    def close(self) -> None:
        """Close the connection pool (not one passed in as ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Retab:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncRetab(BaseClient):
    """The asyncio twin of ``Retab``: same arguments, ``await`` on every call.

    async with AsyncRetab() as client:
        run = await client.workflows.runs.wait_for_completion("run_abc123xyz")
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        *,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ) -> None:
        self._configure(api_key, base_url, timeout, max_retries, retry_policy, default_headers, max_connections)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=self.timeout, limits=self._limits, headers=self._fixed_headers
        )
        if http_client is not None:
            self._headers_per_request = self._fixed_headers
        # Requests beyond max_connections queue here rather than in httpcore's pool, whose
        # waiting list costs O(waiters) per release: 1,000 waiters cut throughput by 3x.
        import asyncio  # here, not at the top: only AsyncRetab needs it, and it costs 10% of the import

        self._gate = asyncio.Semaphore(max_connections)
        self.workflows = AsyncWorkflows(self)

    async def _send(
        self, prepared: PreparedRequest, max_retries: int, deadline: float | None
    ) -> tuple[httpx.Response, int]:
        retry = 0
        while True:
            request: httpx.Request | None = None
            error: APIError
            cause: Exception | None = None  # the httpx exception behind a transport error
            try:
                request = self._http.build_request(
                    prepared.method, prepared.url, params=prepared.params or None, headers=prepared.headers,
                    timeout=prepared.timeout,
                )  # fmt: skip
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("%s %s", prepared.method, redact_url(str(request.url)))
                async with self._gate:
                    response = await self._http.send(request, follow_redirects=False)
            except httpx.InvalidURL as exc:
                raise ConfigurationError(f"cannot build the request URL: {exc}") from exc
            except httpx.RequestError as exc:
                error, cause = transport_error(exc, request), exc
            else:
                if response.is_success:
                    return response, retry
                error = status_error(response)
            delay = self._retry_delay(error, retry, max_retries, deadline)
            if delay is None:
                raise error from cause
            await _clock.async_sleep(delay)
            retry += 1

    async def close(self) -> None:
        """Close the connection pool (not one passed in as ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncRetab:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
