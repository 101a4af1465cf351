"""The vendor's ``Retab.verify_event`` (retab==0.0.140) and stripe's ``WebhookSignature.verify_header``,
run in a venv of their own (``.venv-oracles``: retab 0.0.140 pins what our toolchain does not).

``make oracles`` (part of ``make test``) creates it from oracle-requirements.txt; the tests
create it too when it is missing, and fail (never skip) when that cannot be done.
``python tests/webhooks/oracles.py`` creates it and prints its Python.
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import json
import os
import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
REQUIREMENTS = HERE / "oracle-requirements.txt"
WORKER = HERE / "oracle_worker.py"
VENV = Path(os.environ.get("RETAB_ORACLES_VENV", ROOT / ".venv-oracles"))


def _python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _stamp() -> Path:
    digest = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()[:16]
    return VENV / f".installed-{digest}"


def ensure_venv() -> Path:
    """The oracles' Python, the venv created or brought up to date first. Raises RuntimeError when pip fails."""
    if _stamp().exists() and _python().exists():
        return _python()
    if not _python().exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    done = subprocess.run(
        [str(_python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", str(REQUIREMENTS)],
        capture_output=True, text=True, timeout=1200, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"cannot install the webhook oracles into {VENV}:\n{done.stderr[-3000:]}")
    _stamp().touch()
    return _python()


@dataclass(frozen=True)
class Verdict:
    ok: bool
    error: str | None
    header: str | None


_worker: subprocess.Popen[str] | None = None


def _running_worker() -> subprocess.Popen[str]:
    """The worker process, started on first use and kept for the session (it imports retab once)."""
    global _worker
    if _worker is None or _worker.poll() is not None:
        _worker = subprocess.Popen([str(ensure_venv()), str(WORKER)], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True)  # fmt: skip
        atexit.register(_worker.kill)
    return _worker


def judge(cases: list[dict[str, Any]]) -> list[Verdict]:
    """Each case's verdict (see oracle_worker.py); the body of a case is given as bytes."""
    wire = [{**case, "body": base64.b64encode(case["body"]).decode()} for case in cases]
    worker = _running_worker()
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write(json.dumps(wire) + "\n")
    worker.stdin.flush()
    line = worker.stdout.readline()
    if not line:
        raise RuntimeError(f"the oracle worker stopped (exit {worker.wait(timeout=30)})")
    return [Verdict(**verdict) for verdict in json.loads(line)]


if __name__ == "__main__":
    print(ensure_venv())
    sys.exit(0)
