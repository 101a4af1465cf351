"""The route table of today's API (2026-08-16): its 8 operations, and the local review route.

``dispatch_today`` answers one request, framework aside, like ``dispatch`` does for the
seed's contract: path matching on the raw path (404, 405), credentials
(``Authorization: Bearer <key>`` only: an ``Api-Key`` header is not read, so alone it is
401), query and body checks (422 in the vendor's HTTPValidationError shape), 404 for an
unknown run or step. Lists page with ``before``/``after`` cursors (an id of the list) and
answer ``{"data": [...], "list_metadata": {"before": ..., "after": ...}}``, where ``after``
is the cursor of the next page (None on the last) and ``before`` that of the previous one.

``POST /_local/runs/{run_id}/review`` (body ``{"approved": true|false}``, Bearer key) settles
the review a run of ``wf_demo_review`` waits for: today's API does that through a reviews
resource outside the runs contract, so the server keeps its stand-in off ``/v1``.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._reply import Reply, json_reply, no_content
from ._requests import Incoming, Invalid, Query, TooManyItems, parse_day
from ._routes import match_in
from ._today_requests import (
    CANCEL,
    CREATE,
    EXPORT,
    REVIEW,
    JsonBody,
    RunFilter,
    StepFilter,
    bearer_ok,
    parse_list_runs,
    parse_list_steps,
)
from ._today_store import ReviewError, TodayRun, TodayRunStore, document_ref

__all__ = ["TODAY_ROUTES", "TodayRoute", "dispatch_today"]

RUNS = "/v1/workflows/runs"
RUN = RUNS + "/{run_id}"
STEPS = "/v1/workflows/steps"
RUN_NOT_FOUND = {"detail": "Workflow run not found"}


@dataclass(frozen=True)
class TodayCall:
    """A request that passed the checks: the store, path parameters, parsed query and body."""

    store: TodayRunStore
    params: dict[str, str]
    args: Any = None
    body: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TodayRoute:
    """One operation: method, path template, handler, and what to check before calling it."""

    method: str
    template: str
    handler: Callable[[TodayCall], Reply]
    query: Callable[[Query], Any] | None = None
    body: Callable[[bytes], dict[str, Any]] | None = None

    @property
    def segments(self) -> list[str]:
        return self.template.strip("/").split("/")


def _page(items: Sequence[Any], key: Callable[[Any], str], before: str | None, after: str | None,
          limit: int) -> tuple[list[Any], dict[str, str | None]]:  # fmt: skip
    """One page of ``items`` (already in list order) and its ``list_metadata``."""
    ids = [key(item) for item in items]
    if after is not None:
        start = ids.index(after) + 1 if after in ids else len(ids)
        chosen = list(items[start : start + limit])
        first = start
    elif before is not None:
        end = ids.index(before) if before in ids else 0
        first = max(end - limit, 0)
        chosen = list(items[first:end])
    else:
        first = 0
        chosen = list(items[:limit])
    last = first + len(chosen)
    meta = {
        "before": key(chosen[0]) if chosen and first > 0 else None,
        "after": key(chosen[-1]) if chosen and last < len(items) else None,
    }
    return chosen, meta


# -- runs ----------------------------------------------------------------------------------------


def _duration_ms(record: dict[str, Any]) -> int | None:
    timing = record["timing"]
    if not timing["started_at"] or not timing["completed_at"]:
        return None
    start = datetime.datetime.fromisoformat(timing["started_at"].replace("Z", "+00:00"))
    end = datetime.datetime.fromisoformat(timing["completed_at"].replace("Z", "+00:00"))
    return round((end - start).total_seconds() * 1000)


def _keeps(f: RunFilter, run: TodayRun, record: dict[str, Any]) -> bool:
    status = record["lifecycle"]["status"]
    day = run.created_at.date()
    duration = _duration_ms(record)
    metadata = record["metadata"] or {}
    checks = (
        f.workflow_id is None or run.workflow_id == f.workflow_id,
        f.status is None or status == f.status or (f.status == "failed" and status == "error"),
        f.exclude_status is None or status != f.exclude_status,
        f.trigger_type is None or run.trigger == f.trigger_type,
        f.from_date is None or day >= f.from_date,
        f.to_date is None or day <= f.to_date,
        f.min_ms is None or (duration is not None and duration >= f.min_ms),
        f.max_ms is None or (duration is not None and duration <= f.max_ms),
        not f.search or f.search in run.id,
        f.metadata is None or all(metadata.get(k) == v for k, v in f.metadata.items()),
    )
    return all(checks)


def list_runs(call: TodayCall) -> Reply:
    f: RunFilter = call.args
    chosen = [(run, call.store.record(run)) for run in call.store.all_runs()]
    kept = [pair for pair in chosen if _keeps(f, *pair)]
    kept.sort(key=lambda pair: (pair[0].created_at, pair[0].id), reverse=f.order == "desc")
    page, meta = _page(kept, lambda pair: pair[0].id, f.before, f.after, f.limit)
    return json_reply({"data": [record for _, record in page], "list_metadata": meta})


def create_run(call: TodayCall) -> Reply:
    body = call.body
    documents = {}
    for name, mime in (body.get("documents") or {}).items():
        ref = document_ref(name, mime["filename"], mime["url"])
        assert ref is not None  # checked by _mime_data
        documents[name] = ref
    run = call.store.create(body["workflow_id"], documents=documents, json_data=body.get("json_inputs") or {},
                            metadata=body.get("metadata"), version=body.get("version") or "production")  # fmt: skip
    return json_reply(call.store.record(run), 202)


def export_runs(call: TodayCall) -> Reply:
    """CSV of one block's outputs (or inputs) over the workflow's runs that have them."""
    body = call.body
    selected = body.get("selected_run_ids")
    from_day = parse_day(body.get("from_date") or "")
    to_day = parse_day(body.get("to_date") or "")
    rows: list[dict[str, Any]] = []
    for run in call.store.all_runs():
        if run.workflow_id != body["workflow_id"] or (selected is not None and run.id not in selected):
            continue
        status = call.store.status(run.id)
        if body.get("status") not in (None, status) or (
            body.get("exclude_status") and status == body["exclude_status"]
        ):
            continue
        if (from_day and run.created_at.date() < from_day) or (to_day and run.created_at.date() > to_day):
            continue
        if body.get("export_source", "outputs") == "inputs":
            data: dict[str, Any] = {
                k: v for value in run.json_data.values() if isinstance(value, dict) for k, v in value.items()
            }
        elif status == "completed":
            data = run.output()
        else:
            continue
        rows.append({"run_id": run.id, **data})
    columns: list[str] = ["run_id"]
    for name in [*body.get("preferred_columns", []), *(k for row in rows for k in row)]:
        if name not in columns:
            columns.append(name)
    out = io.StringIO()
    delimiter = body.get("delimiter", ";")[:1] or ";"
    quote = body.get("quote", '"')[:1] or '"'
    writer = csv.writer(out, delimiter=delimiter, lineterminator=body.get("line_delimiter", "\n"), quotechar=quote)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(name, "") for name in columns])
    return json_reply({"csv_data": out.getvalue(), "rows": len(rows), "columns": len(columns)})


def _run(call: TodayCall) -> TodayRun | None:
    return call.store.get(call.params["run_id"])


def get_run(call: TodayCall) -> Reply:
    run = _run(call)
    return json_reply(RUN_NOT_FOUND, 404) if run is None else json_reply(call.store.record(run))


def delete_run(call: TodayCall) -> Reply:
    return no_content() if call.store.delete(call.params["run_id"]) else json_reply(RUN_NOT_FOUND, 404)


def cancel_run(call: TodayCall) -> Reply:
    """Cancel a run not yet over; a repeated ``command_id`` answers what the first call did."""
    run = _run(call)
    if run is None:
        return json_reply(RUN_NOT_FOUND, 404)
    command_id = call.body.get("command_id")
    if command_id:
        earlier = call.store.commands.get((run.id, command_id))
        if earlier is not None:
            return json_reply({**earlier, "run": call.store.record(run)})
    if call.store.cancel(run):
        outcome = {"redis_available": True, "cancellation_status": "cancelled"}
    elif call.store.status(run.id) == "cancelled":
        outcome = {"redis_available": True, "cancellation_status": "cancelled"}
    else:
        status = call.store.status(run.id)
        return json_reply({"detail": f"Workflow run has already ended ({status}); it cannot be cancelled"}, 409)
    if command_id:
        call.store.commands[(run.id, command_id)] = outcome
    return json_reply({"run": call.store.record(run), **outcome})


# -- steps ---------------------------------------------------------------------------------------


def _all_steps(store: TodayRunStore, run_id: str | None) -> list[dict[str, Any]]:
    runs = [store.get(run_id)] if run_id is not None else list(store.all_runs())
    now = store.clock()
    return [step for run in runs if run is not None for step in run.steps(now, store.tick)]


def list_steps(call: TodayCall) -> Reply:
    f: StepFilter = call.args
    steps = [
        step
        for step in _all_steps(call.store, f.run_id)
        if (f.workflow_id is None or (call.store.get(step["run_id"]) or _NO_RUN).workflow_id == f.workflow_id)
        and (f.block_id is None or step["block_id"] == f.block_id)
        and (f.step_id is None or step["step_id"] == f.step_id)
        and (not f.block_types or step["block_type"] in f.block_types)
        and (not f.statuses or step["lifecycle"]["status"] in f.statuses)
    ]
    page, meta = _page(steps, lambda step: step["step_id"], f.before, f.after, f.limit)
    return json_reply({"data": page, "list_metadata": meta})


_NO_RUN = TodayRun("", "", datetime.datetime.min, 0.0)


def get_step(call: TodayCall) -> Reply:
    step_id = call.params["step_id"]
    for step in _all_steps(call.store, call.args):
        if step["step_id"] == step_id:
            return json_reply(step)
    return json_reply({"detail": "Workflow step not found"}, 404)


# -- local ---------------------------------------------------------------------------------------


def settle_review(call: TodayCall) -> Reply:
    try:
        record = call.store.settle_review(call.params["run_id"], approved=call.body["approved"])
    except KeyError:
        return json_reply(RUN_NOT_FOUND, 404)
    except ReviewError as exc:
        return json_reply({"detail": str(exc)}, 409)
    return json_reply(record)


TODAY_ROUTES: tuple[TodayRoute, ...] = (
    TodayRoute("GET", RUNS, list_runs, query=parse_list_runs),
    TodayRoute("POST", RUNS, create_run, body=JsonBody(CREATE)),
    TodayRoute("POST", RUNS + "/export", export_runs, body=JsonBody(EXPORT)),
    TodayRoute("GET", RUN, get_run),
    TodayRoute("DELETE", RUN, delete_run),
    TodayRoute("POST", RUN + "/cancel", cancel_run, body=JsonBody(CANCEL, required=False)),
    TodayRoute("GET", STEPS, list_steps, query=parse_list_steps),
    TodayRoute("GET", STEPS + "/{step_id}", get_step, query=lambda q: q.text("run_id")),
    TodayRoute("POST", "/_local/runs/{run_id}/review", settle_review, body=JsonBody(REVIEW)),
)  # fmt: skip


def dispatch_today(store: TodayRunStore, incoming: Incoming) -> Reply:
    """The reply to one request of today's API (see the module docstring)."""
    found = match_in(TODAY_ROUTES, incoming.method, incoming.raw_path)
    if isinstance(found, list):
        if found:
            return Reply(405, {"detail": "Method Not Allowed"}, headers={"allow": ", ".join(found)})
        return json_reply({"detail": "Not Found"}, 404)
    route, params = found
    # The key and the request's own checks read nothing that changes: they run outside the
    # lock, so a large body being parsed holds up no other request.
    if not bearer_ok(store, incoming):
        detail = "Not authenticated" if "authorization" not in incoming.headers else "Invalid API key"
        return Reply(401, {"detail": detail}, headers={"www-authenticate": "Bearer"})
    query = Query(incoming)
    try:
        args = route.query(query) if route.query is not None else None
        problems = list(query.issues)
        body: dict[str, Any] = {}
        if route.body is not None:
            try:
                body = route.body(incoming.body)
            except Invalid as exc:
                problems += exc.issues
        if problems:
            raise Invalid(problems)
    except Invalid as exc:
        return json_reply({"detail": exc.issues}, 422)
    except TooManyItems as exc:
        return json_reply({"detail": str(exc)}, 413)
    with store.op_lock:
        return route.handler(TodayCall(store, params, args, body))
