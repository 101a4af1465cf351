"""``retab-runs demo``: the API reference's snippet, then a live run, against the embedded server."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from typing import TextIO

# The same text ships as examples/seed_snippet.py (a test keeps them equal).
SEED_SNIPPET = """\
from retab_runs import Retab

client = Retab()

run = client.workflows.runs.get("run_abc123xyz")

print(f"Status: {run.status}")
if run.status == "completed":
    print(f"Duration: {run.duration_ms}ms")
    print(f"Outputs: {run.final_outputs}")
"""
SCENARIO = "run_demo_progress"


def demo(out: TextIO = sys.stdout, *, speed: float = 1.0, live: bool | None = None) -> int:
    """Start the server, run the seed snippet as written, watch a scenario run; the exit code."""
    from .. import Retab
    from ..server import RunStore, ServerThread, create_app
    from ._watch import watch

    store = RunStore(api_key="sk-demo-" + secrets.token_hex(6), speed=speed)
    with ServerThread(create_app(store)) as server:
        print(f"Embedded Retab runs API on {server.base_url} (runs: {', '.join(store.ids())})", file=out)
        print("\n$ python examples/seed_snippet.py   # the API reference's example, import changed", file=out)
        print("\n".join("  " + line for line in SEED_SNIPPET.splitlines() if line), file=out)
        print(file=out, flush=True)
        env = {**os.environ, "RETAB_API_KEY": store.api_key, "RETAB_API_BASE_URL": server.base_url}
        snippet = subprocess.run(
            [sys.executable, "-c", SEED_SNIPPET], env=env, capture_output=True, text=True, timeout=60
        )  # fmt: skip
        out.write(snippet.stdout)
        if snippet.returncode != 0:
            out.write(snippet.stderr)
            return 1
        print(f"\n$ retab-runs watch {SCENARIO}", file=out, flush=True)
        with Retab(api_key=store.api_key, base_url=server.base_url) as client:
            run = watch(client, SCENARIO, interval=0.25, timeout=60.0, access_token=None, out=out, live=live)
    return 0 if run.status.value == "completed" else 3
