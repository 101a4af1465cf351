"""Connections the embedded server accepts: a deadline for a request's head, and a cap on how many.

uvicorn times out a connection that stays idle after a response, but not one that never
finishes sending its first request head: a thousand half-open connections would hold a
thousand file descriptors until the process runs out, and then every accept fails. Here:

- a connection has ``header_timeout`` seconds to send a whole request head (from when it
  opens, and again after each response); past that it is closed;
- at most ``max_connections`` are open: one more closes the oldest connection that waits
  for a request head (an idle or half-open one); when every connection is busy, the new one
  is closed instead;
- what is closed is logged as one line (at most one per ``LOG_EVERY`` seconds, with a count),
  never a traceback per connection; the event loop's own errors (a failing ``accept``, out of
  file descriptors) the same way;
- the accept loop takes a small batch at a time (``backlog``), so that the cap acts before the
  descriptors in flight reach the process's limit.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
from typing import Any, Final

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["HEADER_TIMEOUT", "Guarded", "default_max_connections", "make_server"]

logger = logging.getLogger("retab_runs.server")

HEADER_TIMEOUT: Final = 15.0
"""Seconds a connection has to send a whole request head (the default of ``make_server``)."""
LOG_EVERY: Final = 10.0
"""Seconds between two log lines about closed connections (the ones between are counted)."""


def default_max_connections() -> int:
    """A quarter of the process's file descriptor limit, between 16 and 1,000 (1,000 where it cannot be read).

    The rest is headroom: connections accepted in a batch before the cap acts, files, pipes.
    """
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return 1000
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return 1000
    return max(16, min(1000, soft // 4))


class _Tally:
    """Events counted, and logged as one line now and then (at most one per LOG_EVERY seconds)."""

    def __init__(self, what: str = "embedded server closed connections") -> None:
        self.what = what
        self.logged_at = -LOG_EVERY
        self.unlogged: dict[str, int] = {}

    def closed(self, reason: str) -> None:
        self.unlogged[reason] = self.unlogged.get(reason, 0) + 1
        now = time.monotonic()
        if now - self.logged_at >= LOG_EVERY:
            counted = "; ".join(f"{count} {why}" for why, count in self.unlogged.items())
            logger.warning("%s: %s", self.what, counted)
            self.unlogged.clear()
            self.logged_at = now


class Guarded(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with a request-head deadline and a connection cap (see the module)."""

    header_timeout: float = HEADER_TIMEOUT
    max_connections: int = 1000
    tally: _Tally = _Tally()
    _order = itertools.count()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._opened = next(self._order)
        self._head_timer: asyncio.TimerHandle | None = None

    @classmethod
    def configured(cls, header_timeout: float, max_connections: int) -> type[Guarded]:
        """A subclass with these limits and a tally of its own (one per server)."""
        attributes = {"header_timeout": header_timeout, "max_connections": max_connections, "tally": _Tally()}
        return type("GuardedProtocol", (cls,), attributes)

    def waits_for_head(self) -> bool:
        """True while no request is in progress: the connection is idle or sending a head."""
        return self.conn.their_state is h11.IDLE and (self.cycle is None or self.cycle.response_complete)

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()
        if len(self.connections) > self.max_connections:
            idle = [c for c in self.connections if isinstance(c, Guarded) and c is not self and c.waits_for_head()]
            if idle:
                min(idle, key=lambda c: c._opened).close("idle connection(s) closed at the connection cap")
            else:
                self.close("new connection(s) refused: every connection at the cap was busy")

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
        super().connection_lost(exc)

    def close(self, reason: str) -> None:
        """Close the connection now (its descriptor is freed), and count it in the log."""
        if self.transport.is_closing():
            return
        self.connections.discard(self)
        self.tally.closed(reason)
        self.transport.abort()

    def _arm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_expired)

    def _head_expired(self) -> None:
        self._head_timer = None
        if self.waits_for_head():
            self.close(f"connection(s) sent no whole request head within {self.header_timeout:g} s")


_LOOP_ERRORS = _Tally("embedded server event loop errors (counted)")


def _one_line_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """The event loop's errors as one log line now and then (a failing accept, retried every second,
    would otherwise log a traceback each time)."""
    exc = context.get("exception")
    message = str(context.get("message", "event loop error"))
    _LOOP_ERRORS.closed(f"{message}{f' ({type(exc).__name__}: {exc})' if exc is not None else ''}")


class _Server(uvicorn.Server):
    async def serve(self, sockets: Any = None) -> None:
        asyncio.get_running_loop().set_exception_handler(_one_line_handler)
        await super().serve(sockets)


def make_server(
    app: Any,
    *,
    header_timeout: float = HEADER_TIMEOUT,
    max_connections: int | None = None,
    log_level: str = "warning",
) -> uvicorn.Server:
    """A uvicorn server for ``app`` with the guarded protocol (``max_connections`` defaults to
    ``default_max_connections()``). Raises ValueError for a limit that is not positive."""
    cap = default_max_connections() if max_connections is None else max_connections
    if not header_timeout > 0 or cap < 1:
        raise ValueError(f"header_timeout and max_connections should be positive, not {header_timeout!r}, {cap!r}")
    # The accept loop takes up to ``backlog`` connections at once, before any of them reaches
    # ``connection_made`` (where the cap acts): a small batch keeps the descriptors in flight
    # well under the limit the cap is derived from.
    backlog = max(16, min(128, cap // 2))
    config = uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="off", timeout_graceful_shutdown=2,
                            backlog=backlog, http=Guarded.configured(header_timeout, cap))  # fmt: skip
    return _Server(config)
