"""The vendor's own Python SDK in a venv of its own, built from the pinned requirements beside this file.

``vendor_python("0.0.160")`` answers the venv's interpreter, creating ``.venv-vendor-0.0.160``
at the repository root on first use (a stamp holding the requirements' hash makes reruns
instant, and a changed pin rebuilds it). The SDK needs Python 3.12 (``.ci/find-python 3.12``);
when the machine has none the calling test is skipped, and says so loudly in the summary.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

__all__ = ["ROOT", "vendor_python"]

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BUILD_SECONDS = 1800  # a cold pip install of the SDK and its 40-odd dependencies, on a loaded machine


def _python_312() -> str | None:
    finder = ROOT / ".ci" / "find-python"
    try:
        done = subprocess.run([str(finder), "3.12"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    path = done.stdout.strip()
    return path if done.returncode == 0 and path else None


def vendor_python(version: str) -> Path:
    """The interpreter of a venv holding ``retab==version`` (and its pinned dependencies)."""
    requirements = HERE / f"retab-{version}.txt"
    digest = hashlib.sha256(requirements.read_bytes()).hexdigest()
    venv = ROOT / f".venv-vendor-{version}"
    python = venv / "bin" / "python"
    stamp = venv / ".requirements-sha256"
    if python.exists() and stamp.exists() and stamp.read_text().strip() == digest:
        return python
    base = _python_312()
    if base is None:
        message = (
            f"NOT TESTED: the vendor SDK retab {version} needs Python 3.12, and this machine has none "
            "(.ci/find-python 3.12 found nothing; install it, e.g. pyenv install 3.12)"
        )
        warnings.warn(message, stacklevel=2)
        print(f"\n*** {message} ***", file=sys.stderr)
        pytest.skip(message)
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([base, "-m", "venv", str(venv)], check=True, timeout=300)
    # --no-deps: the requirements file pins every package the SDK needs, so nothing floats.
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps",
         "-r", str(requirements)],
        check=True, timeout=BUILD_SECONDS,
    )  # fmt: skip
    stamp.write_text(digest + "\n")
    return python
