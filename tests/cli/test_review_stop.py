"""``watch`` stops at a review, names the node that waits and how to go on, and exits 6."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retab_runs.server import RunStore
from retab_runs.testing import RunningServer, retab_server_running
from tests.cli.test_cli import KEY, at, cli


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with retab_server_running(RunStore(api_key=KEY, speed=8.0)) as running:
        yield running


def test_watch_stops_at_a_review_naming_the_node(server: RunningServer) -> None:
    result = cli("watch", "run_demo_progress~review", "--interval", "0.05", env=at(server))
    assert result.returncode == 6, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-4].startswith("run run_demo_progress~review waiting_for_human · $0.")
    assert lines[-3:] == [
        "  waits for human review at node review-1 (Check Totals)",
        "  approve: retab-runs approve 'run_demo_progress~review' review-1 [--data JSON]",
        "  reject:  retab-runs reject 'run_demo_progress~review' review-1",
    ]
    assert not any(line.endswith(": completed") for line in lines)  # it did not wait past the review
    assert result.stderr == ""


def test_watch_through_review_goes_on_to_the_end(server: RunningServer) -> None:
    result = cli("watch", "run_demo_progress~through", "--interval", "0.05", "--through-review", env=at(server))
    assert result.returncode == 0, result.stderr
    statuses = [line.rsplit(": ", 1)[1] for line in result.stdout.splitlines() if "] run run_demo_progress~" in line]
    assert statuses[-3:] == ["waiting_for_human", "running", "completed"]
    assert "waits for human review" not in result.stdout


def test_watch_json_prints_the_run_where_it_stopped(server: RunningServer) -> None:
    import json

    result = cli("watch", "run_demo_progress~json", "--interval", "0.05", "--json", env=at(server))
    assert result.returncode == 6, result.stderr
    assert result.stdout.count("\n") == 1
    run = json.loads(result.stdout)
    assert run["status"] == "waiting_for_human" and run["waiting_for_node_ids"] == ["review-1"]
