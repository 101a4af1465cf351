"""``retab-runs serve`` as a subprocess: what it prints at start-up with many fixture runs."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.payloads import seed_run

SCRIPT = Path(sys.executable).with_name("retab-runs")


def test_serve_summarises_a_large_fixture_file_and_serves_it_all(tmp_path: Path) -> None:
    fixtures = tmp_path / "runs.jsonl"
    with fixtures.open("w", encoding="utf-8") as written:
        for number in range(1200):
            written.write(json.dumps({**seed_run(), "id": f"run_fixture{number:04d}"}) + "\n")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [str(SCRIPT), "serve", "--port", str(port), "--api-key", "sk-serve", "--fixtures", str(fixtures)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/v1/workflows/runs/run_fixture1199"
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(url, headers={"Api-Key": "sk-serve"}, timeout=30)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        assert response.status_code == 200
    finally:
        process.terminate()
        out, err = process.communicate(timeout=30)
    lines = out.splitlines()
    assert "1200 runs from fixtures" in out
    assert len(lines) < 25, out[:2000]
    assert "run_abc123xyz?access_token=rat_" in out  # the built-in runs come first
    assert "more: GET" in lines[-2]


def test_serve_under_a_small_descriptor_limit_survives_many_half_open_connections() -> None:
    """250 connections that never finish a request head, against a server allowed 128 descriptors:
    it keeps serving, and says so in a line or two, not a traceback per connection."""
    import resource

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    def small_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (128, 128))

    process = subprocess.Popen(
        [str(SCRIPT), "serve", "--port", str(port), "--api-key", "sk-serve"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=small_limit,
    )  # fmt: skip
    held: list[socket.socket] = []
    try:
        url = f"http://127.0.0.1:{port}/v1/workflows/runs/run_abc123xyz"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url, headers={"Api-Key": "sk-serve"}, timeout=30)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline and process.poll() is None
                time.sleep(0.1)
        for _ in range(250):
            conn = socket.create_connection(("127.0.0.1", port), timeout=30)
            conn.sendall(b"GET /v1/workflows/runs HTTP/1.1\r\nHost: x\r\n")
            held.append(conn)
        answer = httpx.get(url, headers={"Api-Key": "sk-serve"}, timeout=30)
        assert answer.status_code == 200
    finally:
        for conn in held:
            conn.close()
        process.terminate()
        out, err = process.communicate(timeout=30)
    assert "Traceback" not in err, err[:3000]
    assert len(err.splitlines()) <= 3, err[:3000]
    assert "closed connections" in err


def test_serve_answers_a_kept_alive_connection_without_waiting_for_acks() -> None:
    """Without ``TCP_NODELAY`` on its socket, each answer's body waits for the client's delayed ACK of
    its head: 40 ms at least on Linux, whatever the load. With it, reads answer at once.

    Judged by that floor, not by the machine's speed: the fastest of 20 reads on one connection
    is under 40 ms (without the option, every one of them takes 40 ms or more).
    """
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen([str(SCRIPT), "serve", "--port", str(port), "--api-key", "sk-serve"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"Api-Key": "sk-serve"}, timeout=30) as http:
            deadline = time.monotonic() + 60
            while True:
                try:
                    http.get("/v1/workflows/runs/run_abc123xyz")
                    break
                except httpx.ConnectError:
                    assert time.monotonic() < deadline and process.poll() is None
                    time.sleep(0.1)
            reads = []
            for _ in range(20):
                started = time.perf_counter()
                assert http.get("/v1/workflows/runs/run_abc123xyz").status_code == 200
                reads.append(time.perf_counter() - started)
    finally:
        process.terminate()
        process.communicate(timeout=30)
    assert min(reads) < 0.040, reads
