"""The embedded server over real HTTP on 127.0.0.1: auth, errors, request ids, progression, faults."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from retab_runs import APIConnectionError, RateLimitError, ResponseValidationError, Retab, WorkflowRun
from retab_runs._checker import check
from retab_runs.server import SCENARIOS, Faults, FixtureError, RunStore, ServerThread, create_app
from retab_runs.testing import RunningServer, in_process_transport, retab_server, retab_server_running
from retab_runs_client.models import ErrorDetails
from tests.payloads import seed_run
from tests.spec import example

KEY = "sk-server-test"
RUNS = "/v1/workflows/runs/"
__all__ = ["retab_server"]  # the fixture, imported as users would


@pytest.fixture
def server() -> Iterator[RunningServer]:
    with retab_server_running(RunStore(api_key=KEY, speed=40.0)) as running:
        yield running


_HTTP: list[httpx.Client] = []
"""One client for the module's reads: a new httpx.Client per read builds an SSL context each time (~50 ms)."""


def http() -> httpx.Client:
    """The module's client, opened on first use and again after the fixture below closed it."""
    if not _HTTP or _HTTP[0].is_closed:
        _HTTP[:] = [httpx.Client(timeout=5)]
    return _HTTP[0]


@pytest.fixture(scope="module", autouse=True)
def close_http() -> Iterator[None]:
    yield
    for client in _HTTP:
        client.close()


def get(server: RunningServer, run_id: str, *, key: str | None = KEY, token: str | None = None) -> httpx.Response:
    headers = {"Api-Key": key} if key is not None else {}
    params = {"access_token": token} if token is not None else {}
    return http().get(server.base_url + RUNS + run_id, headers=headers, params=params)


def test_the_seed_run_is_served_schema_valid(server: RunningServer) -> None:
    response = get(server, "run_abc123xyz")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == seed_run()
    assert check(response.json(), "strict") == []


@pytest.mark.parametrize(
    ("key", "token_for", "status", "detail"),
    [
        (KEY, None, 200, None),
        (None, None, 401, "Invalid or missing API key"),
        ("sk-wrong", None, 401, "Invalid or missing API key"),
        (None, "run_abc123xyz", 200, None),
        (None, "run_demo_error", 401, "Invalid access token"),
    ],
)
def test_auth_by_key_or_per_run_token(
    server: RunningServer, key: str | None, token_for: str | None, status: int, detail: str | None
) -> None:
    token = server.store.access_token(token_for) if token_for else None
    response = get(server, "run_abc123xyz", key=key, token=token)
    assert response.status_code == status
    if detail:
        assert response.json() == {"detail": detail}


def test_unknown_run_is_404(server: RunningServer) -> None:
    response = get(server, "run_missing")
    assert response.status_code == 404 and response.json() == {"detail": "Workflow run not found"}


@pytest.mark.parametrize(
    ("path", "params", "headers", "status"),
    [
        (RUNS + "x" * 257, {}, {"Api-Key": KEY}, 404),
        (RUNS + "run_abc123xyz", {"access_token": ""}, {"Api-Key": KEY}, 200),
        (RUNS + "run_abc123xyz", {"access_token": ""}, {}, 401),
        (RUNS + "run_abc123xyz", {"access_token": "t" * 5000}, {}, 401),
    ],
)
def test_parameter_lengths_are_not_limited(
    server: RunningServer, path: str, params: dict[str, str], headers: dict[str, str], status: int
) -> None:
    # The vendor's spec sets no length on run_id or access_token, so neither is a 422.
    response = httpx.get(server.base_url + path, params=params, headers=headers)
    assert response.status_code == status


@pytest.mark.parametrize(("method", "path"), [("GET", RUNS + "run_abc123xyz"), ("GET", RUNS + "nope"),
                                              ("POST", RUNS + "x"), ("GET", "/elsewhere")])  # fmt: skip
def test_every_response_carries_a_request_id(server: RunningServer, method: str, path: str) -> None:
    response = httpx.request(method, server.base_url + path, headers={"Api-Key": KEY})
    assert response.headers["x-request-id"].startswith("req_")
    assert response.headers["content-type"].startswith("application/json")


def test_request_ids_differ(server: RunningServer) -> None:
    ids = {get(server, "run_abc123xyz").headers["x-request-id"] for _ in range(5)}
    assert len(ids) == 5


class ManualClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_scenario_progresses_from_its_first_read() -> None:
    clock = ManualClock()
    seen: list[str] = []
    steps_done: list[int] = []
    with retab_server_running(RunStore(api_key=KEY, clock=clock)) as server:
        for _ in range(100):  # 0.1 s of scenario time per read
            run = get(server, "run_demo_progress").json()
            assert check(run, "strict") == []
            if not seen or seen[-1] != run["status"]:
                seen.append(run["status"])
            steps_done.append(sum(step["status"] == "completed" for step in run["steps"]))
            clock.now += 0.1
    assert seen == ["pending", "queued", "running", "waiting_for_human", "running", "completed"]
    assert steps_done == sorted(steps_done) and steps_done[-1] == 4  # steps complete one by one
    assert sorted(set(steps_done)) == [0, 1, 2, 3, 4]
    assert run["cost_summary"]["total_tokens"] == 4580 and run["human_waiting_duration_ms"] == 2000
    assert run["final_outputs"]["end-1"]["json_data"]["invoice_number"] == "INV-2026-0042"
    assert run["duration_ms"] == 6000


def test_restart_starts_scenarios_over() -> None:
    clock = ManualClock()
    store = RunStore(api_key=KEY, clock=clock)
    assert store.get("run_demo_error")["status"] == "pending"  # type: ignore[index]
    clock.now += 60
    assert store.get("run_demo_error")["status"] == "error"  # type: ignore[index]
    store.restart("run_demo_error")
    assert store.get("run_demo_error")["status"] == "pending"  # type: ignore[index]
    clock.now += 60
    store.restart()
    assert store.get("run_demo_error")["status"] == "pending"  # type: ignore[index]


def test_scenario_instances_start_on_their_own_first_read(server: RunningServer) -> None:
    with Retab(api_key=KEY, base_url=server.base_url) as client:
        first = client.workflows.runs.wait_for_completion("run_demo_error~a", poll_interval_seconds=0.02)
        fresh = client.workflows.runs.get("run_demo_error~b")
    assert first.status == "error" and first.id == "run_demo_error~a"
    assert fresh.status == "pending"


def final(server: RunningServer, run_id: str) -> WorkflowRun:
    with Retab(api_key=KEY, base_url=server.base_url) as client:
        return client.workflows.runs.wait_for_completion(run_id, poll_interval_seconds=0.02, timeout_seconds=10)


def test_error_scenario_records_the_failure(server: RunningServer) -> None:
    run = final(server, "run_demo_error")
    assert run.status == "error" and run.error_stage == "execution"
    assert isinstance(run.error_details, ErrorDetails) and run.error_details.block_id == "api-1"
    failed = [s for s in run.steps if s.status == "error"]
    assert [s.node_id for s in failed] == ["api-1"] and failed[0].error_category == "transient"
    assert run.steps[-1].status == "skipped"


def test_cancelled_scenario_records_the_cancellation(server: RunningServer) -> None:
    run = final(server, "run_demo_cancelled")
    assert run.status == "cancelled" and run.cancel_confirmation_pending is False
    assert run.cancel_requested_at is not None and run.completed_at is not None


def test_loop_scenario_has_iterations_and_nested_spans(server: RunningServer) -> None:
    run = final(server, "run_demo_loop")
    body = [s for s in run.steps if s.loop_id == "for_each-1"]
    assert [s.iteration for s in body] == [0, 1, 2]
    assert [s.iteration_context.containers[0].iteration for s in body] == [0, 1, 2]  # type: ignore[union-attr]
    loop_span = run.trace_spans[0].children[1]  # type: ignore[index]
    depth, node = 0, loop_span
    while node.children:
        node, depth = node.children[0], depth + 1
    assert depth == 3  # loop -> iteration -> block -> model


def test_every_built_in_run_and_scenario_frame_is_valid() -> None:
    store = RunStore()
    for run_id in store.records:
        assert check(store.get(run_id), "strict") == [], run_id
    for name, scenario in SCENARIOS.items():
        import datetime

        started = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
        for tenth in range(int(scenario.duration * 10) + 2):
            frame = scenario.render(tenth / 10, started)
            assert check(frame, "strict") == [], (name, tenth)
            assert WorkflowRun.from_dict(frame).to_dict() == frame


def test_fixture_files_json_and_jsonl(tmp_path: Path) -> None:
    one = {**seed_run(), "id": "run_from_json"}
    (tmp_path / "one.json").write_text(json.dumps(one))
    lines = [json.dumps({**example("complete"), "id": f"run_line_{i}"}) for i in range(3)]
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n\n")
    store = RunStore(builtins=False)
    assert store.load(tmp_path / "one.json") == 1 and store.load(tmp_path / "many.jsonl") == 3
    assert store.ids() == ["run_from_json", "run_line_0", "run_line_1", "run_line_2"]


def test_fixture_files_that_break_the_contract_are_refused(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text(json.dumps(seed_run()) + "\n" + json.dumps({"id": "x"}) + "\n")
    with pytest.raises(FixtureError, match=r"bad.jsonl:2 does not fit the WorkflowRun contract: /workflow_id"):
        RunStore(builtins=False).load(tmp_path / "bad.jsonl")
    (tmp_path / "broken.json").write_text("{nope")
    with pytest.raises(FixtureError, match="broken.json:1: not JSON"):
        RunStore(builtins=False).load(tmp_path / "broken.json")


# -- faults -----------------------------------------------------------------------------------


def test_latency(server: RunningServer) -> None:
    server.store.run_faults["run_abc123xyz"] = Faults(latency=0.3)
    started = time.monotonic()
    assert get(server, "run_abc123xyz").status_code == 200
    assert time.monotonic() - started >= 0.3


def test_429_with_retry_after_then_success(server: RunningServer) -> None:
    server.store.run_faults["run_abc123xyz"] = Faults(rate_limited=1, retry_after=2)
    first = get(server, "run_abc123xyz")
    assert first.status_code == 429 and first.headers["retry-after"] == "2"
    assert first.headers["retry-after-ms"] == "2000" and first.json() == {"detail": "Rate limit exceeded"}
    assert get(server, "run_abc123xyz").status_code == 200


def test_burst_of_5xx_then_success(server: RunningServer) -> None:
    server.store.run_faults["run_abc123xyz"] = Faults(server_errors=3)
    assert [get(server, "run_abc123xyz").status_code for _ in range(4)] == [503, 503, 503, 200]


def test_server_wide_faults_apply_to_every_run(server: RunningServer) -> None:
    server.store.faults = Faults(server_errors=1)
    assert get(server, "run_abc123xyz").status_code == 503
    assert get(server, "run_7Hq2mZk9").status_code == 503
    assert get(server, "run_abc123xyz").status_code == 200


def test_dropped_connection_and_malformed_body_reach_the_client_as_typed_errors(server: RunningServer) -> None:
    server.store.run_faults["run_abc123xyz"] = Faults(dropped=1, malformed=1, rate_limited=1, retry_after=0.01)
    with Retab(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(RateLimitError):
            client.workflows.runs.get("run_abc123xyz")
        with pytest.raises(APIConnectionError):
            client.workflows.runs.get("run_abc123xyz")
        with pytest.raises(ResponseValidationError, match="is not JSON"):
            client.workflows.runs.get("run_abc123xyz")
        assert client.workflows.runs.get("run_abc123xyz").status == "completed"


def test_faults_are_off_by_default(server: RunningServer) -> None:
    assert [get(server, "run_abc123xyz").status_code for _ in range(5)] == [200] * 5


def test_faults_parse_from_text() -> None:
    faults = Faults.parse("latency=0.2, rate_limited=1,retry_after=1.5,server_errors=2,dropped=1,malformed=1")
    assert faults == Faults(latency=0.2, rate_limited=1, retry_after=1.5, server_errors=2, dropped=1, malformed=1)
    with pytest.raises(ValueError, match="unknown fault 'slow'"):
        Faults.parse("slow=1")


# -- for users' tests --------------------------------------------------------------------------


def test_the_pytest_fixture(retab_server: RunningServer) -> None:
    with Retab(api_key=retab_server.api_key, base_url=retab_server.base_url) as client:
        assert client.workflows.runs.get("run_abc123xyz").duration_ms == 15000


def test_in_process_transport_answers_like_the_server() -> None:
    store = RunStore(api_key=KEY)
    transport = in_process_transport(store)
    with Retab(api_key=KEY, base_url="http://localhost", http_client=httpx.Client(transport=transport)) as client:
        assert client.workflows.runs.get("run_abc123xyz").to_dict() == seed_run()
    with httpx.Client(transport=transport, base_url="http://in-process") as http:
        assert http.get(RUNS + "nope", headers={"Api-Key": KEY}).json() == {"detail": "Workflow run not found"}
        assert http.get(RUNS + "run_abc123xyz").status_code == 401


def test_server_thread_stops_cleanly() -> None:
    thread = ServerThread(create_app(RunStore(api_key=KEY))).start()
    assert httpx.get(thread.base_url + RUNS + "run_abc123xyz", headers={"Api-Key": KEY}).status_code == 200
    thread.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(thread.base_url + RUNS + "run_abc123xyz", headers={"Api-Key": KEY}, timeout=2)


def test_answers_do_not_wait_for_delayed_acks(server: RunningServer) -> None:
    # Without TCP_NODELAY each answer on a kept-alive connection waited about 40 ms for the
    # client's delayed ACK of the headers: 25 reads took over a second.
    with httpx.Client(base_url=server.base_url, headers={"Api-Key": KEY}) as http:
        http.get(RUNS + "run_abc123xyz")
        started = time.monotonic()
        for _ in range(25):
            assert http.get(RUNS + "run_abc123xyz").status_code == 200
        assert time.monotonic() - started < 0.6
