"""The seed's vendor SDK (retab 0.0.101, in its own Python 3.12 venv) against the default embedded server.

It sends ``Api-Key`` and reads the flat record: ``get`` and ``wait_for_completion``. That SDK
refuses values the API did send (the ``queued`` status, ``skipped`` steps, 18 of 23 node
types: see ../shared/reference/README.md), so the run it waits for is one it can read: a
created run of a plain workflow fed a document (start -> extract -> end), on a server 10x
faster than real time so that ``queued`` (0.02 s) is over before the SDK, which takes
seconds to import, first polls; a slower machine only polls later, past it all the same.
"""

from __future__ import annotations

import json
import os
import subprocess

from retab_runs import Retab
from retab_runs.testing import retab_server_running
from tests.vendor_sdks.venv import HERE, vendor_python


def test_vendor_sdk_0_0_101_gets_and_waits_against_the_default_server() -> None:
    python = vendor_python("0.0.101")
    with retab_server_running(speed=10.0) as server:
        with Retab(api_key=server.api_key, base_url=server.base_url) as client:
            created = client.workflows.runs.create("wf_invoices", documents={"start-1": ("a.pdf", b"%PDF-1.4\n")})
        assert created.id is not None
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TMPDIR")}
        env.update(RETAB_API_KEY=server.api_key, RETAB_API_BASE_URL=server.base_url)
        done = subprocess.run([str(python), str(HERE / "seed_journey.py"), created.id], env=env,
                              capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "get": {"id": "run_abc123xyz", "status": "completed"},
        "waited": {"id": created.id, "status": "completed"},
    }
