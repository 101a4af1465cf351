"""What the server answers to ``GET /v1/workflows/runs/{run_id}``, without any HTTP framework.

The Starlette app and the in-process test transport both call ``respond``, so they
cannot disagree.
"""

from __future__ import annotations

import hmac
import math
from dataclasses import dataclass, field
from typing import Any

from ._store import RunStore, encode

__all__ = ["Reply", "respond"]


@dataclass
class Reply:
    """An answer: status, JSON body and headers; ``kind`` says how to mangle it on purpose.

    ``body`` is the JSON value, or ``encoded`` its bytes when the store has them already.
    """

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    kind: str = "normal"  # normal | dropped (cut off mid-body) | malformed (truncated JSON)
    delay: float = 0.0
    encoded: bytes | None = None

    def content(self) -> bytes:
        data = self.encoded if self.encoded is not None else encode(self.body)
        return data[: len(data) // 2] if self.kind in ("dropped", "malformed") else data


def respond(store: RunStore, run_id: str, access_token: str | None, api_key: str | None) -> Reply:
    """The reply for one request: 401, 404, an injected fault, or the run.

    Like the vendor's API, it puts no length limit on ``run_id`` or ``access_token``: an id no
    run has is a 404, a token that opens nothing is a 401.
    """
    key_ok = api_key is not None and hmac.compare_digest(api_key.encode(), store.api_key.encode())
    token_ok = access_token is not None and store.token_opens(access_token, run_id)
    if not (key_ok or token_ok):
        detail = "Invalid access token" if access_token is not None and not api_key else "Invalid or missing API key"
        return Reply(401, {"detail": detail})

    record = store.get_encoded(run_id)
    if record is None:
        return Reply(404, {"detail": "Workflow run not found"})

    plan, faults = store.next_fault(run_id)
    delay = max(faults.latency, 0.0)
    if plan == "rate_limited":
        wait = max(faults.retry_after, 0.0)
        headers = {"Retry-After": str(math.ceil(wait)), "retry-after-ms": str(round(wait * 1000))}
        return Reply(429, {"detail": "Rate limit exceeded"}, headers, delay=delay)
    if plan == "server_error":
        return Reply(503, {"detail": "Service temporarily unavailable"}, delay=delay)
    if plan in ("dropped", "malformed"):
        return Reply(200, None, kind=plan, delay=delay, encoded=record)
    return Reply(200, None, delay=delay, encoded=record)
