"""The public names of retab_runs, and how a person at a terminal meets the package."""

from __future__ import annotations

import ast
import importlib
import inspect
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import retab_runs
from retab_runs._options import CallOptions
from retab_runs.testing import retab_server_running
from tests.faultserver import FaultServer, response
from tests.payloads import seed_run

SEED_SNIPPET = """
from retab_runs import Retab

client = Retab()

run = client.workflows.runs.get("run_abc123xyz")

print(f"Status: {run.status}")
if run.status == "completed":
    print(f"Duration: {run.duration_ms}ms")
    print(f"Outputs: {run.final_outputs}")
"""


@pytest.fixture
def seed_server() -> Iterator[FaultServer]:
    server = FaultServer()
    server.script("/v1/workflows/runs/run_abc123xyz", response(200, seed_run()))
    yield server
    server.close()


def test_all_is_exactly_the_public_surface() -> None:
    exported = set(retab_runs._EXPORTS) | {"__version__"}
    assert set(retab_runs.__all__) == exported
    for name in retab_runs.__all__:
        assert getattr(retab_runs, name) is not None
    assert retab_runs.Retab.__module__ == "retab_runs._client"
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        retab_runs.Nope  # noqa: B018


@pytest.mark.parametrize("cls", [retab_runs.Retab, retab_runs.AsyncRetab])
def test_client_options_are_keyword_only(cls: type[retab_runs.Retab] | type[retab_runs.AsyncRetab]) -> None:
    """As in openai-python: ``Retab("sk-...")`` is a TypeError, never a key taken for something else."""
    with pytest.raises(TypeError, match="positional"):
        cls("sk-test", "https://retab.test")  # type: ignore[call-arg]
    parameters = inspect.signature(cls).parameters.values()
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)


def test_dir_lists_only_the_public_names() -> None:
    retab_runs.validate_run  # noqa: B018  (loading names and submodules must not add to dir())
    importlib.import_module("retab_runs._clock")

    dunders = {name for name in vars(retab_runs) if name.startswith("__") and name.endswith("__")}
    assert dir(retab_runs) == sorted(set(retab_runs.__all__) | dunders)
    assert not {"Any", "annotations", "importlib", "TYPE_CHECKING", "_clock"} & set(dir(retab_runs))


def test_importing_the_package_loads_only_what_is_used() -> None:
    code = "import sys, retab_runs; print(sorted(m for m in ('httpx', 'pydantic', 'msgspec') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_seed_snippet_runs_as_written(seed_server: FaultServer) -> None:
    env = {**os.environ, "RETAB_API_KEY": "sk-demo", "RETAB_API_BASE_URL": seed_server.base_url}
    result = subprocess.run([sys.executable, "-c", SEED_SNIPPET], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Status: completed",
        "Duration: 15000ms",
        "Outputs: {'end-node-1': FinalNodeOutput(label='Output', json_data={'invoice_number': 'INV-2024-001', "
        "'total_amount': 1234.56, 'vendor_name': 'Acme Corp'})}",
    ]


def test_an_unknown_retab_log_value_warns(monkeypatch: pytest.MonkeyPatch) -> None:
    from retab_runs import _logs

    monkeypatch.setenv("RETAB_LOG", "verbose")
    monkeypatch.setattr(_logs, "_warned", False)
    with pytest.warns(UserWarning, match=r"RETAB_LOG='verbose' is not a level: use debug or info"):
        retab_runs.Retab(api_key="sk-k").close()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        retab_runs.Retab(api_key="sk-k").close()  # once per process, not once per client


@pytest.mark.parametrize(("level", "shown"), [("", False), ("info", False), ("debug", True)])
def test_retab_log_switches_logging_on(seed_server: FaultServer, level: str, shown: bool) -> None:
    env = {**os.environ, "RETAB_API_KEY": "sk-demo", "RETAB_API_BASE_URL": seed_server.base_url, "RETAB_LOG": level}
    result = subprocess.run([sys.executable, "-c", SEED_SNIPPET], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert ("DEBUG retab_runs: GET http://127.0.0.1" in result.stderr) is shown
    assert "sk-demo" not in result.stderr


def readme_client_snippet() -> str:
    """The first Python block of docs/client.md, as a user would paste it."""
    readme = (Path(__file__).resolve().parents[2] / "docs" / "client.md").read_text(encoding="utf-8")
    section = readme.split("## The client\n", 1)[1]
    return section.split("```python\n", 1)[1].split("```", 1)[0]


def test_the_readme_client_snippet_runs_and_closes_its_client() -> None:
    snippet = readme_client_snippet()
    assert "with Retab() as client:" in snippet
    with retab_server_running() as server:
        env = {**os.environ, "RETAB_API_KEY": server.api_key, "RETAB_API_BASE_URL": server.base_url}
        env.pop("RETAB_LOG", None)
        done = subprocess.run(
            [sys.executable, "-X", "dev", "-W", "error::ResourceWarning", "-c", snippet],
            env=env, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Status: completed",
        "completed",
        "{'invoice_number': 'INV-2024-001', 'total_amount': 1234.56, 'vendor_name': 'Acme Corp'}",
    ]
    assert "ResourceWarning" not in done.stderr and "unclosed" not in done.stderr, done.stderr


def test_the_readme_in_process_snippet_runs_without_a_warning() -> None:
    readme = (Path(__file__).resolve().parents[2] / "docs" / "server.md").read_text(encoding="utf-8")
    section = readme.split("## The embedded server, for demos and tests\n", 1)[1]
    snippet = section.split("```python\n", 1)[1].split("```", 1)[0]
    assert "in_process_transport(store)" in snippet
    env = {k: v for k, v in os.environ.items() if not k.startswith("RETAB_")}
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error", "-c", snippet + "print(run.status)\n"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (0, "completed\n", "")


def test_the_readme_generated_client_snippet_runs() -> None:
    readme = (Path(__file__).resolve().parents[2] / "docs" / "client.md").read_text(encoding="utf-8")
    section = readme.split("## The client\n", 1)[1]
    blocks = [block.split("```", 1)[0] for block in section.split("```python\n")[1:]]
    snippet = next(code for code in blocks if "list_node_simulations" in code)
    with retab_server_running() as server:
        code = snippet.replace("https://api.retab.com", server.base_url) + "print(type(simulations).__name__)\n"
        env = {**os.environ, "RETAB_API_KEY": server.api_key}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "list\n", "")


def readme_one_line_calls() -> list[ast.Call]:
    """The calls on ``runs`` in the block of every operation of docs/client.md, one line each."""
    readme = (Path(__file__).resolve().parents[2] / "docs" / "client.md").read_text(encoding="utf-8")
    section = readme.split("Every operation on runs, one line each", 1)[1]
    block = section.split("```python\n", 1)[1].split("```", 1)[0]
    calls = []
    for node in ast.walk(ast.parse(block)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            root = node.func.value
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name) and root.id == "runs":
                calls.append(node)
    return calls


def test_each_readme_one_line_call_names_a_real_method_and_its_real_parameters() -> None:
    """Each line of that block, sync and async: the method exists and its arguments bind to its signature."""
    calls = readme_one_line_calls()
    assert len(calls) >= 17
    with retab_runs.Retab(api_key="sk", base_url="https://retab.test") as client:
        async_client = retab_runs.AsyncRetab(api_key="sk", base_url="https://retab.test")
        for call in calls:
            chain = ast.unparse(call.func).split(".")[1:]
            args = [ast.literal_eval(arg) for arg in call.args]
            kwargs = {keyword.arg: ast.literal_eval(keyword.value) for keyword in call.keywords if keyword.arg}
            for owner in (client.workflows.runs, async_client.workflows.runs):
                target: object = owner
                for name in chain:
                    target = getattr(target, name)
                assert callable(target), ast.unparse(call)
                signature = inspect.signature(target)
                bound = signature.bind(*args, **kwargs)  # TypeError: the page names a wrong parameter
                for name, parameter in signature.parameters.items():
                    if parameter.kind is inspect.Parameter.VAR_KEYWORD:  # **options takes the call options only
                        assert set(bound.arguments.get(name, {})) <= set(CallOptions.__annotations__), ast.unparse(call)
