"""Typed events: what a verified body holds.

    RunCompletedEvent   the envelope {id: "evt_...", type: "workflow.run.completed", environment,
                        created_at, data}; ``run`` is a typed view of ``data`` when it is a run record
    EndNodeDelivery     the seed era's End node body {document, data}: no id, so ``delivery_key``
                        is a hash of the body (the same for every retry of one delivery)
    UnknownEvent        any other ``type`` (or shape), kept as it came, never refused

Every event has ``delivery_key`` (what to deduplicate on), ``type`` and ``raw`` (the decoded body).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import json
import urllib.parse
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ._errors import WebhookPayloadError

__all__ = [
    "RUN_COMPLETED",
    "EndNodeDelivery",
    "RunCompletedEvent",
    "UnknownEvent",
    "WebhookDocument",
    "WebhookEvent",
    "decode_body",
    "event_from_body",
]

RUN_COMPLETED = "workflow.run.completed"
_END_NODE_KEYS = frozenset({"document", "data"})


def decode_body(body: bytes) -> Any:
    """The JSON document in ``body``. Raises WebhookPayloadError (not UTF-8, not JSON, nested too deep)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WebhookPayloadError(f"the body is not UTF-8 text (byte {exc.start}); a delivery is JSON") from None
    try:
        return json.loads(text)
    except RecursionError:
        raise WebhookPayloadError("the body is JSON nested too deeply to read") from None
    except ValueError as exc:
        raise WebhookPayloadError(f"the body is not JSON: {exc}") from None


def _body_key(body: bytes) -> str:
    return "sha256:" + hashlib.sha256(body).hexdigest()


def _created_at(value: Any) -> datetime.datetime | None:
    """An ISO 8601 text or Unix seconds, as an aware datetime; None when it is neither."""
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return datetime.datetime.fromtimestamp(value, datetime.timezone.utc)
        if isinstance(value, str):
            parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
            return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None
    return None


@dataclass(frozen=True)
class WebhookDocument:
    """The End node's ``document`` (MIMEData): ``filename`` and a ``url``, a ``data:`` URL carrying the bytes."""

    filename: str | None
    url: str | None
    raw: dict[str, Any] = field(repr=False)

    @property
    def mime_type(self) -> str | None:
        """The media type a ``data:`` URL names, else None."""
        header = self._data_header()
        if header is None:
            return None
        media = header.split(";", 1)[0].strip()
        return media or "text/plain"

    def _data_header(self) -> str | None:
        if not isinstance(self.url, str) or not self.url[:5].lower() == "data:" or "," not in self.url:
            return None
        return self.url[5:].split(",", 1)[0]

    @property
    def content(self) -> bytes | None:
        """The document's bytes, decoded from its ``data:`` URL; None when ``url`` is another kind of link.

        Raises WebhookPayloadError when the ``data:`` URL's base64 is broken.
        """
        header = self._data_header()
        if header is None or self.url is None:
            return None
        payload = self.url.split(",", 1)[1]
        if header.lower().endswith(";base64"):
            try:
                return base64.b64decode(payload.strip(), validate=True)
            except (binascii.Error, ValueError):
                broken = f"the document {self.filename!r} has a data: URL whose base64 is broken"
                raise WebhookPayloadError(broken) from None
        return urllib.parse.unquote_to_bytes(payload)


@dataclass(frozen=True)
class RunCompletedEvent:
    """``workflow.run.completed``: the envelope of a finished run, ``data`` as it came."""

    id: str
    type: str
    environment: str | None
    created_at: datetime.datetime | None
    data: Any = field(repr=False)
    raw: dict[str, Any] = field(repr=False)

    @property
    def delivery_key(self) -> str:
        """The event id: the same for every retry and redelivery of one event."""
        return self.id

    @property
    def run_id(self) -> str | None:
        """``data.id`` when ``data`` is an object with a text id (a run record)."""
        run_id = self.data.get("id") if isinstance(self.data, dict) else None
        return run_id if isinstance(run_id, str) else None

    @cached_property
    def run(self) -> Any:
        """``data`` as a typed run (``retab_runs_client.models.WorkflowRun`` for a flat record with
        ``status``; today's contract's model for a record with ``lifecycle``, when installed), or
        None when ``data`` is not a run record that model reads."""
        return _run_view(self.data)


@dataclass(frozen=True)
class EndNodeDelivery:
    """The seed era's End node body ``{document, data}`` (no id, no type, no timestamp)."""

    document: WebhookDocument | None
    data: Any = field(repr=False)
    delivery_key: str
    raw: dict[str, Any] = field(repr=False)
    type: None = None


@dataclass(frozen=True)
class UnknownEvent:
    """A body of a ``type`` (or shape) this version does not know: kept, never refused."""

    type: str | None
    id: str | None
    delivery_key: str
    raw: Any = field(repr=False)

    @property
    def environment(self) -> str | None:
        value = self.raw.get("environment") if isinstance(self.raw, dict) else None
        return value if isinstance(value, str) else None

    @property
    def data(self) -> Any:
        return self.raw.get("data") if isinstance(self.raw, dict) else None


WebhookEvent = RunCompletedEvent | EndNodeDelivery | UnknownEvent
"""What ``parse`` returns: match on the class (or on ``type``)."""


def _run_view(data: Any) -> Any:
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return None
    import importlib

    module = "retab_runs_client.models"
    if "lifecycle" in data and "status" not in data:
        module = "retab_runs_client.v2026_08_16.models"
    try:
        model = importlib.import_module(module).WorkflowRun
    except (ImportError, AttributeError):
        return None
    try:
        return model.from_dict(data)
    except Exception:  # the model's own parse error, whatever its class: the view is simply absent
        return None


def event_from_body(body: bytes) -> WebhookEvent:
    """The typed event in a (verified) body. Raises WebhookPayloadError when it is not JSON."""
    decoded = decode_body(body)
    if isinstance(decoded, dict):
        kind = decoded.get("type")
        event_id = decoded.get("id")
        if kind == RUN_COMPLETED and isinstance(event_id, str) and event_id:
            environment = decoded.get("environment")
            return RunCompletedEvent(
                id=event_id,
                type=kind,
                environment=environment if isinstance(environment, str) else None,
                created_at=_created_at(decoded.get("created_at")),
                data=decoded.get("data"),
                raw=decoded,
            )
        if "type" not in decoded and decoded and set(decoded) <= _END_NODE_KEYS:
            document = decoded.get("document")
            return EndNodeDelivery(
                document=_document(document),
                data=decoded.get("data"),
                delivery_key=_body_key(body),
                raw=decoded,
            )
        key = event_id if isinstance(event_id, str) and event_id else _body_key(body)
        return UnknownEvent(
            type=kind if isinstance(kind, str) else None,
            id=event_id if isinstance(event_id, str) else None,
            delivery_key=key,
            raw=decoded,
        )
    return UnknownEvent(type=None, id=None, delivery_key=_body_key(body), raw=decoded)


def _document(value: Any) -> WebhookDocument | None:
    if not isinstance(value, dict):
        return None
    filename, url = value.get("filename"), value.get("url")
    return WebhookDocument(filename=filename if isinstance(filename, str) else None,
                           url=url if isinstance(url, str) else None, raw=value)  # fmt: skip
