"""A reader that goes away (``retab-runs get ... | head -1``) ends the command quietly."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest

from retab_runs.server import RunStore
from retab_runs.testing import RunningServer, retab_server_running
from tests.cli.test_cli import KEY, SCRIPT
from tests.payloads import large_run

BUFFERED = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # output buffered, as users run it


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    store = RunStore(api_key=KEY)
    store.add_record({**large_run(3000, 10), "id": "run_large"})  # a summary of some 300 KB: more than a pipe holds
    with retab_server_running(store) as running:
        yield running


@pytest.mark.parametrize(
    "args",
    [["get", "run_large"], ["get", "run_large", "--json"], ["schema"], ["list", "--all"], ["list", "--all", "--json"]],
)
def test_head_dash_1(server: RunningServer, args: list[str]) -> None:
    env = {**BUFFERED, "RETAB_API_KEY": KEY, "RETAB_API_BASE_URL": server.base_url}
    process = subprocess.Popen([str(SCRIPT), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.read(100)  # as `| head -c 100` does
    process.stdout.close()
    err = process.stderr.read()
    code = process.wait(timeout=60)
    assert len(first) == 100  # it had started writing
    assert err == b"", err.decode()[-2000:]
    # The summary, written line by line, meets the closed pipe: 141. Output written in one
    # call may be taken whole by the pipe before the reader goes (0): either way, no error.
    assert code == 141 if "--json" not in args and args[0] == "get" else code in (0, 141)


@pytest.mark.parametrize("args", [["get", "run_abc123xyz"], ["--version"], ["schema"], ["list", "--limit", "2"]])
def test_a_reader_gone_before_the_first_write(server: RunningServer, args: list[str]) -> None:
    # Small output sits in the buffer until the end: the closed pipe shows only when it is flushed.
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {**BUFFERED, "RETAB_API_KEY": KEY, "RETAB_API_BASE_URL": server.base_url}
    try:
        result = subprocess.run([str(SCRIPT), *args], stdout=write_end, stderr=subprocess.PIPE, env=env, timeout=60)
    finally:
        os.close(write_end)
    assert result.stderr == b"" and result.returncode == 141
