"""Reading a streamed response body within a size limit and a deadline.

The limit counts decoded bytes, after every ``Content-Encoding``, so a small compressed
body cannot expand without bound. httpx's own decoders inflate a whole network read at
once, which a stack such as ``gzip, gzip`` turns into gigabytes from under a kilobyte, and
an 841-byte brotli body into 1 GiB: the raw bytes are decoded here instead, by decoders
whose every step yields a bounded piece, each stage handing its pieces to the next:

- gzip, x-gzip, deflate: zlib's ``max_length``, 64 KiB a step;
- br: brotli 1.2's ``output_buffer_limit``, 64 KiB a step. An older brotli (or brotlicffi)
  cannot bound its output: ``br`` is then neither advertised nor accepted;
- zstd (with ``zstandard`` installed): fed 32 bytes a step, which yields at most nine of the
  format's blocks (128 KiB each, whatever their content); a frame's window is capped at 8 MiB
  (what RFC 9659 asks HTTP servers to keep to).

At most ``MAX_CODINGS`` codings are undone: a longer ``Content-Encoding`` raises
ResponseDecodingError. Codings not listed here (identity, unknown ones) pass through, as
httpx does. The deadline is checked after every chunk, so a body that drips forever ends
with the attempt.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, Protocol

import httpx

from . import _clock
from ._exceptions import APITimeoutError, ResponseDecodingError, ResponseTooLargeError, describe_request

__all__ = ["MAX_CODINGS", "accept_encoding", "aread_body", "read_body"]

MAX_CODINGS = 4
"""Codings a body may stack; real servers use one."""
_PIECE = 64 * 1024
"""At most this many bytes come out of one decoding step; what gets buffered is then bounded by the limit."""
_ZSTD_INPUT = 32
"""zstd input per step: 32 bytes hold at most nine block headers, so a step yields at most nine 128 KiB blocks."""
_ZSTD_WINDOW = 8 * 1024 * 1024


class _Stage(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...

    def finish(self) -> Iterator[bytes]: ...


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


class _Brotli:
    """A br stage on brotli 1.2's bounded ``process``: each step yields at most about ``_PIECE`` bytes."""

    def __init__(self, coding: str) -> None:
        import brotli

        self._brotli: Any = brotli
        self._decoder = brotli.Decompressor()
        self._seen = False

    def _step(self, data: bytes) -> bytes:
        try:
            out: bytes = self._decoder.process(data, output_buffer_limit=_PIECE)
        except self._brotli.error as exc:
            raise httpx.DecodingError(f"the body is not valid br: {exc}") from exc
        return out

    def feed(self, data: bytes) -> Iterator[bytes]:
        if not data:
            return
        self._seen = True
        out = self._step(data)
        while out:  # more output may be pending: take it a piece at a time until there is none
            yield out
            # can_accept_more_data() is no sign that all is out: it says True with output still
            # pending, which the last chunk of a body would leave behind (a valid body refused).
            out = self._step(b"")

    def finish(self) -> Iterator[bytes]:
        if self._seen and not self._decoder.is_finished():
            raise httpx.DecodingError("the body is not valid br: it ends before the brotli stream does")
        return iter(())


class _Zstd:
    """A zstd stage fed ``_ZSTD_INPUT`` bytes a step, every frame's window capped at ``_ZSTD_WINDOW``."""

    def __init__(self, coding: str) -> None:
        import zstandard

        self._zstd: Any = zstandard
        self._decoder = self._frame()
        self._seen = False

    def _frame(self) -> Any:
        return self._zstd.ZstdDecompressor(max_window_size=_ZSTD_WINDOW).decompressobj()

    def _step(self, data: bytes) -> bytes:
        try:
            if self._decoder.eof:  # the last slice ended a frame: this one starts the next
                self._decoder = self._frame()
            out: bytes = self._decoder.decompress(data)
            while self._decoder.eof and self._decoder.unused_data:  # the next frame starts in this slice
                rest, self._decoder = self._decoder.unused_data, self._frame()
                out += self._decoder.decompress(rest)
        except self._zstd.ZstdError as exc:
            raise httpx.DecodingError(f"the body is not valid zstd: {exc}") from exc
        return out

    def feed(self, data: bytes) -> Iterator[bytes]:
        self._seen = self._seen or bool(data)
        for start in range(0, len(data), _ZSTD_INPUT):
            out = self._step(data[start : start + _ZSTD_INPUT])
            if out:
                yield out

    def finish(self) -> Iterator[bytes]:
        if self._seen and not self._decoder.eof:
            raise httpx.DecodingError("the body is not valid zstd: it ends before its frame does")
        return iter(())


@cache
def _bounded_brotli() -> bool:
    """Whether the installed brotli can bound its output per step (google's brotli 1.2 or later)."""
    try:
        import brotli

        brotli.Decompressor().process(b"", output_buffer_limit=1)
    except Exception:  # noqa: BLE001  (absent, brotlicffi, or too old: all mean "cannot be bounded")
        return False
    return True


@cache
def _has_zstd() -> bool:
    try:
        import zstandard  # noqa: F401
    except ImportError:
        return False
    return True


def _decoders() -> dict[str, Callable[[str], _Stage]]:
    found: dict[str, Callable[[str], _Stage]] = {"gzip": _Inflate, "x-gzip": _Inflate, "deflate": _Inflate}
    if _bounded_brotli():
        found["br"] = _Brotli
    if _has_zstd():
        found["zstd"] = _Zstd
    return found


def accept_encoding() -> str:
    """The ``Accept-Encoding`` to send: only the codings this module can decode a bounded piece at a time."""
    return ", ".join(coding for coding in _decoders() if coding != "x-gzip")


class _Decoding:
    """The stages of a response's ``Content-Encoding``, last applied first, as httpx orders them."""

    def __init__(self, response: httpx.Response) -> None:
        codings = [c.strip().lower() for c in response.headers.get_list("content-encoding", split_commas=True)]
        if len(codings) > MAX_CODINGS:
            raise ResponseDecodingError(
                f"the body of {describe_request(response.request)} ({response.status_code}) has "
                f"{len(codings):,} content codings; at most {MAX_CODINGS} are decoded",
                response=response,
            )
        decoders = _decoders()
        self._stages: list[_Stage] = []
        for coding in reversed(codings):
            if coding in decoders:
                self._stages.append(decoders[coding](coding))
            elif coding == "br":
                raise ResponseDecodingError(
                    f"the body of {describe_request(response.request)} ({response.status_code}) is br-encoded, "
                    "which was not asked for: the installed brotli cannot decode it within bounds "
                    "(brotli 1.2 or later can)",
                    response=response,
                )
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


def _undecodable(response: httpx.Response, exc: httpx.DecodingError) -> ResponseDecodingError:
    return ResponseDecodingError(
        f"{describe_request(response.request)} ({response.status_code}): {exc}",
        response=response,
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

    Raises ResponseTooLargeError past ``limit`` bytes, APITimeoutError once ``deadline`` has passed,
    ResponseDecodingError for a body that is not what its ``Content-Encoding`` says.
    """
    if _already_read(response, limit):
        return
    buffer = _Buffer(response, limit, deadline, budget)
    try:
        for raw in response.iter_raw():
            buffer.add(buffer.decoding.feed(raw))
            if _clock.monotonic() > deadline:
                raise _late(response, budget)
        buffer.keep()
    except httpx.DecodingError as exc:  # raised by the stages, which do not know the request
        raise _undecodable(response, exc) from exc


async def aread_body(response: httpx.Response, limit: int, deadline: float, budget: float) -> None:
    """The async twin of ``read_body``."""
    if _already_read(response, limit):
        return
    buffer = _Buffer(response, limit, deadline, budget)
    try:
        async for raw in response.aiter_raw():
            buffer.add(buffer.decoding.feed(raw))
            if _clock.monotonic() > deadline:
                raise _late(response, budget)
        buffer.keep()
    except httpx.DecodingError as exc:
        raise _undecodable(response, exc) from exc
