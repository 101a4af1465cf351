"""``retab-runs --version`` and every ``--help`` answer without loading the models, the HTTP stack or the validators.

Measured by what the process imports (``PYTHONPROFILEIMPORTTIME`` lists every module), not by time.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from retab_runs import __version__

SCRIPT = Path(sys.executable).with_name("retab-runs")
HEAVY = ("retab_runs_client", "retab_runs_schema", "httpx", "pydantic", "msgspec", "attrs", "rich")


def imported_by(*arguments: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """The installed ``retab-runs`` command's result, and every module it imported."""
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    result = subprocess.run([str(SCRIPT), *arguments], capture_output=True, text=True, timeout=120, env=env)
    lines = result.stderr.splitlines()
    modules = {line.rsplit("|", 1)[-1].strip() for line in lines if line.startswith("import time:")}
    return result, modules


def heavy(modules: set[str]) -> list[str]:
    return sorted(name for name in modules if name.split(".")[0] in HEAVY)


def commands() -> list[tuple[str, ...]]:
    """Every command and sub-command the top-level ``--help`` (and each group's) lists."""
    listed = re.findall(r"^    (\w+) ", subprocess.run([str(SCRIPT), "--help"], capture_output=True, text=True,
                                                       timeout=120).stdout, re.MULTILINE)  # fmt: skip
    out: list[tuple[str, ...]] = [()]
    for verb in listed:
        out.append((verb,))
        group = subprocess.run([str(SCRIPT), verb, "--help"], capture_output=True, text=True, timeout=120).stdout
        if re.search(rf"^usage: retab-runs {verb} \[-h\] \w+ \.\.\.", group, re.MULTILINE):
            out += [(verb, tool) for tool in re.findall(r"^    (\w+) ", group, re.MULTILINE)]
    return out


def test_version_is_answered_without_importing_the_models() -> None:
    result, modules = imported_by("--version")
    assert result.returncode == 0
    assert result.stdout == f"retab-runs {__version__}\n"
    assert heavy(modules) == []


def test_help_is_answered_without_importing_the_models() -> None:
    result, modules = imported_by("--help")
    assert result.returncode == 0 and result.stdout.startswith("usage: retab-runs ")
    assert "retab_runs_client.models" not in modules
    assert heavy(modules) == []


def test_every_commands_help_is_answered_without_importing_the_models() -> None:
    found = commands()
    assert ("list",) in found and ("webhooks", "verify") in found  # the walk sees verbs and a group's tools
    for command in found[1:]:
        result, modules = imported_by(*command, "--help")
        assert result.returncode == 0, (command, result.stderr[-500:])
        assert result.stdout.startswith(f"usage: retab-runs {' '.join(command)} "), command
        assert heavy(modules) == [], command


def test_a_status_neither_contract_knows_is_refused_naming_both_contracts_statuses() -> None:
    result, _ = imported_by("list", "--status", "finished")
    assert result.returncode == 2
    refusal = result.stderr.splitlines()[-1]
    assert "'finished' is not a run status (one of " in refusal
    assert "error" in refusal and "queued" in refusal  # the seed's, then today's own


@pytest.mark.parametrize("status", ["error", "queued"])
def test_the_status_filter_still_knows_both_contracts_statuses(status: str) -> None:
    # Parsed, then refused for want of a key: the value itself passed the check.
    env = {k: v for k, v in os.environ.items() if k != "RETAB_API_KEY"}
    result = subprocess.run([str(SCRIPT), "list", "--status", status], capture_output=True, text=True, timeout=120,
                            env=env)  # fmt: skip
    assert result.returncode == 2 and "no API key" in result.stderr, result.stderr


def test_the_check_sees_the_validators_when_a_command_needs_them(tmp_path: Path) -> None:
    # The same measure on a command that checks a record: the validators are there.
    record = tmp_path / "run.json"
    record.write_text("{}", encoding="utf-8")
    result, modules = imported_by("validate", str(record))
    assert result.returncode == 1
    assert "msgspec" in modules and "retab_runs_schema" in modules
