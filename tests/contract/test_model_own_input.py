"""from_json and the client let go of the decoded dicts as they build; a caller's dict stays whole."""

from __future__ import annotations

import copy
import json

import httpx
import pytest

from retab_runs import ResponseValidationError
from retab_runs._exchange import parse_run
from retab_runs_client.errors import ModelParseError
from retab_runs_client.models import WorkflowRun
from tests.payloads import large_run


def response(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, request=httpx.Request("GET", "http://127.0.0.1/v1/workflows/runs/r"))


def test_from_dict_leaves_the_callers_dict_as_it_was() -> None:
    run = large_run(30, 30)
    kept = copy.deepcopy(run)
    built = WorkflowRun.from_dict(run)
    assert run == kept
    assert built.to_dict() == kept


def test_from_json_and_the_client_build_what_from_dict_builds() -> None:
    run = large_run(30, 30)
    body = json.dumps(run).encode()
    assert WorkflowRun.from_json(body) == WorkflowRun.from_dict(run) == parse_run(response(body))
    assert WorkflowRun.from_json(body).to_dict() == run


def test_an_error_late_in_a_list_keeps_its_path() -> None:
    run = large_run(30, 30)
    run["steps"][-1]["status"] = 7
    body = json.dumps(run).encode()
    with pytest.raises(ModelParseError) as caught:
        WorkflowRun.from_json(body)
    assert caught.value.loc == ["steps", 29, "status"]
    with pytest.raises(ResponseValidationError) as problem:
        parse_run(response(body))
    # the checker reads the whole body again, not what the models had already taken from it
    assert {p.path for p in problem.value.problems} == {"/steps/29/status"}
    assert json.loads(problem.value.body) == run
