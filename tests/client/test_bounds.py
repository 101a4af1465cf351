"""Responses are bounded in size and in time, against a socket-level server, sync and async.

Each case runs the client in a subprocess under ``RLIMIT_AS`` (so that a regression
fails with MemoryError instead of swapping) and within a time budget.
"""

from __future__ import annotations

import asyncio
import gzip
import itertools
import json
import os
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import zstandard

from retab_runs import DEFAULT_MAX_RESPONSE_BYTES, APITimeoutError, AsyncRetab, Retab, WaitTimeoutError
from tests.client.bombs import brotli_bomb, zstd_bomb
from tests.faultserver import Action, FaultServer, head, response
from tests.payloads import seed_run

RUN = "/v1/workflows/runs/run_abc123xyz"
ROOT = Path(__file__).resolve().parents[2]
MIB = 2**20


@pytest.fixture
def server() -> Iterator[FaultServer]:
    fault = FaultServer()
    yield fault
    fault.close()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def bounded(
    server: FaultServer, mode: str, *, memory_mb: int, seconds: float, call: str = "get",
    client: dict[str, Any] | None = None, call_args: dict[str, Any] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """The outcome of one call made in a subprocess limited to ``memory_mb`` of address space."""
    spec = {"memory_mb": memory_mb, "mode": mode, "base_url": server.base_url, "call": call,
            "client": client or {}, "call_args": call_args or {}}  # fmt: skip
    path = os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(ROOT)) if p)
    env = {**os.environ, "MALLOC_ARENA_MAX": "2", "PYTHONPATH": path}
    done = subprocess.run(
        [sys.executable, "-m", "tests.client.bounded_call", json.dumps(spec)],
        capture_output=True, text=True, timeout=seconds + 15, cwd=ROOT, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    outcome: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome["elapsed"] < seconds, outcome
    return outcome


@cache
def compression_bomb(wbits: int, mebibytes: int = 1024) -> bytes:
    """About 1 MB that inflates to ``mebibytes`` MiB of zeros (gzip for wbits 31, zlib's deflate for 15).

    Full flushes make every MiB compress to the same bytes, so the bomb is built from
    three compressed blocks rather than by compressing 1 GiB. Its trailer checksums
    only those three: a client that decoded this far has already failed the test.
    """
    block = bytes(MIB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    first = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    middle = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    return first + middle * (mebibytes - 1) + compressor.flush(zlib.Z_FINISH)


def test_the_default_limit_is_256_mib() -> None:
    assert DEFAULT_MAX_RESPONSE_BYTES == 256 * MIB


def test_endless_chunked_body(mode: str, server: FaultServer) -> None:
    frame = b"%x\r\n%s\r\n" % (MIB, b" " * MIB)
    server.script(RUN, Action(head(headers={"Transfer-Encoding": "chunked"}), stream=lambda: itertools.repeat(frame)))
    outcome = bounded(server, mode, memory_mb=768, seconds=20, client={"max_retries": 0, "timeout": 30})
    assert outcome["error"] == "ResponseTooLargeError", outcome
    assert "max_response_bytes=268,435,456" in outcome["message"]


def test_a_200_mb_body_over_the_limit(mode: str, server: FaultServer) -> None:
    chunk = b" " * MIB
    server.script(RUN, Action(head(headers={"Content-Length": str(200 * MIB)}), stream=lambda: [chunk] * 200))
    outcome = bounded(
        server, mode, memory_mb=320, seconds=15, client={"max_retries": 0, "max_response_bytes": 50 * MIB}
    )
    assert outcome["error"] == "ResponseTooLargeError", outcome
    assert "max_response_bytes=52,428,800" in outcome["message"]


@pytest.mark.parametrize(("encoding", "wbits"), [("gzip", 31), ("deflate", 15)])
def test_compression_bomb(mode: str, server: FaultServer, encoding: str, wbits: int) -> None:
    bomb = compression_bomb(wbits)
    assert len(bomb) < 1.1 * MIB
    server.script(RUN, response(200, bomb, headers={"Content-Encoding": encoding}))
    outcome = bounded(server, mode, memory_mb=768, seconds=20, client={"max_retries": 0})
    assert outcome["error"] == "ResponseTooLargeError", outcome
    assert f"once decoded ({encoding})" in outcome["message"]


def test_a_small_compression_bomb_under_a_small_limit(mode: str, server: FaultServer) -> None:
    server.script(RUN, response(200, compression_bomb(31, 64), headers={"Content-Encoding": "gzip"}))
    outcome = bounded(server, mode, memory_mb=256, seconds=10, client={"max_retries": 0, "max_response_bytes": MIB})
    assert outcome["error"] == "ResponseTooLargeError", outcome


# A deadline test's outer bound: four times the deadline, so that it holds on a machine four
# times slower than usual, and still far below what a drip would take to end on its own
# (a 1,415-byte run at a byte every 0.2-0.5 s: minutes).
LOAD_MARGIN = 4


def dripping(body: bytes, every: float = 0.5) -> Action:
    """A 200 whose body comes one byte every ``every`` seconds."""
    return Action(head(headers={"Content-Length": str(len(body))}), stream=lambda: (bytes([b]) for b in body),
                  interval=every)  # fmt: skip


def test_a_dripping_body_ends_with_the_timeout(mode: str, server: FaultServer) -> None:
    server.script(RUN, dripping(json.dumps(seed_run()).encode()))
    outcome = bounded(
        server, mode, memory_mb=256, seconds=2 * LOAD_MARGIN, client={"max_retries": 0}, call_args={"timeout": 2}
    )
    assert outcome["error"] == "APITimeoutError", outcome
    assert outcome["elapsed"] >= 1.9
    assert "longer than the 2s" in outcome["message"]


def test_dripping_headers_end_with_the_timeout(mode: str, server: FaultServer) -> None:
    whole = response(200, seed_run())
    server.script(RUN, Action(b"", stream=lambda: (bytes([b]) for b in whole), interval=0.5))
    outcome = bounded(
        server, mode, memory_mb=256, seconds=2 * LOAD_MARGIN, client={"max_retries": 0}, call_args={"timeout": 2}
    )
    assert outcome["error"] == "APITimeoutError", outcome


def test_each_retry_of_a_dripping_body_is_bounded(mode: str, server: FaultServer) -> None:
    server.script(RUN, dripping(json.dumps(seed_run()).encode(), every=0.2))
    outcome = bounded(
        server, mode, memory_mb=256, seconds=2 * 1.5 * LOAD_MARGIN, client={"max_retries": 1, "timeout": 1.5}
    )
    assert outcome["error"] == "APITimeoutError", outcome
    assert server.hits[RUN] == 2


def test_wait_for_completion_with_a_dripping_server_ends_at_its_deadline(mode: str, server: FaultServer) -> None:
    server.script(RUN, dripping(json.dumps(seed_run()).encode()))
    outcome = bounded(
        server, mode, memory_mb=256, seconds=3 * LOAD_MARGIN, call="wait", call_args={"timeout_seconds": 3}
    )
    assert outcome["error"] == "WaitTimeoutError", outcome
    assert outcome["elapsed"] >= 2.9


@cache
def stacked_bomb(layers: int) -> bytes:
    """Under a kilobyte that inflates to 512 MiB of zeros through ``layers`` gzip layers."""
    body = gzip.compress(bytes(512 * MIB), 9)
    for _ in range(layers - 1):
        body = gzip.compress(body, 9)
    return body


@pytest.mark.parametrize("layers", [2, 3])
def test_a_stack_of_encodings_cannot_expand_past_the_limit(mode: str, server: FaultServer, layers: int) -> None:
    # httpx inflates each network read whole: a 1 KB ``gzip, gzip`` body asked for gigabytes at once.
    bomb = stacked_bomb(layers)
    assert len(bomb) < 2048
    encoding = ", ".join(["gzip"] * layers)
    server.script(RUN, response(200, bomb, headers={"Content-Encoding": encoding}))
    outcome = bounded(server, mode, memory_mb=512, seconds=20, client={"max_retries": 0, "max_response_bytes": 8 * MIB})
    assert outcome["error"] == "ResponseTooLargeError", outcome
    assert f"once decoded ({encoding})" in outcome["message"]


@pytest.mark.parametrize("encoding", ["br", "br, zstd, gzip"])
def test_a_brotli_bomb_is_bounded(mode: str, server: FaultServer, encoding: str) -> None:
    # 809 bytes of br decode to 1 GiB: httpx's decoder would hand it over in one step (a 2.1 GB peak).
    body = brotli_bomb(1024)
    if encoding != "br":
        body = gzip.compress(zstandard.ZstdCompressor().compress(body))
    server.script(RUN, response(200, body, headers={"Content-Encoding": encoding}))
    outcome = bounded(server, mode, memory_mb=384, seconds=20, client={"max_retries": 0, "max_response_bytes": MIB})
    assert outcome["error"] == "ResponseTooLargeError", outcome
    assert f"once decoded ({encoding})" in outcome["message"]


def test_a_zstd_bomb_is_bounded(mode: str, server: FaultServer) -> None:
    server.script(RUN, response(200, zstd_bomb(1024), headers={"Content-Encoding": "zstd"}))
    outcome = bounded(server, mode, memory_mb=384, seconds=20, client={"max_retries": 0, "max_response_bytes": MIB})
    assert outcome["error"] == "ResponseTooLargeError", outcome


def test_a_thousand_codings_are_refused_with_a_typed_error(mode: str, server: FaultServer) -> None:
    body = json.dumps(seed_run()).encode()
    for _ in range(1000):
        body = gzip.compress(body, 1)
    server.script(RUN, response(200, body, headers={"Content-Encoding": ", ".join(["gzip"] * 1000)}))
    outcome = bounded(server, mode, memory_mb=384, seconds=20, client={"max_retries": 2})
    assert outcome["error"] == "ResponseDecodingError", outcome
    assert "1,000 content codings; at most 4 are decoded" in outcome["message"]
    assert server.hits[RUN] == 1  # the server would send the same: not retried


def test_only_bounded_codings_are_asked_for(server: FaultServer) -> None:
    server.script(RUN, response(200, seed_run()))
    with Retab(api_key="sk-bounded", base_url=server.base_url) as client:
        client.workflows.runs.get("run_abc123xyz")
    assert b"\r\naccept-encoding: gzip, deflate, br, zstd\r\n" in server.requests[0].lower()


def test_stacked_and_raw_deflate_encodings_still_decode(mode: str, server: FaultServer) -> None:
    body = json.dumps(seed_run()).encode()
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    layered = gzip.compress(raw_deflate.compress(body) + raw_deflate.flush())
    server.script(RUN, response(200, layered, headers={"Content-Encoding": "deflate, identity, gzip"}))
    outcome = bounded(server, mode, memory_mb=256, seconds=10, client={"max_retries": 0})
    assert outcome["error"] is None, outcome
    assert outcome["result"] == seed_run()["id"]


def test_own_http_client_also_gets_the_total_deadline(server: FaultServer) -> None:
    # Only pools the client built had the deadline: with http_client=httpx.Client(), headers sent
    # a byte every 0.3 s kept wait_for_completion(timeout_seconds=3) busy for 28 s.
    whole = response(200, seed_run())
    server.script(RUN, Action(b"", stream=lambda: (bytes([b]) for b in whole), interval=0.3))
    with httpx.Client() as own, Retab(api_key="k", base_url=server.base_url, http_client=own) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.workflows.runs.get("run_abc123xyz", timeout=1.5, max_retries=0)
        with pytest.raises(WaitTimeoutError):
            client.workflows.runs.wait_for_completion("run_abc123xyz", timeout_seconds=2)
        assert time.monotonic() - started < (1.5 + 2) * LOAD_MARGIN  # the drip alone: 7 minutes
        # outside the client's calls the pool is as it was: no deadline, its own timeouts
        assert own.get(f"{server.base_url}/elsewhere", timeout=5).status_code == 404


def test_own_async_http_client_also_gets_the_total_deadline(server: FaultServer) -> None:
    whole = response(200, seed_run())
    server.script(RUN, Action(b"", stream=lambda: (bytes([b]) for b in whole), interval=0.3))

    async def go() -> None:
        async with httpx.AsyncClient() as own:
            client = AsyncRetab(api_key="k", base_url=server.base_url, http_client=own)
            with pytest.raises(WaitTimeoutError):
                await client.workflows.runs.wait_for_completion("run_abc123xyz", timeout_seconds=2)

    started = time.monotonic()
    asyncio.run(go())
    assert time.monotonic() - started < 2 * LOAD_MARGIN  # the drip alone: 7 minutes
