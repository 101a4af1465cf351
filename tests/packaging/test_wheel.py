"""The built wheel without extras, in a fresh virtual environment: what works, and what says which extra.

The wheel is built from this tree (``pip wheel --no-deps``) and installed with
constraints.txt into a new venv, with pytest beside it (not an extra) for the plugin
check; pip takes the dependencies from its cache or the package index. That takes
30 to 90 s, so this module runs once, in ``make test``, and not in the
per-Python runtime runs (``make test-pythons``). The server the client talks to is
started by this process on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from retab_runs.testing import RunningServer, retab_server_running

ROOT = Path(__file__).resolve().parents[2]
INSTALL_TIMEOUT = 600.0
RUN_TIMEOUT = 60.0
EXTRAS_PACKAGES = {"pydantic", "pydantic-core", "starlette", "uvicorn", "rich"}


def bin_path(venv: Path, name: str) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin") / name


def check_call(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"


@pytest.fixture(scope="module")
def bare_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    check_call([*pip, "wheel", "--no-deps", "--wheel-dir", str(work / "dist"), str(ROOT)], cwd=work)
    (wheel,) = (work / "dist").glob("retab_runs-*.whl")
    venv = work / "venv"
    check_call([sys.executable, "-m", "venv", str(venv)], cwd=work)
    python = str(bin_path(venv, "python"))
    check_call(
        [python, "-m", "pip", "install", "--disable-pip-version-check", "--quiet",
         "-c", str(ROOT / "constraints.txt"), str(wheel), "pytest"],
        cwd=work,
    )  # fmt: skip
    return venv


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with retab_server_running() as running:
        yield running


def run_in(venv: Path, command: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "RETAB_"))}
    return subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, timeout=RUN_TIMEOUT, env={**environment, **env}
    )


def python_in(venv: Path, code: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return run_in(venv, [str(bin_path(venv, "python")), "-I", "-c", textwrap.dedent(code)], cwd, **env)


def test_the_base_install_brings_no_extra(bare_venv: Path, tmp_path: Path) -> None:
    listed = run_in(bare_venv, [str(bin_path(bare_venv, "python")), "-m", "pip", "list", "--format=json"], tmp_path)
    names = {entry["name"].lower() for entry in json.loads(listed.stdout)}
    assert {"retab-runs", "attrs", "httpx", "msgspec"} <= names
    assert names & EXTRAS_PACKAGES == set()


def test_client_models_and_validate_run_work_without_extras(
    bare_venv: Path, server: RunningServer, tmp_path: Path
) -> None:
    code = """
        import json, sys
        import retab_runs
        from retab_runs import Retab, validate_run
        from retab_runs_client.models import WorkflowRun
        from retab_runs_schema import json_schema
        from retab_runs_schema.structs import WorkflowRun as Struct
        import msgspec

        with Retab() as client:
            run = client.workflows.runs.get("run_abc123xyz")
            body = client.workflows.runs.get_with_response("run_abc123xyz").http_response.content
        payload = json.loads(body)
        print(json.dumps({
            "where": retab_runs.__file__,
            "status": run.status.value,
            "round_trip": WorkflowRun.from_json(body).to_dict() == payload == WorkflowRun.from_dict(payload).to_dict(),
            "struct": msgspec.json.decode(body, type=Struct).id == payload["id"],
            "valid": validate_run(body),
            "invalid": [issue.path for issue in validate_run({**payload, "status": 5})],
            "schema": json_schema()["$schema"],
            "pydantic_loaded": "pydantic" in sys.modules,
        }))
    """
    result = python_in(bare_venv, code, tmp_path, RETAB_API_KEY=server.api_key, RETAB_API_BASE_URL=server.base_url)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["where"].startswith(str(bare_venv))  # the installed wheel, not this tree
    assert seen["status"] == "completed"
    assert seen["round_trip"] is True and seen["struct"] is True
    assert seen["valid"] == [] and seen["invalid"] == ["/status"]
    assert seen["schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert seen["pydantic_loaded"] is False


def test_the_pydantic_models_name_their_extra(bare_venv: Path, tmp_path: Path) -> None:
    code = """
        try:
            from retab_runs_schema import WorkflowRun
        except ModuleNotFoundError as exc:
            print(type(exc).__name__, exc.name, "|", exc)
    """
    result = python_in(bare_venv, code, tmp_path)
    assert result.stdout.strip() == (
        "ModuleNotFoundError pydantic | the pydantic models of retab_runs_schema need pydantic: "
        "pip install 'retab-runs[pydantic]'"
    )


def test_the_server_and_testing_modules_name_their_extra(bare_venv: Path, tmp_path: Path) -> None:
    code = """
        for module in ("retab_runs.server", "retab_runs.testing"):
            try:
                __import__(module)
            except ModuleNotFoundError as exc:
                print(module, "|", exc)
    """
    lines = python_in(bare_venv, code, tmp_path).stdout.splitlines()
    assert [line.split(" | ")[0] for line in lines] == ["retab_runs.server", "retab_runs.testing"]
    for line in lines:
        assert "need the server extra (starlette, uvicorn): pip install 'retab-runs[server]'" in line


# A valid port: the CLI refuses 0 as bad usage before it looks for the extra.
@pytest.mark.parametrize("command", [["demo"], ["serve", "--port", "8000"]])
def test_demo_and_serve_without_the_server_extra_print_one_line(
    bare_venv: Path, tmp_path: Path, command: list[str]
) -> None:
    result = run_in(bare_venv, [str(bin_path(bare_venv, "retab-runs")), *command], tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(
        f"retab-runs: {command[0]} needs the server extra: pip install 'retab-runs[server]'"
    )


def test_the_pytest_plugin_without_the_server_extra_says_which_extra(bare_venv: Path, tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["retab_runs.testing"]\n', encoding="utf-8")
    (tmp_path / "test_user.py").write_text("def test_nothing() -> None:\n    pass\n", encoding="utf-8")
    result = run_in(bare_venv, [str(bin_path(bare_venv, "python")), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                    tmp_path)  # fmt: skip
    assert result.returncode != 0
    assert "pip install 'retab-runs[server]'" in result.stdout + result.stderr


def test_a_live_table_without_the_cli_extra_says_so_and_prints_plain_lines(
    bare_venv: Path, server: RunningServer, tmp_path: Path
) -> None:
    command = [str(bin_path(bare_venv, "retab-runs")), "watch", "run_abc123xyz", "--display", "live"]
    result = run_in(bare_venv, command, tmp_path, RETAB_API_KEY=server.api_key, RETAB_API_BASE_URL=server.base_url)
    assert result.returncode == 0, result.stderr
    assert result.stderr == (
        "retab-runs: the live table needs the cli extra: pip install 'retab-runs[cli]'; plain lines instead\n"
    )
    assert "completed" in result.stdout
