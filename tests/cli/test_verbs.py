"""The verbs that start, review, cancel and inspect runs, as a subprocess against the embedded server."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from retab_runs.server import RunStore
from retab_runs.testing import RunningServer, retab_server_running
from tests.cli.test_cli import KEY, at, cli

INVOICE = Path(__file__).resolve().parents[2] / "examples" / "invoice.pdf"
WORKFLOW = "wf_demo_review"
FAST = ("--interval", "0.05")


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with retab_server_running(RunStore(api_key=KEY, speed=8.0)) as running:
        yield running


def started_at_review(server: RunningServer) -> tuple[str, str]:
    """A new run of the review workflow, followed until it waits: (run id, node that waits)."""
    result = cli("run", WORKFLOW, "--file", str(INVOICE), "--wait", *FAST, env=at(server))
    assert result.returncode == 6, (result.stdout, result.stderr)
    first = result.stdout.splitlines()[0]
    assert first.startswith("created run ") and f" of {WORKFLOW} (" in first and first.endswith("; invoice)")
    run_id = first.split()[2]
    waits = re.findall(r"^  waits for human review at node (\S+)", result.stdout, re.MULTILINE)
    assert len(waits) == 1, result.stdout
    assert f"  approve: retab-runs approve {run_id} {waits[0]} [--data JSON]" in result.stdout.splitlines()
    assert result.stderr == ""
    return run_id, waits[0]


def test_run_with_inputs_sends_them(server: RunningServer) -> None:
    result = cli("run", WORKFLOW, "--file", f"contract={INVOICE}", "--input", "note=urgent: a=b",
                 "--json-input", 'meta={"po": 7}', "--json", env=at(server))  # fmt: skip
    assert result.returncode == 0, result.stderr
    run = json.loads(result.stdout)
    assert run["workflow_id"] == WORKFLOW and result.stdout.count("\n") == 1
    assert run["input_text_data"] == {"note": "urgent: a=b"} and run["input_json_data"] == {"meta": {"po": 7}}
    assert run["input_documents"]["contract"]["filename"] == "invoice.pdf"
    assert run["input_documents"]["contract"]["mime_type"] == "application/pdf"


def test_run_without_wait_says_how_to_follow(server: RunningServer) -> None:
    result = cli("run", WORKFLOW, env=at(server))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    run_id = lines[0].split()[2]
    assert lines[0].endswith("; no documents)") and lines[1] == f"  follow it: retab-runs watch {run_id}"


def test_approve_then_watch_to_completion_then_outputs(server: RunningServer) -> None:
    run_id, node = started_at_review(server)
    approved = cli("approve", run_id, node, "--data", '{"total": 1234.56}', env=at(server))
    assert approved.returncode == 0, approved.stderr
    assert approved.stdout.startswith(f"run {run_id}: review at {node} approved (resume ")
    watched = cli("watch", run_id, *FAST, env=at(server))
    assert watched.returncode == 0, watched.stderr
    assert f"run {run_id} completed in " in watched.stdout
    shown = cli("get", run_id, env=at(server))
    assert "  Status     completed" in shown.stdout and "  Outputs" in shown.stdout
    steps = cli("steps", run_id, env=at(server))
    assert steps.returncode == 0, steps.stderr
    assert any(line.split()[:2] == ["✓", node] for line in steps.stdout.splitlines())
    one = cli("steps", run_id, node, env=at(server))
    assert one.returncode == 0 and one.stdout.startswith(f"Step {node} · ")
    as_json = cli("steps", run_id, node, "--json", env=at(server))
    assert json.loads(as_json.stdout)["node_id"] == node
    again = cli("approve", run_id, node, env=at(server))  # a new command: the review is over
    assert again.returncode == 1 and again.stdout == ""
    assert again.stderr.startswith("retab-runs: conflict: ") and again.stderr.count("\n") == 1


def test_approve_wait_follows_to_the_end(server: RunningServer) -> None:
    run_id, node = started_at_review(server)
    result = cli("approve", run_id, node, "--wait", *FAST, env=at(server))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith(f"run {run_id} completed in ")


def test_reject_ends_the_run_in_error_at_the_node(server: RunningServer) -> None:
    run_id, node = started_at_review(server)
    rejected = cli("reject", run_id, node, env=at(server))
    assert rejected.returncode == 0, rejected.stderr
    assert rejected.stdout.startswith(f"run {run_id}: review at {node} rejected (resume ")
    assert rejected.stdout.splitlines() == [rejected.stdout.splitlines()[0]], "no 'follow it' for a run that ended"
    assert rejected.stdout.rstrip("\n").endswith("; the run ended: error"), rejected.stdout
    watched = cli("watch", run_id, *FAST, env=at(server))
    assert watched.returncode == 3, watched.stderr
    assert f"run {run_id} error in " in watched.stdout and node in watched.stdout


def test_cancel_a_run_waiting_for_review(server: RunningServer) -> None:
    run_id, _ = started_at_review(server)
    result = cli("cancel", run_id, env=at(server))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"run {run_id}: cancel")
    watched = cli("watch", run_id, *FAST, env=at(server))
    assert watched.returncode == 4, (watched.stdout, watched.stderr)


def test_restart_makes_a_new_run_and_can_follow_it(server: RunningServer) -> None:
    run_id, _ = started_at_review(server)
    result = cli("restart", run_id, "--wait", *FAST, env=at(server))
    assert result.returncode == 6, (result.stdout, result.stderr)
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"run {run_id} restarted as run ")
    assert first.split()[5] != run_id


def test_restart_json_is_the_new_run(server: RunningServer) -> None:
    run_id, _ = started_at_review(server)
    result = cli("restart", run_id, "--json", env=at(server))
    assert result.returncode == 0, result.stderr
    new = json.loads(result.stdout)
    assert new["id"] != run_id and new["trigger_type"] == "restart"


def test_list_shows_the_runs_of_a_workflow(server: RunningServer) -> None:
    made = [cli("run", WORKFLOW, "--json", env=at(server)) for _ in range(3)]
    ids = [json.loads(result.stdout)["id"] for result in made]
    table = cli("list", "--workflow-id", WORKFLOW, "--limit", "3", env=at(server))
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split() == ["ID", "STATUS", "WORKFLOW", "CREATED", "DURATION", "COST"]
    assert [line.split()[0] for line in lines[1:]] == ids[::-1]  # newest first
    assert all(line.split()[2] == WORKFLOW for line in lines[1:])
    as_json = cli("list", "--workflow-id", WORKFLOW, "--order", "asc", "--json", "--all", env=at(server))
    runs = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert [run["id"] for run in runs][-3:] == ids and all(run["workflow_id"] == WORKFLOW for run in runs)


def test_list_with_no_match_says_so(server: RunningServer) -> None:
    result = cli("list", "--workflow-id", "wf_nothing_here", env=at(server))
    assert result.returncode == 0 and result.stdout == "no runs match\n"
    assert cli("list", "--workflow-id", "wf_nothing_here", "--json", env=at(server)).stdout == ""


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (["cancel", "run_nope"], "retab-runs: no such run run_nope: "),
        (["restart", "run_nope"], "retab-runs: no such run run_nope: "),
        (["approve", "run_nope", "review"], "retab-runs: no such run run_nope or node review: "),
        (["steps", "run_nope"], "retab-runs: no such run run_nope: "),
        (["steps", "run_nope", "review-1"], "retab-runs: no such run run_nope or node review-1: "),
    ],
)
def test_unknown_ids_fail_in_one_line(server: RunningServer, args: list[str], start: str) -> None:
    result = cli(*args, env=at(server))
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stderr.startswith(start) and result.stderr.count("\n") == 1 and result.stdout == ""
