"""What the client guards' surviving mutants showed untested: each test is about what a user sees.

In-process and fast: ``make mutate`` runs them for every mutant of the functions they reach.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from retab_runs import AsyncRetab, Retab, WorkflowRun
from retab_runs._deadline import attempt_deadline
from tests.client.conftest import FakeClock
from tests.payloads import seed_run

KEY = "sk-test-0123456789"
URL = "https://retab.test"
RUN_ID = "run_abc123xyz"


class _Dripped(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A gzip body handed over in pieces, the clock moved to exactly the call's deadline before the first."""

    def __init__(self, clock: FakeClock, chunks: list[bytes]) -> None:
        self.clock, self.chunks = clock, chunks

    def _at_the_deadline(self) -> None:
        deadline = attempt_deadline.get()
        assert deadline is not None
        self.clock.now = deadline

    def __iter__(self) -> Iterator[bytes]:
        self._at_the_deadline()
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self._at_the_deadline()
        for chunk in self.chunks:
            yield chunk


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_body_read_by_exactly_its_deadline_is_kept(mode: str, clock: FakeClock) -> None:
    # The deadline is when the call must be over: a body whose last byte arrives at that very
    # instant (not after it) is the answer, not a timeout. The first piece is one byte of the
    # gzip header (nothing to decode yet), so the check after each piece and the one after
    # each decoded part both meet the deadline exactly.
    body = gzip.compress(json.dumps(seed_run()).encode())
    stream = _Dripped(clock, [body[:1], body[1:20], body[20:]])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=stream)

    transport = httpx.MockTransport(handler)
    if mode == "sync":
        with Retab(api_key=KEY, base_url=URL, max_retries=0, http_client=httpx.Client(transport=transport)) as client:
            run = client.workflows.runs.get(RUN_ID, timeout=10)
    else:

        async def get() -> WorkflowRun:
            http = httpx.AsyncClient(transport=transport)
            async with AsyncRetab(api_key=KEY, base_url=URL, max_retries=0, http_client=http) as client:
                return await client.workflows.runs.get(RUN_ID, timeout=10)

        run = asyncio.run(get())
    assert run.id == RUN_ID
