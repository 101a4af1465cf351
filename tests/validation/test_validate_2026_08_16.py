"""validate_run against either contract, and records of another era named as such.

The vendor's docs examples of 2026-08-16 (spec/vendor/payloads-2026-08-16) lag its schema: their
runs carry ``workflow: {workflow_id, version_id}``. Records of the block era (2026-04-15 ..
2026-05-10, spec/vendor/payloads) are named as such under both contracts.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from retab_runs import API_VERSIONS, ApiVersion, validate_run
from retab_runs_client.errors import ModelParseError
from retab_runs_client.models import WorkflowRun
from tests.spec import ROOT, example

TODAY: ApiVersion = "2026-08-16"
SEED: ApiVersion = "2026-02-26"
VENDOR = ROOT / "spec" / "vendor"
DOCS = sorted((VENDOR / "payloads-2026-08-16").glob("docs-*.json"))
DOCS_EXAMPLE = "carries `workflow: {workflow_id, version_id}`"


def runs_in(path: Path) -> list[dict[str, Any]]:
    """The run records a docs example of 2026-08-16 holds (a run, a cancel answer's run, a page's runs)."""
    body = json.loads(path.read_text(encoding="utf-8"))
    if "lifecycle" in body and "step_id" not in body:
        return [body]
    if "run" in body:
        return [body["run"]]
    if isinstance(body.get("data"), list) and body["data"] and "step_id" not in body["data"][0]:
        return list(body["data"])
    return []


DOCS_RUNS = [(f"{p.stem}[{i}]", run) for p in DOCS for i, run in enumerate(runs_in(p))]


def seed_record(name: str) -> dict[str, Any]:
    """The spec's complete example, or the fewest keys the seed's contract requires."""
    if name == "complete":
        return example("complete")
    return {"workflow_id": "wf", "workflow_name": "n", "organization_id": "org", "config_snapshot_id": "c"}


def today_run(status: str = "completed", **lifecycle: Any) -> dict[str, Any]:
    return {
        "id": "run_1",
        "workflow_id": "wf_1",
        "workflow_version_id": "ver_1",
        "trigger": {"type": "api"},
        "lifecycle": {"status": status, **lifecycle},
        "timing": {"created_at": "2026-08-16T10:00:00Z"},
    }


def test_the_docs_examples_hold_runs_of_every_kind() -> None:
    assert len(DOCS) == 7
    assert len(DOCS_RUNS) >= 4  # get, create, cancel's run, the list's runs


@pytest.mark.parametrize(("name", "record"), DOCS_RUNS, ids=[n for n, _ in DOCS_RUNS])
@pytest.mark.parametrize("as_text", [True, False], ids=["text", "mapping"])
def test_a_docs_example_is_refused_with_what_it_carries_instead(
    name: str, record: dict[str, Any], as_text: bool
) -> None:
    data: Any = json.dumps(record) if as_text else record
    [issue] = validate_run(data, profile="strict", api_version=TODAY)
    assert issue.path == ""
    assert DOCS_EXAMPLE in issue.message
    assert "`workflow_id` and `workflow_version_id`" in issue.message
    # That is its only difference from the schema: moved to the top, it is valid.
    fixed = copy.deepcopy(record)
    workflow = fixed.pop("workflow")
    fixed |= {"workflow_id": workflow["workflow_id"], "workflow_version_id": workflow["version_id"]}
    assert validate_run(fixed, api_version=TODAY) == []


def test_today_s_record_is_valid_under_today_s_contract_only() -> None:
    record = today_run("error", message="boom", stage="execution")
    assert validate_run(record, api_version=TODAY) == []
    assert validate_run(json.dumps(record).encode(), api_version=TODAY) == []
    [issue] = validate_run(record, api_version=SEED)
    assert issue.path == "" and "newer run record shape" in issue.message


def test_a_seed_record_under_today_s_contract_names_its_era() -> None:
    for data in (example("complete"), json.dumps(example("complete"))):
        [issue] = validate_run(data, api_version=TODAY)
        assert issue.path == "" and "2026-02-26" in issue.message and "lifecycle" in issue.message


def test_a_later_lifecycle_status_is_refused_strictly_and_kept_compatibly() -> None:
    record = today_run("paused_for_budget")
    [issue] = validate_run(record, profile="strict", api_version=TODAY)
    assert issue.path == "/lifecycle" and "`status` should be one of" in issue.message
    assert validate_run(record, profile="compatible", api_version=TODAY) == []
    assert validate_run(json.dumps(record), profile="compatible", api_version=TODAY) == []


@pytest.mark.parametrize(
    ("lifecycle", "path", "words"),
    [
        ({"message": "no status"}, "/lifecycle", "needs its `status`"),
        ({"status": "error"}, "/lifecycle/message", "is required but missing"),
        ({"status": "awaiting_review", "waiting_for_block_ids": "b"}, "/lifecycle/waiting_for_block_ids", "array"),
        ("completed", "/lifecycle", "should be an object"),
    ],
)
def test_a_lifecycle_that_does_not_fit_is_named_at_its_path(lifecycle: Any, path: str, words: str) -> None:
    record = today_run()
    record["lifecycle"] = lifecycle
    for profile in ("strict", "compatible"):
        issues = validate_run(record, profile=profile, api_version=TODAY)
        assert [i.path for i in issues] == [path] and words in issues[0].message


def test_an_unknown_api_version_is_a_value_error() -> None:
    assert API_VERSIONS == (SEED, TODAY)
    with pytest.raises(ValueError, match="api_version must be one of 2026-02-26, 2026-08-16"):
        validate_run({}, api_version="2026-09-01")  # type: ignore[arg-type]


# -- one rule for today-shaped records under the seed's contract (issue: validate_run and the client agreed) --


def today_shaped(seed_record: dict[str, Any]) -> dict[str, Any]:
    """A record valid for the seed's schema but for its era: a lifecycle, and no flat status."""
    record = {k: v for k, v in seed_record.items() if k != "status"}
    record["lifecycle"] = {"status": "completed"}
    return record


@pytest.mark.parametrize("name", ["minimal", "complete"])
@pytest.mark.parametrize("profile", ["strict", "compatible"])
def test_validate_run_refuses_a_today_shaped_record_as_the_client_does(name: str, profile: str) -> None:
    record = today_shaped(seed_record(name))
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_dict(record)
    for data in (record, json.dumps(record), json.dumps(record).encode()):
        [issue] = validate_run(data, profile=profile)  # type: ignore[arg-type]
        assert issue.path == "" and issue.message == caught.value.problem


def test_the_rule_is_the_spec_s_and_listed_as_a_departure() -> None:
    from tests.spec import spec

    loaded = spec()
    assert loaded["components"]["schemas"]["WorkflowRun"]["x-newer-shape"]["present"] == ["lifecycle"]
    assert any("x-newer-shape" in line for line in loaded["info"]["x-retab-departures"])


# -- the block era (April-May 2026): the node -> block rename, named --


BLOCK_ERA = [
    VENDOR / "payloads" / "docs-get-2026-04-15-7f7cc88.json",
    VENDOR / "payloads" / "docs-get-2026-05-10-c49b8d3.json",
]


@pytest.mark.parametrize("path", BLOCK_ERA, ids=[p.stem for p in BLOCK_ERA])
@pytest.mark.parametrize("api_version", [SEED, TODAY])
def test_a_block_era_record_is_named_not_a_missing_node_id(path: Path, api_version: Any) -> None:
    for profile in ("strict", "compatible"):
        [issue] = validate_run(path.read_bytes(), profile=profile, api_version=api_version)
        assert issue.path == "" and "block-era run record" in issue.message
        assert "`block_id`" in issue.message and "`node_id`" in issue.message


def test_a_block_era_sdk_record_is_named_too() -> None:
    records = json.loads((VENDOR / "payloads" / "sdk-python-tests.json").read_text(encoding="utf-8"))
    block_era = [
        r["payload"] for r in records if "2026-04-15" <= r["date"][:10] <= "2026-05-10" and "status" in r["payload"]
    ]
    assert len(block_era) >= 4
    named = [validate_run(r)[0].message for r in block_era if validate_run(r)]
    assert named and all("block-era run record" in message for message in named)


def test_a_valid_seed_record_with_a_block_key_is_still_valid() -> None:
    record = {**example("complete"), "waiting_for_block_ids": ["b1"]}
    assert validate_run(record) == []


# -- from_dict says how many more problems there are --


def test_from_dict_names_the_first_problem_and_counts_the_rest() -> None:
    record = seed_record("minimal")
    for key in ("workflow_name", "organization_id", "config_snapshot_id"):
        del record[key]
    issues = validate_run(record, profile="compatible")
    assert len(issues) == 3
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_dict(record)
    assert caught.value.more == 2
    assert str(caught.value).endswith("(and 2 more problems: validate_run lists them all)")
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_json(json.dumps(record))
    assert caught.value.more == 2


def test_from_dict_with_one_problem_adds_nothing() -> None:
    record = seed_record("minimal")
    del record["workflow_name"]
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_dict(record)
    assert caught.value.more == 0 and "more problem" not in str(caught.value)


# -- validate_run and the shipped JSON Schema of 2026-08-16 agree --


AGREEMENT = [
    today_run(),
    today_run("awaiting_review", waiting_for_block_ids=["b1"]),
    today_run("error", message="boom", category="quota", details={"message": "m"}),
    today_run("cancelled", reason=None),
    today_run("error"),  # message missing
    today_run("paused_for_budget"),  # a status the contract does not list
    today_run("running") | {"trigger": {"type": "carrier_pigeon"}},
    today_run("completed") | {"timing": {"created_at": "yesterday"}},
    today_run("completed") | {"metadata": {"k": 1}},
    {k: v for k, v in today_run().items() if k != "timing"},
]


@pytest.mark.parametrize("record", AGREEMENT, ids=[str(i) for i in range(len(AGREEMENT))])
def test_validate_run_strict_agrees_with_the_json_schema(record: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from retab_runs_schema.v2026_08_16 import json_schema

    validator = jsonschema.Draft202012Validator(
        json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert (validate_run(record, api_version=TODAY) == []) == validator.is_valid(record)
