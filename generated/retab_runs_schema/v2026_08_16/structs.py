"""msgspec Structs of the Retab workflow-run record, for fast validation. Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, TypeAlias

from msgspec import UNSET, Meta, Struct, UnsetType, field

from retab_runs_schema.rfc3339 import Text


class AwaitingReviewRun(Struct, tag_field="status", tag="awaiting_review"):
    waiting_for_block_ids: (
        Annotated[list[str], Meta(description="Block IDs that are waiting for review", title="Waiting For Block Ids")]
        | UnsetType
    ) = field(default_factory=list)


class AwaitingReviewStepLifecycle(Struct, tag_field="status", tag="awaiting_review"):
    pass


class CancelWorkflowRequest(Struct):
    command_id: (
        Annotated[
            str, Meta(description="Optional idempotency key for deduplicating cancel commands", title="Command Id")
        ]
        | None
        | UnsetType
    ) = UNSET


class CancelledStepLifecycle(Struct, tag_field="status", tag="cancelled"):
    reason: Annotated[str, Meta(description="Reason the step was cancelled", title="Reason")]


class CancelledTerminal(Struct, tag_field="status", tag="cancelled"):
    reason: Annotated[str, Meta(description="Human-readable reason, when known", title="Reason")] | None | UnsetType = (
        UNSET
    )


class CompletedStepLifecycle(Struct, tag_field="status", tag="completed"):
    pass


class CompletedTerminal(Struct, tag_field="status", tag="completed"):
    pass


ParallelItemIndex: TypeAlias = Annotated[
    float, Meta(description="Parallel item index if is_parallel", multiple_of=1.0, title="Parallel Item Index")
]


class ContainerContextData(Struct):
    container_id: Annotated[str, Meta(description="Container ID (e.g., 'while_loop-abc')", title="Container Id")]
    iteration: Annotated[float, Meta(description="Iteration index (0-based)", multiple_of=1.0, title="Iteration")]
    is_parallel: (
        Annotated[bool, Meta(description="Whether this container represents a parallel item", title="Is Parallel")]
        | UnsetType
    ) = False
    parallel_item_index: (
        Annotated[
            ParallelItemIndex, Meta(description="Parallel item index if is_parallel", title="Parallel Item Index")
        ]
        | None
        | UnsetType
    ) = UNSET


class ErrorDetails(Struct):
    message: (
        Annotated[
            str,
            Meta(
                description="Human-readable error message. Free-text; the structured fields below are the machine-readable counterpart.",
                title="Message",
            ),
        ]
        | None
        | UnsetType
    ) = UNSET
    stack_trace: Annotated[str, Meta(description="Full stack trace", title="Stack Trace")] | None | UnsetType = UNSET
    block_id: Annotated[str, Meta(description="ID of the block that failed", title="Block Id")] | None | UnsetType = (
        UNSET
    )
    block_name: (
        Annotated[str, Meta(description="Name/label of the block that failed", title="Block Name")] | None | UnsetType
    ) = UNSET
    error_code: Annotated[str, Meta(description="Error code if available", title="Error Code")] | None | UnsetType = (
        UNSET
    )
    context: (
        Annotated[dict[str, Any], Meta(description="Additional context about the error", title="Context")]
        | None
        | UnsetType
    ) = UNSET


class FileRef(Struct):
    id: Annotated[str, Meta(description="ID of the file", title="Id")]
    filename: Annotated[str, Meta(description="Filename of the file", title="Filename")]
    mime_type: Annotated[str, Meta(description="MIME type of the file", title="Mime Type")]


class ListMetadata(Struct):
    before: Annotated[str, Meta(title="Before")] | None
    after: Annotated[str, Meta(title="After")] | None


class MIMEData(Struct):
    filename: Annotated[
        str,
        Meta(description="The filename of the file", examples=["file.pdf", "image.png", "data.txt"], title="Filename"),
    ]
    url: Annotated[
        str,
        Meta(
            description="The URL of the file in base64 format",
            examples=["data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADIA..."],
            title="Url",
        ),
    ]


class PendingRun(Struct, tag_field="status", tag="pending"):
    pass


class PendingStepLifecycle(Struct, tag_field="status", tag="pending"):
    pass


class QueuedStepLifecycle(Struct, tag_field="status", tag="queued"):
    pass


class RunInputs(Struct):
    documents: (
        Annotated[
            dict[str, FileRef],
            Meta(description="start_document block ID -> input document reference", title="Documents"),
        ]
        | UnsetType
    ) = field(default_factory=dict)
    json_data: (
        Annotated[dict[str, Any], Meta(description="start-json block ID -> input JSON data", title="Json Data")]
        | UnsetType
    ) = field(default_factory=dict)


class RunTiming(Struct):
    created_at: Annotated[Text, Meta(description="When the run record was created", title="Created At")] | UnsetType = (
        UNSET
    )
    started_at: (
        Annotated[Text, Meta(description="When the run started executing", title="Started At")] | None | UnsetType
    ) = UNSET
    completed_at: (
        Annotated[Text, Meta(description="When the run finished executing", title="Completed At")] | None | UnsetType
    ) = UNSET


class RunningRun(Struct, tag_field="status", tag="running"):
    pass


class RunningStepLifecycle(Struct, tag_field="status", tag="running"):
    pass


class SkippedStepLifecycle(Struct, tag_field="status", tag="skipped"):
    reason: Annotated[str, Meta(description="Reason the step was skipped", title="Reason")]


Loc: TypeAlias = Annotated[float, Meta(multiple_of=1.0)]


class ValidationErrorItem(Struct):
    loc: Annotated[list[str | Loc], Meta(title="Location")]
    msg: Annotated[str, Meta(title="Message")]
    type: Annotated[str, Meta(title="Error Type")]
    input: Annotated[Any, Meta(title="Input")] | UnsetType = UNSET
    ctx: Annotated[dict[str, Any], Meta(title="Context")] | UnsetType = field(default_factory=dict)


class WorkflowExportPayloadResponse(Struct):
    csv_data: Annotated[str, Meta(description="CSV content", title="Csv Data")]
    rows: Annotated[float, Meta(description="Data row count", multiple_of=1.0, title="Rows")]
    columns: Annotated[
        float, Meta(description="Column count including fixed columns", multiple_of=1.0, title="Columns")
    ]


class CancellationStatus(Enum):
    cancelled = "cancelled"
    cancellation_requested = "cancellation_requested"
    cancellation_failed = "cancellation_failed"


class ErrorStage(Enum):
    input_collection = "input_collection"
    registry_lookup = "registry_lookup"
    document_fetch = "document_fetch"
    execution = "execution"
    output_storage = "output_storage"
    routing = "routing"
    history_payload = "history_payload"


class ErrorCategory(Enum):
    transient = "transient"
    permanent = "permanent"
    quota = "quota"


class HandlePayloadType(Enum):
    file = "file"
    json = "json"


class ArtifactOperation(Enum):
    extraction = "extraction"
    split = "split"
    classification = "classification"
    parse = "parse"
    edit = "edit"
    partition = "partition"
    conditional_evaluation = "conditional_evaluation"
    review_trigger_evaluation = "review_trigger_evaluation"
    while_loop_termination = "while_loop_termination"
    api_call_invocation = "api_call_invocation"
    function_invocation = "function_invocation"


class TriggerType(Enum):
    manual = "manual"
    api = "api"
    schedule = "schedule"
    webhook = "webhook"
    email = "email"
    custom = "custom"
    restart = "restart"


class ExportSource(Enum):
    outputs = "outputs"
    inputs = "inputs"


class RunStatusFilter(Enum):
    pending = "pending"
    queued = "queued"
    running = "running"
    completed = "completed"
    error = "error"
    failed = "failed"
    awaiting_review = "awaiting_review"
    cancelled = "cancelled"


class TriggerTypeFilter(Enum):
    manual = "manual"
    api = "api"
    schedule = "schedule"
    webhook = "webhook"
    email = "email"
    restart = "restart"


class BlockType(Enum):
    start_document = "start_document"
    start_json = "start_json"
    note = "note"
    parse = "parse"
    edit = "edit"
    extract = "extract"
    split = "split"
    classifier = "classifier"
    conditional = "conditional"
    api_call = "api_call"
    function = "function"
    while_loop = "while_loop"
    for_each = "for_each"
    merge_dicts = "merge_dicts"
    while_loop_sentinel_start = "while_loop_sentinel_start"
    while_loop_sentinel_end = "while_loop_sentinel_end"
    for_each_sentinel_start = "for_each_sentinel_start"
    for_each_sentinel_end = "for_each_sentinel_end"


class SortOrder(Enum):
    asc = "asc"
    desc = "desc"


class ErrorResponse(Struct):
    detail: str | list[Any] | dict[str, Any] | None | UnsetType = UNSET


class CreateWorkflowRunRequest(Struct):
    workflow_id: Annotated[str, Meta(description="Workflow id for the fresh run.", title="Workflow Id")]
    documents: (
        Annotated[
            dict[str, MIMEData],
            Meta(description="Mapping of start_document block IDs to their input documents.", title="Documents"),
        ]
        | UnsetType
    ) = field(default_factory=dict)
    json_inputs: (
        Annotated[
            dict[str, Any],
            Meta(description="Mapping of start-json block IDs to their input JSON data.", title="Json Inputs"),
        ]
        | UnsetType
    ) = field(default_factory=dict)
    version: (
        Annotated[
            str,
            Meta(
                description="Workflow version to run: 'production', 'draft', or a pinned version id like 'ver_...'. Only valid for fresh-run creation.",
                examples=["production", "draft", "ver_abc123def456"],
                title="Version",
            ),
        ]
        | UnsetType
    ) = "production"
    metadata: (
        Annotated[
            dict[str, str],
            Meta(description="User-defined metadata to associate with this workflow run.", title="Metadata"),
        ]
        | None
        | UnsetType
    ) = UNSET


class ErrorStepLifecycle(Struct, tag_field="status", tag="error"):
    message: Annotated[str, Meta(description="Human-readable error message", title="Message")]
    stage: Annotated[ErrorStage, Meta(title="Stage")] | None | UnsetType = UNSET
    category: Annotated[ErrorCategory, Meta(title="Category")] | None | UnsetType = UNSET
    details: ErrorDetails | None | UnsetType = UNSET


class ErrorTerminal(Struct, tag_field="status", tag="error"):
    message: Annotated[str, Meta(description="Human-readable error message", title="Message")]
    stage: Annotated[ErrorStage, Meta(description="Which execution stage failed", title="Stage")] | None | UnsetType = (
        UNSET
    )
    category: (
        Annotated[ErrorCategory, Meta(description="Error category for retry decisions", title="Category")]
        | None
        | UnsetType
    ) = UNSET
    details: (
        Annotated[ErrorDetails, Meta(description="Detailed error context including stack trace")] | None | UnsetType
    ) = UNSET
    failing_step_id: (
        Annotated[
            str,
            Meta(
                description="Step ID of the failing step, when the failure was attributable to a specific step",
                title="Failing Step Id",
            ),
        ]
        | None
        | UnsetType
    ) = UNSET


class HTTPValidationError(Struct):
    detail: Annotated[list[ValidationErrorItem], Meta(title="Detail")] | UnsetType = field(default_factory=list)


class PublicHandlePayload(Struct):
    type: Annotated[HandlePayloadType, Meta(description="Type of payload")]
    document: Annotated[FileRef, Meta(description="For file handles: document reference")] | None | UnsetType = UNSET
    data: Annotated[Any, Meta(description="For JSON handles: structured data", title="Data")] | UnsetType = UNSET


class StepArtifactRef(Struct):
    operation: Annotated[ArtifactOperation, Meta(description="The kind of resource this artifact references")]
    id: Annotated[str, Meta(description="Resource identifier", title="Id")]


class TriggerInfo(Struct):
    type: Annotated[TriggerType, Meta(description="What started this run")]


class WorkflowExportPayloadRequest(Struct):
    workflow_id: Annotated[str, Meta(description="Workflow ID to export", title="Workflow Id")]
    block_id: Annotated[str, Meta(description="Block ID to export", title="Block Id")]
    export_source: Annotated[ExportSource, Meta(description="Use block outputs or inputs")] | UnsetType = (
        ExportSource.outputs
    )
    selected_run_ids: (
        Annotated[list[str], Meta(description="Run IDs filter (null means all runs)", title="Selected Run Ids")]
        | None
        | UnsetType
    ) = UNSET
    selected_doc_types: (
        Annotated[list[str], Meta(description="Doc type filter (null/empty means all)", title="Selected Doc Types")]
        | None
        | UnsetType
    ) = UNSET
    status: (
        Annotated[
            RunStatusFilter,
            Meta(description="Optional status filter (intersects with completed-only export scope)", title="Status"),
        ]
        | None
        | UnsetType
    ) = UNSET
    exclude_status: (
        Annotated[
            RunStatusFilter,
            Meta(
                description="Optional status exclusion filter (intersects with completed-only export scope)",
                title="Exclude Status",
            ),
        ]
        | None
        | UnsetType
    ) = UNSET
    from_date: (
        Annotated[str, Meta(description="Optional start date filter (YYYY-MM-DD)", title="From Date")]
        | None
        | UnsetType
    ) = UNSET
    to_date: (
        Annotated[str, Meta(description="Optional end date filter (YYYY-MM-DD)", title="To Date")] | None | UnsetType
    ) = UNSET
    trigger_type: (
        Annotated[TriggerTypeFilter, Meta(description="Optional trigger type filter", title="Trigger Type")]
        | None
        | UnsetType
    ) = UNSET
    preferred_columns: (
        Annotated[list[str], Meta(description="Preferred data column order", title="Preferred Columns")] | UnsetType
    ) = field(default_factory=list)
    delimiter: (
        Annotated[
            str,
            Meta(
                description="CSV field delimiter. Default is ';' (the Excel EU-locale default); pass ',' for RFC 4180 compatibility. Cell values are always quoted when they contain the delimiter, the line terminator, or the quote character, with embedded quotes doubled per RFC 4180.",
                title="Delimiter",
            ),
        ]
        | UnsetType
    ) = ";"
    line_delimiter: Annotated[str, Meta(description="CSV line delimiter", title="Line Delimiter")] | UnsetType = "\n"
    quote: Annotated[str, Meta(description="CSV quote character", title="Quote")] | UnsetType = '"'


class WorkflowRun(Struct):
    id: Annotated[str, Meta(description="Unique ID for this run", title="Id")]
    workflow_id: Annotated[str, Meta(description="ID of the workflow that was run", title="Workflow Id")]
    workflow_version_id: Annotated[
        str, Meta(description="Content-addressed workflow version used for this run.", title="Workflow Version Id")
    ]
    trigger: Annotated[TriggerInfo, Meta(description="What started this run")]
    lifecycle: Annotated[
        PendingRun | RunningRun | AwaitingReviewRun | CompletedTerminal | ErrorTerminal | CancelledTerminal,
        Meta(description="Lifecycle state of the run.", title="Lifecycle"),
    ]
    timing: Annotated[RunTiming, Meta(description="All timing information")]
    inputs: Annotated[RunInputs, Meta(description="Input payloads supplied at run creation time")] | UnsetType = UNSET
    metadata: (
        Annotated[
            dict[str, str],
            Meta(description="User-defined metadata associated with this workflow run.", title="Metadata"),
        ]
        | None
        | UnsetType
    ) = UNSET


class WorkflowRunList(Struct):
    data: Annotated[list[WorkflowRun], Meta(title="Data")]
    list_metadata: ListMetadata


class WorkflowStep(Struct):
    block_id: Annotated[str, Meta(description="Logical ID of the block", title="Block Id")]
    step_id: Annotated[
        str,
        Meta(
            description="Full step ID with iteration context. Assigned ONCE at creation, never recomputed.",
            title="Step Id",
        ),
    ]
    block_type: Annotated[BlockType, Meta(description="Type of the block")]
    block_label: Annotated[str, Meta(description="Label of the block", title="Block Label")]
    lifecycle: Annotated[
        PendingStepLifecycle
        | QueuedStepLifecycle
        | RunningStepLifecycle
        | CompletedStepLifecycle
        | AwaitingReviewStepLifecycle
        | ErrorStepLifecycle
        | SkippedStepLifecycle
        | CancelledStepLifecycle,
        Meta(description="Current step lifecycle", title="Lifecycle"),
    ]
    run_id: Annotated[str, Meta(description="Parent workflow run ID", title="Run Id")]
    started_at: (
        Annotated[Text, Meta(description="When the step started executing", title="Started At")] | None | UnsetType
    ) = UNSET
    completed_at: (
        Annotated[Text, Meta(description="When the step finished executing", title="Completed At")] | None | UnsetType
    ) = UNSET
    model: (
        Annotated[str, Meta(description="LLM model used by this step, when applicable", title="Model")]
        | None
        | UnsetType
    ) = UNSET
    loop_containers: (
        Annotated[
            list[ContainerContextData],
            Meta(
                description="Container hierarchy from outermost to innermost. Empty when not inside any container.",
                title="Loop Containers",
            ),
        ]
        | UnsetType
    ) = field(default_factory=list)
    created_at: (
        Annotated[Text, Meta(description="When the step was created", title="Created At")] | None | UnsetType
    ) = UNSET
    handle_inputs: (
        Annotated[
            dict[str, PublicHandlePayload],
            Meta(description="Handle input payloads consumed by this step", title="Handle Inputs"),
        ]
        | UnsetType
    ) = field(default_factory=dict)
    handle_outputs: (
        Annotated[
            dict[str, PublicHandlePayload],
            Meta(description="Handle output payloads produced by this step", title="Handle Outputs"),
        ]
        | UnsetType
    ) = field(default_factory=dict)
    artifact: (
        Annotated[StepArtifactRef, Meta(description="Reference to the result produced by this step, if any.")]
        | None
        | UnsetType
    ) = UNSET
    retry_count: (
        Annotated[float, Meta(description="Number of retry attempts", multiple_of=1.0, title="Retry Count")] | UnsetType
    ) = 0


class WorkflowStepList(Struct):
    data: Annotated[list[WorkflowStep], Meta(title="Data")]
    list_metadata: ListMetadata


class CancelWorkflowResponse(Struct):
    run: WorkflowRun
    redis_available: (
        Annotated[
            bool, Meta(description="Whether immediate cancellation signaling was available", title="Redis Available")
        ]
        | UnsetType
    ) = True
    cancellation_status: (
        Annotated[CancellationStatus, Meta(description="Cancellation delivery state from this request")] | UnsetType
    ) = CancellationStatus.cancellation_requested
