"""``Retab`` and ``AsyncRetab``: configuration, the one request path (with retries), closing."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from . import _clock
from ._async_runs import AsyncWorkflows
from ._base import (
    DEFAULT_MAX_CONNECTIONS,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    BaseClient,
    NotGiven,
    TimeoutLike,
)
from ._exceptions import APIError, APITimeoutError, ClientClosedError, ConfigurationError
from ._exchange import (
    PreparedRequest,
    final_error,
    request_credentials,
    status_error,
    transport_error,
    with_notes,
)
from ._logs import logger
from ._options import RequestOptions
from ._parsers import Parser
from ._redact import redact_url
from ._response import RawResponse, raw_requested
from ._retries import RetryPolicy
from ._runs import Workflows
from ._third_party_logs import secrets_in_flight

if TYPE_CHECKING:
    import asyncio

    import httpx
    from typing_extensions import Self

__all__ = ["AsyncClient", "AsyncRetab", "Retab", "SyncClient"]

T = TypeVar("T")


def _attempt_window(budget: float, deadline: float | None) -> float:
    """When the attempt starting now must be over: ``budget`` seconds, or the caller's deadline if sooner."""
    end = _clock.monotonic() + budget
    return end if deadline is None else min(end, deadline)


def _timed_out(exc: httpx.RequestError, request: httpx.Request | None, budget: float, end: float) -> APIError:
    import httpx

    if isinstance(exc, httpx.TimeoutException) and _clock.monotonic() >= end - 0.01:
        where = "request" if request is None else f"{request.method} {redact_url(str(request.url))}"
        return APITimeoutError(f"{where} timed out: it took longer than the {budget:g}s it had", request=request)
    return transport_error(exc, request)


def _masked_cause(cause: Exception | None, error: APIError) -> Exception | None:
    """``cause`` (httpx's error, kept as ``__cause__``) holding ``error``'s masked request, not the one sent."""
    if cause is not None and error.request is not None and hasattr(cause, "request"):
        cause.request = error.request
    return cause


_SYNC_CLOSED = (
    "this Retab client is closed: make a new one, or keep using it inside its `with Retab() as client:` block"
)
_ASYNC_CLOSED = (
    "this AsyncRetab client is closed: make a new one, or keep using it inside its "
    "`async with AsyncRetab() as client:` block"
)


def _closed_meanwhile(exc: RuntimeError, http: httpx.Client | httpx.AsyncClient, message: str) -> ClientClosedError:
    """httpx's RuntimeError for a pool closed while a call queued or waited to retry, as our error."""
    if not http.is_closed:
        raise exc
    return ClientClosedError(message)


class SyncClient(BaseClient):
    """The sync request path both contracts' ``Retab`` share: pool, retries, deadlines, body bounds, closing.

    It knows no contract: a subclass sets ``_auth`` and binds its resources in ``_bind``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._configure(
            api_key, base_url, timeout, max_retries, retry_policy, default_headers, max_connections, max_response_bytes
        )
        import httpx  # here, not at import: `from retab_runs import Retab` stays light

        from ._deadline import bound_transport

        self._owns_http = http_client is None
        if http_client is None:
            transport = httpx.HTTPTransport(limits=self._limits)
            bound_transport(transport)
            http_client = httpx.Client(timeout=self.timeout, headers=self._fixed_headers, transport=transport)
        else:  # not ours to reconfigure: send the fixed headers with each request
            self._headers_per_request = self._fixed_headers
            bound_transport(http_client._transport)  # inert outside this client's calls: see _deadline
        self._http = http_client
        self._bind()

    def _bind(self) -> None:
        """Attach the contract's resources (``client.workflows``) to this client or a copy of it."""

    def with_options(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_policy: RetryPolicy | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with these settings changed, sharing its connection pool.

            client.with_options(timeout=5, max_retries=0).workflows.runs.get("run_abc123xyz")

        Closing the copy leaves the pool open; closing the original closes it for both.
        """
        clone = self._copy_with(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries, retry_policy=retry_policy,
            default_headers=default_headers, max_response_bytes=max_response_bytes,
        )  # fmt: skip
        clone._owns_http = False
        clone._bind()
        return clone

    def _request(self, options: RequestOptions, parse: Parser[T], *, deadline: float | None = None) -> T:
        """Send ``options`` (retrying) and parse the answer; a RawResponse instead under ``with_raw_response``."""
        deadline = self._call_deadline(options, deadline)
        prepared, budget = self._prepare(options, deadline)
        response, retries = self._send(prepared, budget, self._retries_for(options.max_retries), deadline)
        raw = RawResponse(response, parse, retries)
        if raw_requested.get():
            return raw  # type: ignore[return-value]  # to_raw_response types it
        return raw.parse()

    def _send(
        self, prepared: PreparedRequest, budget: float, max_retries: int, deadline: float | None
    ) -> tuple[httpx.Response, int]:
        import httpx

        from ._body import read_body
        from ._deadline import attempt_deadline

        if self._http.is_closed:
            raise ClientClosedError(_SYNC_CLOSED)
        retry = 0
        while True:
            request: httpx.Request | None = None
            error: APIError
            cause: Exception | None = None  # the httpx exception behind a transport error
            end = _attempt_window(budget, deadline)
            token = attempt_deadline.set(end)
            try:
                request = self._http.build_request(
                    prepared.method, prepared.url, params=prepared.params or None, headers=prepared.headers,
                    timeout=prepared.timeout, json=prepared.json_body,
                )  # fmt: skip
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("%s %s", prepared.method, redact_url(str(request.url)))
                shown = secrets_in_flight.set(tuple(request_credentials(request)))
                try:
                    response = self._http.send(request, follow_redirects=False, stream=True)
                    try:
                        read_body(response, self.max_response_bytes, end, budget)
                    finally:
                        response.close()
                finally:
                    secrets_in_flight.reset(shown)
            except RuntimeError as exc:  # close() from another thread while this call was under way
                raise _closed_meanwhile(exc, self._http, _SYNC_CLOSED) from exc
            except httpx.InvalidURL as exc:
                raise ConfigurationError(f"cannot build the request URL: {exc}") from exc
            except httpx.RequestError as exc:
                error, cause = _timed_out(exc, request, budget, end), exc
            except APITimeoutError as exc:  # the body outlived the attempt
                error = exc
            else:
                if response.is_success:
                    return response, retry
                error = status_error(response)
            finally:
                attempt_deadline.reset(token)
            notes: list[str] = []
            delay = self._retry_delay(error, retry, max_retries, deadline, prepared.retry, cause, notes)
            if delay is None:
                raise final_error(with_notes(error, notes), prepared.retry, _masked_cause(cause, error)) from cause
            _clock.sleep(delay)
            retry += 1

    def close(self) -> None:
        """Close the connection pool (not one passed in as ``http_client``, nor a ``with_options`` copy's)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class _AsyncPool:
    """The connection pool of an ``AsyncRetab`` and its copies, and the event loop it belongs to."""

    def __init__(self, http: httpx.AsyncClient, owned: bool, make: Callable[[], httpx.AsyncClient], limit: int) -> None:
        self.http = http
        self.owned = owned
        self.make = make
        self.limit = limit
        import asyncio  # here, not at the top: only AsyncRetab needs it, and it costs 10% of the import

        self.loop: asyncio.AbstractEventLoop | None = None
        # Requests beyond max_connections queue here rather than in httpcore's pool, whose
        # waiting list costs O(waiters) per release: 1,000 waiters cut throughput by 3x.
        self.gate = asyncio.Semaphore(limit)
        self.closed = False

    async def for_this_loop(self) -> httpx.AsyncClient:
        """The pool, usable from the running event loop (a fresh one if the loop it was made in has ended)."""
        import asyncio

        if self.closed or self.http.is_closed:
            raise ClientClosedError(_ASYNC_CLOSED)
        loop = asyncio.get_running_loop()
        if self.loop is loop:
            return self.http
        if self.loop is not None and not self.loop.is_closed() and self.loop.is_running():
            raise ClientClosedError(
                "this AsyncRetab client is in use in another running event loop: make one client per event loop"
            )
        if self.loop is not None and self.owned:
            # Connections opened by an event loop that has ended cannot be used, nor closed, from this one.
            old, self.http = self.http, self.make()
            try:
                await old.aclose()
            except Exception:  # noqa: S110  (the old loop is gone; its sockets go with it)
                pass
        self.gate = asyncio.Semaphore(self.limit)
        self.loop = loop
        return self.http

    async def close(self) -> None:
        import asyncio

        self.closed = True
        try:
            await self.http.aclose()
        except RuntimeError:
            if self.loop is None or self.loop is asyncio.get_running_loop() or not self.loop.is_closed():
                raise
            # Its connections belong to an event loop that has ended; they cannot be closed from this one.


class AsyncClient(BaseClient):
    """The asyncio request path both contracts' ``AsyncRetab`` share (see ``SyncClient``)."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self._configure(
            api_key, base_url, timeout, max_retries, retry_policy, default_headers, max_connections, max_response_bytes
        )
        from ._deadline import bound_transport

        self._owns_http = http_client is None
        if http_client is not None:
            self._headers_per_request = self._fixed_headers
            bound_transport(http_client._transport)  # inert outside this client's calls: see _deadline
        self._pool = _AsyncPool(http_client or self._new_http(), http_client is None, self._new_http, max_connections)
        self._bind()

    def _bind(self) -> None:
        """Attach the contract's resources (``client.workflows``) to this client or a copy of it."""

    def _new_http(self) -> httpx.AsyncClient:
        import httpx

        from ._deadline import bound_transport

        transport = httpx.AsyncHTTPTransport(limits=self._limits)
        bound_transport(transport)
        return httpx.AsyncClient(timeout=self.timeout, headers=self._fixed_headers, transport=transport)

    @property
    def _http(self) -> httpx.AsyncClient:
        return self._pool.http

    def with_options(
        self,
        *,
        api_key: str | None | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_policy: RetryPolicy | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None | NotGiven = NOT_GIVEN,
        max_response_bytes: int | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with these settings changed, sharing the connection pool (see ``Retab.with_options``)."""
        clone = self._copy_with(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries, retry_policy=retry_policy,
            default_headers=default_headers, max_response_bytes=max_response_bytes,
        )  # fmt: skip
        clone._owns_http = False
        clone._bind()
        return clone

    async def _request(self, options: RequestOptions, parse: Parser[T], *, deadline: float | None = None) -> T:
        """Send ``options`` (retrying) and parse the answer; a RawResponse instead under ``with_raw_response``."""
        deadline = self._call_deadline(options, deadline)
        prepared, budget = self._prepare(options, deadline)
        response, retries = await self._send(prepared, budget, self._retries_for(options.max_retries), deadline)
        raw = RawResponse(response, parse, retries)
        if raw_requested.get():
            return raw  # type: ignore[return-value]  # async_to_raw_response types it
        return raw.parse()

    async def _send(
        self, prepared: PreparedRequest, budget: float, max_retries: int, deadline: float | None
    ) -> tuple[httpx.Response, int]:
        import httpx

        from ._body import aread_body
        from ._deadline import attempt_deadline

        http = await self._pool.for_this_loop()
        retry = 0
        while True:
            request: httpx.Request | None = None
            error: APIError
            cause: Exception | None = None  # the httpx exception behind a transport error
            end = _attempt_window(budget, deadline)
            try:
                request = http.build_request(
                    prepared.method, prepared.url, params=prepared.params or None, headers=prepared.headers,
                    timeout=prepared.timeout, json=prepared.json_body,
                )  # fmt: skip
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("%s %s", prepared.method, redact_url(str(request.url)))
                async with self._pool.gate:
                    end = _attempt_window(budget, deadline)  # the time queued at the gate is not the request's
                    token = attempt_deadline.set(end)
                    shown = secrets_in_flight.set(tuple(request_credentials(request)))
                    try:
                        response = await http.send(request, follow_redirects=False, stream=True)
                        try:
                            await aread_body(response, self.max_response_bytes, end, budget)
                        finally:
                            await response.aclose()
                    finally:
                        secrets_in_flight.reset(shown)
                        attempt_deadline.reset(token)
            except RuntimeError as exc:  # close() from another task while this call queued at the gate
                raise _closed_meanwhile(exc, http, _ASYNC_CLOSED) from exc
            except httpx.InvalidURL as exc:
                raise ConfigurationError(f"cannot build the request URL: {exc}") from exc
            except httpx.RequestError as exc:
                error, cause = _timed_out(exc, request, budget, end), exc
            except APITimeoutError as exc:  # the body outlived the attempt
                error = exc
            else:
                if response.is_success:
                    return response, retry
                error = status_error(response)
            notes: list[str] = []
            delay = self._retry_delay(error, retry, max_retries, deadline, prepared.retry, cause, notes)
            if delay is None:
                raise final_error(with_notes(error, notes), prepared.retry, _masked_cause(cause, error)) from cause
            await _clock.async_sleep(delay)
            retry += 1

    async def close(self) -> None:
        """Close the connection pool (not one passed in as ``http_client``, nor a ``with_options`` copy's)."""
        if self._owns_http:
            await self._pool.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class Retab(SyncClient):
    """Client for the Retab workflow-runs API.

        from retab_runs import Retab

        with Retab() as client:                      # key from RETAB_API_KEY
            run = client.workflows.runs.get("run_abc123xyz")

    ``api_key`` defaults to ``RETAB_API_KEY`` and is sent as the ``Api-Key`` header;
    ``base_url`` to ``RETAB_API_BASE_URL``, else ``https://api.retab.com``. ``timeout``
    (seconds or ``httpx.Timeout``) is finite: 30 s per read, 5 s to connect by default,
    and no attempt lasts longer than its longest part in all. Failed requests are
    retried ``max_retries`` times (connection errors, timeouts, 408, 409, 429, 5xx; a
    ``create``, which has no idempotency key, only when the request never left).
    At most ``max_connections`` requests are in flight at once (20 by default). A body
    larger than ``max_response_bytes`` once decoded (256 MiB) raises
    ResponseTooLargeError. With ``http_client`` you bring your own ``httpx.Client``;
    authentication, retries and timeouts still apply per request, redirects are never
    followed, and you close it yourself.
    """

    workflows: Workflows

    def _bind(self) -> None:
        self.workflows = Workflows(self)


class AsyncRetab(AsyncClient):
    """The asyncio twin of ``Retab``: same arguments, ``await`` on every call.

    async with AsyncRetab() as client:
        run = await client.workflows.runs.wait_for_completion("run_abc123xyz")

    A client may be used from one event loop after another (successive ``asyncio.run``
    calls): when the loop it last ran in has ended, it opens fresh connections.
    """

    workflows: AsyncWorkflows

    def _bind(self) -> None:
        self.workflows = AsyncWorkflows(self)
