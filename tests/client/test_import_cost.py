"""What `from retab_runs import Retab` loads: none of the heavy modules.

httpx (with httpcore) loads when the first client is built, the models, attrs and msgspec
with the first parsed run, asyncio with the first AsyncRetab, the checker's schema with
the first check: httpx alone was two thirds of the import time, the models, asyncio and
the schema a fifth. Checked by the modules loaded, never by timing.
"""

from __future__ import annotations

import json
import subprocess
import sys

DEFERRED = (
    "asyncio",
    "httpx",
    "httpcore",
    "attrs",
    "email.utils",
    "retab_runs_client.models",
    "retab_runs_client.types",
    "retab_runs_schema",
    "msgspec",
    "pydantic",
)


def loaded_after(code: str) -> list[str]:
    probe = f"import json, sys\n{code}\nprint(json.dumps([m for m in {DEFERRED!r} if m in sys.modules]))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    loaded: list[str] = json.loads(result.stdout.splitlines()[-1])
    return loaded


def test_importing_the_client_defers_httpx_models_asyncio_and_schema() -> None:
    assert loaded_after("from retab_runs import Retab, AsyncRetab, RetabError") == []


def test_every_public_name_but_the_heavy_ones_imports_light() -> None:
    # The exceptions, options and helpers that need neither httpx nor the models stay light too.
    names = "NOT_GIVEN, NotGiven, RetryPolicy, APIError, ResponseValidationError, RawResponse, APIResponse, PROFILES"
    assert loaded_after(f"from retab_runs import {names}") == []


def test_building_a_client_loads_httpx_and_the_default_timeout_still_applies() -> None:
    code = """
from retab_runs import DEFAULT_TIMEOUT, Retab
client = Retab(api_key="k", base_url="http://127.0.0.1:9")
assert client.timeout == DEFAULT_TIMEOUT, client.timeout
assert Retab(api_key="k", base_url="http://127.0.0.1:9", timeout=2).timeout.read == 2.0
"""
    loaded = loaded_after(code)
    assert "httpx" in loaded
    assert "retab_runs_client.models" not in loaded  # still not: no run parsed yet


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


def _probe(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return result.stdout.splitlines()[-1]


def test_httpx_command_line_is_not_imported_with_the_client() -> None:
    # httpx imports its command line (click, rich, pygments) when click is installed, as it
    # is here (uvicorn brings it): a third of httpx's import, for nothing this package runs.
    assert _probe("import importlib.util; print(importlib.util.find_spec('click') is not None)") == "True"
    code = """
import json, sys
from retab_runs import Retab
Retab(api_key="k", base_url="http://127.0.0.1:9").workflows.runs
print(json.dumps([m for m in ("click", "rich", "pygments") if m in sys.modules]))
"""
    assert json.loads(_probe(code)) == []


def test_httpx_command_line_still_loads_when_used() -> None:
    code = """
import sys
import retab_runs
from retab_runs import Retab
Retab(api_key="k", base_url="http://127.0.0.1:9")
import httpx
import httpx._main
assert callable(httpx._main.print_help) and "click" in sys.modules  # loaded on first use
assert type(sys.modules["httpx._main"]).__name__ == "module" and httpx._main is sys.modules["httpx._main"]
assert callable(httpx.main)
print("ok")
"""
    assert _probe(code) == "ok"


def test_httpx_imported_first_is_left_as_it_is() -> None:
    code = """
import sys
import httpx
import retab_runs
print(type(sys.modules["httpx._main"]).__name__, "click" in sys.modules)
"""
    assert _probe(code) == "module True"
