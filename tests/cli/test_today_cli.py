"""``--api-version 2026-08-16`` (or RETAB_API_VERSION) on the verbs and on serve, run as subprocesses."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from retab_runs.server import TodayRunStore
from retab_runs.testing import RunningTodayServer, retab_server_running

KEY = "sk-cli-today"
SCRIPT = Path(sys.executable).with_name("retab-runs")
TODAY = "2026-08-16"


@pytest.fixture(scope="module")
def server() -> Iterator[RunningTodayServer]:
    with retab_server_running(TodayRunStore(api_key=KEY, tick=0.05)) as running:
        yield running


def cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("RETAB_")}
    full_env.update(env or {})
    return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, timeout=timeout, env=full_env,
                          stdin=subprocess.DEVNULL)  # fmt: skip


def at(server: RunningTodayServer, **extra: str) -> dict[str, str]:
    return {"RETAB_API_KEY": KEY, "RETAB_API_BASE_URL": server.base_url, **extra}


def test_get_speaks_todays_api_by_flag_or_environment(server: RunningTodayServer) -> None:
    flagged = cli("get", "--api-version", TODAY, "run_today_review", env=at(server))
    assert flagged.returncode == 0, flagged.stderr
    assert "awaiting_review (review at extract-1)" in flagged.stdout
    raw = cli("get", "--json", "run_today_completed", env=at(server, RETAB_API_VERSION=TODAY))
    assert raw.returncode == 0 and json.loads(raw.stdout)["lifecycle"] == {"status": "completed"}
    seed = cli("get", "run_today_completed", env=at(server))  # the default is the seed's contract: Api-Key
    assert seed.returncode == 1 and "not authorised" in seed.stderr and "add --api-version 2026-08-16" in seed.stderr
    assert KEY not in flagged.stdout + flagged.stderr + seed.stderr


def test_a_bad_version_or_a_seed_only_verb_is_a_usage_error(server: RunningTodayServer) -> None:
    bad = cli("get", "--api-version", "2026-05-12", "run_x", env=at(server))
    assert bad.returncode == 2 and "--api-version" in bad.stderr and "2026-08-16" in bad.stderr
    env_bad = cli("get", "run_x", env=at(server, RETAB_API_VERSION="latest"))
    assert env_bad.returncode == 2 and "RETAB_API_VERSION" in env_bad.stderr
    restart = cli("restart", "--api-version", TODAY, "run_x", env=at(server))
    assert restart.returncode == 2 and "not part of the 2026-08-16 API" in restart.stderr
    text = cli("run", "wf", "--input", "a=b", env=at(server, RETAB_API_VERSION=TODAY))
    assert text.returncode == 2 and "no text inputs" in text.stderr


def test_run_and_wait_shows_todays_lifecycle(server: RunningTodayServer, tmp_path: Path) -> None:
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    done = cli("run", "wf_invoices", "--file", f"start-1={pdf}", "--wait", "--display", "plain", "--interval", "0.05",
               env=at(server, RETAB_API_VERSION=TODAY))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "created run run_" in done.stdout
    assert "block extract-1 (extract) completed" in done.stdout and "block start-1 (start_document)" in done.stdout
    assert done.stdout.rstrip().splitlines()[-1].endswith(" completed")


def test_watch_stops_at_a_review_with_exit_6(server: RunningTodayServer) -> None:
    waited = cli("watch", "run_today_review", "--display", "plain", env=at(server, RETAB_API_VERSION=TODAY))
    assert waited.returncode == 6, waited.stderr
    assert "awaits review at block extract-1" in waited.stdout


def test_list_cancel_and_steps(server: RunningTodayServer) -> None:
    env = at(server, RETAB_API_VERSION=TODAY)
    listed = cli("list", "--status", "awaiting_review", env=env)
    assert listed.returncode == 0 and "run_today_review" in listed.stdout and "run_today_completed" not in listed.stdout
    lines = cli("list", "--json", "--all", env=env)
    assert all("lifecycle" in json.loads(line) for line in lines.stdout.splitlines())
    assert cli("list", "--min-cost", "1", env=env).returncode == 2
    created = json.loads(cli("run", "wf_demo_review", "--json", env=env).stdout)
    cancelled = cli("cancel", created["id"], env=env)
    assert cancelled.returncode == 0 and "cancelled (status cancelled)" in cancelled.stdout
    steps = cli("steps", "run_today_completed", env=env)
    assert steps.returncode == 0 and "extract-1 (extract, Extract Invoice): completed" in steps.stdout
    step_id = json.loads(cli("steps", "--json", "run_today_completed", env=env).stdout)["data"][0]["step_id"]
    one = cli("steps", "run_today_completed", step_id, env=env)
    assert one.returncode == 0 and f"step {step_id}" in one.stdout
    seed_status = cli("list", "--status", "awaiting_review", env=at(server))
    assert seed_status.returncode == 2 and "--api-version 2026-08-16" in seed_status.stderr


def test_serve_speaks_todays_api(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([str(SCRIPT), "serve", "--port", str(port), "--api-key", "sk-serve"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "RETAB_API_VERSION": TODAY})  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/v1/workflows/runs/run_today_completed"
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(url, headers={"Authorization": "Bearer sk-serve"})
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        assert response.status_code == 200 and response.json()["lifecycle"]["status"] == "completed"
        assert httpx.get(url, headers={"Api-Key": "sk-serve"}).status_code == 401
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=10)
    assert "Retab runs API 2026-08-16" in out and "RETAB_API_VERSION=2026-08-16" in out and "/_local/runs/" in out


def test_the_live_watch_table_shows_the_run_and_block_lifecycles(server: RunningTodayServer) -> None:
    shown = cli("watch", "run_today_rejected", "--display", "live", env=at(server, RETAB_API_VERSION=TODAY))
    assert shown.returncode == 3, shown.stderr  # the run ended in error
    table = shown.stdout
    assert "error: Rejected at review" in table and "extract-1" in table and "Extract Invoice" in table
    assert "start_json" in table and "completed" in table and "│" in table
