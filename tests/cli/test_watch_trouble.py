"""``retab-runs watch`` says when polls fail, and gives up on a server that stays down or refuses."""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from collections.abc import Iterator

import pytest

from retab_runs.server import Faults, RunStore
from retab_runs.testing import RunningServer, retab_server_running
from tests.cli.test_cli import KEY, SCRIPT, at, cli


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    store = RunStore(api_key=KEY, speed=8.0)
    store.run_faults["run_demo_progress~flaky"] = Faults(server_errors=4)
    with retab_server_running(store) as running:
        yield running


def test_server_down_is_said_at_the_first_failed_poll() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    process = subprocess.Popen(
        [str(SCRIPT), "watch", "run_1", "--base-url", url, "--api-key", KEY, "--max-retries", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    watchdog = threading.Timer(30, process.kill)  # silence must fail the test, not hang it
    watchdog.start()
    try:
        assert process.stderr is not None
        started = time.monotonic()
        line = process.stderr.readline()  # the default gives up after 60 s: this comes long before
        assert time.monotonic() - started < 10
        assert line.startswith("retab-runs: polling run run_1 failed (")
        assert "is the server running?" in line and line.rstrip().endswith("still trying, for 60s more")
    finally:
        watchdog.cancel()
        process.kill()
        process.communicate(timeout=10)


def test_server_down_gives_up_after_the_unreachable_timeout() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    started = time.monotonic()
    result = cli("watch", "run_1", "--base-url", url, "--api-key", KEY, "--max-retries", "0",
                 "--interval", "0.1", "--unreachable-timeout", "2", timeout=30)  # fmt: skip
    took = time.monotonic() - started
    assert result.returncode == 1 and 2 <= took < 10
    lines = result.stderr.splitlines()
    assert len(lines) == 2  # one notice (at most one per 5 s), then the reason it stopped
    assert lines[0].startswith("retab-runs: polling run run_1 failed (")
    assert lines[1].startswith("retab-runs: run run_1: no answer for 2s, giving up (")
    assert "--unreachable-timeout" in lines[1] and "Traceback" not in result.stderr


def test_notices_come_at_most_every_few_seconds() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    result = cli("watch", "run_1", "--base-url", url, "--api-key", KEY, "--max-retries", "0",
                 "--interval", "0.05", "--unreachable-timeout", "6", timeout=30)  # fmt: skip
    assert result.returncode == 1
    notices = [line for line in result.stderr.splitlines() if "polling run run_1 failed" in line]
    assert len(notices) == 2  # at 0 s and about 5 s, for some 100 failed polls


@pytest.mark.parametrize(
    ("run_id", "key", "message"),
    [
        ("run_nope", KEY, "retab-runs: no such run run_nope: Workflow run not found\n"),
        ("run_demo_progress~k", "sk-wrong", "retab-runs: not authorised (check --api-key or RETAB_API_KEY): "
         "Invalid or missing API key\n"),
    ],
)  # fmt: skip
def test_a_failure_that_is_not_transient_exits_1_at_once(
    server: RunningServer, run_id: str, key: str, message: str
) -> None:
    started = time.monotonic()
    result = cli("watch", run_id, "--interval", "0.05", env=at(server, RETAB_API_KEY=key))
    assert result.returncode == 1 and time.monotonic() - started < 10
    assert result.stderr == message


def test_transient_failures_are_said_then_the_watch_goes_on(server: RunningServer) -> None:
    result = cli("watch", "run_demo_progress~flaky", "--interval", "0.05", "--max-retries", "0", "--through-review",
                 env=at(server))  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("retab-runs: polling run run_demo_progress~flaky failed (")
    assert "503" in lines[0] or "unavailable" in lines[0].lower()
    assert lines[-1] == "retab-runs: polling run run_demo_progress~flaky works again"
    assert "run run_demo_progress~flaky completed in " in result.stdout
