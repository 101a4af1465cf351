"""Signed webhook deliveries of the runs today's API (2026-08-16) completes.

A run created through the API after delivery started that reaches ``completed`` (on its own,
or by the local review route's approval) is delivered once, from the watcher thread, never
from the request that completed it. A run ending in ``error`` or ``cancelled`` sends nothing
(its End node never ran). The envelope's ``data`` is the run as today's GET answers it (with
``lifecycle``). The end-node format sends ``{document: null, data}``, ``data`` being what the
extract step (the end step) produced: this store keeps a document's FileRef, not its bytes.
Today's contract has no rerun-webhook operation; ``rerun`` is there for tests and tools.
"""

from __future__ import annotations

from typing import Any

from ._today_store import TodayRunStore
from ._webhook_delivery import SignedDeliveries, no_webhook_answer
from ._webhook_targets import WebhookTarget, today_record

__all__ = ["TodayWebhookDeliveries"]


class TodayWebhookDeliveries(SignedDeliveries):
    """Deliveries of ``store``'s completed runs; set ``store.webhooks`` to it, then ``start()`` it.

    Options as ``SignedDeliveries``'s (``shape`` defaults to today's record). Raises ValueError
    for a remote target unless ``allow_remote``.
    """

    def __init__(self, store: TodayRunStore, target: WebhookTarget | None = None, **options: Any) -> None:
        self.store = store
        options.setdefault("shape", today_record)
        super().__init__(target, **options)
        with store.op_lock:  # runs there before delivery began (built in, or listed past) send nothing
            self._since = store.clock()
            self._seen.update(store.runs)

    def __repr__(self) -> str:
        return "TodayWebhook" + super().__repr__().removeprefix("Signed")

    def _max_kept(self) -> int:
        return max(self.store.max_runs, 1)

    def scan(self) -> None:
        """Deliver the runs created since delivery began that have completed; forget those that ended otherwise."""
        store = self.store
        with store.op_lock:
            now = store.clock()
            self._seen.intersection_update(store.runs)
            for run_id, run in list(store.runs.items()):
                if run_id in self._seen:
                    continue
                if run.born < self._since or self.target_for(run.workflow_id) is None:
                    self._seen.add(run_id)
                    continue
                status, _ = run.state(now, store.tick)
                if status == "completed":
                    self._seen.add(run_id)
                    delivery = self._delivery_for(run_id, run.record(now, store.tick))
                    if delivery is not None:
                        self._begin(delivery)
                elif status in ("error", "cancelled"):
                    self._seen.add(run_id)

    def _end_node_payload(self, run_id: str, record: dict[str, Any]) -> Any:
        run = self.store.get(run_id)
        return {"document": None, "data": run.output() if run is not None else None}

    def rerun(self, run_id: str) -> dict[str, Any]:
        """One more signed delivery of ``run_id``'s event, now; its ``RerunWebhookResponse``-shaped answer."""
        with self.store.op_lock:
            run = self.store.get(run_id)
            record = self.store.record(run) if run is not None else None
        if run is None or record is None:
            return no_webhook_answer(f"no run {run_id}")
        status = record["lifecycle"]["status"]
        if status != "completed":
            return no_webhook_answer(f"the run has not completed (it is {status}): there is no webhook to resend")
        delivery = self._delivery_for(run_id, record)
        if delivery is None:
            return no_webhook_answer("No webhook is configured for this workflow")
        return self._attempt(delivery)
