"""An answer about another run is refused, not returned: get, wait, cancel and resume, sync and async.

A cache or proxy that mixes answers up (or a server bug) hands back run B for run A; a
wait would then end at once on B's ``completed``. Against a socket-level server.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from retab_runs import AsyncRetab, ResponseValidationError, Retab, RunMismatchError
from tests.faultserver import FaultServer, response
from tests.payloads import run_with_status

ASKED = "run_A"
OTHER = run_with_status("completed", "run_B")


@pytest.fixture
def server() -> Iterator[FaultServer]:
    fault = FaultServer()
    yield fault
    fault.close()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def call(mode: str, server: FaultServer, method: str, *args: Any, **kwargs: Any) -> Any:
    if mode == "sync":
        with Retab(api_key="sk-test", base_url=server.base_url, max_retries=0) as client:
            return getattr(client.workflows.runs, method)(*args, **kwargs)

    async def go() -> Any:
        async with AsyncRetab(api_key="sk-test", base_url=server.base_url, max_retries=0) as client:
            result = getattr(client.workflows.runs, method)(*args, **kwargs)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(go())


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "path", "answer"),
    [
        ("get", (ASKED,), {}, "", OTHER),
        ("get_with_response", (ASKED,), {}, "", OTHER),
        ("wait_for_completion", (ASKED,), {"timeout_seconds": 30}, "", OTHER),
        ("cancel", (ASKED,), {}, "/cancel", {"run": OTHER}),
        ("resume", (ASKED,), {"node_id": "review-1", "approved": True}, "/resume",
         {"run": OTHER, "resume_status": "processing", "queue_item_id": "q_1"}),
        ("approve", (ASKED, "review-1"), {}, "/resume",
         {"run": OTHER, "resume_status": "processing", "queue_item_id": "q_1"}),
    ],
)  # fmt: skip
def test_an_answer_about_another_run_is_refused_naming_both_ids(
    mode: str, server: FaultServer, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], path: str,
    answer: dict[str, Any],
) -> None:  # fmt: skip
    server.script(f"/v1/workflows/runs/{ASKED}{path}", response(200, answer))
    with pytest.raises(RunMismatchError) as caught:
        call(mode, server, method, *args, **kwargs)
    error = caught.value
    assert isinstance(error, ResponseValidationError)  # a 2xx that breaks the contract: body kept
    assert (error.expected_id, error.received_id) == ("run_A", "run_B")
    assert "answered run 'run_B', not 'run_A'" in str(error)
    assert "run_B" in error.body
    assert server.hits[f"/v1/workflows/runs/{ASKED}{path}"] == 1  # a wait stops at once: polling cannot mend it


def test_the_run_asked_for_is_returned(mode: str, server: FaultServer) -> None:
    server.script(f"/v1/workflows/runs/{ASKED}", response(200, run_with_status("completed", ASKED)))
    assert call(mode, server, "wait_for_completion", ASKED).id == ASKED
