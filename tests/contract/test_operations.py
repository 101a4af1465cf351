"""Every operation of openapi.yaml, through its generated endpoint module, on a mock transport.

The operations, their parameters, defaults, bodies and answers are read from the spec, so a
new operation is checked without a test edit: the request has the spec's method and path
(each path parameter exactly one segment), the query holds the spec's defaults and nothing
else unless given (``access_token`` included), the body is the request model's JSON, and the
answer parses into the response model and back to the same JSON.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, quote

import httpx
import pytest

import retab_runs_client.models as attrs_models
from retab_runs_client import AuthenticatedClient
from retab_runs_client.api import workflow_runs
from tests.spec import spec
from tests.specfacts import complete_example, ref_name, sample

METHODS = ("get", "put", "post", "delete", "patch")
OPERATIONS = [
    (method, path, operation)
    for path, item in spec()["paths"].items()
    for method, operation in item.items()
    if method in METHODS
]
IDS = [str(op["operationId"]) for _, _, op in OPERATIONS]
# Nothing a path segment may hold unescaped: a slash, dot-segments, query and fragment marks, a percent.
HOSTILE = "../a b/?x=1#f%2F"


def module(operation: dict[str, Any]) -> ModuleType:
    return importlib.import_module(f"{workflow_runs.__name__}.{operation['operationId']}")


def body_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    body = operation.get("requestBody")
    return body["content"]["application/json"]["schema"] if body else None


def success(operation: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
    """The 2xx status and its JSON schema (None for an answer without a body)."""
    [(code, response)] = [(c, r) for c, r in operation["responses"].items() if c.startswith("2")]
    content = response.get("content", {}).get("application/json")
    return int(code), (content["schema"] if content else None)


def answer(operation: dict[str, Any]) -> tuple[int, Any]:
    """The success status and a body the spec allows for it (None: no body)."""
    status, schema = success(operation)
    return status, (sample(schema) if schema is not None else None)


def recorder(operation: dict[str, Any]) -> tuple[AuthenticatedClient, list[httpx.Request]]:
    """A client whose transport records each request and gives the operation's success answer."""
    status, body = answer(operation)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if body is None:
            return httpx.Response(status)
        return httpx.Response(status, content=json.dumps(body).encode(), headers={"content-type": "application/json"})

    transport = httpx.MockTransport(handler)
    client = AuthenticatedClient(base_url="http://retab.test", token="sk-contract")
    client.set_httpx_client(httpx.Client(base_url="http://retab.test", transport=transport))
    client.set_async_httpx_client(httpx.AsyncClient(base_url="http://retab.test", transport=transport))
    return client, seen


def arguments(operation: dict[str, Any], *, with_body: bool = True) -> tuple[list[str], dict[str, Any]]:
    """Positional path values (hostile), required query values, and the body model when there is one."""
    params = operation.get("parameters", [])
    positional = [HOSTILE for p in params if p["in"] == "path"]
    keywords: dict[str, Any] = {p["name"]: sample(p["schema"]) for p in params if p["in"] == "query" and p["required"]}
    schema = body_schema(operation)
    if schema is not None and with_body:
        keywords["body"] = getattr(attrs_models, ref_name(schema)).from_dict(complete_example(ref_name(schema)))
    return positional, keywords


def expected_query(operation: dict[str, Any]) -> dict[str, str]:
    """What the query holds when only the required parameters are given: those, and every default."""
    query = {}
    for p in operation.get("parameters", []):
        if p["in"] != "query":
            continue
        if p["required"]:
            query[p["name"]] = str(sample(p["schema"]))
        elif "default" in p["schema"]:
            query[p["name"]] = str(p["schema"]["default"])
    return query


def test_every_operation_has_its_module_and_nothing_else_is_generated() -> None:
    generated = {name for name in dir(workflow_runs) if not name.startswith("_")}
    modules = {m.name for m in __import__("pkgutil").iter_modules(workflow_runs.__path__)}
    assert len(IDS) == len(set(IDS)), "two operations share an operationId"
    assert modules == set(IDS), f"only in the spec: {set(IDS) - modules}; only generated: {modules - set(IDS)}"
    assert generated <= modules | {"annotations"}


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=IDS)
def test_the_request_is_the_spec_s(method: str, path: str, operation: dict[str, Any]) -> None:
    client, seen = recorder(operation)
    positional, keywords = arguments(operation)
    module(operation).sync_detailed(*positional, client=client, **keywords)
    [request] = seen
    assert request.method == method.upper()
    segment = quote(HOSTILE, safe="")
    expected_path = path
    for p in operation.get("parameters", []):
        if p["in"] == "path":
            expected_path = expected_path.replace("{" + p["name"] + "}", segment)
    assert request.url.raw_path.split(b"?")[0] == expected_path.encode()
    assert dict(parse_qsl(request.url.query.decode(), keep_blank_values=True)) == expected_query(operation)
    if "body" in keywords:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == complete_example(ref_name(body_schema(operation) or {}))
    else:
        assert request.content == b""


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=IDS)
def test_access_token_is_optional_and_sent_when_given(method: str, path: str, operation: dict[str, Any]) -> None:
    tokens = [p for p in operation.get("parameters", []) if p["name"] == "access_token"]
    if not tokens:  # an operation the spec gives no access_token: its function must not take one
        assert "access_token" not in inspect.signature(module(operation).sync_detailed).parameters
        return
    [token] = tokens
    assert token["in"] == "query" and token["required"] is False, f"{operation['operationId']}: access_token"
    client, seen = recorder(operation)
    positional, keywords = arguments(operation)
    module(operation).sync_detailed(*positional, client=client, access_token="tok_1", **keywords)
    assert dict(parse_qsl(seen[0].url.query.decode()))["access_token"] == "tok_1"


OPTIONAL_BODIES = [(m, p, op) for m, p, op in OPERATIONS if "requestBody" in op and not op["requestBody"]["required"]]


@pytest.mark.parametrize(
    ("method", "path", "operation"), OPTIONAL_BODIES, ids=[str(op["operationId"]) for _, _, op in OPTIONAL_BODIES]
)
def test_an_optional_body_left_out_sends_no_body_and_no_content_type(
    method: str, path: str, operation: dict[str, Any]
) -> None:
    client, seen = recorder(operation)
    positional, keywords = arguments(operation, with_body=False)
    module(operation).sync_detailed(*positional, client=client, **keywords)
    assert seen[0].content == b"" and "content-type" not in seen[0].headers


def test_cancel_restart_and_resume_carry_the_command_id_in_their_body() -> None:
    for name in ("CancelWorkflowRequest", "RestartWorkflowRequest", "ResumeWorkflowRequest"):
        assert "command_id" in spec()["components"]["schemas"][name]["properties"], name
    request = attrs_models.ResumeWorkflowRequest(node_id="hil-1", approved=True, command_id="cmd-1")
    assert request.to_dict() == {"command_id": "cmd-1", "node_id": "hil-1", "approved": True}
    assert attrs_models.ResumeWorkflowRequest(node_id="hil-1", approved=False).to_dict() == {
        "node_id": "hil-1",
        "approved": False,
    }
    assert attrs_models.CancelWorkflowRequest().to_dict() == {}
    assert attrs_models.RestartWorkflowRequest(command_id="cmd-2").to_dict() == {"command_id": "cmd-2"}


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=IDS)
def test_the_answer_parses_into_the_spec_s_model(method: str, path: str, operation: dict[str, Any]) -> None:
    status, schema = success(operation)
    _, body = answer(operation)
    client, _ = recorder(operation)
    positional, keywords = arguments(operation)
    response = module(operation).sync_detailed(*positional, client=client, **keywords)
    assert response.status_code == status
    parsed = response.parsed
    if schema is None:
        assert parsed is None
    elif "$ref" in schema:
        assert type(parsed).__name__ == ref_name(schema) and parsed.to_dict() == body
    elif schema.get("type") == "array":
        assert [item.to_dict() for item in parsed] == body
        assert {type(item).__name__ for item in parsed} == {ref_name(schema["items"])}
    else:
        assert parsed == body  # free-form: the JSON as it came
    again = asyncio.run(module(operation).asyncio_detailed(*positional, client=client, **keywords))
    assert again.status_code == status and again.content == response.content
