"""Reading a streamed response body within a size limit and a deadline.

The limit counts decoded bytes, after gzip, deflate, br or zstd, so a small
compressed body cannot expand without bound; the deadline is checked after every
chunk, so a body that drips forever ends with the attempt.
"""

from __future__ import annotations

import httpx

from . import _clock
from ._exceptions import APITimeoutError, ResponseTooLargeError, describe_request

__all__ = ["aread_body", "read_body"]


def _too_large(response: httpx.Response, limit: int) -> ResponseTooLargeError:
    encoding = response.headers.get("content-encoding")
    decoded = f" once decoded ({encoding})" if encoding else ""
    return ResponseTooLargeError(
        f"the body of {describe_request(response.request)} ({response.status_code}) is larger than "
        f"max_response_bytes={limit:,}{decoded}; raise the limit with Retab(max_response_bytes=...) if it is expected",
        response=response,
        limit=limit,
    )


def _late(response: httpx.Response, budget: float) -> APITimeoutError:
    return APITimeoutError(
        f"{describe_request(response.request)} timed out: the body took longer than the {budget:g}s the request had",
        request=response.request,
    )


def _keep(response: httpx.Response, buffer: bytearray) -> None:
    # What httpx's own read() does once it has the bytes, so .content, .text and .json() work.
    response._content = bytes(buffer)


def read_body(response: httpx.Response, limit: int, deadline: float, budget: float) -> None:
    """Read the decoded body into ``response``.

    Raises ResponseTooLargeError past ``limit`` bytes, APITimeoutError once ``deadline`` has passed.
    """
    buffer = bytearray()
    for chunk in response.iter_bytes():
        if len(buffer) + len(chunk) > limit:
            raise _too_large(response, limit)
        buffer += chunk
        if _clock.monotonic() > deadline:
            raise _late(response, budget)
    _keep(response, buffer)


async def aread_body(response: httpx.Response, limit: int, deadline: float, budget: float) -> None:
    """The async twin of ``read_body``."""
    buffer = bytearray()
    async for chunk in response.aiter_bytes():
        if len(buffer) + len(chunk) > limit:
            raise _too_large(response, limit)
        buffer += chunk
        if _clock.monotonic() > deadline:
            raise _late(response, budget)
    _keep(response, buffer)
