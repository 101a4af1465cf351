"""Listing runs: filters, sort order, cursor pages and projections; counts; export rows.

Cursors, as the spec describes them: a page's ``list_metadata.after`` is the id of its
last run when more runs follow in the requested order (else null), and ``after=<id>``
returns the runs that come after that run in the same order; ``before`` mirrors it
(``list_metadata.before`` is the first id of the page when runs precede it, and
``before=<id>`` returns the ``limit`` runs just before that run). Given both, the page
holds the runs between the two. Runs are ordered by ``sort_by`` then by id, so the order
is total; a cursor naming a run deleted since still works, one naming a run never seen is a
404 (the run it names is not found).
"""

from __future__ import annotations

import bisect
import datetime
import functools
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ._requests import Query
from ._scenarios import Record

__all__ = ["RUN_STATUSES", "TRIGGER_TYPES", "RunFilter", "SortKeys", "counts", "page_of_runs", "run_cost"]

RUN_STATUSES = ("pending", "queued", "running", "completed", "error", "waiting_for_human", "cancelled")
STATUS_FILTERS = tuple(s for s in RUN_STATUSES if s != "queued")
"""What ``status`` and ``exclude_status`` accept (RunStatusFilter: the vendor leaves ``queued`` out)."""
TRIGGER_TYPES = ("manual", "api", "schedule", "webhook", "email", "restart")
SORT_ALIASES = {"cost": "cost_summary.total", "duration": "duration_ms"}
SEARCHED = ("id", "workflow_name")
"""What ``search`` matches: a case-insensitive substring of the run id or the workflow name."""


def run_cost(run: Record) -> float:
    summary = run.get("cost_summary")
    total = summary.get("total") if isinstance(summary, dict) else None
    return float(total) if isinstance(total, (int, float)) and not isinstance(total, bool) else 0.0


@functools.lru_cache(maxsize=65536)
def _instant(text: str) -> datetime.datetime | None:
    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=datetime.timezone.utc)


def _created_on(run: Record) -> datetime.date | None:
    created = run.get("created_at")
    moment = _instant(created) if isinstance(created, str) else None
    return moment.astimezone(datetime.timezone.utc).date() if moment is not None else None


@dataclass(frozen=True)
class RunFilter:
    """The filters of the list (and export) endpoints; None means no filter."""

    workflow_id: str | None = None
    statuses: frozenset[str] | None = None
    exclude_status: str | None = None
    trigger_types: frozenset[str] | None = None
    from_date: datetime.date | None = None
    to_date: datetime.date | None = None
    min_cost: float | None = None
    max_cost: float | None = None
    min_duration: int | None = None
    max_duration: int | None = None
    search: str | None = None
    run_ids: frozenset[str] | None = None

    @classmethod
    def from_query(cls, query: Query, *, single: bool = True) -> RunFilter:
        """From the list's query parameters (``single``: also ``status``, ``exclude_status``, ``trigger_type``)."""
        statuses = set(query.listing("statuses") or []) or None
        triggers = set(query.listing("trigger_types") or []) or None
        exclude = None
        if single:
            status = query.choice("status", STATUS_FILTERS)
            if status is not None:
                statuses = {status} if statuses is None else statuses & {status}
            exclude = query.choice("exclude_status", STATUS_FILTERS)
            trigger = query.choice("trigger_type", TRIGGER_TYPES)
            if trigger is not None:
                triggers = {trigger} if triggers is None else triggers & {trigger}
        return cls(
            workflow_id=query.text("workflow_id"),
            statuses=frozenset(statuses) if statuses is not None else None,
            exclude_status=exclude,
            trigger_types=frozenset(triggers) if triggers is not None else None,
            from_date=query.date("from_date"),
            to_date=query.date("to_date"),
            min_cost=query.number("min_cost"),
            max_cost=query.number("max_cost"),
            min_duration=query.integer("min_duration"),
            max_duration=query.integer("max_duration"),
            search=query.text("search"),
        )

    def __call__(self, run: Record) -> bool:
        if self.workflow_id is not None and run.get("workflow_id") != self.workflow_id:
            return False
        if self.run_ids is not None and run.get("id") not in self.run_ids:
            return False
        status = run.get("status", "pending")
        if self.statuses is not None and status not in self.statuses:
            return False
        if self.exclude_status is not None and status == self.exclude_status:
            return False
        if self.trigger_types is not None and run.get("trigger_type", "manual") not in self.trigger_types:
            return False
        if self.from_date is not None or self.to_date is not None:
            day = _created_on(run)
            if day is None or (self.from_date and day < self.from_date) or (self.to_date and day > self.to_date):
                return False
        if self.min_cost is not None or self.max_cost is not None:
            cost = run_cost(run)
            if (self.min_cost is not None and cost < self.min_cost) or (
                self.max_cost is not None and cost > self.max_cost
            ):
                return False
        if self.min_duration is not None or self.max_duration is not None:
            duration = run.get("duration_ms")
            if not isinstance(duration, int) or isinstance(duration, bool):
                return False
            if (self.min_duration is not None and duration < self.min_duration) or (
                self.max_duration is not None and duration > self.max_duration
            ):
                return False
        if self.search:
            needle = self.search.casefold()
            if not any(needle in str(run.get(name) or "").casefold() for name in SEARCHED):
                return False
        return True


SortKey = tuple[tuple[Any, ...], str]


def sort_key(run: Record, sort_by: str) -> SortKey:
    """(value, id): absent and null values first, then numbers, then date-times, then text, then the rest."""
    value: Any = run
    for part in SORT_ALIASES.get(sort_by, sort_by).split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        ranked: tuple[Any, ...] = (0,)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        ranked = (1, float(value))
    elif isinstance(value, bool):
        ranked = (1, float(value))
    elif isinstance(value, str):
        moment = _instant(value) if sort_by.endswith("_at") else None
        ranked = (2, moment.timestamp(), value) if moment is not None else (3, value)
    else:
        ranked = (4, json.dumps(value, sort_keys=True, default=str))
    return ranked, str(run.get("id", ""))


class SortKeys:
    """``sort_key`` remembered per run and field while the run is the same object, so that listing
    10,000 stored runs does not recompute 10,000 keys. Runs that change in place (``volatile``:
    the created runs) are computed afresh every time."""

    def __init__(self, volatile: Callable[[str], bool] = lambda run_id: False, limit: int = 200_000) -> None:
        self.volatile = volatile
        self.limit = limit
        self._known: dict[tuple[str, str], tuple[Record, SortKey]] = {}

    def __call__(self, run: Record, sort_by: str) -> SortKey:
        run_id = str(run.get("id", ""))
        if self.volatile(run_id):
            return sort_key(run, sort_by)
        known = self._known.get((run_id, sort_by))
        if known is not None and known[0] is run:
            return known[1]
        if len(self._known) >= self.limit:
            self._known.clear()
        key = sort_key(run, sort_by)
        self._known[(run_id, sort_by)] = (run, key)
        return key


def page_of_runs(
    runs: Iterable[Record],
    *,
    sort_by: str,
    order: str,
    limit: int,
    after: Record | None,
    before: Record | None,
    fields: Sequence[str] | None,
    sort_keys: SortKeys | None = None,
) -> dict[str, Any]:
    """The ``PaginatedList`` body for these (already filtered) runs."""
    key_of = sort_keys if sort_keys is not None else sort_key
    ranked = sorted(((key_of(run, sort_by), run) for run in runs), key=lambda pair: pair[0])
    keys = [key for key, _ in ranked]
    if order == "desc":
        ranked.reverse()
        keys.reverse()

    def position(cursor: Record, *, inclusive: bool) -> int:
        """Index in the ordered list of the first run that comes after ``cursor`` (or at it, when inclusive)."""
        key = sort_key(cursor, sort_by)
        if order == "asc":
            return bisect.bisect_left(keys, key) if inclusive else bisect.bisect_right(keys, key)
        ascending = list(reversed(keys))
        index = bisect.bisect_right(ascending, key) if inclusive else bisect.bisect_left(ascending, key)
        return len(keys) - index

    start, stop = 0, len(ranked)
    if after is not None:
        start = position(after, inclusive=False)
    if before is not None:
        stop = max(start, position(before, inclusive=True))
    if before is not None and after is None:
        start = max(start, stop - limit)
    stop = min(stop, start + limit)
    page = ranked[start:stop]
    data = [run for _, run in page]
    if fields:
        wanted = ["id", *(name for name in fields if name != "id")]
        data = [{name: run[name] for name in wanted if name in run} for run in data]
    return {
        "data": data,
        "list_metadata": {
            "before": str(page[0][1].get("id")) if page and start > 0 else None,
            "after": str(page[-1][1].get("id")) if page and stop < len(ranked) else None,
        },
    }


def counts(runs: Iterable[Record]) -> dict[str, int]:
    """Runs per status (every known status, 0 included), and their ``total``."""
    found = dict.fromkeys(RUN_STATUSES, 0)
    total = 0
    for run in runs:
        status = str(run.get("status", "pending"))
        found[status] = found.get(status, 0) + 1
        total += 1
    found["total"] = total
    return found
