"""What the server request checks' surviving mutants showed untested: each test is about an answer a client gets.

In-process and fast: ``make mutate`` runs them for every mutant of the functions they reach.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from retab_runs.server import RunStore
from retab_runs.server._requests import MAX_BODY_ITEMS, too_many_items
from retab_runs.testing import RunningServer, retab_server_running

KEY = "sk-request-survivors"
OVER = "," * MAX_BODY_ITEMS  # one value before it, then more marks than the bound takes


@pytest.fixture(scope="module")
def seed() -> Iterator[RunningServer]:
    with retab_server_running(RunStore(api_key=KEY)) as running:
        yield running


@pytest.mark.parametrize("first", ['"a string"', ' "a string"', "12", "[1]", '{"k": "v"}'])
def test_a_body_past_the_bound_is_413_whatever_value_comes_first(seed: RunningServer, first: str) -> None:
    # A JSON value then more marks than the bound takes: the count is made before parsing,
    # so the answer is 413 (too many values) as for any other body that holds more, not the
    # parser's 422 at the text after the first value. That the first value is a string at the
    # very start of the body (offset 0) changes nothing.
    body = (first + OVER).encode()
    with httpx.Client(base_url=seed.base_url, headers={"Api-Key": KEY}, timeout=60) as http:
        answer = http.post("/v1/workflows/wf_items/run", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 413, answer.text[:300]
    assert "JSON values and keys" in answer.json()["detail"]


def test_a_string_at_offset_zero_is_skipped_and_the_marks_after_it_counted() -> None:
    assert too_many_items('"a, b: [c]",1,2', 3) is False  # the string, 1, 2: three values
    assert too_many_items('"a, b: [c]",1,2,3', 3) is True
