"""The embedded server's request checks at their edges: booleans are booleans, bounds hold exactly at the limit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from retab_runs.server import RunStore
from retab_runs.testing import RunningServer, retab_server_running

KEY = "sk-request-checks"
RUNS = "/v1/workflows/runs"
RUN = "run_abc123xyz"  # the store's seed run


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with retab_server_running(RunStore(api_key=KEY)) as running:
        yield running


@pytest.fixture(scope="module")
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10, headers={"Api-Key": KEY}) as client:
        yield client


def problems(answer: httpx.Response) -> list[tuple[str, list[Any]]]:
    assert answer.status_code == 422, answer.text
    return [(issue["type"], issue["loc"]) for issue in answer.json()["detail"]]


@pytest.mark.parametrize("approved", [1, 0, 1.0, "true", None, [True]])
def test_approved_takes_a_json_boolean_only(http: httpx.Client, approved: object) -> None:
    # 1 and 0 are not true and false: a gateway that took them would approve what nobody approved.
    answer = http.post(f"{RUNS}/{RUN}/resume", json={"node_id": "review-1", "approved": approved})
    assert problems(answer) == [("bool_type", ["body", "approved"])]


@pytest.mark.parametrize("approved", [True, False])
def test_a_boolean_passes_the_check(http: httpx.Client, approved: bool) -> None:
    # The seed run does not wait at that node: the command is refused for its state, not its body.
    answer = http.post(f"{RUNS}/{RUN}/resume", json={"node_id": "review-1", "approved": approved})
    assert answer.status_code == 409, answer.text


@pytest.mark.parametrize("limit", ["1", "100", "+5", " 7 "])
def test_limit_is_taken_from_one_to_a_hundred_inclusive(http: httpx.Client, limit: str) -> None:
    assert http.get(RUNS, params={"limit": limit}).status_code == 200


@pytest.mark.parametrize(
    ("limit", "kind"),
    [("0", "greater_than_equal"), ("101", "less_than_equal"), ("-1", "greater_than_equal"),
     ("true", "int_parsing"), ("1.0", "int_parsing"), ("1e2", "int_parsing"), ("", "int_parsing")],
)  # fmt: skip
def test_limit_outside_its_range_or_not_a_whole_number_is_422(http: httpx.Client, limit: str, kind: str) -> None:
    assert problems(http.get(RUNS, params={"limit": limit})) == [(kind, ["query", "limit"])]


def test_a_missing_required_query_parameter_is_named(http: httpx.Client) -> None:
    answer = http.delete(RUNS)  # deleting runs needs workflow_id
    assert answer.status_code == 422
    assert answer.json()["detail"] == [{"type": "missing", "loc": ["query", "workflow_id"], "msg": "Field required",
                                        "input": None}]  # fmt: skip


@pytest.mark.parametrize("body", [b'{"node_id": "review-1", "approved": true, "x": NaN}', b'{"node_id": 1e999}'])
def test_a_number_json_cannot_carry_is_refused(http: httpx.Client, body: bytes) -> None:
    answer = http.post(f"{RUNS}/{RUN}/resume", content=body, headers={"content-type": "application/json"})
    assert answer.status_code == 422 and answer.json()["detail"][0]["type"] == "json_invalid"
