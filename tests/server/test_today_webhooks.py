"""Today's API (2026-08-16) delivers webhooks as the seed's does, over real HTTP both ways: a run that
completes (on its own, or approved at the local review route) is POSTed once, signed, with ``data`` the
run as today's GET answers it (``lifecycle``), retried on failure, every attempt kept; runs that end
otherwise, and the runs there before delivery began, send nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from retab_runs.server import TodayRunStore
from retab_runs.server._today_webhooks import TodayWebhookDeliveries
from retab_runs.server._webhook_targets import RECORD_SHAPES, RetryPolicy, WebhookTarget, record_shape, today_record
from retab_runs.testing import retab_server_running
from retab_runs.webhooks import EndNodeDelivery, RunCompletedEvent, parse, verify
from retab_runs_client.v2026_08_16.models import WorkflowRun
from tests.server.test_today_server import Clock
from tests.server.webhook_receiver import Plan, Receiver

SECRET = "whsec_today_9c4d"
KEY = "sk-today-hooks"
FAST = RetryPolicy(attempts=3, backoff=0.02)


@contextmanager
def delivering(
    url: str, *, fmt: str = "envelope", retry: RetryPolicy = FAST
) -> Iterator[tuple[TodayWebhookDeliveries, httpx.Client, Clock]]:
    clock = Clock()
    store = TodayRunStore(api_key=KEY, tick=1.0, clock=clock)
    target = WebhookTarget(url, SECRET, fmt)  # type: ignore[arg-type]
    deliveries = TodayWebhookDeliveries(store, target, retry=retry, tick=0.02)
    store.webhooks = deliveries
    with deliveries, retab_server_running(store) as server:
        headers = {"Authorization": f"Bearer {KEY}"}
        with httpx.Client(base_url=server.base_url, headers=headers, timeout=30) as http:
            yield deliveries, http, clock


def create(http: httpx.Client, workflow_id: str = "wf_invoices", **body: Any) -> str:
    answer = http.post("/v1/workflows/runs", json={"workflow_id": workflow_id, **body})
    assert answer.status_code == 202, answer.text
    run_id: str = answer.json()["id"]
    return run_id


def finish(clock: Clock, deliveries: TodayWebhookDeliveries) -> None:
    """Move past the runs' end and look at once (the watcher would within a tick)."""
    clock.now += 60
    deliveries.scan()


def test_todays_record_shape_is_registered() -> None:
    assert RECORD_SHAPES["2026-08-16"] is today_record and record_shape("2026-08-16") is today_record


def test_a_completed_run_is_delivered_once_in_todays_shape_whether_or_not_anyone_reads_it() -> None:
    with Receiver() as hook, delivering(hook.url) as (deliveries, http, clock):
        run_id = create(http, json_inputs={"start-1": {"customer": "Initech"}}, metadata={"ref": "a1"})
        clock.now += 60  # the run completes; nobody reads it
        [sent] = hook.wait_for(1)
        assert deliveries.wait_idle(30)
        deliveries.scan()  # looked at again: nothing more
        assert deliveries.wait_idle(30)
        record = http.get(f"/v1/workflows/runs/{run_id}").json()
    assert len(hook.received) == 1  # the built-in runs, completed before delivery began, send nothing
    assert sent.headers["content-type"] == "application/json" and sent.headers["x-retab-environment"] == "test"
    assert verify(sent.body, sent.headers, SECRET, require_timestamp=True).scheme == "v1"
    event = parse(sent.body, sent.headers, SECRET)
    assert isinstance(event, RunCompletedEvent)
    assert event.id.startswith("evt_") and event.type == "workflow.run.completed"
    assert event.data == record and record["lifecycle"] == {"status": "completed"} and "status" not in record
    assert event.run_id == run_id
    run = event.run
    assert isinstance(run, WorkflowRun) and run.id == run_id and run.lifecycle.status == "completed"
    assert deliveries.event_id(run_id) == event.id
    [attempt] = deliveries.attempts(run_id)
    assert attempt["webhook_sent"] and attempt["webhook_status_code"] == 200
    assert attempt["webhook_request_body"] == json.loads(sent.body)


def test_approval_at_the_local_review_route_delivers_rejection_and_cancel_do_not() -> None:
    with Receiver(Plan(delay=2.0)) as hook, delivering(hook.url) as (deliveries, http, clock):
        approved = create(http, "wf_demo_review")
        rejected = create(http, "wf_demo_review")
        cancelled = create(http)
        assert http.post(f"/v1/workflows/runs/{cancelled}/cancel", json={}).status_code == 200
        finish(clock, deliveries)
        assert http.post(f"/_local/runs/{rejected}/review", json={"approved": False}).status_code == 200
        settled = http.post(f"/_local/runs/{approved}/review", json={"approved": True})
        # the route answered before the receiver did (it answers after 2 s): the delivery is off its path
        assert settled.status_code == 200 and deliveries.attempts(approved) == []
        [sent] = hook.wait_for(1)
        assert deliveries.wait_idle(30)
        deliveries.scan()
        assert deliveries.wait_idle(30)
    assert len(hook.received) == 1
    event = parse(sent.body, sent.headers, SECRET)
    assert isinstance(event, RunCompletedEvent) and event.run_id == approved
    assert event.data["lifecycle"] == {"status": "completed"} == settled.json()["lifecycle"]


def test_failures_are_retried_with_the_same_event_and_recorded() -> None:
    with Receiver(Plan(statuses=[500, 503])) as hook, delivering(hook.url) as (deliveries, http, clock):
        run_id = create(http)
        finish(clock, deliveries)
        sent = hook.wait_for(3)
        assert deliveries.wait_idle(30)
        attempts = deliveries.attempts(run_id)
        again = deliveries.rerun(run_id)  # one more, now: the same event
        [*_, resent] = hook.wait_for(4)
    assert again["webhook_sent"] is True and len(deliveries.attempts(run_id)) == 4
    assert resent.body == sent[0].body
    assert len({s.body for s in sent}) == 1
    assert all(verify(s.body, s.headers, SECRET).scheme == "v1" for s in sent)
    assert [(a["webhook_status_code"], a["webhook_sent"]) for a in attempts] == [(500, False), (503, False),
                                                                                   (200, True)]  # fmt: skip


def test_the_end_node_format_sends_the_extract_steps_output() -> None:
    with Receiver() as hook, delivering(hook.url, fmt="end-node") as (deliveries, http, clock):
        run_id = create(http, json_inputs={"start-1": {"customer": "Initech"}})
        finish(clock, deliveries)
        [sent] = hook.wait_for(1)
        steps = http.get("/v1/workflows/steps", params={"run_id": run_id}).json()
    output = next(s for s in steps["data"] if s["block_id"] == "extract-1")["handle_outputs"]["output"]["data"]
    assert verify(sent.body, sent.headers, SECRET).scheme == "hex" and "x-retab-signature" not in sent.headers
    delivery = parse(sent.body, sent.headers, SECRET)
    assert isinstance(delivery, EndNodeDelivery)
    assert delivery.document is None and delivery.data == output and output["customer"] == "Initech"


def test_its_repr_keeps_the_secret_out() -> None:
    store = TodayRunStore(api_key=KEY)
    deliveries = TodayWebhookDeliveries(store, WebhookTarget("http://127.0.0.1:9/hook", SECRET))
    try:
        assert SECRET not in repr(deliveries) and repr(deliveries).startswith("TodayWebhookDeliveries(")
    finally:
        deliveries.stop()
