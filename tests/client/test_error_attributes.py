"""What an error holds carries no credential: ``e.request`` (URL, headers), ``e.response.request``,
``vars(e)`` and the httpx error behind it, sync and async, against a socket-level server.

Error reporters (Sentry, structured logs) serialise these attributes, not only the message.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from retab_runs import APIConnectionError, APIError, AsyncRetab, NotFoundError, ResponseValidationError, Retab
from tests.faultserver import FaultServer, response

KEY = "sk-live-key-0123456789"
TOKEN = "tok-secret-abcdef0123"
RUN = "/v1/workflows/runs/run_abc123xyz"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    fault = FaultServer()
    yield fault
    fault.close()


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def failing_get(mode: str, base_url: str) -> APIError:
    try:
        if mode == "sync":
            with Retab(api_key=KEY, base_url=base_url, max_retries=0) as client:
                client.workflows.runs.get(
                    "run_abc123xyz", access_token=TOKEN, extra_headers={"Authorization": "Bearer " + TOKEN}
                )
        else:

            async def go() -> None:
                async with AsyncRetab(api_key=KEY, base_url=base_url, max_retries=0) as client:
                    await client.workflows.runs.get(
                        "run_abc123xyz", access_token=TOKEN, extra_headers={"Authorization": "Bearer " + TOKEN}
                    )

            asyncio.run(go())
    except APIError as error:
        return error
    raise AssertionError("the call did not fail")


def everything_held(error: BaseException) -> str:
    """The text an error reporter could collect: reprs of every attribute, the request's URL and headers."""
    seen: list[Any] = [error, *vars(error).values()]
    for value in list(seen):
        request = getattr(value, "request", None) if not isinstance(value, str) else None
        if value is error or hasattr(value, "status_code"):
            seen.append(request)
    cause = error.__cause__
    if cause is not None:
        seen += [cause, *vars(cause).values(), getattr(cause, "request", None)]
    parts = []
    for value in seen:
        parts.append(repr(value))
        if hasattr(value, "headers") and hasattr(value, "url"):
            parts += [str(value.url), repr(dict(value.headers)), repr(value.headers.raw)]
    return "\n".join(parts)


def assert_masked(error: APIError) -> None:
    held = everything_held(error)
    assert KEY not in held and TOKEN not in held, held
    assert error.request is not None
    assert error.request.headers["Api-Key"] == "***" and error.request.headers["Authorization"] == "***"
    assert "access_token=***" in str(error.request.url)


def test_a_status_error_holds_no_credential(mode: str, server: FaultServer) -> None:
    server.script(RUN, response(404, {"detail": "Workflow run not found"}))
    error = failing_get(mode, server.base_url)
    assert isinstance(error, NotFoundError)
    assert_masked(error)
    assert error.response.request.headers["Api-Key"] == "***"
    assert server.requests[0].count(KEY.encode()) == 1  # the key was sent: only what is kept is masked


def test_a_validation_error_holds_no_credential(mode: str, server: FaultServer) -> None:
    server.script(RUN, response(200, "<html>maintenance</html>", content_type="text/html"))
    error = failing_get(mode, server.base_url)
    assert isinstance(error, ResponseValidationError)
    assert_masked(error)


def test_a_connection_error_and_its_cause_hold_no_credential(mode: str) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = failing_get(mode, f"http://127.0.0.1:{port}")
    assert isinstance(error, APIConnectionError)
    assert_masked(error)
    assert error.__cause__ is not None
