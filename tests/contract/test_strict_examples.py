"""The spec's examples and the server's runs, checked strictly: no key outside the schema.

Extra keys are fine for the client, so the ordinary checks let them pass; here they are
errors, so that a change to an object's shape (FinalNodeOutput losing ``label``) fails a
test by name instead of passing silently as extra keys.

Nothing here builds a RunStore at import: the built-in records are read as data, so that a
spec change they no longer fit fails the test of each record by name (with the field) instead
of stopping the collection of the whole module.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from retab_runs.server import SCENARIOS
from retab_runs.server._store import builtin_records
from tests.spec import example
from tests.specfacts import strict_problems

SEED_EXTRA_KEYS = {
    # the seed page's step carries its output; the schema has no such field
    ("/steps/1", "additionalProperties", "Additional properties are not allowed ('output' was unexpected)"),
    # the seed page names the file id `file_id`; BaseMIMEData calls it `id`
    (
        "/input_documents/start-node-1",
        "additionalProperties",
        "Additional properties are not allowed ('file_id' was unexpected)",
    ),
}


def test_complete_example_has_no_key_outside_the_schema() -> None:
    assert strict_problems(example("complete")) == set()


def test_legacy_seed_example_has_exactly_its_known_deviations() -> None:
    assert strict_problems(example("legacy_seed")) == SEED_EXTRA_KEYS | {
        ("", "required", "'config_snapshot_id' is a required property"),
        ("/input_documents/start-node-1", "required", "'id' is a required property"),
    }


def built_in_runs() -> dict[str, dict[str, Any]]:
    """The server's static records by id, as its fixture file holds them (nothing checked yet)."""
    return {str(record.get("id")): record for record in builtin_records()}


@pytest.mark.parametrize("run_id", sorted(built_in_runs()))
def test_built_in_runs_have_no_key_outside_the_schema(run_id: str) -> None:
    run = built_in_runs()[run_id]
    expected = SEED_EXTRA_KEYS if run_id == "run_abc123xyz" else set()  # the seed's record, completed
    assert strict_problems(run) == expected, f"built-in run {run_id!r}"


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_scenario_frames_have_no_key_outside_the_schema(name: str) -> None:
    scenario = SCENARIOS[name]
    started = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    for half_second in range(int(scenario.duration * 2) + 2):
        frame = scenario.render(half_second / 2, started)
        assert strict_problems(frame) == set(), (name, half_second / 2)
