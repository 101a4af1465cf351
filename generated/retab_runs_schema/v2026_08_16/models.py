"""Pydantic models of the Retab workflow-run record. Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import MISSING, BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr

from retab_runs_schema.types import DateTime, Integer


class AwaitingReviewRun(BaseModel):
    """
    The run is paused on at least one gated block.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["awaiting_review"], Field(title="Status")] = "awaiting_review"
    waiting_for_block_ids: Annotated[list[StrictStr], Field(title="Waiting For Block Ids")] = []
    """
    Block IDs that are waiting for review
    """


class AwaitingReviewStepLifecycle(BaseModel):
    """
    The step is paused on a human review decision.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["awaiting_review"], Field(title="Status")] = "awaiting_review"


class CancelWorkflowRequest(BaseModel):
    """
    Optional request payload for cancel workflow command idempotency.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    command_id: Annotated[StrictStr | None | MISSING, Field(title="Command Id")] = MISSING
    """
    Optional idempotency key for deduplicating cancel commands
    """


class CancelledStepLifecycle(BaseModel):
    """
    The step was cancelled.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["cancelled"], Field(title="Status")] = "cancelled"
    reason: Annotated[StrictStr, Field(title="Reason")]
    """
    Reason the step was cancelled
    """


class CancelledTerminal(BaseModel):
    """
    The run was cancelled before reaching a natural terminal state.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["cancelled"], Field(title="Status")] = "cancelled"
    reason: Annotated[StrictStr | None | MISSING, Field(title="Reason")] = MISSING
    """
    Human-readable reason, when known
    """


class CompletedStepLifecycle(BaseModel):
    """
    The step finished successfully.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["completed"], Field(title="Status")] = "completed"


class CompletedTerminal(BaseModel):
    """
    The run finished successfully.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["completed"], Field(title="Status")] = "completed"


class ContainerContextData(BaseModel):
    """
    Structured context for a single container in the hierarchy.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    container_id: Annotated[StrictStr, Field(title="Container Id")]
    """
    Container ID (e.g., 'while_loop-abc')
    """
    iteration: Annotated[Integer, Field(title="Iteration")]
    """
    Iteration index (0-based)
    """
    is_parallel: Annotated[StrictBool, Field(title="Is Parallel")] = False
    """
    Whether this container represents a parallel item
    """
    parallel_item_index: Annotated[Integer | None | MISSING, Field(title="Parallel Item Index")] = MISSING
    """
    Parallel item index if is_parallel
    """


class ErrorDetails(BaseModel):
    """
    Detailed error information for debugging.

    Captures stack traces and context about where and why an error occurred.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    message: Annotated[StrictStr | None | MISSING, Field(title="Message")] = MISSING
    """
    Human-readable error message. Free-text; the structured fields below are the machine-readable counterpart.
    """
    stack_trace: Annotated[StrictStr | None | MISSING, Field(title="Stack Trace")] = MISSING
    """
    Full stack trace
    """
    block_id: Annotated[StrictStr | None | MISSING, Field(title="Block Id")] = MISSING
    """
    ID of the block that failed
    """
    block_name: Annotated[StrictStr | None | MISSING, Field(title="Block Name")] = MISSING
    """
    Name/label of the block that failed
    """
    error_code: Annotated[StrictStr | None | MISSING, Field(title="Error Code")] = MISSING
    """
    Error code if available
    """
    context: Annotated[dict[str, Any] | None | MISSING, Field(title="Context")] = MISSING
    """
    Additional context about the error
    """


class FileRef(BaseModel):
    """
    Public/shared file reference used across SDK and customer-facing APIs.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[StrictStr, Field(title="Id")]
    """
    ID of the file
    """
    filename: Annotated[StrictStr, Field(title="Filename")]
    """
    Filename of the file
    """
    mime_type: Annotated[StrictStr, Field(title="Mime Type")]
    """
    MIME type of the file
    """


class ListMetadata(BaseModel):
    """
    Boundary resource IDs for page navigation.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    before: Annotated[StrictStr | None, Field(title="Before")]
    after: Annotated[StrictStr | None, Field(title="After")]


class MIMEData(BaseModel):
    """
    A file represented by its `filename` and a base64 data `url`.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    filename: Annotated[StrictStr, Field(examples=["file.pdf", "image.png", "data.txt"], title="Filename")]
    """
    The filename of the file
    """
    url: Annotated[StrictStr, Field(examples=["data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADIA..."], title="Url")]
    """
    The URL of the file in base64 format
    """


class PendingRun(BaseModel):
    """
    The run has been created but execution has not started.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["pending"], Field(title="Status")] = "pending"


class PendingStepLifecycle(BaseModel):
    """
    The step has been created but execution has not started.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["pending"], Field(title="Status")] = "pending"


class QueuedStepLifecycle(BaseModel):
    """
    The step is queued for execution.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["queued"], Field(title="Status")] = "queued"


class RunInputs(BaseModel):
    """
    Input payloads supplied at run creation time.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    documents: Annotated[dict[str, FileRef], Field(title="Documents", validate_default=True)] = {}
    """
    start_document block ID -> input document reference
    """
    json_data: Annotated[dict[str, Any], Field(title="Json Data")] = {}
    """
    start-json block ID -> input JSON data
    """


class RunTiming(BaseModel):
    """
    Timing information for a run.

    Three event timestamps that consumers cannot reconstruct on their own.
    Wall-clock duration is a trivial `completed_at - started_at` subtraction
    done client-side; it is not stored or exposed.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    created_at: Annotated[DateTime | MISSING, Field(title="Created At")] = MISSING
    """
    When the run record was created
    """
    started_at: Annotated[DateTime | None | MISSING, Field(title="Started At")] = MISSING
    """
    When the run started executing
    """
    completed_at: Annotated[DateTime | None | MISSING, Field(title="Completed At")] = MISSING
    """
    When the run finished executing
    """


class RunningRun(BaseModel):
    """
    The run is currently executing.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["running"], Field(title="Status")] = "running"


class RunningStepLifecycle(BaseModel):
    """
    The step is currently executing.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["running"], Field(title="Status")] = "running"


class SkippedStepLifecycle(BaseModel):
    """
    The step was skipped.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["skipped"], Field(title="Status")] = "skipped"
    reason: Annotated[StrictStr, Field(title="Reason")]
    """
    Reason the step was skipped
    """


class ValidationErrorItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    loc: Annotated[list[StrictStr | StrictInt], Field(title="Location")]
    msg: Annotated[StrictStr, Field(title="Message")]
    type: Annotated[StrictStr, Field(title="Error Type")]
    input: Annotated[Any, Field(title="Input")] = None
    ctx: Annotated[dict[str, Any], Field(title="Context")] = {}


class WorkflowExportPayloadResponse(BaseModel):
    """
    The exported data as CSV, with its row and column counts.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    csv_data: Annotated[StrictStr, Field(title="Csv Data")]
    """
    CSV content
    """
    rows: Annotated[Integer, Field(title="Rows")]
    """
    Data row count
    """
    columns: Annotated[Integer, Field(title="Columns")]
    """
    Column count including fixed columns
    """


class CancellationStatus(Enum):
    CANCELLED = "cancelled"
    CANCELLATION_REQUESTED = "cancellation_requested"
    CANCELLATION_FAILED = "cancellation_failed"


class ErrorStage(Enum):
    INPUT_COLLECTION = "input_collection"
    REGISTRY_LOOKUP = "registry_lookup"
    DOCUMENT_FETCH = "document_fetch"
    EXECUTION = "execution"
    OUTPUT_STORAGE = "output_storage"
    ROUTING = "routing"
    HISTORY_PAYLOAD = "history_payload"


class ErrorCategory(Enum):
    TRANSIENT = "transient"
    PERMANENT = "permanent"
    QUOTA = "quota"


class HandlePayloadType(Enum):
    FILE = "file"
    JSON = "json"


class ArtifactOperation(Enum):
    EXTRACTION = "extraction"
    SPLIT = "split"
    CLASSIFICATION = "classification"
    PARSE = "parse"
    EDIT = "edit"
    PARTITION = "partition"
    CONDITIONAL_EVALUATION = "conditional_evaluation"
    REVIEW_TRIGGER_EVALUATION = "review_trigger_evaluation"
    WHILE_LOOP_TERMINATION = "while_loop_termination"
    API_CALL_INVOCATION = "api_call_invocation"
    FUNCTION_INVOCATION = "function_invocation"


class TriggerType(Enum):
    MANUAL = "manual"
    API = "api"
    SCHEDULE = "schedule"
    WEBHOOK = "webhook"
    EMAIL = "email"
    CUSTOM = "custom"
    RESTART = "restart"


class ExportSource(Enum):
    OUTPUTS = "outputs"
    INPUTS = "inputs"


class RunStatusFilter(Enum):
    PENDING = "pending"
    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    ERROR = "error"
    FAILED = "failed"
    AWAITING_REVIEW = "awaiting_review"
    CANCELLED = "cancelled"


class TriggerTypeFilter(Enum):
    MANUAL = "manual"
    API = "api"
    SCHEDULE = "schedule"
    WEBHOOK = "webhook"
    EMAIL = "email"
    RESTART = "restart"


class BlockType(Enum):
    START_DOCUMENT = "start_document"
    START_JSON = "start_json"
    NOTE = "note"
    PARSE = "parse"
    EDIT = "edit"
    EXTRACT = "extract"
    SPLIT = "split"
    CLASSIFIER = "classifier"
    CONDITIONAL = "conditional"
    API_CALL = "api_call"
    FUNCTION = "function"
    WHILE_LOOP = "while_loop"
    FOR_EACH = "for_each"
    MERGE_DICTS = "merge_dicts"
    WHILE_LOOP_SENTINEL_START = "while_loop_sentinel_start"
    WHILE_LOOP_SENTINEL_END = "while_loop_sentinel_end"
    FOR_EACH_SENTINEL_START = "for_each_sentinel_start"
    FOR_EACH_SENTINEL_END = "for_each_sentinel_end"


class SortOrder(Enum):
    ASC = "asc"
    DESC = "desc"


class ErrorResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    detail: StrictStr | list[Any] | dict[str, Any] | None | MISSING = MISSING


class CreateWorkflowRunRequest(BaseModel):
    """
    Create a new workflow run from a workflow id, an optional version selector, and optional inputs.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    workflow_id: Annotated[StrictStr, Field(title="Workflow Id")]
    """
    Workflow id for the fresh run.
    """
    documents: Annotated[dict[str, MIMEData], Field(title="Documents", validate_default=True)] = {}
    """
    Mapping of start_document block IDs to their input documents.
    """
    json_inputs: Annotated[dict[str, Any], Field(title="Json Inputs")] = {}
    """
    Mapping of start-json block IDs to their input JSON data.
    """
    version: Annotated[StrictStr, Field(examples=["production", "draft", "ver_abc123def456"], title="Version")] = (
        "production"
    )
    """
    Workflow version to run: 'production', 'draft', or a pinned version id like 'ver_...'. Only valid for fresh-run creation.
    """
    metadata: Annotated[dict[str, StrictStr] | None | MISSING, Field(title="Metadata")] = MISSING
    """
    User-defined metadata to associate with this workflow run.
    """


class ErrorStepLifecycle(BaseModel):
    """
    The step failed. Error details are bundled into lifecycle.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["error"], Field(title="Status")] = "error"
    message: Annotated[StrictStr, Field(title="Message")]
    """
    Human-readable error message
    """
    stage: Annotated[ErrorStage | None | MISSING, Field(title="Stage")] = MISSING
    category: Annotated[ErrorCategory | None | MISSING, Field(title="Category")] = MISSING
    details: ErrorDetails | None | MISSING = MISSING


class ErrorTerminal(BaseModel):
    """
    The run failed. All loose error fields are bundled here.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[Literal["error"], Field(title="Status")] = "error"
    message: Annotated[StrictStr, Field(title="Message")]
    """
    Human-readable error message
    """
    stage: Annotated[ErrorStage | None | MISSING, Field(title="Stage")] = MISSING
    """
    Which execution stage failed
    """
    category: Annotated[ErrorCategory | None | MISSING, Field(title="Category")] = MISSING
    """
    Error category for retry decisions
    """
    details: ErrorDetails | None | MISSING = MISSING
    """
    Detailed error context including stack trace
    """
    failing_step_id: Annotated[StrictStr | None | MISSING, Field(title="Failing Step Id")] = MISSING
    """
    Step ID of the failing step, when the failure was attributable to a specific step
    """


class HTTPValidationError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    detail: Annotated[list[ValidationErrorItem], Field(title="Detail", validate_default=True)] = []


class PublicHandlePayload(BaseModel):
    """
    Public handle payload exposed by workflow step APIs.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: HandlePayloadType
    """
    Type of payload
    """
    document: FileRef | None | MISSING = MISSING
    """
    For file handles: document reference
    """
    data: Annotated[Any, Field(title="Data")] = None
    """
    For JSON handles: structured data
    """


class StepArtifactRef(BaseModel):
    """
    A resource produced by a workflow step.

    An `(operation, id)` reference. The artifact itself carries no payload —
    consumers dispatch on `operation` and fetch the referenced record by `id`.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    operation: ArtifactOperation
    """
    The kind of resource this artifact references
    """
    id: Annotated[StrictStr, Field(title="Id")]
    """
    Resource identifier
    """


class TriggerInfo(BaseModel):
    """
    Public summary of what started a run: just the trigger category.

    The full per-variant detail (schedule_id, parent_run_id, sender, ...) is
    kept internally on `StoredWorkflowRun.trigger` but intentionally not
    exposed in the public API surface.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    type: TriggerType
    """
    What started this run
    """


class WorkflowExportPayloadRequest(BaseModel):
    """
    Body describing which block outputs (or inputs) across a workflow's runs to export as CSV, with optional run, doc-type, and status filters.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    workflow_id: Annotated[StrictStr, Field(title="Workflow Id")]
    """
    Workflow ID to export
    """
    block_id: Annotated[StrictStr, Field(title="Block Id")]
    """
    Block ID to export
    """
    export_source: ExportSource = ExportSource.OUTPUTS
    """
    Use block outputs or inputs
    """
    selected_run_ids: Annotated[list[StrictStr] | None | MISSING, Field(title="Selected Run Ids")] = MISSING
    """
    Run IDs filter (null means all runs)
    """
    selected_doc_types: Annotated[list[StrictStr] | None | MISSING, Field(title="Selected Doc Types")] = MISSING
    """
    Doc type filter (null/empty means all)
    """
    status: Annotated[RunStatusFilter | None | MISSING, Field(title="Status")] = MISSING
    """
    Optional status filter (intersects with completed-only export scope)
    """
    exclude_status: Annotated[RunStatusFilter | None | MISSING, Field(title="Exclude Status")] = MISSING
    """
    Optional status exclusion filter (intersects with completed-only export scope)
    """
    from_date: Annotated[StrictStr | None | MISSING, Field(title="From Date")] = MISSING
    """
    Optional start date filter (YYYY-MM-DD)
    """
    to_date: Annotated[StrictStr | None | MISSING, Field(title="To Date")] = MISSING
    """
    Optional end date filter (YYYY-MM-DD)
    """
    trigger_type: Annotated[TriggerTypeFilter | None | MISSING, Field(title="Trigger Type")] = MISSING
    """
    Optional trigger type filter
    """
    preferred_columns: Annotated[list[StrictStr], Field(title="Preferred Columns")] = []
    """
    Preferred data column order
    """
    delimiter: Annotated[StrictStr, Field(title="Delimiter")] = ";"
    """
    CSV field delimiter. Default is ';' (the Excel EU-locale default); pass ',' for RFC 4180 compatibility. Cell values are always quoted when they contain the delimiter, the line terminator, or the quote character, with embedded quotes doubled per RFC 4180.
    """
    line_delimiter: Annotated[StrictStr, Field(title="Line Delimiter")] = "\n"
    """
    CSV line delimiter
    """
    quote: Annotated[StrictStr, Field(title="Quote")] = '"'
    """
    CSV quote character
    """


class WorkflowRun(BaseModel):
    """
    A single execution of a workflow.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[StrictStr, Field(title="Id")]
    """
    Unique ID for this run
    """
    workflow_id: Annotated[StrictStr, Field(title="Workflow Id")]
    """
    ID of the workflow that was run
    """
    workflow_version_id: Annotated[StrictStr, Field(title="Workflow Version Id")]
    """
    Content-addressed workflow version used for this run.
    """
    trigger: TriggerInfo
    """
    What started this run
    """
    lifecycle: Annotated[
        PendingRun | RunningRun | AwaitingReviewRun | CompletedTerminal | ErrorTerminal | CancelledTerminal,
        Field(discriminator="status", title="Lifecycle"),
    ]
    """
    Lifecycle state of the run.
    """
    timing: RunTiming
    """
    All timing information
    """
    inputs: RunInputs | MISSING = MISSING
    """
    Input payloads supplied at run creation time
    """
    metadata: Annotated[dict[str, StrictStr] | None | MISSING, Field(title="Metadata")] = MISSING
    """
    User-defined metadata associated with this workflow run.
    """


class WorkflowRunList(BaseModel):
    """
    A page of `WorkflowRun` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    data: Annotated[list[WorkflowRun], Field(title="Data")]
    list_metadata: ListMetadata


class WorkflowStep(BaseModel):
    """
    Public step status object.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    block_id: Annotated[StrictStr, Field(title="Block Id")]
    """
    Logical ID of the block
    """
    step_id: Annotated[StrictStr, Field(title="Step Id")]
    """
    Full step ID with iteration context. Assigned ONCE at creation, never recomputed.
    """
    block_type: BlockType
    """
    Type of the block
    """
    block_label: Annotated[StrictStr, Field(title="Block Label")]
    """
    Label of the block
    """
    lifecycle: Annotated[
        PendingStepLifecycle
        | QueuedStepLifecycle
        | RunningStepLifecycle
        | CompletedStepLifecycle
        | AwaitingReviewStepLifecycle
        | ErrorStepLifecycle
        | SkippedStepLifecycle
        | CancelledStepLifecycle,
        Field(discriminator="status", title="Lifecycle"),
    ]
    """
    Current step lifecycle
    """
    started_at: Annotated[DateTime | None | MISSING, Field(title="Started At")] = MISSING
    """
    When the step started executing
    """
    completed_at: Annotated[DateTime | None | MISSING, Field(title="Completed At")] = MISSING
    """
    When the step finished executing
    """
    model: Annotated[StrictStr | None | MISSING, Field(title="Model")] = MISSING
    """
    LLM model used by this step, when applicable
    """
    loop_containers: Annotated[list[ContainerContextData], Field(title="Loop Containers", validate_default=True)] = []
    """
    Container hierarchy from outermost to innermost. Empty when not inside any container.
    """
    run_id: Annotated[StrictStr, Field(title="Run Id")]
    """
    Parent workflow run ID
    """
    created_at: Annotated[DateTime | None | MISSING, Field(title="Created At")] = MISSING
    """
    When the step was created
    """
    handle_inputs: Annotated[dict[str, PublicHandlePayload], Field(title="Handle Inputs", validate_default=True)] = {}
    """
    Handle input payloads consumed by this step
    """
    handle_outputs: Annotated[dict[str, PublicHandlePayload], Field(title="Handle Outputs", validate_default=True)] = {}
    """
    Handle output payloads produced by this step
    """
    artifact: StepArtifactRef | None | MISSING = MISSING
    """
    Reference to the result produced by this step, if any.
    """
    retry_count: Annotated[Integer, Field(title="Retry Count")] = 0
    """
    Number of retry attempts
    """


class WorkflowStepList(BaseModel):
    """
    A page of `WorkflowStep` resources. `data` holds the items and `list_metadata` carries the `before`/`after` cursors; pass `after` to fetch the next page.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    data: Annotated[list[WorkflowStep], Field(title="Data")]
    list_metadata: ListMetadata


class CancelWorkflowResponse(BaseModel):
    """
    Response for cancel workflow endpoint.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    run: WorkflowRun
    redis_available: Annotated[StrictBool, Field(title="Redis Available")] = True
    """
    Whether immediate cancellation signaling was available
    """
    cancellation_status: CancellationStatus = CancellationStatus.CANCELLATION_REQUESTED
    """
    Cancellation delivery state from this request
    """
