"""Pydantic models of the Retab workflow-run record. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, Any

from pydantic import MISSING, BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr

from retab_runs_schema.types import DateTime, Integer


class RunStatus(str, Enum):
    """
    Life-cycle state of a run. `completed`, `error` and `cancelled` are final;
    `waiting_for_human` is a pause, not an end.

    """

    PENDING = "pending"
    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    ERROR = "error"
    WAITING_FOR_HUMAN = "waiting_for_human"
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class StepStatus(str, Enum):
    """
    State of one step. `skipped` marks nodes on branches that received no data.
    """

    PENDING = "pending"
    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    SKIPPED = "skipped"
    ERROR = "error"
    WAITING_FOR_HUMAN = "waiting_for_human"
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class ExecutionPhase(str, Enum):
    """
    Dispatch progress of a run: created, dispatching, started, running.
    """

    CREATED = "created"
    DISPATCHING = "dispatching"
    STARTED = "started"
    RUNNING = "running"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class TriggerType(str, Enum):
    """
    What started a run.
    """

    MANUAL = "manual"
    API = "api"
    SCHEDULE = "schedule"
    WEBHOOK = "webhook"
    EMAIL = "email"
    RESTART = "restart"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class ErrorStage(str, Enum):
    """
    The stage of execution in which a failure happened.
    """

    INPUT_COLLECTION = "input_collection"
    REGISTRY_LOOKUP = "registry_lookup"
    EXECUTION = "execution"
    OUTPUT_STORAGE = "output_storage"
    ROUTING = "routing"
    HISTORY_PAYLOAD = "history_payload"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class ErrorCategory(str, Enum):
    """
    Kind of failure, which decides whether retrying can help.
    """

    TRANSIENT = "transient"
    PERMANENT = "permanent"
    QUOTA = "quota"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class NodeType(str, Enum):
    """
    Kind of workflow node a step executes.
    """

    START = "start"
    START_JSON = "start_json"
    START_TEXT = "start_text"
    END = "end"
    NOTE = "note"
    PARSE = "parse"
    EDIT = "edit"
    EXTRACT = "extract"
    SPLIT = "split"
    CLASSIFIER = "classifier"
    CONDITIONAL = "conditional"
    HIL = "hil"
    API_CALL = "api_call"
    FUNCTIONS = "functions"
    RESHAPE = "reshape"
    WHILE_LOOP = "while_loop"
    FOR_EACH = "for_each"
    MERGE_PDF = "merge_pdf"
    MERGE_DICTS = "merge_dicts"
    WHILE_LOOP_SENTINEL_START = "while_loop_sentinel_start"
    WHILE_LOOP_SENTINEL_END = "while_loop_sentinel_end"
    FOR_EACH_SENTINEL_START = "for_each_sentinel_start"
    FOR_EACH_SENTINEL_END = "for_each_sentinel_end"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class RunResumeStatus(str, Enum):
    """
    Progress of applying human review decisions to a run.
    """

    IDLE = "idle"
    WAITING_FOR_HUMAN = "waiting_for_human"
    PARTIALLY_RESUMED = "partially_resumed"
    RESUMING = "resuming"
    FULLY_RESUMED = "fully_resumed"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class SpanStatus(str, Enum):
    """
    Outcome of a trace span.
    """

    SUCCESS = "success"
    ERROR = "error"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class ToolCallStatus(str, Enum):
    """
    Outcome of a tool call.
    """

    SUCCESS = "success"
    ERROR = "error"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class ResumeQueueItemStatus(str, Enum):
    """
    Processing state of a queued review decision.
    """

    QUEUED = "queued"
    CLAIMED = "claimed"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class HILSignalStatus(str, Enum):
    """
    Delivery state of a review signal to the workflow engine.
    """

    IDLE = "idle"
    SIGNALING = "signaling"
    SIGNALED = "signaled"
    ACCEPTED = "accepted"
    FAILED = "failed"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class BaseMIMEData(BaseModel):
    """
    Reference to a stored file.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[StrictStr, Field(title="Id")]
    """
    Id of the file.
    """
    filename: Annotated[StrictStr, Field(title="Filename")]
    """
    Name of the file.
    """
    mime_type: Annotated[StrictStr, Field(title="Mime Type")]
    """
    Media type of the file (e.g. `application/pdf`).
    """


class FinalNodeOutput(BaseModel):
    """
    What one end node produced. Two shapes are in use and both are accepted:
    `label` with `json_data` (older records), and `document` with `data` (the
    shape of webhook payloads). Other keys are kept.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    label: Annotated[StrictStr | None | MISSING, Field(title="Label")] = MISSING
    """
    Label of the end node.
    """
    json_data: Annotated[dict[str, Any] | None | MISSING, Field(title="Json Data")] = MISSING
    """
    Data the end node produced (older shape).
    """
    document: Annotated[dict[str, Any] | None | MISSING, Field(title="Document")] = MISSING
    """
    The document the data was produced from (webhook shape).
    """
    data: Annotated[dict[str, Any] | None | MISSING, Field(title="Data")] = MISSING
    """
    Data the end node produced (webhook shape).
    """


class ErrorDetails(BaseModel):
    """
    Where and why a failure happened, for debugging.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    stack_trace: Annotated[StrictStr | None | MISSING, Field(title="Stack Trace")] = MISSING
    """
    Python stack trace of the failure.
    """
    block_id: Annotated[StrictStr | None | MISSING, Field(title="Block Id")] = MISSING
    """
    Id of the block that failed.
    """
    block_name: Annotated[StrictStr | None | MISSING, Field(title="Block Name")] = MISSING
    """
    Label of the block that failed.
    """
    error_code: Annotated[StrictStr | None | MISSING, Field(title="Error Code")] = MISSING
    """
    Machine-readable code of the failure, if there is one.
    """
    context: Annotated[dict[str, Any] | None | MISSING, Field(title="Context")] = MISSING
    """
    Anything else known about the failure.
    """


class ResumeQueueItem(BaseModel):
    """
    A review decision waiting to be applied. Decisions that arrive together are
    applied one after another, never at once.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[StrictStr | MISSING, Field(title="Id")] = MISSING
    """
    Id of this queue entry.
    """
    node_id: Annotated[StrictStr, Field(title="Node Id")]
    """
    Id of the review node the decision is for.
    """
    approved: Annotated[StrictBool, Field(title="Approved")]
    """
    Whether the reviewer approved the data.
    """
    modified_data: Annotated[dict[str, Any] | None | MISSING, Field(title="Modified Data")] = MISSING
    """
    Data as corrected by the reviewer, if changed.
    """
    queued_at: Annotated[DateTime | MISSING, Field(title="Queued At")] = MISSING
    """
    When the decision was queued.
    """
    status: ResumeQueueItemStatus = ResumeQueueItemStatus.QUEUED
    """
    Processing state of the decision.
    """


class ActiveResume(BaseModel):
    """
    The review decision being applied now. There is at most one per run; a claim
    that is not finished within `timeout_seconds` is considered stale.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    queue_item_id: Annotated[StrictStr, Field(title="Queue Item Id")]
    """
    Id of the queue entry being applied.
    """
    node_id: Annotated[StrictStr, Field(title="Node Id")]
    """
    Id of the review node the decision is for.
    """
    claimed_at: Annotated[DateTime | MISSING, Field(title="Claimed At")] = MISSING
    """
    When the decision was claimed for processing.
    """
    timeout_seconds: Annotated[Integer, Field(title="Timeout Seconds")] = 300
    """
    Seconds after which an unfinished claim is stale.
    """


class HILSignalState(BaseModel):
    """
    Delivery of a human review decision to the workflow engine, for one node.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: HILSignalStatus = HILSignalStatus.IDLE
    """
    Delivery state of the signal.
    """
    attempts: Annotated[Integer, Field(title="Attempts")] = 0
    """
    How many times delivery was tried.
    """
    last_error: Annotated[StrictStr | None | MISSING, Field(title="Last Error")] = MISSING
    """
    Error from the latest failed attempt.
    """
    last_attempt_at: Annotated[DateTime | None | MISSING, Field(title="Last Attempt At")] = MISSING
    """
    When delivery was last tried.
    """
    signaled_at: Annotated[DateTime | None | MISSING, Field(title="Signaled At")] = MISSING
    """
    When the signal was sent.
    """
    accepted_at: Annotated[DateTime | None | MISSING, Field(title="Accepted At")] = MISSING
    """
    When the engine confirmed it received the signal.
    """
    modified_data: Annotated[dict[str, Any] | None | MISSING, Field(title="Modified Data")] = MISSING
    """
    Data as corrected by the reviewer, carried with the signal.
    """


class ContainerContextData(BaseModel):
    """
    One loop or parallel container around a step, and which pass of it the step is in.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    container_id: Annotated[StrictStr, Field(title="Container Id")]
    """
    Id of the container node (e.g. `while_loop-abc`).
    """
    iteration: Annotated[Integer, Field(title="Iteration")]
    """
    Zero-based iteration of the container.
    """
    is_parallel: Annotated[StrictBool, Field(title="Is Parallel")] = False
    """
    Whether the container runs its items in parallel.
    """
    parallel_item_index: Annotated[Integer | None | MISSING, Field(title="Parallel Item Index")] = MISSING
    """
    Index of the parallel item, when `is_parallel` is true.
    """


class TokenUsage(BaseModel):
    """
    Tokens used by language model calls.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    input: Annotated[Integer, Field(title="Input")] = 0
    """
    Input (prompt) tokens.
    """
    output: Annotated[Integer, Field(title="Output")] = 0
    """
    Output (completion) tokens.
    """
    total: Annotated[Integer, Field(title="Total")] = 0
    """
    Input plus output tokens.
    """


class ModelCostEntry(BaseModel):
    """
    Cost and tokens of one model over a whole run.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    input: Annotated[StrictFloat, Field(title="Input")] = 0.0
    """
    Cost of input tokens in US dollars.
    """
    output: Annotated[StrictFloat, Field(title="Output")] = 0.0
    """
    Cost of output tokens in US dollars.
    """
    total: Annotated[StrictFloat, Field(title="Total")] = 0.0
    """
    Total cost in US dollars.
    """
    tokens: TokenUsage | None | MISSING = MISSING
    """
    Tokens the model used.
    """


class ToolCall(BaseModel):
    """
    One call to a tool or function made during a span.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[StrictStr, Field(title="Name")]
    """
    Name of the tool.
    """
    duration: Annotated[Integer, Field(title="Duration")] = 0
    """
    Length of the call in milliseconds.
    """
    start_time: Annotated[StrictStr | None | MISSING, Field(title="Start Time")] = MISSING
    """
    When the call started, as an ISO 8601 timestamp string.
    """
    end_time: Annotated[StrictStr | None | MISSING, Field(title="End Time")] = MISSING
    """
    When the call ended, as an ISO 8601 timestamp string.
    """
    status: ToolCallStatus = ToolCallStatus.SUCCESS
    """
    Whether the call succeeded.
    """
    input: Annotated[dict[str, Any] | None | MISSING, Field(title="Input")] = MISSING
    """
    Arguments the tool was called with.
    """
    output: Annotated[dict[str, Any] | None | MISSING, Field(title="Output")] = MISSING
    """
    What the tool returned.
    """
    error: Annotated[StrictStr | None | MISSING, Field(title="Error")] = MISSING
    """
    Why the call failed, if it did.
    """


class ErrorResponse(BaseModel):
    """
    Body of an error response. `detail` is usually a sentence, but may be a list
    of validation problems or an object; other keys may appear.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    detail: Annotated[StrictStr | list[Any] | dict[str, Any] | None | MISSING, Field(title="Detail")] = MISSING
    """
    What went wrong.
    """


class ValidationErrorItem(BaseModel):
    """
    One invalid parameter. (The vendor calls this schema `ValidationError`; the name is changed here so it does not shadow the exception of the same name.)
    """

    model_config = ConfigDict(
        extra="allow",
    )
    loc: Annotated[list[StrictStr | StrictInt], Field(title="Location")]
    """
    Where the problem is, e.g. `["query", "access_token"]`.
    """
    msg: Annotated[StrictStr, Field(title="Message")]
    """
    What is wrong, for people.
    """
    type: Annotated[StrictStr, Field(title="Error Type")]
    """
    What is wrong, for programs.
    """
    input: Annotated[Any | MISSING, Field(title="Input")] = MISSING
    """
    The value that was rejected.
    """
    ctx: Annotated[dict[str, Any] | MISSING, Field(title="Context")] = MISSING
    """
    Values the message was built from.
    """


class CancelWorkflowRequest(BaseModel):
    """
    Optional body of a cancel request.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    command_id: StrictStr | None | MISSING = MISSING
    """
    Idempotency key: a cancel sent again with the same key acts once.
    """


class DocumentSignedUrlResponse(BaseModel):
    """
    A short-lived link to download a document of a run.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    signed_url: StrictStr
    """
    The link; it expires.
    """
    filename: StrictStr
    """
    Name of the file as it was given.
    """
    mime_type: StrictStr | None | MISSING = MISSING
    """
    MIME type of the file, when known.
    """


class ListMetadata(BaseModel):
    """
    The cursors around a page of runs.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    before: StrictStr | None
    """
    Id of the first run of this page when runs precede it in the requested order, else null.
    """
    after: StrictStr | None
    """
    Id of the last run of this page when more runs follow it in the requested order, else null.
    """


class MIMEDataInput(BaseModel):
    """
    A document sent to start a run.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    filename: StrictStr
    """
    Name of the file (its extension helps tell its type).
    """
    content: Annotated[
        StrictStr,
        Field(
            json_schema_extra={"contentEncoding": "base64"},
            pattern="^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
        ),
    ]
    """
    The file's bytes, base64-encoded.
    """
    mime_type: StrictStr
    """
    MIME type of the file (application/pdf, image/png, ...).
    """


class NodeSimulation(BaseModel):
    """
    The stored result of running one node again on a run's inputs.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: StrictStr
    """
    Id of the simulation.
    """
    organization_id: StrictStr
    """
    Organisation that owns it.
    """
    workflow_id: StrictStr
    """
    Workflow of the node.
    """
    run_id: StrictStr
    """
    Run whose inputs were used.
    """
    node_id: StrictStr
    """
    The node simulated.
    """
    node_type: StrictStr
    """
    Type of the node.
    """
    success: StrictBool
    """
    Whether the node ran without error.
    """
    handle_inputs: dict[str, Any] | None | MISSING = MISSING
    """
    What the node received, by input handle.
    """
    output: dict[str, Any] | None | MISSING = MISSING
    """
    What the node produced, as its executor returned it.
    """
    handle_outputs: dict[str, Any] | None | MISSING = MISSING
    """
    What the node produced, by output handle.
    """
    routing_decision: list[StrictStr] | None | MISSING = MISSING
    """
    The output handles a routing node chose.
    """
    error: StrictStr | None | MISSING = MISSING
    """
    Why the simulation failed, when it did.
    """
    duration_ms: StrictFloat | None | MISSING = MISSING
    """
    How long it took, in milliseconds.
    """
    skipped: StrictBool = False
    """
    Whether the node was skipped for lack of inputs.
    """
    created_at: DateTime | MISSING = MISSING
    """
    When the simulation ran.
    """
    block_config: dict[str, Any] | None | MISSING = MISSING
    """
    The node configuration used (the current draft, not the published one).
    """


class PaginatedList(BaseModel):
    """
    One page of runs and the cursors to the pages around it.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    data: list[Any]
    """
    The runs of this page: whole runs, or only the fields asked for with `fields`.
    """
    list_metadata: ListMetadata
    """
    The cursors: pass `after` (or `before`) to get the next (or previous) page.
    """


class RerunApiCallResponse(BaseModel):
    """
    What an API-call step's request gave when sent again.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status_code: Integer | None | MISSING = MISSING
    """
    HTTP status of the answer.
    """
    response_text: StrictStr | None | MISSING = MISSING
    """
    Body of the answer, cut short when long.
    """
    response_data: dict[str, Any] | None | MISSING = MISSING
    """
    Body of the answer as JSON, when it was.
    """
    error: StrictStr | None | MISSING = MISSING
    """
    Why the call failed, when it did.
    """
    duration_ms: StrictFloat | None | MISSING = MISSING
    """
    How long the call took, in milliseconds.
    """


class RerunWebhookResponse(BaseModel):
    """
    What the run's webhook gave when sent again.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    webhook_sent: StrictBool
    """
    Whether the webhook was delivered.
    """
    webhook_status_code: Integer | None | MISSING = MISSING
    """
    HTTP status the receiver answered.
    """
    webhook_response_text: StrictStr | None | MISSING = MISSING
    """
    Body the receiver answered, cut short when long.
    """
    webhook_response_headers: dict[str, StrictStr] | None | MISSING = MISSING
    """
    Headers the receiver answered.
    """
    webhook_request_body: dict[str, Any] | None | MISSING = MISSING
    """
    The payload that was sent.
    """
    webhook_duration_ms: StrictFloat | None | MISSING = MISSING
    """
    How long the delivery took, in milliseconds.
    """
    webhook_error: StrictStr | None | MISSING = MISSING
    """
    Why the delivery failed, when it did.
    """


class RestartWorkflowRequest(BaseModel):
    """
    Optional body of a restart request.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    command_id: StrictStr | None | MISSING = MISSING
    """
    Idempotency key: a restart sent again with the same key starts one run.
    """


class ResumeWorkflowRequest(BaseModel):
    """
    A reviewer's decision on a run waiting at a review node.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    command_id: StrictStr | None | MISSING = MISSING
    """
    Idempotency key: a decision sent again with the same key is applied once.
    """
    node_id: StrictStr
    """
    The review node decided on.
    """
    approved: StrictBool
    """
    True to approve and continue, false to reject.
    """
    modified_data: dict[str, Any] | None | MISSING = MISSING
    """
    The data as the reviewer corrected it, if they did.
    """


class RunWorkflowRequest(BaseModel):
    """
    The inputs of a new run, keyed by the id of the start node each one feeds.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    documents: Annotated[dict[str, MIMEDataInput], Field(validate_default=True)] = {}
    """
    Documents for `start` nodes.
    """
    json_inputs: dict[str, dict[str, Any]] = {}
    """
    JSON objects for `start_json` nodes.
    """
    text_inputs: dict[str, StrictStr] = {}
    """
    Text for `start_text` nodes.
    """


class StepOutputResponse(BaseModel):
    """
    The full output of one step of a run.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    node_id: StrictStr
    """
    The node of the step.
    """
    node_type: StrictStr
    """
    Type of the node.
    """
    node_label: StrictStr
    """
    Label of the node.
    """
    status: StrictStr
    """
    Status of the step.
    """
    output: dict[str, Any] | None | MISSING = MISSING
    """
    What the step produced.
    """
    handle_outputs: dict[str, Any] | None | MISSING = MISSING
    """
    What the step produced, by output handle.
    """
    handle_inputs: dict[str, Any] | None | MISSING = MISSING
    """
    What the step received, by input handle.
    """


class StepOutputsBatchRequest(BaseModel):
    """
    The steps whose outputs to fetch.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    node_ids: list[StrictStr] = []
    """
    Node ids of the steps.
    """


class StepOutputsBatchResponse(BaseModel):
    """
    Step outputs by node id.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    outputs: Annotated[dict[str, StepOutputResponse], Field(validate_default=True)] = {}
    """
    One entry per step found; steps that do not exist are left out.
    """


class WorkflowEdge(BaseModel):
    """
    A connection between two nodes.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: StrictStr | MISSING = MISSING
    """
    Id of the edge.
    """
    source: StrictStr
    """
    Node the edge leaves.
    """
    target: StrictStr
    """
    Node the edge enters.
    """
    source_handle: StrictStr | None | MISSING = MISSING
    """
    Output handle of the source, for nodes with several.
    """
    target_handle: StrictStr | None | MISSING = MISSING
    """
    Input handle of the target, for nodes with several.
    """
    animated: StrictBool = True
    """
    Drawn animated in the editor.
    """


class WorkflowExportPayloadResponse(BaseModel):
    """
    An export as CSV text.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    csv_data: StrictStr
    """
    The CSV.
    """
    rows: Integer
    """
    Number of data rows.
    """
    columns: Integer
    """
    Number of columns, the fixed ones included.
    """


class WorkflowExportScopeResponse(BaseModel):
    """
    How big an export would be.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    run_count: Integer
    """
    Runs that give rows.
    """
    rows_count: Integer
    """
    Rows.
    """
    columns_count: Integer
    """
    Data columns.
    """
    column_names: list[StrictStr] = []
    """
    Names of the data columns, in order.
    """


class WorkflowNodePosition(BaseModel):
    """
    Coordinates of a node in the editor.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    x: StrictFloat
    """
    Horizontal.
    """
    y: StrictFloat
    """
    Vertical.
    """


class WorkflowRunExecutionOrderResponse(BaseModel):
    """
    The steps of a run in the order of the workflow's graph.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    run_id: StrictStr
    """
    The run.
    """
    ordered_step_ids: list[StrictStr] = []
    """
    Step ids, in order.
    """


class CancellationStatus(str, Enum):
    """
    What a cancel request achieved.
    """

    CANCELLED = "cancelled"
    CANCELLATION_REQUESTED = "cancellation_requested"
    CANCELLATION_FAILED = "cancellation_failed"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class ResumeStatus(str, Enum):
    """
    How a review decision was taken in.
    """

    PROCESSING = "processing"
    QUEUED = "queued"
    ALREADY_PROCESSED = "already_processed"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class ExportSource(str, Enum):
    """
    Whether an export reads a node's outputs or its inputs.
    """

    OUTPUTS = "outputs"
    INPUTS = "inputs"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class RunStatusFilter(str, Enum):
    """
    A run status a filter may name (every run status but `queued`).
    """

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    ERROR = "error"
    WAITING_FOR_HUMAN = "waiting_for_human"
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class ExportFormat(str, Enum):
    """
    File format of an export.
    """

    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class SortOrder(str, Enum):
    """
    Sort direction: ascending or descending.
    """

    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class DocumentType(str, Enum):
    """
    Which document of a step: the one it read (input) or the one it produced (output).
    """

    INPUT = "input"
    OUTPUT = "output"

    def __str__(self) -> str:
        """The value, as the attrs models' enums print it (``f"{run.status}"`` is ``completed``)."""
        return str(self.value)


class RunCounts(BaseModel):
    """
    How many runs there are in each status, keyed by status (values are counts as sent).
    """

    model_config = ConfigDict(
        extra="allow",
    )


class RunCostSummary(BaseModel):
    """
    Costs and tokens summed over every step of a run, with a split per model.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    total: Annotated[StrictFloat, Field(title="Total")] = 0.0
    """
    Total cost in US dollars.
    """
    input_cost: Annotated[StrictFloat, Field(title="Input Cost")] = 0.0
    """
    Cost of input tokens in US dollars.
    """
    output_cost: Annotated[StrictFloat, Field(title="Output Cost")] = 0.0
    """
    Cost of output tokens in US dollars.
    """
    total_tokens: Annotated[Integer, Field(title="Total Tokens")] = 0
    """
    Tokens used by all models.
    """
    prompt_tokens: Annotated[Integer, Field(title="Prompt Tokens")] = 0
    """
    Input tokens used by all models.
    """
    completion_tokens: Annotated[Integer, Field(title="Completion Tokens")] = 0
    """
    Output tokens used by all models.
    """
    models: Annotated[dict[str, ModelCostEntry] | None | MISSING, Field(title="Models")] = MISSING
    """
    Cost per model, keyed by model name.
    """


class IterationContextData(BaseModel):
    """
    The containers a step runs inside, outermost first.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    containers: Annotated[list[ContainerContextData], Field(title="Containers", validate_default=True)] = []
    """
    Containers from outermost to innermost.
    """


class CostBreakdown(BaseModel):
    """
    What one operation or model call cost.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    input: Annotated[StrictFloat, Field(title="Input")] = 0.0
    """
    Cost of input tokens in US dollars.
    """
    output: Annotated[StrictFloat, Field(title="Output")] = 0.0
    """
    Cost of output tokens in US dollars.
    """
    total: Annotated[StrictFloat, Field(title="Total")] = 0.0
    """
    Total cost in US dollars.
    """
    tokens: TokenUsage | None | MISSING = MISSING
    """
    Tokens behind the cost.
    """
    model: Annotated[StrictStr | None | MISSING, Field(title="Model")] = MISSING
    """
    Model that was called (e.g. `gpt-5.2`).
    """


class HTTPValidationError(BaseModel):
    """
    Body of a 422 response, listing each invalid parameter.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    detail: Annotated[list[ValidationErrorItem] | MISSING, Field(title="Detail")] = MISSING
    """
    One entry per problem.
    """


class WorkflowExportFileRequest(BaseModel):
    """
    What to export as a file, and its format.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    workflow_id: StrictStr
    """
    Workflow whose runs are exported.
    """
    node_id: StrictStr
    """
    Node whose data makes the rows.
    """
    export_source: ExportSource = ExportSource.OUTPUTS
    """
    Export what the node produced (outputs) or what it received (inputs).
    """
    selected_run_ids: list[StrictStr] | None | MISSING = MISSING
    """
    Only these runs; null for every run that matches the filters.
    """
    selected_doc_types: list[StrictStr] | None | MISSING = MISSING
    """
    Only these document types; null or empty for all.
    """
    status: RunStatusFilter | None | MISSING = MISSING
    """
    Only runs in this status (on top of the export's own scope).
    """
    exclude_status: RunStatusFilter | None | MISSING = MISSING
    """
    Leave out runs in this status.
    """
    from_date: date | None | MISSING = MISSING
    """
    Only runs created on or after this day (YYYY-MM-DD).
    """
    to_date: date | None | MISSING = MISSING
    """
    Only runs created on or before this day (YYYY-MM-DD).
    """
    trigger_types: list[TriggerType] | None | MISSING = MISSING
    """
    Only runs started one of these ways.
    """
    preferred_columns: list[StrictStr] = []
    """
    Data columns to put first, in this order.
    """
    format: ExportFormat = ExportFormat.CSV
    """
    File format of the export.
    """
    delimiter: StrictStr = ";"
    """
    Field separator of the CSV.
    """
    line_delimiter: StrictStr = "\n"
    """
    Line separator of the CSV.
    """
    quote: StrictStr = '"'
    """
    Quote character of the CSV.
    """


class WorkflowExportPayloadRequest(BaseModel):
    """
    What to export as CSV text.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    workflow_id: StrictStr
    """
    Workflow whose runs are exported.
    """
    node_id: StrictStr
    """
    Node whose data makes the rows.
    """
    export_source: ExportSource = ExportSource.OUTPUTS
    """
    Export what the node produced (outputs) or what it received (inputs).
    """
    selected_run_ids: list[StrictStr] | None | MISSING = MISSING
    """
    Only these runs; null for every run that matches the filters.
    """
    selected_doc_types: list[StrictStr] | None | MISSING = MISSING
    """
    Only these document types; null or empty for all.
    """
    status: RunStatusFilter | None | MISSING = MISSING
    """
    Only runs in this status (on top of the export's own scope).
    """
    exclude_status: RunStatusFilter | None | MISSING = MISSING
    """
    Leave out runs in this status.
    """
    from_date: date | None | MISSING = MISSING
    """
    Only runs created on or after this day (YYYY-MM-DD).
    """
    to_date: date | None | MISSING = MISSING
    """
    Only runs created on or before this day (YYYY-MM-DD).
    """
    trigger_types: list[TriggerType] | None | MISSING = MISSING
    """
    Only runs started one of these ways.
    """
    preferred_columns: list[StrictStr] = []
    """
    Data columns to put first, in this order.
    """
    delimiter: StrictStr = ";"
    """
    Field separator of the CSV.
    """
    line_delimiter: StrictStr = "\n"
    """
    Line separator of the CSV.
    """
    quote: StrictStr = '"'
    """
    Quote character of the CSV.
    """


class WorkflowExportScopeRequest(BaseModel):
    """
    An export to size up before running it.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    workflow_id: StrictStr
    """
    Workflow whose runs are exported.
    """
    node_id: StrictStr
    """
    Node whose data makes the rows.
    """
    export_source: ExportSource = ExportSource.OUTPUTS
    """
    Export what the node produced (outputs) or what it received (inputs).
    """
    selected_run_ids: list[StrictStr] | None | MISSING = MISSING
    """
    Only these runs; null for every run that matches the filters.
    """
    selected_doc_types: list[StrictStr] | None | MISSING = MISSING
    """
    Only these document types; null or empty for all.
    """
    status: RunStatusFilter | None | MISSING = MISSING
    """
    Only runs in this status (on top of the export's own scope).
    """
    exclude_status: RunStatusFilter | None | MISSING = MISSING
    """
    Leave out runs in this status.
    """
    from_date: date | None | MISSING = MISSING
    """
    Only runs created on or after this day (YYYY-MM-DD).
    """
    to_date: date | None | MISSING = MISSING
    """
    Only runs created on or before this day (YYYY-MM-DD).
    """
    trigger_types: list[TriggerType] | None | MISSING = MISSING
    """
    Only runs started one of these ways.
    """
    preferred_columns: list[StrictStr] = []
    """
    Data columns to put first, in this order.
    """


class WorkflowNode(BaseModel):
    """
    A node of a workflow's graph.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: StrictStr | MISSING = MISSING
    """
    Id of the node.
    """
    type: NodeType
    """
    What the node does.
    """
    position: WorkflowNodePosition
    """
    Where the editor draws it.
    """
    label: StrictStr
    """
    Name shown for the node.
    """
    description: StrictStr = ""
    """
    Free text about the node.
    """
    config: dict[str, Any] | None | MISSING = MISSING
    """
    The node's settings, which depend on its type.
    """
    width: StrictFloat | None | MISSING = MISSING
    """
    Width in the editor, for resizable nodes.
    """
    height: StrictFloat | None | MISSING = MISSING
    """
    Height in the editor, for resizable nodes.
    """
    parent_id: StrictStr | None | MISSING = MISSING
    """
    The loop node (while_loop, for_each) that contains it, if any.
    """


class StepStatusSummary(BaseModel):
    """
    The short record of one step kept on the run; full step data is stored elsewhere.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    node_id: Annotated[StrictStr, Field(title="Node Id")]
    """
    Id of the node in the workflow graph (e.g. `extract-123`).
    """
    step_id: Annotated[StrictStr, Field(title="Step Id")] = ""
    """
    Id of this execution of the node, including any loop iteration (e.g. `mr1_iter_0_extract-123`). Set once, when the step is created.
    """
    node_type: NodeType | None | MISSING = MISSING
    """
    Kind of node; may be missing for steps created inside loops.
    """
    node_label: Annotated[StrictStr | None | MISSING, Field(title="Node Label")] = MISSING
    """
    Label of the node; may be missing for steps created inside loops.
    """
    status: StepStatus
    """
    Where the step is in its life.
    """
    started_at: Annotated[DateTime | None | MISSING, Field(title="Started At")] = MISSING
    """
    When the step started.
    """
    completed_at: Annotated[DateTime | None | MISSING, Field(title="Completed At")] = MISSING
    """
    When the step ended.
    """
    duration_ms: Annotated[Integer | None | MISSING, Field(title="Duration Ms")] = MISSING
    """
    How long the step took, in milliseconds.
    """
    error: Annotated[StrictStr | None | MISSING, Field(title="Error")] = MISSING
    """
    Why the step failed, if it did.
    """
    error_stage: ErrorStage | None | MISSING = MISSING
    """
    The stage of step execution that failed.
    """
    error_category: ErrorCategory | None | MISSING = MISSING
    """
    Kind of failure, for deciding whether to retry.
    """
    requires_human_review: Annotated[StrictBool | None | MISSING, Field(title="Requires Human Review")] = MISSING
    """
    Whether a person must review this step's result.
    """
    loop_id: Annotated[StrictStr | None | MISSING, Field(title="Loop Id")] = MISSING
    """
    Id of the loop the step runs in, if any.
    """
    iteration: Annotated[Integer | None | MISSING, Field(title="Iteration")] = MISSING
    """
    Zero-based loop iteration, if the step runs in a loop.
    """
    iteration_context: IterationContextData | None | MISSING = MISSING
    """
    The containers (loops, parallel branches) the step runs inside.
    """
    model: Annotated[StrictStr | None | MISSING, Field(title="Model")] = MISSING
    """
    Language model the step used (e.g. `gpt-5.2`).
    """
    cost: CostBreakdown | None | MISSING = MISSING
    """
    What the step cost.
    """
    tokens: TokenUsage | None | MISSING = MISSING
    """
    Tokens the step used.
    """


class TraceSpan(BaseModel):
    """
    One timed unit of work in a run's execution trace: the whole workflow, a
    block, a model call, a tool call, an agent, or a loop or parallel container.
    Spans nest through `children`.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[StrictStr, Field(title="Id")]
    """
    Id of the span.
    """
    name: Annotated[StrictStr, Field(title="Name")]
    """
    Name to show for the span.
    """
    type: Annotated[StrictStr, Field(title="Type")] = "block"
    """
    Kind of span (workflow, model, tool, agent, parallel, loop, block).
    """
    duration: Annotated[Integer, Field(title="Duration")] = 0
    """
    Length of the span in milliseconds.
    """
    start_time: Annotated[StrictStr, Field(title="Start Time")]
    """
    When the span started, as an ISO 8601 timestamp string.
    """
    end_time: Annotated[StrictStr, Field(title="End Time")]
    """
    When the span ended, as an ISO 8601 timestamp string.
    """
    status: SpanStatus | None | MISSING = MISSING
    """
    Outcome of the span.
    """
    children: Annotated[list[TraceSpan] | None | MISSING, Field(title="Children")] = MISSING
    """
    Spans nested inside this one.
    """
    block_id: Annotated[StrictStr | None | MISSING, Field(title="Block Id")] = MISSING
    """
    Id of the block the span belongs to.
    """
    model: Annotated[StrictStr | None | MISSING, Field(title="Model")] = MISSING
    """
    Model called, for model spans.
    """
    tokens: TokenUsage | None | MISSING = MISSING
    """
    Tokens used, for model spans.
    """
    cost: CostBreakdown | None | MISSING = MISSING
    """
    What the span cost, for model spans.
    """
    tool_calls: Annotated[list[ToolCall] | None | MISSING, Field(title="Tool Calls")] = MISSING
    """
    Tools called during the span.
    """
    input: Annotated[dict[str, Any] | None | MISSING, Field(title="Input")] = MISSING
    """
    What the span was given.
    """
    output: Annotated[dict[str, Any] | None | MISSING, Field(title="Output")] = MISSING
    """
    What the span produced.
    """
    loop_id: Annotated[StrictStr | None | MISSING, Field(title="Loop Id")] = MISSING
    """
    Id of the loop, for spans of one loop iteration.
    """
    parallel_id: Annotated[StrictStr | None | MISSING, Field(title="Parallel Id")] = MISSING
    """
    Id of the parallel container, for spans of one parallel item.
    """
    iteration_index: Annotated[Integer | None | MISSING, Field(title="Iteration Index")] = MISSING
    """
    Zero-based iteration, for iteration spans.
    """
    relative_start_ms: Annotated[Integer | None | MISSING, Field(title="Relative Start Ms")] = MISSING
    """
    Start of the span in milliseconds after the run started.
    """


class PublishedWorkflowConfig(BaseModel):
    """
    The published version of a workflow a run was started from.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    nodes: Annotated[list[WorkflowNode], Field(validate_default=True)] = []
    """
    The nodes of the graph.
    """
    edges: Annotated[list[WorkflowEdge], Field(validate_default=True)] = []
    """
    The edges of the graph.
    """
    published_at: DateTime | MISSING = MISSING
    """
    When this version was published.
    """


class WorkflowRun(BaseModel):
    """
    One execution of a workflow, as stored by Retab.

    Holds the run's status and timings, one summary per step, the inputs it was
    started with, the outputs of its end nodes, costs, an execution trace, and the
    bookkeeping for human-in-the-loop review. Full step payloads are not part of
    this record.

    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[StrictStr | MISSING, Field(title="Id")] = MISSING
    """
    Id of the run. Always filled in by the server.
    """
    workflow_id: Annotated[StrictStr, Field(title="Workflow Id")]
    """
    Id of the workflow this run executes.
    """
    workflow_name: Annotated[StrictStr, Field(title="Workflow Name")]
    """
    Name the workflow had when the run started.
    """
    organization_id: Annotated[StrictStr, Field(title="Organization Id")]
    """
    Organisation the run belongs to.
    """
    dataset_id: Annotated[StrictStr | None | MISSING, Field(title="Dataset Id")] = MISSING
    """
    Dataset the run was started for, for manual runs over a dataset.
    """
    config_snapshot_id: Annotated[StrictStr, Field(title="Config Snapshot Id")]
    """
    Id of the frozen workflow configuration the run executes.
    """
    status: RunStatus = RunStatus.PENDING
    """
    Where the run is in its life.
    """
    execution_phase: ExecutionPhase | None | MISSING = MISSING
    """
    How far dispatching the run to workers has got.
    """
    trigger_type: TriggerType = TriggerType.MANUAL
    """
    What started the run.
    """
    trigger_email: Annotated[StrictStr | None | MISSING, Field(title="Trigger Email")] = MISSING
    """
    Address of the sender, when an email started the run.
    """
    started_at: Annotated[DateTime | MISSING, Field(title="Started At")] = MISSING
    """
    When the run started. Always filled in by the server.
    """
    completed_at: Annotated[DateTime | None | MISSING, Field(title="Completed At")] = MISSING
    """
    When the run ended, if it has.
    """
    duration_ms: Annotated[Integer | None | MISSING, Field(title="Duration Ms")] = MISSING
    """
    Wall-clock length of the run in milliseconds, once it has ended.
    """
    human_waiting_started_at: Annotated[DateTime | None | MISSING, Field(title="Human Waiting Started At")] = MISSING
    """
    Start of the current wait for a human reviewer, if the run is waiting.
    """
    human_waiting_duration_ms: Annotated[Integer, Field(ge=0, title="Human Waiting Duration Ms")] = 0
    """
    Total time in milliseconds the run has spent waiting for reviewers.
    """
    steps: Annotated[list[StepStatusSummary], Field(title="Steps", validate_default=True)] = []
    """
    A status summary for each step that has been scheduled.
    """
    input_documents: Annotated[dict[str, BaseMIMEData] | None | MISSING, Field(title="Input Documents")] = MISSING
    """
    Document given to each start node, keyed by node id.
    """
    input_json_data: Annotated[dict[str, dict[str, Any]] | None | MISSING, Field(title="Input Json Data")] = MISSING
    """
    JSON object given to each JSON start node, keyed by node id.
    """
    input_text_data: Annotated[dict[str, StrictStr] | None | MISSING, Field(title="Input Text Data")] = MISSING
    """
    Text given to each text start node, keyed by node id.
    """
    final_outputs: Annotated[dict[str, FinalNodeOutput | Any] | None | MISSING, Field(title="Final Outputs")] = MISSING
    """
    What each end node produced, keyed by end node id. A value may be any JSON value: an object that fits `FinalNodeOutput` is read as one, anything else (null, a string, an object of another shape) is kept as it came.
    """
    error: Annotated[StrictStr | None | MISSING, Field(title="Error")] = MISSING
    """
    Why the run failed, if it did.
    """
    error_stage: ErrorStage | None | MISSING = MISSING
    """
    The stage of run execution that failed.
    """
    error_details: ErrorDetails | dict[str, Any] | None | MISSING = MISSING
    """
    Debugging detail for a failure. An object that fits `ErrorDetails` is read as one; any other object (e.g. a numeric `error_code`) is kept as it came.
    """
    cost_summary: RunCostSummary | None | MISSING = MISSING
    """
    What the run has cost so far, in total and per model.
    """
    trace_spans: Annotated[list[TraceSpan] | None | MISSING, Field(title="Trace Spans")] = MISSING
    """
    Tree of timed spans recording what the run did.
    """
    cancel_signal_error: Annotated[StrictStr | None | MISSING, Field(title="Cancel Signal Error")] = MISSING
    """
    Most recent error while signalling a cancellation.
    """
    cancel_signal_failed_at: Annotated[DateTime | None | MISSING, Field(title="Cancel Signal Failed At")] = MISSING
    """
    When signalling a cancellation last failed.
    """
    cancel_native_error: Annotated[StrictStr | None | MISSING, Field(title="Cancel Native Error")] = MISSING
    """
    Error from the workflow engine's own cancellation, if any.
    """
    cancel_confirmation_error: Annotated[StrictStr | None | MISSING, Field(title="Cancel Confirmation Error")] = MISSING
    """
    Error while confirming that a cancellation took effect.
    """
    cancel_confirmation_pending: Annotated[StrictBool, Field(title="Cancel Confirmation Pending")] = False
    """
    True while a cancellation has been asked for but not yet confirmed.
    """
    cancel_requested_at: Annotated[DateTime | None | MISSING, Field(title="Cancel Requested At")] = MISSING
    """
    When a cancellation was last asked for.
    """
    created_at: Annotated[DateTime | MISSING, Field(title="Created At")] = MISSING
    """
    When the record was created. Always filled in by the server.
    """
    updated_at: Annotated[DateTime | MISSING, Field(title="Updated At")] = MISSING
    """
    When the record last changed. Always filled in by the server.
    """
    waiting_for_node_ids: Annotated[list[StrictStr], Field(title="Waiting For Node Ids")] = []
    """
    Ids of the review nodes the run is waiting on.
    """
    pending_node_outputs: Annotated[dict[str, Any] | None | MISSING, Field(title="Pending Node Outputs")] = MISSING
    """
    Server-side state to resume from after review. No published schema.
    """
    dag_snapshot: Annotated[dict[str, Any] | None | MISSING, Field(title="Dag Snapshot")] = MISSING
    """
    Server-side snapshot of the execution graph. No published schema.
    """
    executed_node_ids: Annotated[list[StrictStr], Field(title="Executed Node Ids")] = []
    """
    Ids of the nodes that have finished executing, each listed once.
    """
    parallel_completion_counters: Annotated[
        dict[str, Integer], Field(deprecated=True, title="Parallel Completion Counters")
    ] = {}
    """
    Deprecated. Count of completed items per parallel container; the server no longer relies on it.
    """
    resume_queue: Annotated[list[ResumeQueueItem], Field(title="Resume Queue", validate_default=True)] = []
    """
    Review decisions waiting to be applied, oldest first, one at a time.
    """
    active_resume: ActiveResume | None | MISSING = MISSING
    """
    The review decision being applied right now, if any.
    """
    run_resume_status: RunResumeStatus = RunResumeStatus.IDLE
    """
    Overall state of applying review decisions to the run.
    """
    hil_signal_states: Annotated[
        dict[str, HILSignalState], Field(title="Hil Signal States", validate_default=True)
    ] = {}
    """
    Delivery state of the review signal for each review node, keyed by node id.
    """


class CancelWorkflowResponse(BaseModel):
    """
    What a cancel request did.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    run: WorkflowRun
    """
    The run after the request.
    """
    redis_available: StrictBool = True
    """
    Whether the stop signal could be delivered at once (else the run stops at its next check).
    """
    cancellation_status: CancellationStatus = CancellationStatus.CANCELLATION_REQUESTED
    """
    Whether the run is already cancelled, asked to stop, or could not be.
    """


class ResumeWorkflowResponse(BaseModel):
    """
    How a review decision was taken in.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    run: WorkflowRun
    """
    The run after the decision.
    """
    resume_status: ResumeStatus
    """
    processing (applied now), queued (behind others) or already_processed (a repeat).
    """
    queue_position: Integer | None | MISSING = MISSING
    """
    Place in the queue when queued, else null.
    """
    queue_item_id: StrictStr
    """
    Id of the decision in the queue.
    """


TraceSpan.model_rebuild()
