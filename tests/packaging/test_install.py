"""The install paths the docs give (README.md, docs/index.md, docs/install.md), from a venv outside the clone.

``pip install '<clone>[pydantic,server]'`` (a plain install, not editable) and ``make dist``
then ``pip install 'retab-runs[pydantic] @ file:///.../dist/<wheel>'``, each into a fresh
venv under tmp_path, pinned by constraints.txt; what is installed then runs from a directory
that is not the clone: the package, its pydantic models, and ``retab-runs demo``, whose
commands name no file a wheel lacks. Takes a minute or two (pip's cache helps), in ``make
test`` only.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 600.0
CHECK = (
    "import retab_runs, retab_runs_schema, retab_runs_client;"
    "print(retab_runs.__file__);"
    "print(retab_runs_schema.RunStatus('completed') == 'completed')"
)


def run(command: list[str], cwd: Path, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "RETAB_", "VIRTUAL_ENV"))}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


def fresh_venv(where: Path, requirement: str) -> Path:
    done = run([sys.executable, "-m", "venv", str(where)], where.parent)
    assert done.returncode == 0, done.stderr
    pip = [str(where / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    done = run([*pip, "-c", str(ROOT / "constraints.txt"), requirement], where.parent)
    assert done.returncode == 0, done.stdout + done.stderr
    return where / "bin"


@pytest.mark.skipif(os.name == "nt", reason="venv layout")
def test_pip_install_from_the_clone_with_extras_runs_outside_it(tmp_path: Path) -> None:
    bin_dir = fresh_venv(tmp_path / "venv", f"{ROOT}[pydantic,server]")
    elsewhere = tmp_path / "project"
    elsewhere.mkdir()
    done = run([str(bin_dir / "python"), "-I", "-c", CHECK], elsewhere)
    assert done.returncode == 0, done.stderr
    installed, same_values = done.stdout.splitlines()
    assert installed.startswith(str(tmp_path / "venv")) and same_values == "True"  # not the clone's src/
    demo = run([str(bin_dir / "retab-runs"), "demo", "--speed", "4"], elsewhere, timeout=120)
    assert demo.returncode == 0, demo.stdout + demo.stderr
    commands = [line for line in demo.stdout.splitlines() if line.startswith("$ ")]
    assert not any("examples/" in line for line in commands), commands  # no file of the clone is named


@pytest.mark.skipif(os.name == "nt", reason="venv layout")
def test_make_dist_builds_a_wheel_that_installs_by_file_url(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    done = run(["make", "--no-print-directory", "dist", f"DIST={dist}", f"PYTHON={sys.executable}"], ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = dist.glob("retab_runs-*-py3-none-any.whl")
    assert done.stdout.strip().endswith(wheel.name)
    bin_dir = fresh_venv(tmp_path / "venv", f"retab-runs[pydantic] @ {wheel.as_uri()}")
    done = run([str(bin_dir / "python"), "-I", "-c", CHECK], tmp_path)
    assert done.returncode == 0 and done.stdout.splitlines()[1] == "True", done.stderr
    listed = run([str(bin_dir / "python"), "-m", "pip", "list", "--format=freeze"], tmp_path)
    assert "pydantic==" in listed.stdout and "starlette" not in listed.stdout
