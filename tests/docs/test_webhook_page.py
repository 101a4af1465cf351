"""docs/webhooks.md's blocks that are not Python: the SQL of handling once, the command lines of
trying it on one machine, and the fixture file that names webhooks per workflow.

(The FastAPI, Flask and Django receivers of that page run in tests/webhooks/test_frameworks.py.)
"""

from __future__ import annotations

import json
import re
import shlex
import sqlite3
from pathlib import Path

import pytest

from retab_runs.server import RunStore
from retab_runs.server._webhook_targets import WebhookTarget, load_fixture
from tests.cli.test_cli import cli

PAGE = Path(__file__).resolve().parents[2] / "docs" / "webhooks.md"


def block(language: str, starts: str) -> str:
    """The ``language`` block of webhooks.md whose text starts with ``starts``."""
    text = PAGE.read_text(encoding="utf-8")
    found: list[str] = [
        code for code in re.findall(rf"^```{language}\n(.*?)^```", text, re.M | re.S) if code.startswith(starts)
    ]
    assert len(found) == 1, f"webhooks.md has {len(found)} {language} blocks starting {starts!r}"
    return found[0]


def command_lines() -> dict[tuple[str, ...], set[str]]:
    """Each verb (``webhooks verify`` is two words) of the ``retab-runs`` lines, with the flags they use."""
    verbs: dict[tuple[str, ...], set[str]] = {}
    for line in block("sh", "retab-runs listen").splitlines():
        words = shlex.split(line.split(" #", 1)[0])
        if not words or words[0] != "retab-runs":
            continue
        verb = tuple(words[1:3]) if words[1] == "webhooks" else (words[1],)
        verbs.setdefault(verb, set()).update(w.split("=", 1)[0] for w in words[1 + len(verb) :] if w.startswith("--"))
    return verbs


def test_the_sql_keeps_one_row_per_delivery_key() -> None:
    """The table and the insert, on SQLite (its spelling of ``now()``): a repeat inserts 0 rows."""
    create, insert = (line.split("  --", 1)[0] for line in block("sql", "CREATE TABLE").splitlines())
    database = sqlite3.connect(":memory:")
    try:
        database.execute(create.replace("DEFAULT now()", "DEFAULT CURRENT_TIMESTAMP"))
        counts = [database.execute(insert, {"key": key}).rowcount for key in ("evt_1", "evt_1", "evt_2")]
    finally:
        database.close()
    assert counts == [1, 0, 1]


COMMANDS = command_lines()


def test_the_page_shows_the_webhook_verbs() -> None:
    assert {("listen",), ("serve",), ("run",), ("trigger",), ("webhooks", "verify")} <= set(COMMANDS)


@pytest.mark.parametrize("verb", sorted(COMMANDS), ids=" ".join)
def test_each_webhook_command_takes_the_flags_the_page_uses(verb: tuple[str, ...]) -> None:
    result = cli(*verb, "--help")
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith(f"usage: retab-runs {' '.join(verb)} ")
    for flag in COMMANDS[verb]:
        assert re.search(rf"^  {re.escape(flag)}\b", result.stdout, re.MULTILINE), (flag, result.stdout)


def test_the_fixture_file_names_a_webhook_per_workflow(tmp_path: Path) -> None:
    path = tmp_path / "fixtures.json"
    path.write_text(block("json", '{"webhooks"'), encoding="utf-8")
    json.loads(path.read_text(encoding="utf-8"))
    targets: dict[str, WebhookTarget] = {}
    assert load_fixture(RunStore(), path, targets) == 0
    target = targets["wf_invoices"]
    assert (target.url, target.format) == ("http://127.0.0.1:8765/", "end-node")


def test_todays_envelope_holds_a_run_of_todays_contract() -> None:
    """The example envelope of today's API: its ``data`` is a valid 2026-08-16 run, and reads as one."""
    from retab_runs import validate_run
    from retab_runs_client.v2026_08_16.models import CompletedTerminal, WorkflowRun

    envelope = json.loads(block("json", '{"id": "evt_...", "type": "workflow.run.completed"'))
    assert envelope["type"] == "workflow.run.completed"
    assert validate_run(envelope["data"], api_version="2026-08-16") == []
    assert isinstance(WorkflowRun.from_dict(envelope["data"]).lifecycle, CompletedTerminal)
