"""Today's client (``retab_runs.v2026_08_16``), sync and async, against the embedded server and a fault server."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from retab_runs import (
    APIConnectionError,
    AuthenticationError,
    ConfigurationError,
    PaginationError,
    ResponseValidationError,
    _clock,
)
from retab_runs import WaitTimeoutError as AnyWaitTimeoutError
from retab_runs.server import TodayRunStore
from retab_runs.testing import RunningTodayServer, retab_server_running
from retab_runs.v2026_08_16 import AsyncRetab, Retab, WaitTimeoutError, is_finished, output_data, waiting_blocks
from retab_runs_client.v2026_08_16.models import (
    AwaitingReviewRun,
    CancelledTerminal,
    CompletedTerminal,
    ErrorTerminal,
    PendingRun,
    UnknownLifecycle,
    WorkflowRun,
)
from tests.faultserver import FaultServer, response

KEY = "sk-today-0123456789abcdef"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Iterator[RunningTodayServer]:
    with retab_server_running(TodayRunStore(api_key=KEY, tick=1.0, clock=clock)) as running:
        yield running


@pytest.fixture
def client(server: RunningTodayServer) -> Iterator[Retab]:
    with Retab(api_key=KEY, base_url=server.base_url, max_retries=0) as made:
        yield made


def test_the_key_goes_as_a_bearer_and_never_as_api_key(server: RunningTodayServer) -> None:
    sent: list[httpx.Headers] = []
    hooks = {"request": [lambda request: sent.append(request.headers)]}
    extra = {"Authorization": "Bearer other"}  # the key is api_key's alone
    with httpx.Client(event_hooks=hooks) as http:
        client = Retab(api_key=KEY, base_url=server.base_url, http_client=http, default_headers=extra)
        run = client.workflows.runs.get("run_today_completed")
    assert isinstance(run, WorkflowRun) and isinstance(run.lifecycle, CompletedTerminal)
    assert sent[0]["authorization"] == f"Bearer {KEY}" and "api-key" not in sent[0]
    assert KEY not in repr(client) and KEY not in repr(run)


def test_the_bearer_stays_out_of_messages_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    fault = FaultServer()
    try:
        fault.script("/v1/workflows/runs/run_x", response(401, {"detail": f"bad key Bearer {KEY}"}))
        fault.script("/v1/workflows/runs/run_y", response(200, {"id": KEY}))
        with caplog.at_level(logging.DEBUG), Retab(api_key=KEY, base_url=fault.base_url, max_retries=0) as client:
            with pytest.raises(AuthenticationError) as refused:
                client.workflows.runs.get("run_x")
            with pytest.raises(ResponseValidationError) as invalid:
                client.workflows.runs.get("run_y")
        for error in (refused.value, invalid.value):
            assert KEY not in str(error) and KEY not in repr(error.args)
        assert KEY not in caplog.text
        assert b"authorization: bearer " + KEY.encode() in fault.requests[0].lower()
        assert b"api-key" not in fault.requests[0].lower()
    finally:
        fault.close()


def test_get_list_create_cancel_delete_export_and_steps(
    client: Retab, server: RunningTodayServer, tmp_path: Path
) -> None:
    ids = server.store.add_runs(5, "wf_paging")
    page = client.workflows.runs.list(workflow_id="wf_paging", limit=2)
    assert [run.id for run in page.data] == list(reversed(ids))[:2] and page.has_next_page()
    assert [run.id for run in page] == list(reversed(ids))  # every page, by the cursor
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    created = client.workflows.runs.create(
        "wf_invoices",
        documents={"start-1": pdf, "start-2": b"%PDF", "start-3": ("b.pdf", b"%PDF"), "start-4": io.BytesIO(b"%P")},
        metadata={"tenant": "acme"},
    )
    assert isinstance(created.lifecycle, PendingRun)
    assert created.inputs is not None and created.inputs.documents["start-1"].filename == "invoice.pdf"
    assert created.inputs.documents["start-1"].mime_type == "application/pdf"
    cancelled = client.workflows.runs.cancel(created.id, command_id="cmd-1")
    assert cancelled.run.lifecycle.status == "cancelled"
    steps = client.workflows.steps.list(run_id="run_today_completed", limit=1)
    every = list(steps)
    assert len(steps.data) == 1 and [s.block_id for s in every] == ["start-1", "extract-1"]
    one = client.workflows.steps.get(every[-1].step_id, run_id="run_today_completed")
    assert one.step_id == every[-1].step_id
    assert client.workflows.runs.export(workflow_id="wf_invoices", block_id="extract-1").rows == 1
    client.workflows.runs.delete(created.id)
    with pytest.raises(Exception, match="404"):
        client.workflows.runs.get(created.id)
    with pytest.raises(ConfigurationError, match="access_token is not part of the 2026-08-16 API"):
        client.workflows.runs.delete("run_x", access_token="tok")
    with pytest.raises(ConfigurationError, match="limit"):
        client.workflows.steps.list(limit=0)


def test_wait_stops_at_terminal_or_at_review_when_asked(
    client: Retab, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_clock, "sleep", lambda seconds: setattr(clock, "now", clock.now + 1.0))
    run = client.workflows.runs.create("wf_invoices")
    seen: list[str] = []
    done = client.workflows.runs.wait_for_completion(run.id, poll_interval_seconds=1,
                                                     on_status=lambda r: seen.append(r.lifecycle.status))  # fmt: skip
    assert seen == ["pending", "running", "completed"] and is_finished(done)
    review = client.workflows.runs.create("wf_demo_review")
    paused = client.workflows.runs.wait_for_completion(review.id, poll_interval_seconds=1,
                                                       return_when_awaiting_review=True)  # fmt: skip
    match paused.lifecycle:
        case AwaitingReviewRun(waiting_for_block_ids=blocks):
            assert blocks == ["extract-1"] == waiting_blocks(paused)
        case _:
            pytest.fail(f"not awaiting review: {paused.lifecycle}")
    assert not is_finished(paused)


def test_a_wait_that_runs_out_carries_todays_run(client: Retab, monkeypatch: pytest.MonkeyPatch) -> None:
    now = [0.0]
    monkeypatch.setattr(_clock, "monotonic", lambda: now[0])
    monkeypatch.setattr(_clock, "sleep", lambda seconds: now.__setitem__(0, now[0] + seconds))
    with pytest.raises(WaitTimeoutError) as waited:
        client.workflows.runs.wait_for_completion("run_today_review", poll_interval_seconds=1, timeout_seconds=3)
    assert isinstance(waited.value, AnyWaitTimeoutError)
    assert waited.value.last_run is not None and waited.value.last_run.lifecycle.status == "awaiting_review"
    assert "awaiting review at extract-1" in str(waited.value)


def test_output_data_reads_the_steps_of_a_completed_run(client: Retab) -> None:
    run = client.workflows.runs.get("run_today_completed")
    steps = list(client.workflows.steps.list(run_id=run.id))
    assert output_data(run, steps) == {"invoice_number": "INV-2026-0816", "total": 1250.0, "currency": "EUR",
                                       "customer": "ACME"}  # fmt: skip
    assert output_data(run, steps, "start-1") == {"customer": "ACME"}
    rejected = client.workflows.runs.get("run_today_rejected")
    assert isinstance(rejected.lifecycle, ErrorTerminal) and output_data(rejected, []) is None
    with pytest.raises(ConfigurationError, match="belongs to run"):
        output_data(rejected, steps)


def test_an_unknown_status_is_kept_and_waited_through(monkeypatch: pytest.MonkeyPatch) -> None:
    record = {"id": "run_u", "workflow_id": "wf", "workflow_version_id": "v", "trigger": {"type": "api"},
              "lifecycle": {"status": "paused_by_ops", "until": "later"},
              "timing": {"created_at": "2026-08-16T09:00:00Z"}}  # fmt: skip
    done = {**record, "lifecycle": {"status": "completed"}}
    fault = FaultServer()
    monkeypatch.setattr(_clock, "sleep", lambda seconds: None)
    try:
        fault.script("/v1/workflows/runs/run_u", response(200, record), response(200, done))
        with Retab(api_key=KEY, base_url=fault.base_url) as client:
            first = client.workflows.runs.get("run_u")
            assert isinstance(first.lifecycle, UnknownLifecycle) and first.lifecycle.raw["until"] == "later"
            assert client.workflows.runs.wait_for_completion("run_u").lifecycle.status == "completed"
    finally:
        fault.close()


def test_create_is_not_repeated_once_it_may_have_arrived() -> None:
    fault = FaultServer()
    try:
        fault.script("/v1/workflows/runs", response(503, {"detail": "down"}))
        with Retab(api_key=KEY, base_url=fault.base_url, max_retries=3) as client:
            with pytest.raises(Exception, match="503"):
                client.workflows.runs.create("wf_invoices")
        assert fault.hits["/v1/workflows/runs"] == 1
    finally:
        fault.close()


def test_cancel_retries_with_one_command_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_clock, "sleep", lambda seconds: None)
    fault = FaultServer()
    try:
        fault.script("/v1/workflows/runs/run_c/cancel", response(503, {"detail": "busy"}), response(502, {}),
                     response(200, {"run": {"id": "run_c", "workflow_id": "wf", "workflow_version_id": "v",
                                            "trigger": {"type": "api"}, "lifecycle": {"status": "cancelled"},
                                            "timing": {}}}))  # fmt: skip
        with Retab(api_key=KEY, base_url=fault.base_url, max_retries=3) as client:
            answer = client.workflows.runs.cancel("run_c")
        assert answer.run.lifecycle.status == "cancelled"
        ids = {body for body in fault.bodies}
        assert len(fault.bodies) == 3 and len(ids) == 1 and b"command_id" in fault.bodies[0]
    finally:
        fault.close()


def test_async_client_does_the_same(server: RunningTodayServer, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    async def bump(seconds: float) -> None:
        clock.now += 1.0

    monkeypatch.setattr(_clock, "async_sleep", bump)
    ids = server.store.add_runs(3, "wf_async")

    async def journey() -> None:
        async with AsyncRetab(api_key=KEY, base_url=server.base_url) as client:
            assert [run.id async for run in client.workflows.runs.list(workflow_id="wf_async", limit=1)] == ids[::-1]
            first = await client.workflows.runs.list(workflow_id="wf_async", limit=2)
            assert len(first.data) == 2
            run = await client.workflows.runs.create("wf_invoices", documents={"start-1": b"%PDF"})
            done = await client.workflows.runs.wait_for_completion(run.id, poll_interval_seconds=1)
            assert done.lifecycle.status == "completed"
            steps = [s async for s in client.workflows.steps.list(run_id=run.id, limit=1)]
            assert [s.block_id for s in steps] == ["start-1", "extract-1"]
            assert (await client.workflows.steps.get(steps[0].step_id)).block_type == "start_document"
            other = await client.workflows.runs.create("wf_invoices")
            assert (await client.workflows.runs.cancel(other.id)).run.lifecycle.status == "cancelled"
            await client.workflows.runs.delete(other.id)
            assert (await client.workflows.runs.export(workflow_id="wf_invoices", block_id="extract-1")).rows >= 1

    asyncio.run(journey())


def test_connection_refused_is_a_typed_error() -> None:
    with Retab(api_key=KEY, base_url="http://127.0.0.1:9", max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            client.workflows.runs.get("run_x")


def test_the_public_surface_is_all_and_the_modules_are_private() -> None:
    import pkgutil

    import retab_runs.v2026_08_16 as today

    public = {name for name in vars(today) if not name.startswith("_")}
    modules = {info.name for info in pkgutil.iter_modules(today.__path__)}
    assert public - modules == set(today.__all__)
    assert all(name.startswith("_") for name in modules)
    for name in today.__all__:
        assert getattr(today, name).__doc__ or name.isupper(), name


def test_the_seed_client_against_todays_server_is_told_which_client_to_use(server: RunningTodayServer) -> None:
    from retab_runs import Retab as SeedRetab

    with SeedRetab(api_key=KEY, base_url=server.base_url, max_retries=0) as seed:
        with pytest.raises(AuthenticationError, match=r"Bearer key.*retab_runs\.v2026_08_16\.Retab") as refused:
            seed.workflows.runs.get("run_today_completed")
    assert KEY not in str(refused.value)


def test_a_page_with_a_bad_item_says_where() -> None:
    run = {"id": "run_1", "workflow_id": "wf", "workflow_version_id": "v", "trigger": {"type": "api"},
           "lifecycle": {"status": "completed"}, "timing": {}}  # fmt: skip
    page = {"data": [run, {**run, "lifecycle": {"status": "error"}}], "list_metadata": {"before": None, "after": None}}
    fault = FaultServer()
    try:
        fault.script("/v1/workflows/runs", response(200, page), response(200, {"data": {}}))
        with Retab(api_key=KEY, base_url=fault.base_url, max_retries=0) as client:
            with pytest.raises(ResponseValidationError, match="/data/1/lifecycle/message: is required"):
                client.workflows.runs.list()
            with pytest.raises(ResponseValidationError, match="is not a page of runs"):
                client.workflows.runs.list()
    finally:
        fault.close()


def test_client_for_picks_the_contract_by_argument_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from retab_runs import Retab as SeedRetab
    from retab_runs import async_client_for, client_for
    from retab_runs.v2026_08_16 import AsyncRetab as TodayAsync

    monkeypatch.delenv("RETAB_API_VERSION", raising=False)
    with client_for(api_key=KEY) as seed:
        assert type(seed) is SeedRetab
    monkeypatch.setenv("RETAB_API_VERSION", "2026-08-16")
    with client_for(api_key=KEY) as chosen, client_for("2026-02-26", api_key=KEY) as explicit:
        assert type(chosen) is Retab and type(explicit) is SeedRetab
    assert type(async_client_for(api_key=KEY)) is TodayAsync
    monkeypatch.setenv("RETAB_API_VERSION", "2027-01-01")
    with pytest.raises(ConfigurationError, match="RETAB_API_VERSION should be one of 2026-02-26, 2026-08-16"):
        client_for(api_key=KEY)
    with pytest.raises(ConfigurationError, match="api_version should be one of"):
        client_for("v2", api_key=KEY)


def test_todays_client_loads_none_of_the_seed_contracts_models() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from retab_runs.v2026_08_16 import Retab\n"
        "Retab(api_key='k', base_url='http://127.0.0.1:9').close()\n"
        "print(sorted(m for m in sys.modules if m.startswith('retab_runs_client.models')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_with_raw_response_gives_the_http_answer(client: Retab, server: RunningTodayServer) -> None:
    raw = client.workflows.runs.with_raw_response.create("wf_invoices")
    assert raw.http_response.status_code == 202 and raw.request_id
    run = raw.parse()
    assert isinstance(run, WorkflowRun) and raw.http_response.json()["id"] == run.id
    step_id = list(client.workflows.steps.list(run_id=run.id))[0].step_id
    assert client.workflows.steps.with_raw_response.get(step_id).parse().step_id == step_id

    async def raw_async() -> int:
        async with AsyncRetab(api_key=KEY, base_url=server.base_url) as aclient:
            answer = await aclient.workflows.runs.with_raw_response.delete(run.id)
            return answer.http_response.status_code

    assert asyncio.run(raw_async()) == 204


def test_a_bad_api_version_is_not_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    from retab_runs import client_for

    monkeypatch.setenv("RETAB_API_VERSION", KEY)  # a key pasted into the wrong variable
    with pytest.raises(ConfigurationError) as refused:
        client_for(api_key="sk-other")
    assert KEY not in str(refused.value) and "RETAB_API_VERSION" in str(refused.value)


def test_runs_and_pages_that_fit_the_spec_take_the_strict_path(
    client: Retab, server: RunningTodayServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The embedded server's runs and steps say exactly what the spec says: the client builds them
    # by the models' strict fast path (as from_json does), never by the slower checked one.
    from retab_runs_client.v2026_08_16.models import WorkflowRunList, WorkflowStep, WorkflowStepList

    def checked(*args: object, **kwargs: object) -> None:
        raise AssertionError("the checked path was taken")

    ids = server.store.add_runs(3, "wf_strict")
    for model in (WorkflowRun, WorkflowRunList, WorkflowStep, WorkflowStepList):
        monkeypatch.setattr(model, "_from_dict", classmethod(checked))
    assert [run.id for run in client.workflows.runs.list(workflow_id="wf_strict", limit=2)] == list(reversed(ids))
    assert client.workflows.runs.get(ids[0]).id == ids[0]
    assert [s.block_id for s in client.workflows.steps.list(run_id="run_today_completed", limit=1)] == [
        "start-1",
        "extract-1",
    ]


def test_a_page_far_beyond_its_limit_is_refused_on_either_path(server: RunningTodayServer) -> None:
    from retab_runs import PaginationError

    item = httpx.get(f"{server.base_url}/v1/workflows/runs/run_today_completed",
                     headers={"Authorization": f"Bearer {KEY}"}, timeout=30).json()  # fmt: skip
    for extra in ({}, {"x_unknown": 1}):  # the strict path; the checked path (a key the spec does not name)
        page = {"data": [{**item, "id": f"run_{n}", **extra} for n in range(201)],
                "list_metadata": {"before": None, "after": None}}  # fmt: skip
        fault = FaultServer()
        try:
            fault.script("/v1/workflows/runs", response(200, page))
            with Retab(api_key=KEY, base_url=fault.base_url, max_retries=0) as bounded:
                with pytest.raises(PaginationError, match="201 items"):
                    bounded.workflows.runs.list(limit=100)
        finally:
            fault.close()


def test_a_page_keeps_an_unknown_status_and_an_extra_key_item_by_item() -> None:
    run = {"id": "run_1", "workflow_id": "wf", "workflow_version_id": "v", "trigger": {"type": "api"},
           "lifecycle": {"status": "completed"}, "timing": {}}  # fmt: skip
    odd = [{**run, "id": "run_2", "lifecycle": {"status": "paused_by_ops", "until": "later"}},
           {**run, "id": "run_3", "lifecycle": {"status": "cancelled", "by": "ops"}}]  # fmt: skip
    page = {"data": [run, *odd], "list_metadata": {"before": None, "after": None}}
    fault = FaultServer()
    try:
        fault.script("/v1/workflows/runs", response(200, page))
        with Retab(api_key=KEY, base_url=fault.base_url, max_retries=0) as client:
            runs = list(client.workflows.runs.list())
        assert isinstance(runs[0].lifecycle, CompletedTerminal) and runs[0].to_dict() == run
        assert isinstance(runs[1].lifecycle, UnknownLifecycle) and runs[1].to_dict() == odd[0]
        assert isinstance(runs[2].lifecycle, CancelledTerminal) and runs[2].lifecycle["by"] == "ops"
        assert runs[2].to_dict() == odd[1]
    finally:
        fault.close()


def test_a_page_far_larger_than_the_limit_is_refused_before_its_runs_are_built() -> None:
    run = {"id": "run_1", "workflow_id": "wf", "workflow_version_id": "v", "trigger": {"type": "api"},
           "lifecycle": {"status": "completed"}, "timing": {}}  # fmt: skip
    fault = FaultServer()
    try:
        for data in ([run] * 500, [run] * 499 + [{**run, "lifecycle": {"status": "paused_by_ops"}}]):
            fault.script("/v1/workflows/runs", response(200, {"data": data, "list_metadata": {"after": None}}))
            with Retab(api_key=KEY, base_url=fault.base_url, max_retries=0) as client:
                with pytest.raises(PaginationError, match="holds 500 items, far more than the limit asked for"):
                    client.workflows.runs.list(limit=20)
    finally:
        fault.close()
