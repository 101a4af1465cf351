"""The route table: every operation of openapi.yaml, and what all of them share.

``dispatch`` answers one request, framework aside (the Starlette app and the in-process
test transport both call it, so they cannot disagree). For every route, in this order:

1. the path is matched on its raw, percent-encoded form, one segment per parameter
   (``%2F`` stays inside ``run_id``); a literal segment wins over a parameter. No route:
   404; a route without this method: 405.
2. ``RunStore.requests[(method, template)]`` counts the request.
3. credentials: the ``Api-Key`` header, or a run's ``access_token`` on that run's routes
   (a token opens nothing else: listing, creating and exporting need the key). 401 otherwise.
4. query parameters and JSON body are checked: 422 with the vendor's HTTPValidationError.
5. a route under ``/runs/{run_id}`` answers 404 for an unknown run.
6. faults (``Faults``): 429 and 503 answer before the operation acts; dropped and
   malformed answers are mangled after it acted.
"""

from __future__ import annotations

import hmac
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar
from urllib.parse import unquote

from . import _operations as op
from ._live import ConflictError
from ._reply import Reply, json_reply
from ._requests import (
    MIME_DATA_INPUT,
    Incoming,
    Invalid,
    Query,
    Shape,
    TooManyItems,
    any_object,
    array,
    boolean,
    check_body,
    date_text,
    mapping,
    nullable,
    one_of,
    string,
)
from ._store import RunStore

__all__ = ["ROUTES", "Route", "dispatch", "match", "match_in"]

RUNS = "/v1/workflows/runs"
RUN = RUNS + "/{run_id}"
STATUSES = ("pending", "running", "completed", "error", "waiting_for_human", "cancelled")
TRIGGERS = ("manual", "api", "schedule", "webhook", "email", "restart")


@dataclass(frozen=True)
class Route:
    """One operation: method, path template, handler, and what to check before calling it."""

    method: str
    template: str
    handler: Callable[[op.Call], Reply]
    query: Callable[[Query], Any] | None = None
    body: Shape | None = None
    body_required: bool = True
    public: bool = False  # no credentials (the signed file URLs)
    prepare: Callable[[op.Call], Any] | None = None
    """The heavy part of the operation that changes nothing (decoding, building, encoding large
    inputs): run once the request is checked, outside the store's lock, so that other requests
    are not held up by it; its result is ``Call.prepared``."""

    @property
    def segments(self) -> list[str]:
        return self.template.strip("/").split("/")

    @property
    def key(self) -> tuple[str, str]:
        return self.method, self.template


COMMAND = Shape(optional={"command_id": nullable(string())})
EXPORT_SCOPE = {
    "export_source": one_of("outputs", "inputs"),
    "selected_run_ids": nullable(array(string())),
    "selected_doc_types": nullable(array(string())),
    "status": nullable(one_of(*STATUSES)),
    "exclude_status": nullable(one_of(*STATUSES)),
    "from_date": nullable(date_text()),
    "to_date": nullable(date_text()),
    "trigger_types": nullable(array(one_of(*TRIGGERS))),
    "preferred_columns": array(string()),
}
CSV = {"delimiter": string(), "line_delimiter": string(), "quote": string()}
EXPORT_REQUIRED = {"workflow_id": string(), "node_id": string()}

ROUTES: tuple[Route, ...] = (
    Route("GET", RUNS, op.list_runs, query=op.parse_list),
    Route("DELETE", RUNS, op.delete_runs, query=op.parse_delete_runs),
    Route("GET", RUNS + "/export", op.export_runs, query=op.parse_export),
    Route("GET", RUNS + "/counts", op.run_counts, query=op.parse_counts),
    Route("POST", RUNS + "/export_payload", op.export_payload,
          body=Shape(required=EXPORT_REQUIRED, optional={**EXPORT_SCOPE, **CSV})),
    Route("POST", RUNS + "/export_file", op.export_file,
          body=Shape(required=EXPORT_REQUIRED, optional={**EXPORT_SCOPE, **CSV,
                                                         "format": one_of("csv", "xlsx", "json")})),
    Route("POST", RUNS + "/export_scope", op.export_scope, body=Shape(required=EXPORT_REQUIRED, optional=EXPORT_SCOPE)),
    Route("GET", RUN, op.get_run),
    Route("DELETE", RUN, op.delete_run),
    Route("GET", RUN + "/config", op.run_config),
    Route("POST", RUN + "/resume", op.resume_run,
          body=Shape(required={"node_id": string(), "approved": boolean()},
                     optional={"command_id": nullable(string()), "modified_data": nullable(any_object())})),
    Route("POST", RUN + "/cancel", op.cancel_run, body=COMMAND, body_required=False),
    Route("GET", RUN + "/execution-order", op.execution_order),
    Route("POST", RUN + "/steps/batch", op.get_steps, body=Shape(optional={"node_ids": array(string())})),
    Route("GET", RUN + "/steps/{node_id}", op.get_step),
    Route("GET", RUN + "/documents/{node_id}", op.document_url, query=op.parse_document),
    Route("POST", RUN + "/rerun-webhook", op.rerun_webhook),
    Route("POST", RUN + "/steps/{node_id}/rerun-api-call", op.rerun_api_call),
    Route("POST", RUN + "/restart", op.restart_run, body=COMMAND, body_required=False),
    Route("POST", RUN + "/steps/{node_id}/simulate", op.simulate, query=op.parse_simulate),
    Route("GET", RUN + "/steps/{node_id}/simulations", op.list_simulations, query=op.parse_simulations),
    Route("POST", "/v1/workflows/{workflow_id}/run", op.create_run, prepare=op.prepare_create,
          body=Shape(optional={"documents": mapping(MIME_DATA_INPUT), "json_inputs": mapping(any_object()),
                               "text_inputs": mapping(string())})),
    Route("GET", "/_files/{token}", op.signed_file, public=True),
)  # fmt: skip


def match(method: str, raw_path: str) -> tuple[Route, dict[str, str]] | list[str]:
    """The route for this request and its path parameters, or the methods the path allows ([] for none).

    The path's templates with the most literal segments win (``/runs/counts`` over
    ``/runs/{run_id}``), whatever the method, as openapi.yaml describes each path apart.
    """
    return match_in(ROUTES, method, raw_path)


class _Routed(Protocol):
    @property
    def method(self) -> str: ...
    @property
    def segments(self) -> list[str]: ...


R = TypeVar("R", bound=_Routed)


def match_in(routes: Sequence[R], method: str, raw_path: str) -> tuple[R, dict[str, str]] | list[str]:
    """``match`` over any route table (today's API has one of its own)."""
    segments = raw_path.split("?", 1)[0].strip("/").split("/")
    best = -1
    found: list[tuple[R, dict[str, str]]] = []
    for route in routes:
        pattern = route.segments
        if len(pattern) != len(segments):
            continue
        params: dict[str, str] = {}
        literal = 0
        for want, got in zip(pattern, segments, strict=True):
            if want.startswith("{"):
                params[want[1:-1]] = unquote(got)
            elif want == got:
                literal += 1
            else:
                break
        else:
            if literal > best:
                best, found = literal, []
            if literal == best:
                found.append((route, params))
    for route, params in found:
        if route.method == method:
            return route, params
    return sorted({route.method for route, _ in found})


def _unauthorized(store: RunStore, route: Route, params: dict[str, str], incoming: Incoming) -> Reply | None:
    if route.public:
        return None
    api_key = incoming.headers.get("api-key")
    if api_key is not None and hmac.compare_digest(api_key.encode(), store.api_key.encode()):
        return None
    token = incoming.param("access_token")
    run_id = params.get("run_id")
    if token is not None and run_id is not None and store.token_opens(token, run_id):
        return None
    detail = "Invalid access token" if token is not None and not api_key else "Invalid or missing API key"
    return json_reply({"detail": detail}, 401)


def dispatch(store: RunStore, incoming: Incoming) -> Reply:
    """The reply to one request (see the module docstring for the order of the checks)."""
    found = match(incoming.method, incoming.raw_path)
    if isinstance(found, list):
        if found:
            return Reply(405, {"detail": "Method Not Allowed"}, headers={"allow": ", ".join(found)})
        return json_reply({"detail": "Not Found"}, 404)
    route, params = found
    with store.op_lock:
        store.requests[route.key] += 1
    # Credentials and the request's own checks read nothing that changes: they run outside
    # the lock, so a large body being parsed holds up no other request.
    refused = _unauthorized(store, route, params, incoming)
    if refused is not None:
        return refused
    query = Query(incoming)
    try:
        args = route.query(query) if route.query is not None else None
        body: dict[str, Any] = {}
        problems = list(query.issues)
        if route.body is not None:
            try:
                body = check_body(incoming.body, route.body, required=route.body_required)
            except Invalid as exc:
                problems += exc.issues
        if problems:
            raise Invalid(problems)
        call = op.Call(store, incoming, params, args, body)
        if route.prepare is not None:
            call.prepared = route.prepare(call)
    except Invalid as exc:
        return json_reply({"detail": exc.issues}, 422)
    except TooManyItems as exc:
        return json_reply({"detail": str(exc)}, 413)
    with store.op_lock:
        run_id = params.get("run_id")
        if run_id is not None and not store.exists(run_id):
            return json_reply(op.RUN_NOT_FOUND, 404)
        plan, faults = store.next_fault(run_id, route.key) if run_id is not None else store.next_route_fault(route.key)
        delay = max(faults.latency, 0.0)
        if plan == "rate_limited":
            wait = max(faults.retry_after, 0.0)
            headers = {"Retry-After": str(math.ceil(wait)), "retry-after-ms": str(round(wait * 1000))}
            return Reply(429, {"detail": "Rate limit exceeded"}, headers, delay=delay)
        if plan == "server_error":
            return Reply(503, {"detail": "Service temporarily unavailable"}, delay=delay)
        try:
            reply = route.handler(call)
        except Invalid as exc:
            return json_reply({"detail": exc.issues}, 422)
        except ConflictError as exc:
            return json_reply({"detail": str(exc)}, 409)
        # Encoded while the lock is held: the body may be a run that other requests change.
        reply.freeze()
    reply.delay = delay
    if plan in ("dropped", "malformed"):
        reply.kind = plan
    return reply
