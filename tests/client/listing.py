"""A list of runs served a page at a time, as ``GET /v1/workflows/runs`` pages it, for pager tests.

``page(target)`` answers one request target (path and query) with a ``PaginatedList``: runs
``run_00000``, ``run_00001``... in ascending order of id, ``after``/``before`` cursors as the
API documents them. ``loop_from``/``loop_to`` make a broken server: the page that ends with run
``loop_from`` gives ``loop_to`` as its ``after`` cursor, pointing back.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.payloads import seed_run

LIST_PATH = "/v1/workflows/runs"


class RunList:
    def __init__(
        self,
        count: int,
        *,
        loop_from: str | None = None,
        loop_to: str | None = None,
        template: dict[str, Any] | None = None,
    ) -> None:
        self.ids = [f"run_{n:05d}" for n in range(count)]
        self.template = template or seed_run()
        self.loop_from = loop_from
        self.loop_to = loop_to
        self.pages_served = 0
        self.targets: list[str] = []

    def page(self, target: str) -> dict[str, Any]:
        self.targets.append(target)
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(target).query))
        limit = int(query.get("limit", "20"))
        ids = self.ids
        if "after" in query:
            start = ids.index(query["after"]) + 1
            chunk = ids[start : start + limit]
        elif "before" in query:
            end = ids.index(query["before"])
            start = max(end - limit, 0)
            chunk = ids[start:end]
        else:
            start = 0
            chunk = ids[:limit]
        before = chunk[0] if chunk and start > 0 else None
        after = chunk[-1] if chunk and start + len(chunk) < len(ids) else None
        if chunk and chunk[-1] == self.loop_from:
            after = self.loop_to
        self.pages_served += 1
        return {
            "data": [{**self.template, "id": rid} for rid in chunk],
            "list_metadata": {"before": before, "after": after},
        }

    def body(self, target: str) -> bytes:
        return json.dumps(self.page(target)).encode()


@contextmanager
def list_server_process(count: int) -> Iterator[str]:
    """A socket server answering ``GET /v1/workflows/runs`` for ``count`` small runs, in its own process.

    Yields its base URL. For memory measurements: nothing the server allocates is counted
    with the client's allocations.
    """
    code = (
        "import sys\n"
        "from tests.client.listing import LIST_PATH, RunList\n"
        "from tests.faultserver import FaultServer, response\n"
        "from tests.payloads import run_with_status\n"
        f"runs = RunList({count}, template=run_with_status('completed'))\n"
        "server = FaultServer()\n"
        "server.respond(LIST_PATH, lambda target, body: response(200, runs.body(target)))\n"
        "print(server.base_url, flush=True)\n"
        "sys.stdin.read()\n"
        "server.close()\n"
    )
    root = Path(__file__).resolve().parents[2]
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip()
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
