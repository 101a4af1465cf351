"""Each API operation of the hand-written client, described once.

An ``Operation`` names its generated endpoint (``retab_runs_client.api.workflow_runs.<endpoint>``,
whose ``_get_kwargs`` owns the method, the path with its parameters escaped, the query
defaults and the JSON body), the parser of its answer and its retry rule. The builders
below turn a method's arguments into ``RequestOptions`` for the client's one request path;
``Runs``, ``AsyncRuns`` and their ``with_raw_response`` twins all call the same builder.
"""

from __future__ import annotations

import datetime
import enum
import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar, cast

from ._checker import short
from ._commands import command_id
from ._documents import mime_data_inputs
from ._exceptions import ConfigurationError, RunMismatchError, describe_request
from ._exchange import parse_run, request_credentials
from ._options import CallOptions, RequestOptions
from ._pagination import parse_run_page
from ._parsers import Parser, model_parser, parse_nothing
from ._redact import mask_values
from ._retries import RetryRule

if TYPE_CHECKING:
    import httpx

    from retab_runs_client.models import (
        CancelWorkflowResponse,
        DocumentSignedUrlResponse,
        PublishedWorkflowConfig,
        ResumeWorkflowResponse,
        RunCounts,
        RunStatusFilter,
        SortOrder,
        StepOutputResponse,
        StepOutputsBatchResponse,
        TriggerType,
        WorkflowRun,
        WorkflowRunExecutionOrderResponse,
    )
    from retab_runs_client.models.run_status_filter import RunStatusFilterValue
    from retab_runs_client.models.sort_order import SortOrderValue
    from retab_runs_client.models.trigger_type import TriggerTypeValue

    # The list's typed parameters, from the spec's enums (generated): a member or its text.
    StatusFilter: TypeAlias = "RunStatusFilter | RunStatusFilterValue"
    TriggerFilter: TypeAlias = "TriggerType | TriggerTypeValue"
    Order: TypeAlias = "SortOrder | SortOrderValue"

__all__ = [
    "Call",
    "Operation",
    "cancel",
    "comma_list",
    "config",
    "counts",
    "create",
    "delete",
    "delete_all",
    "document_url",
    "execution_order",
    "list_query",
    "list_runs",
    "query_value",
    "require_id",
    "restart",
    "resume",
    "step",
    "steps",
]

T = TypeVar("T")
Call: TypeAlias = "tuple[RequestOptions, Parser[T]]"
"""What the client's ``_request`` takes: the request, and the parser of its answer."""


def require_id(name: str, value: object) -> str:
    """``value`` when it is a non-blank string (a run, node or workflow id). Raises ConfigurationError."""
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{name} must be a non-blank string, not {short(value)}")
    return value


def query_value(value: object) -> str:
    """One query parameter as the API reads it: enums by value, booleans in lower case, lists comma-separated."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ",".join(query_value(item) for item in value)
    return str(value)


def comma_list(values: str | Sequence[str] | None) -> str | None:
    """A list filter (``statuses``, ``trigger_types``) as one comma-separated value; a string as it is."""
    if values is None or isinstance(values, str):
        return values
    return query_value(list(values))


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One operation: its generated endpoint, the parser of its answer, its retry rule, its body model."""

    endpoint: str
    parse: Parser[T]
    retry: RetryRule = RetryRule.REPEATABLE
    body: str | None = None
    """The generated model (``retab_runs_client.models.<body>``) the JSON body must fit, if it has one."""

    def options(
        self,
        call: CallOptions,
        path: Mapping[str, object],
        query: Mapping[str, object] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> RequestOptions:
        """The request for these path parameters, query and body. Raises ConfigurationError before any I/O."""
        # Imported here: the endpoints load the models, which `import retab_runs` need not pay for.
        from retab_runs_client.errors import ModelParseError

        module = importlib.import_module(f"retab_runs_client.api.workflow_runs.{self.endpoint}")
        arguments: dict[str, Any] = {name: require_id(name, value) for name, value in path.items()}
        if self.body is not None:
            model = getattr(importlib.import_module("retab_runs_client.models"), self.body)
            try:
                arguments["body"] = model.from_dict(dict(body or {}))
            except ModelParseError as exc:
                raise ConfigurationError(f"the request does not fit {self.body}: {exc}") from exc
        kwargs = module._get_kwargs(**arguments)
        params = {key: query_value(value) for key, value in kwargs.get("params", {}).items()}
        for key, value in (query or {}).items():
            if value is not None:
                params[key] = query_value(value)
        return RequestOptions(
            str(kwargs["method"]).upper(), kwargs["url"], params, kwargs.get("json"), self.retry, **call
        )


def same_run(parse: Parser[T], run_id: str, run_of: Callable[[T], object]) -> Parser[T]:
    """``parse``, refusing an answer whose run (``run_of(result)``) is not ``run_id``.

    A cache or proxy that mixes answers up would otherwise hand back another run, and a
    wait would end on that run's status. Raises RunMismatchError naming both ids.
    """

    def checked(response: httpx.Response) -> T:
        result = parse(response)
        received = getattr(run_of(result), "id", None)
        if received != run_id:
            where = describe_request(response.request)
            text = f"{where} answered run {short(received)}, not {short(run_id)}: the answer is refused"
            text = mask_values(text, request_credentials(response.request))
            raise RunMismatchError(text, response=response, expected_id=run_id, received_id=str(received))
        return result

    checked.__qualname__ = checked.__name__ = f"{getattr(parse, '__name__', 'parse')}_of_{run_id}"
    return checked


def run_parser(run_id: str) -> Parser[WorkflowRun]:
    """The parser of ``GET /v1/workflows/runs/{run_id}``: the run, which must be ``run_id``."""
    return same_run(parse_run, run_id, lambda run: run)


def parse_step_outputs(response: httpx.Response) -> dict[str, StepOutputResponse]:
    """The ``outputs`` of a ``StepOutputsBatchResponse``: step outputs by node id (missing steps left out)."""
    data = cast("StepOutputsBatchResponse", model_parser("StepOutputsBatchResponse")(response))
    return dict(data.outputs)


GET = Operation("get_workflow_run", parse_run)
CREATE = Operation("run_workflow", parse_run, RetryRule.UNSENT_ONLY, body="RunWorkflowRequest")
LIST = Operation("list_workflow_runs", parse_run_page)
COUNTS = Operation("get_workflow_run_counts", model_parser("RunCounts"))
DELETE = Operation("delete_workflow_run", parse_nothing)
DELETE_ALL = Operation("delete_workflow_runs", parse_nothing)
CANCEL = Operation(
    "cancel_workflow_run", model_parser("CancelWorkflowResponse"), RetryRule.COMMAND, body="CancelWorkflowRequest"
)
RESTART = Operation("restart_workflow_run", parse_run, RetryRule.COMMAND, body="RestartWorkflowRequest")
RESUME = Operation(
    "resume_workflow_run", model_parser("ResumeWorkflowResponse"), RetryRule.COMMAND, body="ResumeWorkflowRequest"
)
STEP = Operation("get_step_output", model_parser("StepOutputResponse"))
STEPS = Operation("get_step_outputs_batch", parse_step_outputs, body="StepOutputsBatchRequest")
EXECUTION_ORDER = Operation("get_workflow_run_execution_order", model_parser("WorkflowRunExecutionOrderResponse"))
CONFIG = Operation("get_workflow_run_config", model_parser("PublishedWorkflowConfig"))
DOCUMENT_URL = Operation("get_run_document", model_parser("DocumentSignedUrlResponse"))


def create(
    workflow_id: str,
    documents: Mapping[str, object] | None,
    json_inputs: Mapping[str, Mapping[str, Any]] | None,
    text_inputs: Mapping[str, str] | None,
    call: CallOptions,
) -> Call[WorkflowRun]:
    body: dict[str, Any] = {}
    encoded = mime_data_inputs(documents)
    if encoded is not None:
        body["documents"] = encoded
    if json_inputs is not None:
        if not isinstance(json_inputs, Mapping) or not all(isinstance(v, Mapping) for v in json_inputs.values()):
            raise ConfigurationError("json_inputs must map start_json node ids to JSON objects (dicts)")
        body["json_inputs"] = {str(k): dict(v) for k, v in json_inputs.items()}
    if text_inputs is not None:
        if not isinstance(text_inputs, Mapping):
            raise ConfigurationError("text_inputs must map start_text node ids to strings")
        body["text_inputs"] = dict(text_inputs)
    return CREATE.options(call, {"workflow_id": workflow_id}, body=body), CREATE.parse


def list_query(
    *,
    statuses: str | Sequence[StatusFilter] | None,
    trigger_types: str | Sequence[TriggerFilter] | None,
    **filters: object,
) -> dict[str, object]:
    """The query of a list call: the list filters comma-separated, the rest as given (None: left out)."""
    return {**filters, "statuses": comma_list(statuses), "trigger_types": comma_list(trigger_types)}


def list_runs(query: Mapping[str, object], call: CallOptions) -> RequestOptions:
    limit = query.get("limit")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 100:
        raise ConfigurationError(f"limit must be a whole number from 1 to 100, not {short(limit)}")
    return LIST.options(call, {}, query)


def counts(workflow_id: str | None, call: CallOptions) -> Call[RunCounts]:
    return COUNTS.options(call, {}, {"workflow_id": workflow_id}), COUNTS.parse


def delete(run_id: str, call: CallOptions) -> Call[None]:
    return DELETE.options(call, {"run_id": run_id}), DELETE.parse


def delete_all(workflow_id: str, call: CallOptions) -> Call[None]:
    return DELETE_ALL.options(call, {"workflow_id": workflow_id}), DELETE_ALL.parse


def cancel(run_id: str, command: str | None, call: CallOptions) -> Call[CancelWorkflowResponse]:
    body = {"command_id": command_id(command)}
    options = CANCEL.options(call, {"run_id": run_id}, body=body)
    return options, same_run(CANCEL.parse, run_id, lambda answer: answer.run)


def restart(run_id: str, command: str | None, call: CallOptions) -> Call[WorkflowRun]:
    # Not same_run: a restart answers a new run (its own id) of the same workflow.
    body = {"command_id": command_id(command)}
    return RESTART.options(call, {"run_id": run_id}, body=body), RESTART.parse


def resume(
    run_id: str,
    node_id: str,
    approved: bool,
    modified_data: Mapping[str, Any] | None,
    command: str | None,
    call: CallOptions,
) -> Call[ResumeWorkflowResponse]:
    if not isinstance(approved, bool):
        raise ConfigurationError(f"approved must be True or False, not {short(approved)}")
    body: dict[str, Any] = {"command_id": command_id(command), "node_id": require_id("node_id", node_id)}
    body["approved"] = approved
    if modified_data is not None:
        body["modified_data"] = dict(modified_data)
    options = RESUME.options(call, {"run_id": run_id}, body=body)
    return options, same_run(RESUME.parse, run_id, lambda answer: answer.run)


def step(run_id: str, node_id: str, call: CallOptions) -> Call[StepOutputResponse]:
    return STEP.options(call, {"run_id": run_id, "node_id": node_id}), STEP.parse


def steps(run_id: str, node_ids: Sequence[str], call: CallOptions) -> Call[dict[str, StepOutputResponse]]:
    if isinstance(node_ids, str):
        raise ConfigurationError("node_ids must be a list of node ids, not one string")
    body = {"node_ids": [require_id("node_ids[]", node) for node in node_ids]}
    return STEPS.options(call, {"run_id": run_id}, body=body), STEPS.parse


def execution_order(run_id: str, call: CallOptions) -> Call[WorkflowRunExecutionOrderResponse]:
    return EXECUTION_ORDER.options(call, {"run_id": run_id}), EXECUTION_ORDER.parse


def config(run_id: str, call: CallOptions) -> Call[PublishedWorkflowConfig]:
    return CONFIG.options(call, {"run_id": run_id}), CONFIG.parse


def document_url(
    run_id: str,
    node_id: str,
    doc_type: str,
    subdocument: str | None,
    handle_id: str | None,
    call: CallOptions,
) -> Call[DocumentSignedUrlResponse]:
    query = {"doc_type": doc_type, "subdocument": subdocument, "handle_id": handle_id}
    return DOCUMENT_URL.options(call, {"run_id": run_id, "node_id": node_id}, query), DOCUMENT_URL.parse
