"""Where the embedded server sends webhooks, how it retries, and what ``data`` holds.

``WebhookTarget``: a URL, a secret (never shown), the body format (``envelope``: Retab's
``{id, type, environment, created_at, data}`` signed ``t=...,v1=...``; ``end-node``: the seed
era's ``{document, data}`` signed with bare hex) and the environment named in the envelope.
``RetryPolicy``: how many attempts, the backoff between them, the timeout of each.
``RECORD_SHAPES``: the run record in the envelope's ``data``, per contract the server speaks.
"""

from __future__ import annotations

import copy
import ipaddress
import json
import math
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ._scenarios import Record
from ._store import FixtureError, RunStore

__all__ = [
    "DEFAULT_API_VERSION",
    "RECORD_SHAPES",
    "RecordShape",
    "RetryPolicy",
    "WebhookFormat",
    "WebhookTarget",
    "is_loopback_url",
    "load_fixture",
    "record_shape",
    "seed_record",
    "target_from_fixture",
    "today_record",
]

WebhookFormat = Literal["envelope", "end-node"]
FORMATS: tuple[WebhookFormat, ...] = ("envelope", "end-node")
RecordShape = Callable[[Record], Any]
"""The completed run record as the envelope's ``data`` carries it."""
DEFAULT_API_VERSION = "2026-02-26"


def seed_record(record: Record) -> Any:
    """The seed contract's run record: flat, with ``status`` (a copy of what GET answers)."""
    return copy.deepcopy(record)


def today_record(record: Record) -> Any:
    """Today's contract's (2026-08-16) run record: ``lifecycle`` (not ``status``), ``timing``,
    ``inputs``, as ``GET /v1/workflows/runs/{run_id}`` answers it (a copy)."""
    return copy.deepcopy(record)


RECORD_SHAPES: dict[str, RecordShape] = {DEFAULT_API_VERSION: seed_record, "2026-08-16": today_record}
"""Per API version the server speaks, the function that shapes the envelope's ``data``:
each is given the record as that contract's GET answers it."""


def record_shape(api_version: str | None = None) -> RecordShape:
    """The shaping function for ``api_version`` (default: the seed's). Raises ValueError for an unknown version."""
    version = api_version or DEFAULT_API_VERSION
    try:
        return RECORD_SHAPES[version]
    except KeyError:
        known = ", ".join(sorted(RECORD_SHAPES))
        raise ValueError(f"no webhook record shape for API version {version!r} (known: {known})") from None


def is_loopback_url(url: str) -> bool:
    """True when ``url``'s host is localhost or a loopback address (127.0.0.0/8, ::1)."""
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class WebhookTarget:
    """One webhook destination. Raises ValueError for a URL that is not http(s) or a format not known."""

    url: str
    secret: str = field(repr=False)
    format: WebhookFormat = "envelope"
    environment: str = "test"

    def __post_init__(self) -> None:
        parts = urllib.parse.urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"the webhook URL must be http:// or https:// with a host, not {self.url!r}")
        if parts.username or parts.password:
            raise ValueError("the webhook URL must not carry credentials (user:password@)")
        if not isinstance(self.secret, str) or not self.secret:
            raise ValueError("the webhook secret must be a non-empty string")
        if self.format not in FORMATS:
            raise ValueError(f"the webhook format must be one of {', '.join(FORMATS)}, not {self.format!r}")

    def __repr__(self) -> str:
        return f"WebhookTarget(url={self.url!r}, format={self.format!r}, environment={self.environment!r})"


@dataclass(frozen=True)
class RetryPolicy:
    """``attempts`` in all (the first included); before attempt n+1 wait ``backoff * 2**(n-1)``
    seconds, at most ``max_backoff`` (a ``Retry-After`` answer may ask for longer, up to
    ``max_backoff``); each attempt gives up after ``timeout`` seconds."""

    attempts: int = 4
    backoff: float = 0.5
    max_backoff: float = 10.0
    timeout: float = 30.0

    def __post_init__(self) -> None:
        if isinstance(self.attempts, bool) or not isinstance(self.attempts, int) or not 1 <= self.attempts <= 100:
            raise ValueError(f"attempts must be a whole number from 1 to 100, not {self.attempts!r}")
        for name in ("backoff", "max_backoff", "timeout"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a finite number of seconds, 0 or more, not {value!r}")
        if self.timeout <= 0:
            raise ValueError("timeout must be more than 0 seconds")

    def delay(self, retry: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (1 for the second attempt)."""
        wait: float = self.backoff * 2 ** (retry - 1)
        if retry_after is not None:
            wait = max(wait, retry_after)
        return float(min(wait, self.max_backoff))


def target_from_fixture(source: str, value: Any) -> WebhookTarget:
    """A target from a fixture's ``{"url", "secret", "format"?, "environment"?}``. Raises ValueError."""
    if not isinstance(value, dict):
        raise ValueError(f"{source}: a webhook must be an object with url and secret")
    unknown = set(value) - {"url", "secret", "format", "environment"}
    if unknown:
        raise ValueError(f"{source}: unknown webhook field(s) {', '.join(sorted(unknown))}")
    if not isinstance(value.get("url"), str) or not isinstance(value.get("secret"), str):
        raise ValueError(f"{source}: a webhook needs a url and a secret, both strings")
    try:
        return WebhookTarget(url=value["url"], secret=value["secret"], format=value.get("format", "envelope"),
                             environment=str(value.get("environment", "test")))  # fmt: skip
    except ValueError as exc:
        raise ValueError(f"{source}: {exc}") from None


def load_fixture(store: RunStore, path: Path, targets: dict[str, WebhookTarget]) -> int:
    """Load a fixture file into ``store``; returns how many runs it added.

    Besides what ``RunStore.load`` reads, a file may be an object ``{"webhooks": {workflow id:
    {"url", "secret", "format"?, "environment"?}}, "runs": [run, ...]}``: its targets go into
    ``targets`` by workflow id. Raises FixtureError.
    """
    try:
        whole = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        whole = None  # not one JSON document: RunStore.load says what is wrong, or reads JSONL
    if not (isinstance(whole, dict) and "webhooks" in whole and "id" not in whole):
        return store.load(path)
    hooks, runs = whole.get("webhooks"), whole.get("runs", [])
    if not isinstance(hooks, dict) or not isinstance(runs, list):
        raise FixtureError(f"{path}: 'webhooks' must be an object by workflow id and 'runs' a list of runs")
    for workflow_id, value in hooks.items():
        try:
            targets[workflow_id] = target_from_fixture(f"{path}: webhooks.{workflow_id}", value)
        except ValueError as exc:
            raise FixtureError(str(exc)) from None
    for index, record in enumerate(runs):
        if not isinstance(record, dict):
            raise FixtureError(f"{path}: runs[{index}]: a run must be a JSON object")
        store.add_record(record, source=f"{path}: runs[{index}]")
    return len(runs)
