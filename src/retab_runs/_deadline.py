"""A total deadline per request attempt, enforced on every socket operation.

httpx's timeouts are per operation: a body that arrives one byte every half second
never trips a 2 s read timeout. The clients set ``attempt_deadline`` (monotonic
seconds, on ``_clock``) around each attempt, and the network backends below clamp
every connect, read and write to the time left, failing at once when none is left.
No thread or timer per request: the check rides on the socket calls httpcore makes
anyway. A caller's own ``http_client`` gets them too when it has httpx's default
transport: outside this client's calls ``attempt_deadline`` is unset and they change
nothing. With any other transport the deadline is checked between body chunks only
(see ``_body``).
"""

from __future__ import annotations

import contextvars
import ssl
import typing
from collections.abc import Iterable

import httpcore
import httpx

from . import _clock

__all__ = ["AsyncDeadlineBackend", "DeadlineBackend", "attempt_deadline", "bound_transport"]

attempt_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("attempt_deadline", default=None)

SocketOption = tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]


def _time_left(timeout: float | None, kind: type[Exception]) -> float | None:
    """``timeout`` clamped to the current attempt's deadline; raises ``kind`` when it has passed."""
    deadline = attempt_deadline.get()
    if deadline is None:
        return timeout
    left = deadline - _clock.monotonic()
    if left <= 0:
        raise kind("the request took longer than its total timeout")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(
            self._stream.start_tls(ssl_context, server_hostname, _time_left(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """Wraps httpcore's sync backend so that no socket call outlives ``attempt_deadline``."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_tcp(host, port, left, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[SocketOption] | None = None
    ) -> httpcore.NetworkStream:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, left, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, left))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """The asyncio twin of ``DeadlineBackend``."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_tcp(host, port, left, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[SocketOption] | None = None
    ) -> httpcore.AsyncNetworkStream:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_unix_socket(path, left, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def bound_transport(transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> bool:
    """Put the deadline backend under ``transport``'s connection pool; False if it has no such pool.

    httpx does not take a network backend as an argument, so this reaches into the
    pool it built (``HTTPTransport._pool._network_backend``, stable across httpx 0.2x).
    """
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool) and isinstance(pool._network_backend, httpcore.NetworkBackend):
        if not isinstance(pool._network_backend, DeadlineBackend):
            pool._network_backend = DeadlineBackend(pool._network_backend)
        return True
    if isinstance(pool, httpcore.AsyncConnectionPool):
        if not isinstance(pool._network_backend, AsyncDeadlineBackend):
            pool._network_backend = AsyncDeadlineBackend(pool._network_backend)
        return True
    return False
