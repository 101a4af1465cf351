"""The runs the embedded server knows, their access tokens and the faults to inject."""

from __future__ import annotations

import copy
import datetime
import hashlib
import hmac
import json
import math
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

from .._checker import check
from ._scenarios import SCENARIOS, Record, Scenario

__all__ = ["MAX_TRACKED_RUNS", "Faults", "FixtureError", "RunStore", "encode"]

INSTANCE_MARK = "~"
"""``run_demo_progress~42`` is a fresh instance of the scenario ``run_demo_progress``."""
MAX_TRACKED_RUNS = 10_000
"""Runs whose state (a scenario's first read, the request count for faults, the encoded
body) is kept; beyond that the least recently read is forgotten, so that endless
``run_demo_progress~<anything>`` ids take bounded memory. A forgotten scenario instance
starts over at its next read."""


def encode(value: Any) -> bytes:
    """JSON as the server sends it: compact, UTF-8."""
    return json.dumps(value, separators=(",", ":")).encode()


@dataclass
class _RunState:
    """What the store remembers about one run id it has served."""

    first_read: float | None = None
    requests: int = 0
    frame: int = -1  # how many scenario events ``body`` shows
    body: bytes | None = None


class FixtureError(ValueError):
    """A fixture file could not be read, or holds a record that breaks the contract."""


@dataclass
class Faults:
    """Misbehaviour to inject, counted per run: the first requests for a run fail in this order.

    ``latency`` delays every answer. Then ``rate_limited`` requests get 429 with
    ``Retry-After: retry_after``, ``server_errors`` get 503, ``dropped`` are cut off
    mid-body, and ``malformed`` get a 200 whose JSON is truncated. After that, the run
    is served normally.
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
    """Static records and live scenarios, by run id. Safe to use from several threads.

    ``speed`` scales scenario time (2.0 runs them twice as fast). Each run has an
    access token (``access_token(run_id)``) that opens it, and only it, without the
    API key.

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
    max_tracked_runs: int = MAX_TRACKED_RUNS
    _states: OrderedDict[str, _RunState] = field(default_factory=OrderedDict)
    _encoded: dict[str, tuple[Record, bytes]] = field(default_factory=dict)
    _secret: bytes = field(default_factory=lambda: secrets.token_bytes(16))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        if not (isinstance(self.speed, (int, float)) and math.isfinite(self.speed) and self.speed > 0):
            raise ValueError(
                f"speed should be a positive number (2.0 runs scenarios twice as fast), not {self.speed!r}"
            )
        if self.max_tracked_runs < 1:
            raise ValueError(f"max_tracked_runs should be 1 or more, not {self.max_tracked_runs!r}")
        if self.builtins:
            for record in builtin_records():
                self.add_record(record)
            self.scenarios.update(SCENARIOS)

    def __repr__(self) -> str:
        return f"RunStore(runs={len(self.records)}, scenarios={sorted(self.scenarios)}, speed={self.speed})"

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
            for number, line in enumerate(text.splitlines(), 1):
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
            count += 1
        return count

    def ids(self) -> list[str]:
        return sorted(self.records) + sorted(self.scenarios)

    def scenario_for(self, run_id: str) -> Scenario | None:
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

    # -- credentials and faults -------------------------------------------------------------

    def access_token(self, run_id: str) -> str:
        """The token that opens this run (and no other) without the API key."""
        digest = hmac.new(self._secret, run_id.encode(), hashlib.sha256).hexdigest()
        return f"rat_{digest[:32]}"

    def token_opens(self, token: str, run_id: str) -> bool:
        return hmac.compare_digest(token.encode(), self.access_token(run_id).encode())

    def next_fault(self, run_id: str) -> tuple[str, Faults]:
        """The fault plan for this request of ``run_id`` (and the Faults it came from)."""
        faults = self.run_faults.get(run_id, self.faults)
        with self._lock:
            state = self._state(run_id)
            number = state.requests
            state.requests += 1
        return faults.plan(number), faults
