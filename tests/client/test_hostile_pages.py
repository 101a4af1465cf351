"""A list server that hands a fresh cursor over the same items, or a page far larger than the
limit asked for, against a socket-level server, sync and async: PaginationError, not an
endless walk nor gigabytes of runs.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest

from retab_runs import AsyncRetab, PaginationError, Retab
from tests.faultserver import Action, FaultServer, response
from tests.payloads import run_with_status

LIST = "/v1/workflows/runs"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    fault = FaultServer()
    yield fault
    fault.close()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def walk(mode: str, server: FaultServer, most: int, **query: Any) -> int:
    """How many runs a walk of the list yields (at most ``most``, a safety net for the test)."""
    if mode == "sync":
        with Retab(api_key="sk-test", base_url=server.base_url, max_retries=0) as client:
            return sum(1 for _ in itertools.islice(client.workflows.runs.list(**query), most))

    async def go() -> int:
        seen = 0
        async with AsyncRetab(api_key="sk-test", base_url=server.base_url, max_retries=0) as client:
            async for _ in client.workflows.runs.list(**query):
                seen += 1
                if seen >= most:
                    break
        return seen

    return asyncio.run(go())


def test_a_fresh_cursor_over_the_same_items_is_refused(mode: str, server: FaultServer) -> None:
    page = [run_with_status("completed", f"run_{n}") for n in range(3)]
    cursors = itertools.count()

    def same_items(target: str, body: bytes) -> bytes:
        return response(200, {"data": page, "list_metadata": {"before": None, "after": f"cur_{next(cursors)}"}})

    server.respond(LIST, same_items)
    with pytest.raises(PaginationError, match="repeats the previous page's items .'run_0', 'run_1', 'run_2'."):
        walk(mode, server, 60, limit=3)
    assert server.hits[LIST] == 2


def test_a_page_far_larger_than_the_limit_is_refused_before_its_runs_are_built(mode: str, server: FaultServer) -> None:
    item = json.dumps(run_with_status("completed", "run_x")).encode()
    body = b'{"list_metadata": {"before": null, "after": null}, "data": [' + b",".join([item] * 5_000) + b"]}"
    server.script(LIST, response(200, body))
    with pytest.raises(PaginationError, match=r"holds 5,000 items, far more than the limit asked for allows \(100"):
        walk(mode, server, 10, limit=20)


def test_a_server_that_ignores_the_limit_within_the_contract_is_still_read(mode: str, server: FaultServer) -> None:
    def pages(target: str, body: bytes) -> Action:
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(target).query))
        start = int(query.get("after", "0"))
        runs = [run_with_status("completed", f"run_{n}") for n in range(start, min(start + 100, 150))]
        after = str(start + 100) if start + 100 < 150 else None
        return Action(response(200, {"data": runs, "list_metadata": {"before": None, "after": after}}))

    server.respond(LIST, pages)
    assert walk(mode, server, 10_000, limit=5) == 150
