"""Ordinary user code type-checks under ``mypy --strict``, and mypy really checks it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mypy")

HERE = Path(__file__).resolve().parent
USER_CODE = HERE / "user_code.py"
CACHE = HERE.parent.parent / ".mypy_cache" / "user-code"  # kept between runs: a cold check takes a minute
IGNORE = re.compile(r"\s*# type: ignore\[([a-z-]+)\]$", re.MULTILINE)


def mypy_strict(path: Path, config: Path) -> tuple[str, int]:
    """mypy --strict on ``path`` alone, as in a user's project: none of this repository's settings.

    In a process of its own: mypy raises the interpreter's recursion limit, which would
    change what other tests of this session see.
    """
    command = [sys.executable, "-m", "mypy", "--config-file", str(config), "--strict", "--cache-dir", str(CACHE)]
    done = subprocess.run([*command, "--no-error-summary", str(path)], capture_output=True, text=True, timeout=300)
    return done.stdout + done.stderr, done.returncode


def marked_mistakes() -> dict[int, str]:
    lines = USER_CODE.read_text(encoding="utf-8").splitlines()
    return {number: match.group(1) for number, line in enumerate(lines, 1) if (match := IGNORE.search(line))}


def test_user_code_passes_mypy_strict_and_every_marked_mistake_is_caught(tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    output, status = mypy_strict(USER_CODE, config)
    assert (status, output) == (0, "")  # an unused ignore (a mistake mypy missed) would be an error here

    mistakes = marked_mistakes()
    assert len(mistakes) >= 7
    bare = tmp_path / "user_code.py"
    bare.write_text(IGNORE.sub("", USER_CODE.read_text(encoding="utf-8")) + "\n", encoding="utf-8")
    output, status = mypy_strict(bare, config)
    reported = {
        int(match.group(1)): match.group(2)
        for match in re.finditer(r"^[^\n]*user_code\.py:(\d+): error: .*\[([a-z-]+)\]$", output, re.MULTILINE)
    }
    assert status == 1
    assert reported == mistakes, output
