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
read would make the walk endless: that raises PaginationError, as does a page that repeats
the previous page's items under a fresh cursor, and a page of more than
``most_items(limit)`` items (twice the ``limit`` asked for, and more than the contract's
100), refused before any of its items is built.
"""

from __future__ import annotations

import contextvars
import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

from ._exceptions import PaginationError, describe_request
from ._exchange import invalid_body
from ._options import RequestOptions
from ._parsers import decode, problem_of

if TYPE_CHECKING:
    import httpx

    from retab_runs_client.models import WorkflowRun

    from ._client import AsyncClient, SyncClient

__all__ = [
    "AsyncCursorPage",
    "AsyncPaginator",
    "CursorTrail",
    "ListMetadata",
    "SyncCursorPage",
    "check_page_size",
    "checked_page_frame",
    "most_items",
    "parse_run_page",
    "strict_page_of",
]

T = TypeVar("T")

_CONTRACT_MOST = 100
"""The largest ``limit`` the contract allows: a server that ignores ``limit`` still sends no more."""
_page_ceiling: contextvars.ContextVar[int | None] = contextvars.ContextVar("page_ceiling", default=None)


def most_items(params: Mapping[str, str]) -> int | None:
    """The most items a page asked for with ``params`` may hold: twice its ``limit``, and at least 100."""
    try:
        limit = int(params["limit"])
    except (KeyError, ValueError):
        return None
    return max(2 * limit, _CONTRACT_MOST)


def check_page_size(response: httpx.Response, count: int) -> None:
    """Refuse a page of ``count`` items far beyond the limit asked for, before its items are built.

    Page parsers call it once they know the count (the fetch in progress sets the ceiling).
    Raises PaginationError.
    """
    ceiling = _page_ceiling.get()
    if ceiling is not None and count > ceiling:
        raise PaginationError(
            f"the page answered to {describe_request(response.request)} holds {count:,} items, far more than the "
            f"limit asked for allows ({ceiling:,} at most): it is refused rather than held in memory"
        )


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


def strict_page_of(package: str, item: str, response: httpx.Response) -> tuple[list[Any], ListMetadata] | None:
    """A page of ``item`` by the strict fast path of a contract's generated ``package`` (msgspec
    Structs and the generated converters: ``strict_page``), or None when it refuses the body (keys
    the spec does not name, a misfit, not JSON): then the checked path decides. Raises
    PaginationError for a page far beyond the limit asked for, counted before any item is built."""
    import importlib

    strict_page = importlib.import_module(f"{package}.models._wire").strict_page
    with importlib.import_module(f"{package}.types").gc_paused(len(response.content)):
        found = strict_page(item, response.content, lambda count: check_page_size(response, count))
    if found is None:
        return None
    items, metadata = found
    return items, ListMetadata(metadata.before, metadata.after)


def checked_page_frame(response: httpx.Response, what: str) -> tuple[dict[str, Any], ListMetadata]:
    """The decoded page body, its ``data`` a list and its cursors read, for the checked path to build
    the items of. Raises ResponseValidationError for a body that is no page of ``what``,
    PaginationError for one far beyond the limit asked for (before any item is built)."""
    body = decode(response)
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        raise invalid_body(response, f"is not a page of {what} ({{'data': [...], 'list_metadata': {{...}}}})", [])
    metadata = body.get("list_metadata")
    if not isinstance(metadata, dict) or not all(isinstance(metadata.get(k), (str, type(None))) for k in _CURSORS):
        raise invalid_body(response, "has no list_metadata with before and after (strings or null)", [])
    check_page_size(response, len(body["data"]))
    return body, ListMetadata(metadata.get("before"), metadata.get("after"))


def parse_run_page(response: httpx.Response) -> tuple[list[WorkflowRun], ListMetadata]:
    """The runs and cursors of a ``PaginatedList`` body. Raises ResponseValidationError."""
    from retab_runs_client.errors import ModelParseError
    from retab_runs_client.models import WorkflowRun
    from retab_runs_client.types import gc_paused

    strict = strict_page_of("retab_runs_client", "WorkflowRun", response)
    if strict is not None:
        return strict
    body, cursors = checked_page_frame(response, "runs")
    runs: list[WorkflowRun] = []
    with gc_paused(len(response.content)):
        for index, item in enumerate(body["data"]):
            try:
                runs.append(WorkflowRun._from_dict(item, _own=True))
            except ModelParseError as exc:
                raise invalid_body(response, "has a run that does not fit the WorkflowRun contract",
                                   [problem_of(exc, f"/data/{index}")]) from exc  # fmt: skip
    return runs, cursors


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

    def _refuse_repeat(self, following: _Page[T]) -> None:
        """Refuse a next page whose items are all on this one: a fresh cursor over the same items
        would make the walk endless without any cursor coming round."""
        ids = [getattr(item, "id", None) for item in following.data]
        if not ids or None in ids:
            return
        here = {getattr(item, "id", None) for item in self.data}
        if all(found in here for found in ids):
            raise PaginationError(
                f"the server's next page repeats the previous page's items ({_shown(ids)}) under a new cursor, "
                "so the list would never end"
            )

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.data)} items, list_metadata={self.list_metadata}>"


def _shown(ids: list[Any]) -> str:
    return ", ".join(map(repr, ids[:3])) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")


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

        token = _page_ceiling.set(most_items(options.params))
        try:
            return client._request(options, page)
        finally:
            _page_ceiling.reset(token)

    def next_page(self) -> SyncCursorPage[T]:
        """The page after this one. Raises PaginationError when there is none, the cursors loop, or
        it repeats this page's items."""
        options, trail = self._next_request()
        following = self.fetch(self._client, options, self._parse, trail)
        self._refuse_repeat(following)
        return following

    def get_next_page(self) -> SyncCursorPage[T]:
        """``next_page()``, by openai-python's name. Raises PaginationError as it does."""
        return self.next_page()

    def auto_paging_iter(self) -> Iterator[T]:
        """Every item of this page and of each next one: iterating the page, by stripe-python's name."""
        return iter(self)

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

        token = _page_ceiling.set(most_items(options.params))
        try:
            return await client._request(options, page)
        finally:
            _page_ceiling.reset(token)

    async def next_page(self) -> AsyncCursorPage[T]:
        """The page after this one. Raises PaginationError when there is none, the cursors loop, or
        it repeats this page's items."""
        options, trail = self._next_request()
        following = await self.fetch(self._client, options, self._parse, trail)
        self._refuse_repeat(following)
        return following

    async def get_next_page(self) -> AsyncCursorPage[T]:
        """``await next_page()``, by openai-python's name. Raises PaginationError as it does."""
        return await self.next_page()

    def auto_paging_iter(self) -> AsyncIterator[T]:
        """Every item of this page and of each next one (``async for``), by stripe-python's name."""
        return self.__aiter__()

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
