"""The operations the hand-written client leaves to the generated one, against the embedded server over real HTTP.

rerun-webhook, rerun-api-call, simulate, simulations and the exports are reachable through
``retab_runs_client.api.workflow_runs.<operationId>`` (README): each answers its typed model,
sync and async, and the server sees each request once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from retab_runs.testing import RunningServer, retab_server_running
from retab_runs_client import AuthenticatedClient
from retab_runs_client.api.workflow_runs import (
    export_workflow_runs,
    export_workflow_runs_file,
    get_workflow_export_payload,
    get_workflow_export_scope,
    list_node_simulations,
    rerun_api_call,
    rerun_webhook,
    simulate_node,
)
from retab_runs_client.models import (
    NodeSimulation,
    RerunApiCallResponse,
    RerunWebhookResponse,
    WorkflowExportFileRequest,
    WorkflowExportPayloadRequest,
    WorkflowExportPayloadResponse,
    WorkflowExportScopeRequest,
    WorkflowExportScopeResponse,
)

RUN, NODE, WORKFLOW = "run_abc123xyz", "extract-node-1", "wf_abc123xyz"
RUNS = "/v1/workflows/runs"
EXPORT = {"workflow_id": WORKFLOW, "node_id": NODE}

# operation module, positional arguments, keyword arguments, the route the server counts, what the answer is
CASES: list[tuple[Any, tuple[Any, ...], dict[str, Any], tuple[str, str], Callable[[object], bool]]] = [
    (rerun_webhook, (RUN,), {}, ("POST", RUNS + "/{run_id}/rerun-webhook"),
     lambda parsed: isinstance(parsed, RerunWebhookResponse)),
    (rerun_api_call, (RUN, NODE), {}, ("POST", RUNS + "/{run_id}/steps/{node_id}/rerun-api-call"),
     lambda parsed: isinstance(parsed, RerunApiCallResponse)),
    (simulate_node, (RUN, NODE), {"n_consensus": 1}, ("POST", RUNS + "/{run_id}/steps/{node_id}/simulate"),
     lambda parsed: isinstance(parsed, NodeSimulation) and parsed.node_id == NODE),
    (list_node_simulations, (RUN, NODE), {"limit": 5}, ("GET", RUNS + "/{run_id}/steps/{node_id}/simulations"),
     lambda parsed: isinstance(parsed, list) and all(isinstance(item, NodeSimulation) for item in parsed)),
    (export_workflow_runs, (), {"workflow_id": WORKFLOW}, ("GET", RUNS + "/export"),
     lambda parsed: isinstance(parsed, list) and RUN in [row["id"] for row in parsed]),
    (get_workflow_export_payload, (), {"body": WorkflowExportPayloadRequest.from_dict(EXPORT)},
     ("POST", RUNS + "/export_payload"),
     lambda parsed: isinstance(parsed, WorkflowExportPayloadResponse) and RUN in parsed.csv_data),
    (export_workflow_runs_file, (), {"body": WorkflowExportFileRequest.from_dict({**EXPORT, "format": "csv"})},
     ("POST", RUNS + "/export_file"), lambda parsed: isinstance(parsed, dict) and "filename" in parsed),
    (get_workflow_export_scope, (), {"body": WorkflowExportScopeRequest.from_dict(EXPORT)},
     ("POST", RUNS + "/export_scope"),
     lambda parsed: isinstance(parsed, WorkflowExportScopeResponse) and parsed.run_count >= 1),
]  # fmt: skip


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with retab_server_running() as running:
        yield running


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("module", "args", "kwargs", "route", "fits"), CASES, ids=[c[0].__name__ for c in CASES])
def test_each_generated_only_operation_answers_its_model_over_http(
    server: RunningServer,
    mode: str,
    module: Any,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    route: tuple[str, str],
    fits: Callable[[object], bool],
) -> None:
    seen = server.store.requests[route]
    with AuthenticatedClient(base_url=server.base_url, token=server.api_key) as api:
        if mode == "sync":
            response = module.sync_detailed(*args, client=api, **kwargs)
        else:

            async def call() -> Any:
                async with AuthenticatedClient(base_url=server.base_url, token=server.api_key) as aapi:
                    return await module.asyncio_detailed(*args, client=aapi, **kwargs)

            response = asyncio.run(call())
    assert response.status_code == 200, response.content[:500]
    assert fits(response.parsed), response.parsed
    assert server.store.requests[route] == seen + 1


def test_without_a_key_each_is_refused_with_401(server: RunningServer) -> None:
    with AuthenticatedClient(base_url=server.base_url, token="sk-wrong") as anonymous:
        for module, args, kwargs, _, _ in CASES:
            assert module.sync_detailed(*args, client=anonymous, **kwargs).status_code == 401, module.__name__
