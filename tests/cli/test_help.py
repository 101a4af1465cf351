"""``--help`` of every verb the docs show (cli.md, index.md, README), as a subprocess: it names each flag used."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from tests.cli.test_cli import cli

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "docs" / "cli.md", ROOT / "docs" / "index.md", ROOT / "README.md"]


def readme_command_lines() -> dict[str, set[str]]:
    """Each verb of the ``retab-runs`` lines of the ``sh`` blocks of those pages, with the flags its lines use."""
    verbs: dict[str, set[str]] = {}
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for block in re.findall(r"^```sh\n(.*?)^```", text, re.MULTILINE | re.DOTALL):
            for line in block.splitlines():
                words = shlex.split(line.split(" #", 1)[0])
                if not words or words[0] != "retab-runs":
                    continue
                verbs.setdefault(words[1], set()).update(w.split("=", 1)[0] for w in words[2:] if w.startswith("--"))
    return verbs


VERBS = readme_command_lines()


def test_the_readme_shows_the_runs_verbs() -> None:
    assert {"list", "run", "get", "watch", "approve", "reject", "cancel", "restart", "steps", "serve", "demo"} <= set(
        VERBS
    )


def test_the_top_level_help_lists_every_verb_the_readme_shows() -> None:
    result = cli("--help")
    assert result.returncode == 0 and result.stderr == ""
    listed = set(re.findall(r"^    (\w+) ", result.stdout, re.MULTILINE))
    assert set(VERBS) <= listed, result.stdout


@pytest.mark.parametrize("verb", sorted(VERBS))
def test_each_verb_explains_itself_and_every_flag_the_readme_uses(verb: str) -> None:
    result = cli(verb, "--help")
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith(f"usage: retab-runs {verb} ")
    assert "exit codes: 0 done" in result.stdout  # each verb's help ends with what its exit code means
    for flag in VERBS[verb]:
        assert re.search(rf"^  {re.escape(flag)}\b", result.stdout, re.MULTILINE), (flag, result.stdout)
    lines = result.stdout.splitlines()
    for number, line in enumerate(lines):
        if re.fullmatch(r"  -[-\w]+( \S+)?", line):  # an option alone on its line: its help is on the next one
            assert lines[number + 1].startswith(" " * 10), f"{verb}: {line.strip()} says nothing about itself"
