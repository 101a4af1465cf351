"""Every code block of the documentation site (docs/*.md) and of the README runs, or names the test that checks it.

A ``python`` block runs as written, in a fresh interpreter, against the embedded server (its
address and key in ``RETAB_API_BASE_URL``/``RETAB_API_KEY``, ``https://api.retab.com`` read as
its address), in a directory holding ``invoice.pdf``; a block that imports today's client
(``retab_runs.v2026_08_16``) runs against the server speaking 2026-08-16, with the example's
``run_abc123xyz`` read as its completed built-in run. Any other block is preceded by a comment
``<!-- checked: tests/<path>.py -->`` (among the comment lines just above it) naming a test
module that reads that page; ``make`` lines (install.md, README.md) must name targets of the
Makefile, and vendor.md's report is the one the command prints. The site itself builds in ``make docs`` (strict).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from retab_runs.testing import RunningServer, RunningTodayServer, retab_server_running

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]
FENCE = re.compile(r"^( *)```(\w*)\n(.*?)^\1```$", re.MULTILINE | re.DOTALL)
CHECKED = re.compile(r"<!-- checked: (tests/[\w/]+\.py) -->\s*$")
COMMENT = re.compile(r"^\s*<!--.*-->\s*$")


@dataclass(frozen=True)
class Block:
    page: Path
    line: int
    language: str
    code: str
    checked_by: str | None

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def checked_marker(before: str) -> re.Match[str] | None:
    """The ``checked:`` comment among the comment lines just above a block (another comment, such as
    webhooks.md's ``<!-- example: name -->``, may have to be the line next to the fence)."""
    for line in reversed(before.rstrip("\n").split("\n")):
        if not COMMENT.match(line):
            return None
        if found := CHECKED.search(line):
            return found
    return None


def blocks() -> list[Block]:
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            marker = checked_marker(text[: match.start()])
            indent = len(match.group(1))
            code = "\n".join(line[indent:] for line in match.group(3).splitlines()) + "\n"
            line = text.count("\n", 0, match.start()) + 1
            found.append(Block(page, line, match.group(2), code, marker.group(1) if marker else None))
    return found


BLOCKS = blocks()
RUN = [block for block in BLOCKS if block.language == "python" and block.checked_by is None]
CHECKED_ELSEWHERE = [block for block in BLOCKS if block not in RUN]


def test_the_pages_have_blocks_to_check() -> None:
    assert len(RUN) >= 8 and {block.page.name for block in RUN} >= {"index.md", "client.md", "models.md", "README.md"}


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with retab_server_running() as running:
        yield running


@pytest.fixture(scope="module")
def today_server() -> Iterator[RunningTodayServer]:
    with retab_server_running(api_version="2026-08-16") as running:
        yield running


TODAY_CLIENT = "retab_runs.v2026_08_16"


@pytest.mark.parametrize("block", RUN, ids=[block.name for block in RUN])
def test_each_python_block_runs(
    block: Block, server: RunningServer, today_server: RunningTodayServer, tmp_path: Path
) -> None:
    shutil.copy(ROOT / "examples" / "invoice.pdf", tmp_path / "invoice.pdf")
    env = {k: v for k, v in os.environ.items() if not k.startswith("RETAB_")}
    target: RunningServer | RunningTodayServer = today_server if TODAY_CLIENT in block.code else server
    env.update(RETAB_API_BASE_URL=target.base_url, RETAB_API_KEY=target.api_key)
    code = block.code.replace("https://api.retab.com", target.base_url)
    if target is today_server:
        code = code.replace("run_abc123xyz", "run_today_completed")
    done = subprocess.run(
        [sys.executable, "-W", "error::ResourceWarning", "-c", code],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, f"{block.name}:\n{done.stderr}"


@pytest.mark.parametrize("block", CHECKED_ELSEWHERE, ids=[block.name for block in CHECKED_ELSEWHERE])
def test_each_other_block_names_a_test_that_reads_its_page(block: Block) -> None:
    assert block.checked_by is not None, (
        f"{block.name}: a {block.language or 'plain'} block needs <!-- checked: ... -->"
    )
    test = ROOT / block.checked_by
    assert test.is_file(), block.checked_by
    assert block.page.name in test.read_text(encoding="utf-8"), f"{block.checked_by} does not read {block.page.name}"


def test_make_lines_name_real_targets() -> None:
    targets = set(re.findall(r"^([\w-]+):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE))
    for block in BLOCKS:
        for line in block.code.splitlines():
            if line.startswith("make "):
                assert line.split()[1] in targets, f"{block.name}: {line}"


def test_the_contributing_page_names_real_mutmut_commands() -> None:
    """contributing.md: its make line is a target (above), and each ``mutmut`` line a command of the pinned mutmut."""
    page = ROOT / "docs" / "contributing.md"
    (block,) = [block for block in BLOCKS if block.page == page and block.language == "sh"]
    commands = [line.split()[1] for line in block.code.splitlines() if line.startswith(".venv/bin/mutmut ")]
    assert commands, block.code
    mutmut = Path(sys.executable).with_name("mutmut")
    listed = subprocess.run([str(mutmut), "--help"], capture_output=True, text=True, timeout=60).stdout
    known = set(listed.split("Commands:", 1)[1].split())
    assert set(commands) <= known, (commands, known)


def test_the_vendor_page_shows_the_real_report() -> None:
    """vendor.md: the command of its sh block runs, and its text block is what the report says."""
    page = ROOT / "docs" / "vendor.md"
    (text,) = [block for block in BLOCKS if block.page == page and block.language == "text"]
    lines = text.code.splitlines()
    command = lines[0].removeprefix("$ ").split()
    assert command[0] == ".venv/bin/python" and command[1] == "scripts/spec_diff.py"
    done = subprocess.run([sys.executable, *command[1:]], cwd=ROOT, capture_output=True, text=True, timeout=120)
    report = done.stdout.splitlines()
    shown = lines[1 : lines.index("$ echo $?")]
    assert (done.returncode, report) == (int(lines[lines.index("$ echo $?") + 1]), shown)
    (sh,) = [block for block in BLOCKS if block.page == page and block.language == "sh"]
    assert sh.code.split()[:3] == command[:3]


def test_make_test_builds_the_site_strictly() -> None:
    """CI runs make test (.ci/run): its prerequisites include docs, which builds with --strict."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "docs" in re.search(r"^test: (.*)$", makefile, re.MULTILINE).group(1).split()  # type: ignore[union-attr]
    assert re.search(r"^docs: .*\n\t.*mkdocs build --strict", makefile, re.MULTILINE)
    assert "strict: true" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
