"""``retab-runs --version`` answers without loading the models, the HTTP stack or the validators.

Measured by what the process imports (``-X importtime`` lists every module), not by time.
"""

from __future__ import annotations

import subprocess
import sys

from retab_runs import __version__

HEAVY = ("retab_runs_client", "retab_runs_schema", "httpx", "pydantic", "msgspec", "attrs", "rich")


def imported_by(*arguments: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "retab_runs", *arguments],
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    lines = result.stderr.splitlines()
    modules = {line.rsplit("|", 1)[-1].strip() for line in lines if line.startswith("import time:")}
    return result, modules


def test_version_is_answered_without_importing_the_models() -> None:
    result, modules = imported_by("--version")
    assert result.returncode == 0
    assert result.stdout == f"retab-runs {__version__}\n"
    assert sorted(name for name in modules if name.split(".")[0] in HEAVY) == []


def test_the_check_sees_the_models_when_a_command_needs_them() -> None:
    # The same measure on a command that builds the whole parser: the models are there.
    result, modules = imported_by("validate", "--help")
    assert result.returncode == 0
    assert "retab_runs_client.models" in modules
