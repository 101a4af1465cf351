"""Handling an event once: the key is the event id, or the End node body's hash; a failure releases it."""

from __future__ import annotations

import json

import pytest

from retab_runs.webhooks import InMemoryIdempotencyStore, WebhookEvent, handle_once, parse, sign

SECRET = "whsec_once"


def event(body: bytes, t: int) -> WebhookEvent:
    return parse(body, {"X-Retab-Signature": sign(body, SECRET, timestamp=t)}, SECRET, tolerance=None)


def test_a_retry_of_one_event_is_handled_once_and_another_event_is_handled() -> None:
    store = InMemoryIdempotencyStore()
    body = json.dumps({"id": "evt_1", "type": "workflow.run.completed", "data": {}}).encode()
    other = json.dumps({"id": "evt_2", "type": "workflow.run.completed", "data": {}}).encode()
    handled: list[str] = []

    def handler(e: WebhookEvent) -> int:
        handled.append(e.delivery_key)
        return len(handled)

    results = [handle_once(store, e, handler) for e in (event(body, 1), event(body, 2), event(other, 3))]
    assert results == [(True, 1), (False, None), (True, 2)]
    assert handled == ["evt_1", "evt_2"]
    assert "evt_1" in store and len(store) == 2


def test_end_node_retries_share_their_body_hash() -> None:
    store = InMemoryIdempotencyStore()
    body = json.dumps({"document": None, "data": {"x": 1}}).encode()
    first = parse(body, {"Retab-Signature": sign(body, SECRET, scheme="hex")}, SECRET)
    again = parse(body, {"Retab-Signature": sign(body, SECRET, scheme="hex")}, SECRET)
    assert handle_once(store, first, lambda e: 1) == (True, 1)
    assert handle_once(store, again, lambda e: 1) == (False, None)


def test_a_failed_handler_releases_the_key_so_a_retry_is_handled() -> None:
    store = InMemoryIdempotencyStore()
    body = json.dumps({"id": "evt_f", "type": "workflow.run.completed"}).encode()

    def boom(e: WebhookEvent) -> None:
        raise RuntimeError("database down")

    with pytest.raises(RuntimeError):
        handle_once(store, event(body, 1), boom)
    assert handle_once(store, event(body, 2), lambda e: "ok") == (True, "ok")


def test_the_store_is_bounded() -> None:
    store = InMemoryIdempotencyStore(max_keys=3)
    for n in range(10):
        assert store.claim(f"k{n}")
    assert len(store) == 3 and "k9" in store and "k0" not in store
    with pytest.raises(ValueError):
        InMemoryIdempotencyStore(max_keys=0)
