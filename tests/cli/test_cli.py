"""The retab-runs command line, run as a subprocess against the embedded server."""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from retab_runs.server import RunStore
from retab_runs.testing import RunningServer, retab_server_running
from tests.faultserver import FaultServer, response
from tests.payloads import seed_run

KEY = "sk-cli-test"
SCRIPT = Path(sys.executable).with_name("retab-runs")


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with retab_server_running(RunStore(api_key=KEY, speed=8.0)) as running:
        yield running


class PacedClock:
    """A clock that moves ``step`` seconds each time it is read, and not otherwise: a scenario
    advances with the requests that read it, not with how fast this machine serves them (a
    watcher starved of CPU between two polls would otherwise miss a state)."""

    def __init__(self, step: float) -> None:
        self.now, self.step, self.lock = time.time(), step, threading.Lock()

    def __call__(self) -> float:
        with self.lock:
            self.now += self.step
            return self.now


@pytest.fixture(scope="module")
def paced() -> Iterator[RunningServer]:
    """A server whose scenarios move 0.08 scenario seconds per clock read (about one per poll)."""
    with retab_server_running(RunStore(api_key=KEY, speed=8.0, clock=PacedClock(0.01))) as running:
        yield running


def cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """retab-runs with the given arguments, stdout a pipe (not a terminal)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("RETAB_")}
    full_env.update(env or {})
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, timeout=timeout, env=full_env, stdin=subprocess.DEVNULL,
        cwd=cwd,
    )  # fmt: skip


def at(server: RunningServer, **extra: str) -> dict[str, str]:
    return {"RETAB_API_KEY": KEY, "RETAB_API_BASE_URL": server.base_url, **extra}


def test_console_script_is_installed() -> None:
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("retab-runs ")


def test_get_prints_a_readable_summary(server: RunningServer) -> None:
    result = cli("get", "run_abc123xyz", env=at(server))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Run run_abc123xyz · Invoice Processing (wf_abc123xyz)\n")
    for line in ["  Status     completed", "  Duration   15.0s", "  Started    2024-01-15 10:30:00Z", "  Steps (3)"]:
        assert line in out.splitlines()
    assert "✓ extract-node-1" in out
    assert (
        '    end-node-1: {"invoice_number": "INV-2024-001", "total_amount": 1234.56, "vendor_name": "Acme Corp"}' in out
    )


def test_get_json_is_the_body_as_served(server: RunningServer) -> None:
    result = cli("get", "run_abc123xyz", "--json", "--base-url", server.base_url, "--api-key", KEY)
    assert result.returncode == 0
    assert json.loads(result.stdout) == seed_run()


def test_get_with_an_access_token_and_no_key(server: RunningServer) -> None:
    token = server.store.access_token("run_7Hq2mZk9")
    result = cli("get", "run_7Hq2mZk9", "--access-token", token, env={"RETAB_API_BASE_URL": server.base_url})
    assert result.returncode == 0 and "  Status     error" in result.stdout
    assert "✗ api-1" in result.stdout and "Cost       $0.0180 · 4,500 tokens (gpt-5.2 $0.0180)" in result.stdout


@pytest.mark.parametrize(
    ("args", "env_key", "message"),
    [
        (["get", "run_nope"], KEY, "retab-runs: no such run run_nope: Workflow run not found"),
        (["get", "run_abc123xyz"], "sk-wrong", "retab-runs: not authorised (check --api-key or RETAB_API_KEY)"),
    ],
)
def test_expected_failures_are_one_line_and_exit_1(
    server: RunningServer, args: list[str], env_key: str, message: str
) -> None:
    result = cli(*args, env=at(server, RETAB_API_KEY=env_key))
    assert result.returncode == 1
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_server_down_is_one_line() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = cli("get", "run_1", "--base-url", f"http://127.0.0.1:{port}", "--api-key", KEY, "--max-retries", "0")
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "is the server running?" in result.stderr and "Traceback" not in result.stderr


def test_usage_errors_exit_2() -> None:
    assert cli("get").returncode == 2
    assert cli("frobnicate").returncode == 2


@pytest.mark.parametrize(
    ("run_id", "code", "last"),
    [
        ("run_demo_progress~w1", 0, "completed"),
        ("run_demo_error~w2", 3, "error"),
        ("run_demo_cancelled~w3", 4, "cancelled"),
    ],
)
def test_watch_in_a_pipe_prints_plain_lines_and_exit_codes(
    paced: RunningServer, run_id: str, code: int, last: str
) -> None:
    result = cli("watch", run_id, "--interval", "0.05", "--through-review", env=at(paced))
    assert result.returncode == code, result.stderr
    assert "\x1b" not in result.stdout  # no control codes in a pipe
    lines = result.stdout.splitlines()
    assert lines[0].endswith(f"run {run_id}: pending")
    assert any(line.endswith(f"run {run_id}: running") for line in lines)
    assert lines[-1].startswith(f"run {run_id} {last} in ") or f"run {run_id} {last} in " in result.stdout
    assert any("step start-1 (start) completed" in line for line in lines)


def test_watch_times_out_with_exit_5(server: RunningServer) -> None:
    result = cli("watch", "run_demo_progress~slow", "--interval", "0.05", "--timeout", "0.1", env=at(server))
    assert result.returncode == 5
    assert "did not finish within 0.1s" in result.stderr and "Traceback" not in result.stderr


def test_serve_with_fixtures(tmp_path: Path) -> None:
    fixtures = tmp_path / "runs.jsonl"
    fixtures.write_text(json.dumps({**seed_run(), "id": "run_mine"}) + "\n")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [str(SCRIPT), "serve", "--port", str(port), "--api-key", "sk-serve", "--fixtures", str(fixtures)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/v1/workflows/runs/run_mine"
        deadline = time.monotonic() + 20
        while True:
            try:
                response = httpx.get(url, headers={"Api-Key": "sk-serve"})
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        assert response.status_code == 200 and response.json()["id"] == "run_mine"
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert "Api-Key: sk-... (8 characters, from --api-key)" in out and "run_mine?access_token=rat_" in out
    assert "sk-serve" not in out + err  # a key of the user's own is never printed in full


USER_KEY = "sk-live-user-0123456789"  # the client's key: serve must neither take it nor print it
SERVE_KEY = "sk-serve-own-9876543210"


def test_serve_takes_its_own_key_never_the_clients(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("RETAB_")}
    env.update(RETAB_API_KEY=USER_KEY, RETAB_SERVE_API_KEY=SERVE_KEY)
    process = subprocess.Popen(
        [str(SCRIPT), "serve", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        url = f"http://127.0.0.1:{port}/v1/workflows/runs/run_abc123xyz"
        deadline = time.monotonic() + 20
        while True:
            try:
                own = httpx.get(url, headers={"Api-Key": SERVE_KEY})
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        users = httpx.get(url, headers={"Api-Key": USER_KEY})
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert own.status_code == 200 and users.status_code == 401
    assert USER_KEY not in out + err and SERVE_KEY not in out + err
    assert "from RETAB_SERVE_API_KEY" in out and 'RETAB_API_KEY="$RETAB_SERVE_API_KEY"' in out


def test_serve_on_every_address_needs_a_key_of_its_own_whatever_retab_api_key_says() -> None:
    result = cli("serve", "--host", "0.0.0.0", "--port", "1", env={"RETAB_API_KEY": USER_KEY})
    assert result.returncode == 2
    assert "--host 0.0.0.0 is reachable from other machines" in result.stderr and "RETAB_SERVE_API_KEY" in result.stderr
    assert USER_KEY not in result.stdout + result.stderr


def test_serve_refuses_a_bad_fixture_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "x"}')
    result = cli("serve", "--fixtures", str(bad))
    assert result.returncode == 1
    assert "does not fit the WorkflowRun contract" in result.stderr and "Traceback" not in result.stderr


def test_demo_tells_the_journey_from_document_to_review_to_output() -> None:
    checkout = Path(__file__).resolve().parents[2]
    started = time.monotonic()
    result = cli("demo", timeout=90, cwd=checkout)
    took = time.monotonic() - started
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert result.stderr == ""  # nothing alarming
    lines = result.stdout.splitlines()
    assert "Status: completed" in lines and "Duration: 15000ms" in lines  # the seed snippet, as before
    commands = [line for line in lines if line.startswith("$ ")]
    assert commands[0].startswith("$ export RETAB_API_BASE_URL=http://127.0.0.1:")
    assert commands[1] == "$ python examples/seed_snippet.py   # the API reference's example, import changed"
    assert commands[2] == "$ retab-runs run wf_demo_review --file examples/invoice.pdf --wait"
    assert (checkout / "examples/seed_snippet.py").is_file() and (checkout / "examples/invoice.pdf").is_file()
    run_step = lines[lines.index(commands[2]) + 1 : lines.index(commands[3])]
    run_id = run_step[0].split()[2]
    waiting = [line for line in run_step if line.startswith("  waits for human review at node ")]
    assert len(waiting) == 1 and run_step[-1] == ""
    node = waiting[0].split()[6]
    assert run_step[-3] == f"  approve: retab-runs approve {run_id} {node} [--data JSON]"
    assert commands[3:] == [
        "$ retab-runs list --workflow-id wf_demo_review",
        f"$ retab-runs steps {run_id}",
        f"$ retab-runs approve {run_id} {node}",
        f"$ retab-runs watch {run_id}",
        f"$ retab-runs get {run_id}",
    ]
    statuses = [line.rsplit(": ", 1)[1] for line in run_step if f"] run {run_id}: " in line]
    assert statuses[0] in ("pending", "queued") and statuses[-1] == "waiting_for_human"
    listed = lines[lines.index(commands[3]) + 1 : lines.index(commands[4])]
    assert listed[1].split()[:3] == [run_id, "waiting_for_human", "wf_demo_review"]
    steps = lines[lines.index(commands[4]) + 1 : lines.index(commands[5])]
    assert any(line.split()[:2] == ["⏸", node] for line in steps)
    watch = lines[lines.index(commands[6]) + 1 : lines.index(commands[7])]
    assert watch[-1] == "" and watch[-2].startswith(f"run {run_id} completed in ")
    output = lines[lines.index(commands[7]) + 1 :]
    assert output[0].startswith(f"Run {run_id} · ") and "  Status     completed" in output and "  Outputs" in output
    assert "\x1b" not in result.stdout
    assert took < 30


def test_a_thousand_content_codings_are_one_line_not_a_traceback() -> None:
    body = json.dumps(seed_run()).encode()
    for _ in range(1000):
        body = gzip.compress(body, 1)
    fault = FaultServer()
    try:
        headers = {"Content-Encoding": ", ".join(["gzip"] * 1000)}
        fault.script("/v1/workflows/runs/run_abc123xyz", response(200, body, headers=headers))
        result = cli("get", "run_abc123xyz", env={"RETAB_API_KEY": KEY, "RETAB_API_BASE_URL": fault.base_url})
    finally:
        fault.close()
    assert result.returncode == 1, result.stderr
    assert "1,000 content codings; at most 4 are decoded" in result.stderr and "Traceback" not in result.stderr
