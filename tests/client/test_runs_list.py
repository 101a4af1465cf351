"""``client.workflows.runs.list`` over real HTTP on 127.0.0.1: 1,000 runs in pages of 20, sync and async.

A socket server answers each page as the API pages (cursor after the last id); the walk must
see every run once, in order, fetch each page once, and keep memory flat.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from retab_runs import AsyncRetab, PaginationError, Retab
from tests.client.listing import LIST_PATH, RunList, list_server_process
from tests.faultserver import FaultServer, response
from tests.payloads import run_with_status
from tests.spec import ROOT


def serve(runs: RunList) -> FaultServer:
    server = FaultServer()
    server.respond(LIST_PATH, lambda target, body: response(200, runs.body(target)))
    return server


@pytest.fixture
def thousand() -> Iterator[tuple[RunList, FaultServer]]:
    runs = RunList(1000, template=run_with_status("completed"))
    server = serve(runs)
    yield runs, server
    server.close()


def test_sync_walk_of_1000_runs(thousand: tuple[RunList, FaultServer]) -> None:
    runs, server = thousand
    with Retab(api_key="sk-test", base_url=server.base_url) as client:
        ids = [run.id for run in client.workflows.runs.list(workflow_id="wf_1", status="completed")]
    assert ids == runs.ids
    assert server.hits[LIST_PATH] == 50
    assert all("workflow_id=wf_1" in target and "status=completed" in target for target in runs.targets)
    assert [t.rsplit("after=", 1)[-1] for t in runs.targets[1:4]] == ["run_00019", "run_00039", "run_00059"]


def test_async_walk_of_1000_runs(thousand: tuple[RunList, FaultServer]) -> None:
    runs, server = thousand

    async def walk() -> tuple[list[str | None], list[int]]:
        async with AsyncRetab(api_key="sk-test", base_url=server.base_url) as client:
            ids = [run.id async for run in client.workflows.runs.list(order="asc")]
            first = await client.workflows.runs.list(limit=100)
            sizes = [len(page.data) async for page in first.iter_pages()]
            return ids, sizes

    ids, sizes = asyncio.run(walk())
    assert ids == runs.ids and sizes == [100] * 10
    assert server.hits[LIST_PATH] == 60


def test_page_by_page(thousand: tuple[RunList, FaultServer]) -> None:
    runs, server = thousand
    with Retab(api_key="sk-test", base_url=server.base_url) as client:
        page = client.workflows.runs.list(limit=20, after="run_00959")
        assert [run.id for run in page.data] == runs.ids[960:980] and page.has_next_page()
        last = page.next_page()
        assert [run.id for run in last.data] == runs.ids[980:] and not last.has_next_page()
        with pytest.raises(PaginationError):
            last.next_page()
        raw = client.workflows.runs.with_raw_response.list(limit=5)
        assert raw.status_code == 200 and [run.id for run in raw.parse().data] == runs.ids[:5]


@pytest.fixture(scope="module")
def server_process() -> Iterator[str]:
    with list_server_process(1000) as base_url:
        yield base_url


# Run in a fresh interpreter: tracemalloc's peak counts every allocation of the process, and
# state other tests leave behind (a handler keeping log records, say) grows with each request
# in the suite's own process. The walk itself is the same.
WALK = """
import asyncio, gc, json, sys, tracemalloc
from retab_runs import AsyncRetab, Retab

mode, base_url = sys.argv[1], sys.argv[2]


def peak_over(pages):
    async def walk_async():
        async with AsyncRetab(api_key="sk-test", base_url=base_url) as client:
            count = 0
            async for _ in client.workflows.runs.list():
                count += 1
                if count % 20 == 0:
                    gc.collect()  # a whole pass: async walks leave cycles that outlive generation 0
                if count == pages * 20:
                    return

    gc.collect()
    tracemalloc.reset_peak()
    start = tracemalloc.get_traced_memory()[0]
    if mode == "sync":
        with Retab(api_key="sk-test", base_url=base_url) as client:
            for count, _ in enumerate(client.workflows.runs.list(), 1):
                if count % 20 == 0:
                    gc.collect()
                if count == pages * 20:
                    break
    else:
        asyncio.run(walk_async())
    return tracemalloc.get_traced_memory()[1] - start


peak_over(2)  # warm up
tracemalloc.start()
print(json.dumps([peak_over(5), peak_over(50)]))
"""


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_memory_stays_flat_over_real_http(mode: str, server_process: str) -> None:
    """The server runs in its own process, the walk in another: what tracemalloc counts is the client's alone."""
    done = subprocess.run(
        [sys.executable, "-c", WALK, mode, server_process],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(ROOT)) if p)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    short_walk, long_walk = json.loads(done.stdout.strip().splitlines()[-1])
    assert long_walk < short_walk * 1.5, (short_walk, long_walk)  # a kept page would add ~45 pages
