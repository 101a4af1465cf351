"""retab-runs validate and retab-runs schema, as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from retab_runs_schema import json_schema
from tests.payloads import compact_json, seed_run
from tests.spec import example

SCRIPT = Path(sys.executable).with_name("retab-runs")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(SCRIPT), *args], input=stdin, capture_output=True, timeout=300)
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode(), result.stderr.decode())


def test_valid_files_exit_0(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(example("complete"), indent=2))
    (tmp_path / "b.jsonl").write_bytes(compact_json(seed_run()) + b"\n\n" + compact_json(example("complete")) + b"\n")
    result = run("validate", str(tmp_path / "a.json"), str(tmp_path / "b.jsonl"))
    assert result.returncode == 0, result.stdout
    assert result.stdout == "3 runs in 2 files: 3 valid, 0 invalid (0 issues)\n"


def test_each_issue_is_a_line_with_file_line_and_pointer(tmp_path: Path) -> None:
    bad = seed_run()
    bad["steps"][2]["status"] = "frozen"
    lines = [compact_json(seed_run()), b"", compact_json(bad), b"not json", compact_json(example("legacy_seed"))]
    (tmp_path / "runs.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    result = run("validate", str(tmp_path / "runs.jsonl"))
    assert result.returncode == 1
    name = str(tmp_path / "runs.jsonl")
    assert result.stdout.splitlines() == [
        f"{name}:3: /steps/2/status: should be one of pending, queued, running, completed, skipped, error, "
        "waiting_for_human, cancelled (got 'frozen')",
        f"{name}:4: (root): is not JSON: Expecting value: line 1 column 1 (char 0)",
        f"{name}:5: /config_snapshot_id: is required but missing",
        f"{name}:5: /input_documents/start-node-1/id: is required but missing",
        "4 runs in 1 file: 1 valid, 3 invalid (4 issues)",
    ]


def test_profile_compatible_accepts_unknown_enum_values(tmp_path: Path) -> None:
    newer = {**seed_run(), "status": "archived"}
    (tmp_path / "r.json").write_text(json.dumps(newer))
    assert run("validate", str(tmp_path / "r.json")).returncode == 1
    assert run("validate", "--profile", "compatible", str(tmp_path / "r.json")).returncode == 0


def test_standard_input_json_document_or_json_lines() -> None:
    pretty = json.dumps(seed_run(), indent=2).encode()
    assert run("validate", "-", stdin=pretty).stdout.endswith("1 run in 1 file: 1 valid, 0 invalid (0 issues)\n")
    lines = compact_json(seed_run()) + b"\n" + compact_json({**seed_run(), "id": 1}) + b"\n"
    result = run("validate", "-", stdin=lines)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "<stdin>:2: /id: should be a string, not integer (got 1)",
        "2 runs in 1 file: 1 valid, 1 invalid (1 issue)",
    ]


def test_unreadable_input_exits_2(tmp_path: Path) -> None:
    (tmp_path / "ok.json").write_bytes(compact_json(seed_run()))
    result = run("validate", str(tmp_path / "ok.json"), str(tmp_path / "missing.json"), str(tmp_path))
    assert result.returncode == 2
    assert f"{tmp_path / 'missing.json'}: cannot read: No such file or directory" in result.stderr
    assert f"{tmp_path}: cannot read: Is a directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_100_mb_stream_is_validated_in_constant_memory(tmp_path: Path) -> None:
    line = compact_json(example("complete")) + b"\n"
    count = 100_000_000 // len(line) + 1
    stream = tmp_path / "big.jsonl"
    with stream.open("wb") as file:
        for _ in range(count):
            file.write(line)
    # The command in a process of its own that reports its own peak memory: VmHWM, the high-water
    # mark of the exec'd image. (ru_maxrss would include the forked copy of this test process.)
    code = (
        "import sys; from retab_runs.cli import main; code = main(['validate', sys.argv[1]]);"
        " hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1];"
        " print('peak', hwm, file=sys.stderr); sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(stream)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-500:]
    assert result.stdout == f"{count} runs in 1 file: {count} valid, 0 invalid (0 issues)\n"
    assert stream.stat().st_size >= 100_000_000
    peak_kib = int(result.stderr.split("peak")[1])
    assert peak_kib < 100 * 1024  # the whole interpreter, for a 100 MB input


def test_schema_prints_the_shipped_json_schema() -> None:
    result = run("schema")
    assert result.returncode == 0
    assert json.loads(result.stdout) == json_schema()
    assert json.loads(result.stdout)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
