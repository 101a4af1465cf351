"""Every operation of openapi-2026-08-16.yaml, through its generated endpoint module, on a mock transport.

Read from the spec: each operation has its module and nothing else is generated; the request
has the spec's method and path (a path parameter is one escaped segment), sends
``Authorization: Bearer`` and never ``Api-Key``; the answers that carry a run parse into the
spec's model and back to the same JSON.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import yaml

from retab_runs_client.v2026_08_16 import AuthenticatedClient
from retab_runs_client.v2026_08_16.api import workflow_runs
from tests.spec import ROOT

SPEC: dict[str, Any] = yaml.safe_load((ROOT / "openapi-2026-08-16.yaml").read_text(encoding="utf-8"))
OPERATIONS = [
    (method, path, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in ("get", "put", "post", "delete", "patch")
]
IDS = [str(op["operationId"]) for _, _, op in OPERATIONS]
HOSTILE = "../a b/?x=1#f%2F"
RUN = {
    "id": "run_1",
    "workflow_id": "wf_1",
    "workflow_version_id": "ver_1",
    "trigger": {"type": "api"},
    "lifecycle": {"status": "running"},
    "timing": {"created_at": "2026-08-16T10:00:00Z", "started_at": "2026-08-16T10:00:01Z"},
    "inputs": {"documents": {}, "json_data": {}},
    "metadata": {"tenant": "acme"},
}
STEP = {
    "block_id": "b1",
    "step_id": "s1",
    "block_type": "extract",
    "block_label": "Extract",
    "lifecycle": {"status": "completed"},
    "run_id": "run_1",
}
# A body of each model an operation answers with, and the body of a request.
BODIES: dict[str, Any] = {
    "WorkflowRun": RUN,
    "WorkflowRunList": {"data": [RUN], "list_metadata": {"before": None, "after": "run_1"}},
    "CancelWorkflowResponse": {
        "run": {**RUN, "lifecycle": {"status": "cancelled"}},
        "cancellation_status": "cancelled",
    },
    "WorkflowStep": STEP,
    "WorkflowStepList": {"data": [STEP], "list_metadata": {"before": None, "after": None}},
    "WorkflowExportPayloadResponse": {"csv_data": "a;b", "rows": 1, "columns": 2},
    "CreateWorkflowRunRequest": {"workflow_id": "wf_1", "version": "production"},
    "WorkflowExportPayloadRequest": {"workflow_id": "wf_1", "block_id": "b1"},
    "CancelWorkflowRequest": {"command_id": "cmd_1"},
}


def success(operation: dict[str, Any]) -> tuple[int, str | None]:
    [(code, response)] = [(c, r) for c, r in operation["responses"].items() if c.startswith("2")]
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    return int(code), (schema["$ref"].rsplit("/", 1)[-1] if schema else None)


def test_every_operation_has_its_module_and_nothing_else_is_generated() -> None:
    modules = {m.name for m in pkgutil.iter_modules(workflow_runs.__path__)}
    assert modules == set(IDS) and len(IDS) == len(set(IDS)) == 8


@pytest.mark.parametrize(("method", "path", "operation"), OPERATIONS, ids=IDS)
def test_the_request_is_the_spec_s_with_bearer_and_the_answer_parses(
    method: str, path: str, operation: dict[str, Any]
) -> None:
    models = importlib.import_module("retab_runs_client.v2026_08_16.models")
    status, answer_model = success(operation)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if answer_model is None:
            return httpx.Response(status)
        body = json.dumps(BODIES[answer_model]).encode()
        return httpx.Response(status, content=body, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(handler)
    client = AuthenticatedClient(base_url="http://retab.test", token="sk-contract", httpx_args={"transport": transport})
    params = operation.get("parameters", [])
    positional = [HOSTILE for p in params if p["in"] == "path"]
    keywords: dict[str, Any] = {p["name"]: "x" for p in params if p["in"] == "query" and p.get("required")}
    body = operation.get("requestBody")
    if body is not None:
        name = body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        keywords["body"] = getattr(models, name).from_dict(BODIES[name])
    module = importlib.import_module(f"{workflow_runs.__name__}.{operation['operationId']}")
    response = module.sync_detailed(*positional, client=client, **keywords)
    [request] = seen
    assert request.method == method.upper()
    expected = path
    for p in params:
        if p["in"] == "path":
            expected = expected.replace("{" + p["name"] + "}", quote(HOSTILE, safe=""))
    assert request.url.raw_path.split(b"?")[0] == expected.encode()
    assert request.headers["authorization"] == "Bearer sk-contract" and "api-key" not in request.headers
    assert response.status_code == status
    if answer_model is not None:
        parsed = response.parsed
        assert type(parsed).__name__ == answer_model
        assert parsed.to_dict() == BODIES[answer_model]
