"""The embedded server's webhooks, over real HTTP both ways: one signed delivery per completed run
(read or not), retried with backoff up to a bound, 410 stops, no redirects, a timeout per attempt,
every attempt kept in the RerunWebhookResponse shape, and rerun-webhook delivering again now."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from retab_runs.server import RunStore
from retab_runs.server._webhook_delivery import WebhookDeliveries
from retab_runs.server._webhook_targets import RetryPolicy, WebhookTarget, record_shape
from retab_runs.testing import RunningServer, retab_server_running
from retab_runs.webhooks import EndNodeDelivery, RunCompletedEvent, parse, verify
from retab_runs_client.models import RerunWebhookResponse
from tests.server.test_lifecycle import PDF, document
from tests.server.test_server import KEY, ManualClock
from tests.server.webhook_receiver import Plan, Receiver

SECRET = "whsec_delivery_3e8b"
FAST = RetryPolicy(attempts=3, backoff=0.02)
FIELDS = {"webhook_sent", "webhook_status_code", "webhook_response_text", "webhook_response_headers",
          "webhook_request_body", "webhook_duration_ms", "webhook_error"}  # fmt: skip


@contextmanager
def delivering(
    url: str, *, fmt: str = "envelope", retry: RetryPolicy = FAST, **options: Any
) -> Iterator[tuple[RunningServer, WebhookDeliveries, httpx.Client, ManualClock]]:
    clock = ManualClock()
    store = RunStore(api_key=KEY, clock=clock)
    deliveries = WebhookDeliveries(store, WebhookTarget(url, SECRET, fmt), retry=retry, tick=0.02,  # type: ignore[arg-type]
                                   **options)  # fmt: skip
    store.webhooks = deliveries
    with deliveries, retab_server_running(store) as server:
        with httpx.Client(base_url=server.base_url, headers={"Api-Key": KEY}, timeout=30) as http:
            yield server, deliveries, http, clock


def create(http: httpx.Client, workflow_id: str = "wf_invoices") -> str:
    answer = http.post(f"/v1/workflows/{workflow_id}/run", json={"documents": {"start-1": document()}})
    assert answer.status_code == 200, answer.text
    run_id: str = answer.json()["id"]
    return run_id


def finish(clock: ManualClock, deliveries: WebhookDeliveries) -> None:
    """Move past the runs' end and look at once (the watcher would within a tick)."""
    clock.now += 60
    deliveries.scan()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_a_completed_run_is_delivered_once_signed_whether_or_not_anyone_reads_it() -> None:
    with Receiver() as hook, delivering(hook.url) as (server, deliveries, http, clock):
        run_id = create(http)
        clock.now += 60  # the run completes; nobody reads it
        [sent] = hook.wait_for(1)
        assert deliveries.wait_idle(30)
        record = http.get(f"/v1/workflows/runs/{run_id}").json()
    assert len(hook.received) == 1
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["x-retab-environment"] == "test"
    assert sent.headers["x-retab-signature"].startswith("t=")
    assert verify(sent.body, sent.headers, SECRET, require_timestamp=True).scheme == "v1"
    event = parse(sent.body, sent.headers, SECRET)
    assert isinstance(event, RunCompletedEvent)
    assert event.id.startswith("evt_") and event.type == "workflow.run.completed" and event.environment == "test"
    assert event.data == record and event.run_id == run_id
    assert event.run is not None and str(event.run.status) == "completed"
    assert deliveries.event_id(run_id) == event.id


def test_error_and_cancelled_runs_send_nothing() -> None:
    with Receiver() as hook, delivering(hook.url) as (server, deliveries, http, clock):
        waiting = create(http, "wf_demo_review")
        finish(clock, deliveries)
        assert http.post(f"/v1/workflows/runs/{waiting}/cancel", json={}).status_code == 200
        completed = create(http)
        finish(clock, deliveries)
        hook.wait_for(1)
        assert deliveries.wait_idle(30)
    assert len(hook.received) == 1
    assert json.loads(hook.received[0].body)["data"]["id"] == completed


def test_failures_are_retried_with_the_same_event_and_a_fresh_timestamp_and_signature() -> None:
    retry = RetryPolicy(attempts=4, backoff=1.1)  # over a second apart: t differs
    with Receiver(Plan(statuses=[500, 503])) as hook, delivering(hook.url, retry=retry) as (_, deliveries, http, clock):
        run_id = create(http)
        finish(clock, deliveries)
        sent = hook.wait_for(3)
        assert deliveries.wait_idle(30)
        attempts = deliveries.attempts(run_id)
    assert len(hook.received) == 3
    assert len({s.body for s in sent}) == 1
    stamps = [verify(s.body, s.headers, SECRET).timestamp or 0 for s in sent]
    assert len(set(stamps)) == 3 and stamps == sorted(stamps)
    assert len({s.headers["x-retab-signature"] for s in sent}) == 3
    assert [(a["webhook_status_code"], a["webhook_sent"]) for a in attempts] == [
        (500, False),
        (503, False),
        (200, True),
    ]
    assert attempts[0]["webhook_error"] == "HTTP 500" and attempts[2]["webhook_error"] is None


def test_retries_stop_at_the_bound_and_count_connection_failures() -> None:
    url = f"http://127.0.0.1:{closed_port()}/hook"
    with delivering(url) as (_, deliveries, http, clock):
        run_id = create(http)
        finish(clock, deliveries)
        assert deliveries.wait_idle(30)
        attempts = deliveries.attempts(run_id)
    assert len(attempts) == FAST.attempts
    assert all(not a["webhook_sent"] and a["webhook_status_code"] is None for a in attempts)
    assert all(a["webhook_error"].startswith("could not deliver: ConnectError") for a in attempts)


def test_410_gone_stops_the_retries() -> None:
    with Receiver(Plan(statuses=[410, 500, 500])) as hook, delivering(hook.url) as (_, deliveries, http, clock):
        run_id = create(http)
        finish(clock, deliveries)
        hook.wait_for(1)
        assert deliveries.wait_idle(30)
    assert len(hook.received) == 1
    assert "410" in deliveries.attempts(run_id)[0]["webhook_error"]


def test_redirects_are_not_followed() -> None:
    with Receiver() as elsewhere, Receiver(Plan(statuses=[307] * 5, headers={"Location": "PLACEHOLDER"})) as hook:
        hook.plan.headers["Location"] = elsewhere.url
        with delivering(hook.url) as (_, deliveries, http, clock):
            run_id = create(http)
            finish(clock, deliveries)
            hook.wait_for(FAST.attempts)
            assert deliveries.wait_idle(30)
    assert elsewhere.received == []
    attempts = deliveries.attempts(run_id)
    assert [a["webhook_status_code"] for a in attempts] == [307] * FAST.attempts
    assert "not followed" in attempts[0]["webhook_error"]


def test_each_attempt_has_a_timeout() -> None:
    retry = RetryPolicy(attempts=1, timeout=0.3)
    with Receiver(Plan(delay=5)) as hook, delivering(hook.url, retry=retry) as (_, deliveries, http, clock):
        run_id = create(http)
        finish(clock, deliveries)
        hook.wait_for(1)
        assert deliveries.wait_idle(30)
        [attempt] = deliveries.attempts(run_id)
    assert attempt["webhook_error"] == "timed out after 0.3 s" and attempt["webhook_sent"] is False


def test_attempts_have_the_rerun_webhook_response_shape_and_the_end_step_shows_the_last() -> None:
    with Receiver(Plan(statuses=[500])) as hook, delivering(hook.url) as (_, deliveries, http, clock):
        run_id = create(http)
        finish(clock, deliveries)
        hook.wait_for(2)
        assert deliveries.wait_idle(30)
        attempts = deliveries.attempts(run_id)
        step = http.get(f"/v1/workflows/runs/{run_id}/steps/end-1").json()
    for attempt in attempts:
        assert set(attempt) == FIELDS
        assert RerunWebhookResponse.from_dict(attempt).to_dict() == attempt
        assert attempt["webhook_request_body"] == json.loads(hook.received[0].body)
    assert attempts[-1]["webhook_response_text"] == '{"ok":true}'
    output = step["output"]
    assert {key: output[key] for key in FIELDS} == attempts[-1]
    assert output["message"] == "Webhook delivered" and "data" in output


def test_rerun_webhook_delivers_the_same_event_again_now() -> None:
    with Receiver() as hook, delivering(hook.url) as (_, deliveries, http, clock):
        run_id = create(http)
        assert http.post(f"/v1/workflows/runs/{run_id}/rerun-webhook").json()["webhook_sent"] is False  # not done
        finish(clock, deliveries)
        hook.wait_for(1)
        assert deliveries.wait_idle(30)
        again = http.post(f"/v1/workflows/runs/{run_id}/rerun-webhook")
        hook.plan.statuses.append(500)
        failed = http.post(f"/v1/workflows/runs/{run_id}/rerun-webhook").json()
    assert again.status_code == 200
    answer = again.json()
    assert answer["webhook_sent"] is True and answer["webhook_status_code"] == 200
    first, second, third = hook.received
    assert first.body == second.body == third.body
    assert answer["webhook_request_body"]["id"] == json.loads(first.body)["id"]
    assert (failed["webhook_sent"], failed["webhook_status_code"], failed["webhook_error"]) == (False, 500, "HTTP 500")
    assert len(deliveries.attempts(run_id)) == 3


def test_the_end_node_format_is_the_seed_eras_body_signed_with_bare_hex() -> None:
    with Receiver() as hook, delivering(hook.url, fmt="end-node") as (_, deliveries, http, clock):
        create(http)
        finish(clock, deliveries)
        [sent] = hook.wait_for(1)
    assert "x-retab-signature" not in sent.headers
    assert verify(sent.body, sent.headers, SECRET).scheme == "hex"
    event = parse(sent.body, sent.headers, SECRET)
    assert isinstance(event, EndNodeDelivery) and event.document is not None
    assert (event.document.filename, event.document.content) == ("invoice.pdf", PDF)
    assert event.data["invoice_number"] == "INV-2026-0042"


def test_the_record_shape_is_pluggable() -> None:
    with (
        Receiver() as hook,
        delivering(hook.url, shape=lambda record: {"run": record["id"]}) as (_, deliveries, http, clock),
    ):
        run_id = create(http)
        finish(clock, deliveries)
        [sent] = hook.wait_for(1)
    assert json.loads(sent.body)["data"] == {"run": run_id}
    assert record_shape() is record_shape("2026-02-26")
    with pytest.raises(ValueError, match="no webhook record shape"):
        record_shape("1999-01-01")


@pytest.mark.parametrize("url", ["http://example.com/hook", "https://10.0.0.1/hook", "http://[::2]/x"])
def test_remote_targets_are_refused_unless_allowed(url: str) -> None:
    store = RunStore(api_key=KEY)
    with pytest.raises(ValueError, match="not a loopback address"):
        WebhookDeliveries(store, WebhookTarget(url, SECRET))
    WebhookDeliveries(store, WebhookTarget(url, SECRET), allow_remote=True).stop()


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/", "http://user:pw@127.0.0.1/", "127.0.0.1:80", ""])
def test_a_bad_url_is_refused(url: str) -> None:
    with pytest.raises(ValueError):
        WebhookTarget(url, SECRET)


def test_the_secret_is_in_no_repr() -> None:
    store = RunStore(api_key=KEY)
    target = WebhookTarget("http://127.0.0.1:9/hook", SECRET)
    deliveries = WebhookDeliveries(store, target, per_workflow={"wf": target})
    store.webhooks = deliveries
    try:
        assert not any(SECRET in text for text in (repr(target), repr(deliveries), repr(store), str(target)))
    finally:
        deliveries.stop()
