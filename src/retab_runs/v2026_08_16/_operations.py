"""Each operation of today's API (2026-08-16), described once for the sync and async resources.

A builder turns a method's arguments into ``RequestOptions`` through the generated endpoint
(``retab_runs_client.v2026_08_16.api.workflow_runs.<endpoint>``, whose ``_get_kwargs`` owns
the method, the path with its parameters escaped and the query defaults) and names the parser
of the answer; the client's one request path (shared with the seed's contract) sends it.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from .._checker import short
from .._commands import command_id
from .._exceptions import ConfigurationError
from .._exchange import invalid_body
from .._operations import query_value, require_id
from .._options import CallOptions, RequestOptions
from .._pagination import ListMetadata, checked_page_frame, strict_page_of
from .._parsers import Parser, model_parser, problem_of
from .._retries import RetryRule
from ._documents import document_urls

if TYPE_CHECKING:
    import httpx

    from retab_runs_client.v2026_08_16.models import (
        CancelWorkflowResponse,
        WorkflowExportPayloadResponse,
        WorkflowRun,
        WorkflowStep,
    )

__all__ = [
    "cancel",
    "create",
    "delete",
    "export",
    "get",
    "list_runs",
    "list_steps",
    "parse_run",
    "parse_run_page",
    "parse_step_page",
    "step",
]

T = TypeVar("T")
Call: TypeAlias = "tuple[RequestOptions, Parser[T]]"
_PACKAGE = "retab_runs_client.v2026_08_16"


def _options(
    endpoint: str,
    call: CallOptions,
    path: Mapping[str, object],
    query: Mapping[str, object] | None = None,
    body: tuple[str, Mapping[str, Any]] | None = None,
    retry: RetryRule = RetryRule.REPEATABLE,
) -> RequestOptions:
    """The request of one generated endpoint. Raises ConfigurationError before any I/O."""
    from retab_runs_client.v2026_08_16.errors import ModelParseError

    if call.get("access_token") is not None:
        raise ConfigurationError("access_token is not part of the 2026-08-16 API: it authenticates with the API key")
    module = importlib.import_module(f"{_PACKAGE}.api.workflow_runs.{endpoint}")
    arguments: dict[str, Any] = {name: require_id(name, value) for name, value in path.items()}
    if body is not None:
        name, content = body
        model = getattr(importlib.import_module(f"{_PACKAGE}.models"), name)
        try:
            arguments["body"] = model.from_dict(dict(content))
        except ModelParseError as exc:
            raise ConfigurationError(f"the request does not fit {name}: {exc.path or 'body'} {exc.problem}") from exc
    kwargs = module._get_kwargs(**arguments)
    params = {key: query_value(value) for key, value in kwargs.get("params", {}).items()}
    for key, value in (query or {}).items():
        if value is not None:
            params[key] = query_value(value)
    return RequestOptions(str(kwargs["method"]).upper(), kwargs["url"], params, kwargs.get("json"), retry, **call)


def _model(name: str) -> Any:
    return getattr(importlib.import_module(f"{_PACKAGE}.models"), name)


def _parser(name: str) -> Parser[Any]:
    return model_parser(name, _PACKAGE, "2026-08-16 ")


parse_run: Parser[WorkflowRun] = _parser("WorkflowRun")
parse_step: Parser[WorkflowStep] = _parser("WorkflowStep")
parse_cancel: Parser[CancelWorkflowResponse] = _parser("CancelWorkflowResponse")
parse_export: Parser[WorkflowExportPayloadResponse] = _parser("WorkflowExportPayloadResponse")


def _page_parser(name: str, what: str) -> Any:
    """The parser of a ``<name>List`` page: its items and cursors, by the strict fast path, else by the
    list model in one pass. Raises PaginationError for a page far beyond the limit asked for (before
    any item is built), ResponseValidationError for one that does not fit."""

    def parse(response: httpx.Response) -> tuple[list[Any], ListMetadata]:
        from retab_runs_client.v2026_08_16.errors import ModelParseError
        from retab_runs_client.v2026_08_16.types import gc_paused

        strict = strict_page_of(_PACKAGE, name, response)
        if strict is not None:
            return strict
        body, cursors = checked_page_frame(response, what)
        try:
            with gc_paused(len(response.content)):
                page = _model(f"{name}List")._from_dict(body, _own=True)
        except ModelParseError as exc:
            raise invalid_body(response, f"has an item that does not fit the 2026-08-16 {name} contract",
                               [problem_of(exc)]) from exc  # fmt: skip
        return list(page.data), cursors

    parse.__qualname__ = parse.__name__ = f"parse_{name}_page"
    return parse


def _nothing(response: httpx.Response) -> None:
    return None


parse_run_page = _page_parser("WorkflowRun", "runs")
parse_step_page = _page_parser("WorkflowStep", "steps")


def get(run_id: str, call: CallOptions) -> Call[WorkflowRun]:
    return _options("get_workflow_run", call, {"run_id": run_id}), parse_run


def create(
    workflow_id: str,
    documents: Mapping[str, object] | None,
    json_inputs: Mapping[str, Mapping[str, Any]] | None,
    version: str | None,
    metadata: Mapping[str, str] | None,
    call: CallOptions,
) -> Call[WorkflowRun]:
    body: dict[str, Any] = {"workflow_id": require_id("workflow_id", workflow_id)}
    encoded = document_urls(documents)
    if encoded is not None:
        body["documents"] = encoded
    if json_inputs is not None:
        if not isinstance(json_inputs, Mapping) or not all(isinstance(v, Mapping) for v in json_inputs.values()):
            raise ConfigurationError("json_inputs must map start_json block ids to JSON objects (dicts)")
        body["json_inputs"] = {str(k): dict(v) for k, v in json_inputs.items()}
    if version is not None:
        body["version"] = require_id("version", version)
    if metadata is not None:
        if not isinstance(metadata, Mapping) or not all(isinstance(v, str) for v in metadata.values()):
            raise ConfigurationError("metadata must map names to strings")
        body["metadata"] = {str(k): v for k, v in metadata.items()}
    options = _options("create_workflow_run", call, {}, body=("CreateWorkflowRunRequest", body),
                       retry=RetryRule.UNSENT_ONLY)  # fmt: skip
    return options, parse_run


def list_runs(query: Mapping[str, object], call: CallOptions) -> RequestOptions:
    limit = query.get("limit")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 100:
        raise ConfigurationError(f"limit must be a whole number from 1 to 100, not {short(limit)}")
    return _options("list_workflow_runs", call, {}, query)


def delete(run_id: str, call: CallOptions) -> Call[None]:
    return _options("delete_workflow_run", call, {"run_id": run_id}), _nothing


def cancel(run_id: str, command: str | None, call: CallOptions) -> Call[CancelWorkflowResponse]:
    body = {"command_id": command_id(command)}
    options = _options("cancel_workflow_run", call, {"run_id": run_id}, body=("CancelWorkflowRequest", body),
                       retry=RetryRule.COMMAND)  # fmt: skip
    return options, parse_cancel


def export(body: Mapping[str, Any], call: CallOptions) -> Call[WorkflowExportPayloadResponse]:
    require_id("workflow_id", body.get("workflow_id"))
    require_id("block_id", body.get("block_id"))
    content = {key: value for key, value in body.items() if value is not None}
    options = _options("get_workflow_export_payload", call, {}, body=("WorkflowExportPayloadRequest", content))
    return options, parse_export


def list_steps(query: Mapping[str, object], call: CallOptions) -> RequestOptions:
    limit = query.get("limit")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 1000:
        raise ConfigurationError(f"limit must be a whole number from 1 to 1000, not {short(limit)}")
    for name in ("block_type", "status"):
        value = query.get(name)
        if value is not None and not isinstance(value, str):
            raise ConfigurationError(f"{name} must be one value (a string), not {short(value)}")
    return _options("list_workflow_run_steps", call, {}, query)


def step(step_id: str, run_id: str | None, call: CallOptions) -> Call[WorkflowStep]:
    query = {"run_id": require_id("run_id", run_id) if run_id is not None else None}
    return _options("get_workflow_step", call, {"step_id": step_id}, query), parse_step
