"""Bad usage exits 2 and names the flag or variable to fix; ``serve`` checks its address before its banner."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.cli.test_cli import KEY, SCRIPT, cli

INVOICE = Path(__file__).resolve().parents[2] / "examples" / "invoice.pdf"


@pytest.mark.parametrize(
    ("args", "env", "names"),
    [
        (["get", "run_1", "--request-timeout", "0"], {"RETAB_API_KEY": KEY}, ["--request-timeout"]),
        (["get", "run_1", "--request-timeout", "nan"], {"RETAB_API_KEY": KEY}, ["--request-timeout"]),
        (["get", "run_1", "--max-retries", "-1"], {"RETAB_API_KEY": KEY}, ["--max-retries"]),
        (["get", "run_1", "--base-url", "localhost:8000"], {"RETAB_API_KEY": KEY}, ["--base-url", "http://"]),
        (["get", "run_1"], {"RETAB_API_KEY": KEY, "RETAB_API_BASE_URL": "localhost:8000"}, ["RETAB_API_BASE_URL"]),
        (["get", "run_1"], {}, ["--api-key", "RETAB_API_KEY"]),
        (["get", "run_1"], {"RETAB_API_KEY": ""}, ["--api-key", "RETAB_API_KEY"]),
        (["watch", "run_1", "--interval", "0"], {"RETAB_API_KEY": KEY}, ["--interval"]),
        (["watch", "run_1", "--timeout", "inf"], {"RETAB_API_KEY": KEY}, ["--timeout"]),
        (["watch", "run_1", "--unreachable-timeout", "-5"], {"RETAB_API_KEY": KEY}, ["--unreachable-timeout"]),
        (["serve", "--port", "99999"], {}, ["--port"]),
        (["serve", "--port", "http"], {}, ["--port"]),
        (["serve", "--speed", "nan"], {}, ["--speed"]),
        (["serve", "--speed", "0"], {}, ["--speed"]),
        (["serve", "--speed", "-1"], {}, ["--speed"]),
        (["demo", "--speed", "inf"], {}, ["--speed"]),
        (["serve", "--faults", "retry_after=inf"], {}, ["--faults", "retry_after"]),
        (["serve", "--faults", "retry_after=nan"], {}, ["--faults", "retry_after"]),
        (["serve", "--faults", "latency=-1"], {}, ["--faults", "latency"]),
        (["serve", "--faults", "server_errors=-2"], {}, ["--faults", "server_errors"]),
        (["serve", "--faults", "dropped=x"], {}, ["--faults", "dropped"]),
        (["validate", "-", "--max-record-bytes", "0"], {}, ["--max-record-bytes"]),
        (["run", "wf_1", "--file", "no/such.pdf"], {"RETAB_API_KEY": KEY}, ["--file", "no such file"]),
        (["run", "wf_1", "--file", "=examples/invoice.pdf"], {"RETAB_API_KEY": KEY}, ["--file", "NAME=PATH"]),
        (
            ["run", "wf_1", "--file", str(INVOICE), "--file", f"invoice={INVOICE}"],
            {"RETAB_API_KEY": KEY},
            ["--file", "'invoice' is given twice"],
        ),
        (["run", "wf_1", "--input", "no-value"], {"RETAB_API_KEY": KEY}, ["--input", "KEY=VALUE"]),
        (["run", "wf_1", "--json-input", "k=[1]"], {"RETAB_API_KEY": KEY}, ["--json-input", "JSON object"]),
        (["run", "wf_1", "--json-input", "k={bad"], {"RETAB_API_KEY": KEY}, ["--json-input", "not JSON"]),
        (["run", "wf_1", "--wait", "--interval", "0"], {"RETAB_API_KEY": KEY}, ["--interval"]),
        (["list", "--status", "running,error"], {"RETAB_API_KEY": KEY}, ["--status", "not a run status"]),
        (["list", "--statuses", "running,bogus"], {"RETAB_API_KEY": KEY}, ["--statuses", "'bogus'"]),
        (["list", "--trigger-types", "api,carrier-pigeon"], {"RETAB_API_KEY": KEY}, ["--trigger-types"]),
        (["list", "--from-date", "2024-13-01"], {"RETAB_API_KEY": KEY}, ["--from-date"]),
        (["list", "--to-date", "yesterday"], {"RETAB_API_KEY": KEY}, ["--to-date", "YYYY-MM-DD"]),
        (["list", "--min-cost", "nan"], {"RETAB_API_KEY": KEY}, ["--min-cost"]),
        (["list", "--max-duration", "1.5"], {"RETAB_API_KEY": KEY}, ["--max-duration"]),
        (["list", "--limit", "0"], {"RETAB_API_KEY": KEY}, ["--limit"]),
        (["list", "--order", "up"], {"RETAB_API_KEY": KEY}, ["--order"]),
        (["list", "--fields", "id,status"], {"RETAB_API_KEY": KEY}, ["--fields", "--json"]),
        (["approve", "run_1", "review-1", "--data", "[1]"], {"RETAB_API_KEY": KEY}, ["--data", "JSON object"]),
        (["approve", "run_1"], {"RETAB_API_KEY": KEY}, ["NODE_ID"]),
        (["cancel"], {"RETAB_API_KEY": KEY}, ["RUN_ID"]),
        (["steps", "run_1", "--request-timeout", "-1"], {"RETAB_API_KEY": KEY}, ["--request-timeout"]),
        (["list"], {}, ["--api-key", "RETAB_API_KEY"]),
    ],
)
def test_usage_errors_exit_2_naming_the_flag(args: list[str], env: dict[str, str], names: list[str]) -> None:
    result = cli(*args, env=env, timeout=30)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "api_key=" not in result.stderr
    last = result.stderr.splitlines()[-1]
    assert all(name in last for name in names), last
    assert result.stdout == ""


def test_missing_key_says_what_to_set() -> None:
    result = cli("get", "run_1", env={"RETAB_API_BASE_URL": "http://127.0.0.1:9"})
    assert result.stderr == (
        "retab-runs: no API key: pass --api-key or set RETAB_API_KEY (or give the run's --access-token)\n"
    )


def _listening() -> Iterator[tuple[socket.socket, int]]:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        yield taken, taken.getsockname()[1]


@pytest.fixture
def port_in_use() -> Iterator[int]:
    for _, port in _listening():
        yield port


def test_serve_on_a_port_in_use_says_so_in_one_line_and_exits_1(port_in_use: int) -> None:
    result = cli("serve", "--port", str(port_in_use), timeout=30)
    assert result.returncode == 1
    assert result.stderr == f"retab-runs: cannot listen on 127.0.0.1:{port_in_use}: the port is in use\n"
    assert result.stdout == ""  # no banner for a server that is not there


def test_serve_on_a_public_address_refuses_the_default_key() -> None:
    for env in ({}, {"RETAB_API_KEY": "sk-retab-runs-local"}):
        result = cli("serve", "--host", "0.0.0.0", env=env, timeout=30)
        assert result.returncode == 2 and result.stdout == ""
        assert "--host 0.0.0.0 is reachable from other machines" in result.stderr and "--api-key" in result.stderr


def test_serve_on_a_public_address_takes_an_explicit_key(port_in_use: int) -> None:
    # Checked on a port that is taken on loopback, so that nothing ever listens beyond it:
    # the key is accepted, and the bind is what fails.
    result = cli("serve", "--host", "0.0.0.0", "--port", str(port_in_use), "--api-key", "sk-chosen", timeout=30)
    assert result.returncode == 1, result.stderr
    assert result.stderr == f"retab-runs: cannot listen on 0.0.0.0:{port_in_use}: the port is in use\n"


def test_serve_banner_shows_the_exports_to_copy() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [str(SCRIPT), "serve", "--port", str(port)],  # the public default key: shown, to be copied
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("RETAB_")},
    )  # fmt: skip
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/v1/workflows/runs/run_abc123xyz", timeout=2)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        assert lines[1] == "To point the client and CLI at it:\n"
        assert lines[2] == f"  export RETAB_API_BASE_URL=http://127.0.0.1:{port} RETAB_API_KEY=sk-retab-runs-local\n"
        exported = dict(part.split("=", 1) for part in lines[2].split()[1:])
        result = cli("get", "run_abc123xyz", env=exported)
        assert result.returncode == 0 and "  Status     completed" in result.stdout
    finally:
        process.terminate()
        process.communicate(timeout=10)


@pytest.mark.parametrize(
    ("env", "warning"),
    [
        ({"RETAB_LOG": "verbose"}, "RETAB_LOG='verbose' is not a level: use debug or info"),
        ({"RETAB_API_BASE_URL": "http://0.0.0.0:9"}, "plain http:// to 0.0.0.0"),
    ],
)
def test_a_warning_is_one_line_naming_the_command(env: dict[str, str], warning: str) -> None:
    # Nothing listens on port 9 (0.0.0.0 reaches this machine on Linux): the call fails fast.
    args = ("get", "run_1", "--request-timeout", "0.2", "--max-retries", "0")
    result = cli(*args, env={"RETAB_API_KEY": KEY, "RETAB_API_BASE_URL": "http://127.0.0.1:9", **env})
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and lines[0].startswith("retab-runs: warning: ") and warning in lines[0], lines
    assert lines[1].startswith("retab-runs: ") and ".py:" not in result.stderr


@pytest.mark.parametrize("kind", ["fifo", "directory", "device"])
def test_a_file_flag_naming_no_regular_file_exits_2_at_once(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "doc.pdf"
    if kind == "fifo":
        os.mkfifo(target)  # opening it to read would wait for a writer forever
    elif kind == "directory":
        target.mkdir()
    else:
        target = Path("/dev/zero")
    result = cli("run", "wf_1", "--file", f"doc={target}", env={"RETAB_API_KEY": KEY}, timeout=10)
    assert result.returncode == 2, (result.stdout, result.stderr)
    last = result.stderr.splitlines()[-1]
    assert "--file" in last and f"{str(target)!r}: not a regular file" in last, last


PASTED = "sk-live-pasted-0123456789"


@pytest.mark.parametrize(
    ("args", "env", "names"),
    [
        (["get", "run_1", "--base-url", PASTED], {}, ["--base-url", "not a URL"]),
        (["get", "run_1"], {"RETAB_API_BASE_URL": PASTED}, ["RETAB_API_BASE_URL", "not a URL"]),
        (["get", "run_1", "--base-url", f"ftp://me:{PASTED}@host"], {}, ["--base-url", "password"]),
        (["get", "run_1", "--base-url", "http://[::1"], {}, ["--base-url", "not a valid URL"]),
    ],
)
def test_a_base_url_that_is_not_one_is_named_without_echoing_it(
    args: list[str], env: dict[str, str], names: list[str]
) -> None:
    result = cli(*args, env={"RETAB_API_KEY": KEY, **env})
    assert result.returncode == 2, result.stderr
    assert all(name in result.stderr for name in names), result.stderr
    assert PASTED not in result.stdout + result.stderr and "[::1" not in result.stderr
    assert "Traceback" not in result.stderr


def test_a_base_url_ending_in_v1_is_stripped_with_a_warning() -> None:
    with socket.socket() as sock:  # nothing listens: the URL tried is in the error line
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = cli("get", "run_1", "--base-url", f"http://127.0.0.1:{port}/v1/", "--max-retries", "0",
                 env={"RETAB_API_KEY": KEY})  # fmt: skip
    assert "warning: base_url ends in /v1" in result.stderr
    assert f"GET http://127.0.0.1:{port}/v1/workflows/runs/run_1 failed" in result.stderr, result.stderr


DEEP = '{"a":' * 5000 + "1" + "}" * 5000


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["run", "wf_1", "--json-input", "k=" + DEEP], ["--json-input", "more than 100 levels deep"]),
        (["approve", "run_1", "review-1", "--data", DEEP], ["--data", "more than 100 levels deep"]),
        (["get", ""], ["RUN_ID", "blank"]),
        (["approve", "run_1", " "], ["NODE_ID", "blank"]),
        (["run", "", "--input", "a=b"], ["WORKFLOW_ID", "blank"]),
    ],
)
def test_deep_json_and_blank_ids_are_usage_errors(args: list[str], names: list[str]) -> None:
    result = cli(*args, env={"RETAB_API_KEY": KEY, "RETAB_API_BASE_URL": "http://127.0.0.1:9"})
    assert result.returncode == 2, result.stderr
    assert all(name in result.stderr for name in names), result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_larger_than_a_document_may_be_is_a_usage_error(tmp_path: Path) -> None:
    big = tmp_path / "huge.pdf"
    with big.open("wb") as sparse:
        sparse.truncate(48 * 2**20 + 1)
    result = cli(
        "run", "wf_1", "--file", str(big), env={"RETAB_API_KEY": KEY, "RETAB_API_BASE_URL": "http://127.0.0.1:9"}
    )
    assert result.returncode == 2, result.stderr
    assert "argument --file" in result.stderr and "more than the 50,331,648 a document may be" in result.stderr
