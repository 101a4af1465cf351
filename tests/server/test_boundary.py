"""The embedded server against clients that try to fill or stall it, and input it cannot serve back.

Every test runs a real server on 127.0.0.1 (``retab_server_running`` / ``ServerThread``).
"""

from __future__ import annotations

import base64
import gc
import json
import logging
import socket
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from retab_runs.server import RunStore, ServerThread, create_app
from retab_runs.testing import RunningServer, retab_server_running

KEY = "sk-boundary-test"
RUNS = "/v1/workflows/runs"
WORKFLOWS = "/v1/workflows"
HEADERS = {"Api-Key": KEY}


@pytest.fixture
def server() -> Iterator[RunningServer]:
    with retab_server_running(RunStore(api_key=KEY)) as running:
        yield running


@pytest.fixture
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=HEADERS, timeout=60) as client:
        yield client


def document(mime_type: str = "application/pdf", content: bytes = b"%PDF-1.7\n") -> dict[str, str]:
    return {"filename": "invoice.pdf", "mime_type": mime_type, "content": base64.b64encode(content).decode()}


# -- query integers (issue: ``\d`` took any Unicode digit; 4,301 digits answered 500) ------------------


@pytest.mark.parametrize("limit", ["٥", "５", "²", "1٥"])
def test_only_ascii_digits_make_an_integer(http: httpx.Client, limit: str) -> None:
    answer = http.get(RUNS, params={"limit": limit})
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["type"] == "int_parsing"


@pytest.mark.parametrize("digits", [4301, 5000, 60_000])
def test_an_integer_past_the_conversion_limit_is_a_422_not_a_500(http: httpx.Client, digits: int) -> None:
    answer = http.get(RUNS, params={"limit": "1" * digits})
    assert answer.status_code == 422, answer.text[:200]
    assert answer.json()["detail"][0]["type"] == "int_parsing_size"
    assert answer.json()["detail"][0]["loc"] == ["query", "limit"]
    # and at the limit itself it is an integer (too large for ``limit``, so a bound error)
    at_limit = http.get(RUNS, params={"limit": "9" * 4300})
    assert at_limit.status_code == 422 and at_limit.json()["detail"][0]["type"] == "less_than_equal"


@pytest.mark.parametrize("value", [1, 0, "true", None])
def test_an_integer_or_a_string_is_not_a_boolean(http: httpx.Client, value: Any) -> None:
    run = http.post(f"{WORKFLOWS}/wf_demo_review/run", json={}).json()
    answer = http.post(f"{RUNS}/{run['id']}/resume", json={"node_id": "review-1", "approved": value})
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["loc"] == ["body", "approved"]


# -- mime_type that cannot be a header ---------------------------------------------------------------


@pytest.mark.parametrize("mime_type", ["application/pdf\r\nx-evil: 1", "text/plain\n", "image/\u2603", "a\x00b"])
def test_a_mime_type_that_cannot_be_sent_back_is_refused_at_create(http: httpx.Client, mime_type: str) -> None:
    answer = http.post(f"{WORKFLOWS}/wf_demo_review/run", json={"documents": {"start-1": document(mime_type)}})
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["loc"] == ["body", "documents", "start-1", "mime_type"]


def test_a_latin_1_mime_type_is_served_back(http: httpx.Client) -> None:
    created = http.post(f"{WORKFLOWS}/wf_demo_review/run", json={"documents": {"start-1": document("text/x-caf\xe9")}})
    assert created.status_code == 200, created.text
    link = http.get(f"{RUNS}/{created.json()['id']}/documents/start-1", params={"doc_type": "input"}).json()
    served = httpx.get(link["signed_url"], timeout=30)
    assert served.status_code == 200 and served.headers["content-type"].startswith("text/x-caf")


# -- document_url links -----------------------------------------------------------------------------


def test_document_links_point_at_the_server_whatever_the_host_header_says(
    server: RunningServer, http: httpx.Client
) -> None:
    run = http.post(f"{WORKFLOWS}/wf_demo_review/run", json={"documents": {"start-1": document()}}).json()
    answer = http.get(f"{RUNS}/{run['id']}/documents/start-1", headers={"Host": "evil.example"})
    assert answer.status_code == 200, answer.text
    link = answer.json()["signed_url"]
    assert link.startswith(server.base_url + "/_files/"), link
    assert httpx.get(link, timeout=30).content == b"%PDF-1.7\n"


def test_a_configured_base_url_is_used_for_links() -> None:
    store = RunStore(api_key=KEY)
    with ServerThread(create_app(store, base_url="https://runs.example/")) as thread:
        with httpx.Client(base_url=thread.base_url, headers=HEADERS, timeout=30) as http:
            run = http.post(f"{WORKFLOWS}/wf_x/run", json={"documents": {"start-1": document()}}).json()
            link = http.get(f"{RUNS}/{run['id']}/documents/start-1").json()["signed_url"]
    assert link.startswith("https://runs.example/_files/")


# -- command_id as an idempotency key ---------------------------------------------------------------


def waiting_run(http: httpx.Client) -> str:
    """A created run of wf_demo_review, waiting at its review (the server's own clock: about 2 s)."""
    run_id = str(http.post(f"{WORKFLOWS}/wf_demo_review/run", json={}).json()["id"])
    for _ in range(600):
        if http.get(f"{RUNS}/{run_id}").json()["status"] == "waiting_for_human":
            return run_id
        time.sleep(0.05)
    raise AssertionError("the run never waited for review")


@pytest.fixture
def fast() -> Iterator[httpx.Client]:
    with retab_server_running(RunStore(api_key=KEY, speed=20.0)) as running:
        with httpx.Client(base_url=running.base_url, headers=HEADERS, timeout=60) as client:
            yield client


def test_a_command_id_reused_for_another_command_is_a_409(fast: httpx.Client) -> None:
    run_id = waiting_run(fast)
    approve = {"node_id": "review-1", "approved": True, "command_id": "cmd-1"}
    assert fast.post(f"{RUNS}/{run_id}/resume", json=approve).json()["resume_status"] == "processing"
    assert fast.post(f"{RUNS}/{run_id}/resume", json=approve).json()["resume_status"] == "already_processed"
    reject = fast.post(f"{RUNS}/{run_id}/resume", json={**approve, "approved": False})
    assert reject.status_code == 409, reject.text
    assert "cmd-1" in reject.json()["detail"] and "another command" in reject.json()["detail"]
    other_data = fast.post(f"{RUNS}/{run_id}/resume", json={**approve, "modified_data": {"total": 1}})
    assert other_data.status_code == 409
    cancel = fast.post(f"{RUNS}/{run_id}/cancel", json={"command_id": "cmd-1"})
    assert cancel.status_code == 409
    restart = fast.post(f"{RUNS}/{run_id}/restart", json={"command_id": "cmd-1"})
    assert restart.status_code == 409
    assert fast.get(f"{RUNS}/{run_id}").json()["trigger_type"] == "api"  # nothing else happened to it


def test_a_restart_acts_once_even_after_its_run_is_evicted() -> None:
    store = RunStore(api_key=KEY, max_tracked_runs=3)
    with retab_server_running(store) as running, httpx.Client(base_url=running.base_url, headers=HEADERS) as http:
        restart = {"command_id": "restart-1"}
        first = http.post(f"{RUNS}/run_abc123xyz/restart", json=restart).json()
        for _ in range(4):  # the restarted run is evicted by newer ones
            http.post(f"{WORKFLOWS}/wf_x/run", json={})
        assert http.get(f"{RUNS}/{first['id']}").status_code == 404
        before = len(store.live)
        again = http.post(f"{RUNS}/run_abc123xyz/restart", json=restart)
        assert again.status_code == 409, again.text
        assert first["id"] in again.json()["detail"]
        assert len(store.live) == before and store.requests[("POST", RUNS + "/{run_id}/restart")] == 2


# -- memory held by created runs --------------------------------------------------------------------


def test_every_byte_a_created_run_holds_counts_against_the_bound() -> None:
    mib = 1024 * 1024
    store = RunStore(api_key=KEY, max_held_bytes=40 * mib)
    with retab_server_running(store) as running, \
            httpx.Client(base_url=running.base_url, headers=HEADERS, timeout=60) as http:  # fmt: skip
        created, sent = [], {}
        for number in range(6):
            text = {"start-text": "x" * (4 * mib)}
            # 95,000 values and keys: as many as a body may hold (MAX_BODY_ITEMS), near enough
            data = {"start-json": {"rows": [{"n": i, "v": "y" * 20} for i in range(19_000)]}}
            body = {"text_inputs": text} if number % 2 else {"json_inputs": data}
            answer = http.post(f"{WORKFLOWS}/wf_x/run", json=body)
            assert answer.status_code == 200, answer.text[:200]
            created.append(answer.json()["id"])
            sent[created[-1]] = len(json.dumps(body))
        kept = [run for run in created if http.get(f"{RUNS}/{run}").status_code == 200]
    # each run holds its inputs about twice (decoded, and its encoded answer): 6 of them pass 40 MiB
    assert created[-1] in kept and len(kept) < len(created)
    assert sum(live.held[1] for live in store.live.values()) <= 40 * mib
    # what a run holds counts its inputs: at least what was sent (how much more depends on the
    # Python version's object sizes)
    assert all(live.held[1] >= sent[run_id] for run_id, live in store.live.items() if run_id in sent)
    assert any(run_id in sent for run_id in store.live)


# -- a large create does not stall other clients ------------------------------------------------------


@contextmanager
def serve_process() -> Iterator[str]:
    """``retab-runs serve`` in a process of its own (its heap and interpreter lock are not the test's); its base URL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    script = Path(sys.executable).with_name("retab-runs")
    process = subprocess.Popen([str(script), "serve", "--port", str(port), "--api-key", KEY],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}{RUNS}/run_abc123xyz", headers=HEADERS, timeout=30)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.communicate(timeout=30)


def reads_beside_create(body: bytes) -> tuple[list[float], dict[str, float]]:
    """Reads of a run, one after another on one connection, for as long as a create of ``body`` is in
    flight (against ``serve_process``): how long each took, and the create's ``create`` time and ``status``."""
    done = threading.Event()
    timing: dict[str, float] = {}

    def create() -> None:
        with httpx.Client(base_url=base, headers=HEADERS, timeout=120) as client:
            started = time.perf_counter()
            answer = client.post(f"{WORKFLOWS}/wf_big/run", content=body, headers={"content-type": "application/json"})
            timing["create"] = time.perf_counter() - started
            timing["status"] = answer.status_code
            done.set()

    reads: list[float] = []
    with serve_process() as base, httpx.Client(base_url=base, headers=HEADERS, timeout=120) as reader:
        reader.get(f"{RUNS}/run_abc123xyz")  # connected before the create starts
        worker = threading.Thread(target=create)
        worker.start()
        while not done.is_set():  # every read that started while the create was in flight counts
            started = time.perf_counter()
            assert reader.get(f"{RUNS}/run_abc123xyz").status_code == 200
            reads.append(time.perf_counter() - started)
        worker.join()
    return reads, timing


def test_a_read_beside_a_large_create_is_not_held_up_by_it() -> None:
    """A 19 MiB create (a document, and text) takes a while to check, decode and count; reads meanwhile
    answer at once.

    Measured against the create itself (no absolute time): the median read that ran while the
    create was in flight takes under a third of the create's own time (when the create is
    handled on the event loop, a read waits for most of it: about half of it, upload aside).
    The server runs in a process of its own, so that the test's own heap (a collection of it
    holds every thread) does not count.
    """
    pdf = b"%PDF-1.7\n" + bytes(range(256)) * (14 * 4096)
    body = json.dumps({"documents": {"start-1": document(content=pdf)},
                       "text_inputs": {"start-text": "t" * (3 * 1024 * 1024)}}).encode()  # fmt: skip
    assert len(body) > 19 * 1024 * 1024
    reads, timing = reads_beside_create(body)
    assert timing["status"] == 200
    assert len(reads) >= 3, (reads, timing)
    # The median read: one read may still wait while the create's JSON is parsed (that holds the
    # interpreter; docs/embedded-server-limits.md), which on a fast machine is a large share of a
    # short create. Held up on the event loop, most reads waited for most of the create.
    median = sorted(reads)[len(reads) // 2]
    assert median < timing["create"] / 3, (median, reads, timing)


def test_a_read_beside_a_create_of_many_small_values_is_not_held_up_by_it() -> None:
    """A 19 MiB create of ten million small values: parsing it would hold the interpreter (every thread
    of the server) for its whole parse; it is refused before that, and reads meanwhile answer at once.

    Judged against the work the server is spared (no absolute time): parsing that body here,
    on the same machine under the same load, takes ``parse``; the slowest read that ran while
    the create was in flight takes under a third of it (parsed by the server, a read waited
    for about all of it).
    """
    values = 10 * 1024 * 1024
    body = b'{"json_inputs": {}, "rows": [' + b"0," * (values - 1) + b"0]}"
    started = time.perf_counter()
    json.loads(body)
    parse = time.perf_counter() - started
    reads, timing = reads_beside_create(body)
    assert reads
    assert max(reads) < parse / 3, (max(reads), parse, reads, timing)
    assert timing["status"] == 413


# -- connections that never finish a request head -------------------------------------------------------


def half_open(thread: ServerThread, count: int) -> list[socket.socket]:
    """``count`` connections that sent part of a request head and then nothing."""
    opened = []
    for _ in range(count):
        sock = socket.create_connection((thread.host, thread.port), timeout=30)
        sock.sendall(b"GET /v1/workflows/runs HTTP/1.1\r\nHost: x\r\n")
        opened.append(sock)
    return opened


def closed_by_server(sock: socket.socket, wait: float) -> bool:
    sock.settimeout(wait)
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def test_a_connection_that_never_finishes_its_head_is_closed() -> None:
    with ServerThread(create_app(RunStore(api_key=KEY)), header_timeout=0.5) as thread:
        (sock,) = half_open(thread, 1)
        with sock:
            assert closed_by_server(sock, 30)
        # a connection that sends its request in time is served
        assert httpx.get(thread.base_url + RUNS, headers=HEADERS, timeout=30).status_code == 200


def test_the_pytest_helper_takes_the_connection_limits() -> None:
    with retab_server_running(header_timeout=0.5, api_key=KEY) as running:
        host, port = running.base_url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=30) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\n")
            assert closed_by_server(sock, 30)


def test_past_the_connection_cap_the_oldest_half_open_ones_are_closed(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    with ServerThread(create_app(RunStore(api_key=KEY)), header_timeout=600, max_connections=20) as thread:
        sockets = half_open(thread, 80)
        try:
            answer = httpx.get(thread.base_url + RUNS, headers=HEADERS, timeout=30)
            assert answer.status_code == 200
            early = [closed_by_server(sock, 10) for sock in sockets[:50]]
            assert all(early)
            assert not any(closed_by_server(sock, 0.05) for sock in sockets[-10:])
        finally:
            for sock in sockets:
                sock.close()
    lines = [r for r in caplog.records if r.name.startswith(("retab_runs", "uvicorn", "asyncio"))]
    assert 1 <= len(lines) <= 3, [r.getMessage() for r in lines]
    assert all(r.exc_info is None for r in lines)
    assert "closed connections" in lines[0].getMessage()


# -- fixture files ---------------------------------------------------------------------------------


def test_a_jsonl_record_with_a_raw_line_separator_in_a_string_loads(tmp_path: Any) -> None:
    from tests.payloads import seed_run

    name = "Invoices\u2028and\u0085receipts\u2029\x0c"
    lines = [json.dumps({**seed_run(), "id": f"run_sep{i}", "workflow_name": name}, ensure_ascii=False)
             for i in range(2)]  # fmt: skip
    path = tmp_path / "runs.jsonl"
    path.write_text("\n".join(lines) + "\r\n", encoding="utf-8")
    store = RunStore(api_key=KEY)
    assert store.load(path) == 2
    with retab_server_running(store) as running:
        answer = httpx.get(f"{running.base_url}{RUNS}/run_sep1", headers=HEADERS, timeout=30)
    assert answer.status_code == 200 and answer.json()["workflow_name"] == name


# -- resuming a built-in scenario (the CLI suggests it at its review) -------------------------------------


@pytest.fixture
def clocked() -> Iterator[tuple[httpx.Client, Any]]:
    from tests.server.test_server import ManualClock

    clock = ManualClock()
    with retab_server_running(RunStore(api_key=KEY, clock=clock)) as running:
        with httpx.Client(base_url=running.base_url, headers=HEADERS, timeout=30) as client:
            yield client, clock


@pytest.mark.parametrize("approved", [True, False])
def test_a_scenario_waiting_at_its_review_takes_the_resume(clocked: tuple[httpx.Client, Any], approved: bool) -> None:
    http, clock = clocked
    run_id = f"run_demo_progress~review-{approved}"
    http.get(f"{RUNS}/{run_id}")  # its clock starts
    clock.now += 4
    waiting = http.get(f"{RUNS}/{run_id}").json()
    assert waiting["status"] == "waiting_for_human" and waiting["waiting_for_node_ids"] == ["review-1"]
    answer = http.post(f"{RUNS}/{run_id}/resume", json={"node_id": "review-1", "approved": approved})
    assert answer.status_code == 200, answer.text
    assert answer.json()["resume_status"] == "processing"
    clock.now += 30  # long past the scenario's own script: the resume decides now
    ended = http.get(f"{RUNS}/{run_id}").json()
    if approved:
        assert ended["status"] == "completed"
        assert ended["final_outputs"]["end-1"]["json_data"]["invoice_number"] == "INV-2026-0042"
    else:
        assert ended["status"] == "error" and ended["error_details"]["error_code"] == "REJECTED_AT_REVIEW"
    assert [item["approved"] for item in ended["resume_queue"]] == [approved]


def test_a_409_for_a_scenario_says_what_its_record_says(clocked: tuple[httpx.Client, Any]) -> None:
    http, clock = clocked
    run_id = "run_demo_progress~late"
    http.get(f"{RUNS}/{run_id}")
    clock.now += 1.5  # running its extract step
    early = http.post(f"{RUNS}/{run_id}/resume", json={"node_id": "review-1", "approved": True})
    assert early.status_code == 409
    assert "its status is running" in early.json()["detail"]
    clock.now += 2.5  # now waiting at review-1: another node is refused, naming where it waits
    wrong = http.post(f"{RUNS}/{run_id}/resume", json={"node_id": "extract-1", "approved": True})
    assert wrong.status_code == 409 and "it waits at review-1" in wrong.json()["detail"]
    assert http.get(f"{RUNS}/{run_id}").json()["waiting_for_node_ids"] == ["review-1"]


def test_creating_large_text_runs_without_end_keeps_memory_flat() -> None:
    """Thirty 8 MiB text_inputs against a 48 MiB bound: what the process holds (traced by
    tracemalloc) stops growing once the bound is reached (before, only document bytes counted:
    every run was kept, 16 MiB each)."""
    mib = 1024 * 1024
    body = json.dumps({"text_inputs": {"start-text": "z" * (8 * mib)}}).encode()
    store = RunStore(api_key=KEY, max_held_bytes=48 * mib)
    tracemalloc.start()
    try:
        with retab_server_running(store) as running, \
                httpx.Client(base_url=running.base_url, headers={**HEADERS, "content-type": "application/json"},
                             timeout=120) as http:  # fmt: skip
            for _ in range(6):
                assert http.post(f"{WORKFLOWS}/wf_x/run", content=body).status_code == 200
            gc.collect()
            settled = tracemalloc.get_traced_memory()[0]
            for _ in range(24):
                assert http.post(f"{WORKFLOWS}/wf_x/run", content=body).status_code == 200
            gc.collect()
            grown = tracemalloc.get_traced_memory()[0] - settled
    finally:
        tracemalloc.stop()
    assert len(store.live) <= 3
    assert grown < 24 * mib, f"grew {grown / mib:.0f} MiB over 24 more runs of 8 MiB"
