"""Time, in one place, so that tests replace it and never wait for real.

The client and the waiting loops call these through the module
(``_clock.sleep(...)``), so patching ``retab_runs._clock.sleep`` reaches them all.
"""

from __future__ import annotations

import time

__all__ = ["async_sleep", "monotonic", "sleep"]


def monotonic() -> float:
    return time.monotonic()


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: `from retab_runs import Retab` need not load asyncio

    await asyncio.sleep(seconds)
