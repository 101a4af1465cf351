"""Today's lifecycle union narrows under ``mypy --strict`` (``match`` and ``isinstance``), and mypy really checks it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("mypy")

from tests.typing.test_user_code import IGNORE, mypy_strict  # noqa: E402

CODE = Path(__file__).resolve().with_name("lifecycle_2026_08_16.py")


def test_lifecycle_narrows_and_unnarrowed_reads_are_caught(tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    output, status = mypy_strict(CODE, config)
    assert (status, output) == (0, "")  # assert_type fails where an arm did not narrow; an unused ignore fails too

    text = CODE.read_text(encoding="utf-8")
    mistakes = {n: m.group(1) for n, line in enumerate(text.splitlines(), 1) if (m := IGNORE.search(line))}
    assert set(mistakes.values()) == {"union-attr"}
    bare = tmp_path / CODE.name
    bare.write_text(IGNORE.sub("", text) + "\n", encoding="utf-8")
    output, status = mypy_strict(bare, config)
    reported = {
        int(m.group(1)): m.group(2)
        for m in re.finditer(r"^[^\n]*\.py:(\d+): error: .*\[([a-z-]+)\]$", output, re.MULTILINE)
    }
    assert status == 1 and reported == mistakes, output
