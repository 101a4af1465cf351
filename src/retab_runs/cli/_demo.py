"""``retab-runs demo``: the journey of a run, told as the commands a user types, against the embedded server.

The API reference's snippet first, then a run of ``wf_demo_review`` from a small invoice
PDF: it pauses for human review, its steps' outputs are shown, it is approved, completes,
and its output is printed.
Each step is the real command line, run in this process on the embedded server.
"""

from __future__ import annotations

import os
import secrets
import shlex
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

__all__ = ["DEMO_WORKFLOW", "SAMPLE_PATH", "SEED_SNIPPET", "demo", "invoice_pdf"]

# The same text ships as examples/seed_snippet.py (a test keeps them equal).
SEED_SNIPPET = """\
from retab_runs import Retab

client = Retab()

run = client.workflows.runs.get("run_abc123xyz")

print(f"Status: {run.status}")
if run.status == "completed":
    print(f"Duration: {run.duration_ms}ms")
    print(f"Outputs: {run.final_outputs}")
"""
DEMO_WORKFLOW = "wf_demo_review"
SNIPPET_PATH = "examples/seed_snippet.py"
"""The seed snippet, relative to a checkout (a wheel has no examples/: the demo writes a copy)."""
SAMPLE_PATH = "examples/invoice.pdf"
"""The sample document, relative to a checkout (``invoice_pdf()`` writes the same bytes)."""
_INVOICE_LINES = ("INVOICE INV-2024-001", "Acme Corp, 1 Market Street", "Consulting, January: 1,234.56 USD",
                  "Total due: 1,234.56 USD")  # fmt: skip


def invoice_pdf() -> bytes:
    """A one-page PDF invoice, a few hundred bytes (examples/invoice.pdf is these bytes)."""
    text = "BT /F1 14 Tf 72 720 Td 18 TL " + " ".join(f"({line}) '" for line in _INVOICE_LINES) + " ET"
    stream = zlib.compress(text.encode("ascii"), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)


def _sample(directory: Path) -> str:
    """The sample's path as a user would type it: the checkout's file when there is one, else a copy."""
    shipped = Path(SAMPLE_PATH)
    if shipped.is_file() and shipped.read_bytes() == invoice_pdf():
        return SAMPLE_PATH
    copy = directory / "invoice.pdf"
    copy.write_bytes(invoice_pdf())
    return str(copy)


def _snippet(directory: Path) -> str:
    """The seed snippet's path as a user would type it: the checkout's file when there is one, else a copy."""
    shipped = Path(SNIPPET_PATH)
    if shipped.is_file() and shipped.read_text(encoding="utf-8") == SEED_SNIPPET:
        return SNIPPET_PATH
    copy = directory / "seed_snippet.py"
    copy.write_text(SEED_SNIPPET, encoding="utf-8")
    return str(copy)


class _Journey:
    """Prints each command as typed, then runs it in this process against the server."""

    def __init__(self, out: TextIO, base_url: str, api_key: str, display: str) -> None:
        self.out = out
        self.connection = ["--base-url", base_url, "--api-key", api_key]
        self.display = display

    def step(self, *words: str, follows: bool = False) -> int:
        from ._main import main

        print(f"\n$ retab-runs {' '.join(shlex.quote(word) for word in words)}", file=self.out, flush=True)
        extra = ["--display", self.display] if follows else []
        return main([*words, *self.connection, *extra], self.out)


def demo(out: TextIO = sys.stdout, *, speed: float = 1.0, live: bool | None = None) -> int:
    """Start the server, run the seed snippet, then a run from start to review to completion; the exit code."""
    from .. import Retab, waiting_nodes
    from ..server import RunStore, ServerThread, create_app
    from ._failures import EXIT

    display = {None: "auto", True: "live", False: "plain"}[live]
    store = RunStore(api_key="sk-demo-" + secrets.token_hex(6), speed=speed)
    with ServerThread(create_app(store)) as server, tempfile.TemporaryDirectory() as scratch:
        print(f"Embedded Retab runs API on {server.base_url}", file=out)
        exports = f"RETAB_API_BASE_URL={shlex.quote(server.base_url)} RETAB_API_KEY={shlex.quote(store.api_key)}"
        print(f"$ export {exports}", file=out)
        snippet_path = _snippet(Path(scratch))
        print(f"\n$ python {snippet_path}   # the API reference's example, import changed", file=out)
        print("\n".join("  " + line for line in SEED_SNIPPET.splitlines() if line), file=out)
        print(file=out, flush=True)
        env = {**os.environ, "RETAB_API_KEY": store.api_key, "RETAB_API_BASE_URL": server.base_url}
        snippet = subprocess.run(
            [sys.executable, "-c", SEED_SNIPPET], env=env, capture_output=True, text=True, timeout=60
        )  # fmt: skip
        out.write(snippet.stdout)
        if snippet.returncode != 0:
            out.write(snippet.stderr)
            return EXIT["failed"]

        journey = _Journey(out, server.base_url, store.api_key, display)
        code = journey.step("run", DEMO_WORKFLOW, "--file", _sample(Path(scratch)), "--wait", follows=True)
        if code != EXIT["waiting_for_human"]:
            return code or EXIT["failed"]
        with Retab(api_key=store.api_key, base_url=server.base_url) as client:
            run = next(iter(client.workflows.runs.list(workflow_id=DEMO_WORKFLOW, limit=1)))
        run_id = run.id or ""
        nodes = waiting_nodes(run)
        if not nodes:
            return EXIT["failed"]
        steps: Sequence[tuple[tuple[str, ...], bool]] = [
            (("list", "--workflow-id", DEMO_WORKFLOW), False),
            (("steps", run_id), False),
            (("approve", run_id, nodes[0]), False),
            (("watch", run_id), True),
            (("get", run_id), False),
        ]
        for words, follows in steps:
            code = journey.step(*words, follows=follows)
            if code != EXIT["ok"]:
                return code
    return EXIT["ok"]
