"""What a server sends cannot drive the terminal: control characters are escaped in human output."""

from __future__ import annotations

import io
import json
import os
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from retab_runs.cli._terminal import printable
from retab_runs.cli._watch import LiveView
from retab_runs.server import RunStore
from retab_runs.testing import RunningServer, retab_server_running
from retab_runs_client.models import WorkflowRun
from tests.cli.test_cli import KEY, SCRIPT, at, cli
from tests.payloads import seed_run

TITLE = "\x1b]0;PWNED\x07\x1b[2J"  # sets the window title, then clears the screen
STEP_ERROR = "boom\x1b[31m\nretab-runs: forged line\u202e"
RAW = ("\x1b", "\x07", "\u202e")


def hostile_run() -> dict[str, Any]:
    run = seed_run()
    run.update(id="run_hostile", workflow_name=TITLE, error="failed\rover\x9b1m")
    run["steps"][1].update(error=STEP_ERROR, node_label="[bold red]label[/]")
    return run


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    store = RunStore(api_key=KEY)
    store.add_record(hostile_run())
    listed = {**hostile_run(), "id": "run_hostile_listed", "workflow_id": "wf_" + TITLE}
    listed["steps"][1]["node_label"] = TITLE
    store.add_record(listed)
    with retab_server_running(store) as running:
        yield running


def test_printable_escapes_controls_and_reordering_but_keeps_text() -> None:
    assert printable(TITLE) == "\\x1b]0;PWNED\\x07\\x1b[2J"
    assert printable("a\tb\nc\x7f\x9b\u202e\u2066") == "a\\x09b\\x0ac\\x7f\\x9b\\u202e\\u2066"
    assert printable("Facture n° 42 · 東京 ✓") == "Facture n° 42 · 東京 ✓"
    assert printable(printable(TITLE)) == printable(TITLE)


def test_get_escapes_what_the_server_sent(server: RunningServer) -> None:
    result = cli("get", "run_hostile", env=at(server))
    assert result.returncode == 0, result.stderr
    assert not any(char in result.stdout for char in RAW)
    assert "Run run_hostile · \\x1b]0;PWNED\\x07\\x1b[2J (wf_abc123xyz)" in result.stdout
    assert "boom\\x1b[31m\\x0aretab-runs: forged line\\u202e" in result.stdout
    assert "\nretab-runs: forged line" not in result.stdout  # a value cannot start a line of its own
    assert "  Error      failed\\x0dover\\x9b1m" in result.stdout


def test_get_json_stays_exactly_as_served(server: RunningServer) -> None:
    result = cli("get", "run_hostile", "--json", env=at(server))
    assert result.returncode == 0
    assert json.loads(result.stdout) == hostile_run()


def test_watch_escapes_step_errors_and_names(server: RunningServer) -> None:
    result = cli("watch", "run_hostile", "--interval", "0.05", env=at(server))
    assert result.returncode == 0, result.stderr
    assert not any(char in result.stdout for char in RAW)
    assert "boom\\x1b[31m\\x0aretab-runs: forged line\\u202e" in result.stdout


def test_list_and_steps_escape_what_the_server_sent(server: RunningServer) -> None:
    listed = cli("list", "--search", "hostile_listed", env=at(server))
    assert listed.returncode == 0, listed.stderr
    assert not any(char in listed.stdout for char in RAW)
    assert listed.stdout.splitlines()[1].split()[:3] == [
        "run_hostile_listed",
        "completed",
        "wf_\\x1b]0;PWNED\\x07\\x1…",
    ]
    steps = cli("steps", "run_hostile_listed", env=at(server))
    assert steps.returncode == 0, steps.stderr
    assert not any(char in steps.stdout for char in RAW) and "\\x1b]0;PWNED\\x07\\x1b[2J" in steps.stdout
    as_json = cli("list", "--search", "hostile_listed", "--json", env=at(server))
    assert json.loads(as_json.stdout)["workflow_id"] == "wf_" + TITLE  # --json keeps the value as sent


def test_live_table_escapes_controls_and_rich_markup() -> None:
    run = WorkflowRun.from_dict(hostile_run())
    view = LiveView(io.StringIO(), "run_hostile")
    try:
        table = view._table(run)
    finally:
        view.close()
    from rich.console import Console

    shown = io.StringIO()
    Console(file=shown, width=300, color_system=None).print(table)
    assert not any(char in shown.getvalue() for char in RAW)
    assert "\\x1b]0;PWNED\\x07\\x1b[2J" in shown.getvalue()
    assert "[bold red]label[/]" in shown.getvalue()  # shown as text, not taken as markup


class HostileErrors(BaseHTTPRequestHandler):
    """Answers every request with a 404 whose detail carries terminal codes."""

    def do_GET(self) -> None:
        body = json.dumps({"detail": "gone\x1b[2J\x1b]0;PWNED\x07\nretab-runs: all good"}).encode()
        self.send_response(404)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def hostile_errors() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), HostileErrors)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("command", ["get", "watch"])
def test_one_line_errors_escape_the_detail(hostile_errors: str, command: str) -> None:
    result = cli(command, "run_x", env={"RETAB_API_KEY": KEY, "RETAB_API_BASE_URL": hostile_errors})
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and not any(char in result.stderr for char in RAW)
    assert result.stderr == ("retab-runs: no such run run_x: gone\\x1b[2J\\x1b]0;PWNED\\x07\\x0aretab-runs: all good\n")


class OddlyFormatted(BaseHTTPRequestHandler):
    """A valid run, indented, with a \\u escape, raw non-ASCII text and a control character."""

    body = (
        json.dumps({**seed_run(), "workflow_name": "Factures \x1b[31m é — 東京"}, indent=3, ensure_ascii=False)
        .replace("Factures", "Fac\\u0074ures", 1)
        .encode()
    )

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_get_json_is_the_body_byte_for_byte() -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), OddlyFormatted)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RETAB_")}
        env.update(RETAB_API_KEY=KEY, RETAB_API_BASE_URL=f"http://127.0.0.1:{httpd.server_address[1]}")
        result = subprocess.run(
            [str(SCRIPT), "get", "run_abc123xyz", "--json"], capture_output=True, env=env, timeout=60
        )
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert result.returncode == 0, result.stderr
    assert result.stdout == OddlyFormatted.body + b"\n"  # spacing, escapes and raw bytes kept; one final newline
