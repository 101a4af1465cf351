"""Today's client types its answers as today's models under ``mypy --strict``, and mixing contracts is reported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("mypy")

from tests.typing.test_user_code import IGNORE, mypy_strict  # noqa: E402

CODE = Path(__file__).resolve().with_name("client_today.py")


def test_todays_client_is_typed_and_misuse_is_caught(tmp_path: Path) -> None:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    output, status = mypy_strict(CODE, config)
    assert (status, output) == (0, "")  # assert_type fails where an arm did not narrow; an unused ignore fails too

    text = CODE.read_text(encoding="utf-8")
    mistakes = {n: m.group(1) for n, line in enumerate(text.splitlines(), 1) if (m := IGNORE.search(line))}
    assert set(mistakes.values()) == {"arg-type", "call-arg"}
    bare = tmp_path / CODE.name
    bare.write_text(IGNORE.sub("", text) + "\n", encoding="utf-8")
    output, status = mypy_strict(bare, config)
    reported = {
        int(m.group(1)): m.group(2)
        for m in re.finditer(r"^[^\n]*\.py:(\d+): error: .*\[([a-z-]+)\]$", output, re.MULTILINE)
    }
    assert status == 1 and reported == mistakes, output
