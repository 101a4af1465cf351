"""The runs the embedded server knows, their access tokens and the faults to inject."""

from __future__ import annotations

import copy
import datetime
import hashlib
import hmac
import json
import math
import secrets
import sys
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from .._checker import check
from ._encoding import encode
from ._listing import SortKeys
from ._live import Document, LiveRun
from ._scenarios import SCENARIOS, Record, Scenario, iso
from ._workflows import workflow_for

if TYPE_CHECKING:
    from ._webhook_delivery import WebhookDeliveries

__all__ = [
    "MAX_HELD_BYTES",
    "MAX_TRACKED_RUNS",
    "Faults",
    "FixtureError",
    "RouteKey",
    "RunStore",
    "encode",
    "held_bytes",
]

RouteKey = tuple[str, str]
"""(method, route template), e.g. ``("POST", "/v1/workflows/runs/{run_id}/cancel")``."""

INSTANCE_MARK = "~"
"""``run_demo_progress~42`` is a fresh instance of the scenario ``run_demo_progress``."""
MAX_TRACKED_RUNS = 10_000
"""Runs whose state (a scenario's first read, the request count for faults, the encoded
body) is kept; beyond that the least recently read is forgotten, so that endless
``run_demo_progress~<anything>`` ids take bounded memory. A forgotten scenario instance
starts over at its next read."""


MAX_STORED_DOCUMENT_BYTES: Final = 512 * 1024 * 1024
"""The default ``RunStore.max_document_bytes``: the most document bytes the created runs hold together."""

MAX_HELD_BYTES: Final = 256 * 1024 * 1024
"""The default ``RunStore.max_held_bytes``: with ``max_tracked_runs``, what bounds the memory of created runs."""


def held_bytes(value: Any) -> int:
    """The memory a decoded JSON value takes (objects, keys and scalars, each counted), without recursion."""
    total = 0
    pending = [value]
    while pending:
        item = pending.pop()
        total += sys.getsizeof(item)
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return total


SIGNED_URL_SECONDS: Final = 15 * 60
"""How long a ``document_url`` link serves its file (the API's links are short-lived too)."""


@dataclass
class _RunState:
    """What the store remembers about one run id it has served."""

    first_read: float | None = None
    requests: int = 0
    faults: Faults | None = None  # the Faults its fault count belongs to
    faulted: int = 0  # requests counted against ``faults``
    frame: int = -1  # how many scenario events ``body`` shows
    body: bytes | None = None


class FixtureError(ValueError):
    """A fixture file could not be read, or holds a record that breaks the contract."""


@dataclass
class Faults:
    """Misbehaviour to inject, counted per run: the first requests for a run fail in this order.

    Counting starts when the Faults is set (a new Faults object starts a new count). Every
    route of a run (read, cancel, resume, steps...) shares the run's count; a route without
    a run (create, list, counts, exports) has a count of its own. ``latency`` delays every
    answer. Then ``rate_limited`` requests get 429 with ``Retry-After:
    retry_after`` and ``server_errors`` get 503, both before the request acts; ``dropped``
    are cut off mid-body and ``malformed`` get their answer's JSON truncated, both after
    it acted (the ambiguous failures: the change happened, the answer was lost). After
    that, requests are served normally.
    """

    latency: float = 0.0
    rate_limited: int = 0
    retry_after: float = 1.0
    server_errors: int = 0
    dropped: int = 0
    malformed: int = 0

    def __post_init__(self) -> None:
        for name in ("latency", "retry_after"):
            value = getattr(self, name)
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not (math.isfinite(value) and value >= 0)
            ):
                raise ValueError(f"{name} should be a finite number of seconds, 0 or more, not {value!r}")
        for name in ("rate_limited", "server_errors", "dropped", "malformed"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"{name} should be a count, 0 or more, not {value!r}")

    def plan(self, request_number: int) -> str:
        """What to do for the ``request_number``-th request (0-based) of a run."""
        n = request_number
        for kind, count in (("rate_limited", self.rate_limited), ("server_error", self.server_errors),
                            ("dropped", self.dropped), ("malformed", self.malformed)):  # fmt: skip
            if n < count:
                return kind
            n -= count
        return "normal"

    @classmethod
    def parse(cls, text: str) -> Faults:
        """From ``latency=0.2,rate_limited=1,retry_after=2,server_errors=2,dropped=1,malformed=1``."""
        values: dict[str, Any] = {}
        for part in filter(None, (p.strip() for p in text.split(","))):
            name, _, raw = part.partition("=")
            if name not in cls.__dataclass_fields__:
                raise ValueError(f"unknown fault {name!r} (known: {', '.join(cls.__dataclass_fields__)})")
            try:
                values[name] = float(raw) if name in ("latency", "retry_after") else int(raw)
            except ValueError:
                raise ValueError(f"{name}={raw!r} is not a number") from None
        return cls(**values)


def builtin_records() -> list[Record]:
    """The static built-in runs: the API reference's example made valid, and the spec's complete example."""
    text = files("retab_runs.server").joinpath("fixtures.json").read_text(encoding="utf-8")
    records: list[Record] = json.loads(text)
    return records


@dataclass
class RunStore:
    """Static records, live scenarios and runs created through the API, by run id. Safe to use
    from several threads.

    ``speed`` scales scenario time (2.0 runs them twice as fast), for created runs too. Each
    run has an access token (``access_token(run_id)``) that opens it, and only it, without
    the API key. ``live`` holds the created runs (``create_run``, ``restart_run``): at most
    ``max_tracked_runs`` of them, holding at most ``max_held_bytes`` in all (documents,
    inputs, outputs and the encoded answer, each counted) and their documents at most
    ``max_document_bytes``, the oldest forgotten first;
    ``seed_runs`` adds many small finished ones at once. ``requests`` counts what reached
    the server per (method, route template); ``faults``, ``run_faults`` and
    ``route_faults`` say what to break.

    Answers are encoded once and served as bytes: a static record when it is added
    (``add_record`` again to change it; editing ``records`` in place is not seen), a
    scenario run each time it moves to a new frame. The state of at most
    ``max_tracked_runs`` run ids is kept (least recently read forgotten first).
    """

    api_key: str = "sk-retab-runs-local"
    speed: float = 1.0
    faults: Faults = field(default_factory=Faults)
    builtins: bool = True
    clock: Callable[[], float] = time.time
    records: dict[str, Record] = field(default_factory=dict)
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    run_faults: dict[str, Faults] = field(default_factory=dict)
    route_faults: dict[RouteKey, Faults] = field(default_factory=dict)
    max_tracked_runs: int = MAX_TRACKED_RUNS
    max_document_bytes: int = MAX_STORED_DOCUMENT_BYTES
    """The most document bytes the runs created through the API may hold together (oldest forgotten first)."""
    max_held_bytes: int = MAX_HELD_BYTES
    """The most bytes the created runs may hold together, everything counted (oldest forgotten first)."""
    live: dict[str, LiveRun] = field(default_factory=dict)
    requests: Counter[RouteKey] = field(default_factory=Counter)
    _route_faulted: dict[RouteKey, tuple[Faults, int]] = field(default_factory=dict)
    _deleted: set[str] = field(default_factory=set)
    _tombstones: OrderedDict[str, Record] = field(default_factory=OrderedDict)
    _commands: OrderedDict[tuple[str, str], tuple[str, Any]] = field(default_factory=OrderedDict)
    _simulations: dict[tuple[str, str], list[Record]] = field(default_factory=dict)
    _created: OrderedDict[str, tuple[int, int]] = field(default_factory=OrderedDict)
    """Runs created through the API, oldest first, with (document bytes, all bytes held)."""
    _signed: dict[str, tuple[str, str, float]] = field(default_factory=dict)
    _seeded: int = 0
    loaded: list[str] = field(default_factory=list)
    """The ids of the runs ``load`` added, in file order."""
    sort_keys: SortKeys = field(default_factory=SortKeys)
    """The list's sort keys, remembered per stored run (see ``SortKeys``)."""
    _states: OrderedDict[str, _RunState] = field(default_factory=OrderedDict)
    _encoded: dict[str, tuple[Record, bytes]] = field(default_factory=dict)
    _secret: bytes = field(default_factory=lambda: secrets.token_bytes(16))
    _lock: threading.Lock = field(default_factory=threading.Lock)
    op_lock: threading.RLock = field(default_factory=threading.RLock)
    """Held by the server while one request reads or changes the store."""
    webhooks: WebhookDeliveries | None = None
    """Sends the signed webhooks of completed runs, when set (``_webhook_delivery``)."""

    def __post_init__(self) -> None:
        if not (isinstance(self.speed, (int, float)) and math.isfinite(self.speed) and self.speed > 0):
            raise ValueError(
                f"speed should be a positive number (2.0 runs scenarios twice as fast), not {self.speed!r}"
            )
        if self.max_tracked_runs < 1:
            raise ValueError(f"max_tracked_runs should be 1 or more, not {self.max_tracked_runs!r}")
        self.sort_keys.volatile = self.live.__contains__
        if self.builtins:
            for record in builtin_records():
                self.add_record(record, source=f"built-in run {record.get('id')!r}")
            self.scenarios.update(SCENARIOS)

    def __repr__(self) -> str:
        return (f"RunStore(runs={len(self.records)}, live={len(self.live)}, scenarios={sorted(self.scenarios)}, "
                f"speed={self.speed})")  # fmt: skip

    # -- contents ----------------------------------------------------------------------------

    def add_record(self, record: Record, *, source: str = "record") -> None:
        """Serve ``record`` as it is. Raises FixtureError unless it fits the contract."""
        problems = check(record, "compatible")
        if problems:
            listed = "; ".join(str(p) for p in problems[:5])
            raise FixtureError(f"{source} does not fit the WorkflowRun contract: {listed}")
        run_id = record.get("id")
        if not isinstance(run_id, str) or not run_id:
            raise FixtureError(f"{source} has no id")
        kept = copy.deepcopy(record)
        with self._lock:
            self.records[run_id] = kept
            self._encoded[run_id] = (kept, encode(kept))

    def load(self, path: Path) -> int:
        """Add the runs of a JSON file (one run, or an array of runs) or a JSONL file (one run per line)."""
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise FixtureError(f"cannot read {path}: {exc}") from exc
        records: Iterable[tuple[str, Any]]
        try:
            whole = json.loads(text)
        except ValueError:
            records = []
            # JSONL lines end at a newline byte only: U+2028, U+0085 and the like may stand raw
            # inside a JSON string (``str.splitlines`` would cut the record there).
            for number, line in enumerate(text.split("\n"), 1):
                if line.strip():
                    try:
                        records.append((f"{path}:{number}", json.loads(line)))
                    except ValueError as exc:
                        raise FixtureError(f"{path}:{number}: not JSON: {exc}") from exc
        else:
            items = whole if isinstance(whole, list) else [whole]
            records = [(f"{path}[{i}]" if isinstance(whole, list) else str(path), item) for i, item in enumerate(items)]
        count = 0
        for source, record in records:
            if not isinstance(record, dict):
                raise FixtureError(f"{source}: a run must be a JSON object")
            self.add_record(record, source=source)
            self.loaded.append(str(record["id"]))
            count += 1
        return count

    def ids(self) -> list[str]:
        return sorted(self.records) + sorted(self.live) + sorted(set(self.scenarios) - self._deleted)

    def scenario_for(self, run_id: str) -> Scenario | None:
        if run_id in self._deleted or run_id in self.live:
            return None
        return self.scenarios.get(run_id.split(INSTANCE_MARK, 1)[0])

    def _state(self, run_id: str) -> _RunState:
        """The state of ``run_id``, made the most recently used; the caller holds the lock."""
        state = self._states.get(run_id)
        if state is None:
            state = self._states[run_id] = _RunState()
            while len(self._states) > self.max_tracked_runs:
                self._states.popitem(last=False)
        else:
            self._states.move_to_end(run_id)
        return state

    def _scenario_clock(self, run_id: str) -> tuple[_RunState, float, float]:
        """(state, first read, scenario seconds elapsed) for a scenario run; the caller holds the lock."""
        now = self.clock()
        state = self._state(run_id)
        if state.first_read is None:
            state.first_read = now
        return state, state.first_read, (now - state.first_read) * self.speed

    def get(self, run_id: str) -> Record | None:
        """The run as it is now, as a fresh dict; a scenario's clock starts at its first read."""
        live = self.live_run(run_id)
        if live is not None:
            return copy.deepcopy(live.record)
        record = self.records.get(run_id)
        if record is not None:
            return copy.deepcopy(record)
        scenario = self.scenario_for(run_id)
        if scenario is None:
            return None
        with self._lock:
            _, first, elapsed = self._scenario_clock(run_id)
        return scenario.render(elapsed, datetime.datetime.fromtimestamp(first, datetime.timezone.utc), run_id)

    def get_encoded(self, run_id: str) -> bytes | None:
        """The run as it is now, as the JSON the server sends; encoded once per state, not per request."""
        live = self.live_run(run_id)
        if live is not None:
            with self._lock:
                if live.body is None:
                    live.body = encode(live.record)
                return live.body
        record = self.records.get(run_id)
        if record is not None:
            with self._lock:
                cached = self._encoded.get(run_id)
                if cached is None or cached[0] is not record:  # ``records`` was given a new dict
                    cached = self._encoded[run_id] = (record, encode(record))
            return cached[1]
        scenario = self.scenario_for(run_id)
        if scenario is None:
            return None
        with self._lock:
            state, first, elapsed = self._scenario_clock(run_id)
            frame = scenario.frame(elapsed)
            if state.body is not None and state.frame == frame:
                return state.body
        started = datetime.datetime.fromtimestamp(first, datetime.timezone.utc)
        body = encode(scenario.render(elapsed, started, run_id))
        with self._lock:
            state.frame, state.body = frame, body
        return body

    def restart(self, run_id: str | None = None) -> None:
        """Forget first reads (of one run, or all), so scenarios start over."""
        with self._lock:
            if run_id is None:
                self._states.clear()
            else:
                self._states.pop(run_id, None)

    # -- runs created through the API ------------------------------------------------------

    def live_run(self, run_id: str) -> LiveRun | None:
        """The created run ``run_id``, advanced to now (None for built-in, fixture and seeded runs)."""
        live = self.live.get(run_id)
        if live is None:
            return None
        with self._lock:
            live.advance((self.clock() - live.created) * self.speed)
        return live

    def new_run_id(self) -> str:
        while True:
            run_id = "run_" + secrets.token_hex(6)
            if not self.exists(run_id):
                return run_id

    def create_run(
        self,
        workflow_id: str,
        *,
        documents: dict[str, Document] | None = None,
        json_inputs: dict[str, Any] | None = None,
        text_inputs: dict[str, str] | None = None,
        trigger_type: str = "api",
        workflow_name: str | None = None,
    ) -> LiveRun:
        """Start a run of ``workflow_id`` now (see ``_workflows``): ``build_run``, then ``keep``."""
        live = self.build_run(workflow_id, documents=documents, json_inputs=json_inputs, text_inputs=text_inputs,
                              trigger_type=trigger_type, workflow_name=workflow_name)  # fmt: skip
        self.keep(live)
        return live

    def build_run(
        self,
        workflow_id: str,
        *,
        documents: dict[str, Document] | None = None,
        json_inputs: dict[str, Any] | None = None,
        text_inputs: dict[str, str] | None = None,
        trigger_type: str = "api",
        workflow_name: str | None = None,
    ) -> LiveRun:
        """A new run of ``workflow_id``, its answer encoded and its size counted, not yet kept.

        The heavy part of a create (copy-free, but encoding and counting large inputs): it
        takes no lock. The run keeps ``json_inputs`` and ``text_inputs`` as they are (not
        copied): the caller hands them over.
        """
        documents, json_inputs, text_inputs = documents or {}, json_inputs or {}, text_inputs or {}
        workflow = workflow_for(workflow_id, list(documents), list(json_inputs), list(text_inputs), workflow_name)
        live = LiveRun.create(self.new_run_id(), workflow, self.clock(), trigger_type=trigger_type,
                              documents=documents, json_inputs=json_inputs, text_inputs=text_inputs)  # fmt: skip
        live.body = encode(live.record)
        document_bytes = sum(len(document.content) for document in documents.values())
        # The record and the start nodes' outputs share the inputs; the encoded answer, cached
        # until the run changes (then encoded anew), holds them once more.
        held = document_bytes + held_bytes(json_inputs) + held_bytes(text_inputs) + len(live.body)
        live.held = (document_bytes, held)
        return live

    def keep(self, live: LiveRun) -> None:
        """Serve ``live`` (from ``build_run``); older created runs are forgotten, oldest first, until
        ``max_tracked_runs``, ``max_held_bytes`` and ``max_document_bytes`` hold (the newest run is
        always kept: the request body bound limits it)."""
        with self._lock:
            self.live[live.run_id] = live
            self._created[live.run_id] = live.held
            documents_total = sum(held[0] for held in self._created.values())
            total = sum(held[1] for held in self._created.values())
            # Created runs are forgotten oldest first (their ids then answer 404), so that
            # creating runs without end takes bounded memory; the newest one is always kept.
            while len(self._created) > 1 and (
                len(self._created) > self.max_tracked_runs
                or total > self.max_held_bytes
                or documents_total > self.max_document_bytes
            ):
                old, (old_documents, old_total) = self._created.popitem(last=False)
                documents_total -= old_documents
                total -= old_total
                evicted = self.live.pop(old, None)
                if evicted is not None:
                    evicted.forget()
                self._encoded.pop(old, None)
                self._states.pop(old, None)

    def restart_run(self, run_id: str) -> LiveRun | None:
        """A new run of the same workflow with the same inputs, ``trigger_type`` restart (None: no such run)."""
        record = self.current(run_id)
        if record is None:
            return None
        source = self.live.get(run_id)
        if source is not None:
            documents = dict(source.documents)
        else:  # a built-in or seeded run: its document metadata, without content
            documents = {
                node: Document(
                    str(meta.get("id", "")), str(meta.get("filename", "")), str(meta.get("mime_type", "")), b""
                )
                for node, meta in (record.get("input_documents") or {}).items()
                if isinstance(meta, dict)
            }
        return self.create_run(
            str(record.get("workflow_id", "")),
            documents=documents,
            json_inputs=record.get("input_json_data") or {},  # shared: no created run changes its inputs
            text_inputs=dict(record.get("input_text_data") or {}),
            trigger_type="restart",
            workflow_name=record.get("workflow_name"),
        )

    def make_live(self, run_id: str) -> LiveRun | None:
        """``run_id`` as a LiveRun: built-in, fixture and seeded runs are frozen as they are now."""
        live = self.live_run(run_id)
        if live is not None:
            return live
        record = self.get(run_id)
        if record is None:
            return None
        live = LiveRun(record, self.clock())
        with self._lock:
            self.live[run_id] = live
            self.records.pop(run_id, None)  # the live copy replaces it (in reads and in the list)
            self._encoded.pop(run_id, None)
        return live

    def current(self, run_id: str) -> Record | None:
        """The run as it is now, not copied: read it, do not change it."""
        live = self.live_run(run_id)
        if live is not None:
            return live.record
        record = self.records.get(run_id)
        if record is not None:
            return record
        return self.get(run_id) if self.scenario_for(run_id) is not None else None

    def exists(self, run_id: str) -> bool:
        return run_id in self.live or run_id in self.records or self.scenario_for(run_id) is not None

    def runs(self) -> Iterator[Record]:
        """Every run as it is now (not copied), for listing: a built-in scenario counts as read."""
        yield from self.records.values()
        for run_id in list(self.live):
            live = self.live_run(run_id)
            if live is not None:
                yield live.record
        with self._lock:
            instances = [run_id for run_id, state in self._states.items()
                         if INSTANCE_MARK in run_id and state.first_read is not None]  # fmt: skip
        for run_id in sorted(set(self.scenarios) - self._deleted) + instances:
            if run_id not in self.live and run_id not in self.records:
                record = self.get(run_id)
                if record is not None:
                    yield record

    def delete(self, run_id: str) -> bool:
        """Forget a run (its id then answers 404); False when there was none."""
        record = self.current(run_id)
        if record is None:
            return False
        with self._lock:
            self._tombstones[run_id] = record
            while len(self._tombstones) > self.max_tracked_runs:
                self._tombstones.popitem(last=False)
            gone = self.live.pop(run_id, None)
            if gone is not None:
                gone.forget()
            self._created.pop(run_id, None)
            self.records.pop(run_id, None)
            self._encoded.pop(run_id, None)
            self._states.pop(run_id, None)
            if run_id in self.scenarios or INSTANCE_MARK in run_id:
                self._deleted.add(run_id)
        return True

    def delete_workflow(self, workflow_id: str) -> int:
        """Delete every run of ``workflow_id``; returns how many."""
        doomed = [str(r["id"]) for r in self.runs() if r.get("workflow_id") == workflow_id]
        return sum(self.delete(run_id) for run_id in doomed)

    def deleted(self, run_id: str) -> Record | None:
        """The last state of a recently deleted run (list cursors may still name it)."""
        return self._tombstones.get(run_id)

    def seed_runs(
        self, n: int, *, workflow_id: str = "wf_seeded", status: str | None = None, start: float | None = None
    ) -> list[str]:
        """Add ``n`` small finished runs of ``workflow_id`` quickly (for paging and filter tests).

        They are created one second apart, ending ``start`` (default: now); statuses cycle
        completed, completed, error, cancelled unless ``status`` is given; trigger types,
        costs and durations vary. Returns their ids, oldest first.
        """
        statuses = ("completed", "completed", "error", "cancelled")
        triggers = ("api", "manual", "schedule", "webhook", "email")
        base = (self.clock() if start is None else start) - n
        ids: list[str] = []
        with self._lock:
            first = self._seeded
            self._seeded += n
        for i in range(n):
            number = first + i
            run_id = f"run_seed{number:07d}"
            created = datetime.datetime.fromtimestamp(base + i, datetime.timezone.utc)
            duration = 1000 + (number * 37) % 9000
            run_status = status or statuses[number % len(statuses)]
            ended = run_status in ("completed", "error", "cancelled")
            cost = round((number % 50) * 0.002, 6)
            self.records[run_id] = {
                "id": run_id, "workflow_id": workflow_id, "workflow_name": "Seeded Workflow",
                "organization_id": "org_demo", "config_snapshot_id": "cfg_seeded", "status": run_status,
                "trigger_type": triggers[number % len(triggers)], "started_at": iso(created),
                "completed_at": iso(created + datetime.timedelta(milliseconds=duration)) if ended else None,
                "duration_ms": duration if ended else None, "cost_summary": {"total": cost},
                "error": "Seeded failure" if run_status == "error" else None,
                "created_at": iso(created), "updated_at": iso(created),
            }  # fmt: skip
            ids.append(run_id)
        return ids

    def sign(self, token: str, run_id: str, node_id: str) -> None:
        """``/_files/{token}`` serves the document of ``run_id`` at ``node_id`` for SIGNED_URL_SECONDS."""
        with self._lock:
            now = self.clock()
            for old in [t for t, (_, _, until) in self._signed.items() if until <= now]:
                del self._signed[old]  # expired links are forgotten, so the table does not grow
            self._signed[token] = (run_id, node_id, now + SIGNED_URL_SECONDS)

    def signed(self, token: str) -> tuple[str, str] | None:
        """The run and node a link serves, or None when it is unknown or has expired."""
        with self._lock:
            target = self._signed.get(token)
            if target is None or target[2] <= self.clock():
                return None
            return target[0], target[1]

    def add_simulation(self, run_id: str, node_id: str, simulation: Record) -> None:
        with self._lock:
            kept = self._simulations.setdefault((run_id, node_id), [])
            kept.insert(0, simulation)
            del kept[100:]

    def simulations(self, run_id: str, node_id: str) -> list[Record]:
        """The simulations of a node, newest first (the last 100)."""
        return list(self._simulations.get((run_id, node_id), []))

    def remember(self, key: tuple[str, str], command: str, outcome: Any) -> None:
        """Keep what a command did, by (run id, command_id), so that a repeat acts once.

        ``command`` says what was asked (operation and arguments): the same id with another
        command is refused (see ``recall``). The outcome is kept on its own, whatever becomes
        of the run (the last ``max_tracked_runs`` command ids are kept).
        """
        with self._lock:
            self._commands[key] = (command, outcome)
            while len(self._commands) > self.max_tracked_runs:
                self._commands.popitem(last=False)

    def recall(self, key: tuple[str, str]) -> tuple[str, Any] | None:
        """(command, outcome) remembered for (run id, command_id), or None."""
        with self._lock:
            return self._commands.get(key)

    # -- credentials and faults -------------------------------------------------------------

    def access_token(self, run_id: str) -> str:
        """The token that opens this run (and no other) without the API key."""
        digest = hmac.new(self._secret, run_id.encode(), hashlib.sha256).hexdigest()
        return f"rat_{digest[:32]}"

    def token_opens(self, token: str, run_id: str) -> bool:
        return hmac.compare_digest(token.encode(), self.access_token(run_id).encode())

    def next_fault(self, run_id: str, route: RouteKey | None = None) -> tuple[str, Faults]:
        """The fault plan for this request of ``run_id`` (and the Faults it came from).

        ``run_faults[run_id]`` wins over ``route_faults[route]``, which wins over ``faults``.
        """
        faults = self.run_faults.get(run_id) or (self.route_faults.get(route) if route else None) or self.faults
        with self._lock:
            state = self._state(run_id)
            state.requests += 1
            if state.faults is not faults:  # a Faults set since: its count starts now
                state.faults, state.faulted = faults, 0
            number = state.faulted
            state.faulted += 1
        return faults.plan(number), faults

    def next_route_fault(self, route: RouteKey) -> tuple[str, Faults]:
        """The fault plan for this request of a route that names no run (counted per route)."""
        faults = self.route_faults.get(route, self.faults)
        with self._lock:
            counted, number = self._route_faulted.get(route, (None, 0))
            if counted is not faults:
                number = 0
            self._route_faulted[route] = (faults, number + 1)
        return faults.plan(number), faults
