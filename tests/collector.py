"""What the collector tests share: where an object sits among the collector's generations, a
cycle the caller drops, and the one-thread condition that promotion needs."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager


def generation_of(obj: object) -> int | None:
    """The collector's generation holding ``obj`` (0, 1 or 2), or None when it is not tracked."""
    for generation in (0, 1, 2):
        if any(o is obj for o in gc.get_objects(generation=generation)):
            return generation
    return None


def one_thread() -> None:
    """Promotion needs a process with one thread: one left running by another test would
    silently turn a promotion test into a test of the ordinary passes."""
    assert threading.active_count() == 1, [t.name for t in threading.enumerate()]


class Node:
    self: object


def young_cycle() -> weakref.ref[Node]:
    """A cycle dropped at once: only the collector frees it. Its weak reference says when."""
    node = Node()
    node.self = node
    return weakref.ref(node)


@contextmanager
def collector_passes() -> Iterator[list[int]]:
    """The generation of every pass the collector starts inside the block, in order."""
    passes: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(count)
    try:
        yield passes
    finally:
        gc.callbacks.remove(count)
