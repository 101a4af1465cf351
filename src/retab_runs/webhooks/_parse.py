"""``parse``: verify, then read the body into a typed event."""

from __future__ import annotations

from typing import Any

from ._events import WebhookEvent, event_from_body
from ._verify import DEFAULT_TOLERANCE, Secrets, raw_body, verify

__all__ = ["parse"]


def parse(
    payload: bytes | bytearray | memoryview | str,
    headers: Any,
    secret: Secrets,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    require_timestamp: bool = False,
    now: float | None = None,
) -> WebhookEvent:
    """Verify a delivery (see ``verify``), then return its typed event.

    Returns a RunCompletedEvent (the envelope), an EndNodeDelivery (the seed era's
    ``{document, data}``) or an UnknownEvent (any other type, kept). The body is decoded
    only after its signature matched. Raises what ``verify`` raises, and WebhookPayloadError
    when a correctly signed body is not a JSON document.
    """
    body = raw_body(payload)
    verify(body, headers, secret, tolerance=tolerance, require_timestamp=require_timestamp, now=now)
    return event_from_body(body)
