"""Every answer maps to a result or a typed error; nothing raw reaches the caller."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from retab_runs import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    RetabError,
    UnprocessableEntityError,
)
from tests.client.conftest import Api
from tests.payloads import seed_run

STATUS_CLASSES = [
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (520, InternalServerError),
    (599, InternalServerError),
    (302, APIStatusError),
    (400, APIStatusError),
    (418, APIStatusError),
    (499, APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_every_status_maps_to_its_class(api: Api, status: int, cls: type[APIStatusError]) -> None:
    client = api.client(
        lambda r: httpx.Response(status, json={"detail": "nope"}, headers={"x-request-id": "req_9"}), max_retries=0
    )
    with pytest.raises(cls) as caught:
        api.get(client, "run_1")
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status and error.request_id == "req_9"
    assert error.body == {"detail": "nope"} and error.detail == "nope"
    assert error.response.status_code == status
    assert f"answered {status}" in str(error) and "(request id req_9)" in str(error)


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ({"detail": "Workflow run not found"}, "Workflow run not found"),
        (
            {"detail": [{"loc": ["query", "access_token"], "msg": "too long", "type": "string_too_long"}]},
            "query.access_token: too long",
        ),
        ({"detail": {"code": "E1", "hint": "x"}}, "{'code': 'E1', 'hint': 'x'}"),
        ({"message": "no detail key"}, "{'message': 'no detail key'}"),
        ("<html><body><h1>502 Bad Gateway</h1></body></html>", "<html><body><h1>502 Bad Gateway</h1></body></html>"),
        ([1, 2], "[1, 2]"),
    ],
)
def test_error_bodies_of_every_shape_are_read(api: Api, body: Any, shown: str) -> None:
    content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    client = api.client(lambda r: httpx.Response(404, content=content), max_retries=0)
    with pytest.raises(NotFoundError) as caught:
        api.get(client, "run_1")
    assert shown in str(caught.value)
    assert caught.value.body == body


@pytest.mark.parametrize(
    ("content", "content_type", "problem"),
    [
        (b'{"id": "run_1", "status": "comp', "application/json", "is not JSON"),
        (b"<html>oops</html>", "text/html", "is not JSON (text/html)"),
        (b"", "application/json", "is not JSON"),
        (b"\xff\xfe\x00", "application/json", "is not JSON"),
        (b"[]", "application/json", "does not fit the WorkflowRun contract"),
    ],
)
def test_a_2xx_body_that_is_not_a_run_is_a_validation_error(
    api: Api, content: bytes, content_type: str, problem: str
) -> None:
    client = api.client(lambda r: httpx.Response(200, content=content, headers={"content-type": content_type}))
    with pytest.raises(ResponseValidationError) as caught:
        api.get(client, "run_1")
    assert problem in str(caught.value)
    assert caught.value.body == httpx.Response(200, content=content).text  # the raw body is kept
    assert caught.value.status_code == 200
    assert caught.value.__cause__ is not None or problem.startswith("does not fit")


def test_contract_breaks_list_every_problem_with_its_path(api: Api) -> None:
    run = seed_run()
    del run["workflow_id"]
    run["steps"][1]["status"] = 7
    run["duration_ms"] = "long"
    run["status"] = "brand_new_status"  # unknown enum values are not problems for the client
    client = api.client(lambda r: httpx.Response(200, json=run))
    with pytest.raises(ResponseValidationError) as caught:
        api.get(client, "run_abc123xyz")
    problems = {(p.path, p.message) for p in caught.value.problems}
    assert problems == {
        ("/workflow_id", "is required but missing"),
        ("/steps/1/status", "should be a string, not integer"),
        ("/duration_ms", "should be an integer or null, not string"),
    }
    assert json.loads(caught.value.body) == run
    assert "/workflow_id: is required but missing" in str(caught.value)


def test_transport_failures_are_connection_errors_with_the_cause_chained(api: Api) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    client = api.client(refuse, max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        api.get(client, "run_1")
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "Connection refused" in str(caught.value)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    client = api.client(slow, max_retries=0)
    with pytest.raises(APITimeoutError, match="timed out"):
        api.get(client, "run_1")


def test_everything_raised_is_a_retab_error(api: Api) -> None:
    def explode(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    client = api.client(explode, max_retries=0)
    with pytest.raises(RetabError):
        api.get(client, "run_1")
