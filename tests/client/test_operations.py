"""Every operation of ``client.workflows.runs``, sync and async: the request it sends and the type it returns.

On an in-process transport (fast); ``test_runs_server.py`` runs them against the embedded
server over real HTTP.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from retab_runs import AsyncRetab, ConfigurationError, ResponseValidationError, Retab, WorkflowRun
from retab_runs_client.models import (
    CancelWorkflowResponse,
    DocumentSignedUrlResponse,
    PublishedWorkflowConfig,
    ResumeWorkflowResponse,
    RunCounts,
    StepOutputResponse,
    WorkflowRunExecutionOrderResponse,
)
from tests.payloads import as_asked, seed_run

RUN = seed_run()
STEP = {"node_id": "extract-1", "node_type": "extract", "node_label": "Extract", "status": "completed", "output": {}}


class Recorder:
    """An in-process API answering every request with ``body`` (status ``status``), keeping the requests."""

    def __init__(self, body: Any, status: int = 200) -> None:
        self.body = body
        self.status = status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.status == 204:
            return httpx.Response(204)
        return httpx.Response(self.status, json=as_asked(self.body, request.url.raw_path))

    @property
    def sent(self) -> tuple[str, str, dict[str, str], Any]:
        request = self.requests[-1]
        body = json.loads(request.content) if request.content else None
        return request.method, request.url.path, dict(request.url.params), body


def call(mode: str, recorder: Recorder, method: str, *args: Any, **kwargs: Any) -> Any:
    """``client.workflows.runs.<method>(*args, **kwargs)`` (dotted for ``steps.get``) through a fresh client."""

    def target(client: Retab | AsyncRetab) -> Callable[..., Any]:
        owner: Any = client.workflows.runs
        for part in method.split("."):
            owner = getattr(owner, part)
        return owner  # type: ignore[no-any-return]

    if mode == "sync":
        http = httpx.Client(transport=httpx.MockTransport(recorder))
        with Retab(api_key="sk-test", base_url="https://retab.test", http_client=http, max_retries=0) as client:
            return target(client)(*args, **kwargs)

    async def go() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        async with AsyncRetab(api_key="sk-test", base_url="https://retab.test", http_client=http, max_retries=0) as c:
            result = target(c)(*args, **kwargs)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(go())


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_create_sends_documents_and_inputs(mode: str) -> None:
    recorder = Recorder(RUN)
    run = call(
        mode, recorder, "create", "wf_abc",
        documents={"start-1": ("invoice.pdf", b"%PDF")}, json_inputs={"j": {"a": 1}}, text_inputs={"t": "hi"},
    )  # fmt: skip
    assert isinstance(run, WorkflowRun) and run.id == "run_abc123xyz"
    document = {"filename": "invoice.pdf", "content": "JVBERg==", "mime_type": "application/pdf"}
    assert recorder.sent == (
        "POST", "/v1/workflows/wf_abc/run", {},
        {"documents": {"start-1": document}, "json_inputs": {"j": {"a": 1}}, "text_inputs": {"t": "hi"}},
    )  # fmt: skip


def test_list_sends_every_filter(mode: str) -> None:
    recorder = Recorder({"data": [RUN], "list_metadata": {"before": None, "after": None}})
    page = call(
        mode, recorder, "list", workflow_id="wf_abc", status="error", statuses=["error", "cancelled"],
        exclude_status="pending", trigger_type="api", trigger_types="api,webhook", from_date="2026-01-01",
        to_date="2026-02-01", min_cost=0.5, max_cost=2, min_duration=10, max_duration=99, search="inv",
        after="run_0", limit=50, order="asc", sort_by="cost",
    )  # fmt: skip
    assert [run.id for run in page.data] == ["run_abc123xyz"] and not page.has_next_page()
    assert recorder.sent[:3] == ("GET", "/v1/workflows/runs", {
        "workflow_id": "wf_abc", "status": "error", "statuses": "error,cancelled", "exclude_status": "pending",
        "trigger_type": "api", "trigger_types": "api,webhook", "from_date": "2026-01-01", "to_date": "2026-02-01",
        "min_cost": "0.5", "max_cost": "2", "min_duration": "10", "max_duration": "99", "search": "inv",
        "after": "run_0", "limit": "50", "order": "asc", "sort_by": "cost",
    })  # fmt: skip


def test_list_defaults(mode: str) -> None:
    recorder = Recorder({"data": [], "list_metadata": {"before": None, "after": None}})
    call(mode, recorder, "list")
    assert recorder.sent[2] == {"limit": "20", "order": "desc", "sort_by": "created_at"}


@pytest.mark.parametrize("limit", [0, 101, 2.5, True])
def test_list_limit_is_checked_before_sending(mode: str, limit: object) -> None:
    recorder = Recorder({})
    with pytest.raises(ConfigurationError, match="limit must be a whole number from 1 to 100"):
        call(mode, recorder, "list", limit=limit)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "answer", "sent", "expected"),
    [
        ("counts", (), {"workflow_id": "wf_abc"}, {"completed": 3, "error": 1},
         ("GET", "/v1/workflows/runs/counts", {"workflow_id": "wf_abc"}, None), RunCounts),
        ("counts", (), {}, {"completed": 3}, ("GET", "/v1/workflows/runs/counts", {}, None), RunCounts),
        ("delete", ("run_1",), {}, None, ("DELETE", "/v1/workflows/runs/run_1", {}, None), None),
        ("delete_all", (), {"workflow_id": "wf_abc"}, None,
         ("DELETE", "/v1/workflows/runs", {"workflow_id": "wf_abc"}, None), None),
        ("steps.get", ("run_1", "extract-1"), {}, STEP,
         ("GET", "/v1/workflows/runs/run_1/steps/extract-1", {}, None), StepOutputResponse),
        ("steps.get_many", ("run_1", ["extract-1", "gone"]), {}, {"outputs": {"extract-1": STEP}},
         ("POST", "/v1/workflows/runs/run_1/steps/batch", {}, {"node_ids": ["extract-1", "gone"]}), dict),
        ("execution_order", ("run_1",), {}, {"run_id": "run_1", "ordered_step_ids": ["a", "b"]},
         ("GET", "/v1/workflows/runs/run_1/execution-order", {}, None), WorkflowRunExecutionOrderResponse),
        ("config", ("run_1",), {}, {"nodes": [], "edges": []},
         ("GET", "/v1/workflows/runs/run_1/config", {}, None), PublishedWorkflowConfig),
        ("document_url", ("run_1", "start-1"), {}, {"signed_url": "https://x/y", "filename": "a.pdf"},
         ("GET", "/v1/workflows/runs/run_1/documents/start-1", {"doc_type": "output"}, None),
         DocumentSignedUrlResponse),
        ("document_url", ("run_1", "start-1"), {"doc_type": "input", "subdocument": "p2", "handle_id": "h"},
         {"signed_url": "https://x/y", "filename": "a.pdf"},
         ("GET", "/v1/workflows/runs/run_1/documents/start-1", {"doc_type": "input", "subdocument": "p2",
                                                                "handle_id": "h"}, None),
         DocumentSignedUrlResponse),
    ],
)  # fmt: skip
def test_reads_and_deletes(
    mode: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], answer: Any,
    sent: tuple[Any, ...], expected: Any,
) -> None:  # fmt: skip
    recorder = Recorder(answer, 204 if answer is None else 200)
    result = call(mode, recorder, method, *args, **kwargs)
    assert recorder.sent == sent
    if isinstance(expected, type):
        assert isinstance(result, expected)
    else:
        assert result == expected
    if method == "counts":  # the spec's RunCounts: every key kept, read as on a dict
        assert result.to_dict() == answer and result["completed"] == 3
    if method == "steps.get_many":
        assert list(result) == ["extract-1"] and isinstance(result["extract-1"], StepOutputResponse)


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "path", "body"),
    [
        ("cancel", ("run_1",), {}, "/v1/workflows/runs/run_1/cancel", {}),
        ("restart", ("run_1",), {}, "/v1/workflows/runs/run_1/restart", {}),
        ("resume", ("run_1",), {"node_id": "review-1", "approved": True, "modified_data": {"total": 2}},
         "/v1/workflows/runs/run_1/resume", {"node_id": "review-1", "approved": True, "modified_data": {"total": 2}}),
        ("approve", ("run_1", "review-1"), {}, "/v1/workflows/runs/run_1/resume",
         {"node_id": "review-1", "approved": True}),
        ("approve", ("run_1", "review-1", {"total": 2}), {}, "/v1/workflows/runs/run_1/resume",
         {"node_id": "review-1", "approved": True, "modified_data": {"total": 2}}),
        ("reject", ("run_1", "review-1"), {}, "/v1/workflows/runs/run_1/resume",
         {"node_id": "review-1", "approved": False}),
    ],
)  # fmt: skip
def test_commands_carry_a_fresh_command_id(
    mode: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], path: str, body: dict[str, Any]
) -> None:
    answers = {
        "cancel": {"run": RUN, "cancellation_status": "cancellation_requested"},
        "restart": RUN,
    }
    recorder = Recorder(answers.get(method, {"run": RUN, "resume_status": "processing", "queue_item_id": "q_1"}))
    result = call(mode, recorder, method, *args, **kwargs)
    verb, sent_path, query, sent_body = recorder.sent
    assert (verb, sent_path, query) == ("POST", path, {})
    command = sent_body.pop("command_id")
    assert sent_body == body
    assert isinstance(command, str) and len(command) == 32 and int(command, 16) >= 0
    expected = {"cancel": CancelWorkflowResponse, "restart": WorkflowRun}.get(method, ResumeWorkflowResponse)
    assert isinstance(result, expected)
    call(mode, recorder, method, *args, **kwargs)
    assert json.loads(recorder.requests[-1].content)["command_id"] != command  # one per call
    call(mode, recorder, method, *args, command_id="cmd-mine", **kwargs)
    assert json.loads(recorder.requests[-1].content)["command_id"] == "cmd-mine"


@pytest.mark.parametrize("method", ["get", "delete", "cancel", "restart", "execution_order", "config"])
def test_a_run_id_is_one_path_segment(mode: str, method: str) -> None:
    answers = {"cancel": {"run": RUN}, "execution_order": {"run_id": "a/b"}, "config": {}}
    recorder = Recorder(answers.get(method, RUN), 204 if method == "delete" else 200)
    call(mode, recorder, method, "a/../b?x=1")
    assert recorder.requests[-1].url.raw_path.startswith(b"/v1/workflows/runs/a%2F..%2Fb%3Fx%3D1")


@pytest.mark.parametrize(
    ("method", "args", "kwargs"),
    [
        ("delete", (" ",), {}),
        ("cancel", ("",), {}),
        ("steps.get", ("run_1", ""), {}),
        ("create", ("",), {}),
        ("resume", ("run_1",), {"node_id": "n", "approved": "yes"}),
        ("cancel", ("run_1",), {"command_id": " "}),
        ("steps.get_many", ("run_1", "extract-1"), {}),
        ("create", ("wf_abc",), {"json_inputs": {"j": [1, 2]}}),
        ("create", ("wf_abc",), {"text_inputs": {"t": 3}}),
        ("create", ("wf_abc",), {"documents": {"d": 3.5}}),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    mode: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    recorder = Recorder({})
    with pytest.raises(ConfigurationError):
        call(mode, recorder, method, *args, **kwargs)
    assert recorder.requests == []


def test_delete_all_needs_the_workflow_named() -> None:
    with Retab(api_key="sk", base_url="https://retab.test") as client:
        with pytest.raises(TypeError):
            client.workflows.runs.delete_all("wf_abc")  # type: ignore[call-arg]


def test_an_answer_that_does_not_fit_names_the_field(mode: str) -> None:
    recorder = Recorder({"run_id": "run_1", "ordered_step_ids": "not a list"})
    with pytest.raises(ResponseValidationError) as caught:
        call(mode, recorder, "execution_order", "run_1")
    assert [p.path for p in caught.value.problems] == ["/ordered_step_ids"]
    assert caught.value.body == '{"run_id":"run_1","ordered_step_ids":"not a list"}'


def test_counts_must_be_an_object(mode: str) -> None:
    with pytest.raises(ResponseValidationError, match="does not fit the RunCounts contract.*should be an object"):
        call(mode, Recorder([1, 2]), "counts")


@pytest.mark.parametrize(
    ("method", "args", "answer"),
    [
        ("cancel", ("run_1",), {"run": RUN}),
        ("list", (), {"data": [], "list_metadata": {"before": None, "after": None}}),
        ("steps.get", ("run_1", "extract-1"), STEP),
        ("delete", ("run_1",), None),
    ],
)
def test_with_raw_response(mode: str, method: str, args: tuple[Any, ...], answer: Any) -> None:
    recorder = Recorder(answer, 204 if answer is None else 200)
    owner, _, name = ("with_raw_response." + method).rpartition(".")
    if method.startswith("steps."):
        owner, name = "steps.with_raw_response", method.split(".")[1]
    raw = call(mode, recorder, f"{owner}.{name}", *args)
    assert raw.status_code == (204 if answer is None else 200)
    parsed = raw.parse()
    assert (parsed is None) == (answer is None)


RESUMED = {"run": RUN, "resume_status": "processing", "queue_item_id": "q_1"}
EVERY_OPERATION: list[tuple[str, tuple[Any, ...], dict[str, Any], Any]] = [
    ("get", ("run_1",), {}, RUN),
    ("create", ("wf_abc",), {}, RUN),
    ("list", (), {}, {"data": [], "list_metadata": {"before": None, "after": None}}),
    ("counts", (), {}, {"completed": 3}),
    ("delete", ("run_1",), {}, None),
    ("delete_all", (), {"workflow_id": "wf_abc"}, None),
    ("cancel", ("run_1",), {}, {"run": RUN}),
    ("restart", ("run_1",), {}, RUN),
    ("resume", ("run_1",), {"node_id": "review-1", "approved": True}, RESUMED),
    ("approve", ("run_1", "review-1"), {}, RESUMED),
    ("reject", ("run_1", "review-1"), {}, RESUMED),
    ("execution_order", ("run_1",), {}, {"run_id": "run_1", "ordered_step_ids": []}),
    ("config", ("run_1",), {}, {"nodes": [], "edges": []}),
    ("document_url", ("run_1", "start-1"), {}, {"signed_url": "https://x/y", "filename": "a.pdf"}),
    ("steps.get", ("run_1", "extract-1"), {}, STEP),
    ("steps.get_many", ("run_1", ["extract-1"]), {}, {"outputs": {"extract-1": STEP}}),
]


def raw_twin(method: str) -> str:
    owner, _, name = method.rpartition(".")
    return f"{owner}.with_raw_response.{name}" if owner else f"with_raw_response.{name}"


@pytest.mark.parametrize("raw", [False, True], ids=["plain", "with_raw_response"])
@pytest.mark.parametrize(("method", "args", "kwargs", "answer"), EVERY_OPERATION, ids=[o[0] for o in EVERY_OPERATION])
def test_each_operation_takes_the_call_options_and_has_a_raw_twin(
    mode: str, raw: bool, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], answer: Any
) -> None:
    """The README: each takes access_token=, timeout=, max_retries=, extra_headers=, extra_query=, and has its twin."""
    recorder = Recorder(answer, 204 if answer is None else 200)
    options = {"access_token": "rat_1", "timeout": 7, "max_retries": 0,
               "extra_headers": {"X-Trace": "t-1"}, "extra_query": {"trace": "q-1"}}  # fmt: skip
    result = call(mode, recorder, raw_twin(method) if raw else method, *args, **kwargs, **options)
    request = recorder.requests[-1]
    assert request.headers["X-Trace"] == "t-1" and request.url.params["trace"] == "q-1"
    assert request.url.params["access_token"] == "rat_1"
    assert 6 < request.extensions["timeout"]["read"] <= 7  # what is left of the per-call timeout
    if raw:
        assert result.status_code == (204 if answer is None else 200)
        assert (result.parse() is None) == (answer is None)
