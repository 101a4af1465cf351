"""Cursor pages of a list, walked lazily: ``SyncCursorPage`` and ``AsyncCursorPage``.

    for run in client.workflows.runs.list(status="error"):     # every run, page after page
        print(run.id)

    page = client.workflows.runs.list(limit=50)                 # one page at a time
    while True:
        handle(page.data)
        if not page.has_next_page():
            break
        page = page.next_page()

    async for run in client.workflows.runs.list():              # AsyncRetab: the same, awaited
        ...

A page holds its own items only, and walking asks for the next page when the last one is
used up, so memory stays flat however many runs there are. The walk follows
``list_metadata.after`` (or ``before``, when the first call passed only ``before``) and ends
when that is null or a page is empty. A server whose cursors lead back to a page already
read would make the walk endless: that raises PaginationError.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

from ._exceptions import PaginationError
from ._exchange import invalid_body
from ._options import RequestOptions
from ._parsers import decode, problem_of

if TYPE_CHECKING:
    import httpx

    from retab_runs_client.models import WorkflowRun

    from ._client import AsyncClient, SyncClient

__all__ = ["AsyncCursorPage", "AsyncPaginator", "CursorTrail", "ListMetadata", "SyncCursorPage", "parse_run_page"]

T = TypeVar("T")


@dataclass(frozen=True)
class ListMetadata:
    """The cursors of a page: the id of its first run when runs precede it, of its last when runs follow."""

    before: str | None
    after: str | None


@dataclass(frozen=True)
class CursorTrail:
    """Which way a walk goes, and what it needs to notice a cursor coming round again.

    Brent's cycle detection: a checkpoint cursor, moved every 1, 2, 4, 8... pages. A walk
    that comes back to any page already read meets the checkpoint once the checkpoint has
    moved into the loop and a lap has passed: within 4 x (pages before the loop and in it)
    + one lap, in constant memory (a set of every cursor seen would grow with the walk).
    """

    param: str  # the query parameter the next page is asked by: "after" (forward) or "before"
    checkpoint: str | None = None
    power: int = 1
    steps: int = 0

    @classmethod
    def starting(cls, params: dict[str, str]) -> CursorTrail:
        backward = "before" in params and "after" not in params
        param = "before" if backward else "after"
        return cls(param, params.get(param))

    def cursor(self, metadata: ListMetadata) -> str | None:
        return metadata.before if self.param == "before" else metadata.after

    def follow(self, cursor: str) -> CursorTrail | None:
        """The trail after following ``cursor``; None when the walk has been there before."""
        if cursor == self.checkpoint:
            return None
        steps = self.steps + 1
        if steps == self.power:
            return dataclasses.replace(self, checkpoint=cursor, power=self.power * 2, steps=0)
        return dataclasses.replace(self, steps=steps)


def parse_run_page(response: httpx.Response) -> tuple[list[WorkflowRun], ListMetadata]:
    """The runs and cursors of a ``PaginatedList`` body. Raises ResponseValidationError."""
    from retab_runs_client.errors import ModelParseError
    from retab_runs_client.models import WorkflowRun
    from retab_runs_client.types import gc_paused

    body = decode(response)
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        raise invalid_body(response, "is not a page of runs ({'data': [...], 'list_metadata': {...}})", [])
    metadata = body.get("list_metadata")
    if not isinstance(metadata, dict) or not all(isinstance(metadata.get(k), (str, type(None))) for k in _CURSORS):
        raise invalid_body(response, "has no list_metadata with before and after (strings or null)", [])
    runs: list[WorkflowRun] = []
    with gc_paused():
        for index, item in enumerate(body["data"]):
            try:
                runs.append(WorkflowRun._from_dict(item, _own=True))
            except ModelParseError as exc:
                raise invalid_body(response, "has a run that does not fit the WorkflowRun contract",
                                   [problem_of(exc, f"/data/{index}")]) from exc  # fmt: skip
    return runs, ListMetadata(metadata.get("before"), metadata.get("after"))


_CURSORS = ("before", "after")


class _Page(Generic[T]):
    """What both pages hold: the items, the cursors, and how to ask for the next page."""

    def __init__(self, data: list[T], list_metadata: ListMetadata, options: RequestOptions, trail: CursorTrail) -> None:
        self.data = data
        self.list_metadata = list_metadata
        self._options = options
        self._trail = trail

    def has_next_page(self) -> bool:
        """Whether another page may follow: this one has items and a cursor to the next."""
        return bool(self.data) and self._trail.cursor(self.list_metadata) is not None

    def _next_request(self) -> tuple[RequestOptions, CursorTrail]:
        cursor = self._trail.cursor(self.list_metadata)
        if not self.data or cursor is None:
            raise PaginationError("there is no next page: check has_next_page() first")
        trail = self._trail.follow(cursor)
        if trail is None:
            raise PaginationError(
                f"the server's cursors go round in a loop: {self._trail.param}={cursor!r} leads back to a page "
                "already read, so the list would never end"
            )
        params = {k: v for k, v in self._options.params.items() if k not in _CURSORS}
        params[trail.param] = cursor
        return dataclasses.replace(self._options, params=params), trail

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.data)} items, list_metadata={self.list_metadata}>"


PageParser: TypeAlias = "Callable[[httpx.Response], tuple[list[T], ListMetadata]]"


class SyncCursorPage(_Page[T]):
    """One page of a list, through a ``Retab`` client (of either contract); iterate it for every item from here on."""

    def __init__(
        self,
        client: SyncClient,
        parse: PageParser[T],
        data: list[T],
        list_metadata: ListMetadata,
        options: RequestOptions,
        trail: CursorTrail,
    ) -> None:
        super().__init__(data, list_metadata, options, trail)
        self._client = client
        self._parse = parse

    @classmethod
    def fetch(
        cls, client: SyncClient, options: RequestOptions, parse: PageParser[T], trail: CursorTrail | None = None
    ) -> SyncCursorPage[T]:
        """The page ``options`` ask for."""
        walk = trail or CursorTrail.starting(dict(options.params))

        def page(response: httpx.Response) -> SyncCursorPage[T]:
            return cls(client, parse, *parse(response), options, walk)

        return client._request(options, page)

    def next_page(self) -> SyncCursorPage[T]:
        """The page after this one. Raises PaginationError when there is none, or the cursors loop."""
        options, trail = self._next_request()
        return self.fetch(self._client, options, self._parse, trail)

    def iter_pages(self) -> Iterator[SyncCursorPage[T]]:
        """This page, then each next one, fetched when the previous one has been used."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncCursorPage(_Page[T]):
    """One page of a list, through an ``AsyncRetab`` client: ``async for`` it for every item from here on."""

    def __init__(
        self,
        client: AsyncClient,
        parse: PageParser[T],
        data: list[T],
        list_metadata: ListMetadata,
        options: RequestOptions,
        trail: CursorTrail,
    ) -> None:
        super().__init__(data, list_metadata, options, trail)
        self._client = client
        self._parse = parse

    @classmethod
    async def fetch(
        cls, client: AsyncClient, options: RequestOptions, parse: PageParser[T], trail: CursorTrail | None = None
    ) -> AsyncCursorPage[T]:
        walk = trail or CursorTrail.starting(dict(options.params))

        def page(response: httpx.Response) -> AsyncCursorPage[T]:
            return cls(client, parse, *parse(response), options, walk)

        return await client._request(options, page)

    async def next_page(self) -> AsyncCursorPage[T]:
        """The page after this one. Raises PaginationError when there is none, or the cursors loop."""
        options, trail = self._next_request()
        return await self.fetch(self._client, options, self._parse, trail)

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[T]]:
        """This page, then each next one, fetched when the previous one has been used."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What ``AsyncRuns.list`` returns: ``await`` it for the first page, or ``async for`` every item."""

    def __init__(self, first: Callable[[], Awaitable[AsyncCursorPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncCursorPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self
        async for item in page:
            yield item
