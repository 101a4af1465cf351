"""The files under examples/ run as written, against the embedded server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from retab_runs.cli._demo import SAMPLE_PATH, SEED_SNIPPET, invoice_pdf
from retab_runs.server import RunStore
from retab_runs.testing import retab_server_running
from tests.cli.test_cli import KEY, SCRIPT

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_the_seed_snippet_is_what_the_demo_shows() -> None:
    assert (EXAMPLES / "seed_snippet.py").read_text(encoding="utf-8") == SEED_SNIPPET


def test_the_seed_snippet_runs_against_the_embedded_server() -> None:
    with retab_server_running(RunStore(api_key=KEY)) as server:
        result = subprocess.run(
            [sys.executable, str(EXAMPLES / "seed_snippet.py")], capture_output=True, text=True, timeout=60,
            env={"RETAB_API_KEY": KEY, "RETAB_API_BASE_URL": server.base_url, "PATH": ""},
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:2] == ["Status: completed", "Duration: 15000ms"]
    assert lines[2].startswith("Outputs: {'end-node-1': FinalNodeOutput(label='Output'")


def test_the_sample_invoice_is_what_the_demo_sends() -> None:
    pdf = (EXAMPLES / "invoice.pdf").read_bytes()
    assert pdf == invoice_pdf() and pdf.startswith(b"%PDF-1.4\n") and pdf.endswith(b"%%EOF\n")
    assert SAMPLE_PATH == "examples/invoice.pdf"


def test_the_demo_outside_a_checkout_sends_a_copy_of_the_sample(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RETAB_")}
    result = subprocess.run(
        [str(SCRIPT), "demo", "--speed", "4"], capture_output=True, text=True, timeout=90, cwd=tmp_path, env=env
    )
    assert result.returncode == 0, result.stderr
    sent = [line for line in result.stdout.splitlines() if line.startswith("$ retab-runs run ")]
    assert len(sent) == 1 and sent[0].endswith("/invoice.pdf --wait") and "examples/" not in sent[0]
    snippet = [line for line in result.stdout.splitlines() if line.startswith("$ python ")]
    assert len(snippet) == 1 and "examples/" not in snippet[0], snippet  # a wheel ships no examples/
    assert snippet[0].split()[2].endswith("/seed_snippet.py")
