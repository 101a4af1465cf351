"""The cursor pager: lazy, one page held at a time, ends on a null cursor or an empty page, never loops.

On in-process transports (fast); ``test_runs_list.py`` walks the same over real HTTP.
"""

from __future__ import annotations

import asyncio
import gc
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from retab_runs import AsyncRetab, PaginationError, ResponseValidationError, Retab
from retab_runs._options import RequestOptions
from retab_runs._pagination import AsyncCursorPage, AsyncPaginator, CursorTrail, SyncCursorPage, parse_run_page
from tests.client.listing import LIST_PATH, RunList
from tests.payloads import run_with_status


def handler_for(runs: RunList) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        assert request.url.path == LIST_PATH
        target = request.url.raw_path.decode()
        return httpx.Response(200, content=runs.body(target), headers={"content-type": "application/json"})

    return handle


def sync_client(runs: RunList) -> Retab:
    http = httpx.Client(transport=httpx.MockTransport(handler_for(runs)))
    return Retab(api_key="sk-test", base_url="https://retab.test", http_client=http, max_retries=0)


def async_client(runs: RunList) -> AsyncRetab:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler_for(runs)))
    return AsyncRetab(api_key="sk-test", base_url="https://retab.test", http_client=http, max_retries=0)


def first_page(client: Retab, **params: Any) -> SyncCursorPage[Any]:
    options = RequestOptions("GET", LIST_PATH, {k: str(v) for k, v in params.items()})
    return SyncCursorPage.fetch(client, options, parse_run_page)


def async_list(client: AsyncRetab, **params: Any) -> AsyncPaginator[Any]:
    options = RequestOptions("GET", LIST_PATH, {k: str(v) for k, v in params.items()})
    return AsyncPaginator(lambda: AsyncCursorPage.fetch(client, options, parse_run_page))


def test_iterating_walks_every_page_in_order() -> None:
    runs = RunList(1000)
    ids = [run.id for run in first_page(sync_client(runs), limit=20)]
    assert ids == runs.ids
    assert len(runs.targets) == 50
    assert runs.targets[1].endswith("limit=20&after=run_00019")


def test_async_for_over_the_list_and_over_an_awaited_page() -> None:
    runs = RunList(95)

    async def walk() -> tuple[list[str], list[str], int]:
        client = async_client(runs)
        everything = [run.id async for run in async_list(client, limit=20)]
        page = await async_list(client, limit=20)
        again = [run.id async for run in page]
        sizes = [len(p.data) async for p in page.iter_pages()]
        return everything, again, sum(sizes)

    everything, again, total = asyncio.run(walk())
    assert everything == again == runs.ids and total == 95


def test_pages_one_at_a_time() -> None:
    runs = RunList(45)
    page = first_page(sync_client(runs), limit=20)
    assert [len(p.data) for p in page.iter_pages()] == [20, 20, 5]
    assert len(runs.targets) == 3
    assert page.has_next_page() and page.list_metadata.after == "run_00019" and page.list_metadata.before is None
    last = page.next_page().next_page()
    assert not last.has_next_page() and last.list_metadata.after is None
    with pytest.raises(PaginationError, match="no next page"):
        last.next_page()


def test_openai_and_stripe_names_walk_the_same_pages() -> None:
    """get_next_page (openai-python) and auto_paging_iter (stripe-python) are next_page and iteration."""
    runs = RunList(45)
    page = first_page(sync_client(runs), limit=20)
    assert [run.id for run in page.get_next_page().data] == runs.ids[20:40]
    assert [run.id for run in page.auto_paging_iter()] == runs.ids
    with pytest.raises(PaginationError, match="no next page"):
        page.get_next_page().get_next_page().get_next_page()

    async def walk() -> tuple[list[str], list[str]]:
        first = await async_list(async_client(runs), limit=20)
        second = await first.get_next_page()
        return [run.id for run in second.data], [run.id async for run in first.auto_paging_iter()]

    second, every = asyncio.run(walk())
    assert second == runs.ids[20:40] and every == runs.ids


def test_nothing_is_fetched_before_it_is_needed() -> None:
    runs = RunList(1000)
    iterator = iter(first_page(sync_client(runs), limit=20))
    assert [next(iterator).id for _ in range(21)][-1] == "run_00020"
    assert len(runs.targets) == 2


def test_walking_backwards_from_before() -> None:
    runs = RunList(50)
    ids = [run.id for run in first_page(sync_client(runs), limit=20, before="run_00045")]
    assert ids == runs.ids[25:45] + runs.ids[5:25] + runs.ids[0:5]


def test_an_empty_page_ends_the_walk_whatever_its_cursor() -> None:
    calls: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(200, json={"data": [], "list_metadata": {"before": None, "after": "run_x"}})

    client = Retab(
        api_key="sk", base_url="https://retab.test", http_client=httpx.Client(transport=httpx.MockTransport(handle))
    )
    page = first_page(client)
    assert list(page) == [] and not page.has_next_page() and len(calls) == 1


def bound(tail: int, length: int) -> int:
    """Brent's method meets a loop of ``length`` after ``tail`` steps within this many steps."""
    return 4 * max(tail, length) + length + 1


@pytest.mark.parametrize(
    ("loop_from", "loop_to", "pages_before_loop", "loop_pages"),
    [("run_00039", "run_00019", 1, 1), ("run_00099", "run_00019", 1, 4), ("run_00619", "run_00099", 5, 26)],
)
def test_cursors_that_go_round_raise_instead_of_looping(
    loop_from: str, loop_to: str, pages_before_loop: int, loop_pages: int
) -> None:
    runs = RunList(10_000, loop_from=loop_from, loop_to=loop_to)
    with pytest.raises(PaginationError, match="go round in a loop"):
        for _ in first_page(sync_client(runs), limit=20):
            pass
    assert runs.pages_served <= bound(pages_before_loop, loop_pages)  # not 500 pages


def test_a_page_that_does_not_fit_names_the_run_and_field() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        page = RunList(3).page("/v1/workflows/runs")
        page["data"][2]["status"] = 7
        return httpx.Response(200, json=page)

    client = Retab(
        api_key="sk", base_url="https://retab.test", http_client=httpx.Client(transport=httpx.MockTransport(handle))
    )
    with pytest.raises(ResponseValidationError) as caught:
        first_page(client)
    assert [p.path for p in caught.value.problems] == ["/data/2/status"]
    assert '"status":7' in caught.value.body


@given(tail=st.integers(0, 200), length=st.integers(1, 200))
def test_brent_trail_meets_any_loop_within_two_laps(tail: int, length: int) -> None:
    trail: CursorTrail | None = CursorTrail("after")
    steps = 0
    while trail is not None:
        index = steps if steps < tail else tail + (steps - tail) % length
        trail = trail.follow(f"c{index}")
        steps += 1
        assert steps <= bound(tail, length)


@given(st.lists(st.text(min_size=1, max_size=8), unique=True, max_size=300))
def test_brent_trail_never_stops_a_walk_without_a_loop(cursors: list[str]) -> None:
    trail: CursorTrail | None = CursorTrail("after")
    for cursor in cursors:
        assert trail is not None
        trail = trail.follow(cursor)
    assert trail is not None


def test_brent_trail_meets_any_loop() -> None:
    for tail in range(5):
        for length in range(1, 9):
            cursors = [f"t{i}" for i in range(tail)] + [f"c{i}" for i in range(length)]
            trail: CursorTrail | None = CursorTrail("after")
            steps = 0
            while trail is not None:
                index = steps if steps < len(cursors) else tail + (steps - tail) % length
                trail = trail.follow(cursors[index])
                steps += 1
            assert steps <= bound(tail, length)


def _walk_peak(client: Retab, pages: int) -> int:
    """The peak of memory above the start while walking ``pages`` pages.

    Cyclic garbage (of httpx's responses) is collected at each page, so that the figure is
    what the walk keeps reachable, not when the collector happened to run.
    """
    gc.collect()
    tracemalloc.reset_peak()
    start = tracemalloc.get_traced_memory()[0]
    count = 0
    for _ in first_page(client, limit=20):
        count += 1
        if count % 20 == 0:
            gc.collect(0)  # the youngest generation: where a page's cycles are
        if count == pages * 20:
            break
    return tracemalloc.get_traced_memory()[1] - start


async def _async_walk_peak(client: AsyncRetab, pages: int) -> int:
    gc.collect()
    tracemalloc.reset_peak()
    start = tracemalloc.get_traced_memory()[0]
    count = 0
    async for _ in async_list(client, limit=20):
        count += 1
        if count % 20 == 0:
            gc.collect(0)  # the youngest generation: where a page's cycles are
        if count == pages * 20:
            break
    return tracemalloc.get_traced_memory()[1] - start


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_memory_stays_flat_however_many_pages_are_walked(mode: str) -> None:
    runs = RunList(1200, template=run_with_status("completed"))  # small runs: tracemalloc is slow

    def walk(pages: int) -> int:
        if mode == "sync":
            return _walk_peak(sync_client(runs), pages)
        return asyncio.run(_async_walk_peak(async_client(runs), pages))

    walk(50)  # warm up as far as the long walk goes: whatever is cached once (imports, type caches) is cached
    tracemalloc.start()
    try:
        short_walk = walk(5)  # 100 runs
        long_walk = walk(50)  # 1,000 runs
    finally:
        tracemalloc.stop()
    # A pager that kept its pages would hold ten times as much after 50 pages as after 5.
    assert long_walk < short_walk * 1.3, (short_walk, long_walk)
