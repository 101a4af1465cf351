"""Signed webhook deliveries of the runs the embedded server completes.

A watcher thread advances the runs created through the API (so a run completes on time
whether or not anyone reads it) and, when one reaches ``completed``, hands its delivery to a
worker: one POST per attempt, ``Content-Type: application/json``, ``X-Retab-Environment`` and
the signature header, redirects not followed, each attempt bounded by the policy's timeout.
A non-2xx answer or a connection failure is retried with backoff up to the policy's
attempts; ``410 Gone`` stops at once. Every attempt of one delivery carries the same event
(the same ``id``, the same bytes) under a fresh ``t`` and signature. Each attempt is kept in
the ``RerunWebhookResponse`` shape; the End step's output shows the last one;
``rerun(run_id)`` makes one more delivery now (``POST .../rerun-webhook``).
"""

from __future__ import annotations

import base64
import datetime
import json
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from .._version import __version__
from ..webhooks._signing import ENVIRONMENT_HEADER, LEGACY_SIGNATURE_HEADER, SIGNATURE_HEADER, sign
from ._live import LiveRun
from ._scenarios import Record
from ._store import RunStore, encode
from ._webhook_targets import RecordShape, RetryPolicy, WebhookTarget, is_loopback_url, seed_record

__all__ = ["MAX_RESPONSE_TEXT", "SignedDeliveries", "WebhookDeliveries", "no_webhook_answer"]

MAX_RESPONSE_TEXT = 1000
"""Characters of the receiver's answer kept in ``webhook_response_text``."""
MAX_RESPONSE_READ = 64 * 1024
"""Bytes of the receiver's answer read at most (the rest is not waited for)."""
MAX_ATTEMPTS_KEPT = 50
"""Attempts remembered per run (the oldest forgotten first)."""


def no_webhook_answer(reason: str) -> dict[str, Any]:
    """A ``RerunWebhookResponse`` for a delivery that was not made."""
    return {"webhook_sent": False, "webhook_status_code": None, "webhook_response_text": None,
            "webhook_response_headers": None, "webhook_request_body": None, "webhook_duration_ms": None,
            "webhook_error": reason}  # fmt: skip


_D = TypeVar("_D", bound="SignedDeliveries")


@dataclass
class _Delivery:
    """One event of one run: its bytes are fixed; attempts sign them afresh."""

    run_id: str
    target: WebhookTarget
    event_id: str | None
    body: bytes
    attempts: list[dict[str, Any]] = field(default_factory=list)


class SignedDeliveries:
    """Delivers the signed webhooks of completed runs, whatever store holds them; ``start()`` it, ``stop()`` it.

    A store's own class says which runs completed (``scan``, called by the watcher every
    ``tick``), what ``rerun`` resends, and what the end-node body holds.
    ``target`` applies to every workflow; ``per_workflow`` overrides it by workflow id.
    Targets must be loopback addresses unless ``allow_remote`` (ValueError otherwise).
    ``shape`` turns the completed record into the envelope's ``data`` (the contract the
    server speaks; see ``RECORD_SHAPES``).
    """

    def __init__(
        self,
        target: WebhookTarget | None = None,
        *,
        per_workflow: dict[str, WebhookTarget] | None = None,
        retry: RetryPolicy | None = None,
        allow_remote: bool = False,
        shape: RecordShape = seed_record,
        tick: float = 0.05,
        workers: int = 4,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], bool] | None = None,
    ) -> None:
        self.target = target
        self.per_workflow = dict(per_workflow or {})
        self.retry = retry or RetryPolicy()
        self.allow_remote = allow_remote
        self.shape = shape
        self.tick = tick
        for each in [target, *self.per_workflow.values()]:
            if each is not None and not allow_remote and not is_loopback_url(each.url):
                raise ValueError(
                    f"the webhook URL {each.url} is not a loopback address: the embedded server sends webhooks "
                    "to this machine only, unless remote targets are allowed (--allow-remote-webhooks)"
                )
        self._stop = threading.Event()
        self._sleep = sleep or (lambda seconds: self._stop.wait(seconds))
        self._lock = threading.Lock()
        self._deliveries: OrderedDict[str, _Delivery] = OrderedDict()
        self._seen: set[str] = set()
        self._pending = 0
        self._idle = threading.Condition(self._lock)
        self._client = httpx.Client(follow_redirects=False, trust_env=False, transport=transport,
                                    headers={"User-Agent": f"retab-runs/{__version__} webhooks"})  # fmt: skip
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="retab-webhook")
        self._watcher: threading.Thread | None = None

    def __repr__(self) -> str:
        return (f"SignedDeliveries(target={self.target!r}, per_workflow={self.per_workflow!r}, "
                f"retry={self.retry!r}, allow_remote={self.allow_remote!r})")  # fmt: skip

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self: _D) -> _D:
        if self._watcher is None:
            self._watcher = threading.Thread(target=self._watch, name="retab-webhook-watcher", daemon=True)
            self._watcher.start()
        return self

    def stop(self) -> None:
        """Stop watching and retrying (attempts under way finish within their timeout)."""
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout=5)
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._client.close()

    def __enter__(self: _D) -> _D:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no delivery is under way (for tests); False when ``timeout`` passed first."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(left)
        return True

    # -- what was sent -----------------------------------------------------------------------

    def target_for(self, workflow_id: str | None) -> WebhookTarget | None:
        return self.per_workflow.get(workflow_id or "", self.target)

    def attempts(self, run_id: str) -> list[dict[str, Any]]:
        """Every attempt for ``run_id``, oldest first, in the ``RerunWebhookResponse`` shape."""
        with self._lock:
            delivery = self._deliveries.get(run_id)
            kept = delivery.attempts if delivery is not None else []
            return [{k: v for k, v in attempt.items() if not k.startswith("_")} for attempt in kept]

    def event_id(self, run_id: str) -> str | None:
        with self._lock:
            delivery = self._deliveries.get(run_id)
            return delivery.event_id if delivery is not None else None

    # -- the watcher -------------------------------------------------------------------------

    def _watch(self) -> None:
        while not self._stop.wait(self.tick):
            try:
                self.scan()
            except Exception:  # a run changing under us: look again at the next tick
                continue

    def scan(self) -> None:
        """Hand the runs that completed since the last look to ``_begin`` (each store's own)."""
        raise NotImplementedError

    # -- building the event ------------------------------------------------------------------

    def _delivery_for(self, run_id: str, record: Record) -> _Delivery | None:
        """The delivery of ``run_id`` (made once: every attempt and rerun sends the same event)."""
        with self._lock:
            existing = self._deliveries.get(run_id)
            if existing is not None:
                self._deliveries.move_to_end(run_id)
                return existing
        target = self.target_for(str(record.get("workflow_id") or ""))
        if target is None:
            return None
        if target.format == "end-node":
            event_id = None
            payload: Any = self._end_node_payload(run_id, record)
        else:
            event_id = "evt_" + secrets.token_hex(12)
            at = datetime.datetime.fromtimestamp(self._event_time(), datetime.timezone.utc)
            created = at.isoformat(timespec="milliseconds").replace("+00:00", "Z")
            payload = {"id": event_id, "type": "workflow.run.completed", "environment": target.environment,
                       "created_at": created, "data": self.shape(record)}  # fmt: skip
        delivery = _Delivery(run_id, target, event_id, encode(payload))
        with self._lock:
            delivery = self._deliveries.setdefault(run_id, delivery)
            while len(self._deliveries) > self._max_kept():
                self._deliveries.popitem(last=False)
        return delivery

    def _event_time(self) -> float:
        """Seconds since the epoch, for the envelope's ``created_at``."""
        return time.time()

    def _max_kept(self) -> int:
        """Runs whose delivery is remembered (the least recent forgotten first)."""
        return 10_000

    def _end_node_payload(self, run_id: str, record: Record) -> Any:
        """The end-node format's ``{document, data}`` for ``run_id``."""
        return _end_node_body(record, None)

    # -- sending -----------------------------------------------------------------------------

    def _begin(self, delivery: _Delivery) -> None:
        with self._lock:
            self._pending += 1
        try:
            self._pool.submit(self._deliver, delivery)
        except RuntimeError:  # stopped
            self._done()

    def _done(self) -> None:
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()

    def _deliver(self, delivery: _Delivery) -> None:
        try:
            for number in range(self.retry.attempts):
                if number:
                    last = delivery.attempts[-1] if delivery.attempts else {}
                    retry_after = last.get("_retry_after")
                    if self._sleep(self.retry.delay(number, retry_after)) or self._stop.is_set():
                        return
                attempt = self._attempt(delivery)
                status = attempt["webhook_status_code"]
                if attempt["webhook_sent"] or status == 410:
                    return
        finally:
            self._done()

    def _attempt(self, delivery: _Delivery) -> dict[str, Any]:
        """One signed POST of the delivery's bytes, recorded; returns the record."""
        target = delivery.target
        headers = {"Content-Type": "application/json", ENVIRONMENT_HEADER: target.environment}
        if target.format == "end-node":
            headers[LEGACY_SIGNATURE_HEADER] = sign(delivery.body, target.secret, scheme="hex")
        else:
            headers[SIGNATURE_HEADER] = sign(delivery.body, target.secret)
        started = time.perf_counter()
        answer = no_webhook_answer("")
        answer["webhook_request_body"] = json.loads(delivery.body)
        retry_after: float | None = None
        try:
            with self._client.stream("POST", target.url, content=delivery.body, headers=headers,
                                     timeout=self.retry.timeout) as response:  # fmt: skip
                text = _bounded_text(response)
                status = response.status_code
                answer.update(webhook_status_code=status, webhook_response_text=text,
                              webhook_response_headers=dict(response.headers.items()))  # fmt: skip
                if 200 <= status < 300:
                    answer.update(webhook_sent=True, webhook_error=None)
                elif 300 <= status < 400:
                    where = response.headers.get("location", "elsewhere")
                    answer["webhook_error"] = f"HTTP {status}: a redirect (to {where}) is not followed"
                elif status == 410:
                    answer["webhook_error"] = "HTTP 410 Gone: the receiver asked for no more deliveries"
                else:
                    answer["webhook_error"] = f"HTTP {status}"
                retry_after = _retry_after(response.headers.get("retry-after"))
        except httpx.TimeoutException:
            answer["webhook_error"] = f"timed out after {self.retry.timeout:g} s"
        except httpx.HTTPError as exc:
            answer["webhook_error"] = f"could not deliver: {type(exc).__name__}: {exc}"
        answer["webhook_duration_ms"] = round((time.perf_counter() - started) * 1000, 3)
        self._record(delivery, answer, retry_after)
        return answer

    def _record(self, delivery: _Delivery, answer: dict[str, Any], retry_after: float | None) -> None:
        with self._lock:
            delivery.attempts.append({**answer, "_retry_after": retry_after})
            del delivery.attempts[:-MAX_ATTEMPTS_KEPT]
        self._show_on_end_step(delivery.run_id, answer)

    def _show_on_end_step(self, run_id: str, answer: dict[str, Any]) -> None:
        """Show the attempt where the store shows a run's end (nowhere, unless a store's class says)."""


class WebhookDeliveries(SignedDeliveries):
    """The seed contract's deliveries: the runs of ``store`` created through the API that complete.

    ``store.webhooks`` set to it, ``rerun-webhook`` resends; see ``SignedDeliveries`` for the options.
    """

    def __init__(self, store: RunStore, target: WebhookTarget | None = None, **options: Any) -> None:
        self.store = store
        super().__init__(target, **options)

    def __repr__(self) -> str:
        return "Webhook" + super().__repr__().removeprefix("Signed")

    def _event_time(self) -> float:
        return float(self.store.clock())

    def _max_kept(self) -> int:
        return self.store.max_tracked_runs

    def _end_node_payload(self, run_id: str, record: Record) -> Any:
        return _end_node_body(record, self.store.live.get(run_id))

    def scan(self) -> None:
        """Advance the created runs not yet handled; deliver those that completed."""
        with self.store.op_lock:
            live_ids = list(self.store.live)
            self._seen.intersection_update(live_ids)
            for run_id in live_ids:
                if run_id in self._seen:
                    continue
                live = self.store.live_run(run_id)
                if live is None:
                    continue
                if live.workflow is None or self.target_for(live.workflow.workflow_id) is None:
                    self._seen.add(run_id)  # not run by a workflow here, or nowhere to send it
                    continue
                if live.status == "completed":
                    self._seen.add(run_id)
                    delivery = self._delivery_for(run_id, live.record)
                    if delivery is not None:
                        self._begin(delivery)
                elif live.status in ("error", "cancelled"):
                    self._seen.add(run_id)  # the End node never ran: nothing is sent

    def _show_on_end_step(self, run_id: str, answer: dict[str, Any]) -> None:
        with self.store.op_lock:
            live = self.store.live.get(run_id)
            if live is None or live.workflow is None:
                return
            end = live.workflow.body[-1]
            shown = dict(live.outputs.get(end.id) or {})
            shown.update(answer)
            shown["message"] = "Webhook delivered" if answer["webhook_sent"] else "Webhook not delivered"
            live.outputs[end.id] = shown

    # -- rerun-webhook -----------------------------------------------------------------------

    def rerun(self, run_id: str, record: Record) -> dict[str, Any]:
        """One more signed delivery of ``run_id``'s event, now; the ``RerunWebhookResponse`` of it."""
        if record.get("status") != "completed":
            return no_webhook_answer(
                f"the run has not completed (its status is {record.get('status')}): there is no webhook to resend"
            )
        if self.target_for(str(record.get("workflow_id") or "")) is None:
            return no_webhook_answer("No webhook is configured for this workflow")
        delivery = self._delivery_for(run_id, record)
        if delivery is None:
            return no_webhook_answer("No webhook is configured for this workflow")
        return self._attempt(delivery)


def _bounded_text(response: httpx.Response) -> str:
    read = bytearray()
    for chunk in response.iter_raw():
        read += chunk
        if len(read) >= MAX_RESPONSE_READ:
            break
    text = bytes(read[:MAX_RESPONSE_READ]).decode("utf-8", "replace")
    return text[:MAX_RESPONSE_TEXT]


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return seconds if 0 <= seconds < 86400 else None


def _end_node_body(record: Record, live: LiveRun | None) -> dict[str, Any]:
    """The seed era's End node body: ``{document, data}`` from the run's end output."""
    data: Any = None
    if live is not None and live.workflow is not None:
        output = live.outputs.get(live.workflow.body[-1].id) or {}
        data = output.get("data")
    if data is None:
        finals = record.get("final_outputs") or {}
        first = next(iter(finals.values()), None) if isinstance(finals, dict) else None
        if isinstance(first, dict):
            data = first.get("data", first.get("json_data"))
    document = None
    if live is not None and live.documents:
        doc = next(iter(live.documents.values()))
        if doc.content:
            mime = doc.mime_type or "application/octet-stream"
            document = {"filename": doc.filename,
                        "url": f"data:{mime};base64," + base64.b64encode(doc.content).decode("ascii")}  # fmt: skip
    return {"document": document, "data": data}
