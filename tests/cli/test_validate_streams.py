"""``retab-runs validate`` on hostile standard input and output: closed, endless, cut short, interrupted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.cli.test_validate_cli import SCRIPT, run
from tests.payloads import compact_json, seed_run

MEMORY_CAP = 1536 * 1024 * 1024  # address space for the whole interpreter: the default record limit is 256 MiB


def test_closed_standard_input_cannot_be_read_exit_2() -> None:
    result = subprocess.run(
        [str(SCRIPT), "validate", "-"], capture_output=True, text=True, timeout=60,
        stdin=None, preexec_fn=lambda: os.close(0),  # noqa: PLW1509 - the child starts without fd 0
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr == "<stdin>: cannot read: standard input is closed\n"
    assert result.stdout == "0 runs in 0 files: 0 valid, 0 invalid (0 issues); 1 input could not be read\n"


def test_a_reader_that_goes_away_ends_it_quietly(tmp_path: Path) -> None:
    bad = compact_json({**seed_run(), "id": 1}) + b"\n"
    stream = tmp_path / "bad.jsonl"
    stream.write_bytes(bad * 5000)  # 5,000 issue lines: far more than a pipe holds
    process = subprocess.Popen([str(SCRIPT), "validate", str(stream)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()  # as `| head -1` does
    process.stdout.close()
    err = process.stderr.read()
    assert process.wait(timeout=60) == 141
    assert first == f"{stream}:1: /id: should be a string, not integer (got 1)\n".encode()
    assert err == b""  # neither "cannot read" about the input nor a BrokenPipeError


def test_a_line_longer_than_the_limit_is_an_issue_then_the_next_lines_are_read(tmp_path: Path) -> None:
    good = compact_json(seed_run())
    stream = tmp_path / "runs.jsonl"
    stream.write_bytes(good + b"\n" + b" " * 10 + b"x" * 20_000 + b"\n" + good + b"\n")
    limit = str(len(good))
    result = run("validate", "--max-record-bytes", limit, str(stream))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{stream}:2: (root): is longer than {int(limit):,} bytes (--max-record-bytes); not checked",
        "3 runs in 1 file: 2 valid, 1 invalid (1 issue)",
    ]


def test_a_json_document_longer_than_the_limit_is_an_issue(tmp_path: Path) -> None:
    document = tmp_path / "run.json"
    document.write_bytes(compact_json(seed_run()))
    result = run("validate", "--max-record-bytes", "100", str(document))
    assert result.returncode == 1
    assert result.stdout.startswith(f"{document}:1: (root): is longer than 100 bytes")


def test_endless_input_takes_bounded_memory_and_stops_on_ctrl_c() -> None:
    # /dev/zero: one line that never ends. Under a cap on the address space, reading it
    # whole fails (MemoryError) instead of swapping; the bound keeps it far below the cap.
    code = (
        "import resource, signal, sys\n"
        # A shell job started in the background ignores SIGINT, and its children inherit that:
        # the child takes back the default handler that an interactive user's process has.
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_CAP}, {MEMORY_CAP}))\n"
        "from retab_runs.cli import main\n"
        "code = main(['validate', '-'])\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
        "print('peak', hwm, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    with open("/dev/zero", "rb") as zeros:
        process = subprocess.Popen(
            [sys.executable, "-c", code], stdin=zeros, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip
    assert process.stdout is not None
    watchdog = threading.Timer(60, process.kill)  # a hang fails the test instead of blocking the suite
    watchdog.start()
    try:
        issue = process.stdout.readline()  # printed once the line passes the limit
        assert issue == "<stdin>:1: (root): is longer than 268,435,456 bytes (--max-record-bytes); not checked\n"
        time.sleep(0.5)  # still reading, to the end of a line that never comes
        assert process.poll() is None
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130, err
    assert "retab-runs: interrupted" in err and "Traceback" not in err and "MemoryError" not in err
    assert out == ""  # interrupted: no count
    peak_kib = int(err.split("peak")[1])
    assert peak_kib < 700 * 1024, peak_kib
