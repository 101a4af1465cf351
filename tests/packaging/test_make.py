"""The Makefile's set-up: the Python is checked before pip runs, and a .venv made by another Python is rebuilt.

Each case uses its own VENV under tmp_path, so the repository's .venv is never touched.
The version checks run against a stand-in interpreter that answers as an old Python would
(``stand_in``), so they run on every machine; the rebuild needs a second real interpreter,
from the PATH or pyenv (.ci/find-python), and is skipped where there is none.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 600.0


def find_python(version: str) -> str:
    found = subprocess.run([str(ROOT / ".ci" / "find-python"), version], capture_output=True, text=True, timeout=30)
    if found.returncode != 0:
        pytest.skip(f"no Python {version} on this machine")
    return found.stdout.strip()


def stand_in(tmp_path: Path, version: str) -> str:
    """An executable that answers the Makefile's two questions as Python ``version`` would.

    The Makefile asks ``-c 'import platform; print(platform.python_version())'`` and
    ``-c 'import sys; sys.exit(sys.version_info < (3, N))'``; anything else is refused.
    """
    major, minor = (int(part) for part in version.split("."))
    script = tmp_path / f"python{version}"
    script.write_text(
        f"#!{sys.executable}\n"
        "import re, sys\n"
        "code = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == '-c' else ''\n"
        f"if 'python_version()' in code:\n    print('{major}.{minor}.0')\n"
        "elif (asked := re.search(r'version_info < \\((\\d+), *(\\d+)\\)', code)):\n"
        f"    sys.exit(({major}, {minor}) < (int(asked[1]), int(asked[2])))\n"
        "else:\n    sys.exit('stand-in: only the version checks are answered')\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return str(script)


def make(*args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "PYTHON"))}
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), *args],
        capture_output=True, text=True, timeout=TIMEOUT, env=environment,
    )  # fmt: skip


def test_a_python_too_old_is_named_in_one_line_before_pip_runs(tmp_path: Path) -> None:
    python = stand_in(tmp_path, "3.9")
    venv = tmp_path / "venv"
    result = make(f"PYTHON={python}", f"VENV={venv}", "demo")
    assert result.returncode != 0
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"make: the demo needs Python 3.10 or newer; {python} is 3.9.")
    assert "pip" not in result.stdout + result.stderr and not venv.exists()


def test_make_test_names_its_own_minimum(tmp_path: Path) -> None:
    python = stand_in(tmp_path, "3.10")
    result = make(f"PYTHON={python}", f"VENV={tmp_path / 'venv'}", "lint")
    assert result.returncode != 0
    first = result.stderr.splitlines()[0]
    assert first.startswith("make: the dev toolchain (make test and make generate) needs Python 3.11 or newer")


def test_a_python_that_does_not_run_is_named(tmp_path: Path) -> None:
    result = make("PYTHON=no-such-python3", f"VENV={tmp_path / 'venv'}", "demo")
    assert result.returncode != 0
    assert result.stderr.splitlines()[0].startswith("make: no-such-python3 does not run")


def test_a_venv_made_by_another_python_is_rebuilt_for_the_demo(tmp_path: Path) -> None:
    other = find_python("3.10" if sys.version_info >= (3, 11) else "3.11")
    venv = tmp_path / "venv"
    subprocess.run([other, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=TIMEOUT)
    result = make(f"PYTHON={sys.executable}", f"VENV={venv}", "demo")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"creating {venv} with {sys.executable} {platform.python_version()}" in result.stdout
    assert "completed" in result.stdout  # the demo's run
    version = subprocess.run([str(venv / "bin" / "python"), "-c", "import platform; print(platform.python_version())"],
                             capture_output=True, text=True, timeout=30)  # fmt: skip
    assert version.stdout.strip() == platform.python_version()
