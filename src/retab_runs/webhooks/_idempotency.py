"""Handling each event once: retries and redeliveries carry the same ``delivery_key``.

The in-memory store is for tests and single-process tools. In production, record the key
under a unique constraint in the database, in the same transaction as the work the event
causes (``INSERT ... ON CONFLICT DO NOTHING``), and answer 2xx to a duplicate.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol, TypeVar

from ._events import WebhookEvent

__all__ = ["IdempotencyStore", "InMemoryIdempotencyStore", "handle_once"]

T = TypeVar("T")


class IdempotencyStore(Protocol):
    """Where the keys of handled events are kept."""

    def claim(self, key: str) -> bool:
        """True the first time ``key`` is claimed (handle the event); False for a duplicate."""
        ...

    def release(self, key: str) -> None:
        """Forget ``key`` (its handling failed: let a retry have it)."""
        ...


class InMemoryIdempotencyStore:
    """Keys in a bounded, thread-safe set (the oldest forgotten past ``max_keys``): for tests and local tools."""

    def __init__(self, max_keys: int = 100_000) -> None:
        if max_keys < 1:
            raise ValueError(f"max_keys must be 1 or more, not {max_keys!r}")
        self.max_keys = max_keys
        self._keys: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def claim(self, key: str) -> bool:
        with self._lock:
            if key in self._keys:
                return False
            self._keys[key] = None
            while len(self._keys) > self.max_keys:
                self._keys.popitem(last=False)
            return True

    def release(self, key: str) -> None:
        with self._lock:
            self._keys.pop(key, None)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"InMemoryIdempotencyStore(keys={len(self._keys)}, max_keys={self.max_keys})"


def handle_once(
    store: IdempotencyStore, event: WebhookEvent, handler: Callable[[WebhookEvent], T]
) -> tuple[bool, T | None]:
    """Run ``handler(event)`` unless its ``delivery_key`` was handled already.

    Returns (True, what the handler returned) the first time, (False, None) for a duplicate.
    When the handler raises, the key is released (a retry may handle it) and the error propagates.
    """
    if not store.claim(event.delivery_key):
        return False, None
    try:
        return True, handler(event)
    except BaseException:
        store.release(event.delivery_key)
        raise
