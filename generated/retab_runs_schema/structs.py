"""msgspec Structs of the Retab workflow-run record, for fast validation. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, TypeAlias

from msgspec import UNSET, Meta, Struct, UnsetType, field

from retab_runs_schema.json_values import Object
from retab_runs_schema.rfc3339 import Text

DurationMs: TypeAlias = Annotated[
    float,
    Meta(
        description="Wall-clock length of the run in milliseconds, once it has ended.",
        multiple_of=1.0,
        title="Duration Ms",
    ),
]


ParallelCompletionCountersAdditionalProperty: TypeAlias = Annotated[float, Meta(multiple_of=1.0)]


class RunStatus(Enum):
    pending = "pending"
    queued = "queued"
    running = "running"
    completed = "completed"
    error = "error"
    waiting_for_human = "waiting_for_human"
    cancelled = "cancelled"


class StepStatus(Enum):
    pending = "pending"
    queued = "queued"
    running = "running"
    completed = "completed"
    skipped = "skipped"
    error = "error"
    waiting_for_human = "waiting_for_human"
    cancelled = "cancelled"


class ExecutionPhase(Enum):
    created = "created"
    dispatching = "dispatching"
    started = "started"
    running = "running"


class TriggerType(Enum):
    manual = "manual"
    api = "api"
    schedule = "schedule"
    webhook = "webhook"
    email = "email"
    restart = "restart"


class ErrorStage(Enum):
    input_collection = "input_collection"
    registry_lookup = "registry_lookup"
    execution = "execution"
    output_storage = "output_storage"
    routing = "routing"
    history_payload = "history_payload"


class ErrorCategory(Enum):
    transient = "transient"
    permanent = "permanent"
    quota = "quota"


class NodeType(Enum):
    start = "start"
    start_json = "start_json"
    start_text = "start_text"
    end = "end"
    note = "note"
    parse = "parse"
    edit = "edit"
    extract = "extract"
    split = "split"
    classifier = "classifier"
    conditional = "conditional"
    hil = "hil"
    api_call = "api_call"
    functions = "functions"
    reshape = "reshape"
    while_loop = "while_loop"
    for_each = "for_each"
    merge_pdf = "merge_pdf"
    merge_dicts = "merge_dicts"
    while_loop_sentinel_start = "while_loop_sentinel_start"
    while_loop_sentinel_end = "while_loop_sentinel_end"
    for_each_sentinel_start = "for_each_sentinel_start"
    for_each_sentinel_end = "for_each_sentinel_end"


class RunResumeStatus(Enum):
    idle = "idle"
    waiting_for_human = "waiting_for_human"
    partially_resumed = "partially_resumed"
    resuming = "resuming"
    fully_resumed = "fully_resumed"


class SpanStatus(Enum):
    success = "success"
    error = "error"


class ToolCallStatus(Enum):
    success = "success"
    error = "error"


class ResumeQueueItemStatus(Enum):
    queued = "queued"
    claimed = "claimed"
    processing = "processing"
    completed = "completed"
    failed = "failed"


class HILSignalStatus(Enum):
    idle = "idle"
    signaling = "signaling"
    signaled = "signaled"
    accepted = "accepted"
    failed = "failed"


DurationMs1: TypeAlias = Annotated[
    float, Meta(description="How long the step took, in milliseconds.", multiple_of=1.0, title="Duration Ms")
]


Iteration: TypeAlias = Annotated[
    float,
    Meta(description="Zero-based loop iteration, if the step runs in a loop.", multiple_of=1.0, title="Iteration"),
]


class BaseMIMEData(Struct):
    id: Annotated[str, Meta(description="Id of the file.", title="Id")]
    filename: Annotated[str, Meta(description="Name of the file.", title="Filename")]
    mime_type: Annotated[str, Meta(description="Media type of the file (e.g. `application/pdf`).", title="Mime Type")]


class FinalNodeOutput(Struct):
    label: Annotated[str, Meta(description="Label of the end node.", title="Label")] | None | UnsetType = UNSET
    json_data: (
        Annotated[dict[str, Any], Meta(description="Data the end node produced (older shape).", title="Json Data")]
        | None
        | UnsetType
    ) = UNSET
    document: (
        Annotated[
            dict[str, Any],
            Meta(description="The document the data was produced from (webhook shape).", title="Document"),
        ]
        | None
        | UnsetType
    ) = UNSET
    data: (
        Annotated[dict[str, Any], Meta(description="Data the end node produced (webhook shape).", title="Data")]
        | None
        | UnsetType
    ) = UNSET


class ErrorDetails(Struct):
    stack_trace: (
        Annotated[str, Meta(description="Python stack trace of the failure.", title="Stack Trace")] | None | UnsetType
    ) = UNSET
    block_id: Annotated[str, Meta(description="Id of the block that failed.", title="Block Id")] | None | UnsetType = (
        UNSET
    )
    block_name: (
        Annotated[str, Meta(description="Label of the block that failed.", title="Block Name")] | None | UnsetType
    ) = UNSET
    error_code: (
        Annotated[str, Meta(description="Machine-readable code of the failure, if there is one.", title="Error Code")]
        | None
        | UnsetType
    ) = UNSET
    context: (
        Annotated[dict[str, Any], Meta(description="Anything else known about the failure.", title="Context")]
        | None
        | UnsetType
    ) = UNSET


IterationIndex: TypeAlias = Annotated[
    float, Meta(description="Zero-based iteration, for iteration spans.", multiple_of=1.0, title="Iteration Index")
]


RelativeStartMs: TypeAlias = Annotated[
    float,
    Meta(
        description="Start of the span in milliseconds after the run started.",
        multiple_of=1.0,
        title="Relative Start Ms",
    ),
]


class ResumeQueueItem(Struct):
    node_id: Annotated[str, Meta(description="Id of the review node the decision is for.", title="Node Id")]
    approved: Annotated[bool, Meta(description="Whether the reviewer approved the data.", title="Approved")]
    id: Annotated[str, Meta(description="Id of this queue entry.", title="Id")] | UnsetType = UNSET
    modified_data: (
        Annotated[
            dict[str, Any], Meta(description="Data as corrected by the reviewer, if changed.", title="Modified Data")
        ]
        | None
        | UnsetType
    ) = UNSET
    queued_at: Annotated[Text, Meta(description="When the decision was queued.", title="Queued At")] | UnsetType = UNSET
    status: Annotated[ResumeQueueItemStatus, Meta(description="Processing state of the decision.")] | UnsetType = (
        ResumeQueueItemStatus.queued
    )


class ActiveResume(Struct):
    queue_item_id: Annotated[str, Meta(description="Id of the queue entry being applied.", title="Queue Item Id")]
    node_id: Annotated[str, Meta(description="Id of the review node the decision is for.", title="Node Id")]
    claimed_at: (
        Annotated[Text, Meta(description="When the decision was claimed for processing.", title="Claimed At")]
        | UnsetType
    ) = UNSET
    timeout_seconds: (
        Annotated[
            float,
            Meta(
                description="Seconds after which an unfinished claim is stale.",
                multiple_of=1.0,
                title="Timeout Seconds",
            ),
        ]
        | UnsetType
    ) = 300


class HILSignalState(Struct):
    status: Annotated[HILSignalStatus, Meta(description="Delivery state of the signal.")] | UnsetType = (
        HILSignalStatus.idle
    )
    attempts: (
        Annotated[float, Meta(description="How many times delivery was tried.", multiple_of=1.0, title="Attempts")]
        | UnsetType
    ) = 0
    last_error: (
        Annotated[str, Meta(description="Error from the latest failed attempt.", title="Last Error")] | None | UnsetType
    ) = UNSET
    last_attempt_at: (
        Annotated[Text, Meta(description="When delivery was last tried.", title="Last Attempt At")] | None | UnsetType
    ) = UNSET
    signaled_at: (
        Annotated[Text, Meta(description="When the signal was sent.", title="Signaled At")] | None | UnsetType
    ) = UNSET
    accepted_at: (
        Annotated[Text, Meta(description="When the engine confirmed it received the signal.", title="Accepted At")]
        | None
        | UnsetType
    ) = UNSET
    modified_data: (
        Annotated[
            dict[str, Any],
            Meta(description="Data as corrected by the reviewer, carried with the signal.", title="Modified Data"),
        ]
        | None
        | UnsetType
    ) = UNSET


ParallelItemIndex: TypeAlias = Annotated[
    float,
    Meta(
        description="Index of the parallel item, when `is_parallel` is true.",
        multiple_of=1.0,
        title="Parallel Item Index",
    ),
]


class ContainerContextData(Struct):
    container_id: Annotated[
        str, Meta(description="Id of the container node (e.g. `while_loop-abc`).", title="Container Id")
    ]
    iteration: Annotated[
        float, Meta(description="Zero-based iteration of the container.", multiple_of=1.0, title="Iteration")
    ]
    is_parallel: (
        Annotated[bool, Meta(description="Whether the container runs its items in parallel.", title="Is Parallel")]
        | UnsetType
    ) = False
    parallel_item_index: (
        Annotated[
            ParallelItemIndex,
            Meta(description="Index of the parallel item, when `is_parallel` is true.", title="Parallel Item Index"),
        ]
        | None
        | UnsetType
    ) = UNSET


class TokenUsage(Struct):
    input: Annotated[float, Meta(description="Input (prompt) tokens.", multiple_of=1.0, title="Input")] | UnsetType = 0
    output: (
        Annotated[float, Meta(description="Output (completion) tokens.", multiple_of=1.0, title="Output")] | UnsetType
    ) = 0
    total: (
        Annotated[float, Meta(description="Input plus output tokens.", multiple_of=1.0, title="Total")] | UnsetType
    ) = 0


class ModelCostEntry(Struct):
    input: Annotated[float, Meta(description="Cost of input tokens in US dollars.", title="Input")] | UnsetType = 0.0
    output: Annotated[float, Meta(description="Cost of output tokens in US dollars.", title="Output")] | UnsetType = 0.0
    total: Annotated[float, Meta(description="Total cost in US dollars.", title="Total")] | UnsetType = 0.0
    tokens: Annotated[TokenUsage, Meta(description="Tokens the model used.")] | None | UnsetType = UNSET


class ToolCall(Struct):
    name: Annotated[str, Meta(description="Name of the tool.", title="Name")]
    duration: (
        Annotated[float, Meta(description="Length of the call in milliseconds.", multiple_of=1.0, title="Duration")]
        | UnsetType
    ) = 0
    start_time: (
        Annotated[str, Meta(description="When the call started, as an ISO 8601 timestamp string.", title="Start Time")]
        | None
        | UnsetType
    ) = UNSET
    end_time: (
        Annotated[str, Meta(description="When the call ended, as an ISO 8601 timestamp string.", title="End Time")]
        | None
        | UnsetType
    ) = UNSET
    status: Annotated[ToolCallStatus, Meta(description="Whether the call succeeded.")] | UnsetType = (
        ToolCallStatus.success
    )
    input: (
        Annotated[dict[str, Any], Meta(description="Arguments the tool was called with.", title="Input")]
        | None
        | UnsetType
    ) = UNSET
    output: (
        Annotated[dict[str, Any], Meta(description="What the tool returned.", title="Output")] | None | UnsetType
    ) = UNSET
    error: Annotated[str, Meta(description="Why the call failed, if it did.", title="Error")] | None | UnsetType = UNSET


class ErrorResponse(Struct):
    detail: (
        Annotated[str | list[Any] | dict[str, Any], Meta(description="What went wrong.", title="Detail")]
        | None
        | UnsetType
    ) = UNSET


Loc: TypeAlias = Annotated[float, Meta(multiple_of=1.0)]


class ValidationErrorItem(Struct):
    loc: Annotated[
        list[str | Loc], Meta(description='Where the problem is, e.g. `["query", "access_token"]`.', title="Location")
    ]
    msg: Annotated[str, Meta(description="What is wrong, for people.", title="Message")]
    type: Annotated[str, Meta(description="What is wrong, for programs.", title="Error Type")]
    input: Annotated[Any, Meta(description="The value that was rejected.", title="Input")] | UnsetType = UNSET
    ctx: (
        Annotated[dict[str, Any], Meta(description="Values the message was built from.", title="Context")] | UnsetType
    ) = UNSET


class CancelWorkflowRequest(Struct):
    command_id: (
        Annotated[str, Meta(description="Idempotency key: a cancel sent again with the same key acts once.")]
        | None
        | UnsetType
    ) = UNSET


class DocumentSignedUrlResponse(Struct):
    signed_url: Annotated[str, Meta(description="The link; it expires.")]
    filename: Annotated[str, Meta(description="Name of the file as it was given.")]
    mime_type: Annotated[str, Meta(description="MIME type of the file, when known.")] | None | UnsetType = UNSET


class ListMetadata(Struct):
    before: (
        Annotated[
            str,
            Meta(
                description="Id of the first run of this page when runs precede it in the requested order, else null."
            ),
        ]
        | None
    )
    after: (
        Annotated[
            str,
            Meta(
                description="Id of the last run of this page when more runs follow it in the requested order, else null."
            ),
        ]
        | None
    )


class MIMEDataInput(Struct):
    filename: Annotated[str, Meta(description="Name of the file (its extension helps tell its type).")]
    content: Annotated[
        str,
        Meta(
            description="The file's bytes, base64-encoded.",
            pattern="^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
        ),
    ]
    mime_type: Annotated[str, Meta(description="MIME type of the file (application/pdf, image/png, ...).")]


class NodeSimulation(Struct):
    id: Annotated[str, Meta(description="Id of the simulation.")]
    organization_id: Annotated[str, Meta(description="Organisation that owns it.")]
    workflow_id: Annotated[str, Meta(description="Workflow of the node.")]
    run_id: Annotated[str, Meta(description="Run whose inputs were used.")]
    node_id: Annotated[str, Meta(description="The node simulated.")]
    node_type: Annotated[str, Meta(description="Type of the node.")]
    success: Annotated[bool, Meta(description="Whether the node ran without error.")]
    handle_inputs: (
        Annotated[dict[str, Any], Meta(description="What the node received, by input handle.")] | None | UnsetType
    ) = UNSET
    output: (
        Annotated[dict[str, Any], Meta(description="What the node produced, as its executor returned it.")]
        | None
        | UnsetType
    ) = UNSET
    handle_outputs: (
        Annotated[dict[str, Any], Meta(description="What the node produced, by output handle.")] | None | UnsetType
    ) = UNSET
    routing_decision: (
        Annotated[list[str], Meta(description="The output handles a routing node chose.")] | None | UnsetType
    ) = UNSET
    error: Annotated[str, Meta(description="Why the simulation failed, when it did.")] | None | UnsetType = UNSET
    duration_ms: Annotated[float, Meta(description="How long it took, in milliseconds.")] | None | UnsetType = UNSET
    skipped: Annotated[bool, Meta(description="Whether the node was skipped for lack of inputs.")] | UnsetType = False
    created_at: Annotated[Text, Meta(description="When the simulation ran.")] | UnsetType = UNSET
    block_config: (
        Annotated[
            dict[str, Any], Meta(description="The node configuration used (the current draft, not the published one).")
        ]
        | None
        | UnsetType
    ) = UNSET


class PaginatedList(Struct):
    data: Annotated[
        list[Any], Meta(description="The runs of this page: whole runs, or only the fields asked for with `fields`.")
    ]
    list_metadata: Annotated[
        ListMetadata, Meta(description="The cursors: pass `after` (or `before`) to get the next (or previous) page.")
    ]


StatusCode: TypeAlias = Annotated[float, Meta(description="HTTP status of the answer.", multiple_of=1.0)]


class RerunApiCallResponse(Struct):
    status_code: Annotated[StatusCode, Meta(description="HTTP status of the answer.")] | None | UnsetType = UNSET
    response_text: Annotated[str, Meta(description="Body of the answer, cut short when long.")] | None | UnsetType = (
        UNSET
    )
    response_data: (
        Annotated[dict[str, Any], Meta(description="Body of the answer as JSON, when it was.")] | None | UnsetType
    ) = UNSET
    error: Annotated[str, Meta(description="Why the call failed, when it did.")] | None | UnsetType = UNSET
    duration_ms: Annotated[float, Meta(description="How long the call took, in milliseconds.")] | None | UnsetType = (
        UNSET
    )


WebhookStatusCode: TypeAlias = Annotated[float, Meta(description="HTTP status the receiver answered.", multiple_of=1.0)]


class RerunWebhookResponse(Struct):
    webhook_sent: Annotated[bool, Meta(description="Whether the webhook was delivered.")]
    webhook_status_code: (
        Annotated[WebhookStatusCode, Meta(description="HTTP status the receiver answered.")] | None | UnsetType
    ) = UNSET
    webhook_response_text: (
        Annotated[str, Meta(description="Body the receiver answered, cut short when long.")] | None | UnsetType
    ) = UNSET
    webhook_response_headers: (
        Annotated[dict[str, str], Meta(description="Headers the receiver answered.")] | None | UnsetType
    ) = UNSET
    webhook_request_body: (
        Annotated[dict[str, Any], Meta(description="The payload that was sent.")] | None | UnsetType
    ) = UNSET
    webhook_duration_ms: (
        Annotated[float, Meta(description="How long the delivery took, in milliseconds.")] | None | UnsetType
    ) = UNSET
    webhook_error: Annotated[str, Meta(description="Why the delivery failed, when it did.")] | None | UnsetType = UNSET


class RestartWorkflowRequest(Struct):
    command_id: (
        Annotated[str, Meta(description="Idempotency key: a restart sent again with the same key starts one run.")]
        | None
        | UnsetType
    ) = UNSET


class ResumeWorkflowRequest(Struct):
    node_id: Annotated[str, Meta(description="The review node decided on.")]
    approved: Annotated[bool, Meta(description="True to approve and continue, false to reject.")]
    command_id: (
        Annotated[str, Meta(description="Idempotency key: a decision sent again with the same key is applied once.")]
        | None
        | UnsetType
    ) = UNSET
    modified_data: (
        Annotated[dict[str, Any], Meta(description="The data as the reviewer corrected it, if they did.")]
        | None
        | UnsetType
    ) = UNSET


QueuePosition: TypeAlias = Annotated[
    float, Meta(description="Place in the queue when queued, else null.", multiple_of=1.0)
]


class RunWorkflowRequest(Struct):
    documents: Annotated[dict[str, MIMEDataInput], Meta(description="Documents for `start` nodes.")] | UnsetType = (
        field(default_factory=dict)
    )
    json_inputs: (
        Annotated[dict[str, dict[str, Any]], Meta(description="JSON objects for `start_json` nodes.")] | UnsetType
    ) = field(default_factory=dict)
    text_inputs: Annotated[dict[str, str], Meta(description="Text for `start_text` nodes.")] | UnsetType = field(
        default_factory=dict
    )


class StepOutputResponse(Struct):
    node_id: Annotated[str, Meta(description="The node of the step.")]
    node_type: Annotated[str, Meta(description="Type of the node.")]
    node_label: Annotated[str, Meta(description="Label of the node.")]
    status: Annotated[str, Meta(description="Status of the step.")]
    output: Annotated[dict[str, Any], Meta(description="What the step produced.")] | None | UnsetType = UNSET
    handle_outputs: (
        Annotated[dict[str, Any], Meta(description="What the step produced, by output handle.")] | None | UnsetType
    ) = UNSET
    handle_inputs: (
        Annotated[dict[str, Any], Meta(description="What the step received, by input handle.")] | None | UnsetType
    ) = UNSET


class StepOutputsBatchRequest(Struct):
    node_ids: Annotated[list[str], Meta(description="Node ids of the steps.")] | UnsetType = field(default_factory=list)


class StepOutputsBatchResponse(Struct):
    outputs: (
        Annotated[
            dict[str, StepOutputResponse],
            Meta(description="One entry per step found; steps that do not exist are left out."),
        ]
        | UnsetType
    ) = field(default_factory=dict)


class WorkflowEdge(Struct):
    source: Annotated[str, Meta(description="Node the edge leaves.")]
    target: Annotated[str, Meta(description="Node the edge enters.")]
    id: Annotated[str, Meta(description="Id of the edge.")] | UnsetType = UNSET
    source_handle: (
        Annotated[str, Meta(description="Output handle of the source, for nodes with several.")] | None | UnsetType
    ) = UNSET
    target_handle: (
        Annotated[str, Meta(description="Input handle of the target, for nodes with several.")] | None | UnsetType
    ) = UNSET
    animated: Annotated[bool, Meta(description="Drawn animated in the editor.")] | UnsetType = True


class WorkflowExportPayloadResponse(Struct):
    csv_data: Annotated[str, Meta(description="The CSV.")]
    rows: Annotated[float, Meta(description="Number of data rows.", multiple_of=1.0)]
    columns: Annotated[float, Meta(description="Number of columns, the fixed ones included.", multiple_of=1.0)]


class WorkflowExportScopeResponse(Struct):
    run_count: Annotated[float, Meta(description="Runs that give rows.", multiple_of=1.0)]
    rows_count: Annotated[float, Meta(description="Rows.", multiple_of=1.0)]
    columns_count: Annotated[float, Meta(description="Data columns.", multiple_of=1.0)]
    column_names: Annotated[list[str], Meta(description="Names of the data columns, in order.")] | UnsetType = field(
        default_factory=list
    )


class WorkflowNodePosition(Struct):
    x: Annotated[float, Meta(description="Horizontal.")]
    y: Annotated[float, Meta(description="Vertical.")]


class WorkflowRunExecutionOrderResponse(Struct):
    run_id: Annotated[str, Meta(description="The run.")]
    ordered_step_ids: Annotated[list[str], Meta(description="Step ids, in order.")] | UnsetType = field(
        default_factory=list
    )


class CancellationStatus(Enum):
    cancelled = "cancelled"
    cancellation_requested = "cancellation_requested"
    cancellation_failed = "cancellation_failed"


class ResumeStatus(Enum):
    processing = "processing"
    queued = "queued"
    already_processed = "already_processed"


class ExportSource(Enum):
    outputs = "outputs"
    inputs = "inputs"


class RunStatusFilter(Enum):
    pending = "pending"
    running = "running"
    completed = "completed"
    error = "error"
    waiting_for_human = "waiting_for_human"
    cancelled = "cancelled"


class ExportFormat(Enum):
    csv = "csv"
    xlsx = "xlsx"
    json = "json"


class SortOrder(Enum):
    asc = "asc"
    desc = "desc"


class DocumentType(Enum):
    input = "input"
    output = "output"


class RunCounts(Struct):
    pass


class RunCostSummary(Struct):
    total: Annotated[float, Meta(description="Total cost in US dollars.", title="Total")] | UnsetType = 0.0
    input_cost: (
        Annotated[float, Meta(description="Cost of input tokens in US dollars.", title="Input Cost")] | UnsetType
    ) = 0.0
    output_cost: (
        Annotated[float, Meta(description="Cost of output tokens in US dollars.", title="Output Cost")] | UnsetType
    ) = 0.0
    total_tokens: (
        Annotated[float, Meta(description="Tokens used by all models.", multiple_of=1.0, title="Total Tokens")]
        | UnsetType
    ) = 0
    prompt_tokens: (
        Annotated[float, Meta(description="Input tokens used by all models.", multiple_of=1.0, title="Prompt Tokens")]
        | UnsetType
    ) = 0
    completion_tokens: (
        Annotated[
            float, Meta(description="Output tokens used by all models.", multiple_of=1.0, title="Completion Tokens")
        ]
        | UnsetType
    ) = 0
    models: (
        Annotated[dict[str, ModelCostEntry], Meta(description="Cost per model, keyed by model name.", title="Models")]
        | None
        | UnsetType
    ) = UNSET


class IterationContextData(Struct):
    containers: (
        Annotated[
            list[ContainerContextData], Meta(description="Containers from outermost to innermost.", title="Containers")
        ]
        | UnsetType
    ) = field(default_factory=list)


class CostBreakdown(Struct):
    input: Annotated[float, Meta(description="Cost of input tokens in US dollars.", title="Input")] | UnsetType = 0.0
    output: Annotated[float, Meta(description="Cost of output tokens in US dollars.", title="Output")] | UnsetType = 0.0
    total: Annotated[float, Meta(description="Total cost in US dollars.", title="Total")] | UnsetType = 0.0
    tokens: Annotated[TokenUsage, Meta(description="Tokens behind the cost.")] | None | UnsetType = UNSET
    model: (
        Annotated[str, Meta(description="Model that was called (e.g. `gpt-5.2`).", title="Model")] | None | UnsetType
    ) = UNSET


class HTTPValidationError(Struct):
    detail: (
        Annotated[list[ValidationErrorItem], Meta(description="One entry per problem.", title="Detail")] | UnsetType
    ) = UNSET


class WorkflowExportFileRequest(Struct):
    workflow_id: Annotated[str, Meta(description="Workflow whose runs are exported.")]
    node_id: Annotated[str, Meta(description="Node whose data makes the rows.")]
    export_source: (
        Annotated[
            ExportSource, Meta(description="Export what the node produced (outputs) or what it received (inputs).")
        ]
        | UnsetType
    ) = ExportSource.outputs
    selected_run_ids: (
        Annotated[list[str], Meta(description="Only these runs; null for every run that matches the filters.")]
        | None
        | UnsetType
    ) = UNSET
    selected_doc_types: (
        Annotated[list[str], Meta(description="Only these document types; null or empty for all.")] | None | UnsetType
    ) = UNSET
    status: (
        Annotated[RunStatusFilter, Meta(description="Only runs in this status (on top of the export's own scope).")]
        | None
        | UnsetType
    ) = UNSET
    exclude_status: (
        Annotated[RunStatusFilter, Meta(description="Leave out runs in this status.")] | None | UnsetType
    ) = UNSET
    from_date: (
        Annotated[str, Meta(description="Only runs created on or after this day (YYYY-MM-DD).")] | None | UnsetType
    ) = UNSET
    to_date: (
        Annotated[str, Meta(description="Only runs created on or before this day (YYYY-MM-DD).")] | None | UnsetType
    ) = UNSET
    trigger_types: (
        Annotated[list[TriggerType], Meta(description="Only runs started one of these ways.")] | None | UnsetType
    ) = UNSET
    preferred_columns: (
        Annotated[list[str], Meta(description="Data columns to put first, in this order.")] | UnsetType
    ) = field(default_factory=list)
    format: Annotated[ExportFormat, Meta(description="File format of the export.")] | UnsetType = ExportFormat.csv
    delimiter: Annotated[str, Meta(description="Field separator of the CSV.")] | UnsetType = ";"
    line_delimiter: Annotated[str, Meta(description="Line separator of the CSV.")] | UnsetType = "\n"
    quote: Annotated[str, Meta(description="Quote character of the CSV.")] | UnsetType = '"'


class WorkflowExportPayloadRequest(Struct):
    workflow_id: Annotated[str, Meta(description="Workflow whose runs are exported.")]
    node_id: Annotated[str, Meta(description="Node whose data makes the rows.")]
    export_source: (
        Annotated[
            ExportSource, Meta(description="Export what the node produced (outputs) or what it received (inputs).")
        ]
        | UnsetType
    ) = ExportSource.outputs
    selected_run_ids: (
        Annotated[list[str], Meta(description="Only these runs; null for every run that matches the filters.")]
        | None
        | UnsetType
    ) = UNSET
    selected_doc_types: (
        Annotated[list[str], Meta(description="Only these document types; null or empty for all.")] | None | UnsetType
    ) = UNSET
    status: (
        Annotated[RunStatusFilter, Meta(description="Only runs in this status (on top of the export's own scope).")]
        | None
        | UnsetType
    ) = UNSET
    exclude_status: (
        Annotated[RunStatusFilter, Meta(description="Leave out runs in this status.")] | None | UnsetType
    ) = UNSET
    from_date: (
        Annotated[str, Meta(description="Only runs created on or after this day (YYYY-MM-DD).")] | None | UnsetType
    ) = UNSET
    to_date: (
        Annotated[str, Meta(description="Only runs created on or before this day (YYYY-MM-DD).")] | None | UnsetType
    ) = UNSET
    trigger_types: (
        Annotated[list[TriggerType], Meta(description="Only runs started one of these ways.")] | None | UnsetType
    ) = UNSET
    preferred_columns: (
        Annotated[list[str], Meta(description="Data columns to put first, in this order.")] | UnsetType
    ) = field(default_factory=list)
    delimiter: Annotated[str, Meta(description="Field separator of the CSV.")] | UnsetType = ";"
    line_delimiter: Annotated[str, Meta(description="Line separator of the CSV.")] | UnsetType = "\n"
    quote: Annotated[str, Meta(description="Quote character of the CSV.")] | UnsetType = '"'


class WorkflowExportScopeRequest(Struct):
    workflow_id: Annotated[str, Meta(description="Workflow whose runs are exported.")]
    node_id: Annotated[str, Meta(description="Node whose data makes the rows.")]
    export_source: (
        Annotated[
            ExportSource, Meta(description="Export what the node produced (outputs) or what it received (inputs).")
        ]
        | UnsetType
    ) = ExportSource.outputs
    selected_run_ids: (
        Annotated[list[str], Meta(description="Only these runs; null for every run that matches the filters.")]
        | None
        | UnsetType
    ) = UNSET
    selected_doc_types: (
        Annotated[list[str], Meta(description="Only these document types; null or empty for all.")] | None | UnsetType
    ) = UNSET
    status: (
        Annotated[RunStatusFilter, Meta(description="Only runs in this status (on top of the export's own scope).")]
        | None
        | UnsetType
    ) = UNSET
    exclude_status: (
        Annotated[RunStatusFilter, Meta(description="Leave out runs in this status.")] | None | UnsetType
    ) = UNSET
    from_date: (
        Annotated[str, Meta(description="Only runs created on or after this day (YYYY-MM-DD).")] | None | UnsetType
    ) = UNSET
    to_date: (
        Annotated[str, Meta(description="Only runs created on or before this day (YYYY-MM-DD).")] | None | UnsetType
    ) = UNSET
    trigger_types: (
        Annotated[list[TriggerType], Meta(description="Only runs started one of these ways.")] | None | UnsetType
    ) = UNSET
    preferred_columns: (
        Annotated[list[str], Meta(description="Data columns to put first, in this order.")] | UnsetType
    ) = field(default_factory=list)


class WorkflowNode(Struct):
    type: Annotated[NodeType, Meta(description="What the node does.")]
    position: Annotated[WorkflowNodePosition, Meta(description="Where the editor draws it.")]
    label: Annotated[str, Meta(description="Name shown for the node.")]
    id: Annotated[str, Meta(description="Id of the node.")] | UnsetType = UNSET
    description: Annotated[str, Meta(description="Free text about the node.")] | UnsetType = ""
    config: (
        Annotated[dict[str, Any], Meta(description="The node's settings, which depend on its type.")] | None | UnsetType
    ) = UNSET
    width: Annotated[float, Meta(description="Width in the editor, for resizable nodes.")] | None | UnsetType = UNSET
    height: Annotated[float, Meta(description="Height in the editor, for resizable nodes.")] | None | UnsetType = UNSET
    parent_id: (
        Annotated[str, Meta(description="The loop node (while_loop, for_each) that contains it, if any.")]
        | None
        | UnsetType
    ) = UNSET


class StepStatusSummary(Struct):
    node_id: Annotated[
        str, Meta(description="Id of the node in the workflow graph (e.g. `extract-123`).", title="Node Id")
    ]
    status: Annotated[StepStatus, Meta(description="Where the step is in its life.")]
    step_id: (
        Annotated[
            str,
            Meta(
                description="Id of this execution of the node, including any loop iteration (e.g. `mr1_iter_0_extract-123`). Set once, when the step is created.",
                title="Step Id",
            ),
        ]
        | UnsetType
    ) = ""
    node_type: (
        Annotated[NodeType, Meta(description="Kind of node; may be missing for steps created inside loops.")]
        | None
        | UnsetType
    ) = UNSET
    node_label: (
        Annotated[
            str,
            Meta(description="Label of the node; may be missing for steps created inside loops.", title="Node Label"),
        ]
        | None
        | UnsetType
    ) = UNSET
    started_at: Annotated[Text, Meta(description="When the step started.", title="Started At")] | None | UnsetType = (
        UNSET
    )
    completed_at: Annotated[Text, Meta(description="When the step ended.", title="Completed At")] | None | UnsetType = (
        UNSET
    )
    duration_ms: (
        Annotated[DurationMs1, Meta(description="How long the step took, in milliseconds.", title="Duration Ms")]
        | None
        | UnsetType
    ) = UNSET
    error: Annotated[str, Meta(description="Why the step failed, if it did.", title="Error")] | None | UnsetType = UNSET
    error_stage: (
        Annotated[ErrorStage, Meta(description="The stage of step execution that failed.")] | None | UnsetType
    ) = UNSET
    error_category: (
        Annotated[ErrorCategory, Meta(description="Kind of failure, for deciding whether to retry.")] | None | UnsetType
    ) = UNSET
    requires_human_review: (
        Annotated[
            bool, Meta(description="Whether a person must review this step's result.", title="Requires Human Review")
        ]
        | None
        | UnsetType
    ) = UNSET
    loop_id: (
        Annotated[str, Meta(description="Id of the loop the step runs in, if any.", title="Loop Id")] | None | UnsetType
    ) = UNSET
    iteration: (
        Annotated[
            Iteration, Meta(description="Zero-based loop iteration, if the step runs in a loop.", title="Iteration")
        ]
        | None
        | UnsetType
    ) = UNSET
    iteration_context: (
        Annotated[
            IterationContextData, Meta(description="The containers (loops, parallel branches) the step runs inside.")
        ]
        | None
        | UnsetType
    ) = UNSET
    model: (
        Annotated[str, Meta(description="Language model the step used (e.g. `gpt-5.2`).", title="Model")]
        | None
        | UnsetType
    ) = UNSET
    cost: Annotated[CostBreakdown, Meta(description="What the step cost.")] | None | UnsetType = UNSET
    tokens: Annotated[TokenUsage, Meta(description="Tokens the step used.")] | None | UnsetType = UNSET


class TraceSpan(Struct):
    id: Annotated[str, Meta(description="Id of the span.", title="Id")]
    name: Annotated[str, Meta(description="Name to show for the span.", title="Name")]
    start_time: Annotated[
        str, Meta(description="When the span started, as an ISO 8601 timestamp string.", title="Start Time")
    ]
    end_time: Annotated[
        str, Meta(description="When the span ended, as an ISO 8601 timestamp string.", title="End Time")
    ]
    type: (
        Annotated[
            str, Meta(description="Kind of span (workflow, model, tool, agent, parallel, loop, block).", title="Type")
        ]
        | UnsetType
    ) = "block"
    duration: (
        Annotated[float, Meta(description="Length of the span in milliseconds.", multiple_of=1.0, title="Duration")]
        | UnsetType
    ) = 0
    status: Annotated[SpanStatus, Meta(description="Outcome of the span.")] | None | UnsetType = UNSET
    children: (
        Annotated[list[TraceSpan], Meta(description="Spans nested inside this one.", title="Children")]
        | None
        | UnsetType
    ) = UNSET
    block_id: (
        Annotated[str, Meta(description="Id of the block the span belongs to.", title="Block Id")] | None | UnsetType
    ) = UNSET
    model: Annotated[str, Meta(description="Model called, for model spans.", title="Model")] | None | UnsetType = UNSET
    tokens: Annotated[TokenUsage, Meta(description="Tokens used, for model spans.")] | None | UnsetType = UNSET
    cost: Annotated[CostBreakdown, Meta(description="What the span cost, for model spans.")] | None | UnsetType = UNSET
    tool_calls: (
        Annotated[list[ToolCall], Meta(description="Tools called during the span.", title="Tool Calls")]
        | None
        | UnsetType
    ) = UNSET
    input: Annotated[dict[str, Any], Meta(description="What the span was given.", title="Input")] | None | UnsetType = (
        UNSET
    )
    output: (
        Annotated[dict[str, Any], Meta(description="What the span produced.", title="Output")] | None | UnsetType
    ) = UNSET
    loop_id: (
        Annotated[str, Meta(description="Id of the loop, for spans of one loop iteration.", title="Loop Id")]
        | None
        | UnsetType
    ) = UNSET
    parallel_id: (
        Annotated[
            str, Meta(description="Id of the parallel container, for spans of one parallel item.", title="Parallel Id")
        ]
        | None
        | UnsetType
    ) = UNSET
    iteration_index: (
        Annotated[
            IterationIndex, Meta(description="Zero-based iteration, for iteration spans.", title="Iteration Index")
        ]
        | None
        | UnsetType
    ) = UNSET
    relative_start_ms: (
        Annotated[
            RelativeStartMs,
            Meta(description="Start of the span in milliseconds after the run started.", title="Relative Start Ms"),
        ]
        | None
        | UnsetType
    ) = UNSET


class PublishedWorkflowConfig(Struct):
    nodes: Annotated[list[WorkflowNode], Meta(description="The nodes of the graph.")] | UnsetType = field(
        default_factory=list
    )
    edges: Annotated[list[WorkflowEdge], Meta(description="The edges of the graph.")] | UnsetType = field(
        default_factory=list
    )
    published_at: Annotated[Text, Meta(description="When this version was published.")] | UnsetType = UNSET


class WorkflowRun(Struct):
    workflow_id: Annotated[str, Meta(description="Id of the workflow this run executes.", title="Workflow Id")]
    workflow_name: Annotated[
        str, Meta(description="Name the workflow had when the run started.", title="Workflow Name")
    ]
    organization_id: Annotated[str, Meta(description="Organisation the run belongs to.", title="Organization Id")]
    config_snapshot_id: Annotated[
        str, Meta(description="Id of the frozen workflow configuration the run executes.", title="Config Snapshot Id")
    ]
    id: Annotated[str, Meta(description="Id of the run. Always filled in by the server.", title="Id")] | UnsetType = (
        UNSET
    )
    dataset_id: (
        Annotated[
            str,
            Meta(description="Dataset the run was started for, for manual runs over a dataset.", title="Dataset Id"),
        ]
        | None
        | UnsetType
    ) = UNSET
    status: Annotated[RunStatus, Meta(description="Where the run is in its life.")] | UnsetType = RunStatus.pending
    execution_phase: (
        Annotated[ExecutionPhase, Meta(description="How far dispatching the run to workers has got.")]
        | None
        | UnsetType
    ) = UNSET
    trigger_type: Annotated[TriggerType, Meta(description="What started the run.")] | UnsetType = TriggerType.manual
    trigger_email: (
        Annotated[str, Meta(description="Address of the sender, when an email started the run.", title="Trigger Email")]
        | None
        | UnsetType
    ) = UNSET
    started_at: (
        Annotated[Text, Meta(description="When the run started. Always filled in by the server.", title="Started At")]
        | UnsetType
    ) = UNSET
    completed_at: (
        Annotated[Text, Meta(description="When the run ended, if it has.", title="Completed At")] | None | UnsetType
    ) = UNSET
    duration_ms: (
        Annotated[
            DurationMs,
            Meta(description="Wall-clock length of the run in milliseconds, once it has ended.", title="Duration Ms"),
        ]
        | None
        | UnsetType
    ) = UNSET
    human_waiting_started_at: (
        Annotated[
            Text,
            Meta(
                description="Start of the current wait for a human reviewer, if the run is waiting.",
                title="Human Waiting Started At",
            ),
        ]
        | None
        | UnsetType
    ) = UNSET
    human_waiting_duration_ms: (
        Annotated[
            float,
            Meta(
                description="Total time in milliseconds the run has spent waiting for reviewers.",
                ge=0.0,
                multiple_of=1.0,
                title="Human Waiting Duration Ms",
            ),
        ]
        | UnsetType
    ) = 0
    steps: (
        Annotated[
            list[StepStatusSummary],
            Meta(description="A status summary for each step that has been scheduled.", title="Steps"),
        ]
        | UnsetType
    ) = field(default_factory=list)
    input_documents: (
        Annotated[
            dict[str, BaseMIMEData],
            Meta(description="Document given to each start node, keyed by node id.", title="Input Documents"),
        ]
        | None
        | UnsetType
    ) = UNSET
    input_json_data: (
        Annotated[
            dict[str, dict[str, Any]],
            Meta(description="JSON object given to each JSON start node, keyed by node id.", title="Input Json Data"),
        ]
        | None
        | UnsetType
    ) = UNSET
    input_text_data: (
        Annotated[
            dict[str, str],
            Meta(description="Text given to each text start node, keyed by node id.", title="Input Text Data"),
        ]
        | None
        | UnsetType
    ) = UNSET
    final_outputs: (
        Annotated[
            dict[str, FinalNodeOutput | Any],
            Meta(
                description="What each end node produced, keyed by end node id. A value may be any JSON value: an object that fits `FinalNodeOutput` is read as one, anything else (null, a string, an object of another shape) is kept as it came.",
                title="Final Outputs",
            ),
        ]
        | None
        | UnsetType
    ) = UNSET
    error: Annotated[str, Meta(description="Why the run failed, if it did.", title="Error")] | None | UnsetType = UNSET
    error_stage: (
        Annotated[ErrorStage, Meta(description="The stage of run execution that failed.")] | None | UnsetType
    ) = UNSET
    error_details: (
        Annotated[
            Object,
            Meta(
                description="Debugging detail for a failure. An object that fits `ErrorDetails` is read as one; any other object (e.g. a numeric `error_code`) is kept as it came."
            ),
        ]
        | None
        | UnsetType
    ) = UNSET
    cost_summary: (
        Annotated[RunCostSummary, Meta(description="What the run has cost so far, in total and per model.")]
        | None
        | UnsetType
    ) = UNSET
    trace_spans: (
        Annotated[
            list[TraceSpan], Meta(description="Tree of timed spans recording what the run did.", title="Trace Spans")
        ]
        | None
        | UnsetType
    ) = UNSET
    cancel_signal_error: (
        Annotated[
            str, Meta(description="Most recent error while signalling a cancellation.", title="Cancel Signal Error")
        ]
        | None
        | UnsetType
    ) = UNSET
    cancel_signal_failed_at: (
        Annotated[
            Text, Meta(description="When signalling a cancellation last failed.", title="Cancel Signal Failed At")
        ]
        | None
        | UnsetType
    ) = UNSET
    cancel_native_error: (
        Annotated[
            str,
            Meta(description="Error from the workflow engine's own cancellation, if any.", title="Cancel Native Error"),
        ]
        | None
        | UnsetType
    ) = UNSET
    cancel_confirmation_error: (
        Annotated[
            str,
            Meta(
                description="Error while confirming that a cancellation took effect.", title="Cancel Confirmation Error"
            ),
        ]
        | None
        | UnsetType
    ) = UNSET
    cancel_confirmation_pending: (
        Annotated[
            bool,
            Meta(
                description="True while a cancellation has been asked for but not yet confirmed.",
                title="Cancel Confirmation Pending",
            ),
        ]
        | UnsetType
    ) = False
    cancel_requested_at: (
        Annotated[Text, Meta(description="When a cancellation was last asked for.", title="Cancel Requested At")]
        | None
        | UnsetType
    ) = UNSET
    created_at: (
        Annotated[
            Text, Meta(description="When the record was created. Always filled in by the server.", title="Created At")
        ]
        | UnsetType
    ) = UNSET
    updated_at: (
        Annotated[
            Text, Meta(description="When the record last changed. Always filled in by the server.", title="Updated At")
        ]
        | UnsetType
    ) = UNSET
    waiting_for_node_ids: (
        Annotated[
            list[str], Meta(description="Ids of the review nodes the run is waiting on.", title="Waiting For Node Ids")
        ]
        | UnsetType
    ) = field(default_factory=list)
    pending_node_outputs: (
        Annotated[
            dict[str, Any],
            Meta(
                description="Server-side state to resume from after review. No published schema.",
                title="Pending Node Outputs",
            ),
        ]
        | None
        | UnsetType
    ) = UNSET
    dag_snapshot: (
        Annotated[
            dict[str, Any],
            Meta(description="Server-side snapshot of the execution graph. No published schema.", title="Dag Snapshot"),
        ]
        | None
        | UnsetType
    ) = UNSET
    executed_node_ids: (
        Annotated[
            list[str],
            Meta(
                description="Ids of the nodes that have finished executing, each listed once.",
                title="Executed Node Ids",
            ),
        ]
        | UnsetType
    ) = field(default_factory=list)
    parallel_completion_counters: (
        Annotated[
            dict[str, ParallelCompletionCountersAdditionalProperty],
            Meta(
                description="Deprecated. Count of completed items per parallel container; the server no longer relies on it.",
                title="Parallel Completion Counters",
            ),
        ]
        | UnsetType
    ) = field(default_factory=dict)
    resume_queue: (
        Annotated[
            list[ResumeQueueItem],
            Meta(
                description="Review decisions waiting to be applied, oldest first, one at a time.", title="Resume Queue"
            ),
        ]
        | UnsetType
    ) = field(default_factory=list)
    active_resume: (
        Annotated[ActiveResume, Meta(description="The review decision being applied right now, if any.")]
        | None
        | UnsetType
    ) = UNSET
    run_resume_status: (
        Annotated[RunResumeStatus, Meta(description="Overall state of applying review decisions to the run.")]
        | UnsetType
    ) = RunResumeStatus.idle
    hil_signal_states: (
        Annotated[
            dict[str, HILSignalState],
            Meta(
                description="Delivery state of the review signal for each review node, keyed by node id.",
                title="Hil Signal States",
            ),
        ]
        | UnsetType
    ) = field(default_factory=dict)


class CancelWorkflowResponse(Struct):
    run: Annotated[WorkflowRun, Meta(description="The run after the request.")]
    redis_available: (
        Annotated[
            bool,
            Meta(
                description="Whether the stop signal could be delivered at once (else the run stops at its next check)."
            ),
        ]
        | UnsetType
    ) = True
    cancellation_status: (
        Annotated[
            CancellationStatus,
            Meta(description="Whether the run is already cancelled, asked to stop, or could not be."),
        ]
        | UnsetType
    ) = CancellationStatus.cancellation_requested


class ResumeWorkflowResponse(Struct):
    run: Annotated[WorkflowRun, Meta(description="The run after the decision.")]
    resume_status: Annotated[
        ResumeStatus,
        Meta(description="processing (applied now), queued (behind others) or already_processed (a repeat)."),
    ]
    queue_item_id: Annotated[str, Meta(description="Id of the decision in the queue.")]
    queue_position: (
        Annotated[QueuePosition, Meta(description="Place in the queue when queued, else null.")] | None | UnsetType
    ) = UNSET
