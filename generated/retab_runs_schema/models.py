"""Pydantic models of the Retab workflow-run record. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, Any

from pydantic import MISSING, BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr

from retab_runs_schema.types import DateTime, Integer


class RunStatus(Enum):
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


class StepStatus(Enum):
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


class ExecutionPhase(Enum):
    """
    Dispatch progress of a run: created, dispatching, started, running.
    """

    CREATED = "created"
    DISPATCHING = "dispatching"
    STARTED = "started"
    RUNNING = "running"


class TriggerType(Enum):
    """
    What started a run.
    """

    MANUAL = "manual"
    API = "api"
    SCHEDULE = "schedule"
    WEBHOOK = "webhook"
    EMAIL = "email"
    RESTART = "restart"


class ErrorStage(Enum):
    """
    The stage of execution in which a failure happened.
    """

    INPUT_COLLECTION = "input_collection"
    REGISTRY_LOOKUP = "registry_lookup"
    EXECUTION = "execution"
    OUTPUT_STORAGE = "output_storage"
    ROUTING = "routing"
    HISTORY_PAYLOAD = "history_payload"


class ErrorCategory(Enum):
    """
    Kind of failure, which decides whether retrying can help.
    """

    TRANSIENT = "transient"
    PERMANENT = "permanent"
    QUOTA = "quota"


class NodeType(Enum):
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


class RunResumeStatus(Enum):
    """
    Progress of applying human review decisions to a run.
    """

    IDLE = "idle"
    WAITING_FOR_HUMAN = "waiting_for_human"
    PARTIALLY_RESUMED = "partially_resumed"
    RESUMING = "resuming"
    FULLY_RESUMED = "fully_resumed"


class SpanStatus(Enum):
    """
    Outcome of a trace span.
    """

    SUCCESS = "success"
    ERROR = "error"


class ToolCallStatus(Enum):
    """
    Outcome of a tool call.
    """

    SUCCESS = "success"
    ERROR = "error"


class ResumeQueueItemStatus(Enum):
    """
    Processing state of a queued review decision.
    """

    QUEUED = "queued"
    CLAIMED = "claimed"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"


class HILSignalStatus(Enum):
    """
    Delivery state of a review signal to the workflow engine.
    """

    IDLE = "idle"
    SIGNALING = "signaling"
    SIGNALED = "signaled"
    ACCEPTED = "accepted"
    FAILED = "failed"


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
    model_config = ConfigDict(
        extra="allow",
    )
    command_id: StrictStr | None | MISSING = MISSING


class DocumentSignedUrlResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    signed_url: StrictStr
    filename: StrictStr
    mime_type: StrictStr | None | MISSING = MISSING


class ListMetadata(BaseModel):
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
    model_config = ConfigDict(
        extra="allow",
    )
    filename: StrictStr
    content: Annotated[
        StrictStr,
        Field(
            json_schema_extra={"contentEncoding": "base64"},
            pattern="^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
        ),
    ]
    mime_type: StrictStr


class NodeSimulation(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: StrictStr
    organization_id: StrictStr
    workflow_id: StrictStr
    run_id: StrictStr
    node_id: StrictStr
    node_type: StrictStr
    success: StrictBool
    handle_inputs: dict[str, Any] | None | MISSING = MISSING
    output: dict[str, Any] | None | MISSING = MISSING
    handle_outputs: dict[str, Any] | None | MISSING = MISSING
    routing_decision: list[StrictStr] | None | MISSING = MISSING
    error: StrictStr | None | MISSING = MISSING
    duration_ms: StrictFloat | None | MISSING = MISSING
    skipped: StrictBool = False
    created_at: DateTime | MISSING = MISSING
    block_config: dict[str, Any] | None | MISSING = MISSING


class PaginatedList(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    data: list[Any]
    list_metadata: ListMetadata


class RerunApiCallResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    status_code: Integer | None | MISSING = MISSING
    response_text: StrictStr | None | MISSING = MISSING
    response_data: dict[str, Any] | None | MISSING = MISSING
    error: StrictStr | None | MISSING = MISSING
    duration_ms: StrictFloat | None | MISSING = MISSING


class RerunWebhookResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    webhook_sent: StrictBool
    webhook_status_code: Integer | None | MISSING = MISSING
    webhook_response_text: StrictStr | None | MISSING = MISSING
    webhook_response_headers: dict[str, StrictStr] | None | MISSING = MISSING
    webhook_request_body: dict[str, Any] | None | MISSING = MISSING
    webhook_duration_ms: StrictFloat | None | MISSING = MISSING
    webhook_error: StrictStr | None | MISSING = MISSING


class RestartWorkflowRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    command_id: StrictStr | None | MISSING = MISSING


class ResumeWorkflowRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    command_id: StrictStr | None | MISSING = MISSING
    node_id: StrictStr
    approved: StrictBool
    modified_data: dict[str, Any] | None | MISSING = MISSING


class RunWorkflowRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    documents: Annotated[dict[str, MIMEDataInput], Field(validate_default=True)] = {}
    json_inputs: dict[str, dict[str, Any]] = {}
    text_inputs: dict[str, StrictStr] = {}


class StepOutputResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    node_id: StrictStr
    node_type: StrictStr
    node_label: StrictStr
    status: StrictStr
    output: dict[str, Any] | None | MISSING = MISSING
    handle_outputs: dict[str, Any] | None | MISSING = MISSING
    handle_inputs: dict[str, Any] | None | MISSING = MISSING


class StepOutputsBatchRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    node_ids: list[StrictStr] = []


class StepOutputsBatchResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    outputs: Annotated[dict[str, StepOutputResponse], Field(validate_default=True)] = {}


class WorkflowEdge(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: StrictStr | MISSING = MISSING
    source: StrictStr
    target: StrictStr
    source_handle: StrictStr | None | MISSING = MISSING
    target_handle: StrictStr | None | MISSING = MISSING
    animated: StrictBool = True


class WorkflowExportPayloadResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    csv_data: StrictStr
    rows: Integer
    columns: Integer


class WorkflowExportScopeResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    run_count: Integer
    rows_count: Integer
    columns_count: Integer
    column_names: list[StrictStr] = []


class WorkflowNodePosition(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    x: StrictFloat
    y: StrictFloat


class WorkflowRunExecutionOrderResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    run_id: StrictStr
    ordered_step_ids: list[StrictStr] = []


class CancellationStatus(Enum):
    CANCELLED = "cancelled"
    CANCELLATION_REQUESTED = "cancellation_requested"
    CANCELLATION_FAILED = "cancellation_failed"


class ResumeStatus(Enum):
    PROCESSING = "processing"
    QUEUED = "queued"
    ALREADY_PROCESSED = "already_processed"


class ExportSource(Enum):
    OUTPUTS = "outputs"
    INPUTS = "inputs"


class RunStatusFilter(Enum):
    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    ERROR = "error"
    WAITING_FOR_HUMAN = "waiting_for_human"
    CANCELLED = "cancelled"


class ExportFormat(Enum):
    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"


class SortOrder(Enum):
    ASC = "asc"
    DESC = "desc"


class DocumentType(Enum):
    INPUT = "input"
    OUTPUT = "output"


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
    model_config = ConfigDict(
        extra="allow",
    )
    workflow_id: StrictStr
    node_id: StrictStr
    export_source: ExportSource = ExportSource.OUTPUTS
    selected_run_ids: list[StrictStr] | None | MISSING = MISSING
    selected_doc_types: list[StrictStr] | None | MISSING = MISSING
    status: RunStatusFilter | None | MISSING = MISSING
    exclude_status: RunStatusFilter | None | MISSING = MISSING
    from_date: date | None | MISSING = MISSING
    to_date: date | None | MISSING = MISSING
    trigger_types: list[TriggerType] | None | MISSING = MISSING
    preferred_columns: list[StrictStr] = []
    format: ExportFormat = ExportFormat.CSV
    delimiter: StrictStr = ";"
    line_delimiter: StrictStr = "\n"
    quote: StrictStr = '"'


class WorkflowExportPayloadRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    workflow_id: StrictStr
    node_id: StrictStr
    export_source: ExportSource = ExportSource.OUTPUTS
    selected_run_ids: list[StrictStr] | None | MISSING = MISSING
    selected_doc_types: list[StrictStr] | None | MISSING = MISSING
    status: RunStatusFilter | None | MISSING = MISSING
    exclude_status: RunStatusFilter | None | MISSING = MISSING
    from_date: date | None | MISSING = MISSING
    to_date: date | None | MISSING = MISSING
    trigger_types: list[TriggerType] | None | MISSING = MISSING
    preferred_columns: list[StrictStr] = []
    delimiter: StrictStr = ";"
    line_delimiter: StrictStr = "\n"
    quote: StrictStr = '"'


class WorkflowExportScopeRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    workflow_id: StrictStr
    node_id: StrictStr
    export_source: ExportSource = ExportSource.OUTPUTS
    selected_run_ids: list[StrictStr] | None | MISSING = MISSING
    selected_doc_types: list[StrictStr] | None | MISSING = MISSING
    status: RunStatusFilter | None | MISSING = MISSING
    exclude_status: RunStatusFilter | None | MISSING = MISSING
    from_date: date | None | MISSING = MISSING
    to_date: date | None | MISSING = MISSING
    trigger_types: list[TriggerType] | None | MISSING = MISSING
    preferred_columns: list[StrictStr] = []


class WorkflowNode(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    id: StrictStr | MISSING = MISSING
    type: NodeType
    position: WorkflowNodePosition
    label: StrictStr
    description: StrictStr = ""
    config: dict[str, Any] | None | MISSING = MISSING
    width: StrictFloat | None | MISSING = MISSING
    height: StrictFloat | None | MISSING = MISSING
    parent_id: StrictStr | None | MISSING = MISSING


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
    model_config = ConfigDict(
        extra="allow",
    )
    nodes: Annotated[list[WorkflowNode], Field(validate_default=True)] = []
    edges: Annotated[list[WorkflowEdge], Field(validate_default=True)] = []
    published_at: DateTime | MISSING = MISSING


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
    model_config = ConfigDict(
        extra="allow",
    )
    run: WorkflowRun
    redis_available: StrictBool = True
    cancellation_status: CancellationStatus = CancellationStatus.CANCELLATION_REQUESTED


class ResumeWorkflowResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    run: WorkflowRun
    resume_status: ResumeStatus
    queue_position: Integer | None | MISSING = MISSING
    queue_item_id: StrictStr


TraceSpan.model_rebuild()
