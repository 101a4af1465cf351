"""The client's parse paths pass the body's length to gc_paused: a large body's young garbage is
collected first, and what the parse built goes to the oldest generation whole."""

from __future__ import annotations

import gc

import httpx
import pytest

from retab_runs import _exchange
from retab_runs._pagination import parse_run_page
from retab_runs_client import types as gc_types
from tests.collector import generation_of, one_thread, young_cycle
from tests.payloads import compact_json, large_run

pytestmark = pytest.mark.skipif(
    not gc_types._PROMOTES, reason="the collector's lists move whole only on CPython 3.10-3.13"
)


def _response(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, request=httpx.Request("GET", "http://127.0.0.1/v1/workflows/runs/r"))


def test_a_large_run_body_is_built_after_the_young_garbage_is_collected() -> None:
    body = compact_json(large_run(2000, 2000))
    assert len(body) >= gc_types._YOUNG_FIRST_AT
    one_thread()
    gc.collect()
    ref = young_cycle()
    assert ref() is not None
    run = _exchange.parse_run(_response(body))
    assert ref() is None
    assert generation_of(run) == 2 and generation_of(run.steps[-1]) == 2
    assert gc.isenabled()


def test_a_large_page_of_runs_is_built_after_the_young_garbage_is_collected() -> None:
    run = large_run(800, 800)
    body = compact_json({"data": [run, run], "list_metadata": {"before": None, "after": "c"}})
    assert len(body) >= gc_types._YOUNG_FIRST_AT
    one_thread()
    gc.collect()
    ref = young_cycle()
    runs, cursors = parse_run_page(_response(body))
    assert ref() is None
    assert cursors.after == "c" and generation_of(runs[1]) == 2
    assert gc.isenabled()
