"""``parse``: verify first, then a typed event for each shape; bad JSON after a good signature is its own error."""

from __future__ import annotations

import base64
import datetime
import json
from typing import Any

import pytest

from retab_runs.webhooks import (
    EndNodeDelivery,
    RunCompletedEvent,
    SignatureMismatchError,
    UnknownEvent,
    WebhookPayloadError,
    parse,
    sign,
)
from retab_runs_client.models import WorkflowRun
from tests.payloads import run_with_status

SECRET = "whsec_parse_test"


def signed(body: bytes, *, scheme: str = "v1") -> dict[str, str]:
    if scheme == "hex":
        return {"Retab-Signature": sign(body, SECRET, scheme="hex")}
    return {"X-Retab-Signature": sign(body, SECRET)}


def envelope(data: Any, **extra: Any) -> bytes:
    fields = {"id": "evt_0001", "type": "workflow.run.completed", "environment": "test",
              "created_at": "2026-12-06T10:00:00Z", "data": data, **extra}  # fmt: skip
    return json.dumps(fields).encode()


def test_the_envelope_is_a_run_completed_event_with_a_typed_run() -> None:
    record = run_with_status("completed")
    event = parse(envelope(record), signed(envelope(record)), SECRET)
    assert isinstance(event, RunCompletedEvent)
    assert (event.id, event.type, event.environment, event.delivery_key) == (
        "evt_0001", "workflow.run.completed", "test", "evt_0001",
    )  # fmt: skip
    assert event.created_at == datetime.datetime(2026, 12, 6, 10, 0, tzinfo=datetime.timezone.utc)
    assert event.data == record
    assert isinstance(event.run, WorkflowRun)
    assert event.run.id == record["id"] == event.run_id


@pytest.mark.parametrize("data", [None, {}, {"run_id": "run_1"}, [1, 2], {"id": "run_1", "status": 7}])
def test_the_run_view_is_none_when_data_is_not_a_run(data: Any) -> None:
    body = envelope(data)
    event = parse(body, signed(body), SECRET)
    assert isinstance(event, RunCompletedEvent)
    assert event.run is None
    assert event.data == data


def test_created_at_may_be_unix_seconds_and_an_unreadable_one_is_none() -> None:
    body = envelope({}, created_at=1_790_000_000)
    event = parse(body, signed(body), SECRET)
    assert isinstance(event, RunCompletedEvent) and event.created_at is not None
    body = envelope({}, created_at="yesterday")
    event = parse(body, signed(body), SECRET)
    assert isinstance(event, RunCompletedEvent) and event.created_at is None


def test_the_seed_era_end_node_body_has_its_own_type_with_decodable_document_bytes() -> None:
    pdf = b"%PDF-1.7 fake \x00\xff"
    url = "data:application/pdf;base64," + base64.b64encode(pdf).decode()
    body = json.dumps({"document": {"filename": "invoice.pdf", "url": url}, "data": {"total": 12.5}}).encode()
    event = parse(body, signed(body, scheme="hex"), SECRET)
    assert isinstance(event, EndNodeDelivery)
    assert event.document is not None
    assert (event.document.filename, event.document.mime_type, event.document.content) == (
        "invoice.pdf", "application/pdf", pdf,
    )  # fmt: skip
    assert event.data == {"total": 12.5}
    assert event.type is None


def test_the_end_node_delivery_key_is_stable_for_one_body_and_differs_between_bodies() -> None:
    first = json.dumps({"document": None, "data": {"n": 1}}).encode()
    second = json.dumps({"document": None, "data": {"n": 2}}).encode()
    keys = [parse(b, signed(b, scheme="hex"), SECRET).delivery_key for b in (first, first, second)]
    assert keys[0] == keys[1] != keys[2]
    assert keys[0].startswith("sha256:")


def test_a_plain_data_url_and_a_link_url() -> None:
    body = json.dumps({"document": {"filename": "a.txt", "url": "data:,hello%20world"}, "data": None}).encode()
    event = parse(body, signed(body, scheme="hex"), SECRET)
    assert isinstance(event, EndNodeDelivery) and event.document is not None
    assert (event.document.content, event.document.mime_type) == (b"hello world", "text/plain")
    body = json.dumps({"document": {"filename": "a.pdf", "url": "https://files.example/a.pdf"}}).encode()
    event = parse(body, signed(body, scheme="hex"), SECRET)
    assert isinstance(event, EndNodeDelivery) and event.document is not None
    assert event.document.content is None


def test_broken_base64_in_the_document_is_a_payload_error() -> None:
    body = json.dumps({"document": {"filename": "a.pdf", "url": "data:application/pdf;base64,@@@"}}).encode()
    event = parse(body, signed(body, scheme="hex"), SECRET)
    assert isinstance(event, EndNodeDelivery) and event.document is not None
    with pytest.raises(WebhookPayloadError):
        event.document.content  # noqa: B018


@pytest.mark.parametrize(
    ("fields", "kind", "event_id"),
    [
        ({"id": "evt_9", "type": "workflow.run.failed", "data": {}}, "workflow.run.failed", "evt_9"),
        ({"type": "something.new"}, "something.new", None),
        ({"completion": {}, "file_payload": {}}, None, None),
        ({"id": "evt_x", "type": "workflow.run.completed"} | {"id": 5}, "workflow.run.completed", None),
    ],
)
def test_an_unknown_type_or_shape_is_kept_as_an_unknown_event(fields: dict[str, Any], kind: str | None,
                                                              event_id: str | None) -> None:  # fmt: skip
    body = json.dumps(fields).encode()
    event = parse(body, signed(body), SECRET)
    assert isinstance(event, UnknownEvent)
    assert (event.type, event.id, event.raw) == (kind, event_id, fields)
    assert event.delivery_key == (event_id or event.delivery_key)
    assert event.delivery_key


def test_a_json_array_is_an_unknown_event() -> None:
    body = b"[1, 2]"
    event = parse(body, signed(body), SECRET)
    assert isinstance(event, UnknownEvent) and event.raw == [1, 2] and event.delivery_key.startswith("sha256:")


@pytest.mark.parametrize("body", [b"not json", b"\xff\xfe{}", b"[" * 100_000 + b"]" * 100_000, b"", b'{"a": NaN'])
def test_bad_json_after_a_good_signature_is_a_payload_error(body: bytes) -> None:
    with pytest.raises(WebhookPayloadError) as caught:
        parse(body, signed(body), SECRET)
    assert caught.value.status_code == 400


def test_nothing_is_parsed_before_the_signature_is_checked() -> None:
    with pytest.raises(SignatureMismatchError):
        parse(b"not json at all", {"X-Retab-Signature": sign(b"other", SECRET)}, SECRET)
