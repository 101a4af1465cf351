"""What each operation of openapi.yaml does to the store, and answers.

Each handler takes a ``Call`` (the checked request) and returns a ``Reply``; the route
table (``_routes``) has already authenticated the request, checked its parameters and
body (422), found its run (404) and injected any fault.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from ._listing import RUN_STATUSES, RunFilter, counts, page_of_runs, run_cost
from ._live import TERMINAL, ConflictError, Document, LiveRun
from ._reply import Reply, json_reply, no_content
from ._requests import Incoming, Query, decode_base64
from ._scenarios import Record, iso
from ._store import RunStore
from ._workflows import Node, Workflow

__all__ = ["Call"]

RUN_NOT_FOUND = {"detail": "Workflow run not found"}


@dataclass
class Call:
    """A request that passed the route table's checks."""

    store: RunStore
    incoming: Incoming
    params: dict[str, str]
    args: Any = None  # what the operation's query parser returned
    body: dict[str, Any] = field(default_factory=dict)
    prepared: Any = None  # what the route's ``prepare`` returned

    @property
    def run_id(self) -> str:
        return self.params["run_id"]

    def run(self) -> Record:
        record = self.store.current(self.run_id)
        assert record is not None  # the route table answered 404 otherwise
        return record

    def now(self) -> str:
        return iso(datetime.datetime.fromtimestamp(self.store.clock(), datetime.timezone.utc))


def conflict(message: str) -> Reply:
    return json_reply({"detail": message}, 409)


def not_found(what: str) -> Reply:
    return json_reply({"detail": what}, 404)


# -- runs ----------------------------------------------------------------------------------------


def prepare_create(call: Call) -> LiveRun | None:
    """The new run, built from the request (documents decoded, answer encoded), not yet kept."""
    workflow_id = call.params["workflow_id"]
    if not workflow_id:
        return None
    documents = {
        node_id: Document(
            "file_" + secrets.token_hex(6), doc["filename"], doc["mime_type"], decode_base64(doc["content"])
        )  # fmt: skip
        for node_id, doc in (call.body.get("documents") or {}).items()
    }
    return call.store.build_run(workflow_id, documents=documents, json_inputs=call.body.get("json_inputs"),
                                text_inputs=call.body.get("text_inputs"))  # fmt: skip


def create_run(call: Call) -> Reply:
    live: LiveRun | None = call.prepared
    if live is None:
        return not_found("Workflow not found")
    encoded = live.body
    call.store.keep(live)
    return Reply(200, None, encoded=encoded)


def get_run(call: Call) -> Reply:
    encoded = call.store.get_encoded(call.run_id)
    if encoded is None:
        return json_reply(RUN_NOT_FOUND, 404)
    return Reply(200, None, encoded=encoded)


def delete_run(call: Call) -> Reply:
    call.store.delete(call.run_id)
    return no_content()


def delete_runs(call: Call) -> Reply:
    call.store.delete_workflow(call.args)
    return no_content()


def parse_delete_runs(query: Query) -> str:
    return query.required("workflow_id")


@dataclass(frozen=True)
class ListArgs:
    runs: RunFilter
    sort_by: str
    order: str
    limit: int
    after: str | None
    before: str | None
    fields: list[str] | None


def parse_list(query: Query) -> ListArgs:
    return ListArgs(
        runs=RunFilter.from_query(query),
        sort_by=query.text("sort_by") or "created_at",
        order=query.choice("order", ("asc", "desc"), "desc") or "desc",
        limit=query.integer("limit", 20, low=1, high=100) or 20,
        after=query.text("after"),
        before=query.text("before"),
        fields=query.listing("fields"),
    )


def list_runs(call: Call) -> Reply:
    args: ListArgs = call.args
    cursors: dict[str, Record | None] = {}
    for name, run_id in (("after", args.after), ("before", args.before)):
        cursor = None
        if run_id:
            cursor = call.store.current(run_id) or call.store.deleted(run_id)
            if cursor is None:
                return not_found(f"No run has the id given as {name}")
        cursors[name] = cursor
    body = page_of_runs(
        (run for run in call.store.runs() if args.runs(run)),
        sort_by=args.sort_by, order=args.order, limit=args.limit,
        after=cursors["after"], before=cursors["before"], fields=args.fields, sort_keys=call.store.sort_keys,
    )  # fmt: skip
    return json_reply(body)


def parse_counts(query: Query) -> str | None:
    return query.text("workflow_id")


def run_counts(call: Call) -> Reply:
    workflow_id: str | None = call.args
    return json_reply(
        counts(r for r in call.store.runs() if workflow_id is None or r.get("workflow_id") == workflow_id)
    )


@dataclass(frozen=True)
class Command:
    """A command's ``command_id`` (by run) and what it asked, to act once per id."""

    key: tuple[str, str]
    asked: str

    def earlier(self, store: RunStore) -> Any:
        """What this id did before (None: nothing yet). Raises ConflictError (409) when the
        id was used for another command, as an idempotency key reused with other parameters."""
        found = store.recall(self.key)
        if found is None:
            return None
        asked, outcome = found
        if asked != self.asked:
            raise ConflictError(
                f"command_id {self.key[1]!r} was already used on this run for another command ({asked}); "
                "a new command needs a new command_id"
            )
        return outcome


def _command(call: Call, operation: str, *arguments: Any) -> Command | None:
    command_id = call.body.get("command_id")
    if not isinstance(command_id, str):
        return None
    asked = operation + (" " + json.dumps(arguments, sort_keys=True, separators=(",", ":")) if arguments else "")
    return Command((call.run_id, command_id), asked)


def resume_run(call: Call) -> Reply:
    node_id, approved = call.body["node_id"], call.body["approved"]
    command = _command(call, "resume", node_id, approved, call.body.get("modified_data"))
    earlier = command.earlier(call.store) if command else None
    if earlier is not None:
        return json_reply({"run": call.run(), "resume_status": "already_processed",
                           "queue_position": None, "queue_item_id": earlier})  # fmt: skip
    live = call.store.live_run(call.run_id) or _take_over(call, node_id)
    try:
        if live is None:
            kind = "follows a built-in script" if call.store.scenario_for(call.run_id) else "is a fixed record"
            raise ConflictError(f"Workflow run {call.run_id} {kind} and cannot be resumed now "
                                f"({_waits(call.run(), node_id)})")  # fmt: skip
        item_id = live.resume(node_id, approved, call.body.get("modified_data"))
    except ConflictError as exc:
        return conflict(str(exc))
    if command:
        call.store.remember(command.key, command.asked, item_id)
    return json_reply({"run": live.record, "resume_status": "processing", "queue_position": None,
                       "queue_item_id": item_id})  # fmt: skip


def _waits(record: Record, node_id: str) -> str:
    """Where the run waits, as the record says it, for a 409 about ``node_id``."""
    waiting = [str(n) for n in record.get("waiting_for_node_ids") or []]
    if record.get("status") == "waiting_for_human" and node_id in waiting:
        return f"it waits at {node_id}"
    where = f"it waits at {', '.join(waiting)}" if waiting else f"its status is {record.get('status')}"
    return f"it is not waiting for review at node {node_id!r}: {where}"


def _take_over(call: Call, node_id: str) -> LiveRun | None:
    """A built-in scenario that waits for review at ``node_id``, made a created run that the resume acts on."""
    scenario = call.store.scenario_for(call.run_id)
    record = call.run()
    waits = record.get("status") == "waiting_for_human" and node_id in (record.get("waiting_for_node_ids") or [])
    if scenario is None or scenario.workflow is None or not waits:
        return None
    live = call.store.make_live(call.run_id)
    if live is not None:
        live.workflow = scenario.workflow
        live.inputs[node_id] = {"data": scenario.reviewed.get(node_id, {})}
    return live


def cancel_run(call: Call) -> Reply:
    command = _command(call, "cancel")
    answer = {"redis_available": True, "cancellation_status": "cancelled"}
    if command and command.earlier(call.store) is not None:
        return json_reply({"run": call.run(), **answer})
    status = call.run().get("status")
    if status == "cancelled":
        return json_reply({"run": call.run(), **answer})
    if status in TERMINAL:
        return conflict(f"Workflow run has already ended ({status}); it cannot be cancelled")
    live = call.store.make_live(call.run_id)
    assert live is not None
    try:
        live.cancel()
    except ConflictError as exc:
        return conflict(str(exc))
    if command:
        call.store.remember(command.key, command.asked, "cancelled")
    return json_reply({"run": live.record, **answer})


def restart_run(call: Call) -> Reply:
    command = _command(call, "restart")
    earlier = command.earlier(call.store) if command else None
    if earlier is not None:
        record = call.store.current(earlier) or call.store.deleted(earlier)
        if record is None:  # the restarted run was forgotten since: the command still acted once
            return conflict(f"This command_id already restarted the run as {earlier}, which the server no longer "
                            "keeps (it was evicted to bound memory)")  # fmt: skip
        return json_reply(record)
    live = call.store.restart_run(call.run_id)
    assert live is not None
    if command:
        call.store.remember(command.key, command.asked, live.run_id)
    return json_reply(live.record)


# -- steps ---------------------------------------------------------------------------------------


def _steps(run: Record) -> list[Record]:
    return [step for step in run.get("steps") or [] if isinstance(step, dict)]


def _step(run: Record, node_id: str) -> Record | None:
    found = [step for step in _steps(run) if node_id in (step.get("node_id"), step.get("step_id"))]
    return found[-1] if found else None


def step_output(store: RunStore, run: Record, node_id: str) -> Record | None:
    """The ``StepOutputResponse`` of a node of this run (None: the run has no such step)."""
    step = _step(run, node_id)
    if step is None:
        return None
    live = store.live.get(str(run.get("id")))
    output: Any = None
    handle_inputs: Any = None
    if live is not None:
        output = live.outputs.get(node_id)
        handle_inputs = live.inputs.get(node_id)
    if output is None:
        final = (run.get("final_outputs") or {}).get(node_id) if isinstance(run.get("final_outputs"), dict) else None
        extra = step.get("output")
        output = final if isinstance(final, dict) else extra if isinstance(extra, dict) else None
    return {
        "node_id": str(step.get("node_id")),
        "node_type": str(step.get("node_type") or "unknown"),
        "node_label": str(step.get("node_label") or step.get("node_id")),
        "status": str(step.get("status")),
        "output": output,  # shared, not copied: nothing changes a node's output once made
        "handle_outputs": {"output": output} if output is not None else None,
        "handle_inputs": handle_inputs,
    }


def get_step(call: Call) -> Reply:
    found = step_output(call.store, call.run(), call.params["node_id"])
    return json_reply(found) if found is not None else not_found("Step not found")


def get_steps(call: Call) -> Reply:
    run = call.run()
    outputs: dict[str, Any] = {}
    for node_id in call.body.get("node_ids") or []:
        found = step_output(call.store, run, node_id)
        if found is not None:
            outputs[node_id] = found
    return json_reply({"outputs": outputs})


def execution_order(call: Call) -> Reply:
    ordered = [str(step.get("step_id") or step.get("node_id")) for step in _steps(call.run())
               if step.get("status") != "skipped"]  # fmt: skip
    return json_reply({"run_id": call.run_id, "ordered_step_ids": ordered})


def run_config(call: Call) -> Reply:
    run = call.run()
    published = str(run.get("created_at") or run.get("started_at") or call.now())
    live = call.store.live.get(call.run_id)
    if live is not None and live.workflow is not None:
        return json_reply(live.workflow.config(published))
    nodes: list[Node] = []
    for step in _steps(run):
        node_id = str(step.get("node_id"))
        if step.get("loop_id") is None and all(node.id != node_id for node in nodes):
            nodes.append(Node(node_id, str(step.get("node_type") or "note"), str(step.get("node_label") or node_id)))
    starts = tuple(n for n in nodes if n.type.startswith("start"))
    body = tuple(n for n in nodes if not n.type.startswith("start"))
    if not body:  # a run that has not started a step yet shows its start nodes alone
        config: dict[str, Any] = {"nodes": [n.as_config(0, row) for row, n in enumerate(starts)], "edges": [],
                                  "published_at": published}  # fmt: skip
        return json_reply(config)
    workflow = Workflow(str(run.get("workflow_id")), str(run.get("workflow_name")), starts, body)
    return json_reply(workflow.config(published))


# -- documents -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentArgs:
    doc_type: str
    subdocument: str | None
    handle_id: str | None


def parse_document(query: Query) -> DocumentArgs:
    return DocumentArgs(query.choice("doc_type", ("input", "output"), "output") or "output",
                        query.text("subdocument"), query.text("handle_id"))  # fmt: skip


def _document_of(live: LiveRun | None, node_id: str) -> tuple[str, Document] | None:
    """(start node id, document) a node reads (input) or passes on (output).

    A start node has its own document; every later node carries the run's first document on,
    so input and output name the same file. The workflows have no split node: ``subdocument``
    and ``handle_id`` change nothing.
    """
    if live is None:
        return None
    if node_id in live.documents:
        return node_id, live.documents[node_id]
    node = live.workflow.node(node_id) if live.workflow is not None else None
    if node is None or node.type.startswith("start"):
        return None
    for start_id, document in live.documents.items():
        return start_id, document
    return None


def document_url(call: Call) -> Reply:
    args: DocumentArgs = call.args
    node_id = call.params["node_id"]
    run = call.run()
    if _step(run, node_id) is None and node_id not in (run.get("input_documents") or {}):
        return not_found("Step not found")
    found = _document_of(call.store.live_run(call.run_id), node_id)
    if found is None or not found[1].content:
        return not_found("Document not found")
    start_id, document = found
    token = hmac.new(call.store.access_token(call.run_id).encode(), f"{start_id}\0{args.doc_type}".encode(),
                     hashlib.sha256).hexdigest()[:40]  # fmt: skip
    call.store.sign(token, call.run_id, start_id)
    return json_reply({"signed_url": f"{call.incoming.base_url.rstrip('/')}/_files/{token}",
                       "filename": document.filename, "mime_type": document.mime_type})  # fmt: skip


def signed_file(call: Call) -> Reply:
    target = call.store.signed(call.params["token"])
    live = call.store.live_run(target[0]) if target is not None else None
    document = live.documents.get(target[1]) if live is not None and target is not None else None
    if document is None:
        return not_found("File not found")
    disposition = "attachment; filename*=UTF-8''" + quote(document.filename, safe="")
    return Reply(200, None, encoded=document.content, media_type=document.mime_type or "application/octet-stream",
                 headers={"content-disposition": disposition})  # fmt: skip


# -- reruns and simulations ------------------------------------------------------------------------


def rerun_webhook(call: Call) -> Reply:
    if call.store.webhooks is not None:  # one more signed delivery, now (see _webhook_delivery)
        return json_reply(call.store.webhooks.rerun(call.run_id, call.run()))
    return json_reply({
        "webhook_sent": False, "webhook_status_code": None, "webhook_response_text": None,
        "webhook_response_headers": None, "webhook_request_body": None, "webhook_duration_ms": None,
        "webhook_error": "No webhook is configured for this workflow (the embedded server sends none)",
    })  # fmt: skip


def rerun_api_call(call: Call) -> Reply:
    step = _step(call.run(), call.params["node_id"])
    if step is None:
        return not_found("Step not found")
    return json_reply({"status_code": None, "response_text": None, "response_data": None, "duration_ms": 0.0,
                       "error": "The embedded server makes no outbound API calls"})  # fmt: skip


def parse_simulate(query: Query) -> int | None:
    return query.integer("n_consensus")


def simulate(call: Call) -> Reply:
    run = call.run()
    node_id = call.params["node_id"]
    found = step_output(call.store, run, node_id)
    if found is None:
        return not_found("Step not found")
    n_consensus: int | None = call.args
    simulation = {
        "id": "sim_" + secrets.token_hex(6), "organization_id": str(run.get("organization_id")),
        "workflow_id": str(run.get("workflow_id")), "run_id": call.run_id, "node_id": node_id,
        "node_type": found["node_type"], "success": True, "handle_inputs": found["handle_inputs"],
        "output": found["output"], "handle_outputs": found["handle_outputs"], "routing_decision": None,
        "error": None, "duration_ms": 0.0, "skipped": False, "created_at": call.now(),
        "block_config": {"n_consensus": n_consensus} if n_consensus is not None else None,
    }  # fmt: skip
    call.store.add_simulation(call.run_id, node_id, simulation)
    return json_reply(simulation)


def parse_simulations(query: Query) -> int:
    return query.integer("limit", 20, low=1, high=100) or 20


def list_simulations(call: Call) -> Reply:
    node_id = call.params["node_id"]
    if _step(call.run(), node_id) is None:
        return not_found("Step not found")
    return json_reply(call.store.simulations(call.run_id, node_id)[: call.args])


# -- exports -------------------------------------------------------------------------------------


def parse_export(query: Query) -> RunFilter:
    return RunFilter.from_query(query, single=False)


def export_runs(call: Call) -> Reply:
    keep = ("id", "workflow_id", "workflow_name", "status", "trigger_type", "created_at", "completed_at",
            "duration_ms")  # fmt: skip
    rows = [{**{k: run.get(k) for k in keep}, "cost": run_cost(run)} for run in call.store.runs() if call.args(run)]
    rows.sort(key=lambda row: (str(row["created_at"]), str(row["id"])), reverse=True)
    return json_reply(rows)


FIXED_COLUMNS = ("run_id", "created_at")


def _node_data(store: RunStore, run: Record, node_id: str, source: str) -> dict[str, Any] | None:
    live = store.live.get(str(run.get("id")))
    value: Any = None
    if live is not None:
        value = (live.outputs if source == "outputs" else live.inputs).get(node_id)
    elif source == "outputs":
        value = step_output(store, run, node_id)
        value = value["output"] if value is not None else None
    if not isinstance(value, dict):
        return None
    data = value.get("json_data", value.get("data", value))
    return data if isinstance(data, dict) else {"value": data}


def export_table(call: Call) -> tuple[int, list[str], list[list[Any]]]:
    """(runs contributing, data columns, rows with the fixed columns first) of an export request."""
    body = call.body
    status = body.get("status")
    runs = RunFilter(
        workflow_id=body["workflow_id"],
        statuses=frozenset({"completed"} & ({status} if status else set(RUN_STATUSES))),
        exclude_status=body.get("exclude_status"),
        trigger_types=frozenset(body["trigger_types"]) if body.get("trigger_types") is not None else None,
        from_date=_date(body.get("from_date")),
        to_date=_date(body.get("to_date")),
        run_ids=frozenset(body["selected_run_ids"]) if body.get("selected_run_ids") is not None else None,
    )
    source = body.get("export_source") or "outputs"
    found: list[tuple[Record, dict[str, Any]]] = []
    for run in call.store.runs():
        if runs(run):
            data = _node_data(call.store, run, body["node_id"], source)
            if data is not None:
                found.append((run, data))
    found.sort(key=lambda pair: (str(pair[0].get("created_at")), str(pair[0].get("id"))))
    columns = [c for c in body.get("preferred_columns") or [] if any(c in data for _, data in found)]
    for _, data in found:
        columns += [key for key in data if key not in columns]
    rows = [[run.get("id"), run.get("created_at"), *(data.get(c) for c in columns)] for run, data in found]
    return len(found), columns, rows


def _date(text: Any) -> datetime.date | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _csv(rows: Sequence[Sequence[Any]], delimiter: str, line_delimiter: str, quote: str) -> str:
    def cell(value: Any) -> str:
        text = "" if value is None else value if isinstance(value, str) else json.dumps(value)
        special = [delimiter, line_delimiter, quote, "\n", "\r"]
        if quote and any(mark and mark in text for mark in special):
            return quote + text.replace(quote, quote + quote) + quote
        return text

    return "".join(delimiter.join(cell(v) for v in row) + line_delimiter for row in rows)


def export_payload(call: Call) -> Reply:
    _, columns, rows = export_table(call)
    header = [*FIXED_COLUMNS, *columns]
    csv_data = _csv([header, *rows], call.body.get("delimiter", ";"), call.body.get("line_delimiter", "\n"),
                    call.body.get("quote", '"'))  # fmt: skip
    return json_reply({"csv_data": csv_data, "rows": len(rows), "columns": len(header)})


def export_scope(call: Call) -> Reply:
    run_count, columns, rows = export_table(call)
    return json_reply({"run_count": run_count, "rows_count": len(rows), "columns_count": len(columns),
                       "column_names": columns})  # fmt: skip


def export_file(call: Call) -> Reply:
    _, columns, rows = export_table(call)
    file_format = call.body.get("format", "csv")
    header = [*FIXED_COLUMNS, *columns]
    answer: dict[str, Any] = {
        "filename": f"{call.body['workflow_id']}-{call.body['node_id']}.{file_format}", "format": file_format,
        "columns": header, "rows": [dict(zip(header, row, strict=True)) for row in rows],
    }  # fmt: skip
    if file_format == "csv":
        answer["content"] = _csv([header, *rows], call.body.get("delimiter", ";"),
                                 call.body.get("line_delimiter", "\n"), call.body.get("quote", '"'))  # fmt: skip
    return json_reply(answer)
