"""The generated endpoint functions (retab_runs_client.api), on a mock transport."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from retab_runs_client import AuthenticatedClient
from retab_runs_client.api.workflow_runs import get_workflow_run
from retab_runs_client.errors import ModelParseError
from retab_runs_client.models import ErrorResponse, HTTPValidationError, WorkflowRun
from tests.payloads import seed_run

seen: list[httpx.Request] = []


def client_answering(status: int, content: bytes, content_type: str = "application/json") -> AuthenticatedClient:
    seen.clear()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    transport = httpx.MockTransport(handler)
    client = AuthenticatedClient(base_url="http://retab.test", token="sk-generated")
    client.set_httpx_client(
        httpx.Client(base_url="http://retab.test", transport=transport, headers={"Api-Key": "sk-generated"})
    )
    client.set_async_httpx_client(
        httpx.AsyncClient(base_url="http://retab.test", transport=transport, headers={"Api-Key": "sk-generated"})
    )
    return client


def test_a_run_is_parsed_and_the_path_is_one_segment() -> None:
    client = client_answering(200, json.dumps(seed_run()).encode())
    response = get_workflow_run.sync_detailed("../run", client=client, access_token="tok")
    assert isinstance(response.parsed, WorkflowRun) and response.parsed.to_dict() == seed_run()
    assert seen[0].url.raw_path == b"/v1/workflows/runs/..%2Frun?access_token=tok"
    assert seen[0].headers["Api-Key"] == "sk-generated"
    assert asyncio.run(get_workflow_run.asyncio("run_abc123xyz", client=client)) == response.parsed


def test_the_generated_client_defaults_to_the_api_key_header_and_a_finite_timeout() -> None:
    client = AuthenticatedClient(base_url="http://retab.test", token="sk-generated")
    http = client.get_httpx_client()
    assert http.headers["Api-Key"] == "sk-generated" and "authorization" not in http.headers
    assert http.timeout.read == 30.0 and http.timeout.connect == 5.0
    assert "sk-generated" not in repr(client)


@pytest.mark.parametrize(
    ("status", "content", "parsed_type"),
    [(404, b'{"detail": "Workflow run not found"}', ErrorResponse), (422, b'{"detail": []}', HTTPValidationError)],
)
def test_error_bodies_are_typed(status: int, content: bytes, parsed_type: type) -> None:
    response = get_workflow_run.sync_detailed("run_x", client=client_answering(status, content))
    assert isinstance(response.parsed, parsed_type) and response.status_code == status


def test_an_html_error_page_gives_none_not_a_json_error() -> None:
    response = get_workflow_run.sync_detailed(
        "run_x", client=client_answering(502, b"<html>Bad Gateway</html>", "text/html")
    )
    assert response.parsed is None and response.status_code == 502 and response.content == b"<html>Bad Gateway</html>"


@pytest.mark.parametrize(("content", "message"), [(b"<html>ok</html>", "is not JSON"), (b"[]", "should be an object")])
def test_a_success_that_is_not_a_run_is_a_model_parse_error(content: bytes, message: str) -> None:
    with pytest.raises(ModelParseError, match=message):
        get_workflow_run.sync("run_x", client=client_answering(200, content))
