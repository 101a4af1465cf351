"""The request checks of today's API (2026-08-16): its query parameters, bodies and credentials.

Each answers as the vendor's FastAPI does: a list of issues for a 422 (``loc``, ``msg``, ``type``,
``input``), built on the seed's checks in ``_requests``. ``_today_routes`` puts them in its route
table; they live apart from the handlers so that what a request must be reads in one place.
"""

from __future__ import annotations

import datetime
import hmac
import json
from dataclasses import dataclass
from typing import Any

from ._requests import (
    Incoming,
    Issue,
    Query,
    Shape,
    any_object,
    array,
    boolean,
    check_body,
    issue,
    mapping,
    nullable,
    one_of,
    string,
)
from ._today_store import TodayRunStore, document_ref

__all__ = [
    "CANCEL",
    "CREATE",
    "EXPORT",
    "REVIEW",
    "RUN_STATUSES",
    "TRIGGERS",
    "RunFilter",
    "StepFilter",
    "bearer_ok",
    "JsonBody",
    "parse_list_runs",
    "parse_list_steps",
]

RUN_STATUSES = ("pending", "queued", "running", "completed", "error", "failed", "awaiting_review", "cancelled")
TRIGGERS = ("manual", "api", "schedule", "webhook", "email", "restart")


def _cursors(query: Query) -> tuple[str | None, str | None]:
    before, after = query.text("before"), query.text("after")
    if before is not None and after is not None:
        query.issues.append(issue("value_error", ["query", "after"],
                                  "Value error, before and after are mutually exclusive", after))  # fmt: skip
    return before, after


@dataclass(frozen=True)
class RunFilter:
    workflow_id: str | None
    status: str | None
    exclude_status: str | None
    trigger_type: str | None
    from_date: datetime.date | None
    to_date: datetime.date | None
    min_ms: int | None
    max_ms: int | None
    search: str | None
    metadata: dict[str, Any] | None
    before: str | None
    after: str | None
    limit: int
    order: str


def _json_object(text: str) -> dict[str, Any] | None:
    """The JSON object ``text`` holds, or None (not JSON, not an object, or nested deeper than json.loads goes)."""
    try:
        loaded = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return loaded if isinstance(loaded, dict) else None


def parse_list_runs(query: Query) -> RunFilter:
    """The filters of ``GET /v1/workflows/runs``; problems go to ``query.issues``."""
    metadata_text = query.text("metadata")
    metadata = None if metadata_text is None else _json_object(metadata_text)
    if metadata_text is not None and metadata is None:
        query.issues.append(issue("value_error", ["query", "metadata"],
                                  "Value error, metadata should be a JSON object", metadata_text))  # fmt: skip
    sort_by = query.text("sort_by")
    if sort_by is not None and sort_by not in ("timing.created_at", "created_at"):
        query.issues.append(issue("value_error", ["query", "sort_by"],
                                  "Value error, this server sorts by timing.created_at only", sort_by))  # fmt: skip
    before, after = _cursors(query)
    return RunFilter(
        workflow_id=query.text("workflow_id"),
        status=query.choice("status", RUN_STATUSES),
        exclude_status=query.choice("exclude_status", RUN_STATUSES),
        trigger_type=query.choice("trigger_type", TRIGGERS),
        from_date=query.date("from_date"),
        to_date=query.date("to_date"),
        min_ms=query.integer("min_duration_ms"),
        max_ms=query.integer("max_duration_ms"),
        search=query.text("search"),
        metadata=metadata,
        before=before,
        after=after,
        limit=query.integer("limit", low=1, high=100) or 20,
        order=query.choice("order", ("asc", "desc")) or "desc",
    )


@dataclass(frozen=True)
class StepFilter:
    run_id: str | None
    workflow_id: str | None
    block_id: str | None
    step_id: str | None
    block_types: list[str]
    statuses: list[str]
    before: str | None
    after: str | None
    limit: int


def parse_list_steps(query: Query) -> StepFilter:
    """The filters of ``GET /v1/workflows/steps``; problems go to ``query.issues``."""
    before, after = _cursors(query)
    return StepFilter(
        run_id=query.text("run_id"),
        workflow_id=query.text("workflow_id"),
        block_id=query.text("block_id"),
        step_id=query.text("step_id"),
        block_types=[value for key, value in query.incoming.query if key == "block_type"],
        statuses=[value for key, value in query.incoming.query if key == "status"],
        before=before,
        after=after,
        limit=query.integer("limit", low=1, high=1000) or 20,
    )


def _mime_data(value: Any, loc: list[str | int]) -> list[Issue]:
    """MIMEData: ``{filename, url}``, no other key; the url a ``data:<type>;base64,<content>`` URL."""
    found = Shape(required={"filename": string(), "url": string()})(value, loc)
    if found:
        return found
    for key in value:
        if key not in ("filename", "url"):
            found.append(issue("extra_forbidden", [*loc, key], "Extra inputs are not permitted", value[key]))
    if not found and document_ref("", value["filename"], value["url"]) is None:
        found.append(issue("value_error", [*loc, "url"],
                           "Value error, url should be a data URL: data:<mime type>;base64,<content>",
                           value["url"][:64]))  # fmt: skip
    return found


CREATE = Shape(
    required={"workflow_id": string()},
    optional={"documents": mapping(_mime_data), "json_inputs": mapping(any_object()), "version": string(),
              "metadata": nullable(mapping(string()))},
)  # fmt: skip


EXPORT = Shape(
    required={"workflow_id": string(), "block_id": string()},
    optional={"export_source": one_of("outputs", "inputs"), "selected_run_ids": nullable(array(string())),
              "selected_doc_types": nullable(array(string())), "status": nullable(one_of(*RUN_STATUSES)),
              "exclude_status": nullable(one_of(*RUN_STATUSES)), "from_date": nullable(string()),
              "to_date": nullable(string()), "trigger_type": nullable(one_of(*TRIGGERS)),
              "preferred_columns": array(string()), "delimiter": string(), "line_delimiter": string(),
              "quote": string()},
)  # fmt: skip


REVIEW = Shape(required={"approved": boolean()})


CANCEL = Shape(optional={"command_id": nullable(string())})


@dataclass(frozen=True)
class JsonBody:
    """The route's body check: ``check_body`` with its shape (raises Invalid, answered 422)."""

    shape: Shape
    required: bool = True

    def __call__(self, raw: bytes) -> dict[str, Any]:
        return check_body(raw, self.shape, required=self.required)


def bearer_ok(store: TodayRunStore, incoming: Incoming) -> bool:
    """Whether the request carries ``Authorization: Bearer <the store's key>`` (scheme in any case)."""
    scheme, _, token = incoming.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), store.api_key.encode())
