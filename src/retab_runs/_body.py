"""Reading a streamed response body within a size limit and a deadline.

The limit counts decoded bytes, after every ``Content-Encoding`` (gzip, deflate,
and br or zstd when httpx can decode them), so a small compressed body cannot
expand without bound. httpx's own decoders inflate a whole network read at once,
which a stack such as ``gzip, gzip`` turns into gigabytes from under a kilobyte:
the raw bytes are decoded here instead, a bounded piece at a time, each stage
handing its pieces to the next. The deadline is checked after every chunk, so a
body that drips forever ends with the attempt.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import httpx
from httpx._decoders import SUPPORTED_DECODERS  # the decoders httpx has (br, zstd when installed)

from . import _clock
from ._exceptions import APITimeoutError, ResponseTooLargeError, describe_request

__all__ = ["SUPPORTED_DECODERS", "aread_body", "read_body"]

_PIECE = 64 * 1024
"""At most this many bytes come out of one decoding step; what gets buffered is then bounded by the limit."""
_FOREIGN_INPUT = 1024
"""Decoders not ours (br, zstd) cannot cap their output: feed them this much at a time."""


class _Inflate:
    """One gzip or deflate stage whose every output piece is at most ``_PIECE`` bytes."""

    def __init__(self, coding: str) -> None:
        self._gzip = coding in ("gzip", "x-gzip")
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if self._gzip else zlib.MAX_WBITS)
        self._first = not self._gzip  # "deflate" is raw deflate for some servers: try that if zlib's header fails
        self._head = b""  # the first byte of a deflate body, held until the header can be judged

    def _step(self, data: bytes) -> bytes:
        try:
            return self._zlib.decompress(data, _PIECE)
        except zlib.error as exc:
            if self._first:
                self._first = False
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                return self._step(data)
            raise httpx.DecodingError(f"the body is not valid {'gzip' if self._gzip else 'deflate'}: {exc}") from exc

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._first and len(self._head) + len(data) < 2:  # zlib judges its header on two bytes
            self._head += data
            return
        data, self._head = self._head + data, b""
        out = self._step(data)
        self._first = False
        while True:
            if out:
                yield out
            tail = self._zlib.unconsumed_tail
            if not tail and len(out) < _PIECE:
                return
            out = self._step(tail)

    def finish(self) -> Iterator[bytes]:
        if self._head:  # a body of one byte
            out, self._head = self._step(self._head), b""
            if out:
                yield out
        try:
            out = self._zlib.flush()
        except zlib.error as exc:  # pragma: no cover  (zlib reports errors while decompressing)
            raise httpx.DecodingError(str(exc)) from exc
        if out:
            yield out


class _Foreign:
    """A stage decoded by httpx's own decoder (br, zstd), fed small slices."""

    def __init__(self, coding: str) -> None:
        self._decoder = SUPPORTED_DECODERS[coding]()

    def feed(self, data: bytes) -> Iterator[bytes]:
        for start in range(0, len(data), _FOREIGN_INPUT):
            out = self._decoder.decode(data[start : start + _FOREIGN_INPUT])
            if out:
                yield out

    def finish(self) -> Iterator[bytes]:
        out = self._decoder.flush()
        if out:
            yield out


class _Decoding:
    """The stages of a response's ``Content-Encoding``, last applied first, as httpx orders them."""

    def __init__(self, response: httpx.Response) -> None:
        self._stages: list[_Inflate | _Foreign] = []
        for value in reversed(response.headers.get_list("content-encoding", split_commas=True)):
            coding = value.strip().lower()
            if coding in ("gzip", "x-gzip", "deflate"):
                self._stages.append(_Inflate(coding))
            elif coding in SUPPORTED_DECODERS and coding != "identity":
                self._stages.append(_Foreign(coding))
            # anything else (identity, unknown codings) passes through, as httpx does

    def _through(self, stage: int, data: bytes) -> Iterator[bytes]:
        if stage == len(self._stages):
            yield data
            return
        for piece in self._stages[stage].feed(data):
            yield from self._through(stage + 1, piece)

    def feed(self, raw: bytes) -> Iterator[bytes]:
        return self._through(0, raw)

    def finish(self) -> Iterator[bytes]:
        for index, stage in enumerate(self._stages):
            for piece in stage.finish():
                yield from self._through(index + 1, piece)


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


class _Buffer:
    """The decoded body so far, refusing to grow past ``limit`` or to outlive ``deadline``."""

    def __init__(self, response: httpx.Response, limit: int, deadline: float, budget: float) -> None:
        self.response, self.limit, self.deadline, self.budget = response, limit, deadline, budget
        self.decoding = _Decoding(response)
        self.data = bytearray()

    def add(self, pieces: Iterator[bytes]) -> None:
        for piece in pieces:
            if len(self.data) + len(piece) > self.limit:
                raise _too_large(self.response, self.limit)
            self.data += piece
            if _clock.monotonic() > self.deadline:
                raise _late(self.response, self.budget)

    def keep(self) -> None:
        self.add(self.decoding.finish())
        # What httpx's own read() does once it has the bytes, so .content, .text and .json() work.
        self.response._content = bytes(self.data)


def _already_read(response: httpx.Response, limit: int) -> bool:
    """Whether a transport handed over the body already read and decoded (``httpx.MockTransport`` does)."""
    if not hasattr(response, "_content"):
        return False
    if len(response.content) > limit:
        raise _too_large(response, limit)
    return True


def read_body(response: httpx.Response, limit: int, deadline: float, budget: float) -> None:
    """Read the decoded body into ``response``.

    Raises ResponseTooLargeError past ``limit`` bytes, APITimeoutError once ``deadline`` has passed.
    """
    if _already_read(response, limit):
        return
    buffer = _Buffer(response, limit, deadline, budget)
    for raw in response.iter_raw():
        buffer.add(buffer.decoding.feed(raw))
        if _clock.monotonic() > deadline:
            raise _late(response, budget)
    buffer.keep()


async def aread_body(response: httpx.Response, limit: int, deadline: float, budget: float) -> None:
    """The async twin of ``read_body``."""
    if _already_read(response, limit):
        return
    buffer = _Buffer(response, limit, deadline, budget)
    async for raw in response.aiter_raw():
        buffer.add(buffer.decoding.feed(raw))
        if _clock.monotonic() > deadline:
            raise _late(response, budget)
    buffer.keep()
