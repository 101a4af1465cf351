"""Today's request checks (2026-08-16), one by one: list filters, bodies, documents, the Bearer key.

Requests over a real socket are in test_today_server.py; here the unit is the check, and each
assertion is an item of the 422 a client reads, or the filter a list is answered with.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from retab_runs.server._requests import Incoming, Invalid, Query
from retab_runs.server._today_requests import (
    CANCEL,
    CREATE,
    EXPORT,
    REVIEW,
    RUN_STATUSES,
    JsonBody,
    RunFilter,
    StepFilter,
    bearer_ok,
    parse_list_runs,
    parse_list_steps,
)
from retab_runs.server._today_store import TodayRunStore

PDF_URL = "data:application/pdf;base64,JVBERi0xLjQK"


def query(*pairs: tuple[str, str]) -> Query:
    return Query(Incoming("GET", "/", query=pairs))


# -- GET /v1/workflows/runs ------------------------------------------------------------------------


def test_list_runs_defaults() -> None:
    q = query()
    assert parse_list_runs(q) == RunFilter(
        workflow_id=None, status=None, exclude_status=None, trigger_type=None, from_date=None, to_date=None,
        min_ms=None, max_ms=None, search=None, metadata=None, before=None, after=None, limit=20, order="desc",
    )  # fmt: skip
    assert q.issues == []


def test_list_runs_reads_every_filter() -> None:
    q = query(("workflow_id", "wf"), ("status", "failed"), ("exclude_status", "cancelled"), ("trigger_type", "api"),
              ("from_date", "2026-08-01"), ("to_date", "2026-08-31"), ("min_duration_ms", "5"),
              ("max_duration_ms", "+50"), ("search", "abc"), ("metadata", '{"tenant": "t1"}'), ("after", "run_1"),
              ("limit", "100"), ("order", "asc"), ("sort_by", "timing.created_at"))  # fmt: skip
    assert parse_list_runs(q) == RunFilter(
        workflow_id="wf", status="failed", exclude_status="cancelled", trigger_type="api",
        from_date=datetime.date(2026, 8, 1), to_date=datetime.date(2026, 8, 31), min_ms=5, max_ms=50, search="abc",
        metadata={"tenant": "t1"}, before=None, after="run_1", limit=100, order="asc",
    )  # fmt: skip
    assert q.issues == []


@pytest.mark.parametrize("status", RUN_STATUSES)
def test_every_status_of_today_is_a_filter(status: str) -> None:
    q = query(("status", status), ("exclude_status", status))
    f = parse_list_runs(q)
    assert (f.status, f.exclude_status, q.issues) == (status, status, [])


@pytest.mark.parametrize("trigger", ["manual", "api", "schedule", "webhook", "email", "restart"])
def test_every_trigger_is_a_filter(trigger: str) -> None:
    assert parse_list_runs(query(("trigger_type", trigger))).trigger_type == trigger


def test_the_old_contracts_status_is_refused() -> None:
    q = query(("status", "waiting_for_human"))
    parse_list_runs(q)
    assert [(found["type"], found["loc"]) for found in q.issues] == [("enum", ["query", "status"])]


@pytest.mark.parametrize("limit", ["1", "100"])
def test_a_run_list_takes_one_to_a_hundred(limit: str) -> None:
    q = query(("limit", limit))
    assert parse_list_runs(q).limit == int(limit) and q.issues == []


@pytest.mark.parametrize(("limit", "kind"), [("0", "greater_than_equal"), ("101", "less_than_equal")])
def test_a_run_list_refuses_a_limit_out_of_range(limit: str, kind: str) -> None:
    q = query(("limit", limit))
    parse_list_runs(q)
    assert [(found["type"], found["loc"]) for found in q.issues] == [(kind, ["query", "limit"])]


def test_created_at_is_the_other_name_of_the_one_sort() -> None:
    q = query(("sort_by", "created_at"))
    parse_list_runs(q)
    assert q.issues == []


@pytest.mark.parametrize("sort_by", ["", "updated_at", "timing.completed_at"])
def test_another_sort_is_a_value_error(sort_by: str) -> None:
    q = query(("sort_by", sort_by))
    parse_list_runs(q)
    assert q.issues == [{"type": "value_error", "loc": ["query", "sort_by"], "input": sort_by,
                         "msg": "Value error, this server sorts by timing.created_at only"}]  # fmt: skip


@pytest.mark.parametrize("metadata", ["", "[]", '"a"', "1", "null", "{", "{'a': 1}"])
def test_metadata_is_a_json_object_or_a_value_error(metadata: str) -> None:
    q = query(("metadata", metadata))
    assert parse_list_runs(q).metadata is None
    assert q.issues == [{"type": "value_error", "loc": ["query", "metadata"], "input": metadata,
                         "msg": "Value error, metadata should be a JSON object"}]  # fmt: skip


def test_before_and_after_together_are_refused_on_after() -> None:
    q = query(("before", "run_1"), ("after", "run_2"))
    f = parse_list_runs(q)
    assert (f.before, f.after) == ("run_1", "run_2")
    assert q.issues == [{"type": "value_error", "loc": ["query", "after"], "input": "run_2",
                         "msg": "Value error, before and after are mutually exclusive"}]  # fmt: skip


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_both_orders_are_taken(order: str) -> None:
    q = query(("order", order))
    assert parse_list_runs(q).order == order and q.issues == []


def test_before_alone_is_a_cursor() -> None:
    q = query(("before", "run_1"))
    assert parse_list_runs(q).before == "run_1" and q.issues == []


def test_every_problem_of_a_run_list_is_reported_at_once() -> None:
    q = query(("limit", "x"), ("order", "up"), ("from_date", "yesterday"), ("min_duration_ms", "1.5"))
    parse_list_runs(q)
    assert [found["loc"][1] for found in q.issues] == ["from_date", "min_duration_ms", "limit", "order"]


# -- GET /v1/workflows/steps -----------------------------------------------------------------------


def test_list_steps_defaults() -> None:
    q = query()
    empty = StepFilter(run_id=None, workflow_id=None, block_id=None, step_id=None, block_types=[], statuses=[],
                       before=None, after=None, limit=20)  # fmt: skip
    assert parse_list_steps(q) == empty
    assert q.issues == []


def test_list_steps_reads_every_filter_and_repeated_types_and_statuses() -> None:
    q = query(("run_id", "r"), ("workflow_id", "w"), ("block_id", "b"), ("step_id", "s"), ("block_type", "extract"),
              ("status", "completed"), ("block_type", "split"), ("status", "error"), ("before", "s9"),
              ("limit", "1000"))  # fmt: skip
    assert parse_list_steps(q) == StepFilter(run_id="r", workflow_id="w", block_id="b", step_id="s",
                                             block_types=["extract", "split"], statuses=["completed", "error"],
                                             before="s9", after=None, limit=1000)  # fmt: skip
    assert q.issues == []


@pytest.mark.parametrize(("limit", "kind"), [("0", "greater_than_equal"), ("1001", "less_than_equal")])
def test_a_step_list_takes_one_to_a_thousand(limit: str, kind: str) -> None:
    q = query(("limit", limit))
    parse_list_steps(q)
    assert [(found["type"], found["loc"]) for found in q.issues] == [(kind, ["query", "limit"])]
    assert parse_list_steps(query(("limit", "1"))).limit == 1


def test_after_alone_is_a_step_cursor() -> None:
    q = query(("after", "s1"))
    f = parse_list_steps(q)
    assert (f.before, f.after, q.issues) == (None, "s1", [])


def test_a_step_list_refuses_both_cursors() -> None:
    q = query(("before", "a"), ("after", "b"))
    parse_list_steps(q)
    assert [found["loc"] for found in q.issues] == [["query", "after"]]


# -- bodies ----------------------------------------------------------------------------------------


def problems(shape: Any, body: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = shape(body, ["body"])
    return found


def test_a_run_with_documents_inputs_version_and_metadata_is_taken() -> None:
    body = {"workflow_id": "wf", "documents": {"start-1": {"filename": "a.pdf", "url": PDF_URL}},
            "json_inputs": {"json-1": {"a": 1}}, "version": "v2", "metadata": {"tenant": "t1"}}  # fmt: skip
    assert problems(CREATE, body) == []
    assert problems(CREATE, {"workflow_id": "wf", "metadata": None}) == []


def test_a_document_is_a_filename_and_a_data_url_and_nothing_else() -> None:
    loc = ["body", "documents", "start-1"]
    document: dict[str, Any] = {"filename": "a.pdf", "url": PDF_URL, "content": "x", "mime_type": "y"}
    assert problems(CREATE, {"workflow_id": "wf", "documents": {"start-1": document}}) == [
        {"type": "extra_forbidden", "loc": [*loc, "content"], "msg": "Extra inputs are not permitted", "input": "x"},
        {"type": "extra_forbidden", "loc": [*loc, "mime_type"], "msg": "Extra inputs are not permitted", "input": "y"},
    ]
    missing = problems(CREATE, {"workflow_id": "wf", "documents": {"start-1": {"url": 1}}})
    assert [(found["type"], found["loc"]) for found in missing] == [
        ("missing", [*loc, "filename"]), ("string_type", [*loc, "url"])]  # fmt: skip


@pytest.mark.parametrize(
    "url",
    ["https://example.com/a.pdf", "data:application/pdf,JVBERi0xLjQK", "data:application/pdf;base64,JVBER!",
     "data:application/pdf;base64", "application/pdf;base64,JVBERi0xLjQK", "x" * 100],
)  # fmt: skip
def test_a_document_url_that_is_not_a_base64_data_url_is_a_value_error(url: str) -> None:
    body = {"workflow_id": "wf", "documents": {"start-1": {"filename": "a.pdf", "url": url}}}
    msg = "Value error, url should be a data URL: data:<mime type>;base64,<content>"
    assert problems(CREATE, body) == [
        {"type": "value_error", "loc": ["body", "documents", "start-1", "url"], "msg": msg, "input": url[:64]}
    ]


def test_a_data_url_without_a_type_is_taken() -> None:
    body = {"workflow_id": "wf", "documents": {"d": {"filename": "a", "url": "data:;base64,"}}}
    assert problems(CREATE, body) == []


def test_create_names_each_wrong_field() -> None:
    body = {"documents": [], "json_inputs": {"j": []}, "version": 2, "metadata": {"m": 1}}
    assert [(found["type"], found["loc"]) for found in problems(CREATE, body)] == [
        ("missing", ["body", "workflow_id"]), ("dict_type", ["body", "documents"]),
        ("dict_type", ["body", "json_inputs", "j"]), ("string_type", ["body", "version"]),
        ("string_type", ["body", "metadata", "m"])]  # fmt: skip


def test_an_export_takes_its_filters_and_csv_options() -> None:
    body = {"workflow_id": "wf", "block_id": "b", "export_source": "inputs", "selected_run_ids": ["r"],
            "selected_doc_types": None, "status": "completed", "exclude_status": None, "from_date": "2026-08-01",
            "to_date": None, "trigger_type": "api", "preferred_columns": ["a"], "delimiter": ",",
            "line_delimiter": "\n", "quote": "'"}  # fmt: skip
    assert problems(EXPORT, body) == []


def test_an_export_names_each_wrong_field() -> None:
    body = {"export_source": "both", "selected_run_ids": "r", "selected_doc_types": [1], "status": "done",
            "exclude_status": 1, "from_date": 1, "to_date": 2, "trigger_type": "cron", "preferred_columns": None,
            "delimiter": 1, "line_delimiter": None, "quote": []}  # fmt: skip
    assert [(found["type"], found["loc"][1:]) for found in problems(EXPORT, body)] == [
        ("missing", ["workflow_id"]), ("missing", ["block_id"]), ("enum", ["export_source"]),
        ("list_type", ["selected_run_ids"]), ("string_type", ["selected_doc_types", 0]), ("enum", ["status"]),
        ("enum", ["exclude_status"]), ("string_type", ["from_date"]), ("string_type", ["to_date"]),
        ("enum", ["trigger_type"]), ("list_type", ["preferred_columns"]), ("string_type", ["delimiter"]),
        ("string_type", ["line_delimiter"]), ("string_type", ["quote"])]  # fmt: skip


@pytest.mark.parametrize("approved", [1, 0, "true", None])
def test_a_review_takes_a_json_boolean_only(approved: object) -> None:
    assert [found["type"] for found in problems(REVIEW, {"approved": approved})] == ["bool_type"]
    assert problems(REVIEW, {"approved": False}) == [] and problems(REVIEW, {}) != []


def test_a_cancel_takes_an_optional_command_id() -> None:
    assert problems(CANCEL, {}) == [] and problems(CANCEL, {"command_id": None}) == []
    assert [found["loc"] for found in problems(CANCEL, {"command_id": 1})] == [["body", "command_id"]]


def test_a_route_body_is_required_unless_said_otherwise() -> None:
    with pytest.raises(Invalid):
        JsonBody(REVIEW)(b"")
    assert JsonBody(CANCEL, required=False)(b"") == {}
    assert JsonBody(REVIEW)(b'{"approved": true}') == {"approved": True}


# -- credentials -----------------------------------------------------------------------------------


def authorization(value: str | None) -> Incoming:
    return Incoming("GET", "/", headers={} if value is None else {"authorization": value})


@pytest.mark.parametrize("value", ["Bearer sk-today", "bearer sk-today", "BEARER sk-today", "Bearer  sk-today "])
def test_the_key_opens_with_the_bearer_scheme_in_any_case(value: str) -> None:
    assert bearer_ok(TodayRunStore(api_key="sk-today"), authorization(value))


@pytest.mark.parametrize(
    "value",
    [None, "", "Bearer", "Bearer ", "sk-today", "Basic sk-today", "Bearer sk-toda", "Bearer sk-today2",
     "Bearer SK-TODAY", "Token sk-today", "Bearersk-today"],
)  # fmt: skip
def test_anything_else_is_refused(value: str | None) -> None:
    assert not bearer_ok(TodayRunStore(api_key="sk-today"), authorization(value))
