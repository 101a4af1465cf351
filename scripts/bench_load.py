#!/usr/bin/env python3
"""Many concurrent ``wait_for_completion`` calls against the embedded server.

    python scripts/bench_load.py [--runs 1000] [--connections 100] [--speed 2] [--json FILE]

Starts ``retab-runs serve`` in its own process on 127.0.0.1 (a free port), then waits
on ``--runs`` fresh scenario runs at once through one ``AsyncRetab`` whose pool holds
at most ``--connections`` connections. Prints wall time, requests served, the peak
of open connections and the error count. Loopback only; bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from retab_runs import AsyncRetab

KEY = "sk-bench-load"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(speed: float) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, "-m", "retab_runs", "serve", "--port", str(port), "--api-key", KEY]
    command += ["--speed", str(speed)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{base_url}/v1/workflows/runs/run_abc123xyz", headers={"Api-Key": KEY}, timeout=1)
            return process, base_url
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("bench_load: the server did not start")


async def load(base_url: str, runs: int, connections: int, interval: float, timeout: float) -> dict[str, Any]:
    sent = 0

    async def count(request: httpx.Request) -> None:
        nonlocal sent
        sent += 1

    client = AsyncRetab(api_key=KEY, base_url=base_url, max_retries=5, max_connections=connections)
    client._http.event_hooks["request"].append(count)  # count what is sent, without changing the client
    http = client._http
    peak = 0
    done = asyncio.Event()

    async def sample() -> None:
        nonlocal peak
        pool = http._transport._pool  # type: ignore[attr-defined]
        while not done.is_set():
            peak = max(peak, len(pool.connections))
            await asyncio.sleep(0.01)

    async with client:
        sampler = asyncio.create_task(sample())
        started = time.perf_counter()
        results = await asyncio.gather(
            *(
                client.workflows.runs.wait_for_completion(
                    f"run_demo_progress~load{i}", poll_interval_seconds=interval, timeout_seconds=timeout
                )
                for i in range(runs)
            ),
            return_exceptions=True,
        )
        wall = time.perf_counter() - started
        done.set()
        await sampler
    errors = [r for r in results if isinstance(r, BaseException)]
    completed = sum(1 for r in results if not isinstance(r, BaseException) and r.status.value == "completed")
    return {
        "runs": runs,
        "completed": completed,
        "errors": len(errors),
        "first_error": repr(errors[0]) if errors else None,
        "wall_seconds": round(wall, 2),
        "requests": sent,
        "requests_per_second": round(sent / wall, 1),
        "peak_connections": peak,
        "connection_limit": connections,
        "poll_interval_seconds": interval,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--connections", type=int, default=20, help="AsyncRetab max_connections (20, its default)")
    parser.add_argument("--speed", type=float, default=2.0, help="scenario speed (2: each run takes 3 s)")
    parser.add_argument("--interval", type=float, default=0.5, help="poll interval in seconds")
    parser.add_argument("--timeout", type=float, default=120.0, help="per wait, in seconds")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    process, base_url = start_server(args.speed)
    try:
        figures = asyncio.run(load(base_url, args.runs, args.connections, args.interval, args.timeout))
    finally:
        process.terminate()
        process.wait(timeout=10)
    for key, value in figures.items():
        print(f"{key:>22}: {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    bounded = figures["peak_connections"] <= args.connections
    ok = figures["errors"] == 0 and figures["completed"] == args.runs and bounded
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
