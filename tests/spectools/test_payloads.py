"""Every run record the vendor published, through every reader this project ships.

Most of them do not fit the 2026-02-26 contract (they are older or newer); what is pinned is
that each is either parsed or refused with a message naming its first real problem, and that
a record of the later "v2" shape (``lifecycle``, ``timing``, no flat ``status``) is named as
such by the attrs models and ``validate_run`` instead of "config_snapshot_id is required".
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pydantic
import pytest

from retab_runs import ValidationIssue, validate_run
from retab_runs_client.errors import ModelParseError
from retab_runs_client.models import WorkflowRun
from retab_runs_schema import WorkflowRun as SchemaWorkflowRun
from tests.spectools.corpus import VENDOR

NEWER = "(root): is a newer run record shape"
BLOCK_ERA = "(root): is a block-era run record"
MISSING_SNAPSHOT = "config_snapshot_id: is required but missing"
# from_json names the first problem, then how many more there are, or the era the checker names.
MORE = " (and 1 more problem: validate_run lists them all)"
IN_BLOCK_ERA = "; the record is a block-era run record"


def records() -> Iterator[tuple[str, str]]:
    """(name, JSON text) of each docs example and each record of the vendor SDK's tests."""
    for path in sorted((VENDOR / "payloads").glob("docs-*.json")):
        yield path.name, path.read_text(encoding="utf-8")
    for record in json.loads((VENDOR / "payloads" / "sdk-python-tests.json").read_text(encoding="utf-8")):
        yield (
            f"sdk {record['commit']} {record['file'].rsplit('/', 1)[-1]}:{record['line']}",
            json.dumps(record["payload"]),
        )


def outcome(text: str) -> tuple[str, str, str, str]:
    """(attrs from_json, validate_run strict, validate_run compatible, pydantic): "ok" or the first problem."""
    try:
        WorkflowRun.from_json(text)
        parsed = "ok"
    except ModelParseError as exc:
        parsed = str(exc)
    strict, compatible = (validate_run(text, profile=p) for p in ("strict", "compatible"))
    try:
        SchemaWorkflowRun.model_validate_json(text)
        checked = "ok"
    except pydantic.ValidationError as exc:
        error = exc.errors()[0]
        checked = f"{'.'.join(map(str, error['loc']))}: {error['msg']}"

    def short(message: str) -> str:
        for prefix in (NEWER, BLOCK_ERA, MISSING_SNAPSHOT + IN_BLOCK_ERA):
            if message.startswith(prefix):
                return prefix
        return message

    def first(issues: list[ValidationIssue]) -> str:
        return short(str(issues[0]).removeprefix("/")) if issues else "ok"

    return short(parsed), first(strict), first(compatible), checked


OLD = (MISSING_SNAPSHOT, MISSING_SNAPSHOT, MISSING_SNAPSHOT, "config_snapshot_id: Field required")
# The block era (2026-04-15 .. 2026-05-10): the node -> block rename, named rather than a missing node_id.
BLOCK = (MISSING_SNAPSHOT + IN_BLOCK_ERA, BLOCK_ERA, BLOCK_ERA, "config_snapshot_id: Field required")
V2 = (NEWER, NEWER, NEWER, "workflow_id: Field required")  # pydantic: see README, not named there
PINNED: dict[str, tuple[str, str, str, str]] = {
    "docs-get-2026-01-13-7085374.json": (MISSING_SNAPSHOT + MORE, *OLD[1:]),
    "docs-get-2026-03-20-5454684.json": OLD,
    "docs-get-2026-04-15-7f7cc88.json": BLOCK,
    "docs-get-2026-05-10-c49b8d3.json": BLOCK,
    "docs-get-2026-05-12-6979414.json": V2,
    "docs-get-2026-05-30-cef63ed.json": V2,
    "sdk 3eb49cd0 test_workflows.py:111": OLD,
    "sdk 15f90de0 test_workflows.py:176": ("ok", "ok", "ok", "ok"),
    "sdk 15f90de0 test_workflows.py:333": OLD,
    "sdk 15f90de0 test_workflows.py:375": OLD,
    "sdk 15f90de0 test_workflows.py:402": OLD,
    "sdk f5db7655 test_workflows.py:534": OLD,
    "sdk f5db7655 test_workflows.py:557": OLD,
    "sdk f5db7655 test_workflows.py:714": OLD,
    "sdk c87eb89d test_workflows.py:124": BLOCK,
    "sdk c87eb89d test_workflows.py:804": BLOCK,
    "sdk f4e98f80 test_workflows.py:124": BLOCK,
    "sdk 8bf8fdc8 test_workflows.py:125": BLOCK,
    "sdk 8bf8fdc8 test_workflows.py:945": BLOCK,
    "sdk cbcd586b test_workflows.py:162": V2,
    "sdk 702138c8 test_workflows.py:162": V2,
    "sdk 02956685 test_workflows.py:310": V2,
    "sdk 1a73c182 test_workflows.py:276": V2,
    "sdk 1a73c182 test_workflows.py:341": V2,
    "sdk 4f189363 test_workflows.py:503": V2,
    "sdk 4f189363 test_workflows.py:572": V2,
    "sdk 295ad7f1 test_workflows.py:534": (NEWER, NEWER, NEWER, "workflow_name: Field required"),
}
RECORDS = list(records())


def test_every_record_is_pinned() -> None:
    assert [name for name, _ in RECORDS] == list(PINNED)


@pytest.mark.parametrize(("name", "text"), RECORDS, ids=[name for name, _ in RECORDS])
def test_record_outcome_is_pinned(name: str, text: str) -> None:
    assert outcome(text) == PINNED[name]


def test_a_v2_record_is_refused_as_a_newer_shape_in_one_issue() -> None:
    text = (VENDOR / "payloads" / "docs-get-2026-05-30-cef63ed.json").read_text(encoding="utf-8")
    for profile in ("strict", "compatible"):
        [issue] = validate_run(text, profile=profile)
        assert issue.path == "" and "newer run record shape" in issue.message and "does not speak" in issue.message
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_dict(json.loads(text))
    assert caught.value.loc == [] and "newer run record shape" in caught.value.problem


def test_a_current_record_with_an_extra_lifecycle_key_is_not_called_newer() -> None:
    from tests.spec import example

    payload = {**example("complete"), "lifecycle": {"status": "completed"}}
    assert validate_run(payload) == [] and WorkflowRun.from_dict(payload)["lifecycle"] == {"status": "completed"}


def test_client_get_names_a_v2_record_as_a_newer_shape() -> None:
    import httpx

    from retab_runs import ResponseValidationError, Retab

    body = (VENDOR / "payloads" / "docs-get-2026-05-30-cef63ed.json").read_bytes()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )
    client = Retab(api_key="sk-test", base_url="https://retab.test", http_client=httpx.Client(transport=transport))
    with client, pytest.raises(ResponseValidationError) as caught:
        client.workflows.runs.get("run_v2")
    [problem] = caught.value.problems
    assert problem.path == "" and "newer run record shape" in problem.message
    assert "newer run record shape" in str(caught.value) and "config_snapshot_id" not in str(caught.value)
