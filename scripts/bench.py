#!/usr/bin/env python3
"""The benchmark: every figure a ratio to a baseline measured in the same round.

    python scripts/bench.py [--quick] [--write-docs] [--json FILE]

What users pay: a row whose result could build anything on first read reads it inside the
timing (``run.trace_spans``), so every figure is of fully built objects. Rows beside the
project's paths: msgspec Structs generated from the same spec (the floor of a typed parse),
the project's pydantic models, and ``json.loads`` with the collector off.

Parsing rows run in shuffled, interleaved rounds: in each round every row is timed next
to ``json.loads`` of the same bytes, and the row's figure is the median (and interquartile
range) over rounds of that round's ratio, so drift in this shared machine's speed hits a
row and its baseline alike. "call" times the call alone (the result is freed outside the
timing); "call+free" also frees the result. The collector stays on, as a caller runs it; its
passes inside each timed call are counted (``gc.callbacks``) and reported beside the figures.
Each payload's rows run in a fresh process of their own (``--section``), which holds the bytes
and nothing of the other payloads: the build-only row's dict is decoded just before its timing
and dropped after it.

Payloads: (a) ``tests.payloads.large_run(5000, 5000)``; (b) ``scripts/bench_payloads.py``,
an independent run generated from the vendor's schema; today's contract (2026-08-16): a 5 MB
``WorkflowRunList`` page and a 5 MB ``WorkflowStepList`` page (``bench_payloads.today_*``).
``--short`` (or ``RETAB_BENCH_SHORT=1``) keeps the full-size payloads with fewer rounds and
small side sections: a few minutes on a busy 2-core machine. Also measured: the client over HTTP
against a server that sends fixed bytes, peak and held memory (in subprocesses), start-up
(fresh interpreters, with bytecode as an installed wheel has it, and beside it with the
project's sources compiled at each start), growth per 10x of data, and the vendor's SDK (in its own
Python 3.12 environment, when one can be made). Nothing is written unless ``--write-docs``
(``docs/benchmarks.md`` and ``.json``) or ``--json FILE`` is given. Nothing here asserts:
the targets table says met or MISSED.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import httpx  # noqa: E402
from bench_payloads import compact, today_runs_page, today_steps_page, vendor_run  # noqa: E402

from retab_runs import Retab, validate_run  # noqa: E402
from retab_runs._exchange import parse_run  # noqa: E402
from retab_runs_client.models import WorkflowRun  # noqa: E402
from retab_runs_client.v2026_08_16.models import WorkflowRunList, WorkflowStepList  # noqa: E402
from retab_runs_schema import WorkflowRun as SchemaWorkflowRun  # noqa: E402
from retab_runs_schema import structs_compatible  # noqa: E402
from retab_runs_schema.v2026_08_16 import WorkflowRunList as SchemaRunList  # noqa: E402
from retab_runs_schema.v2026_08_16 import WorkflowStepList as SchemaStepList  # noqa: E402
from retab_runs_schema.v2026_08_16 import structs_compatible as today_structs  # noqa: E402
from tests.payloads import large_run  # noqa: E402

VENDOR_SDK = "retab==0.0.101"
TODAY_VENDOR_SDK = "retab==0.0.160"

# (key, label, limit on (a), limit on (b)): a figure meets its target when it is at most the limit.
TARGETS: list[tuple[str, str, float, float]] = [
    ("from_json_call", "`WorkflowRun.from_json`, fully built, call", 1.3, 1.0),
    ("from_json_free", "`WorkflowRun.from_json`, fully built, call+free", 1.3, 1.0),
    ("client_call", "client parse path, fully built, call", 1.3, 1.3),
    ("client_free", "client parse path, fully built, call+free", 1.3, 1.3),
    ("from_dict_call", "`from_dict(json.loads(b))`, call", 2.0, 2.0),
    ("build_call", "`from_dict(d)`, build only, call", 0.9, 0.9),
    ("validate_strict_call", "`validate_run`, valid, strict", 1.0, 1.0),
    ("validate_compatible_call", "`validate_run`, valid, compatible", 1.0, 1.0),
    ("validate_error_call", "`validate_run`, one error deep inside", 5.0, 5.0),
    ("peak_memory", "peak RSS while parsing / that of `json.loads`", 1.0, 1.0),
    ("held_memory", "parsed run held / JSON size", 3.0, 3.0),
]
# Today's contract (2026-08-16): (page, label, limit) for ``from_json``, fully built, call.
TODAY_TARGETS: list[tuple[str, str, float]] = [
    ("runs", "today: `WorkflowRunList.from_json`, 5 MB page, call", 1.3),
    ("steps", "today: `WorkflowStepList.from_json`, 5 MB page, call", 1.2),
]
HTTP_TARGET = 1.3
IMPORT_TARGET_MS = 150.0
GROWTH_TARGET = (9.0, 11.0)


# -- the parsing rows -------------------------------------------------------------------


class Row:
    """One measured operation on one payload: ``action(prepare(body))``, with its own baseline bytes.

    ``prepare`` (untimed, just before each timing, its result dropped after it) gives the operation
    its argument: the bytes themselves, or for the build-only row the dict decoded from them, so
    that no row holds a decoded payload while another is timed.
    """

    def __init__(
        self,
        name: str,
        body: bytes,
        action: Callable[[Any], object],
        prepare: Callable[[bytes], Any] | None = None,
    ) -> None:
        self.name, self.body, self.action, self.prepare = name, body, action, prepare
        self.ratios: dict[str, list[float]] = {"call": [], "free": []}
        self.seconds: dict[str, list[float]] = {"call": [], "free": []}
        # Collector passes inside each timed call: (gen0, gen1, gen2 passes, seconds in them), of the
        # row ("row") and of its json.loads baseline ("base"), "call" mode.
        self.collector: dict[str, list[tuple[int, int, int, float]]] = {"row": [], "base": []}

    def argument(self) -> Any:
        return self.body if self.prepare is None else self.prepare(self.body)


class CollectorLog:
    """A ``gc.callbacks`` entry counting the collector's passes (per generation) and their time."""

    def __init__(self) -> None:
        self.passes = [0, 0, 0]
        self.seconds = 0.0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.passes[info["generation"]] += 1
            self.seconds += time.perf_counter() - self._started

    def reset(self) -> None:
        self.passes, self.seconds = [0, 0, 0], 0.0

    def snapshot(self) -> tuple[int, int, int, float]:
        return self.passes[0], self.passes[1], self.passes[2], self.seconds


COLLECTOR = CollectorLog()


def timed(action: Callable[[Any], object], argument: Any, free: bool) -> float:
    """Seconds of one call; with ``free``, freeing the result is inside the timing. COLLECTOR holds
    the collector's passes inside the timing (a whole collection before it is not counted)."""
    gc.collect()
    COLLECTOR.reset()
    started = time.perf_counter()
    result = action(argument)
    if free:
        del result
        elapsed = time.perf_counter() - started
    else:
        elapsed = time.perf_counter() - started
        del result
    return elapsed


def response_of(body: bytes) -> httpx.Response:
    return httpx.Response(200, content=body, request=httpx.Request("GET", "http://127.0.0.1/v1/workflows/runs/r"))


def one_error_deep_inside(run: dict[str, Any]) -> bytes:
    """``run`` with one wrong value in its deepest trace span (or, without spans, its last step)."""
    bad = json.loads(compact(run))
    spans: list[dict[str, Any]] = bad.get("trace_spans") or []
    deepest: dict[str, Any] | None = None
    while spans:
        deepest = spans[-1]
        spans = deepest.get("children") or []
    if deepest is not None:
        deepest["duration"] = "slow"
    else:
        bad["steps"][-1]["status"] = 5
    body = compact(bad)
    assert validate_run(body), "the edit should make the run invalid"
    return body


def built(run: WorkflowRun) -> WorkflowRun:
    """``run`` with every attribute that could be built on first read read (what a user pays)."""
    run.trace_spans  # noqa: B018 - the read is the point
    return run


def loads_collector_off(body: bytes) -> Any:
    """``json.loads`` with the cyclic collector off for the call (as the models pause it)."""
    if not gc.isenabled():
        return json.loads(body)
    gc.disable()
    try:
        return json.loads(body)
    finally:
        gc.enable()


def structs_decoder(module: Any, name: str) -> Callable[[bytes], object]:
    """msgspec's decoder into the Structs generated from the same spec: the floor of a typed parse."""
    import msgspec

    decode: Callable[[bytes], object] = msgspec.json.Decoder(getattr(module, name)).decode
    return decode


ROW_NAMES = {
    "from_json": "`from_json(b)`, fully built",
    "client": "client parse path (`parse_run`), fully built",
    "learned": "`from_json(b)`, a key the spec does not name in each step (learned), fully built",
    "from_dict": "`from_dict(json.loads(b))`",
    "build": "`from_dict(d)`, `d` decoded beforehand (build only)",
    "validate_strict": "`validate_run(b)`, valid, strict",
    "validate_compatible": "`validate_run(b)`, valid, compatible",
    "validate_error": "`validate_run(b)`, one error deep inside",
    "pydantic": "pydantic `model_validate_json(b)`",
    "structs": "msgspec Structs `decode(b)` (the floor)",
    "loads_off": "`json.loads(b)`, collector off",
}


def with_a_new_key(run: dict[str, Any]) -> bytes:
    """``run`` as a vendor's additive change would send it: a key the spec does not name in each step."""
    changed = json.loads(compact(run))
    for step in changed.get("steps") or [changed]:
        step["retry_count"] = 0
    return compact(changed)


def rows_for(body: bytes) -> list[Row]:
    bad = one_error_deep_inside(json.loads(body))
    n = ROW_NAMES
    return [
        Row(n["from_json"], body, lambda b: built(WorkflowRun.from_json(b))),
        Row(n["learned"], with_a_new_key(json.loads(body)), lambda b: built(WorkflowRun.from_json(b))),
        Row(n["client"], body, lambda b: built(parse_run(response_of(b)))),
        Row(n["from_dict"], body, lambda b: built(WorkflowRun.from_dict(json.loads(b)))),
        Row(n["build"], body, lambda d: built(WorkflowRun.from_dict(d)), prepare=json.loads),
        Row(n["validate_strict"], body, validate_run),
        Row(n["validate_compatible"], body, lambda b: validate_run(b, profile="compatible")),
        Row(n["validate_error"], bad, validate_run),
        Row(n["pydantic"], body, SchemaWorkflowRun.model_validate_json),
        Row(n["structs"], body, structs_decoder(structs_compatible, "WorkflowRun")),
        Row(n["loads_off"], body, loads_collector_off),
    ]


def today_rows(model: Any, schema_model: Any, struct_name: str, body: bytes) -> list[Row]:
    """Rows for a list page of today's contract (no lazy field there: the page is built as parsed)."""
    n = ROW_NAMES
    return [
        Row(n["from_json"], body, model.from_json),
        Row(n["from_dict"], body, lambda b: model.from_dict(json.loads(b))),
        Row(n["build"], body, model.from_dict, prepare=json.loads),
        Row(n["pydantic"], body, schema_model.model_validate_json),
        Row(n["structs"], body, structs_decoder(today_structs, struct_name)),
        Row(n["loads_off"], body, loads_collector_off),
    ]


def measure_rows(rows: list[Row], rounds: int, seed: int) -> None:
    """Shuffled rounds; in each, every row beside ``json.loads`` of its own bytes, in both modes."""
    rng = random.Random(seed)
    for row in rows:  # warm up: first-call costs (imports, caches) are not what is measured
        row.action(row.argument())
    if COLLECTOR not in gc.callbacks:
        gc.callbacks.append(COLLECTOR)
    for _ in range(rounds):
        order = [(row, free) for row in rows for free in (False, True)]
        rng.shuffle(order)
        for row, free in order:
            pair = [("base", json.loads), ("row", row.action)]
            rng.shuffle(pair)
            times = {}
            for label, action in pair:
                argument = row.body if label == "base" else row.argument()
                times[label] = timed(action, argument, free)
                del argument
                if not free:
                    row.collector[label].append(COLLECTOR.snapshot())
            mode = "free" if free else "call"
            row.ratios[mode].append(times["row"] / times["base"])
            row.seconds[mode].append(times["row"])


def spread(values: list[float]) -> dict[str, float]:
    """Median and interquartile range."""
    if len(values) < 2:
        return {"median": values[0], "q1": values[0], "q3": values[0]}
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return {"median": median, "q1": q1, "q3": q3}


def collector_summary(snapshots: list[tuple[int, int, int, float]]) -> dict[str, float]:
    """Mean passes per call of each generation, and the median milliseconds in the collector."""
    return {
        **{f"gen{g}": statistics.fmean(s[g] for s in snapshots) for g in range(3)},
        "ms": statistics.median(s[3] for s in snapshots) * 1000,
    }


# The sections whose rows are timed, each in its own process: (kind) -> the rows of its payload.
SECTIONS: dict[str, Callable[[bytes], list[Row]]] = {
    "seed": rows_for,
    "runs": lambda body: today_rows(WorkflowRunList, SchemaRunList, "WorkflowRunList", body),
    "steps": lambda body: today_rows(WorkflowStepList, SchemaStepList, "WorkflowStepList", body),
}


def section(kind: str, body: bytes, rounds: int, seed: int) -> dict[str, Any]:
    """The rows of one section timed in this process, which holds only ``body`` and what the rows need."""
    rows = SECTIONS[kind](body)
    measure_rows(rows, rounds, seed)
    return {
        "bytes": len(body),
        "rows": {row.name: {mode: spread(row.ratios[mode]) for mode in ("call", "free")} for row in rows},
        "collector": {row.name: {label: collector_summary(snaps) for label, snaps in row.collector.items()}
                      for row in rows},
    }  # fmt: skip


def parsing(name: str, kind: str, body: bytes, rounds: int, seed: int, tmp: Path) -> dict[str, Any]:
    """One section (``kind`` of SECTIONS) in a fresh process of its own: no other section's payloads,
    rows or results are alive while its rows are timed."""
    print(f"  {name}: {len(body) / 1e6:.2f} MB, {rounds} rounds", file=sys.stderr)
    payload = tmp / f"section-{kind}.json"
    payload.write_bytes(body)
    done = subprocess.run([sys.executable, __file__, "--section", kind, str(payload), str(rounds), str(seed)],
                          stdout=subprocess.PIPE, text=True, check=True)  # fmt: skip
    payload.unlink()
    found: dict[str, Any] = json.loads(done.stdout)
    return found


# -- growth per 10x ---------------------------------------------------------------------


def growth(sizes: list[int], rounds: int, seed: int) -> dict[str, Any]:
    """Median seconds of each path (and ``json.loads``) at each size of payload (a)'s family."""
    out: dict[str, Any] = {"sizes": sizes, "bytes": [], "seconds": {}}
    for steps in sizes:
        body = compact(large_run(steps, steps))
        out["bytes"].append(len(body))
        rows = [Row("`json.loads(b)`", body, json.loads), *rows_for(body)]
        measure_rows(rows, rounds, seed)
        for row in rows:
            out["seconds"].setdefault(row.name, []).append(statistics.median(row.seconds["call"]))
        print(f"  growth: {steps:,} steps done", file=sys.stderr)
    return out


# -- over HTTP ----------------------------------------------------------------------------

FIXED_SERVER = textwrap.dedent(
    """
    import socket, sys, threading
    body = open(sys.argv[1], "rb").read()
    head = (b"HTTP/1.1 200 OK\\r\\ncontent-type: application/json\\r\\ncontent-length: "
            + str(len(body)).encode() + b"\\r\\n\\r\\n")
    def serve(conn):
        with conn:
            buffer = b""
            while True:
                while b"\\r\\n\\r\\n" not in buffer:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                buffer = buffer.split(b"\\r\\n\\r\\n", 1)[1]
                conn.sendall(head + body)
    listener = socket.create_server(("127.0.0.1", 0))
    print(listener.getsockname()[1], flush=True)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()
    """
)


def client_against_bare(
    actions: Mapping[str, Callable[[], object]], rounds: int, per_round: int, seed: int
) -> tuple[list[float], dict[str, list[float]]]:
    """Time ``actions["client"]`` and ``actions["bare"]`` in interleaved shuffled rounds of ``per_round``
    calls each: the client/bare ratio of each round, and each one's seconds per call."""
    ratios: list[float] = []
    seconds: dict[str, list[float]] = {name: [] for name in actions}
    rng = random.Random(seed)
    for _ in range(rounds):
        order = list(actions)
        rng.shuffle(order)
        took = {}
        for name in order:
            gc.collect()
            started = time.perf_counter()
            for _ in range(per_round):
                actions[name]()
            took[name] = (time.perf_counter() - started) / per_round
            seconds[name].append(took[name])
        ratios.append(took["client"] / took["bare"])
    return ratios, seconds


def over_http(body: bytes, rounds: int, per_round: int, tmp: Path) -> dict[str, Any]:
    """client.workflows.runs.get against bare httpx get + json.loads, on a server that sends ``body``."""
    payload = tmp / "fixed.json"
    payload.write_bytes(body)
    server = subprocess.Popen([sys.executable, "-c", FIXED_SERVER, str(payload)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        base_url = f"http://127.0.0.1:{port}"
        run_id = json.loads(body)["id"]  # the client refuses a run that is not the one asked for
        url = f"{base_url}/v1/workflows/runs/{run_id}"
        bare = httpx.Client(timeout=30)
        client = Retab(api_key="sk-bench", base_url=base_url)
        actions: dict[str, Callable[[], object]] = {
            "bare": lambda: json.loads(bare.get(url, headers={"Api-Key": "sk-bench"}).content),
            "client": lambda: built(client.workflows.runs.get(run_id)),
        }
        for action in actions.values():
            action()
        ratios, seconds = client_against_bare(actions, rounds, per_round, seed=3)
        bare.close()
        client.close()
    finally:
        server.kill()
        server.wait(timeout=10)
    return {
        "ratio": spread(ratios),
        "bare_ms": statistics.median(seconds["bare"]) * 1000,
        "client_ms": statistics.median(seconds["client"]) * 1000,
        "requests": rounds * per_round,
    }


# -- auto-paging over HTTP -----------------------------------------------------------------

PAGED_RUNS = 1_200
PAGING_TARGET = 1.15
PAGING_SERVER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from retab_runs.server import RunStore, TodayRunStore
    from retab_runs.testing import retab_server_running
    contract, fixtures, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if contract == "seed":
        store = RunStore(api_key="sk-bench")
        store.load(Path(fixtures))  # as `retab-runs serve --fixtures` does
    else:
        store = TodayRunStore(api_key="sk-bench")
        store.add_runs(count, "wf_paged")
    with retab_server_running(store) as server:
        print(server.base_url, flush=True)
        while True:
            time.sleep(3600)
    """
)
# (contract, the client's module, how it sends the key, list query the client sends with limit=100)
PAGING_CONTRACTS = {
    "seed": ("retab_runs", {"Api-Key": "sk-bench"},
             {"workflow_id": "wf_paged", "limit": "100", "order": "desc", "sort_by": "created_at"}),
    "today": ("retab_runs.v2026_08_16", {"Authorization": "Bearer sk-bench"},
              {"workflow_id": "wf_paged", "limit": "100", "order": "desc", "sort_by": "timing.created_at"}),
}  # fmt: skip
# (walk: its contract, what its runs are); the seed's two walks differ only in the runs its server holds
PAGING_WALKS = {
    "seed": ("seed", "the seed's example, with keys the spec does not name (learned by the strict path)"),
    "seed_valid": ("seed", "the seed's example made schema-valid"),
    "today": ("today", "runs of today's contract"),
}


def paging_fixtures(path: Path, count: int, *, schema_valid: bool = False) -> None:
    """``count`` runs of the seed's example (1.4 kB each) for workflow ``wf_paged``, one JSON line each.

    The example carries keys the spec does not name (a step's ``output``, a document's ``file_id``),
    which the strict path learns on the first page; ``schema_valid`` drops them.
    """
    from retab_runs_client.models._wire import build_strict, forget_learned, learned_keys
    from tests.payloads import seed_run

    run = seed_run()
    if schema_valid:
        for step in run["steps"]:
            step.pop("output", None)
        for document in run["input_documents"].values():
            document.pop("file_id", None)
    forget_learned()
    learns = build_strict("WorkflowRun", compact(run)) is not None and bool(learned_keys())
    forget_learned()
    assert learns != schema_valid, "the paged runs do not take the path their row names"
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            out.write(json.dumps({**run, "id": f"run_paged{number:05d}", "workflow_id": "wf_paged"}) + "\n")


def auto_paging(rounds: int, per_round: int, tmp: Path, count: int = PAGED_RUNS) -> dict[str, Any]:
    """Iterating ``client.workflows.runs.list(limit=100)`` over ``count`` runs of the embedded server
    (a subprocess on 127.0.0.1) against a bare httpx loop over the same cursor pages + ``json.loads``:
    one walk for each of ``PAGING_WALKS``."""
    out: dict[str, Any] = {"runs": count}
    for walk, (contract, _) in PAGING_WALKS.items():
        module, headers, query = PAGING_CONTRACTS[contract]
        fixtures = tmp / f"paged-{walk}.jsonl"
        paging_fixtures(fixtures, count, schema_valid=walk == "seed_valid")
        server = subprocess.Popen([sys.executable, "-c", PAGING_SERVER, contract, str(fixtures), str(count)],
                                  stdout=subprocess.PIPE, text=True, cwd=ROOT)  # fmt: skip
        try:
            assert server.stdout is not None
            base_url = server.stdout.readline().strip()
            out[walk] = _paging_rounds(base_url, module, headers, query, rounds, per_round, count)
        finally:
            server.kill()
            server.wait(timeout=10)
    return out


def _paging_rounds(
    base_url: str, module: str, headers: dict[str, str], query: dict[str, str], rounds: int, per_round: int, count: int
) -> dict[str, Any]:
    bare = httpx.Client(timeout=30, headers=headers)
    client = importlib.import_module(module).Retab(api_key="sk-bench", base_url=base_url)
    url = f"{base_url}/v1/workflows/runs"

    def bare_walk() -> int:
        seen, params = 0, dict(query)
        while True:
            page = json.loads(bare.get(url, params=params).content)
            seen += len(page["data"])
            after = page["list_metadata"]["after"]
            if not page["data"] or after is None:
                return seen
            params["after"] = after

    def client_walk() -> int:
        return sum(1 for _ in client.workflows.runs.list(workflow_id="wf_paged", limit=100))

    actions: dict[str, Callable[[], int]] = {"bare": bare_walk, "client": client_walk}
    for name, action in actions.items():
        walked = action()
        assert walked == count, f"{name} walked {walked} runs, not {count}"
    ratios, seconds = client_against_bare(actions, rounds, per_round, seed=7)
    bare.close()
    client.close()
    return {
        "ratio": spread(ratios),
        "bare_ms": statistics.median(seconds["bare"]) * 1000,
        "client_ms": statistics.median(seconds["client"]) * 1000,
        "walks": rounds * per_round,
    }


def paging_targets(paging: dict[str, Any]) -> list[dict[str, Any]]:
    """The auto-paging target, one row per contract."""
    return [{"payload": contract, "target": f"auto-paging {paging['runs']:,} runs / bare `httpx` loop + `json.loads`",
             "value": paging[contract]["ratio"]["median"], "limit": PAGING_TARGET,
             "met": paging[contract]["ratio"]["median"] <= PAGING_TARGET}
            for contract in PAGING_CONTRACTS]  # fmt: skip


def paging_lines(paging: dict[str, Any]) -> list[str]:
    """The rows of the over-HTTP table for auto-paging, one per walk (``PAGING_WALKS``)."""
    lines = []
    for walk, (contract, runs) in PAGING_WALKS.items():
        if walk not in paging:  # results of a run from before the walk was added
            continue
        p, module = paging[walk], PAGING_CONTRACTS[contract][0]
        lines.append(f"| auto-paging: `{module}.Retab().workflows.runs.list(limit=100)` iterated over"
                     f" {paging['runs']:,} runs of the embedded server ({runs}) / a bare `httpx` loop over the"
                     " same pages + `json.loads`"
                     f" ({p['walks']} walks each) | {fmt(p['ratio'])} |")  # fmt: skip
        lines.append(f"| per walk: client / bare | {p['client_ms']:.1f} ms / {p['bare_ms']:.1f} ms |")
    return lines


# -- memory (subprocesses) ----------------------------------------------------------------

MEMORY_PROBE = textwrap.dedent(
    """
    import gc, json, sys, tracemalloc
    sys.path[:0] = [sys.argv[3], sys.argv[3] + "/scripts"]
    import httpx
    from retab_runs._exchange import parse_run
    from retab_runs_client.models import WorkflowRun
    from retab_runs_schema import WorkflowRun as SchemaRun
    body = open(sys.argv[1], "rb").read()
    request = httpx.Request("GET", "http://127.0.0.1/")
    def built(run):  # what a user pays: every attribute readable without more decoding
        run.trace_spans
        return run
    paths = {
        "json.loads": json.loads,
        "from_json": lambda b: built(WorkflowRun.from_json(b)),
        "client": lambda b: built(parse_run(httpx.Response(200, content=b, request=request))),
        "from_dict": lambda b: built(WorkflowRun.from_dict(json.loads(b))),
        "pydantic": SchemaRun.model_validate_json,
    }
    parse = paths[sys.argv[2]]
    parse(b'{}') if sys.argv[2] == "json.loads" else None
    def rss(field):
        for line in open("/proc/self/status"):
            if line.startswith(field):
                return int(line.split()[1]) * 1024
    gc.collect()
    open("/proc/self/clear_refs", "w").write("5")  # reset the peak to the current size
    before = rss("VmRSS:")
    result = parse(body)
    peak = rss("VmHWM:") - before
    del result
    gc.collect()
    tracemalloc.start()
    result = parse(body)
    gc.collect()
    held = tracemalloc.get_traced_memory()[0]
    print(json.dumps({"peak": peak, "held": held}))
    """
)


MEMORY_PATHS = ("json.loads", "from_json", "client", "from_dict", "pydantic")


def memory(body: bytes, tmp: Path, repeats: int, paths: tuple[str, ...] = MEMORY_PATHS) -> dict[str, Any]:
    """Peak and held memory of each path in fresh processes that read every module from bytecode (as an
    installed wheel has it; compiling a module from source at its first import is not the parse's, and
    the first parse imports the strict path's modules): one untimed run of each path fills the cache."""
    payload = tmp / "memory.json"
    payload.write_bytes(body)
    env = bytecode_env(tmp)
    out: dict[str, Any] = {"bytes": len(body)}
    for path in paths:
        samples = []
        for _ in range(repeats + 1):
            result = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(payload), path, str(ROOT)],
                                    env=env, capture_output=True, text=True, check=True, timeout=600)  # fmt: skip
            samples.append(json.loads(result.stdout))
        del samples[0]  # the run that cached the modules it imported
        out[path] = {key: statistics.median(s[key] for s in samples) for key in ("peak", "held")}
    return out


# -- imports --------------------------------------------------------------------------------

_REQUEST = "request=httpx.Request('GET', 'http://127.0.0.1/')"
# The package first, as a user's code imports it (httpx imported first would bring its command line).
READY_TO_PARSE = (
    "from retab_runs import Retab; from retab_runs._exchange import parse_run; "
    "Retab(api_key='k', base_url='http://127.0.0.1:9'); import httpx; "
    'parse_run(httpx.Response(200, content=b\'{"id":"r","workflow_id":"w","workflow_name":"n",\''
    f'b\'"organization_id":"o","config_snapshot_id":"c"}}\', {_REQUEST}))'
)
TODAY_READY_TO_PARSE = (
    "from retab_runs.v2026_08_16 import Retab; from retab_runs.v2026_08_16._operations import parse_run; "
    "Retab(api_key='k', base_url='http://127.0.0.1:9'); import httpx; "
    'parse_run(httpx.Response(200, content=b\'{"id":"r","workflow_id":"w","workflow_version_id":"v",\''
    'b\'"trigger":{"type":"schedule"},"lifecycle":{"status":"pending"},\''
    f'b\'"timing":{{"created_at":"2026-02-20T14:00:34Z"}}}}\', {_REQUEST}))'
)
IMPORTS = {
    "`from retab_runs import Retab`": "from retab_runs import Retab",
    "`from retab_runs import validate_run`": "from retab_runs import validate_run",
    "`import retab_runs_client.models` (the lazy package)": "import retab_runs_client.models",
    "`from retab_runs_client.models import WorkflowRun`": "from retab_runs_client.models import WorkflowRun",
    "a client built and its first run parsed": READY_TO_PARSE,
    "today: `from retab_runs_client.v2026_08_16.models import WorkflowRun`": (
        "from retab_runs_client.v2026_08_16.models import WorkflowRun"
    ),
    "today: a client (`retab_runs.v2026_08_16.Retab`) built and its first run parsed": TODAY_READY_TO_PARSE,
    "`import httpx` (for reference)": "import httpx",
}
# (name in IMPORTS, limit in ms) of issue 22's start-up targets, beside `from retab_runs import Retab`'s,
# and the same limits for today's contract.
STARTUP_TARGETS = [
    ("`from retab_runs_client.models import WorkflowRun`", 120.0),
    ("a client built and its first run parsed", 250.0),
    ("today: `from retab_runs_client.v2026_08_16.models import WorkflowRun`", 120.0),
    ("today: a client (`retab_runs.v2026_08_16.Retab`) built and its first run parsed", 250.0),
]
# How each start is measured: "bytecode" as an installed wheel starts (pip compiles at install), the
# figure that is judged; "source" with the project's own modules compiled on every start (an editable
# install under PYTHONDONTWRITEBYTECODE=1), everything else from bytecode: shown, not judged.
IMPORT_MODES = ("bytecode", "source")
# The project's packages where this interpreter imports them from (the clone's src/ and generated/
# in an editable install, site-packages otherwise).
PROJECT_SOURCES = tuple(
    Path(module.__file__).resolve().parent
    for module in (importlib.import_module(name) for name in ("retab_runs", "retab_runs_client", "retab_runs_schema"))
    if module.__file__ is not None
)


def bytecode_env(tmp: Path) -> dict[str, str]:
    """This process's environment with a bytecode cache of its own (``PYTHONPYCACHEPREFIX`` under ``tmp``,
    bytecode written) that holds the project's sources compiled, as pip compiles a wheel at install; other
    modules are cached there at their first import. Made once per ``tmp``."""
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    compiled = tmp / "pyc-bytecode"
    env = {**base, "PYTHONPYCACHEPREFIX": str(compiled)}
    if not compiled.exists():
        subprocess.run([sys.executable, "-m", "compileall", "-q", *map(str, PROJECT_SOURCES)],
                       env=env, check=True, capture_output=True)  # fmt: skip
    return env


def import_envs(tmp: Path) -> dict[str, dict[str, str]]:
    """The environments of the two ways of starting, each with its own bytecode cache under ``tmp``.

    Both caches are a ``PYTHONPYCACHEPREFIX`` (this process's interpreter, its standard library and
    third-party packages included): "bytecode" has the project's sources compiled first (as pip does
    at install) and every imported module cached by one warm-up start of each statement; "source" is
    a copy without the project's own files, read with PYTHONDONTWRITEBYTECODE=1 so it stays so.
    """
    import shutil

    source = tmp / "pyc-source"
    envs = {"bytecode": bytecode_env(tmp)}
    compiled = Path(envs["bytecode"]["PYTHONPYCACHEPREFIX"])
    envs["source"] = {**envs["bytecode"], "PYTHONPYCACHEPREFIX": str(source), "PYTHONDONTWRITEBYTECODE": "1"}
    for statement in IMPORTS.values():  # warm-up: every module these starts import, cached
        subprocess.run([sys.executable, "-c", statement], env=envs["bytecode"], check=True, capture_output=True)
    shutil.copytree(compiled, source)
    for tree in PROJECT_SOURCES:
        shutil.rmtree(source / tree.relative_to(tree.anchor), ignore_errors=True)
    return envs


def import_ms(runs: int, tmp: Path, seed: int = 9) -> dict[str, dict[str, dict[str, float]]]:
    """Milliseconds of each statement of IMPORTS in fresh interpreters, both ways of starting, in
    shuffled interleaved rounds: statement -> mode -> median and IQR."""
    envs = import_envs(tmp)
    samples: dict[str, dict[str, list[float]]] = {name: {mode: [] for mode in IMPORT_MODES} for name in IMPORTS}
    rng = random.Random(seed)
    for _ in range(runs):
        order = [(name, mode) for name in IMPORTS for mode in IMPORT_MODES]
        rng.shuffle(order)
        for name, mode in order:
            code = f"import time; t = time.perf_counter(); {IMPORTS[name]}; print((time.perf_counter() - t) * 1000)"
            done = subprocess.run([sys.executable, "-c", code], env=envs[mode], capture_output=True, text=True,
                                  check=True)  # fmt: skip
            samples[name][mode].append(float(done.stdout))
    return {name: {mode: spread(values) for mode, values in modes.items()} for name, modes in samples.items()}


# -- the vendor's SDK, in its own Python 3.12 ----------------------------------------------------

# Both probes time a parse of the global ``body`` this way: the result freed inside the timing
# ("free") or after it ("call"), a whole collection before each.
_PROBE_TIMED = textwrap.dedent(
    """
    def timed(action, free):
        gc.collect()
        t = time.perf_counter()
        result = action(body)
        if free:
            del result
        return time.perf_counter() - t
    """
)

VENDOR_PROBE = _PROBE_TIMED + textwrap.dedent(
    """
    import gc, json, random, statistics, sys, time
    from retab.types.workflows import WorkflowRun
    body = open(sys.argv[1], "rb").read()
    rounds = int(sys.argv[2])
    # The SDK refuses values its Literals do not list (node types it does not know) and keys
    # it requires that the API leaves out: edit those (each counted) until it accepts the run.
    edits = 0
    def parse(b):  # what the SDK's runs.get does with a response body
        return WorkflowRun.model_validate(json.loads(b))
    for _ in range(5):
        try:
            parse(body)
            break
        except Exception as exc:
            errors = getattr(exc, "errors", lambda: [])()
            data = json.loads(body)
            for error in errors:
                *parents, last = error["loc"]
                node = data
                for key in parents:
                    node = node[key]
                if error["type"] == "literal_error":
                    node[last] = error["ctx"]["expected"].split("'")[1]
                elif error["type"] == "missing":
                    node[last] = "2026-02-20T09:00:00Z" if str(last).endswith(("_at", "_time")) else "x"
                elif isinstance(node, dict):
                    node.pop(last, None)  # e.g. null where it wants a string: leave the key out
                else:
                    print(json.dumps({"refused": f"{error['type']} at {error['loc']}"}))
                    sys.exit(0)
                edits += 1
            body = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    else:
        print(json.dumps({"refused": "still refused after 5 rounds of edits"}))
        sys.exit(0)
    ratios = {"call": [], "free": []}
    rng = random.Random(5)
    for _ in range(rounds):
        for free in rng.sample([False, True], 2):
            pair = rng.sample([("base", json.loads), ("row", parse)], 2)
            took = {name: timed(action, free) for name, action in pair}
            ratios["free" if free else "call"].append(took["row"] / took["base"])
    fields = len(WorkflowRun.model_fields)
    print(json.dumps({"ratios": ratios, "fields": fields, "edits": edits, "python": sys.version.split()[0]}))
    """
)


def vendor_venv(requirement: str, *, build: bool) -> Path | str:
    """The interpreter of the venv the tests build for ``requirement`` (pinned by tests/vendor_sdks/), or why not."""
    import pytest

    from tests.vendor_sdks.venv import ROOT as VENV_ROOT
    from tests.vendor_sdks.venv import vendor_python

    version = requirement.split("==")[1]
    if not build and not (VENV_ROOT / f".venv-vendor-{version}" / "bin" / "python").exists():
        return f"no environment with {requirement} yet (--quick and --short do not build one)"
    try:
        return vendor_python(version)
    except pytest.skip.Exception as exc:  # no Python 3.12 on this machine
        return str(exc.msg)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"could not build the environment with {requirement}: {exc}"


def vendor_sdk(bodies: dict[str, bytes], rounds: int, tmp: Path, *, build: bool) -> dict[str, Any]:
    """The vendor's parse (``WorkflowRun.model_validate(json.loads(b))``, as its ``runs.get``) against json.loads."""
    python = vendor_venv(VENDOR_SDK, build=build)
    if isinstance(python, str):
        return {"skipped": python}
    out: dict[str, Any] = {}
    for name, body in bodies.items():
        payload = tmp / f"vendor-{name}.json"
        payload.write_bytes(body)
        result = subprocess.run([str(python), "-c", VENDOR_PROBE, str(payload), str(rounds)],
                                capture_output=True, text=True, timeout=1800)  # fmt: skip
        if result.returncode != 0:
            out[name] = {"refused": (result.stderr.strip().splitlines() or ["failed"])[-1][:200]}
            continue
        found = json.loads(result.stdout)
        if "ratios" in found:
            found["ratios"] = {mode: spread(values) for mode, values in found["ratios"].items()}
        out[name] = found
    return out


# -- today's contract beside other clients: the vendor's SDK 0.0.160, stock openapi-python-client -----

TODAY_VENDOR_PROBE = _PROBE_TIMED + textwrap.dedent(
    """
    import gc, json, random, sys, time
    from retab._resource import _new_sync_page
    from retab.types.pagination import PaginatedList
    from retab.types.workflows.runs import WorkflowRun
    from retab.types.workflows.steps import WorkflowRunStep
    body = open(sys.argv[1], "rb").read()
    model = {"runs": WorkflowRun, "steps": WorkflowRunStep}[sys.argv[2]]
    rounds = int(sys.argv[3])
    def client(b):  # what runs.list / steps.list do with a body: httpx's json(), then the page of models
        return _new_sync_page(response=json.loads(b), model=model, client=None, request=None)
    rows = {"client": client, "validate_json": PaginatedList[model].model_validate_json}
    for name, action in rows.items():
        try:
            page = action(body)
        except Exception as exc:
            print(json.dumps({"refused": f"{name}: {type(exc).__name__}: {str(exc)[:300]}"}))
            sys.exit(0)
        assert len(page.data) == len(json.loads(body)["data"])
    ratios = {name: {"call": [], "free": []} for name in rows}
    rng = random.Random(16)
    for _ in range(rounds):
        order = [(name, free) for name in rows for free in (False, True)]
        rng.shuffle(order)
        for name, free in order:
            pair = rng.sample([("base", json.loads), ("row", rows[name])], 2)
            took = {label: timed(action, free) for label, action in pair}
            ratios[name]["free" if free else "call"].append(took["row"] / took["base"])
    print(json.dumps({"ratios": ratios, "python": sys.version.split()[0]}))
    """
)

TODAY_OTHER_ROWS = {
    "client": "the vendor SDK {version}: its list parse (`json.loads`, then `model_validate` per item)",
    "validate_json": "the vendor SDK {version}: `PaginatedList[model].model_validate_json(b)`",
    "stock": "stock openapi-python-client {version}: `from_dict(json.loads(b))`",
}


def today_vendor_sdk(pages: dict[str, bytes], rounds: int, tmp: Path, *, build: bool) -> dict[str, Any]:
    """The vendor's current SDK on today's list pages, in its own Python 3.12 venv: page -> row -> spread."""
    python = vendor_venv(TODAY_VENDOR_SDK, build=build)
    if isinstance(python, str):
        return {"skipped": python}
    out: dict[str, Any] = {}
    for page, body in pages.items():
        payload = tmp / f"today-vendor-{page}.json"
        payload.write_bytes(body)
        result = subprocess.run([str(python), "-c", TODAY_VENDOR_PROBE, str(payload), page, str(rounds)],
                                capture_output=True, text=True, timeout=3600)  # fmt: skip
        if result.returncode != 0:
            out[page] = {"refused": (result.stderr.strip().splitlines() or ["failed"])[-1][:200]}
            continue
        found = json.loads(result.stdout)
        if "ratios" in found:
            found["ratios"] = {
                row: {mode: spread(values) for mode, values in modes.items()} for row, modes in found["ratios"].items()
            }
        out[page] = found
    return out


def today_stock_client(pages: dict[str, bytes], rounds: int, tmp: Path) -> dict[str, Any]:
    """Stock openapi-python-client's models of today's contract (no templates of ours), in this process."""
    from importlib.metadata import version

    dest = tmp / "stock_client"
    made = subprocess.run(
        [str(Path(sys.executable).with_name("openapi-python-client")), "generate", "--meta", "none",
         "--path", str(ROOT / "openapi-2026-08-16.yaml"), "--output-path", str(dest)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    if not (dest / "models" / "__init__.py").exists():
        return {"skipped": f"openapi-python-client did not generate: {(made.stderr or made.stdout)[-200:]}"}
    sys.path.insert(0, str(tmp))
    try:
        import stock_client.models as stock  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(tmp))
    out: dict[str, Any] = {"version": version("openapi-python-client")}
    models: dict[str, Any] = {"runs": stock.WorkflowRunList, "steps": stock.WorkflowStepList}
    for page, model in models.items():
        row = Row("stock", pages[page], functools.partial(_stock_parse, model))
        measure_rows([row], rounds, 16)
        out[page] = {mode: spread(row.ratios[mode]) for mode in ("call", "free")}
    for name in [name for name in sys.modules if name.split(".")[0] == "stock_client"]:
        del sys.modules[name]  # its files go with tmp
    return out


def _stock_parse(model: Any, body: bytes) -> object:
    return model.from_dict(json.loads(body))


def render_today_others(results: dict[str, Any]) -> list[str]:
    """The table of today's pages parsed by the vendor's SDK and by stock openapi-python-client."""
    vendor, stock = results.get("today_vendor", {}), results.get("today_stock", {})
    lines = [
        "",
        "### The same pages, other clients (relative to `json.loads` of the same bytes)",
        "",
        "The vendor's SDK runs in its own Python 3.12 venv (`tests/vendor_sdks/retab-0.0.160.txt`), its"
        " `json.loads` baseline measured there; its models are pydantic and built eagerly. Stock"
        " openapi-python-client (no templates of ours) reads each `lifecycle` as the first union member"
        " that parses, not by its `status`.",
        "",
        "| client | runs call | runs call+free | steps call | steps call+free |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    sdk = TODAY_VENDOR_SDK.split("==")[1]
    for row in ("client", "validate_json"):
        label = TODAY_OTHER_ROWS[row].format(version=sdk)
        if "skipped" in vendor:
            lines.append(f"| {label} | skipped: {vendor['skipped']} | | | |")
            break
        cells = []
        for page in ("runs", "steps"):
            entry = vendor.get(page, {})
            if "ratios" in entry:
                cells += [fmt(entry["ratios"][row]["call"]), fmt(entry["ratios"][row]["free"])]
            else:
                cells += [f"refused: {entry.get('refused', '?')}", ""]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    label = TODAY_OTHER_ROWS["stock"].format(version=stock.get("version", ""))
    if "skipped" in stock or not stock:
        lines.append(f"| {label} | skipped: {stock.get('skipped', 'not run')} | | | |")
    else:
        cells = [fmt(stock[page][mode]) for page in ("runs", "steps") for mode in ("call", "free")]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines


# -- the report ---------------------------------------------------------------------------------


def fmt(s: dict[str, float], digits: int = 2) -> str:
    return f"{s['median']:.{digits}f} ({s['q1']:.{digits}f}-{s['q3']:.{digits}f})"


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Every target of the issue, on each payload, with its value and verdict."""
    out = []
    for payload in ("a", "b"):
        rows = results["parsing"][payload]["rows"]
        mem = results["memory"][payload]
        for key, label, limit_a, limit_b in TARGETS:
            limit = limit_a if payload == "a" else limit_b
            if key == "peak_memory":
                value = mem["client"]["peak"] / mem["json.loads"]["peak"]
            elif key == "held_memory":
                value = mem["client"]["held"] / mem["bytes"]
            else:
                name, mode = key.rsplit("_", 1)
                value = rows[ROW_NAMES[name]][mode]["median"]
            out.append({"payload": payload, "target": label, "value": value, "limit": limit, "met": value <= limit})
    for page, label, limit in TODAY_TARGETS:
        value = results["today"][page]["rows"][ROW_NAMES["from_json"]]["call"]["median"]
        out.append({"payload": page, "target": label, "value": value, "limit": limit, "met": value <= limit})
    out.append({"payload": "a", "target": "client over HTTP / bare httpx + `json.loads`",
                "value": results["http"]["ratio"]["median"], "limit": HTTP_TARGET,
                "met": results["http"]["ratio"]["median"] <= HTTP_TARGET})  # fmt: skip
    out += paging_targets(results["paging"])
    ms = results["imports"]["`from retab_runs import Retab`"]["bytecode"]["median"]
    out.append({"payload": "-", "target": "start-up with bytecode: `from retab_runs import Retab` (ms)", "value": ms,
                "limit": IMPORT_TARGET_MS, "met": ms <= IMPORT_TARGET_MS})  # fmt: skip
    for name, limit in STARTUP_TARGETS:
        ms = results["imports"][name]["bytecode"]["median"]
        out.append({"payload": "-", "target": f"start-up with bytecode: {name} (ms)", "value": ms, "limit": limit,
                    "met": ms <= limit})  # fmt: skip
    if results["quick"] or results["short"]:  # one round of small sizes: shown, not judged
        return out
    low, high = GROWTH_TARGET
    g = results["growth"]
    for name, seconds in g["seconds"].items():
        if name == "`json.loads(b)`":
            continue
        last = seconds[-1] / seconds[-2]
        out.append({"payload": "a", "target": f"growth per 10x, {name}", "value": last, "limit": f"{low:g}-{high:g}",
                    "met": low <= last <= high})  # fmt: skip
    return out


def render_collector(results: dict[str, Any]) -> list[str]:
    """The collector's passes inside the timed calls ("call" mode) of each row and of its baseline."""
    lines = [
        "",
        '## The collector inside the timed calls ("call")',
        "",
        "Each section runs in a process of its own, which holds the payload's bytes and, while the",
        "build-only row is timed, the dict it builds from (decoded just before, dropped after). Passes of",
        "the cyclic collector per call, by generation (gen0/gen1/gen2, mean), and the milliseconds spent in",
        "them (median), for the row and for its `json.loads` baseline; a whole collection precedes each timing.",
        "",
        "| payload | operation | row: passes | row: ms | `json.loads`: passes | `json.loads`: ms |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    sections = [(f"({p})", results["parsing"][p]) for p in ("a", "b")]
    sections += [(f"today's {page}", results["today"][page]) for page in ("runs", "steps")]
    for label, found in sections:
        for name, entry in found["collector"].items():
            row, base = entry["row"], entry["base"]
            lines.append(f"| {label} | {name} | {passes(row)} | {row['ms']:.1f} | {passes(base)} | {base['ms']:.1f} |")
    return lines


def passes(entry: dict[str, float]) -> str:
    return "/".join(f"{entry[f'gen{g}']:.1f}" for g in range(3))


def render(results: dict[str, Any]) -> str:
    p = results["parsing"]
    lines = [
        "# Benchmarks",
        "",
        f"Measured {results['when']} on {results['machine']}{' (--quick: a smoke run)' if results['quick'] else ''}"
        f"{' (--short: few rounds)' if results.get('short') else ''}.",
        f"{results['note']}",
        "",
        "Run again with `python scripts/bench.py` (add `--write-docs` to rewrite this page).",
        "Each figure is the median, over shuffled rounds, of a ratio to `json.loads` of the same bytes",
        'measured in the same round, with the interquartile range in brackets. "call" is the call alone',
        '(its result freed outside the timing); "call+free" includes freeing the result. The collector',
        "is on, as for any caller. Each payload's rows are timed in a process of their own, which holds",
        "that payload's bytes and, while the build-only row is timed, the dict it builds from.",
        "Start-up: fresh interpreters with bytecode (a temporary `PYTHONPYCACHEPREFIX`, the project's sources",
        "compiled first as pip does at install, one warm-up start), beside the same starts with the",
        "project's own sources compiled at each start (an editable install without bytecode).",
        "",
        f"Payloads: (a) `tests.payloads.large_run({results['sizes']['a']}, {results['sizes']['a']})`,"
        f" {p['a']['bytes'] / 1e6:.2f} MB; (b) `scripts/bench_payloads.py`, generated from the vendor's schema"
        f" ({results['sizes']['b']} steps, every node type, failed steps, spans 8 deep, unicode, large"
        f" free-form objects), {p['b']['bytes'] / 1e6:.2f} MB.",
        "",
        "## Parsing, relative to `json.loads` of the same bytes",
        "",
        "| operation (`WorkflowRun` of the seed's contract) | (a) call | (a) call+free | (b) call | (b) call+free |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name in p["a"]["rows"]:
        a, b = p["a"]["rows"][name], p["b"]["rows"][name]
        lines.append(f"| {name} | {fmt(a['call'])} | {fmt(a['free'])} | {fmt(b['call'])} | {fmt(b['free'])} |")
    v = results["vendor"]
    if "skipped" in v:
        lines.append(f"| the vendor SDK ({VENDOR_SDK}) | skipped: {v['skipped']} | | | |")
    else:
        cells = []
        for payload in ("a", "b"):
            entry = v.get(payload, {})
            if "ratios" in entry:
                cells += [
                    f"{fmt(entry['ratios']['call'])}, {entry['edits']:,} values edited",
                    fmt(entry["ratios"]["free"]),
                ]
            else:
                cells += [f"refused: {entry.get('refused', '?')}", ""]
        fields = next((e["fields"] for e in v.values() if "fields" in e), "?")
        label = (
            f"the vendor SDK {VENDOR_SDK.split('==')[1]}: `WorkflowRun.model_validate(json.loads(b))` ({fields} fields)"
        )
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    t = results["today"]
    lines += [
        "",
        "## Today's contract (2026-08-16): list pages, relative to `json.loads` of the same bytes",
        "",
        f"Pages from `scripts/bench_payloads.py` (`today_runs_page`, `today_steps_page`): runs"
        f" {t['runs']['bytes'] / 1e6:.2f} MB ({t['runs']['items']:,} runs), steps {t['steps']['bytes'] / 1e6:.2f} MB"
        f" ({t['steps']['items']:,} steps). Nothing of these models is built on first read.",
        "",
        "| operation | runs call | runs call+free | steps call | steps call+free |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name in t["runs"]["rows"]:
        r, s = t["runs"]["rows"][name], t["steps"]["rows"][name]
        lines.append(f"| {name} | {fmt(r['call'])} | {fmt(r['free'])} | {fmt(s['call'])} | {fmt(s['free'])} |")
    lines += render_today_others(results)
    h = results["http"]
    m = results["memory"]
    lines += [
        "",
        "## Over HTTP, memory, imports",
        "",
        "| figure | value |",
        "| --- | ---: |",
        f"| client `get` / bare `httpx` get + `json.loads`, fixed-bytes server on 127.0.0.1, (a)"
        f" ({h['requests']} requests each) | {fmt(h['ratio'])} |",
        f"| per request: client / bare | {h['client_ms']:.1f} ms / {h['bare_ms']:.1f} ms |",
    ]
    lines += paging_lines(results["paging"])
    for payload in ("a", "b"):
        base = m[payload]["json.loads"]
        size = m[payload]["bytes"]
        for path in (p for p in MEMORY_PATHS if p in m[payload]):
            entry = m[payload][path]
            lines.append(f"| ({payload}) {path}: peak RSS growth while parsing, x `json.loads`'s; held, x JSON size |"
                         f" {entry['peak'] / base['peak']:.2f}; {entry['held'] / size:.2f} |")  # fmt: skip
    for name, s in results["imports"].items():
        lines.append(f"| start-up, ms: {name}; with bytecode / the project's sources compiled at each start"
                     f" | {fmt(s['bytecode'], 0)} / {fmt(s['source'], 0)} |")  # fmt: skip
    g = results["growth"]
    sizes = g["sizes"]
    lines += [
        "",
        f"## Growth per 10x of data (payload (a)'s family: {', '.join(f'{n:,}' for n in sizes)} steps and spans)",
        "",
        "| path | " + " | ".join(f"{sizes[i]:,} to {sizes[i + 1]:,}" for i in range(len(sizes) - 1)) + " |",
        "| --- |" + " ---: |" * (len(sizes) - 1),
    ]
    for name, seconds in g["seconds"].items():
        steps = " | ".join(f"{seconds[i + 1] / seconds[i]:.1f}" for i in range(len(seconds) - 1))
        lines.append(f"| {name} | {steps} |")
    lines += render_collector(results)
    lines += [
        "",
        "## Targets (issue 22)",
        "",
        "| payload | target | value | limit | |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    for t in results["targets"]:
        value = f"{t['value']:.0f}" if "ms" in t["target"] else f"{t['value']:.2f}"
        lines.append(f"| {t['payload']} | {t['target']} | {value} | {t['limit']} | {'met' if t['met'] else 'MISSED'} |")
    missed = [t for t in results["targets"] if not t["met"]]
    lines += ["", f"{len(missed)} of {len(results['targets'])} targets missed."]
    if results["quick"] or results["short"]:
        lines += ["", "Growth per 10x of data is judged only by a full run (500 to 50,000 steps, 5 rounds);",
                  "this run's one round of smaller sizes is in the growth table above, not judged."]  # fmt: skip
    return "\n".join(lines) + "\n"


def vendor_only(quick: bool, json_file: Path | None) -> int:
    """``--vendor-only``: the rows of other clients alone, with the payloads and rounds of ``--short``."""
    page_bytes, steps, rounds = (50_000, 60, 3) if quick else (5_000_000, 5_000, 7)
    bodies = {"a": compact(large_run(steps, steps)), "b": compact(vendor_run(steps))}
    pages = {"runs": compact(today_runs_page(page_bytes)), "steps": compact(today_steps_page(page_bytes))}
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, Python {platform.python_version()}, {os.cpu_count()} cores",
        "rounds": rounds,
        "bytes": {name: len(body) for name, body in (bodies | pages).items()},
    }
    with tempfile.TemporaryDirectory(prefix="retab-bench-") as tmp_name:
        tmp = Path(tmp_name)
        print("the vendor SDK, seed contract...", file=sys.stderr)
        results["vendor"] = vendor_sdk(bodies, rounds, tmp, build=True)
        print("the vendor SDK, today's contract...", file=sys.stderr)
        results["today_vendor"] = today_vendor_sdk(pages, rounds, tmp, build=True)
        print("stock openapi-python-client...", file=sys.stderr)
        results["today_stock"] = today_stock_client(pages, rounds, tmp)
    print(f"Measured {results['when']} on {results['machine']}, {rounds} rounds; bytes: {results['bytes']}")
    print(json.dumps({"seed contract, the vendor SDK": results["vendor"]}, indent=1))
    print("\n".join(render_today_others(results)))
    if json_file:
        json_file.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run: small payloads, few rounds (seconds)")
    parser.add_argument(
        "--short",
        action="store_true",
        help="full-size payloads, few rounds, small side sections: minutes on a busy machine (or RETAB_BENCH_SHORT=1)",
    )
    parser.add_argument("--write-docs", action="store_true", help="write docs/benchmarks.md and docs/benchmarks.json")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    parser.add_argument(
        "--no-vendor",
        action="store_true",
        help="skip the other clients' rows (the vendor SDKs, stock openapi-python-client)",
    )
    parser.add_argument(
        "--vendor-only",
        action="store_true",
        help="only the other clients (the vendor's SDKs, stock openapi-python-client), printed as their tables",
    )
    parser.add_argument("--note", default="Other work was running on this machine at the same time.")
    parser.add_argument("--section", nargs=4, metavar=("KIND", "FILE", "ROUNDS", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.section:  # one section's rows, in the fresh process `parsing` starts: its results as JSON
        kind, path, rounds_text, seed_text = args.section
        print(json.dumps(section(kind, Path(path).read_bytes(), int(rounds_text), int(seed_text))))
        return 0
    if args.vendor_only:
        return vendor_only(args.quick, args.json)
    quick = args.quick
    short = not quick and (args.short or os.environ.get("RETAB_BENCH_SHORT") == "1")
    steps_a, steps_b = (60, 60) if quick else (5_000, 5_000)
    page_bytes = 50_000 if quick else 5_000_000
    rounds = 3 if quick else 7 if short else 15
    print("building payloads...", file=sys.stderr)
    # Only the bytes are kept: each section decodes what its rows need in its own process.
    body_a, body_b = compact(large_run(steps_a, steps_a)), compact(vendor_run(steps_b))
    pages: dict[str, bytes] = {}
    items: dict[str, int] = {}
    for page, data in (("runs", today_runs_page(page_bytes)), ("steps", today_steps_page(page_bytes))):
        pages[page], items[page] = compact(data), len(data["data"])
    del data
    problems = validate_run(body_b)
    if problems:
        raise SystemExit(f"payload (b) does not fit the contract: {problems[:3]}")
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": f"{platform.machine()}, Python {platform.python_version()}, {os.cpu_count()} cores",
        "quick": quick,
        "short": short,
        "note": args.note,
        "sizes": {"a": steps_a, "b": steps_b},
    }
    with tempfile.TemporaryDirectory(prefix="retab-bench-") as tmp_name:
        tmp = Path(tmp_name)
        print("parsing...", file=sys.stderr)
        results["parsing"] = {"a": parsing("(a)", "seed", body_a, rounds, 1, tmp),
                              "b": parsing("(b)", "seed", body_b, rounds, 2, tmp)}  # fmt: skip
        print("today's contract...", file=sys.stderr)
        results["today"] = {}
        for page, body in pages.items():
            results["today"][page] = parsing(f"today's {page}", page, body, rounds, 5, tmp)
            results["today"][page]["items"] = items[page]
        print("over HTTP...", file=sys.stderr)
        results["http"] = over_http(body_a, 3 if quick else 7 if short else rounds, 2 if quick or short else 10, tmp)
        print("auto-paging...", file=sys.stderr)
        results["paging"] = auto_paging(3 if quick else 15 if short else rounds, 1 if quick or short else 3, tmp,
                                        120 if quick else PAGED_RUNS)  # fmt: skip
        print("memory...", file=sys.stderr)
        samples, paths = (1, MEMORY_PATHS[:3]) if quick or short else (3, MEMORY_PATHS)
        results["memory"] = {name: memory(body, tmp, samples, paths) for name, body in (("a", body_a), ("b", body_b))}
        print("imports...", file=sys.stderr)
        results["imports"] = import_ms(2 if quick else 9 if short else 15, tmp)
        print("growth...", file=sys.stderr)
        sizes = [6, 60, 600] if quick else [50, 500, 5_000] if short else [500, 5_000, 50_000]
        results["growth"] = growth(sizes, 1 if quick or short else 5, 4)
        if args.no_vendor:
            results["vendor"] = results["today_vendor"] = results["today_stock"] = {"skipped": "--no-vendor"}
        else:
            print("the vendor SDK...", file=sys.stderr)
            bodies = {"a": body_a, "b": body_b}
            results["vendor"] = vendor_sdk(bodies, rounds, tmp, build=not (quick or short))
            results["today_vendor"] = today_vendor_sdk(pages, rounds, tmp, build=not (quick or short))
            print("stock openapi-python-client...", file=sys.stderr)
            results["today_stock"] = today_stock_client(pages, rounds, tmp)
    results["targets"] = targets(results)
    table = render(results)
    print(table)
    outputs = [args.json] if args.json else []
    if args.write_docs:
        outputs.append(ROOT / "docs" / "benchmarks.json")
        (ROOT / "docs" / "benchmarks.md").write_text(table, encoding="utf-8")
    for path in outputs:
        path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
