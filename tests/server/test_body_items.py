"""The bound on the JSON values a request body may hold: counted exactly, before the body is parsed.

A body of many small values holds the interpreter for its whole parse (every thread of the
server waits): past ``MAX_BODY_ITEMS`` values and keys it is refused with 413 before that.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from retab_runs.server import RunStore, TodayRunStore
from retab_runs.server._requests import MAX_BODY_ITEMS, too_many_items
from retab_runs.testing import RunningServer, RunningTodayServer, retab_server_running

KEY = "sk-body-items"


def items(value: Any) -> int:
    """Values and object keys, as the bound counts them (an empty array or object counts twice)."""
    if isinstance(value, dict):
        return 1 + (len(value) or 1) + sum(items(item) for item in value.values())
    if isinstance(value, list):
        return 1 + (0 if value else 1) + sum(items(item) for item in value)
    return 1


MARKED = st.text(alphabet=st.sampled_from(list(',:[]{}"\\ aé\n\U0001f600')), max_size=8)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | MARKED,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(MARKED, inner, max_size=4),
    max_leaves=30,
)


@given(JSON, st.booleans(), st.booleans())
def test_the_count_is_exact_whatever_the_strings_hold(value: Any, spaced: bool, ascii_only: bool) -> None:
    text = json.dumps(value, separators=(", ", ": ") if spaced else (",", ":"), ensure_ascii=ascii_only)
    count = items(value)
    assert too_many_items(text, count) is False
    assert too_many_items(text, count - 1) is True


def test_text_that_stops_being_json_is_counted_up_to_there() -> None:
    assert too_many_items('[1, "unterminated, , , , ,', 3) is False
    assert too_many_items('[1, "bad \x01 control", , , , ,', 3) is False
    assert too_many_items("[" + "0," * 10 + "x", 3)  # the values before the error count


def test_marks_are_counted_across_pieces_of_a_large_body() -> None:
    # The marks are counted a mebibyte at a time: those of every piece add up, and a piece
    # that reaches the budget exactly does not stop the count. 15 values: the array, the
    # string (its commas are not values), seven ones, then past a mebibyte of spaces five
    # ones and the last one.
    text = '["' + "," * 20 + '",' + "1," * 7 + " " * (1 << 20) + "1," * 5 + "1]"
    assert items(json.loads(text)) == 15
    assert too_many_items(text, 10) is True
    assert too_many_items(text, 15) is False


@pytest.fixture(scope="module")
def seed() -> Iterator[RunningServer]:
    with retab_server_running(RunStore(api_key=KEY)) as running:
        yield running


@pytest.fixture(scope="module")
def today() -> Iterator[RunningTodayServer]:
    with retab_server_running(TodayRunStore(api_key=KEY)) as running:
        yield running


def json_inputs(count: int) -> dict[str, Any]:
    """A create body of exactly ``count`` values and keys (the largest the bound takes when it is the bound)."""
    # The body, its key, its value, that object's key, its value, its key "rows", the array: 7;
    # then one value per number.
    return {"json_inputs": {"start-json": {"rows": [0] * (count - 7)}}}


def test_a_create_at_the_bound_passes_and_one_value_more_is_413(seed: RunningServer) -> None:
    assert items(json_inputs(MAX_BODY_ITEMS)) == MAX_BODY_ITEMS
    with httpx.Client(base_url=seed.base_url, headers={"Api-Key": KEY}, timeout=60) as http:
        assert http.post("/v1/workflows/wf_items/run", json=json_inputs(MAX_BODY_ITEMS)).status_code == 200
        over = http.post("/v1/workflows/wf_items/run", json=json_inputs(MAX_BODY_ITEMS + 1))
        assert over.status_code == 413
        assert over.json() == {"detail": f"Request body holds more than {MAX_BODY_ITEMS} JSON values and keys "
                                         f"(this server parses at most {MAX_BODY_ITEMS} per request)"}  # fmt: skip
        # every route with a body: a resume's modified_data too
        review = {"node_id": "review-1", "approved": True, "modified_data": json_inputs(MAX_BODY_ITEMS)}
        resume = http.post("/v1/workflows/runs/run_abc123xyz/resume", json=review)
        assert resume.status_code == 413


def test_a_long_text_full_of_commas_and_brackets_is_not_counted_as_values(seed: RunningServer) -> None:
    # 4 MiB of prose: its punctuation alone is over five times the bound; inside a string it is no value.
    prose = ("Totals, by region: [north], {south}, east; " * 100_000)[: 4 * 1024 * 1024]
    assert sum(prose.count(mark) for mark in ",:[{") > 5 * MAX_BODY_ITEMS
    with httpx.Client(base_url=seed.base_url, headers={"Api-Key": KEY}, timeout=60) as http:
        answer = http.post("/v1/workflows/wf_items/run", json={"text_inputs": {"start-text": prose}})
    assert answer.status_code == 200, answer.text[:300]
    assert answer.json()["input_text_data"]["start-text"] == prose


def test_todays_api_has_the_same_bound(today: RunningTodayServer) -> None:
    headers = {"Authorization": f"Bearer {KEY}"}
    body = {"workflow_id": "wf_items", "json_inputs": {"start": {"rows": [0] * MAX_BODY_ITEMS}}}
    with httpx.Client(base_url=today.base_url, headers=headers, timeout=60) as http:
        over = http.post("/v1/workflows/runs", json=body)
        assert over.status_code == 413 and "JSON values and keys" in over.json()["detail"]
        body["json_inputs"] = {"start": {"rows": [0] * (MAX_BODY_ITEMS - 10)}}
        assert http.post("/v1/workflows/runs", json=body).status_code == 202


def test_todays_api_checks_a_body_without_waiting_for_the_store(today: RunningTodayServer) -> None:
    """A request's own checks read nothing the store changes: they run while another request holds
    the store's lock (a large body being checked then holds up no other request)."""
    answered = threading.Event()
    statuses: list[int] = []

    def create() -> None:
        headers = {"Authorization": f"Bearer {KEY}"}
        with httpx.Client(base_url=today.base_url, headers=headers, timeout=120) as http:
            statuses.append(http.post("/v1/workflows/runs", json={"json_inputs": "no workflow"}).status_code)
            answered.set()

    with today.store.op_lock:
        worker = threading.Thread(target=create)
        worker.start()
        # Judged by the event, with a margin no machine load reaches: held up by the lock, it
        # would never come.
        assert answered.wait(60)
    worker.join()
    assert statuses == [422]
