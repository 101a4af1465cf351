"""What `from retab_runs import Retab` loads: only what building a client needs.

The models, asyncio and the checker's schema load when first used (the first parsed
run, the first AsyncRetab, the first check), not at import: together they were a
fifth of the import time. Checked by the modules loaded, never by timing.
"""

from __future__ import annotations

import json
import subprocess
import sys

DEFERRED = ("asyncio", "retab_runs_client.models", "retab_runs_schema", "msgspec", "pydantic")


def loaded_after(code: str) -> list[str]:
    probe = f"import json, sys\n{code}\nprint(json.dumps([m for m in {DEFERRED!r} if m in sys.modules]))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    loaded: list[str] = json.loads(result.stdout.splitlines()[-1])
    return loaded


def test_importing_the_client_defers_models_asyncio_and_schema() -> None:
    assert loaded_after("from retab_runs import Retab, AsyncRetab, RetabError") == []


def test_what_is_deferred_loads_on_first_use() -> None:
    code = """
from retab_runs import AsyncRetab
client = AsyncRetab(api_key="k", base_url="http://127.0.0.1:9")
assert client._pool.gate._value == 20  # the connection gate, an asyncio.Semaphore
"""
    assert "asyncio" in loaded_after(code)
    code = """
import httpx
from retab_runs._exchange import parse_run
body = b'{"id":"r","workflow_id":"w","workflow_name":"n","organization_id":"o","config_snapshot_id":"c"}'
print(parse_run(httpx.Response(200, content=body, request=httpx.Request("GET", "http://127.0.0.1/"))).id)
"""
    assert "retab_runs_client.models" in loaded_after(code)
