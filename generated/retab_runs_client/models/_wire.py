"""The strict fast path of the models: wire Structs and a converter per model.

Generated from openapi.yaml by scripts/generate.py: do not edit. Loaded on the first
``from_json``, so importing the models costs neither msgspec nor these classes.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Annotated, Any

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from ..errors import ModelParseError
from ..types import read_datetime, shared
from .active_resume import ActiveResume
from .base_mime_data import BaseMIMEData
from .cancel_workflow_request import CancelWorkflowRequest
from .cancel_workflow_response import CancelWorkflowResponse
from .cancellation_status import CancellationStatus
from .container_context_data import ContainerContextData
from .cost_breakdown import CostBreakdown
from .document_signed_url_response import DocumentSignedUrlResponse
from .error_category import ErrorCategory
from .error_details import ErrorDetails
from .error_response import ErrorResponse
from .error_stage import ErrorStage
from .execution_phase import ExecutionPhase
from .export_format import ExportFormat
from .export_source import ExportSource
from .final_node_output import FinalNodeOutput
from .hil_signal_state import HILSignalState
from .hil_signal_status import HILSignalStatus
from .http_validation_error import HTTPValidationError
from .iteration_context_data import IterationContextData
from .list_metadata import ListMetadata
from .mime_data_input import MIMEDataInput
from .model_cost_entry import ModelCostEntry
from .node_simulation import NodeSimulation
from .node_type import NodeType
from .paginated_list import PaginatedList
from .published_workflow_config import PublishedWorkflowConfig
from .rerun_api_call_response import RerunApiCallResponse
from .rerun_webhook_response import RerunWebhookResponse
from .restart_workflow_request import RestartWorkflowRequest
from .resume_queue_item import ResumeQueueItem
from .resume_queue_item_status import ResumeQueueItemStatus
from .resume_status import ResumeStatus
from .resume_workflow_request import ResumeWorkflowRequest
from .resume_workflow_response import ResumeWorkflowResponse
from .run_cost_summary import RunCostSummary
from .run_counts import RunCounts
from .run_resume_status import RunResumeStatus
from .run_status import RunStatus
from .run_status_filter import RunStatusFilter
from .run_workflow_request import RunWorkflowRequest
from .span_status import SpanStatus
from .step_output_response import StepOutputResponse
from .step_outputs_batch_request import StepOutputsBatchRequest
from .step_outputs_batch_response import StepOutputsBatchResponse
from .step_status import StepStatus
from .step_status_summary import StepStatusSummary
from .token_usage import TokenUsage
from .tool_call import ToolCall
from .tool_call_status import ToolCallStatus
from .trace_span import TraceSpan
from .trigger_type import TriggerType
from .validation_error_item import ValidationErrorItem
from .workflow_edge import WorkflowEdge
from .workflow_export_file_request import WorkflowExportFileRequest
from .workflow_export_payload_request import WorkflowExportPayloadRequest
from .workflow_export_payload_response import WorkflowExportPayloadResponse
from .workflow_export_scope_request import WorkflowExportScopeRequest
from .workflow_export_scope_response import WorkflowExportScopeResponse
from .workflow_node import WorkflowNode
from .workflow_node_position import WorkflowNodePosition
from .workflow_run import WorkflowRun
from .workflow_run_execution_order_response import WorkflowRunExecutionOrderResponse

__all__ = ["build_strict", "strict_page"]

MAX_NESTING = 200
_ABSENT: Any = object()  # what src.get returns for a key the payload lacks (checked-path statements)
_own = False  # the checked-path statements never empty what they read here
_CancellationStatus_BY_VALUE: dict[str, CancellationStatus] = {member.value: member for member in CancellationStatus}
_ErrorCategory_BY_VALUE: dict[str, ErrorCategory] = {member.value: member for member in ErrorCategory}
_ErrorStage_BY_VALUE: dict[str, ErrorStage] = {member.value: member for member in ErrorStage}
_ExecutionPhase_BY_VALUE: dict[str, ExecutionPhase] = {member.value: member for member in ExecutionPhase}
_ExportFormat_BY_VALUE: dict[str, ExportFormat] = {member.value: member for member in ExportFormat}
_ExportSource_BY_VALUE: dict[str, ExportSource] = {member.value: member for member in ExportSource}
_HILSignalStatus_BY_VALUE: dict[str, HILSignalStatus] = {member.value: member for member in HILSignalStatus}
_NodeType_BY_VALUE: dict[str, NodeType] = {member.value: member for member in NodeType}
_ResumeQueueItemStatus_BY_VALUE: dict[str, ResumeQueueItemStatus] = {
    member.value: member for member in ResumeQueueItemStatus
}
_ResumeStatus_BY_VALUE: dict[str, ResumeStatus] = {member.value: member for member in ResumeStatus}
_RunResumeStatus_BY_VALUE: dict[str, RunResumeStatus] = {member.value: member for member in RunResumeStatus}
_RunStatus_BY_VALUE: dict[str, RunStatus] = {member.value: member for member in RunStatus}
_RunStatusFilter_BY_VALUE: dict[str, RunStatusFilter] = {member.value: member for member in RunStatusFilter}
_SpanStatus_BY_VALUE: dict[str, SpanStatus] = {member.value: member for member in SpanStatus}
_StepStatus_BY_VALUE: dict[str, StepStatus] = {member.value: member for member in StepStatus}
_ToolCallStatus_BY_VALUE: dict[str, ToolCallStatus] = {member.value: member for member in ToolCallStatus}
_TriggerType_BY_VALUE: dict[str, TriggerType] = {member.value: member for member in TriggerType}


class WorkflowRunStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowRun as the spec says it, every optional key UNSET when absent."""

    workflow_id: str
    workflow_name: str
    organization_id: str
    config_snapshot_id: str
    id: str | UnsetType = UNSET
    dataset_id: str | None | UnsetType = UNSET
    status: str | UnsetType = UNSET
    execution_phase: str | None | UnsetType = UNSET
    trigger_type: str | UnsetType = UNSET
    trigger_email: str | None | UnsetType = UNSET
    started_at: str | UnsetType = UNSET
    completed_at: str | None | UnsetType = UNSET
    duration_ms: int | None | UnsetType = UNSET
    human_waiting_started_at: str | None | UnsetType = UNSET
    human_waiting_duration_ms: Annotated[int, Meta(ge=0)] | UnsetType = UNSET
    steps: list[StepStatusSummaryStruct] | UnsetType = UNSET
    input_documents: dict[str, BaseMIMEDataStruct] | None | UnsetType = UNSET
    input_json_data: dict[str, dict[str, Any]] | None | UnsetType = UNSET
    input_text_data: dict[str, str] | None | UnsetType = UNSET
    final_outputs: Any | UnsetType = UNSET
    error: str | None | UnsetType = UNSET
    error_stage: str | None | UnsetType = UNSET
    error_details: Any | UnsetType = UNSET
    cost_summary: RunCostSummaryStruct | None | UnsetType = UNSET
    trace_spans: list[TraceSpanStruct] | None | UnsetType = UNSET
    cancel_signal_error: str | None | UnsetType = UNSET
    cancel_signal_failed_at: str | None | UnsetType = UNSET
    cancel_native_error: str | None | UnsetType = UNSET
    cancel_confirmation_error: str | None | UnsetType = UNSET
    cancel_confirmation_pending: bool | UnsetType = UNSET
    cancel_requested_at: str | None | UnsetType = UNSET
    created_at: str | UnsetType = UNSET
    updated_at: str | UnsetType = UNSET
    waiting_for_node_ids: list[str] | UnsetType = UNSET
    pending_node_outputs: dict[str, Any] | None | UnsetType = UNSET
    dag_snapshot: dict[str, Any] | None | UnsetType = UNSET
    executed_node_ids: list[str] | UnsetType = UNSET
    parallel_completion_counters: dict[str, int] | UnsetType = UNSET
    resume_queue: list[ResumeQueueItemStruct] | UnsetType = UNSET
    active_resume: ActiveResumeStruct | None | UnsetType = UNSET
    run_resume_status: str | UnsetType = UNSET
    hil_signal_states: dict[str, HILSignalStateStruct] | UnsetType = UNSET


class StepStatusSummaryStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """StepStatusSummary as the spec says it, every optional key UNSET when absent."""

    node_id: str
    status: str
    step_id: str | UnsetType = UNSET
    node_type: str | None | UnsetType = UNSET
    node_label: str | None | UnsetType = UNSET
    started_at: str | None | UnsetType = UNSET
    completed_at: str | None | UnsetType = UNSET
    duration_ms: int | None | UnsetType = UNSET
    error: str | None | UnsetType = UNSET
    error_stage: str | None | UnsetType = UNSET
    error_category: str | None | UnsetType = UNSET
    requires_human_review: bool | None | UnsetType = UNSET
    loop_id: str | None | UnsetType = UNSET
    iteration: int | None | UnsetType = UNSET
    iteration_context: IterationContextDataStruct | None | UnsetType = UNSET
    model: str | None | UnsetType = UNSET
    cost: CostBreakdownStruct | None | UnsetType = UNSET
    tokens: TokenUsageStruct | None | UnsetType = UNSET


class BaseMIMEDataStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """BaseMIMEData as the spec says it, every optional key UNSET when absent."""

    id: str
    filename: str
    mime_type: str


class FinalNodeOutputStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """FinalNodeOutput as the spec says it, every optional key UNSET when absent."""

    label: str | None | UnsetType = UNSET
    json_data: dict[str, Any] | None | UnsetType = UNSET
    document: dict[str, Any] | None | UnsetType = UNSET
    data: dict[str, Any] | None | UnsetType = UNSET


class ErrorDetailsStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ErrorDetails as the spec says it, every optional key UNSET when absent."""

    stack_trace: str | None | UnsetType = UNSET
    block_id: str | None | UnsetType = UNSET
    block_name: str | None | UnsetType = UNSET
    error_code: str | None | UnsetType = UNSET
    context: dict[str, Any] | None | UnsetType = UNSET


class RunCostSummaryStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """RunCostSummary as the spec says it, every optional key UNSET when absent."""

    total: int | float | UnsetType = UNSET
    input_cost: int | float | UnsetType = UNSET
    output_cost: int | float | UnsetType = UNSET
    total_tokens: int | UnsetType = UNSET
    prompt_tokens: int | UnsetType = UNSET
    completion_tokens: int | UnsetType = UNSET
    models: dict[str, ModelCostEntryStruct] | None | UnsetType = UNSET


class TraceSpanStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """TraceSpan as the spec says it, every optional key UNSET when absent."""

    id: str
    name: str
    start_time: str
    end_time: str
    type: str | UnsetType = UNSET
    duration: int | UnsetType = UNSET
    status: str | None | UnsetType = UNSET
    children: list[TraceSpanStruct] | None | UnsetType = UNSET
    block_id: str | None | UnsetType = UNSET
    model: str | None | UnsetType = UNSET
    tokens: TokenUsageStruct | None | UnsetType = UNSET
    cost: CostBreakdownStruct | None | UnsetType = UNSET
    tool_calls: list[ToolCallStruct] | None | UnsetType = UNSET
    input: dict[str, Any] | None | UnsetType = UNSET
    output: dict[str, Any] | None | UnsetType = UNSET
    loop_id: str | None | UnsetType = UNSET
    parallel_id: str | None | UnsetType = UNSET
    iteration_index: int | None | UnsetType = UNSET
    relative_start_ms: int | None | UnsetType = UNSET


class ResumeQueueItemStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ResumeQueueItem as the spec says it, every optional key UNSET when absent."""

    node_id: str
    approved: bool
    id: str | UnsetType = UNSET
    modified_data: dict[str, Any] | None | UnsetType = UNSET
    queued_at: str | UnsetType = UNSET
    status: str | UnsetType = UNSET


class ActiveResumeStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ActiveResume as the spec says it, every optional key UNSET when absent."""

    queue_item_id: str
    node_id: str
    claimed_at: str | UnsetType = UNSET
    timeout_seconds: int | UnsetType = UNSET


class HILSignalStateStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """HILSignalState as the spec says it, every optional key UNSET when absent."""

    status: str | UnsetType = UNSET
    attempts: int | UnsetType = UNSET
    last_error: str | None | UnsetType = UNSET
    last_attempt_at: str | None | UnsetType = UNSET
    signaled_at: str | None | UnsetType = UNSET
    accepted_at: str | None | UnsetType = UNSET
    modified_data: dict[str, Any] | None | UnsetType = UNSET


class IterationContextDataStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """IterationContextData as the spec says it, every optional key UNSET when absent."""

    containers: list[ContainerContextDataStruct] | UnsetType = UNSET


class ContainerContextDataStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ContainerContextData as the spec says it, every optional key UNSET when absent."""

    container_id: str
    iteration: int
    is_parallel: bool | UnsetType = UNSET
    parallel_item_index: int | None | UnsetType = UNSET


class CostBreakdownStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """CostBreakdown as the spec says it, every optional key UNSET when absent."""

    input: int | float | UnsetType = UNSET
    output: int | float | UnsetType = UNSET
    total: int | float | UnsetType = UNSET
    tokens: TokenUsageStruct | None | UnsetType = UNSET
    model: str | None | UnsetType = UNSET


class TokenUsageStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """TokenUsage as the spec says it, every optional key UNSET when absent."""

    input: int | UnsetType = UNSET
    output: int | UnsetType = UNSET
    total: int | UnsetType = UNSET


class ModelCostEntryStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ModelCostEntry as the spec says it, every optional key UNSET when absent."""

    input: int | float | UnsetType = UNSET
    output: int | float | UnsetType = UNSET
    total: int | float | UnsetType = UNSET
    tokens: TokenUsageStruct | None | UnsetType = UNSET


class ToolCallStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ToolCall as the spec says it, every optional key UNSET when absent."""

    name: str
    duration: int | UnsetType = UNSET
    start_time: str | None | UnsetType = UNSET
    end_time: str | None | UnsetType = UNSET
    status: str | UnsetType = UNSET
    input: dict[str, Any] | None | UnsetType = UNSET
    output: dict[str, Any] | None | UnsetType = UNSET
    error: str | None | UnsetType = UNSET


class ErrorResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ErrorResponse as the spec says it, every optional key UNSET when absent."""

    detail: str | list[Any] | dict[str, Any] | None | UnsetType = UNSET


class HTTPValidationErrorStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """HTTPValidationError as the spec says it, every optional key UNSET when absent."""

    detail: list[ValidationErrorItemStruct] | UnsetType = UNSET


class ValidationErrorItemStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ValidationErrorItem as the spec says it, every optional key UNSET when absent."""

    loc: list[str | int]
    msg: str
    type: str
    input: Any | UnsetType = UNSET
    ctx: dict[str, Any] | UnsetType = UNSET


class CancelWorkflowRequestStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """CancelWorkflowRequest as the spec says it, every optional key UNSET when absent."""

    command_id: str | None | UnsetType = UNSET


class CancelWorkflowResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """CancelWorkflowResponse as the spec says it, every optional key UNSET when absent."""

    run: WorkflowRunStruct
    redis_available: bool | UnsetType = UNSET
    cancellation_status: str | UnsetType = UNSET


class DocumentSignedUrlResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """DocumentSignedUrlResponse as the spec says it, every optional key UNSET when absent."""

    signed_url: str
    filename: str
    mime_type: str | None | UnsetType = UNSET


class ListMetadataStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ListMetadata as the spec says it, every optional key UNSET when absent."""

    before: str | None
    after: str | None


class MIMEDataInputStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """MIMEDataInput as the spec says it, every optional key UNSET when absent."""

    filename: str
    content: str
    mime_type: str


class NodeSimulationStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """NodeSimulation as the spec says it, every optional key UNSET when absent."""

    id: str
    organization_id: str
    workflow_id: str
    run_id: str
    node_id: str
    node_type: str
    success: bool
    handle_inputs: dict[str, Any] | None | UnsetType = UNSET
    output: dict[str, Any] | None | UnsetType = UNSET
    handle_outputs: dict[str, Any] | None | UnsetType = UNSET
    routing_decision: list[str] | None | UnsetType = UNSET
    error: str | None | UnsetType = UNSET
    duration_ms: int | float | None | UnsetType = UNSET
    skipped: bool | UnsetType = UNSET
    created_at: str | UnsetType = UNSET
    block_config: dict[str, Any] | None | UnsetType = UNSET


class PaginatedListStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """PaginatedList as the spec says it, every optional key UNSET when absent."""

    data: list[Any]
    list_metadata: ListMetadataStruct


class PublishedWorkflowConfigStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """PublishedWorkflowConfig as the spec says it, every optional key UNSET when absent."""

    nodes: list[WorkflowNodeStruct] | UnsetType = UNSET
    edges: list[WorkflowEdgeStruct] | UnsetType = UNSET
    published_at: str | UnsetType = UNSET


class RerunApiCallResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """RerunApiCallResponse as the spec says it, every optional key UNSET when absent."""

    status_code: int | None | UnsetType = UNSET
    response_text: str | None | UnsetType = UNSET
    response_data: dict[str, Any] | None | UnsetType = UNSET
    error: str | None | UnsetType = UNSET
    duration_ms: int | float | None | UnsetType = UNSET


class RerunWebhookResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """RerunWebhookResponse as the spec says it, every optional key UNSET when absent."""

    webhook_sent: bool
    webhook_status_code: int | None | UnsetType = UNSET
    webhook_response_text: str | None | UnsetType = UNSET
    webhook_response_headers: dict[str, str] | None | UnsetType = UNSET
    webhook_request_body: dict[str, Any] | None | UnsetType = UNSET
    webhook_duration_ms: int | float | None | UnsetType = UNSET
    webhook_error: str | None | UnsetType = UNSET


class RestartWorkflowRequestStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """RestartWorkflowRequest as the spec says it, every optional key UNSET when absent."""

    command_id: str | None | UnsetType = UNSET


class ResumeWorkflowRequestStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ResumeWorkflowRequest as the spec says it, every optional key UNSET when absent."""

    node_id: str
    approved: bool
    command_id: str | None | UnsetType = UNSET
    modified_data: dict[str, Any] | None | UnsetType = UNSET


class ResumeWorkflowResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ResumeWorkflowResponse as the spec says it, every optional key UNSET when absent."""

    run: WorkflowRunStruct
    resume_status: str
    queue_item_id: str
    queue_position: int | None | UnsetType = UNSET


class RunWorkflowRequestStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """RunWorkflowRequest as the spec says it, every optional key UNSET when absent."""

    documents: dict[str, MIMEDataInputStruct] | UnsetType = UNSET
    json_inputs: dict[str, dict[str, Any]] | UnsetType = UNSET
    text_inputs: dict[str, str] | UnsetType = UNSET


class StepOutputResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """StepOutputResponse as the spec says it, every optional key UNSET when absent."""

    node_id: str
    node_type: str
    node_label: str
    status: str
    output: dict[str, Any] | None | UnsetType = UNSET
    handle_outputs: dict[str, Any] | None | UnsetType = UNSET
    handle_inputs: dict[str, Any] | None | UnsetType = UNSET


class StepOutputsBatchRequestStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """StepOutputsBatchRequest as the spec says it, every optional key UNSET when absent."""

    node_ids: list[str] | UnsetType = UNSET


class StepOutputsBatchResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """StepOutputsBatchResponse as the spec says it, every optional key UNSET when absent."""

    outputs: dict[str, StepOutputResponseStruct] | UnsetType = UNSET


class WorkflowEdgeStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowEdge as the spec says it, every optional key UNSET when absent."""

    source: str
    target: str
    id: str | UnsetType = UNSET
    source_handle: str | None | UnsetType = UNSET
    target_handle: str | None | UnsetType = UNSET
    animated: bool | UnsetType = UNSET


class WorkflowExportFileRequestStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowExportFileRequest as the spec says it, every optional key UNSET when absent."""

    workflow_id: str
    node_id: str
    export_source: str | UnsetType = UNSET
    selected_run_ids: list[str] | None | UnsetType = UNSET
    selected_doc_types: list[str] | None | UnsetType = UNSET
    status: str | None | UnsetType = UNSET
    exclude_status: str | None | UnsetType = UNSET
    from_date: str | None | UnsetType = UNSET
    to_date: str | None | UnsetType = UNSET
    trigger_types: list[str] | None | UnsetType = UNSET
    preferred_columns: list[str] | UnsetType = UNSET
    format: str | UnsetType = UNSET
    delimiter: str | UnsetType = UNSET
    line_delimiter: str | UnsetType = UNSET
    quote: str | UnsetType = UNSET


class WorkflowExportPayloadRequestStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowExportPayloadRequest as the spec says it, every optional key UNSET when absent."""

    workflow_id: str
    node_id: str
    export_source: str | UnsetType = UNSET
    selected_run_ids: list[str] | None | UnsetType = UNSET
    selected_doc_types: list[str] | None | UnsetType = UNSET
    status: str | None | UnsetType = UNSET
    exclude_status: str | None | UnsetType = UNSET
    from_date: str | None | UnsetType = UNSET
    to_date: str | None | UnsetType = UNSET
    trigger_types: list[str] | None | UnsetType = UNSET
    preferred_columns: list[str] | UnsetType = UNSET
    delimiter: str | UnsetType = UNSET
    line_delimiter: str | UnsetType = UNSET
    quote: str | UnsetType = UNSET


class WorkflowExportPayloadResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowExportPayloadResponse as the spec says it, every optional key UNSET when absent."""

    csv_data: str
    rows: int
    columns: int


class WorkflowExportScopeRequestStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowExportScopeRequest as the spec says it, every optional key UNSET when absent."""

    workflow_id: str
    node_id: str
    export_source: str | UnsetType = UNSET
    selected_run_ids: list[str] | None | UnsetType = UNSET
    selected_doc_types: list[str] | None | UnsetType = UNSET
    status: str | None | UnsetType = UNSET
    exclude_status: str | None | UnsetType = UNSET
    from_date: str | None | UnsetType = UNSET
    to_date: str | None | UnsetType = UNSET
    trigger_types: list[str] | None | UnsetType = UNSET
    preferred_columns: list[str] | UnsetType = UNSET


class WorkflowExportScopeResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowExportScopeResponse as the spec says it, every optional key UNSET when absent."""

    run_count: int
    rows_count: int
    columns_count: int
    column_names: list[str] | UnsetType = UNSET


class WorkflowNodeStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowNode as the spec says it, every optional key UNSET when absent."""

    type: str
    position: WorkflowNodePositionStruct
    label: str
    id: str | UnsetType = UNSET
    description: str | UnsetType = UNSET
    config: dict[str, Any] | None | UnsetType = UNSET
    width: int | float | None | UnsetType = UNSET
    height: int | float | None | UnsetType = UNSET
    parent_id: str | None | UnsetType = UNSET


class WorkflowNodePositionStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowNodePosition as the spec says it, every optional key UNSET when absent."""

    x: int | float
    y: int | float


class WorkflowRunExecutionOrderResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowRunExecutionOrderResponse as the spec says it, every optional key UNSET when absent."""

    run_id: str
    ordered_step_ids: list[str] | UnsetType = UNSET


class RunCountsStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """RunCounts as the spec says it, every optional key UNSET when absent."""


class WorkflowRunPageStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """A page of WorkflowRuns as the client reads it."""

    data: list[WorkflowRunStruct]
    list_metadata: ListMetadataStruct


def build_workflow_run(s: Any) -> WorkflowRun:
    absent = 0
    workflow_id_: str
    workflow_id_ = s.workflow_id
    workflow_name_: str
    workflow_name_ = s.workflow_name
    organization_id_: str
    organization_id_ = s.organization_id
    config_snapshot_id_: str
    config_snapshot_id_ = s.config_snapshot_id
    id_: str | None
    _v = s.id
    if _v is UNSET:
        id_ = None
        absent |= 1
    else:
        id_ = _v
    dataset_id_: str | None
    _v = s.dataset_id
    if _v is UNSET:
        dataset_id_ = None
        absent |= 2
    else:
        dataset_id_ = _v
    status_: RunStatus
    _v = s.status
    if _v is UNSET:
        status_ = RunStatus.PENDING
        absent |= 4
    else:
        status_ = _RunStatus_BY_VALUE.get(_v) or RunStatus(_v)
    execution_phase_: ExecutionPhase | None
    _v = s.execution_phase
    if _v is UNSET:
        execution_phase_ = None
        absent |= 8
    else:
        execution_phase_ = None if _v is None else (_ExecutionPhase_BY_VALUE.get(_v) or ExecutionPhase(_v))
    trigger_type_: TriggerType
    _v = s.trigger_type
    if _v is UNSET:
        trigger_type_ = TriggerType.MANUAL
        absent |= 16
    else:
        trigger_type_ = _TriggerType_BY_VALUE.get(_v) or TriggerType(_v)
    trigger_email_: str | None
    _v = s.trigger_email
    if _v is UNSET:
        trigger_email_ = None
        absent |= 32
    else:
        trigger_email_ = _v
    started_at_: datetime.datetime | None
    started_at_text: str | None = None
    _v = s.started_at
    if _v is UNSET:
        started_at_ = None
        absent |= 64
    else:
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["started_at"], "a date-time string", _v)
        started_at_, started_at_text = read_datetime(_v)  # the text kept when written back otherwise
        if started_at_ is None:
            raise ModelParseError(["started_at"], "is not an RFC 3339 date-time", _v)
    completed_at_: datetime.datetime | None
    completed_at_text: str | None = None
    _v = s.completed_at
    if _v is UNSET:
        completed_at_ = None
        absent |= 128
    else:
        if _v is None:
            completed_at_ = None
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["completed_at"], "a date-time string", _v)
            completed_at_, completed_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if completed_at_ is None:
                raise ModelParseError(["completed_at"], "is not an RFC 3339 date-time", _v)
    duration_ms_: int | None
    _v = s.duration_ms
    if _v is UNSET:
        duration_ms_ = None
        absent |= 256
    else:
        duration_ms_ = _v
    human_waiting_started_at_: datetime.datetime | None
    human_waiting_started_at_text: str | None = None
    _v = s.human_waiting_started_at
    if _v is UNSET:
        human_waiting_started_at_ = None
        absent |= 512
    else:
        if _v is None:
            human_waiting_started_at_ = None
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["human_waiting_started_at"], "a date-time string", _v)
            human_waiting_started_at_, human_waiting_started_at_text = read_datetime(
                _v
            )  # the text kept when written back otherwise
            if human_waiting_started_at_ is None:
                raise ModelParseError(["human_waiting_started_at"], "is not an RFC 3339 date-time", _v)
    human_waiting_duration_ms_: int
    _v = s.human_waiting_duration_ms
    if _v is UNSET:
        human_waiting_duration_ms_ = 0
        absent |= 1024
    else:
        human_waiting_duration_ms_ = _v
    steps_: list[StepStatusSummary]
    _v = s.steps
    if _v is UNSET:
        steps_ = []
        absent |= 2048
    else:
        steps_ = [build_step_status_summary(_w_steps1) for _w_steps1 in _v]
    input_documents_: dict[str, BaseMIMEData] | None
    _v = s.input_documents
    if _v is UNSET:
        input_documents_ = None
        absent |= 4096
    else:
        input_documents_ = (
            None
            if _v is None
            else {
                _k_input_documents2: build_base_mime_data(_w_input_documents1)
                for _k_input_documents2, _w_input_documents1 in _v.items()
            }
        )
    input_json_data_: dict[str, dict[str, Any]] | None
    _v = s.input_json_data
    if _v is UNSET:
        input_json_data_ = None
        absent |= 8192
    else:
        input_json_data_ = _v
    input_text_data_: dict[str, str] | None
    _v = s.input_text_data
    if _v is UNSET:
        input_text_data_ = None
        absent |= 16384
    else:
        input_text_data_ = _v
    final_outputs_: dict[str, FinalNodeOutput | dict[str, Any] | list[Any] | str | int | float | bool | None] | None
    _v = s.final_outputs
    if _v is UNSET:
        final_outputs_ = None
        absent |= 32768
    else:
        if _v is None:
            final_outputs_ = None
        else:
            if _v.__class__ is not dict and not isinstance(_v, dict):
                raise ModelParseError.wrong_type(["final_outputs"], "an object", _v)
            _entries_final_outputs4: dict[
                str, FinalNodeOutput | dict[str, Any] | list[Any] | str | int | float | bool | None
            ] = {}
            _y_final_outputs3: FinalNodeOutput | dict[str, Any] | list[Any] | str | int | float | bool | None
            for _k_final_outputs1, _x_final_outputs2 in _v.items():
                if _x_final_outputs2.__class__ is dict or isinstance(_x_final_outputs2, dict):
                    try:
                        _y_final_outputs3 = FinalNodeOutput._from_dict(_x_final_outputs2)
                    except ModelParseError:
                        _y_final_outputs3 = _x_final_outputs2
                else:
                    _y_final_outputs3 = _x_final_outputs2
                _entries_final_outputs4[_k_final_outputs1] = _y_final_outputs3
            final_outputs_ = _entries_final_outputs4
    error_: str | None
    _v = s.error
    if _v is UNSET:
        error_ = None
        absent |= 65536
    else:
        error_ = _v
    error_stage_: ErrorStage | None
    _v = s.error_stage
    if _v is UNSET:
        error_stage_ = None
        absent |= 131072
    else:
        error_stage_ = None if _v is None else (_ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v))
    error_details_: ErrorDetails | dict[str, Any] | None
    _v = s.error_details
    if _v is UNSET:
        error_details_ = None
        absent |= 262144
    else:
        if _v is None:
            error_details_ = None
        else:
            if _v.__class__ is dict or isinstance(_v, dict):
                try:
                    error_details_ = ErrorDetails._from_dict(_v)
                except ModelParseError:
                    error_details_ = _v
            else:
                raise ModelParseError.wrong_type(["error_details"], "an object", _v)
    cost_summary_: RunCostSummary | None
    _v = s.cost_summary
    if _v is UNSET:
        cost_summary_ = None
        absent |= 524288
    else:
        cost_summary_ = None if _v is None else build_run_cost_summary(_v)
    trace_spans_: list[TraceSpan] | None
    _v = s.trace_spans
    if _v is UNSET:
        trace_spans_ = None
        absent |= 1048576
    else:
        trace_spans_ = None if _v is None else [build_trace_span(_w_trace_spans1) for _w_trace_spans1 in _v]
    cancel_signal_error_: str | None
    _v = s.cancel_signal_error
    if _v is UNSET:
        cancel_signal_error_ = None
        absent |= 2097152
    else:
        cancel_signal_error_ = _v
    cancel_signal_failed_at_: datetime.datetime | None
    cancel_signal_failed_at_text: str | None = None
    _v = s.cancel_signal_failed_at
    if _v is UNSET:
        cancel_signal_failed_at_ = None
        absent |= 4194304
    else:
        if _v is None:
            cancel_signal_failed_at_ = None
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["cancel_signal_failed_at"], "a date-time string", _v)
            cancel_signal_failed_at_, cancel_signal_failed_at_text = read_datetime(
                _v
            )  # the text kept when written back otherwise
            if cancel_signal_failed_at_ is None:
                raise ModelParseError(["cancel_signal_failed_at"], "is not an RFC 3339 date-time", _v)
    cancel_native_error_: str | None
    _v = s.cancel_native_error
    if _v is UNSET:
        cancel_native_error_ = None
        absent |= 8388608
    else:
        cancel_native_error_ = _v
    cancel_confirmation_error_: str | None
    _v = s.cancel_confirmation_error
    if _v is UNSET:
        cancel_confirmation_error_ = None
        absent |= 16777216
    else:
        cancel_confirmation_error_ = _v
    cancel_confirmation_pending_: bool
    _v = s.cancel_confirmation_pending
    if _v is UNSET:
        cancel_confirmation_pending_ = False
        absent |= 33554432
    else:
        cancel_confirmation_pending_ = _v
    cancel_requested_at_: datetime.datetime | None
    cancel_requested_at_text: str | None = None
    _v = s.cancel_requested_at
    if _v is UNSET:
        cancel_requested_at_ = None
        absent |= 67108864
    else:
        if _v is None:
            cancel_requested_at_ = None
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["cancel_requested_at"], "a date-time string", _v)
            cancel_requested_at_, cancel_requested_at_text = read_datetime(
                _v
            )  # the text kept when written back otherwise
            if cancel_requested_at_ is None:
                raise ModelParseError(["cancel_requested_at"], "is not an RFC 3339 date-time", _v)
    created_at_: datetime.datetime | None
    created_at_text: str | None = None
    _v = s.created_at
    if _v is UNSET:
        created_at_ = None
        absent |= 134217728
    else:
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["created_at"], "a date-time string", _v)
        created_at_, created_at_text = read_datetime(_v)  # the text kept when written back otherwise
        if created_at_ is None:
            raise ModelParseError(["created_at"], "is not an RFC 3339 date-time", _v)
    updated_at_: datetime.datetime | None
    updated_at_text: str | None = None
    _v = s.updated_at
    if _v is UNSET:
        updated_at_ = None
        absent |= 268435456
    else:
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["updated_at"], "a date-time string", _v)
        updated_at_, updated_at_text = read_datetime(_v)  # the text kept when written back otherwise
        if updated_at_ is None:
            raise ModelParseError(["updated_at"], "is not an RFC 3339 date-time", _v)
    waiting_for_node_ids_: list[str]
    _v = s.waiting_for_node_ids
    if _v is UNSET:
        waiting_for_node_ids_ = []
        absent |= 536870912
    else:
        waiting_for_node_ids_ = _v
    pending_node_outputs_: dict[str, Any] | None
    _v = s.pending_node_outputs
    if _v is UNSET:
        pending_node_outputs_ = None
        absent |= 1073741824
    else:
        pending_node_outputs_ = _v
    dag_snapshot_: dict[str, Any] | None
    _v = s.dag_snapshot
    if _v is UNSET:
        dag_snapshot_ = None
        absent |= 2147483648
    else:
        dag_snapshot_ = _v
    executed_node_ids_: list[str]
    _v = s.executed_node_ids
    if _v is UNSET:
        executed_node_ids_ = []
        absent |= 4294967296
    else:
        executed_node_ids_ = _v
    parallel_completion_counters_: dict[str, int]
    _v = s.parallel_completion_counters
    if _v is UNSET:
        parallel_completion_counters_ = {}
        absent |= 8589934592
    else:
        parallel_completion_counters_ = _v
    resume_queue_: list[ResumeQueueItem]
    _v = s.resume_queue
    if _v is UNSET:
        resume_queue_ = []
        absent |= 17179869184
    else:
        resume_queue_ = [build_resume_queue_item(_w_resume_queue1) for _w_resume_queue1 in _v]
    active_resume_: ActiveResume | None
    _v = s.active_resume
    if _v is UNSET:
        active_resume_ = None
        absent |= 34359738368
    else:
        active_resume_ = None if _v is None else build_active_resume(_v)
    run_resume_status_: RunResumeStatus
    _v = s.run_resume_status
    if _v is UNSET:
        run_resume_status_ = RunResumeStatus.IDLE
        absent |= 68719476736
    else:
        run_resume_status_ = _RunResumeStatus_BY_VALUE.get(_v) or RunResumeStatus(_v)
    hil_signal_states_: dict[str, HILSignalState]
    _v = s.hil_signal_states
    if _v is UNSET:
        hil_signal_states_ = {}
        absent |= 137438953472
    else:
        hil_signal_states_ = {
            _k_hil_signal_states2: build_hil_signal_state(_w_hil_signal_states1)
            for _k_hil_signal_states2, _w_hil_signal_states1 in _v.items()
        }
    obj = object.__new__(WorkflowRun)
    obj.workflow_id = workflow_id_
    obj.workflow_name = workflow_name_
    obj.organization_id = organization_id_
    obj.config_snapshot_id = config_snapshot_id_
    obj.id = id_
    obj.dataset_id = dataset_id_
    obj.status = status_
    obj.execution_phase = execution_phase_
    obj.trigger_type = trigger_type_
    obj.trigger_email = trigger_email_
    obj.started_at = started_at_
    obj.completed_at = completed_at_
    obj.duration_ms = duration_ms_
    obj.human_waiting_started_at = human_waiting_started_at_
    obj.human_waiting_duration_ms = human_waiting_duration_ms_
    obj.steps = steps_
    obj.input_documents = input_documents_
    obj.input_json_data = input_json_data_
    obj.input_text_data = input_text_data_
    obj.final_outputs = final_outputs_
    obj.error = error_
    obj.error_stage = error_stage_
    obj.error_details = error_details_
    obj.cost_summary = cost_summary_
    obj.trace_spans = trace_spans_
    obj.cancel_signal_error = cancel_signal_error_
    obj.cancel_signal_failed_at = cancel_signal_failed_at_
    obj.cancel_native_error = cancel_native_error_
    obj.cancel_confirmation_error = cancel_confirmation_error_
    obj.cancel_confirmation_pending = cancel_confirmation_pending_
    obj.cancel_requested_at = cancel_requested_at_
    obj.created_at = created_at_
    obj.updated_at = updated_at_
    obj.waiting_for_node_ids = waiting_for_node_ids_
    obj.pending_node_outputs = pending_node_outputs_
    obj.dag_snapshot = dag_snapshot_
    obj.executed_node_ids = executed_node_ids_
    obj.parallel_completion_counters = parallel_completion_counters_
    obj.resume_queue = resume_queue_
    obj.active_resume = active_resume_
    obj.run_resume_status = run_resume_status_
    obj.hil_signal_states = hil_signal_states_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._started_at_text = started_at_text
    obj._completed_at_text = completed_at_text
    obj._human_waiting_started_at_text = human_waiting_started_at_text
    obj._cancel_signal_failed_at_text = cancel_signal_failed_at_text
    obj._cancel_requested_at_text = cancel_requested_at_text
    obj._created_at_text = created_at_text
    obj._updated_at_text = updated_at_text
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_step_status_summary(s: Any) -> StepStatusSummary:
    absent = 0
    node_id_: str
    node_id_ = s.node_id
    status_: StepStatus
    _v = s.status
    status_ = _StepStatus_BY_VALUE.get(_v) or StepStatus(_v)
    step_id_: str
    _v = s.step_id
    if _v is UNSET:
        step_id_ = ""
        absent |= 1
    else:
        step_id_ = _v
    node_type_: NodeType | None
    _v = s.node_type
    if _v is UNSET:
        node_type_ = None
        absent |= 2
    else:
        node_type_ = None if _v is None else (_NodeType_BY_VALUE.get(_v) or NodeType(_v))
    node_label_: str | None
    _v = s.node_label
    if _v is UNSET:
        node_label_ = None
        absent |= 4
    else:
        node_label_ = _v
    started_at_: datetime.datetime | None
    started_at_text: str | None = None
    _v = s.started_at
    if _v is UNSET:
        started_at_ = None
        absent |= 8
    else:
        if _v is None:
            started_at_ = None
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["started_at"], "a date-time string", _v)
            started_at_, started_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if started_at_ is None:
                raise ModelParseError(["started_at"], "is not an RFC 3339 date-time", _v)
    completed_at_: datetime.datetime | None
    completed_at_text: str | None = None
    _v = s.completed_at
    if _v is UNSET:
        completed_at_ = None
        absent |= 16
    else:
        if _v is None:
            completed_at_ = None
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["completed_at"], "a date-time string", _v)
            completed_at_, completed_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if completed_at_ is None:
                raise ModelParseError(["completed_at"], "is not an RFC 3339 date-time", _v)
    duration_ms_: int | None
    _v = s.duration_ms
    if _v is UNSET:
        duration_ms_ = None
        absent |= 32
    else:
        duration_ms_ = _v
    error_: str | None
    _v = s.error
    if _v is UNSET:
        error_ = None
        absent |= 64
    else:
        error_ = _v
    error_stage_: ErrorStage | None
    _v = s.error_stage
    if _v is UNSET:
        error_stage_ = None
        absent |= 128
    else:
        error_stage_ = None if _v is None else (_ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v))
    error_category_: ErrorCategory | None
    _v = s.error_category
    if _v is UNSET:
        error_category_ = None
        absent |= 256
    else:
        error_category_ = None if _v is None else (_ErrorCategory_BY_VALUE.get(_v) or ErrorCategory(_v))
    requires_human_review_: bool | None
    _v = s.requires_human_review
    if _v is UNSET:
        requires_human_review_ = None
        absent |= 512
    else:
        requires_human_review_ = _v
    loop_id_: str | None
    _v = s.loop_id
    if _v is UNSET:
        loop_id_ = None
        absent |= 1024
    else:
        loop_id_ = _v
    iteration_: int | None
    _v = s.iteration
    if _v is UNSET:
        iteration_ = None
        absent |= 2048
    else:
        iteration_ = _v
    iteration_context_: IterationContextData | None
    _v = s.iteration_context
    if _v is UNSET:
        iteration_context_ = None
        absent |= 4096
    else:
        iteration_context_ = None if _v is None else build_iteration_context_data(_v)
    model_: str | None
    _v = s.model
    if _v is UNSET:
        model_ = None
        absent |= 8192
    else:
        model_ = _v
    cost_: CostBreakdown | None
    _v = s.cost
    if _v is UNSET:
        cost_ = None
        absent |= 16384
    else:
        cost_ = None if _v is None else build_cost_breakdown(_v)
    tokens_: TokenUsage | None
    _v = s.tokens
    if _v is UNSET:
        tokens_ = None
        absent |= 32768
    else:
        tokens_ = None if _v is None else build_token_usage(_v)
    obj = object.__new__(StepStatusSummary)
    obj.node_id = node_id_
    obj.status = status_
    obj.step_id = step_id_
    obj.node_type = node_type_
    obj.node_label = node_label_
    obj.started_at = started_at_
    obj.completed_at = completed_at_
    obj.duration_ms = duration_ms_
    obj.error = error_
    obj.error_stage = error_stage_
    obj.error_category = error_category_
    obj.requires_human_review = requires_human_review_
    obj.loop_id = loop_id_
    obj.iteration = iteration_
    obj.iteration_context = iteration_context_
    obj.model = model_
    obj.cost = cost_
    obj.tokens = tokens_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._started_at_text = started_at_text
    obj._completed_at_text = completed_at_text
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_base_mime_data(s: Any) -> BaseMIMEData:
    id_: str
    id_ = s.id
    filename_: str
    filename_ = s.filename
    mime_type_: str
    mime_type_ = s.mime_type
    obj = object.__new__(BaseMIMEData)
    obj.id = id_
    obj.filename = filename_
    obj.mime_type = mime_type_
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_final_node_output(s: Any) -> FinalNodeOutput:
    absent = 0
    label_: str | None
    _v = s.label
    if _v is UNSET:
        label_ = None
        absent |= 1
    else:
        label_ = _v
    json_data_: dict[str, Any] | None
    _v = s.json_data
    if _v is UNSET:
        json_data_ = None
        absent |= 2
    else:
        json_data_ = _v
    document_: dict[str, Any] | None
    _v = s.document
    if _v is UNSET:
        document_ = None
        absent |= 4
    else:
        document_ = _v
    data_: dict[str, Any] | None
    _v = s.data
    if _v is UNSET:
        data_ = None
        absent |= 8
    else:
        data_ = _v
    obj = object.__new__(FinalNodeOutput)
    obj.label = label_
    obj.json_data = json_data_
    obj.document = document_
    obj.data = data_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_error_details(s: Any) -> ErrorDetails:
    absent = 0
    stack_trace_: str | None
    _v = s.stack_trace
    if _v is UNSET:
        stack_trace_ = None
        absent |= 1
    else:
        stack_trace_ = _v
    block_id_: str | None
    _v = s.block_id
    if _v is UNSET:
        block_id_ = None
        absent |= 2
    else:
        block_id_ = _v
    block_name_: str | None
    _v = s.block_name
    if _v is UNSET:
        block_name_ = None
        absent |= 4
    else:
        block_name_ = _v
    error_code_: str | None
    _v = s.error_code
    if _v is UNSET:
        error_code_ = None
        absent |= 8
    else:
        error_code_ = _v
    context_: dict[str, Any] | None
    _v = s.context
    if _v is UNSET:
        context_ = None
        absent |= 16
    else:
        context_ = _v
    obj = object.__new__(ErrorDetails)
    obj.stack_trace = stack_trace_
    obj.block_id = block_id_
    obj.block_name = block_name_
    obj.error_code = error_code_
    obj.context = context_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_run_cost_summary(s: Any) -> RunCostSummary:
    absent = 0
    total_: float
    _v = s.total
    if _v is UNSET:
        total_ = 0.0
        absent |= 1
    else:
        total_ = _v
    input_cost_: float
    _v = s.input_cost
    if _v is UNSET:
        input_cost_ = 0.0
        absent |= 2
    else:
        input_cost_ = _v
    output_cost_: float
    _v = s.output_cost
    if _v is UNSET:
        output_cost_ = 0.0
        absent |= 4
    else:
        output_cost_ = _v
    total_tokens_: int
    _v = s.total_tokens
    if _v is UNSET:
        total_tokens_ = 0
        absent |= 8
    else:
        total_tokens_ = _v
    prompt_tokens_: int
    _v = s.prompt_tokens
    if _v is UNSET:
        prompt_tokens_ = 0
        absent |= 16
    else:
        prompt_tokens_ = _v
    completion_tokens_: int
    _v = s.completion_tokens
    if _v is UNSET:
        completion_tokens_ = 0
        absent |= 32
    else:
        completion_tokens_ = _v
    models_: dict[str, ModelCostEntry] | None
    _v = s.models
    if _v is UNSET:
        models_ = None
        absent |= 64
    else:
        models_ = (
            None
            if _v is None
            else {_k_models2: build_model_cost_entry(_w_models1) for _k_models2, _w_models1 in _v.items()}
        )
    obj = object.__new__(RunCostSummary)
    obj.total = total_
    obj.input_cost = input_cost_
    obj.output_cost = output_cost_
    obj.total_tokens = total_tokens_
    obj.prompt_tokens = prompt_tokens_
    obj.completion_tokens = completion_tokens_
    obj.models = models_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_trace_span(s: Any, _depth: int = 0) -> TraceSpan:
    if _depth >= MAX_NESTING:
        raise ModelParseError([], "is nested too deeply")
    absent = 0
    id_: str
    id_ = s.id
    name_: str
    name_ = s.name
    start_time_: str
    start_time_ = s.start_time
    end_time_: str
    end_time_ = s.end_time
    type_: str
    _v = s.type
    if _v is UNSET:
        type_ = "block"
        absent |= 1
    else:
        type_ = _v
    duration_: int
    _v = s.duration
    if _v is UNSET:
        duration_ = 0
        absent |= 2
    else:
        duration_ = _v
    status_: SpanStatus | None
    _v = s.status
    if _v is UNSET:
        status_ = None
        absent |= 4
    else:
        status_ = None if _v is None else (_SpanStatus_BY_VALUE.get(_v) or SpanStatus(_v))
    children_: list[TraceSpan] | None
    _v = s.children
    if _v is UNSET:
        children_ = None
        absent |= 8
    else:
        children_ = None if _v is None else [build_trace_span(_w_children1, _depth + 1) for _w_children1 in _v]
    block_id_: str | None
    _v = s.block_id
    if _v is UNSET:
        block_id_ = None
        absent |= 16
    else:
        block_id_ = _v
    model_: str | None
    _v = s.model
    if _v is UNSET:
        model_ = None
        absent |= 32
    else:
        model_ = _v
    tokens_: TokenUsage | None
    _v = s.tokens
    if _v is UNSET:
        tokens_ = None
        absent |= 64
    else:
        tokens_ = None if _v is None else build_token_usage(_v)
    cost_: CostBreakdown | None
    _v = s.cost
    if _v is UNSET:
        cost_ = None
        absent |= 128
    else:
        cost_ = None if _v is None else build_cost_breakdown(_v)
    tool_calls_: list[ToolCall] | None
    _v = s.tool_calls
    if _v is UNSET:
        tool_calls_ = None
        absent |= 256
    else:
        tool_calls_ = None if _v is None else [build_tool_call(_w_tool_calls1) for _w_tool_calls1 in _v]
    input_: dict[str, Any] | None
    _v = s.input
    if _v is UNSET:
        input_ = None
        absent |= 512
    else:
        input_ = _v
    output_: dict[str, Any] | None
    _v = s.output
    if _v is UNSET:
        output_ = None
        absent |= 1024
    else:
        output_ = _v
    loop_id_: str | None
    _v = s.loop_id
    if _v is UNSET:
        loop_id_ = None
        absent |= 2048
    else:
        loop_id_ = _v
    parallel_id_: str | None
    _v = s.parallel_id
    if _v is UNSET:
        parallel_id_ = None
        absent |= 4096
    else:
        parallel_id_ = _v
    iteration_index_: int | None
    _v = s.iteration_index
    if _v is UNSET:
        iteration_index_ = None
        absent |= 8192
    else:
        iteration_index_ = _v
    relative_start_ms_: int | None
    _v = s.relative_start_ms
    if _v is UNSET:
        relative_start_ms_ = None
        absent |= 16384
    else:
        relative_start_ms_ = _v
    obj = object.__new__(TraceSpan)
    obj.id = id_
    obj.name = name_
    obj.start_time = start_time_
    obj.end_time = end_time_
    obj.type = type_
    obj.duration = duration_
    obj.status = status_
    obj.children = children_
    obj.block_id = block_id_
    obj.model = model_
    obj.tokens = tokens_
    obj.cost = cost_
    obj.tool_calls = tool_calls_
    obj.input = input_
    obj.output = output_
    obj.loop_id = loop_id_
    obj.parallel_id = parallel_id_
    obj.iteration_index = iteration_index_
    obj.relative_start_ms = relative_start_ms_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_resume_queue_item(s: Any) -> ResumeQueueItem:
    absent = 0
    node_id_: str
    node_id_ = s.node_id
    approved_: bool
    approved_ = s.approved
    id_: str | None
    _v = s.id
    if _v is UNSET:
        id_ = None
        absent |= 1
    else:
        id_ = _v
    modified_data_: dict[str, Any] | None
    _v = s.modified_data
    if _v is UNSET:
        modified_data_ = None
        absent |= 2
    else:
        modified_data_ = _v
    queued_at_: datetime.datetime | None
    queued_at_text: str | None = None
    _v = s.queued_at
    if _v is UNSET:
        queued_at_ = None
        absent |= 4
    else:
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["queued_at"], "a date-time string", _v)
        queued_at_, queued_at_text = read_datetime(_v)  # the text kept when written back otherwise
        if queued_at_ is None:
            raise ModelParseError(["queued_at"], "is not an RFC 3339 date-time", _v)
    status_: ResumeQueueItemStatus
    _v = s.status
    if _v is UNSET:
        status_ = ResumeQueueItemStatus.QUEUED
        absent |= 8
    else:
        status_ = _ResumeQueueItemStatus_BY_VALUE.get(_v) or ResumeQueueItemStatus(_v)
    obj = object.__new__(ResumeQueueItem)
    obj.node_id = node_id_
    obj.approved = approved_
    obj.id = id_
    obj.modified_data = modified_data_
    obj.queued_at = queued_at_
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._queued_at_text = queued_at_text
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_active_resume(s: Any) -> ActiveResume:
    absent = 0
    queue_item_id_: str
    queue_item_id_ = s.queue_item_id
    node_id_: str
    node_id_ = s.node_id
    claimed_at_: datetime.datetime | None
    claimed_at_text: str | None = None
    _v = s.claimed_at
    if _v is UNSET:
        claimed_at_ = None
        absent |= 1
    else:
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["claimed_at"], "a date-time string", _v)
        claimed_at_, claimed_at_text = read_datetime(_v)  # the text kept when written back otherwise
        if claimed_at_ is None:
            raise ModelParseError(["claimed_at"], "is not an RFC 3339 date-time", _v)
    timeout_seconds_: int
    _v = s.timeout_seconds
    if _v is UNSET:
        timeout_seconds_ = 300
        absent |= 2
    else:
        timeout_seconds_ = _v
    obj = object.__new__(ActiveResume)
    obj.queue_item_id = queue_item_id_
    obj.node_id = node_id_
    obj.claimed_at = claimed_at_
    obj.timeout_seconds = timeout_seconds_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._claimed_at_text = claimed_at_text
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_hil_signal_state(s: Any) -> HILSignalState:
    absent = 0
    status_: HILSignalStatus
    _v = s.status
    if _v is UNSET:
        status_ = HILSignalStatus.IDLE
        absent |= 1
    else:
        status_ = _HILSignalStatus_BY_VALUE.get(_v) or HILSignalStatus(_v)
    attempts_: int
    _v = s.attempts
    if _v is UNSET:
        attempts_ = 0
        absent |= 2
    else:
        attempts_ = _v
    last_error_: str | None
    _v = s.last_error
    if _v is UNSET:
        last_error_ = None
        absent |= 4
    else:
        last_error_ = _v
    last_attempt_at_: datetime.datetime | None
    last_attempt_at_text: str | None = None
    _v = s.last_attempt_at
    if _v is UNSET:
        last_attempt_at_ = None
        absent |= 8
    else:
        if _v is None:
            last_attempt_at_ = None
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["last_attempt_at"], "a date-time string", _v)
            last_attempt_at_, last_attempt_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if last_attempt_at_ is None:
                raise ModelParseError(["last_attempt_at"], "is not an RFC 3339 date-time", _v)
    signaled_at_: datetime.datetime | None
    signaled_at_text: str | None = None
    _v = s.signaled_at
    if _v is UNSET:
        signaled_at_ = None
        absent |= 16
    else:
        if _v is None:
            signaled_at_ = None
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["signaled_at"], "a date-time string", _v)
            signaled_at_, signaled_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if signaled_at_ is None:
                raise ModelParseError(["signaled_at"], "is not an RFC 3339 date-time", _v)
    accepted_at_: datetime.datetime | None
    accepted_at_text: str | None = None
    _v = s.accepted_at
    if _v is UNSET:
        accepted_at_ = None
        absent |= 32
    else:
        if _v is None:
            accepted_at_ = None
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["accepted_at"], "a date-time string", _v)
            accepted_at_, accepted_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if accepted_at_ is None:
                raise ModelParseError(["accepted_at"], "is not an RFC 3339 date-time", _v)
    modified_data_: dict[str, Any] | None
    _v = s.modified_data
    if _v is UNSET:
        modified_data_ = None
        absent |= 64
    else:
        modified_data_ = _v
    obj = object.__new__(HILSignalState)
    obj.status = status_
    obj.attempts = attempts_
    obj.last_error = last_error_
    obj.last_attempt_at = last_attempt_at_
    obj.signaled_at = signaled_at_
    obj.accepted_at = accepted_at_
    obj.modified_data = modified_data_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._last_attempt_at_text = last_attempt_at_text
    obj._signaled_at_text = signaled_at_text
    obj._accepted_at_text = accepted_at_text
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_iteration_context_data(s: Any) -> IterationContextData:
    absent = 0
    containers_: list[ContainerContextData]
    _v = s.containers
    if _v is UNSET:
        containers_ = []
        absent |= 1
    else:
        containers_ = [build_container_context_data(_w_containers1) for _w_containers1 in _v]
    obj = object.__new__(IterationContextData)
    obj.containers = containers_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_container_context_data(s: Any) -> ContainerContextData:
    absent = 0
    container_id_: str
    container_id_ = s.container_id
    iteration_: int
    iteration_ = s.iteration
    is_parallel_: bool
    _v = s.is_parallel
    if _v is UNSET:
        is_parallel_ = False
        absent |= 1
    else:
        is_parallel_ = _v
    parallel_item_index_: int | None
    _v = s.parallel_item_index
    if _v is UNSET:
        parallel_item_index_ = None
        absent |= 2
    else:
        parallel_item_index_ = _v
    obj = object.__new__(ContainerContextData)
    obj.container_id = container_id_
    obj.iteration = iteration_
    obj.is_parallel = is_parallel_
    obj.parallel_item_index = parallel_item_index_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_cost_breakdown(s: Any) -> CostBreakdown:
    absent = 0
    input_: float
    _v = s.input
    if _v is UNSET:
        input_ = 0.0
        absent |= 1
    else:
        input_ = _v
    output_: float
    _v = s.output
    if _v is UNSET:
        output_ = 0.0
        absent |= 2
    else:
        output_ = _v
    total_: float
    _v = s.total
    if _v is UNSET:
        total_ = 0.0
        absent |= 4
    else:
        total_ = _v
    tokens_: TokenUsage | None
    _v = s.tokens
    if _v is UNSET:
        tokens_ = None
        absent |= 8
    else:
        tokens_ = None if _v is None else build_token_usage(_v)
    model_: str | None
    _v = s.model
    if _v is UNSET:
        model_ = None
        absent |= 16
    else:
        model_ = _v
    obj = object.__new__(CostBreakdown)
    obj.input = input_
    obj.output = output_
    obj.total = total_
    obj.tokens = tokens_
    obj.model = model_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_token_usage(s: Any) -> TokenUsage:
    absent = 0
    input_: int
    _v = s.input
    if _v is UNSET:
        input_ = 0
        absent |= 1
    else:
        input_ = _v
    output_: int
    _v = s.output
    if _v is UNSET:
        output_ = 0
        absent |= 2
    else:
        output_ = _v
    total_: int
    _v = s.total
    if _v is UNSET:
        total_ = 0
        absent |= 4
    else:
        total_ = _v
    obj = object.__new__(TokenUsage)
    obj.input = input_
    obj.output = output_
    obj.total = total_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_model_cost_entry(s: Any) -> ModelCostEntry:
    absent = 0
    input_: float
    _v = s.input
    if _v is UNSET:
        input_ = 0.0
        absent |= 1
    else:
        input_ = _v
    output_: float
    _v = s.output
    if _v is UNSET:
        output_ = 0.0
        absent |= 2
    else:
        output_ = _v
    total_: float
    _v = s.total
    if _v is UNSET:
        total_ = 0.0
        absent |= 4
    else:
        total_ = _v
    tokens_: TokenUsage | None
    _v = s.tokens
    if _v is UNSET:
        tokens_ = None
        absent |= 8
    else:
        tokens_ = None if _v is None else build_token_usage(_v)
    obj = object.__new__(ModelCostEntry)
    obj.input = input_
    obj.output = output_
    obj.total = total_
    obj.tokens = tokens_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_tool_call(s: Any) -> ToolCall:
    absent = 0
    name_: str
    name_ = s.name
    duration_: int
    _v = s.duration
    if _v is UNSET:
        duration_ = 0
        absent |= 1
    else:
        duration_ = _v
    start_time_: str | None
    _v = s.start_time
    if _v is UNSET:
        start_time_ = None
        absent |= 2
    else:
        start_time_ = _v
    end_time_: str | None
    _v = s.end_time
    if _v is UNSET:
        end_time_ = None
        absent |= 4
    else:
        end_time_ = _v
    status_: ToolCallStatus
    _v = s.status
    if _v is UNSET:
        status_ = ToolCallStatus.SUCCESS
        absent |= 8
    else:
        status_ = _ToolCallStatus_BY_VALUE.get(_v) or ToolCallStatus(_v)
    input_: dict[str, Any] | None
    _v = s.input
    if _v is UNSET:
        input_ = None
        absent |= 16
    else:
        input_ = _v
    output_: dict[str, Any] | None
    _v = s.output
    if _v is UNSET:
        output_ = None
        absent |= 32
    else:
        output_ = _v
    error_: str | None
    _v = s.error
    if _v is UNSET:
        error_ = None
        absent |= 64
    else:
        error_ = _v
    obj = object.__new__(ToolCall)
    obj.name = name_
    obj.duration = duration_
    obj.start_time = start_time_
    obj.end_time = end_time_
    obj.status = status_
    obj.input = input_
    obj.output = output_
    obj.error = error_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_error_response(s: Any) -> ErrorResponse:
    absent = 0
    detail_: Any
    _v = s.detail
    if _v is UNSET:
        detail_ = None
        absent |= 1
    else:
        detail_ = _v
    obj = object.__new__(ErrorResponse)
    obj.detail = detail_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_http_validation_error(s: Any) -> HTTPValidationError:
    absent = 0
    detail_: list[ValidationErrorItem] | None
    _v = s.detail
    if _v is UNSET:
        detail_ = None
        absent |= 1
    else:
        detail_ = [build_validation_error_item(_w_detail1) for _w_detail1 in _v]
    obj = object.__new__(HTTPValidationError)
    obj.detail = detail_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_validation_error_item(s: Any) -> ValidationErrorItem:
    absent = 0
    loc_: list[Any]
    loc_ = s.loc
    msg_: str
    msg_ = s.msg
    type_: str
    type_ = s.type
    input_: Any
    _v = s.input
    if _v is UNSET:
        input_ = None
        absent |= 1
    else:
        input_ = _v
    ctx_: dict[str, Any] | None
    _v = s.ctx
    if _v is UNSET:
        ctx_ = None
        absent |= 2
    else:
        ctx_ = _v
    obj = object.__new__(ValidationErrorItem)
    obj.loc = loc_
    obj.msg = msg_
    obj.type = type_
    obj.input = input_
    obj.ctx = ctx_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_cancel_workflow_request(s: Any) -> CancelWorkflowRequest:
    absent = 0
    command_id_: str | None
    _v = s.command_id
    if _v is UNSET:
        command_id_ = None
        absent |= 1
    else:
        command_id_ = _v
    obj = object.__new__(CancelWorkflowRequest)
    obj.command_id = command_id_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_cancel_workflow_response(s: Any) -> CancelWorkflowResponse:
    absent = 0
    run_: WorkflowRun
    _v = s.run
    run_ = build_workflow_run(_v)
    redis_available_: bool
    _v = s.redis_available
    if _v is UNSET:
        redis_available_ = True
        absent |= 1
    else:
        redis_available_ = _v
    cancellation_status_: CancellationStatus
    _v = s.cancellation_status
    if _v is UNSET:
        cancellation_status_ = CancellationStatus.CANCELLATION_REQUESTED
        absent |= 2
    else:
        cancellation_status_ = _CancellationStatus_BY_VALUE.get(_v) or CancellationStatus(_v)
    obj = object.__new__(CancelWorkflowResponse)
    obj.run = run_
    obj.redis_available = redis_available_
    obj.cancellation_status = cancellation_status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_document_signed_url_response(s: Any) -> DocumentSignedUrlResponse:
    absent = 0
    signed_url_: str
    signed_url_ = s.signed_url
    filename_: str
    filename_ = s.filename
    mime_type_: str | None
    _v = s.mime_type
    if _v is UNSET:
        mime_type_ = None
        absent |= 1
    else:
        mime_type_ = _v
    obj = object.__new__(DocumentSignedUrlResponse)
    obj.signed_url = signed_url_
    obj.filename = filename_
    obj.mime_type = mime_type_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_list_metadata(s: Any) -> ListMetadata:
    before_: str | None
    before_ = s.before
    after_: str | None
    after_ = s.after
    obj = object.__new__(ListMetadata)
    obj.before = before_
    obj.after = after_
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_mime_data_input(s: Any) -> MIMEDataInput:
    filename_: str
    filename_ = s.filename
    content_: str
    content_ = s.content
    mime_type_: str
    mime_type_ = s.mime_type
    obj = object.__new__(MIMEDataInput)
    obj.filename = filename_
    obj.content = content_
    obj.mime_type = mime_type_
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_node_simulation(s: Any) -> NodeSimulation:
    absent = 0
    id_: str
    id_ = s.id
    organization_id_: str
    organization_id_ = s.organization_id
    workflow_id_: str
    workflow_id_ = s.workflow_id
    run_id_: str
    run_id_ = s.run_id
    node_id_: str
    node_id_ = s.node_id
    node_type_: str
    node_type_ = s.node_type
    success_: bool
    success_ = s.success
    handle_inputs_: dict[str, Any] | None
    _v = s.handle_inputs
    if _v is UNSET:
        handle_inputs_ = None
        absent |= 1
    else:
        handle_inputs_ = _v
    output_: dict[str, Any] | None
    _v = s.output
    if _v is UNSET:
        output_ = None
        absent |= 2
    else:
        output_ = _v
    handle_outputs_: dict[str, Any] | None
    _v = s.handle_outputs
    if _v is UNSET:
        handle_outputs_ = None
        absent |= 4
    else:
        handle_outputs_ = _v
    routing_decision_: list[str] | None
    _v = s.routing_decision
    if _v is UNSET:
        routing_decision_ = None
        absent |= 8
    else:
        routing_decision_ = _v
    error_: str | None
    _v = s.error
    if _v is UNSET:
        error_ = None
        absent |= 16
    else:
        error_ = _v
    duration_ms_: float | None
    _v = s.duration_ms
    if _v is UNSET:
        duration_ms_ = None
        absent |= 32
    else:
        duration_ms_ = _v
    skipped_: bool
    _v = s.skipped
    if _v is UNSET:
        skipped_ = False
        absent |= 64
    else:
        skipped_ = _v
    created_at_: datetime.datetime | None
    created_at_text: str | None = None
    _v = s.created_at
    if _v is UNSET:
        created_at_ = None
        absent |= 128
    else:
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["created_at"], "a date-time string", _v)
        created_at_, created_at_text = read_datetime(_v)  # the text kept when written back otherwise
        if created_at_ is None:
            raise ModelParseError(["created_at"], "is not an RFC 3339 date-time", _v)
    block_config_: dict[str, Any] | None
    _v = s.block_config
    if _v is UNSET:
        block_config_ = None
        absent |= 256
    else:
        block_config_ = _v
    obj = object.__new__(NodeSimulation)
    obj.id = id_
    obj.organization_id = organization_id_
    obj.workflow_id = workflow_id_
    obj.run_id = run_id_
    obj.node_id = node_id_
    obj.node_type = node_type_
    obj.success = success_
    obj.handle_inputs = handle_inputs_
    obj.output = output_
    obj.handle_outputs = handle_outputs_
    obj.routing_decision = routing_decision_
    obj.error = error_
    obj.duration_ms = duration_ms_
    obj.skipped = skipped_
    obj.created_at = created_at_
    obj.block_config = block_config_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._created_at_text = created_at_text
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_paginated_list(s: Any) -> PaginatedList:
    data_: list[Any]
    data_ = s.data
    list_metadata_: ListMetadata
    _v = s.list_metadata
    list_metadata_ = build_list_metadata(_v)
    obj = object.__new__(PaginatedList)
    obj.data = data_
    obj.list_metadata = list_metadata_
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_published_workflow_config(s: Any) -> PublishedWorkflowConfig:
    absent = 0
    nodes_: list[WorkflowNode]
    _v = s.nodes
    if _v is UNSET:
        nodes_ = []
        absent |= 1
    else:
        nodes_ = [build_workflow_node(_w_nodes1) for _w_nodes1 in _v]
    edges_: list[WorkflowEdge]
    _v = s.edges
    if _v is UNSET:
        edges_ = []
        absent |= 2
    else:
        edges_ = [build_workflow_edge(_w_edges1) for _w_edges1 in _v]
    published_at_: datetime.datetime | None
    published_at_text: str | None = None
    _v = s.published_at
    if _v is UNSET:
        published_at_ = None
        absent |= 4
    else:
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["published_at"], "a date-time string", _v)
        published_at_, published_at_text = read_datetime(_v)  # the text kept when written back otherwise
        if published_at_ is None:
            raise ModelParseError(["published_at"], "is not an RFC 3339 date-time", _v)
    obj = object.__new__(PublishedWorkflowConfig)
    obj.nodes = nodes_
    obj.edges = edges_
    obj.published_at = published_at_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._published_at_text = published_at_text
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_rerun_api_call_response(s: Any) -> RerunApiCallResponse:
    absent = 0
    status_code_: int | None
    _v = s.status_code
    if _v is UNSET:
        status_code_ = None
        absent |= 1
    else:
        status_code_ = _v
    response_text_: str | None
    _v = s.response_text
    if _v is UNSET:
        response_text_ = None
        absent |= 2
    else:
        response_text_ = _v
    response_data_: dict[str, Any] | None
    _v = s.response_data
    if _v is UNSET:
        response_data_ = None
        absent |= 4
    else:
        response_data_ = _v
    error_: str | None
    _v = s.error
    if _v is UNSET:
        error_ = None
        absent |= 8
    else:
        error_ = _v
    duration_ms_: float | None
    _v = s.duration_ms
    if _v is UNSET:
        duration_ms_ = None
        absent |= 16
    else:
        duration_ms_ = _v
    obj = object.__new__(RerunApiCallResponse)
    obj.status_code = status_code_
    obj.response_text = response_text_
    obj.response_data = response_data_
    obj.error = error_
    obj.duration_ms = duration_ms_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_rerun_webhook_response(s: Any) -> RerunWebhookResponse:
    absent = 0
    webhook_sent_: bool
    webhook_sent_ = s.webhook_sent
    webhook_status_code_: int | None
    _v = s.webhook_status_code
    if _v is UNSET:
        webhook_status_code_ = None
        absent |= 1
    else:
        webhook_status_code_ = _v
    webhook_response_text_: str | None
    _v = s.webhook_response_text
    if _v is UNSET:
        webhook_response_text_ = None
        absent |= 2
    else:
        webhook_response_text_ = _v
    webhook_response_headers_: dict[str, str] | None
    _v = s.webhook_response_headers
    if _v is UNSET:
        webhook_response_headers_ = None
        absent |= 4
    else:
        webhook_response_headers_ = _v
    webhook_request_body_: dict[str, Any] | None
    _v = s.webhook_request_body
    if _v is UNSET:
        webhook_request_body_ = None
        absent |= 8
    else:
        webhook_request_body_ = _v
    webhook_duration_ms_: float | None
    _v = s.webhook_duration_ms
    if _v is UNSET:
        webhook_duration_ms_ = None
        absent |= 16
    else:
        webhook_duration_ms_ = _v
    webhook_error_: str | None
    _v = s.webhook_error
    if _v is UNSET:
        webhook_error_ = None
        absent |= 32
    else:
        webhook_error_ = _v
    obj = object.__new__(RerunWebhookResponse)
    obj.webhook_sent = webhook_sent_
    obj.webhook_status_code = webhook_status_code_
    obj.webhook_response_text = webhook_response_text_
    obj.webhook_response_headers = webhook_response_headers_
    obj.webhook_request_body = webhook_request_body_
    obj.webhook_duration_ms = webhook_duration_ms_
    obj.webhook_error = webhook_error_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_restart_workflow_request(s: Any) -> RestartWorkflowRequest:
    absent = 0
    command_id_: str | None
    _v = s.command_id
    if _v is UNSET:
        command_id_ = None
        absent |= 1
    else:
        command_id_ = _v
    obj = object.__new__(RestartWorkflowRequest)
    obj.command_id = command_id_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_resume_workflow_request(s: Any) -> ResumeWorkflowRequest:
    absent = 0
    node_id_: str
    node_id_ = s.node_id
    approved_: bool
    approved_ = s.approved
    command_id_: str | None
    _v = s.command_id
    if _v is UNSET:
        command_id_ = None
        absent |= 1
    else:
        command_id_ = _v
    modified_data_: dict[str, Any] | None
    _v = s.modified_data
    if _v is UNSET:
        modified_data_ = None
        absent |= 2
    else:
        modified_data_ = _v
    obj = object.__new__(ResumeWorkflowRequest)
    obj.node_id = node_id_
    obj.approved = approved_
    obj.command_id = command_id_
    obj.modified_data = modified_data_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_resume_workflow_response(s: Any) -> ResumeWorkflowResponse:
    absent = 0
    run_: WorkflowRun
    _v = s.run
    run_ = build_workflow_run(_v)
    resume_status_: ResumeStatus
    _v = s.resume_status
    resume_status_ = _ResumeStatus_BY_VALUE.get(_v) or ResumeStatus(_v)
    queue_item_id_: str
    queue_item_id_ = s.queue_item_id
    queue_position_: int | None
    _v = s.queue_position
    if _v is UNSET:
        queue_position_ = None
        absent |= 1
    else:
        queue_position_ = _v
    obj = object.__new__(ResumeWorkflowResponse)
    obj.run = run_
    obj.resume_status = resume_status_
    obj.queue_item_id = queue_item_id_
    obj.queue_position = queue_position_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_run_workflow_request(s: Any) -> RunWorkflowRequest:
    absent = 0
    documents_: dict[str, MIMEDataInput]
    _v = s.documents
    if _v is UNSET:
        documents_ = {}
        absent |= 1
    else:
        documents_ = {
            _k_documents2: build_mime_data_input(_w_documents1) for _k_documents2, _w_documents1 in _v.items()
        }
    json_inputs_: dict[str, dict[str, Any]]
    _v = s.json_inputs
    if _v is UNSET:
        json_inputs_ = {}
        absent |= 2
    else:
        json_inputs_ = _v
    text_inputs_: dict[str, str]
    _v = s.text_inputs
    if _v is UNSET:
        text_inputs_ = {}
        absent |= 4
    else:
        text_inputs_ = _v
    obj = object.__new__(RunWorkflowRequest)
    obj.documents = documents_
    obj.json_inputs = json_inputs_
    obj.text_inputs = text_inputs_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_step_output_response(s: Any) -> StepOutputResponse:
    absent = 0
    node_id_: str
    node_id_ = s.node_id
    node_type_: str
    node_type_ = s.node_type
    node_label_: str
    node_label_ = s.node_label
    status_: str
    status_ = s.status
    output_: dict[str, Any] | None
    _v = s.output
    if _v is UNSET:
        output_ = None
        absent |= 1
    else:
        output_ = _v
    handle_outputs_: dict[str, Any] | None
    _v = s.handle_outputs
    if _v is UNSET:
        handle_outputs_ = None
        absent |= 2
    else:
        handle_outputs_ = _v
    handle_inputs_: dict[str, Any] | None
    _v = s.handle_inputs
    if _v is UNSET:
        handle_inputs_ = None
        absent |= 4
    else:
        handle_inputs_ = _v
    obj = object.__new__(StepOutputResponse)
    obj.node_id = node_id_
    obj.node_type = node_type_
    obj.node_label = node_label_
    obj.status = status_
    obj.output = output_
    obj.handle_outputs = handle_outputs_
    obj.handle_inputs = handle_inputs_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_step_outputs_batch_request(s: Any) -> StepOutputsBatchRequest:
    absent = 0
    node_ids_: list[str]
    _v = s.node_ids
    if _v is UNSET:
        node_ids_ = []
        absent |= 1
    else:
        node_ids_ = _v
    obj = object.__new__(StepOutputsBatchRequest)
    obj.node_ids = node_ids_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_step_outputs_batch_response(s: Any) -> StepOutputsBatchResponse:
    absent = 0
    outputs_: dict[str, StepOutputResponse]
    _v = s.outputs
    if _v is UNSET:
        outputs_ = {}
        absent |= 1
    else:
        outputs_ = {_k_outputs2: build_step_output_response(_w_outputs1) for _k_outputs2, _w_outputs1 in _v.items()}
    obj = object.__new__(StepOutputsBatchResponse)
    obj.outputs = outputs_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_workflow_edge(s: Any) -> WorkflowEdge:
    absent = 0
    source_: str
    source_ = s.source
    target_: str
    target_ = s.target
    id_: str | None
    _v = s.id
    if _v is UNSET:
        id_ = None
        absent |= 1
    else:
        id_ = _v
    source_handle_: str | None
    _v = s.source_handle
    if _v is UNSET:
        source_handle_ = None
        absent |= 2
    else:
        source_handle_ = _v
    target_handle_: str | None
    _v = s.target_handle
    if _v is UNSET:
        target_handle_ = None
        absent |= 4
    else:
        target_handle_ = _v
    animated_: bool
    _v = s.animated
    if _v is UNSET:
        animated_ = True
        absent |= 8
    else:
        animated_ = _v
    obj = object.__new__(WorkflowEdge)
    obj.source = source_
    obj.target = target_
    obj.id = id_
    obj.source_handle = source_handle_
    obj.target_handle = target_handle_
    obj.animated = animated_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_workflow_export_file_request(s: Any) -> WorkflowExportFileRequest:
    absent = 0
    workflow_id_: str
    workflow_id_ = s.workflow_id
    node_id_: str
    node_id_ = s.node_id
    export_source_: ExportSource
    _v = s.export_source
    if _v is UNSET:
        export_source_ = ExportSource.OUTPUTS
        absent |= 1
    else:
        export_source_ = _ExportSource_BY_VALUE.get(_v) or ExportSource(_v)
    selected_run_ids_: list[str] | None
    _v = s.selected_run_ids
    if _v is UNSET:
        selected_run_ids_ = None
        absent |= 2
    else:
        selected_run_ids_ = _v
    selected_doc_types_: list[str] | None
    _v = s.selected_doc_types
    if _v is UNSET:
        selected_doc_types_ = None
        absent |= 4
    else:
        selected_doc_types_ = _v
    status_: RunStatusFilter | None
    _v = s.status
    if _v is UNSET:
        status_ = None
        absent |= 8
    else:
        status_ = None if _v is None else (_RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v))
    exclude_status_: RunStatusFilter | None
    _v = s.exclude_status
    if _v is UNSET:
        exclude_status_ = None
        absent |= 16
    else:
        exclude_status_ = None if _v is None else (_RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v))
    from_date_: str | None
    _v = s.from_date
    if _v is UNSET:
        from_date_ = None
        absent |= 32
    else:
        from_date_ = _v
    to_date_: str | None
    _v = s.to_date
    if _v is UNSET:
        to_date_ = None
        absent |= 64
    else:
        to_date_ = _v
    trigger_types_: list[TriggerType] | None
    _v = s.trigger_types
    if _v is UNSET:
        trigger_types_ = None
        absent |= 128
    else:
        trigger_types_ = (
            None
            if _v is None
            else [
                (_TriggerType_BY_VALUE.get(_w_trigger_types1) or TriggerType(_w_trigger_types1))
                for _w_trigger_types1 in _v
            ]
        )
    preferred_columns_: list[str]
    _v = s.preferred_columns
    if _v is UNSET:
        preferred_columns_ = []
        absent |= 256
    else:
        preferred_columns_ = _v
    format_: ExportFormat
    _v = s.format
    if _v is UNSET:
        format_ = ExportFormat.CSV
        absent |= 512
    else:
        format_ = _ExportFormat_BY_VALUE.get(_v) or ExportFormat(_v)
    delimiter_: str
    _v = s.delimiter
    if _v is UNSET:
        delimiter_ = ";"
        absent |= 1024
    else:
        delimiter_ = _v
    line_delimiter_: str
    _v = s.line_delimiter
    if _v is UNSET:
        line_delimiter_ = "\n"
        absent |= 2048
    else:
        line_delimiter_ = _v
    quote_: str
    _v = s.quote
    if _v is UNSET:
        quote_ = '"'
        absent |= 4096
    else:
        quote_ = _v
    obj = object.__new__(WorkflowExportFileRequest)
    obj.workflow_id = workflow_id_
    obj.node_id = node_id_
    obj.export_source = export_source_
    obj.selected_run_ids = selected_run_ids_
    obj.selected_doc_types = selected_doc_types_
    obj.status = status_
    obj.exclude_status = exclude_status_
    obj.from_date = from_date_
    obj.to_date = to_date_
    obj.trigger_types = trigger_types_
    obj.preferred_columns = preferred_columns_
    obj.format = format_
    obj.delimiter = delimiter_
    obj.line_delimiter = line_delimiter_
    obj.quote = quote_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_workflow_export_payload_request(s: Any) -> WorkflowExportPayloadRequest:
    absent = 0
    workflow_id_: str
    workflow_id_ = s.workflow_id
    node_id_: str
    node_id_ = s.node_id
    export_source_: ExportSource
    _v = s.export_source
    if _v is UNSET:
        export_source_ = ExportSource.OUTPUTS
        absent |= 1
    else:
        export_source_ = _ExportSource_BY_VALUE.get(_v) or ExportSource(_v)
    selected_run_ids_: list[str] | None
    _v = s.selected_run_ids
    if _v is UNSET:
        selected_run_ids_ = None
        absent |= 2
    else:
        selected_run_ids_ = _v
    selected_doc_types_: list[str] | None
    _v = s.selected_doc_types
    if _v is UNSET:
        selected_doc_types_ = None
        absent |= 4
    else:
        selected_doc_types_ = _v
    status_: RunStatusFilter | None
    _v = s.status
    if _v is UNSET:
        status_ = None
        absent |= 8
    else:
        status_ = None if _v is None else (_RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v))
    exclude_status_: RunStatusFilter | None
    _v = s.exclude_status
    if _v is UNSET:
        exclude_status_ = None
        absent |= 16
    else:
        exclude_status_ = None if _v is None else (_RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v))
    from_date_: str | None
    _v = s.from_date
    if _v is UNSET:
        from_date_ = None
        absent |= 32
    else:
        from_date_ = _v
    to_date_: str | None
    _v = s.to_date
    if _v is UNSET:
        to_date_ = None
        absent |= 64
    else:
        to_date_ = _v
    trigger_types_: list[TriggerType] | None
    _v = s.trigger_types
    if _v is UNSET:
        trigger_types_ = None
        absent |= 128
    else:
        trigger_types_ = (
            None
            if _v is None
            else [
                (_TriggerType_BY_VALUE.get(_w_trigger_types1) or TriggerType(_w_trigger_types1))
                for _w_trigger_types1 in _v
            ]
        )
    preferred_columns_: list[str]
    _v = s.preferred_columns
    if _v is UNSET:
        preferred_columns_ = []
        absent |= 256
    else:
        preferred_columns_ = _v
    delimiter_: str
    _v = s.delimiter
    if _v is UNSET:
        delimiter_ = ";"
        absent |= 512
    else:
        delimiter_ = _v
    line_delimiter_: str
    _v = s.line_delimiter
    if _v is UNSET:
        line_delimiter_ = "\n"
        absent |= 1024
    else:
        line_delimiter_ = _v
    quote_: str
    _v = s.quote
    if _v is UNSET:
        quote_ = '"'
        absent |= 2048
    else:
        quote_ = _v
    obj = object.__new__(WorkflowExportPayloadRequest)
    obj.workflow_id = workflow_id_
    obj.node_id = node_id_
    obj.export_source = export_source_
    obj.selected_run_ids = selected_run_ids_
    obj.selected_doc_types = selected_doc_types_
    obj.status = status_
    obj.exclude_status = exclude_status_
    obj.from_date = from_date_
    obj.to_date = to_date_
    obj.trigger_types = trigger_types_
    obj.preferred_columns = preferred_columns_
    obj.delimiter = delimiter_
    obj.line_delimiter = line_delimiter_
    obj.quote = quote_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_workflow_export_payload_response(s: Any) -> WorkflowExportPayloadResponse:
    csv_data_: str
    csv_data_ = s.csv_data
    rows_: int
    rows_ = s.rows
    columns_: int
    columns_ = s.columns
    obj = object.__new__(WorkflowExportPayloadResponse)
    obj.csv_data = csv_data_
    obj.rows = rows_
    obj.columns = columns_
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_workflow_export_scope_request(s: Any) -> WorkflowExportScopeRequest:
    absent = 0
    workflow_id_: str
    workflow_id_ = s.workflow_id
    node_id_: str
    node_id_ = s.node_id
    export_source_: ExportSource
    _v = s.export_source
    if _v is UNSET:
        export_source_ = ExportSource.OUTPUTS
        absent |= 1
    else:
        export_source_ = _ExportSource_BY_VALUE.get(_v) or ExportSource(_v)
    selected_run_ids_: list[str] | None
    _v = s.selected_run_ids
    if _v is UNSET:
        selected_run_ids_ = None
        absent |= 2
    else:
        selected_run_ids_ = _v
    selected_doc_types_: list[str] | None
    _v = s.selected_doc_types
    if _v is UNSET:
        selected_doc_types_ = None
        absent |= 4
    else:
        selected_doc_types_ = _v
    status_: RunStatusFilter | None
    _v = s.status
    if _v is UNSET:
        status_ = None
        absent |= 8
    else:
        status_ = None if _v is None else (_RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v))
    exclude_status_: RunStatusFilter | None
    _v = s.exclude_status
    if _v is UNSET:
        exclude_status_ = None
        absent |= 16
    else:
        exclude_status_ = None if _v is None else (_RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v))
    from_date_: str | None
    _v = s.from_date
    if _v is UNSET:
        from_date_ = None
        absent |= 32
    else:
        from_date_ = _v
    to_date_: str | None
    _v = s.to_date
    if _v is UNSET:
        to_date_ = None
        absent |= 64
    else:
        to_date_ = _v
    trigger_types_: list[TriggerType] | None
    _v = s.trigger_types
    if _v is UNSET:
        trigger_types_ = None
        absent |= 128
    else:
        trigger_types_ = (
            None
            if _v is None
            else [
                (_TriggerType_BY_VALUE.get(_w_trigger_types1) or TriggerType(_w_trigger_types1))
                for _w_trigger_types1 in _v
            ]
        )
    preferred_columns_: list[str]
    _v = s.preferred_columns
    if _v is UNSET:
        preferred_columns_ = []
        absent |= 256
    else:
        preferred_columns_ = _v
    obj = object.__new__(WorkflowExportScopeRequest)
    obj.workflow_id = workflow_id_
    obj.node_id = node_id_
    obj.export_source = export_source_
    obj.selected_run_ids = selected_run_ids_
    obj.selected_doc_types = selected_doc_types_
    obj.status = status_
    obj.exclude_status = exclude_status_
    obj.from_date = from_date_
    obj.to_date = to_date_
    obj.trigger_types = trigger_types_
    obj.preferred_columns = preferred_columns_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_workflow_export_scope_response(s: Any) -> WorkflowExportScopeResponse:
    absent = 0
    run_count_: int
    run_count_ = s.run_count
    rows_count_: int
    rows_count_ = s.rows_count
    columns_count_: int
    columns_count_ = s.columns_count
    column_names_: list[str]
    _v = s.column_names
    if _v is UNSET:
        column_names_ = []
        absent |= 1
    else:
        column_names_ = _v
    obj = object.__new__(WorkflowExportScopeResponse)
    obj.run_count = run_count_
    obj.rows_count = rows_count_
    obj.columns_count = columns_count_
    obj.column_names = column_names_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_workflow_node(s: Any) -> WorkflowNode:
    absent = 0
    type_: NodeType
    _v = s.type
    type_ = _NodeType_BY_VALUE.get(_v) or NodeType(_v)
    position_: WorkflowNodePosition
    _v = s.position
    position_ = build_workflow_node_position(_v)
    label_: str
    label_ = s.label
    id_: str | None
    _v = s.id
    if _v is UNSET:
        id_ = None
        absent |= 1
    else:
        id_ = _v
    description_: str
    _v = s.description
    if _v is UNSET:
        description_ = ""
        absent |= 2
    else:
        description_ = _v
    config_: dict[str, Any] | None
    _v = s.config
    if _v is UNSET:
        config_ = None
        absent |= 4
    else:
        config_ = _v
    width_: float | None
    _v = s.width
    if _v is UNSET:
        width_ = None
        absent |= 8
    else:
        width_ = _v
    height_: float | None
    _v = s.height
    if _v is UNSET:
        height_ = None
        absent |= 16
    else:
        height_ = _v
    parent_id_: str | None
    _v = s.parent_id
    if _v is UNSET:
        parent_id_ = None
        absent |= 32
    else:
        parent_id_ = _v
    obj = object.__new__(WorkflowNode)
    obj.type = type_
    obj.position = position_
    obj.label = label_
    obj.id = id_
    obj.description = description_
    obj.config = config_
    obj.width = width_
    obj.height = height_
    obj.parent_id = parent_id_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_workflow_node_position(s: Any) -> WorkflowNodePosition:
    x_: float
    x_ = s.x
    y_: float
    y_ = s.y
    obj = object.__new__(WorkflowNodePosition)
    obj.x = x_
    obj.y = y_
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_workflow_run_execution_order_response(s: Any) -> WorkflowRunExecutionOrderResponse:
    absent = 0
    run_id_: str
    run_id_ = s.run_id
    ordered_step_ids_: list[str]
    _v = s.ordered_step_ids
    if _v is UNSET:
        ordered_step_ids_ = []
        absent |= 1
    else:
        ordered_step_ids_ = _v
    obj = object.__new__(WorkflowRunExecutionOrderResponse)
    obj.run_id = run_id_
    obj.ordered_step_ids = ordered_step_ids_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_run_counts(s: Any) -> RunCounts:
    obj = object.__new__(RunCounts)
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


_BUILDERS: dict[str, tuple[type[Struct], Callable[[Any], Any]]] = {
    "WorkflowRun": (WorkflowRunStruct, build_workflow_run),
    "StepStatusSummary": (StepStatusSummaryStruct, build_step_status_summary),
    "BaseMIMEData": (BaseMIMEDataStruct, build_base_mime_data),
    "FinalNodeOutput": (FinalNodeOutputStruct, build_final_node_output),
    "ErrorDetails": (ErrorDetailsStruct, build_error_details),
    "RunCostSummary": (RunCostSummaryStruct, build_run_cost_summary),
    "TraceSpan": (TraceSpanStruct, build_trace_span),
    "ResumeQueueItem": (ResumeQueueItemStruct, build_resume_queue_item),
    "ActiveResume": (ActiveResumeStruct, build_active_resume),
    "HILSignalState": (HILSignalStateStruct, build_hil_signal_state),
    "IterationContextData": (IterationContextDataStruct, build_iteration_context_data),
    "ContainerContextData": (ContainerContextDataStruct, build_container_context_data),
    "CostBreakdown": (CostBreakdownStruct, build_cost_breakdown),
    "TokenUsage": (TokenUsageStruct, build_token_usage),
    "ModelCostEntry": (ModelCostEntryStruct, build_model_cost_entry),
    "ToolCall": (ToolCallStruct, build_tool_call),
    "ErrorResponse": (ErrorResponseStruct, build_error_response),
    "HTTPValidationError": (HTTPValidationErrorStruct, build_http_validation_error),
    "ValidationErrorItem": (ValidationErrorItemStruct, build_validation_error_item),
    "CancelWorkflowRequest": (CancelWorkflowRequestStruct, build_cancel_workflow_request),
    "CancelWorkflowResponse": (CancelWorkflowResponseStruct, build_cancel_workflow_response),
    "DocumentSignedUrlResponse": (DocumentSignedUrlResponseStruct, build_document_signed_url_response),
    "ListMetadata": (ListMetadataStruct, build_list_metadata),
    "MIMEDataInput": (MIMEDataInputStruct, build_mime_data_input),
    "NodeSimulation": (NodeSimulationStruct, build_node_simulation),
    "PaginatedList": (PaginatedListStruct, build_paginated_list),
    "PublishedWorkflowConfig": (PublishedWorkflowConfigStruct, build_published_workflow_config),
    "RerunApiCallResponse": (RerunApiCallResponseStruct, build_rerun_api_call_response),
    "RerunWebhookResponse": (RerunWebhookResponseStruct, build_rerun_webhook_response),
    "RestartWorkflowRequest": (RestartWorkflowRequestStruct, build_restart_workflow_request),
    "ResumeWorkflowRequest": (ResumeWorkflowRequestStruct, build_resume_workflow_request),
    "ResumeWorkflowResponse": (ResumeWorkflowResponseStruct, build_resume_workflow_response),
    "RunWorkflowRequest": (RunWorkflowRequestStruct, build_run_workflow_request),
    "StepOutputResponse": (StepOutputResponseStruct, build_step_output_response),
    "StepOutputsBatchRequest": (StepOutputsBatchRequestStruct, build_step_outputs_batch_request),
    "StepOutputsBatchResponse": (StepOutputsBatchResponseStruct, build_step_outputs_batch_response),
    "WorkflowEdge": (WorkflowEdgeStruct, build_workflow_edge),
    "WorkflowExportFileRequest": (WorkflowExportFileRequestStruct, build_workflow_export_file_request),
    "WorkflowExportPayloadRequest": (WorkflowExportPayloadRequestStruct, build_workflow_export_payload_request),
    "WorkflowExportPayloadResponse": (WorkflowExportPayloadResponseStruct, build_workflow_export_payload_response),
    "WorkflowExportScopeRequest": (WorkflowExportScopeRequestStruct, build_workflow_export_scope_request),
    "WorkflowExportScopeResponse": (WorkflowExportScopeResponseStruct, build_workflow_export_scope_response),
    "WorkflowNode": (WorkflowNodeStruct, build_workflow_node),
    "WorkflowNodePosition": (WorkflowNodePositionStruct, build_workflow_node_position),
    "WorkflowRunExecutionOrderResponse": (
        WorkflowRunExecutionOrderResponseStruct,
        build_workflow_run_execution_order_response,
    ),
    "RunCounts": (RunCountsStruct, build_run_counts),
}
_BUILD_TAGGED: dict[type[Struct], Callable[[Any], Any]] = {}
_decoders: dict[Any, Callable[[Any], Any]] = {}
_PAGES: dict[str, tuple[type[Struct], Callable[[Any], Any], Callable[[Any], Any]]] = {
    "WorkflowRun": (WorkflowRunPageStruct, build_workflow_run, build_list_metadata),
}
_PAGE_MODELS: dict[str, tuple[str, type[Any]]] = {}


def _decoder(key: Any, struct: type[Struct]) -> Callable[[Any], Any]:
    decode = _decoders.get(key)
    if decode is None:
        decode = _decoders[key] = msgspec.json.Decoder(struct).decode
    return decode


def strict_page(
    item: str, data: str | bytes | bytearray, count: Callable[[int], object] | None = None
) -> tuple[list[Any], Any] | None:
    """The items of a page of ``item`` and its built ``list_metadata``, or None when the page is refused.

    None for anything the Structs or the converters refuse (see build_strict): the caller's
    checked path then keeps what must be kept and says what is wrong, and where. (Reading a
    refused page again item by item, each by its Structs or else the checked path, measured
    no faster than the checked path for the whole page.) ``count`` is called with the number
    of items before any is built. Raises what ``count`` raises, KeyError for an item with no page.
    """
    struct, build, build_metadata = _PAGES[item]
    try:
        page = _decoder(struct, struct)(data)
    except Exception:  # noqa: BLE001 - the caller's checked path says what is wrong, and where
        return None
    if count is not None:
        count(len(page.data))
    try:
        return [build(x) for x in page.data], build_metadata(page.list_metadata)
    except Exception:  # noqa: BLE001 - as above
        return None


def build_strict(model: str, data: str | bytes | bytearray) -> Any:
    """The ``model`` of JSON text ``data`` by the strict fast path, or None when it refuses.

    None for anything the Structs or the converter do not take as the spec says it (an
    unknown key or enum... see the module's doc in scripts/codegen/wire.py): the caller's
    checked path then decides, keeps what must be kept and raises what must be raised.
    Raises nothing.
    """
    page = _PAGE_MODELS.get(model)
    if page is not None:
        found = strict_page(page[0], data)
        if found is None:
            return None
        obj = object.__new__(page[1])
        obj.data, obj.list_metadata = found
        obj._extra = None  # the Structs forbid keys the spec does not name
        return obj
    try:
        return _BUILDERS[model][1](_decoder(model, _BUILDERS[model][0])(data))
    except Exception:  # noqa: BLE001 - the checked path says what is wrong, and where
        return None
