"""scripts/bench.py --quick: the smoke run finishes, and its output has the benchmark's structure.

Never timing: on a shared machine any figure can be anything. What is checked is that every
row, payload, section and target is there, that the ratios are positive numbers with their
spread, and that no tracked file is rewritten without --write-docs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ROWS = [
    "`from_json(b)`, fully built",
    "`from_json(b)`, a key the spec does not name in each step (learned), fully built",
    "client parse path (`parse_run`), fully built",
    "`from_dict(json.loads(b))`",
    "`from_dict(d)`, `d` decoded beforehand (build only)",
    "`validate_run(b)`, valid, strict",
    "`validate_run(b)`, valid, compatible",
    "`validate_run(b)`, one error deep inside",
    "pydantic `model_validate_json(b)`",
    "msgspec Structs `decode(b)` (the floor)",
    "`json.loads(b)`, collector off",
]
TODAY_ROWS = [ROWS[0], ROWS[3], ROWS[4], ROWS[8], ROWS[9], ROWS[10]]


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    out = tmp_path_factory.mktemp("bench") / "results.json"
    docs = {p: p.read_bytes() for p in (ROOT / "docs").glob("benchmarks.*")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick", "--no-vendor", "--json", str(out)],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert {p: p.read_bytes() for p in (ROOT / "docs").glob("benchmarks.*")} == docs  # only --write-docs writes
    loaded: dict[str, Any] = json.loads(out.read_text())
    return loaded, result.stdout


def bench_module() -> Any:
    """scripts/bench.py, imported as a module (with scripts/bench_payloads.py, which it imports)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import bench
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return bench


def is_spread(value: Any) -> bool:
    return isinstance(value, dict) and 0 < value["q1"] <= value["median"] <= value["q3"]


def test_every_row_on_both_payloads_in_both_modes(smoke: tuple[dict[str, Any], str]) -> None:
    results, _ = smoke
    for payload in ("a", "b"):
        rows = results["parsing"][payload]["rows"]
        assert list(rows) == ROWS
        assert all(is_spread(rows[name][mode]) for name in ROWS for mode in ("call", "free"))
        assert is_collector(results["parsing"][payload]["collector"], ROWS)
    assert results["parsing"]["b"]["bytes"] > results["parsing"]["a"]["bytes"] / 10
    for page in ("runs", "steps"):  # today's contract (2026-08-16): list pages
        rows = results["today"][page]["rows"]
        assert list(rows) == TODAY_ROWS and results["today"][page]["items"] > 1
        assert all(is_spread(rows[name][mode]) for name in TODAY_ROWS for mode in ("call", "free"))
        assert is_collector(results["today"][page]["collector"], TODAY_ROWS)


def is_collector(collector: dict[str, Any], rows: list[str]) -> bool:
    """The collector's passes inside each row's timed calls and its baseline's: per generation, and ms."""
    return list(collector) == rows and all(
        set(collector[name][label]) == {"gen0", "gen1", "gen2", "ms"}
        and all(value >= 0 for value in collector[name][label].values())
        for name in rows
        for label in ("row", "base")
    )


def test_http_memory_imports_growth_and_vendor_sections(smoke: tuple[dict[str, Any], str]) -> None:
    results, _ = smoke
    assert is_spread(results["http"]["ratio"]) and results["http"]["requests"] > 0
    for payload in ("a", "b"):
        memory = results["memory"][payload]
        assert {"json.loads", "from_json", "client"} <= set(memory)
        assert all(memory[path]["held"] > 0 for path in ("from_json", "client"))
    starts = results["imports"]
    assert all(set(starts[name]) == {"bytecode", "source"} for name in starts)
    assert is_spread(starts["`from retab_runs import Retab`"]["bytecode"])
    growth = results["growth"]
    assert len(growth["sizes"]) == 3 and growth["bytes"] == sorted(growth["bytes"])
    assert set(growth["seconds"]) == {"`json.loads(b)`", *ROWS}
    assert all(len(seconds) == 3 for seconds in growth["seconds"].values())
    assert results["vendor"] == {"skipped": "--no-vendor"}
    assert results["today_vendor"] == results["today_stock"] == {"skipped": "--no-vendor"}
    for name in (
        "`from retab_runs_client.models import WorkflowRun`",
        "a client built and its first run parsed",
        "today: `from retab_runs_client.v2026_08_16.models import WorkflowRun`",
        "today: a client (`retab_runs.v2026_08_16.Retab`) built and its first run parsed",
    ):
        assert is_spread(starts[name]["bytecode"]) and is_spread(starts[name]["source"])


def test_the_table_names_every_target_with_a_verdict(smoke: tuple[dict[str, Any], str]) -> None:
    results, table = smoke
    targets = results["targets"]
    labels = {(t["payload"], t["target"]) for t in targets}
    for payload in ("a", "b"):
        assert (payload, "`WorkflowRun.from_json`, fully built, call+free") in labels
        assert (payload, "`from_dict(d)`, build only, call") in labels
        assert (payload, "`validate_run`, one error deep inside") in labels
        assert (payload, "peak RSS while parsing / that of `json.loads`") in labels
    assert ("a", "client over HTTP / bare httpx + `json.loads`") in labels
    assert ("runs", "today: `WorkflowRunList.from_json`, 5 MB page, call") in labels
    assert ("steps", "today: `WorkflowStepList.from_json`, 5 MB page, call") in labels
    assert ("-", "start-up with bytecode: `from retab_runs import Retab` (ms)") in labels
    # issue 22's start-up targets, and today's contract's
    assert ("-", "start-up with bytecode: `from retab_runs_client.models import WorkflowRun` (ms)") in labels
    assert ("-", "start-up with bytecode: a client built and its first run parsed (ms)") in labels
    assert ("-", "start-up with bytecode: today: a client (`retab_runs.v2026_08_16.Retab`) built and its first"
            " run parsed (ms)") in labels  # fmt: skip
    for contract in ("seed", "today"):  # auto-paging, both contracts
        assert (contract, "auto-paging 120 runs / bare `httpx` loop + `json.loads`") in labels
        assert is_spread(results["paging"][contract]["ratio"]) and results["paging"][contract]["walks"] > 0
    # the seed's walk over schema-valid runs (no key to learn) is shown beside it, not judged
    assert is_spread(results["paging"]["seed_valid"]["ratio"]) and results["paging"]["seed_valid"]["walks"] > 0
    assert "the seed's example made schema-valid" in table
    assert "the seed's example, with keys the spec does not name (learned by the strict path)" in table
    # a quick or short run shows growth but does not judge it (one round of small sizes)
    assert not any(t["target"].startswith("growth per 10x") for t in targets)
    assert "judged only by a full run" in table
    bench = bench_module()
    full = bench.targets({**results, "quick": False, "short": False})
    assert sum(t["target"].startswith("growth per 10x") for t in full) == len(ROWS)
    for heading in (
        "## Parsing",
        "## Today's contract",
        "### The same pages, other clients",
        "## Over HTTP, memory, imports",
        "## Growth per 10x",
        '## The collector inside the timed calls ("call")',
        "## Targets",
    ):
        assert heading in table
    verdicts = [
        line.rsplit("|", 2)[1].strip()
        for line in table.splitlines()
        if line.startswith(("| a |", "| b |", "| - |", "| runs |", "| steps |", "| seed |", "| today |"))
    ]
    assert len(verdicts) == len(targets) and set(verdicts) <= {"met", "MISSED"}
    missed = sum(not t["met"] for t in targets)
    assert f"{missed} of {len(targets)} targets missed." in table


def test_stock_openapi_python_client_parses_todays_pages(tmp_path: Path) -> None:
    # The other clients' row that needs no venv of its own: generated, imported and timed here.
    bench = bench_module()
    from bench_payloads import compact, today_runs_page, today_steps_page  # imported by bench

    pages = {"runs": compact(today_runs_page(20_000)), "steps": compact(today_steps_page(20_000))}
    stock = bench.today_stock_client(pages, 1, tmp_path)
    assert stock["version"] and all(is_spread(stock[page][mode]) for page in pages for mode in ("call", "free"))
    vendor = {"runs": {"refused": "client: ValidationError: 1 error"}, "steps": {"refused": "client: ..."}}
    table = "\n".join(bench.render_today_others({"today_vendor": vendor, "today_stock": stock}))
    assert "| the vendor SDK 0.0.160: its list parse" in table and "refused: client: ValidationError" in table
    assert f"| stock openapi-python-client {stock['version']}: `from_dict(json.loads(b))` | " in table


def test_the_memory_probe_reads_the_project_from_bytecode(tmp_path: Path) -> None:
    # Compiling a module at its first import (this machine may set PYTHONDONTWRITEBYTECODE) took
    # about 5 MB of the first parse's peak, where the strict path's modules are imported: the
    # memory rows start as an installed wheel does, from bytecode, like the start-up rows.
    bench = bench_module()
    env = bench.bytecode_env(tmp_path)
    assert "PYTHONDONTWRITEBYTECODE" not in env
    cache = Path(env["PYTHONPYCACHEPREFIX"])
    wire = ROOT / "generated" / "retab_runs_client" / "models" / "_wire.py"
    assert list((cache / wire.parent.relative_to(wire.anchor)).glob("_wire.*.pyc"))
    probe = subprocess.run(
        [sys.executable, "-c", "import sys; print(sys.dont_write_bytecode, sys.pycache_prefix)"],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert probe.stdout.split() == ["False", str(cache)]
