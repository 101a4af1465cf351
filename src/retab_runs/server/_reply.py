"""An answer of the embedded server, framework aside."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._store import encode

__all__ = ["Reply", "json_reply", "no_content"]


@dataclass
class Reply:
    """An answer: status, JSON body and headers; ``kind`` says how to mangle it on purpose.

    ``body`` is the JSON value, or ``encoded`` its bytes when the store has them already.
    ``media_type`` is None for an answer without a body (204).
    """

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    kind: str = "normal"  # normal | dropped (cut off mid-body) | malformed (truncated JSON)
    delay: float = 0.0
    encoded: bytes | None = None
    media_type: str | None = "application/json"

    def freeze(self) -> None:
        """Encode the body now (it may be a record that changes later)."""
        if self.encoded is None:
            self.encoded = encode(self.body)

    def content(self) -> bytes:
        data = self.encoded if self.encoded is not None else encode(self.body)
        return data[: len(data) // 2] if self.kind in ("dropped", "malformed") else data


def json_reply(body: Any, status: int = 200) -> Reply:
    return Reply(status, body)


def no_content() -> Reply:
    return Reply(204, None, encoded=b"", media_type=None)
