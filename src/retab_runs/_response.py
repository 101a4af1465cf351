"""``with_raw_response``: the HTTP response of a call, parsed only when asked.

    raw = client.workflows.runs.with_raw_response.get("run_abc123xyz")
    raw.status_code, raw.headers["x-request-id"], raw.request_id
    run = raw.parse()                       # the WorkflowRun, as get() returns it

Every operation goes through one request path (``_request`` on the clients), which
returns the parsed value, or this wrapper while ``to_raw_response`` asks for it. A new
operation gets its raw twin with one line in its resource's ``...WithRawResponse`` class.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Generic, ParamSpec, TypeVar, cast

if TYPE_CHECKING:
    import httpx

__all__ = ["HTTPDetails", "RawResponse", "async_to_raw_response", "raw_requested", "to_raw_response"]

T = TypeVar("T")
P = ParamSpec("P")

raw_requested: contextvars.ContextVar[bool] = contextvars.ContextVar("raw_requested", default=False)


class HTTPDetails:
    """Status, headers and request id of ``self.http_response``; shared by RawResponse and APIResponse."""

    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's id for this request (``x-request-id``), to quote when reporting a problem."""
        value: str | None = self.http_response.headers.get("x-request-id")
        return value


class RawResponse(HTTPDetails, Generic[T]):
    """The HTTP response of a successful call; ``parse()`` gives what the plain call returns."""

    def __init__(self, http_response: httpx.Response, parser: Callable[[httpx.Response], T], retries: int) -> None:
        self.http_response = http_response
        self.retries = retries
        self._parser = parser
        self._parsed: list[T] = []

    def parse(self) -> T:
        """The typed result (parsed once). Raises ResponseValidationError as the plain call would."""
        if not self._parsed:
            self._parsed.append(self._parser(self.http_response))
        return self._parsed[0]

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.url.path}>"


def to_raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """``method`` (an operation of a sync resource) returning its ``RawResponse`` instead."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = raw_requested.set(True)
        try:
            return cast("RawResponse[T]", method(*args, **kwargs))
        finally:
            raw_requested.reset(token)

    return wrapped


def async_to_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """``to_raw_response`` for an operation of an async resource."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = raw_requested.set(True)
        try:
            return cast("RawResponse[T]", await method(*args, **kwargs))
        finally:
            raw_requested.reset(token)

    return wrapped
