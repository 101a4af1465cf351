"""Calls that change things, against a socket-level server on 127.0.0.1 that counts what it received.

cancel, restart and resume send one ``command_id`` per call, the same on every retry, so a
retried command acts once. create has no idempotency key: it is retried only when the request
never left (a refused connection), never after it may have reached the server.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest

from retab_runs import APIConnectionError, AsyncRetab, InternalServerError, RateLimitError, Retab, _clock
from tests.faultserver import Action, FaultServer, response
from tests.payloads import seed_run

RUN = {**seed_run(), "id": "run_1"}  # the run the commands below name
CREATE = "/v1/workflows/wf_abc/run"
BUDGET = 5.0
DROPPED = Action(b"")  # the connection closes with no answer: the request may or may not have acted
RESET = Action(b"", reset=True)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    fault = FaultServer()
    yield fault
    fault.close()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []

    async def async_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(_clock, "sleep", slept.append)
    monkeypatch.setattr(_clock, "async_sleep", async_sleep)
    return slept


def call(mode: str, base_url: str, method: str, *args: Any, max_retries: int = 2, **kwargs: Any) -> Any:
    """``client.workflows.runs.<method>(...)`` through a fresh client; fails the test if it takes too long."""
    started = time.monotonic()
    try:
        if mode == "sync":
            with Retab(api_key="sk-test", base_url=base_url, max_retries=max_retries) as client:
                return getattr(client.workflows.runs, method)(*args, **kwargs)

        async def go() -> Any:
            async with AsyncRetab(api_key="sk-test", base_url=base_url, max_retries=max_retries) as client:
                result = getattr(client.workflows.runs, method)(*args, **kwargs)
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(go())
    finally:
        assert time.monotonic() - started < BUDGET


def command_ids(server: FaultServer) -> list[str]:
    return [json.loads(body)["command_id"] for body in server.bodies]


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "path", "answer"),
    [
        ("cancel", ("run_1",), {}, "/v1/workflows/runs/run_1/cancel", {"run": RUN}),
        ("restart", ("run_1",), {}, "/v1/workflows/runs/run_1/restart", RUN),
        ("approve", ("run_1", "review-1"), {}, "/v1/workflows/runs/run_1/resume",
         {"run": RUN, "resume_status": "processing", "queue_item_id": "q_1"}),
        ("resume", ("run_1",), {"node_id": "review-1", "approved": False}, "/v1/workflows/runs/run_1/resume",
         {"run": RUN, "resume_status": "already_processed", "queue_item_id": "q_1"}),
    ],
)  # fmt: skip
@pytest.mark.parametrize(
    "failure", [DROPPED, RESET, response(503, {"detail": "busy"})], ids=["dropped", "reset", "503"]
)
def test_a_command_whose_answer_is_lost_is_retried_with_the_same_command_id(
    mode: str, server: FaultServer, sleeps: list[float], method: str, args: tuple[Any, ...],
    kwargs: dict[str, Any], path: str, answer: Any, failure: Action | bytes,
) -> None:  # fmt: skip
    server.script(path, failure, response(200, answer))
    call(mode, server.base_url, method, *args, **kwargs)
    assert server.hits[path] == 2 and len(sleeps) == 1
    first, second = command_ids(server)
    assert first == second and len(first) == 32


def test_a_command_id_of_the_callers_is_sent_on_every_retry(
    mode: str, server: FaultServer, sleeps: list[float]
) -> None:
    path = "/v1/workflows/runs/run_1/cancel"
    server.script(path, DROPPED, DROPPED, response(200, {"run": RUN}))
    call(mode, server.base_url, "cancel", "run_1", command_id="cancel-run_1-by-ops")
    assert command_ids(server) == ["cancel-run_1-by-ops"] * 3


def test_create_reset_after_the_body_was_sent_is_not_retried(
    mode: str, server: FaultServer, sleeps: list[float]
) -> None:
    server.script(CREATE, RESET, response(200, RUN))
    with pytest.raises(APIConnectionError, match="the run may have been created") as caught:
        call(mode, server.base_url, "create", "wf_abc", text_inputs={"t": "x"})
    assert server.hits[CREATE] == 1 and sleeps == []
    assert json.loads(server.bodies[0]) == {"text_inputs": {"t": "x"}}  # the server had the whole request
    assert "list the workflow's runs" in str(caught.value)


def test_create_whose_answer_is_dropped_is_not_retried(mode: str, server: FaultServer, sleeps: list[float]) -> None:
    server.script(CREATE, DROPPED, response(200, RUN))
    with pytest.raises(APIConnectionError, match="may have been created"):
        call(mode, server.base_url, "create", "wf_abc")
    assert server.hits[CREATE] == 1


def test_create_read_timeout_is_not_retried(mode: str, server: FaultServer, sleeps: list[float]) -> None:
    server.script(CREATE, Action(response(200, RUN), pause=1.0))
    started = time.monotonic()
    with pytest.raises(APIConnectionError, match="may have been created"):
        if mode == "sync":
            with Retab(api_key="sk", base_url=server.base_url, timeout=0.3) as client:
                client.workflows.runs.create("wf_abc")
        else:

            async def go() -> None:
                async with AsyncRetab(api_key="sk", base_url=server.base_url, timeout=0.3) as client:
                    await client.workflows.runs.create("wf_abc")

            asyncio.run(go())
    assert time.monotonic() - started < 1.0 and server.hits[CREATE] == 1


@pytest.mark.parametrize(("status", "error"), [(503, InternalServerError), (429, RateLimitError), (408, Exception)])
def test_create_5xx_429_408_are_not_retried(
    mode: str, server: FaultServer, sleeps: list[float], status: int, error: type[Exception]
) -> None:
    server.script(CREATE, response(status, {"detail": "later"}, headers={"Retry-After": "1"}), response(200, RUN))
    with pytest.raises(error, match="may have been created"):
        call(mode, server.base_url, "create", "wf_abc")
    assert server.hits[CREATE] == 1 and sleeps == []


def test_create_refused_is_retried(mode: str, sleeps: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing listens on the port at first: the server starts there during the backoff sleep."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    started: list[FaultServer] = []

    def start_server(seconds: float) -> None:
        sleeps.append(seconds)
        if not started:
            started.append(FaultServer(port))
            started[0].script(CREATE, response(200, RUN))

    async def async_start_server(seconds: float) -> None:
        start_server(seconds)

    monkeypatch.setattr(_clock, "sleep", start_server)
    monkeypatch.setattr(_clock, "async_sleep", async_start_server)
    try:
        run = call(mode, f"http://127.0.0.1:{port}", "create", "wf_abc", text_inputs={"t": "x"})
        assert run.id == RUN["id"]
        assert len(sleeps) == 1 and started[0].hits[CREATE] == 1
        assert json.loads(started[0].bodies[0]) == {"text_inputs": {"t": "x"}}
    finally:
        for fault in started:
            fault.close()


def test_create_refused_every_time_does_not_say_it_may_exist(mode: str, sleeps: list[float]) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    with pytest.raises(APIConnectionError) as caught:
        call(mode, f"http://127.0.0.1:{port}", "create", "wf_abc")
    assert len(sleeps) == 2 and "may have been created" not in str(caught.value)


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "path"),
    [
        ("delete", ("run_1",), {}, "/v1/workflows/runs/run_1"),
        ("delete_all", (), {"workflow_id": "wf_abc"}, "/v1/workflows/runs"),
    ],
)
def test_deletes_are_retried_as_reads_are(
    mode: str, server: FaultServer, sleeps: list[float], method: str, args: tuple[Any, ...],
    kwargs: dict[str, Any], path: str,
) -> None:  # fmt: skip
    server.script(
        path, DROPPED, response(503, {"detail": "busy"}), b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"
    )
    assert call(mode, server.base_url, method, *args, **kwargs) is None
    assert server.hits[path] == 3 and all(head.startswith(b"DELETE ") for head in server.requests)
