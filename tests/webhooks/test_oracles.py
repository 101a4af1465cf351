"""The vendor's verifier (retab 0.0.140) and stripe's judge our signing, and we accept what stripe signs.

For each body our verifier must agree with them on the honest delivery and refuse the tampered,
re-serialised, stale, future and wrong-secret variants (stripe lets a future ``t`` pass; we do not).
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from retab_runs.webhooks import (
    RunCompletedEvent,
    SignatureMismatchError,
    TimestampOutsideToleranceError,
    WebhookVerificationError,
    parse,
    sign,
    verify,
)
from tests.webhooks.oracles import Verdict, judge

SECRET = "whsec_oracle_5f2a"
BODIES = [
    b'{"id":"evt_1","type":"workflow.run.completed","environment":"test","data":{"id":"run_1"}}',
    json.dumps({"document": None, "data": {"note": "café ✓ 日本"}}, ensure_ascii=False).encode(),
    b'{"document":{"filename":"a.pdf","url":"data:application/pdf;base64,JVBERi0="},"data":{"total":1.5}}',
]


def reserialised(body: bytes) -> bytes:
    return json.dumps(json.loads(body), indent=1).encode()


def tampered(body: bytes) -> bytes:
    return body.replace(b"}", b',"x":1}', 1)


@pytest.mark.parametrize("body", BODIES)
def test_the_vendor_accepts_our_hex_signature_and_refuses_the_variants(body: bytes) -> None:
    header = sign(body, SECRET, scheme="hex")
    variants = {
        "honest": (body, header, SECRET),
        "tampered": (tampered(body), header, SECRET),
        "reserialised": (reserialised(body), header, SECRET),
        "wrong secret": (body, header, SECRET + "x"),
    }
    verdicts = judge([{"oracle": "retab", "body": b, "header": h, "secret": s} for b, h, s in variants.values()])
    assert [v.ok for v in verdicts] == [True, False, False, False]
    assert {v.error for v in verdicts[1:]} == {"SignatureVerificationError"}
    assert verify(body, {"Retab-Signature": header}, SECRET).scheme == "hex"
    for name, (b, h, s) in list(variants.items())[1:]:
        with pytest.raises(SignatureMismatchError):
            verify(b, {"Retab-Signature": h}, s)
        assert name


@pytest.mark.parametrize("body", BODIES)
def test_stripe_accepts_our_v1_signature_and_both_refuse_the_variants(body: bytes) -> None:
    now = int(time.time())
    honest = sign(body, SECRET, timestamp=now)
    stale = sign(body, SECRET, timestamp=now - 3600)
    future = sign(body, SECRET, timestamp=now + 3600)
    cases = [
        (body, honest, SECRET),
        (tampered(body), honest, SECRET),
        (reserialised(body), honest, SECRET),
        (body, honest, SECRET + "x"),
        (body, stale, SECRET),
    ]
    verdicts = judge([{"oracle": "stripe", "body": b, "header": h, "secret": s} for b, h, s in cases])
    assert [v.ok for v in verdicts] == [True, False, False, False, False]
    assert {v.error for v in verdicts[1:]} == {"SignatureVerificationError"}
    assert verify(body, {"X-Retab-Signature": honest}, SECRET).timestamp == now
    for b, h, s in cases[1:4]:
        with pytest.raises(SignatureMismatchError):
            verify(b, {"X-Retab-Signature": h}, s)
    for h in (stale, future):
        with pytest.raises(TimestampOutsideToleranceError):
            verify(body, {"X-Retab-Signature": h}, SECRET)
    # stripe checks only "too old": a signature from the future passes there, not here.
    future_verdict = judge([{"oracle": "stripe", "body": body, "header": future, "secret": SECRET}])
    assert future_verdict == [Verdict(True, None, None)]


def test_we_accept_what_stripe_signs_and_refuse_it_altered() -> None:
    now = int(time.time())
    cases = [{"oracle": "stripe-sign", "body": body, "secret": SECRET, "timestamp": now} for body in BODIES]
    for body, verdict in zip(BODIES, judge(cases), strict=True):
        assert verdict.ok and verdict.header is not None
        assert verify(body, {"x-retab-signature": verdict.header}, SECRET).timestamp == now
        with pytest.raises(WebhookVerificationError):
            verify(reserialised(body), {"x-retab-signature": verdict.header}, SECRET)
        with pytest.raises(WebhookVerificationError):
            verify(body, {"x-retab-signature": verdict.header}, [SECRET + "x", "another"])


@pytest.mark.parametrize(("fmt", "oracle", "header"), [("envelope", "stripe", "x-retab-signature"),
                                                        ("end-node", "retab", "retab-signature")])  # fmt: skip
def test_the_embedded_servers_deliveries_pass_the_real_clients(fmt: str, oracle: str, header: str) -> None:
    from tests.server.test_webhook_delivery import SECRET as SERVER_SECRET
    from tests.server.test_webhook_delivery import create, delivering, finish
    from tests.server.webhook_receiver import Plan, Receiver

    with Receiver(Plan(statuses=[500])) as hook, delivering(hook.url, fmt=fmt) as (_, deliveries, http, clock):
        create(http)
        finish(clock, deliveries)
        sent = hook.wait_for(2)  # a failed attempt and its retry: both signed
    cases: list[dict[str, Any]] = [
        {"oracle": oracle, "body": s.body, "header": s.headers[header], "secret": SERVER_SECRET} for s in sent
    ]
    cases.append({**cases[0], "body": tampered(sent[0].body)})
    cases.append({**cases[0], "secret": "whsec_wrong"})
    assert [v.ok for v in judge(cases)] == [True, True, False, False]
    for s in sent:
        assert verify(s.body, s.headers, SERVER_SECRET).scheme == ("v1" if fmt == "envelope" else "hex")


def test_todays_api_deliveries_pass_stripe_and_parse_as_todays_run() -> None:
    from retab_runs_client.v2026_08_16.models import WorkflowRun
    from tests.server.test_today_webhooks import SECRET as TODAY_SECRET
    from tests.server.test_today_webhooks import create, delivering, finish
    from tests.server.webhook_receiver import Plan, Receiver

    with Receiver(Plan(statuses=[500])) as hook, delivering(hook.url) as (deliveries, http, clock):
        create(http)
        finish(clock, deliveries)
        sent = hook.wait_for(2)  # a failed attempt and its retry: both signed
    cases: list[dict[str, Any]] = [
        {"oracle": "stripe", "body": s.body, "header": s.headers["x-retab-signature"], "secret": TODAY_SECRET}
        for s in sent
    ]
    cases.append({**cases[0], "body": tampered(sent[0].body)})
    cases.append({**cases[0], "secret": "whsec_wrong"})
    assert [v.ok for v in judge(cases)] == [True, True, False, False]
    for s in sent:
        event = parse(s.body, s.headers, TODAY_SECRET)
        assert isinstance(event, RunCompletedEvent) and isinstance(event.run, WorkflowRun)
        assert event.data["lifecycle"] == {"status": "completed"}
