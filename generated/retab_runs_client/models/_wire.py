"""The strict fast path of the models: wire Structs and a converter per model.

Generated from openapi.yaml by scripts/generate.py: do not edit. Loaded on the first
``from_json``, so importing the models costs neither msgspec nor these classes.
"""

from __future__ import annotations

import datetime
import functools
import operator
import re
import threading
import types
from collections.abc import Callable, Iterator
from typing import Annotated, Any, Union, get_args, get_origin

import msgspec
from msgspec import UNSET, Meta, Struct, UnsetType

from ..errors import ModelParseError
from ..types import _shared, read_datetime, shared
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

__all__ = ["build_strict", "forget_learned", "learned_keys", "strict_page"]

MAX_NESTING = 200
_ABSENT: Any = object()  # what src.get returns for a key the payload lacks (checked-path statements)
_own = False  # the checked-path statements never empty what they read here
_shared_get = _shared.get  # shared()'s own dict: a C call where the value is there already
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
    obj = object.__new__(WorkflowRun)
    obj.workflow_id = s.workflow_id
    obj.workflow_name = s.workflow_name
    obj.organization_id = s.organization_id
    obj.config_snapshot_id = s.config_snapshot_id
    _v = s.id
    if _v is UNSET:
        obj.id = None
        absent |= 1
    else:
        obj.id = _v
    _v = s.dataset_id
    if _v is UNSET:
        obj.dataset_id = None
        absent |= 2
    else:
        obj.dataset_id = _v
    _v = s.status
    if _v is UNSET:
        obj.status = RunStatus.PENDING
        absent |= 4
    else:
        obj.status = _RunStatus_BY_VALUE.get(_v) or RunStatus(_v)
    _v = s.execution_phase
    if _v is UNSET:
        obj.execution_phase = None
        absent |= 8
    else:
        obj.execution_phase = None if _v is None else (_ExecutionPhase_BY_VALUE.get(_v) or ExecutionPhase(_v))
    _v = s.trigger_type
    if _v is UNSET:
        obj.trigger_type = TriggerType.MANUAL
        absent |= 16
    else:
        obj.trigger_type = _TriggerType_BY_VALUE.get(_v) or TriggerType(_v)
    _v = s.trigger_email
    if _v is UNSET:
        obj.trigger_email = None
        absent |= 32
    else:
        obj.trigger_email = _v
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
    obj.started_at = started_at_
    obj._started_at_text = started_at_text
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
    obj.completed_at = completed_at_
    obj._completed_at_text = completed_at_text
    _v = s.duration_ms
    if _v is UNSET:
        obj.duration_ms = None
        absent |= 256
    else:
        obj.duration_ms = _v
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
    obj.human_waiting_started_at = human_waiting_started_at_
    obj._human_waiting_started_at_text = human_waiting_started_at_text
    _v = s.human_waiting_duration_ms
    if _v is UNSET:
        obj.human_waiting_duration_ms = 0
        absent |= 1024
    else:
        obj.human_waiting_duration_ms = _v
    _v = s.steps
    if _v is UNSET:
        obj.steps = []
        absent |= 2048
    else:
        obj.steps = [build_step_status_summary(_w_steps1) for _w_steps1 in _v]
    _v = s.input_documents
    if _v is UNSET:
        obj.input_documents = None
        absent |= 4096
    else:
        obj.input_documents = (
            None
            if _v is None
            else {
                _k_input_documents2: build_base_mime_data(_w_input_documents1)
                for _k_input_documents2, _w_input_documents1 in _v.items()
            }
        )
    _v = s.input_json_data
    if _v is UNSET:
        obj.input_json_data = None
        absent |= 8192
    else:
        obj.input_json_data = _v
    _v = s.input_text_data
    if _v is UNSET:
        obj.input_text_data = None
        absent |= 16384
    else:
        obj.input_text_data = _v
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
    obj.final_outputs = final_outputs_
    _v = s.error
    if _v is UNSET:
        obj.error = None
        absent |= 65536
    else:
        obj.error = _v
    _v = s.error_stage
    if _v is UNSET:
        obj.error_stage = None
        absent |= 131072
    else:
        obj.error_stage = None if _v is None else (_ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v))
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
    obj.error_details = error_details_
    _v = s.cost_summary
    if _v is UNSET:
        obj.cost_summary = None
        absent |= 524288
    else:
        obj.cost_summary = None if _v is None else build_run_cost_summary(_v)
    _v = s.trace_spans
    if _v is UNSET:
        obj.trace_spans = None
        absent |= 1048576
    else:
        obj.trace_spans = None if _v is None else [build_trace_span(_w_trace_spans1) for _w_trace_spans1 in _v]
    _v = s.cancel_signal_error
    if _v is UNSET:
        obj.cancel_signal_error = None
        absent |= 2097152
    else:
        obj.cancel_signal_error = _v
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
    obj.cancel_signal_failed_at = cancel_signal_failed_at_
    obj._cancel_signal_failed_at_text = cancel_signal_failed_at_text
    _v = s.cancel_native_error
    if _v is UNSET:
        obj.cancel_native_error = None
        absent |= 8388608
    else:
        obj.cancel_native_error = _v
    _v = s.cancel_confirmation_error
    if _v is UNSET:
        obj.cancel_confirmation_error = None
        absent |= 16777216
    else:
        obj.cancel_confirmation_error = _v
    _v = s.cancel_confirmation_pending
    if _v is UNSET:
        obj.cancel_confirmation_pending = False
        absent |= 33554432
    else:
        obj.cancel_confirmation_pending = _v
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
    obj.cancel_requested_at = cancel_requested_at_
    obj._cancel_requested_at_text = cancel_requested_at_text
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
    obj.created_at = created_at_
    obj._created_at_text = created_at_text
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
    obj.updated_at = updated_at_
    obj._updated_at_text = updated_at_text
    _v = s.waiting_for_node_ids
    if _v is UNSET:
        obj.waiting_for_node_ids = []
        absent |= 536870912
    else:
        obj.waiting_for_node_ids = _v
    _v = s.pending_node_outputs
    if _v is UNSET:
        obj.pending_node_outputs = None
        absent |= 1073741824
    else:
        obj.pending_node_outputs = _v
    _v = s.dag_snapshot
    if _v is UNSET:
        obj.dag_snapshot = None
        absent |= 2147483648
    else:
        obj.dag_snapshot = _v
    _v = s.executed_node_ids
    if _v is UNSET:
        obj.executed_node_ids = []
        absent |= 4294967296
    else:
        obj.executed_node_ids = _v
    _v = s.parallel_completion_counters
    if _v is UNSET:
        obj.parallel_completion_counters = {}
        absent |= 8589934592
    else:
        obj.parallel_completion_counters = _v
    _v = s.resume_queue
    if _v is UNSET:
        obj.resume_queue = []
        absent |= 17179869184
    else:
        obj.resume_queue = [build_resume_queue_item(_w_resume_queue1) for _w_resume_queue1 in _v]
    _v = s.active_resume
    if _v is UNSET:
        obj.active_resume = None
        absent |= 34359738368
    else:
        obj.active_resume = None if _v is None else build_active_resume(_v)
    _v = s.run_resume_status
    if _v is UNSET:
        obj.run_resume_status = RunResumeStatus.IDLE
        absent |= 68719476736
    else:
        obj.run_resume_status = _RunResumeStatus_BY_VALUE.get(_v) or RunResumeStatus(_v)
    _v = s.hil_signal_states
    if _v is UNSET:
        obj.hil_signal_states = {}
        absent |= 137438953472
    else:
        obj.hil_signal_states = {
            _k_hil_signal_states2: build_hil_signal_state(_w_hil_signal_states1)
            for _k_hil_signal_states2, _w_hil_signal_states1 in _v.items()
        }
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is WorkflowRunStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_step_status_summary(s: Any) -> StepStatusSummary:
    absent = 0
    obj = object.__new__(StepStatusSummary)
    obj.node_id = s.node_id
    _v = s.status
    obj.status = _StepStatus_BY_VALUE.get(_v) or StepStatus(_v)
    _v = s.step_id
    if _v is UNSET:
        obj.step_id = ""
        absent |= 1
    else:
        obj.step_id = _v
    _v = s.node_type
    if _v is UNSET:
        obj.node_type = None
        absent |= 2
    else:
        obj.node_type = None if _v is None else (_NodeType_BY_VALUE.get(_v) or NodeType(_v))
    _v = s.node_label
    if _v is UNSET:
        obj.node_label = None
        absent |= 4
    else:
        obj.node_label = _v
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
    obj.started_at = started_at_
    obj._started_at_text = started_at_text
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
    obj.completed_at = completed_at_
    obj._completed_at_text = completed_at_text
    _v = s.duration_ms
    if _v is UNSET:
        obj.duration_ms = None
        absent |= 32
    else:
        obj.duration_ms = _v
    _v = s.error
    if _v is UNSET:
        obj.error = None
        absent |= 64
    else:
        obj.error = _v
    _v = s.error_stage
    if _v is UNSET:
        obj.error_stage = None
        absent |= 128
    else:
        obj.error_stage = None if _v is None else (_ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v))
    _v = s.error_category
    if _v is UNSET:
        obj.error_category = None
        absent |= 256
    else:
        obj.error_category = None if _v is None else (_ErrorCategory_BY_VALUE.get(_v) or ErrorCategory(_v))
    _v = s.requires_human_review
    if _v is UNSET:
        obj.requires_human_review = None
        absent |= 512
    else:
        obj.requires_human_review = _v
    _v = s.loop_id
    if _v is UNSET:
        obj.loop_id = None
        absent |= 1024
    else:
        obj.loop_id = _v
    _v = s.iteration
    if _v is UNSET:
        obj.iteration = None
        absent |= 2048
    else:
        obj.iteration = _v
    _v = s.iteration_context
    if _v is UNSET:
        obj.iteration_context = None
        absent |= 4096
    else:
        obj.iteration_context = None if _v is None else build_iteration_context_data(_v)
    _v = s.model
    if _v is UNSET:
        obj.model = None
        absent |= 8192
    else:
        obj.model = _v
    _v = s.cost
    if _v is UNSET:
        obj.cost = None
        absent |= 16384
    else:
        obj.cost = None if _v is None else build_cost_breakdown(_v)
    _v = s.tokens
    if _v is UNSET:
        obj.tokens = None
        absent |= 32768
    else:
        obj.tokens = None if _v is None else build_token_usage(_v)
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is StepStatusSummaryStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_base_mime_data(s: Any) -> BaseMIMEData:
    obj = object.__new__(BaseMIMEData)
    obj.id = s.id
    obj.filename = s.filename
    obj.mime_type = s.mime_type
    obj._extra = None if s.__class__ is BaseMIMEDataStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_final_node_output(s: Any) -> FinalNodeOutput:
    absent = 0
    obj = object.__new__(FinalNodeOutput)
    _v = s.label
    if _v is UNSET:
        obj.label = None
        absent |= 1
    else:
        obj.label = _v
    _v = s.json_data
    if _v is UNSET:
        obj.json_data = None
        absent |= 2
    else:
        obj.json_data = _v
    _v = s.document
    if _v is UNSET:
        obj.document = None
        absent |= 4
    else:
        obj.document = _v
    _v = s.data
    if _v is UNSET:
        obj.data = None
        absent |= 8
    else:
        obj.data = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is FinalNodeOutputStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_error_details(s: Any) -> ErrorDetails:
    absent = 0
    obj = object.__new__(ErrorDetails)
    _v = s.stack_trace
    if _v is UNSET:
        obj.stack_trace = None
        absent |= 1
    else:
        obj.stack_trace = _v
    _v = s.block_id
    if _v is UNSET:
        obj.block_id = None
        absent |= 2
    else:
        obj.block_id = _v
    _v = s.block_name
    if _v is UNSET:
        obj.block_name = None
        absent |= 4
    else:
        obj.block_name = _v
    _v = s.error_code
    if _v is UNSET:
        obj.error_code = None
        absent |= 8
    else:
        obj.error_code = _v
    _v = s.context
    if _v is UNSET:
        obj.context = None
        absent |= 16
    else:
        obj.context = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ErrorDetailsStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_run_cost_summary(s: Any) -> RunCostSummary:
    absent = 0
    obj = object.__new__(RunCostSummary)
    _v = s.total
    if _v is UNSET:
        obj.total = 0.0
        absent |= 1
    else:
        obj.total = _v
    _v = s.input_cost
    if _v is UNSET:
        obj.input_cost = 0.0
        absent |= 2
    else:
        obj.input_cost = _v
    _v = s.output_cost
    if _v is UNSET:
        obj.output_cost = 0.0
        absent |= 4
    else:
        obj.output_cost = _v
    _v = s.total_tokens
    if _v is UNSET:
        obj.total_tokens = 0
        absent |= 8
    else:
        obj.total_tokens = _v
    _v = s.prompt_tokens
    if _v is UNSET:
        obj.prompt_tokens = 0
        absent |= 16
    else:
        obj.prompt_tokens = _v
    _v = s.completion_tokens
    if _v is UNSET:
        obj.completion_tokens = 0
        absent |= 32
    else:
        obj.completion_tokens = _v
    _v = s.models
    if _v is UNSET:
        obj.models = None
        absent |= 64
    else:
        obj.models = (
            None
            if _v is None
            else {_k_models2: build_model_cost_entry(_w_models1) for _k_models2, _w_models1 in _v.items()}
        )
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is RunCostSummaryStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_trace_span(s: Any, _depth: int = 0) -> TraceSpan:
    if _depth >= MAX_NESTING:
        raise ModelParseError([], "is nested too deeply")
    absent = 0
    obj = object.__new__(TraceSpan)
    obj.id = s.id
    obj.name = s.name
    obj.start_time = s.start_time
    obj.end_time = s.end_time
    _v = s.type
    if _v is UNSET:
        obj.type = "block"
        absent |= 1
    else:
        obj.type = _v
    _v = s.duration
    if _v is UNSET:
        obj.duration = 0
        absent |= 2
    else:
        obj.duration = _v
    _v = s.status
    if _v is UNSET:
        obj.status = None
        absent |= 4
    else:
        obj.status = None if _v is None else (_SpanStatus_BY_VALUE.get(_v) or SpanStatus(_v))
    _v = s.children
    if _v is UNSET:
        obj.children = None
        absent |= 8
    else:
        obj.children = None if _v is None else [build_trace_span(_w_children1, _depth + 1) for _w_children1 in _v]
    _v = s.block_id
    if _v is UNSET:
        obj.block_id = None
        absent |= 16
    else:
        obj.block_id = _v
    _v = s.model
    if _v is UNSET:
        obj.model = None
        absent |= 32
    else:
        obj.model = _v
    _v = s.tokens
    if _v is UNSET:
        obj.tokens = None
        absent |= 64
    else:
        obj.tokens = None if _v is None else build_token_usage(_v)
    _v = s.cost
    if _v is UNSET:
        obj.cost = None
        absent |= 128
    else:
        obj.cost = None if _v is None else build_cost_breakdown(_v)
    _v = s.tool_calls
    if _v is UNSET:
        obj.tool_calls = None
        absent |= 256
    else:
        obj.tool_calls = None if _v is None else [build_tool_call(_w_tool_calls1) for _w_tool_calls1 in _v]
    _v = s.input
    if _v is UNSET:
        obj.input = None
        absent |= 512
    else:
        obj.input = _v
    _v = s.output
    if _v is UNSET:
        obj.output = None
        absent |= 1024
    else:
        obj.output = _v
    _v = s.loop_id
    if _v is UNSET:
        obj.loop_id = None
        absent |= 2048
    else:
        obj.loop_id = _v
    _v = s.parallel_id
    if _v is UNSET:
        obj.parallel_id = None
        absent |= 4096
    else:
        obj.parallel_id = _v
    _v = s.iteration_index
    if _v is UNSET:
        obj.iteration_index = None
        absent |= 8192
    else:
        obj.iteration_index = _v
    _v = s.relative_start_ms
    if _v is UNSET:
        obj.relative_start_ms = None
        absent |= 16384
    else:
        obj.relative_start_ms = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is TraceSpanStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_resume_queue_item(s: Any) -> ResumeQueueItem:
    absent = 0
    obj = object.__new__(ResumeQueueItem)
    obj.node_id = s.node_id
    obj.approved = s.approved
    _v = s.id
    if _v is UNSET:
        obj.id = None
        absent |= 1
    else:
        obj.id = _v
    _v = s.modified_data
    if _v is UNSET:
        obj.modified_data = None
        absent |= 2
    else:
        obj.modified_data = _v
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
    obj.queued_at = queued_at_
    obj._queued_at_text = queued_at_text
    _v = s.status
    if _v is UNSET:
        obj.status = ResumeQueueItemStatus.QUEUED
        absent |= 8
    else:
        obj.status = _ResumeQueueItemStatus_BY_VALUE.get(_v) or ResumeQueueItemStatus(_v)
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ResumeQueueItemStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_active_resume(s: Any) -> ActiveResume:
    absent = 0
    obj = object.__new__(ActiveResume)
    obj.queue_item_id = s.queue_item_id
    obj.node_id = s.node_id
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
    obj.claimed_at = claimed_at_
    obj._claimed_at_text = claimed_at_text
    _v = s.timeout_seconds
    if _v is UNSET:
        obj.timeout_seconds = 300
        absent |= 2
    else:
        obj.timeout_seconds = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ActiveResumeStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_hil_signal_state(s: Any) -> HILSignalState:
    absent = 0
    obj = object.__new__(HILSignalState)
    _v = s.status
    if _v is UNSET:
        obj.status = HILSignalStatus.IDLE
        absent |= 1
    else:
        obj.status = _HILSignalStatus_BY_VALUE.get(_v) or HILSignalStatus(_v)
    _v = s.attempts
    if _v is UNSET:
        obj.attempts = 0
        absent |= 2
    else:
        obj.attempts = _v
    _v = s.last_error
    if _v is UNSET:
        obj.last_error = None
        absent |= 4
    else:
        obj.last_error = _v
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
    obj.last_attempt_at = last_attempt_at_
    obj._last_attempt_at_text = last_attempt_at_text
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
    obj.signaled_at = signaled_at_
    obj._signaled_at_text = signaled_at_text
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
    obj.accepted_at = accepted_at_
    obj._accepted_at_text = accepted_at_text
    _v = s.modified_data
    if _v is UNSET:
        obj.modified_data = None
        absent |= 64
    else:
        obj.modified_data = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is HILSignalStateStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_iteration_context_data(s: Any) -> IterationContextData:
    absent = 0
    obj = object.__new__(IterationContextData)
    _v = s.containers
    if _v is UNSET:
        obj.containers = []
        absent |= 1
    else:
        obj.containers = [build_container_context_data(_w_containers1) for _w_containers1 in _v]
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is IterationContextDataStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_container_context_data(s: Any) -> ContainerContextData:
    absent = 0
    obj = object.__new__(ContainerContextData)
    obj.container_id = s.container_id
    obj.iteration = s.iteration
    _v = s.is_parallel
    if _v is UNSET:
        obj.is_parallel = False
        absent |= 1
    else:
        obj.is_parallel = _v
    _v = s.parallel_item_index
    if _v is UNSET:
        obj.parallel_item_index = None
        absent |= 2
    else:
        obj.parallel_item_index = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ContainerContextDataStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_cost_breakdown(s: Any) -> CostBreakdown:
    absent = 0
    obj = object.__new__(CostBreakdown)
    _v = s.input
    if _v is UNSET:
        obj.input = 0.0
        absent |= 1
    else:
        obj.input = _v
    _v = s.output
    if _v is UNSET:
        obj.output = 0.0
        absent |= 2
    else:
        obj.output = _v
    _v = s.total
    if _v is UNSET:
        obj.total = 0.0
        absent |= 4
    else:
        obj.total = _v
    _v = s.tokens
    if _v is UNSET:
        obj.tokens = None
        absent |= 8
    else:
        obj.tokens = None if _v is None else build_token_usage(_v)
    _v = s.model
    if _v is UNSET:
        obj.model = None
        absent |= 16
    else:
        obj.model = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is CostBreakdownStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_token_usage(s: Any) -> TokenUsage:
    absent = 0
    obj = object.__new__(TokenUsage)
    _v = s.input
    if _v is UNSET:
        obj.input = 0
        absent |= 1
    else:
        obj.input = _v
    _v = s.output
    if _v is UNSET:
        obj.output = 0
        absent |= 2
    else:
        obj.output = _v
    _v = s.total
    if _v is UNSET:
        obj.total = 0
        absent |= 4
    else:
        obj.total = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is TokenUsageStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_model_cost_entry(s: Any) -> ModelCostEntry:
    absent = 0
    obj = object.__new__(ModelCostEntry)
    _v = s.input
    if _v is UNSET:
        obj.input = 0.0
        absent |= 1
    else:
        obj.input = _v
    _v = s.output
    if _v is UNSET:
        obj.output = 0.0
        absent |= 2
    else:
        obj.output = _v
    _v = s.total
    if _v is UNSET:
        obj.total = 0.0
        absent |= 4
    else:
        obj.total = _v
    _v = s.tokens
    if _v is UNSET:
        obj.tokens = None
        absent |= 8
    else:
        obj.tokens = None if _v is None else build_token_usage(_v)
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ModelCostEntryStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_tool_call(s: Any) -> ToolCall:
    absent = 0
    obj = object.__new__(ToolCall)
    obj.name = s.name
    _v = s.duration
    if _v is UNSET:
        obj.duration = 0
        absent |= 1
    else:
        obj.duration = _v
    _v = s.start_time
    if _v is UNSET:
        obj.start_time = None
        absent |= 2
    else:
        obj.start_time = _v
    _v = s.end_time
    if _v is UNSET:
        obj.end_time = None
        absent |= 4
    else:
        obj.end_time = _v
    _v = s.status
    if _v is UNSET:
        obj.status = ToolCallStatus.SUCCESS
        absent |= 8
    else:
        obj.status = _ToolCallStatus_BY_VALUE.get(_v) or ToolCallStatus(_v)
    _v = s.input
    if _v is UNSET:
        obj.input = None
        absent |= 16
    else:
        obj.input = _v
    _v = s.output
    if _v is UNSET:
        obj.output = None
        absent |= 32
    else:
        obj.output = _v
    _v = s.error
    if _v is UNSET:
        obj.error = None
        absent |= 64
    else:
        obj.error = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ToolCallStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_error_response(s: Any) -> ErrorResponse:
    absent = 0
    obj = object.__new__(ErrorResponse)
    _v = s.detail
    if _v is UNSET:
        obj.detail = None
        absent |= 1
    else:
        obj.detail = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ErrorResponseStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_http_validation_error(s: Any) -> HTTPValidationError:
    absent = 0
    obj = object.__new__(HTTPValidationError)
    _v = s.detail
    if _v is UNSET:
        obj.detail = None
        absent |= 1
    else:
        obj.detail = [build_validation_error_item(_w_detail1) for _w_detail1 in _v]
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is HTTPValidationErrorStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_validation_error_item(s: Any) -> ValidationErrorItem:
    absent = 0
    obj = object.__new__(ValidationErrorItem)
    obj.loc = s.loc
    obj.msg = s.msg
    obj.type = s.type
    _v = s.input
    if _v is UNSET:
        obj.input = None
        absent |= 1
    else:
        obj.input = _v
    _v = s.ctx
    if _v is UNSET:
        obj.ctx = None
        absent |= 2
    else:
        obj.ctx = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ValidationErrorItemStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_cancel_workflow_request(s: Any) -> CancelWorkflowRequest:
    absent = 0
    obj = object.__new__(CancelWorkflowRequest)
    _v = s.command_id
    if _v is UNSET:
        obj.command_id = None
        absent |= 1
    else:
        obj.command_id = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is CancelWorkflowRequestStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_cancel_workflow_response(s: Any) -> CancelWorkflowResponse:
    absent = 0
    obj = object.__new__(CancelWorkflowResponse)
    _v = s.run
    obj.run = build_workflow_run(_v)
    _v = s.redis_available
    if _v is UNSET:
        obj.redis_available = True
        absent |= 1
    else:
        obj.redis_available = _v
    _v = s.cancellation_status
    if _v is UNSET:
        obj.cancellation_status = CancellationStatus.CANCELLATION_REQUESTED
        absent |= 2
    else:
        obj.cancellation_status = _CancellationStatus_BY_VALUE.get(_v) or CancellationStatus(_v)
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is CancelWorkflowResponseStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_document_signed_url_response(s: Any) -> DocumentSignedUrlResponse:
    absent = 0
    obj = object.__new__(DocumentSignedUrlResponse)
    obj.signed_url = s.signed_url
    obj.filename = s.filename
    _v = s.mime_type
    if _v is UNSET:
        obj.mime_type = None
        absent |= 1
    else:
        obj.mime_type = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = (
        None if s.__class__ is DocumentSignedUrlResponseStruct else _learned_extras(s)
    )  # keys learned, see below
    return obj


def build_list_metadata(s: Any) -> ListMetadata:
    obj = object.__new__(ListMetadata)
    obj.before = s.before
    obj.after = s.after
    obj._extra = None if s.__class__ is ListMetadataStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_mime_data_input(s: Any) -> MIMEDataInput:
    obj = object.__new__(MIMEDataInput)
    obj.filename = s.filename
    obj.content = s.content
    obj.mime_type = s.mime_type
    obj._extra = None if s.__class__ is MIMEDataInputStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_node_simulation(s: Any) -> NodeSimulation:
    absent = 0
    obj = object.__new__(NodeSimulation)
    obj.id = s.id
    obj.organization_id = s.organization_id
    obj.workflow_id = s.workflow_id
    obj.run_id = s.run_id
    obj.node_id = s.node_id
    obj.node_type = s.node_type
    obj.success = s.success
    _v = s.handle_inputs
    if _v is UNSET:
        obj.handle_inputs = None
        absent |= 1
    else:
        obj.handle_inputs = _v
    _v = s.output
    if _v is UNSET:
        obj.output = None
        absent |= 2
    else:
        obj.output = _v
    _v = s.handle_outputs
    if _v is UNSET:
        obj.handle_outputs = None
        absent |= 4
    else:
        obj.handle_outputs = _v
    _v = s.routing_decision
    if _v is UNSET:
        obj.routing_decision = None
        absent |= 8
    else:
        obj.routing_decision = _v
    _v = s.error
    if _v is UNSET:
        obj.error = None
        absent |= 16
    else:
        obj.error = _v
    _v = s.duration_ms
    if _v is UNSET:
        obj.duration_ms = None
        absent |= 32
    else:
        obj.duration_ms = _v
    _v = s.skipped
    if _v is UNSET:
        obj.skipped = False
        absent |= 64
    else:
        obj.skipped = _v
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
    obj.created_at = created_at_
    obj._created_at_text = created_at_text
    _v = s.block_config
    if _v is UNSET:
        obj.block_config = None
        absent |= 256
    else:
        obj.block_config = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is NodeSimulationStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_paginated_list(s: Any) -> PaginatedList:
    obj = object.__new__(PaginatedList)
    obj.data = s.data
    _v = s.list_metadata
    obj.list_metadata = build_list_metadata(_v)
    obj._extra = None if s.__class__ is PaginatedListStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_published_workflow_config(s: Any) -> PublishedWorkflowConfig:
    absent = 0
    obj = object.__new__(PublishedWorkflowConfig)
    _v = s.nodes
    if _v is UNSET:
        obj.nodes = []
        absent |= 1
    else:
        obj.nodes = [build_workflow_node(_w_nodes1) for _w_nodes1 in _v]
    _v = s.edges
    if _v is UNSET:
        obj.edges = []
        absent |= 2
    else:
        obj.edges = [build_workflow_edge(_w_edges1) for _w_edges1 in _v]
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
    obj.published_at = published_at_
    obj._published_at_text = published_at_text
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is PublishedWorkflowConfigStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_rerun_api_call_response(s: Any) -> RerunApiCallResponse:
    absent = 0
    obj = object.__new__(RerunApiCallResponse)
    _v = s.status_code
    if _v is UNSET:
        obj.status_code = None
        absent |= 1
    else:
        obj.status_code = _v
    _v = s.response_text
    if _v is UNSET:
        obj.response_text = None
        absent |= 2
    else:
        obj.response_text = _v
    _v = s.response_data
    if _v is UNSET:
        obj.response_data = None
        absent |= 4
    else:
        obj.response_data = _v
    _v = s.error
    if _v is UNSET:
        obj.error = None
        absent |= 8
    else:
        obj.error = _v
    _v = s.duration_ms
    if _v is UNSET:
        obj.duration_ms = None
        absent |= 16
    else:
        obj.duration_ms = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is RerunApiCallResponseStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_rerun_webhook_response(s: Any) -> RerunWebhookResponse:
    absent = 0
    obj = object.__new__(RerunWebhookResponse)
    obj.webhook_sent = s.webhook_sent
    _v = s.webhook_status_code
    if _v is UNSET:
        obj.webhook_status_code = None
        absent |= 1
    else:
        obj.webhook_status_code = _v
    _v = s.webhook_response_text
    if _v is UNSET:
        obj.webhook_response_text = None
        absent |= 2
    else:
        obj.webhook_response_text = _v
    _v = s.webhook_response_headers
    if _v is UNSET:
        obj.webhook_response_headers = None
        absent |= 4
    else:
        obj.webhook_response_headers = _v
    _v = s.webhook_request_body
    if _v is UNSET:
        obj.webhook_request_body = None
        absent |= 8
    else:
        obj.webhook_request_body = _v
    _v = s.webhook_duration_ms
    if _v is UNSET:
        obj.webhook_duration_ms = None
        absent |= 16
    else:
        obj.webhook_duration_ms = _v
    _v = s.webhook_error
    if _v is UNSET:
        obj.webhook_error = None
        absent |= 32
    else:
        obj.webhook_error = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is RerunWebhookResponseStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_restart_workflow_request(s: Any) -> RestartWorkflowRequest:
    absent = 0
    obj = object.__new__(RestartWorkflowRequest)
    _v = s.command_id
    if _v is UNSET:
        obj.command_id = None
        absent |= 1
    else:
        obj.command_id = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is RestartWorkflowRequestStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_resume_workflow_request(s: Any) -> ResumeWorkflowRequest:
    absent = 0
    obj = object.__new__(ResumeWorkflowRequest)
    obj.node_id = s.node_id
    obj.approved = s.approved
    _v = s.command_id
    if _v is UNSET:
        obj.command_id = None
        absent |= 1
    else:
        obj.command_id = _v
    _v = s.modified_data
    if _v is UNSET:
        obj.modified_data = None
        absent |= 2
    else:
        obj.modified_data = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ResumeWorkflowRequestStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_resume_workflow_response(s: Any) -> ResumeWorkflowResponse:
    absent = 0
    obj = object.__new__(ResumeWorkflowResponse)
    _v = s.run
    obj.run = build_workflow_run(_v)
    _v = s.resume_status
    obj.resume_status = _ResumeStatus_BY_VALUE.get(_v) or ResumeStatus(_v)
    obj.queue_item_id = s.queue_item_id
    _v = s.queue_position
    if _v is UNSET:
        obj.queue_position = None
        absent |= 1
    else:
        obj.queue_position = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ResumeWorkflowResponseStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_run_workflow_request(s: Any) -> RunWorkflowRequest:
    absent = 0
    obj = object.__new__(RunWorkflowRequest)
    _v = s.documents
    if _v is UNSET:
        obj.documents = {}
        absent |= 1
    else:
        obj.documents = {
            _k_documents2: build_mime_data_input(_w_documents1) for _k_documents2, _w_documents1 in _v.items()
        }
    _v = s.json_inputs
    if _v is UNSET:
        obj.json_inputs = {}
        absent |= 2
    else:
        obj.json_inputs = _v
    _v = s.text_inputs
    if _v is UNSET:
        obj.text_inputs = {}
        absent |= 4
    else:
        obj.text_inputs = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is RunWorkflowRequestStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_step_output_response(s: Any) -> StepOutputResponse:
    absent = 0
    obj = object.__new__(StepOutputResponse)
    obj.node_id = s.node_id
    obj.node_type = s.node_type
    obj.node_label = s.node_label
    obj.status = s.status
    _v = s.output
    if _v is UNSET:
        obj.output = None
        absent |= 1
    else:
        obj.output = _v
    _v = s.handle_outputs
    if _v is UNSET:
        obj.handle_outputs = None
        absent |= 2
    else:
        obj.handle_outputs = _v
    _v = s.handle_inputs
    if _v is UNSET:
        obj.handle_inputs = None
        absent |= 4
    else:
        obj.handle_inputs = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is StepOutputResponseStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_step_outputs_batch_request(s: Any) -> StepOutputsBatchRequest:
    absent = 0
    obj = object.__new__(StepOutputsBatchRequest)
    _v = s.node_ids
    if _v is UNSET:
        obj.node_ids = []
        absent |= 1
    else:
        obj.node_ids = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is StepOutputsBatchRequestStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_step_outputs_batch_response(s: Any) -> StepOutputsBatchResponse:
    absent = 0
    obj = object.__new__(StepOutputsBatchResponse)
    _v = s.outputs
    if _v is UNSET:
        obj.outputs = {}
        absent |= 1
    else:
        obj.outputs = {_k_outputs2: build_step_output_response(_w_outputs1) for _k_outputs2, _w_outputs1 in _v.items()}
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = (
        None if s.__class__ is StepOutputsBatchResponseStruct else _learned_extras(s)
    )  # keys learned, see below
    return obj


def build_workflow_edge(s: Any) -> WorkflowEdge:
    absent = 0
    obj = object.__new__(WorkflowEdge)
    obj.source = s.source
    obj.target = s.target
    _v = s.id
    if _v is UNSET:
        obj.id = None
        absent |= 1
    else:
        obj.id = _v
    _v = s.source_handle
    if _v is UNSET:
        obj.source_handle = None
        absent |= 2
    else:
        obj.source_handle = _v
    _v = s.target_handle
    if _v is UNSET:
        obj.target_handle = None
        absent |= 4
    else:
        obj.target_handle = _v
    _v = s.animated
    if _v is UNSET:
        obj.animated = True
        absent |= 8
    else:
        obj.animated = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is WorkflowEdgeStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_workflow_export_file_request(s: Any) -> WorkflowExportFileRequest:
    absent = 0
    obj = object.__new__(WorkflowExportFileRequest)
    obj.workflow_id = s.workflow_id
    obj.node_id = s.node_id
    _v = s.export_source
    if _v is UNSET:
        obj.export_source = ExportSource.OUTPUTS
        absent |= 1
    else:
        obj.export_source = _ExportSource_BY_VALUE.get(_v) or ExportSource(_v)
    _v = s.selected_run_ids
    if _v is UNSET:
        obj.selected_run_ids = None
        absent |= 2
    else:
        obj.selected_run_ids = _v
    _v = s.selected_doc_types
    if _v is UNSET:
        obj.selected_doc_types = None
        absent |= 4
    else:
        obj.selected_doc_types = _v
    _v = s.status
    if _v is UNSET:
        obj.status = None
        absent |= 8
    else:
        obj.status = None if _v is None else (_RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v))
    _v = s.exclude_status
    if _v is UNSET:
        obj.exclude_status = None
        absent |= 16
    else:
        obj.exclude_status = None if _v is None else (_RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v))
    _v = s.from_date
    if _v is UNSET:
        obj.from_date = None
        absent |= 32
    else:
        obj.from_date = _v
    _v = s.to_date
    if _v is UNSET:
        obj.to_date = None
        absent |= 64
    else:
        obj.to_date = _v
    _v = s.trigger_types
    if _v is UNSET:
        obj.trigger_types = None
        absent |= 128
    else:
        obj.trigger_types = (
            None
            if _v is None
            else [
                (_TriggerType_BY_VALUE.get(_w_trigger_types1) or TriggerType(_w_trigger_types1))
                for _w_trigger_types1 in _v
            ]
        )
    _v = s.preferred_columns
    if _v is UNSET:
        obj.preferred_columns = []
        absent |= 256
    else:
        obj.preferred_columns = _v
    _v = s.format
    if _v is UNSET:
        obj.format = ExportFormat.CSV
        absent |= 512
    else:
        obj.format = _ExportFormat_BY_VALUE.get(_v) or ExportFormat(_v)
    _v = s.delimiter
    if _v is UNSET:
        obj.delimiter = ";"
        absent |= 1024
    else:
        obj.delimiter = _v
    _v = s.line_delimiter
    if _v is UNSET:
        obj.line_delimiter = "\n"
        absent |= 2048
    else:
        obj.line_delimiter = _v
    _v = s.quote
    if _v is UNSET:
        obj.quote = '"'
        absent |= 4096
    else:
        obj.quote = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = (
        None if s.__class__ is WorkflowExportFileRequestStruct else _learned_extras(s)
    )  # keys learned, see below
    return obj


def build_workflow_export_payload_request(s: Any) -> WorkflowExportPayloadRequest:
    absent = 0
    obj = object.__new__(WorkflowExportPayloadRequest)
    obj.workflow_id = s.workflow_id
    obj.node_id = s.node_id
    _v = s.export_source
    if _v is UNSET:
        obj.export_source = ExportSource.OUTPUTS
        absent |= 1
    else:
        obj.export_source = _ExportSource_BY_VALUE.get(_v) or ExportSource(_v)
    _v = s.selected_run_ids
    if _v is UNSET:
        obj.selected_run_ids = None
        absent |= 2
    else:
        obj.selected_run_ids = _v
    _v = s.selected_doc_types
    if _v is UNSET:
        obj.selected_doc_types = None
        absent |= 4
    else:
        obj.selected_doc_types = _v
    _v = s.status
    if _v is UNSET:
        obj.status = None
        absent |= 8
    else:
        obj.status = None if _v is None else (_RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v))
    _v = s.exclude_status
    if _v is UNSET:
        obj.exclude_status = None
        absent |= 16
    else:
        obj.exclude_status = None if _v is None else (_RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v))
    _v = s.from_date
    if _v is UNSET:
        obj.from_date = None
        absent |= 32
    else:
        obj.from_date = _v
    _v = s.to_date
    if _v is UNSET:
        obj.to_date = None
        absent |= 64
    else:
        obj.to_date = _v
    _v = s.trigger_types
    if _v is UNSET:
        obj.trigger_types = None
        absent |= 128
    else:
        obj.trigger_types = (
            None
            if _v is None
            else [
                (_TriggerType_BY_VALUE.get(_w_trigger_types1) or TriggerType(_w_trigger_types1))
                for _w_trigger_types1 in _v
            ]
        )
    _v = s.preferred_columns
    if _v is UNSET:
        obj.preferred_columns = []
        absent |= 256
    else:
        obj.preferred_columns = _v
    _v = s.delimiter
    if _v is UNSET:
        obj.delimiter = ";"
        absent |= 512
    else:
        obj.delimiter = _v
    _v = s.line_delimiter
    if _v is UNSET:
        obj.line_delimiter = "\n"
        absent |= 1024
    else:
        obj.line_delimiter = _v
    _v = s.quote
    if _v is UNSET:
        obj.quote = '"'
        absent |= 2048
    else:
        obj.quote = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = (
        None if s.__class__ is WorkflowExportPayloadRequestStruct else _learned_extras(s)
    )  # keys learned, see below
    return obj


def build_workflow_export_payload_response(s: Any) -> WorkflowExportPayloadResponse:
    obj = object.__new__(WorkflowExportPayloadResponse)
    obj.csv_data = s.csv_data
    obj.rows = s.rows
    obj.columns = s.columns
    obj._extra = (
        None if s.__class__ is WorkflowExportPayloadResponseStruct else _learned_extras(s)
    )  # keys learned, see below
    return obj


def build_workflow_export_scope_request(s: Any) -> WorkflowExportScopeRequest:
    absent = 0
    obj = object.__new__(WorkflowExportScopeRequest)
    obj.workflow_id = s.workflow_id
    obj.node_id = s.node_id
    _v = s.export_source
    if _v is UNSET:
        obj.export_source = ExportSource.OUTPUTS
        absent |= 1
    else:
        obj.export_source = _ExportSource_BY_VALUE.get(_v) or ExportSource(_v)
    _v = s.selected_run_ids
    if _v is UNSET:
        obj.selected_run_ids = None
        absent |= 2
    else:
        obj.selected_run_ids = _v
    _v = s.selected_doc_types
    if _v is UNSET:
        obj.selected_doc_types = None
        absent |= 4
    else:
        obj.selected_doc_types = _v
    _v = s.status
    if _v is UNSET:
        obj.status = None
        absent |= 8
    else:
        obj.status = None if _v is None else (_RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v))
    _v = s.exclude_status
    if _v is UNSET:
        obj.exclude_status = None
        absent |= 16
    else:
        obj.exclude_status = None if _v is None else (_RunStatusFilter_BY_VALUE.get(_v) or RunStatusFilter(_v))
    _v = s.from_date
    if _v is UNSET:
        obj.from_date = None
        absent |= 32
    else:
        obj.from_date = _v
    _v = s.to_date
    if _v is UNSET:
        obj.to_date = None
        absent |= 64
    else:
        obj.to_date = _v
    _v = s.trigger_types
    if _v is UNSET:
        obj.trigger_types = None
        absent |= 128
    else:
        obj.trigger_types = (
            None
            if _v is None
            else [
                (_TriggerType_BY_VALUE.get(_w_trigger_types1) or TriggerType(_w_trigger_types1))
                for _w_trigger_types1 in _v
            ]
        )
    _v = s.preferred_columns
    if _v is UNSET:
        obj.preferred_columns = []
        absent |= 256
    else:
        obj.preferred_columns = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = (
        None if s.__class__ is WorkflowExportScopeRequestStruct else _learned_extras(s)
    )  # keys learned, see below
    return obj


def build_workflow_export_scope_response(s: Any) -> WorkflowExportScopeResponse:
    absent = 0
    obj = object.__new__(WorkflowExportScopeResponse)
    obj.run_count = s.run_count
    obj.rows_count = s.rows_count
    obj.columns_count = s.columns_count
    _v = s.column_names
    if _v is UNSET:
        obj.column_names = []
        absent |= 1
    else:
        obj.column_names = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = (
        None if s.__class__ is WorkflowExportScopeResponseStruct else _learned_extras(s)
    )  # keys learned, see below
    return obj


def build_workflow_node(s: Any) -> WorkflowNode:
    absent = 0
    obj = object.__new__(WorkflowNode)
    _v = s.type
    obj.type = _NodeType_BY_VALUE.get(_v) or NodeType(_v)
    _v = s.position
    obj.position = build_workflow_node_position(_v)
    obj.label = s.label
    _v = s.id
    if _v is UNSET:
        obj.id = None
        absent |= 1
    else:
        obj.id = _v
    _v = s.description
    if _v is UNSET:
        obj.description = ""
        absent |= 2
    else:
        obj.description = _v
    _v = s.config
    if _v is UNSET:
        obj.config = None
        absent |= 4
    else:
        obj.config = _v
    _v = s.width
    if _v is UNSET:
        obj.width = None
        absent |= 8
    else:
        obj.width = _v
    _v = s.height
    if _v is UNSET:
        obj.height = None
        absent |= 16
    else:
        obj.height = _v
    _v = s.parent_id
    if _v is UNSET:
        obj.parent_id = None
        absent |= 32
    else:
        obj.parent_id = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is WorkflowNodeStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_workflow_node_position(s: Any) -> WorkflowNodePosition:
    obj = object.__new__(WorkflowNodePosition)
    obj.x = s.x
    obj.y = s.y
    obj._extra = None if s.__class__ is WorkflowNodePositionStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_workflow_run_execution_order_response(s: Any) -> WorkflowRunExecutionOrderResponse:
    absent = 0
    obj = object.__new__(WorkflowRunExecutionOrderResponse)
    obj.run_id = s.run_id
    _v = s.ordered_step_ids
    if _v is UNSET:
        obj.ordered_step_ids = []
        absent |= 1
    else:
        obj.ordered_step_ids = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = (
        None if s.__class__ is WorkflowRunExecutionOrderResponseStruct else _learned_extras(s)
    )  # keys learned, see below
    return obj


def build_run_counts(s: Any) -> RunCounts:
    obj = object.__new__(RunCounts)
    obj._extra = None if s.__class__ is RunCountsStruct else _learned_extras(s)  # keys learned, see below
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
_LEARNABLE: frozenset[type[Struct]] = frozenset(
    [  # the Structs that learn keys (no page, no variant)
        WorkflowRunStruct,
        StepStatusSummaryStruct,
        BaseMIMEDataStruct,
        FinalNodeOutputStruct,
        ErrorDetailsStruct,
        RunCostSummaryStruct,
        TraceSpanStruct,
        ResumeQueueItemStruct,
        ActiveResumeStruct,
        HILSignalStateStruct,
        IterationContextDataStruct,
        ContainerContextDataStruct,
        CostBreakdownStruct,
        TokenUsageStruct,
        ModelCostEntryStruct,
        ToolCallStruct,
        ErrorResponseStruct,
        HTTPValidationErrorStruct,
        ValidationErrorItemStruct,
        CancelWorkflowRequestStruct,
        CancelWorkflowResponseStruct,
        DocumentSignedUrlResponseStruct,
        ListMetadataStruct,
        MIMEDataInputStruct,
        NodeSimulationStruct,
        PaginatedListStruct,
        PublishedWorkflowConfigStruct,
        RerunApiCallResponseStruct,
        RerunWebhookResponseStruct,
        RestartWorkflowRequestStruct,
        ResumeWorkflowRequestStruct,
        ResumeWorkflowResponseStruct,
        RunWorkflowRequestStruct,
        StepOutputResponseStruct,
        StepOutputsBatchRequestStruct,
        StepOutputsBatchResponseStruct,
        WorkflowEdgeStruct,
        WorkflowExportFileRequestStruct,
        WorkflowExportPayloadRequestStruct,
        WorkflowExportPayloadResponseStruct,
        WorkflowExportScopeRequestStruct,
        WorkflowExportScopeResponseStruct,
        WorkflowNodeStruct,
        WorkflowNodePositionStruct,
        WorkflowRunExecutionOrderResponseStruct,
        RunCountsStruct,
    ]
)
_LEARNABLE_OR_HOLDING: frozenset[type[Struct]] = _LEARNABLE | frozenset(
    [
        WorkflowRunPageStruct,
    ]
)
_UNLEARNABLE: dict[type[Struct], frozenset[str]] = {  # x-newer-shape, x-retab-eras: the checked path's
    WorkflowRunStruct: frozenset(["lifecycle", "status"]),
}
_PAGES: dict[str, tuple[type[Struct], Callable[[Any], Any], Callable[[Any], Any]]] = {
    "WorkflowRun": (WorkflowRunPageStruct, build_workflow_run, build_list_metadata),
}
_PAGE_MODELS: dict[str, tuple[str, type[Any]]] = {}


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
        page = _decode(struct, struct, data)
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
        return _BUILDERS[model][1](_decode(model, _BUILDERS[model][0], data))
    except Exception:  # noqa: BLE001 - the checked path says what is wrong, and where
        return None


# -- keys the spec does not name, learned -------------------------------------------------
# (scripts/codegen/wire_learning.txt, appended to each contract's _wire.py)
#
# When the vendor adds a key to a record (an additive change), every Struct above refuses the
# records that carry it, and each would take the checked path: twice the time. Instead the
# strict path learns the key: msgspec says which key and where (``Object contains unknown
# field `k` - at `$.data[0].steps[0]```); the Struct there gets a subclass with one more
# field, ``k``, of any JSON value (decoded by msgspec as the checked path's ``decode_json``
# first decodes it: every occurrence of a repeated key too, where ``msgspec.Raw`` would skip
# all but the last unread), and every Struct that holds it a subclass holding that one; the
# text is decoded again. The converters put each learned key's value into the model's extra
# keys, as the checked path keeps them. Learning a key changes nothing the models hold: only
# which path builds them. Never learned: a key of the spec's ``x-newer-shape`` or
# ``x-retab-eras`` (those records must take the checked path, which names their shape), a key
# of a page or a union's variant, a key longer than ``_LEARN_KEY_LENGTH`` (what is learned is
# kept for the process). At most ``_LEARN_AT_MOST`` keys per contract and ``_LEARN_PER_PARSE``
# per text; beyond that, and for an object holding two learned keys (whose order in the text
# the Struct does not keep), the checked path, as before.

_LEARN_AT_MOST = 64
_LEARN_PER_PARSE = 8
_LEARN_KEY_LENGTH = 128
_UNKNOWN_FIELD = "Object contains unknown field `"
_PATH_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(?:\d+|\.\.\.)\]")
_Learned = dict[type[Struct], tuple[str, ...]]  # a model's Struct -> the keys it learned, in that order
_Family = dict[type[Struct], type[Struct]]  # a Struct -> its subclass that reads what was learned
_state: tuple[_Learned, _Family, dict[Any, Callable[[Any], Any]]] = ({}, {}, {})  # and their decoders, swapped whole
_building = threading.Lock()  # one thread at a time builds a family or a decoder (see _decode)


class _TwoLearnedKeys(Exception):
    """An object holds two learned keys: the checked path keeps them in the text's order."""


def _learned_extras(s: Any) -> dict[str, Any] | None:
    """The learned keys a Struct of the learning family read: a model's extra keys."""
    extra: dict[str, Any] | None = None
    for attr, key in s.__class__.__retab_learned__:
        value = getattr(s, attr)
        if value is not UNSET:
            if extra is not None:
                raise _TwoLearnedKeys
            extra = {key: value}
    return extra


def _structs_in(hint: Any) -> Iterator[type[Struct]]:
    """The Structs of this module a type hint names (in lists, dicts, unions...)."""
    if isinstance(hint, type) and issubclass(hint, Struct) and hint in _LEARNABLE_OR_HOLDING:
        yield hint
    for arg in get_args(hint):
        yield from _structs_in(arg)


def _substituted(hint: Any, family: dict[type[Struct], type[Struct]]) -> Any:
    """``hint`` with each Struct of ``family`` replaced by its subclass."""
    if isinstance(hint, type) and issubclass(hint, Struct):
        return family.get(hint, hint)
    origin, args = get_origin(hint), get_args(hint)
    if not args:
        return hint
    new = tuple(_substituted(arg, family) for arg in args)
    if new == args:
        return hint
    if origin is Annotated:
        return Annotated[(new[0], *hint.__metadata__)]
    if origin is Union or origin is types.UnionType:
        return functools.reduce(operator.or_, new)
    return origin[new]


def _single(hint: Any) -> Any:
    """The one type a field's hint stands for beside null and absence (None for a union of several)."""
    while get_origin(hint) is Annotated:
        hint = get_args(hint)[0]
    origin = get_origin(hint)
    if origin is Union or origin is types.UnionType:
        rest = [arg for arg in get_args(hint) if arg is not type(None) and arg is not UnsetType]
        return _single(rest[0]) if len(rest) == 1 else None
    return hint


def _owner(root: type[Struct], path: str) -> type[Struct] | None:
    """The Struct class at msgspec's ``path`` (``$.data[0].steps[...]``) from ``root``."""
    hint: Any = root
    steps = list(_PATH_STEP.finditer(path, 1))
    if "".join(step.group(0) for step in steps) != path[1:]:  # a path this walk does not read
        return None
    for step in steps:
        name = step.group(1)  # a field's name, or None for an index or a map's value
        hint = _single(hint)
        if name:
            if not (isinstance(hint, type) and issubclass(hint, Struct)):
                return None
            found = [f.type for f in msgspec.structs.fields(hint) if f.encode_name == name]
            if not found:
                return None
            hint = found[0]
        else:
            origin, args = get_origin(hint), get_args(hint)
            if origin is list and len(args) == 1:
                hint = args[0]
            elif origin is dict and len(args) == 2:
                hint = args[1]
            else:
                return None
    hint = _single(hint)
    return hint if isinstance(hint, type) and issubclass(hint, Struct) else None


def _learn(root: type[Struct], problem: str, learned: _Learned) -> bool:
    """Learn (beside ``learned``) the key msgspec's ``problem`` names as unknown, when it may be: whether it was."""
    if not problem.startswith(_UNKNOWN_FIELD) or sum(map(len, learned.values())) >= _LEARN_AT_MOST:
        return False
    rest = problem[len(_UNKNOWN_FIELD) :]
    key, at, path = rest.rpartition("` - at `")
    if at:
        if not path.endswith("`"):
            return False
        path = path[:-1]
    else:
        key, path = rest[:-1], "$"
    if not path.startswith("$"):
        return False
    if len(key) > _LEARN_KEY_LENGTH:
        return False
    owner = _owner(root, path)
    if owner is None or owner not in _LEARNABLE or key in _UNLEARNABLE.get(owner, ()):
        return False
    if key in learned.get(owner, ()) or any(f.encode_name == key for f in msgspec.structs.fields(owner)):
        return False
    with _building:
        _rebuild({**learned, owner: (*learned.get(owner, ()), key)})
    return True


def _rebuild(learned: _Learned) -> None:
    """The learning family for ``learned``: a subclass of each Struct that learned a key or holds one that
    did (up to the roots), each holding the others' subclasses."""
    global _state
    changed = set(learned)
    while True:
        more = {
            struct
            for struct in _LEARNABLE_OR_HOLDING
            if struct not in changed
            and any(held in changed for f in msgspec.structs.fields(struct) for held in _structs_in(f.type))
        }
        if not more:
            break
        changed |= more
    family: _Family = {}
    for struct in changed:
        keys = learned.get(struct, ())
        taken = {f.name for f in msgspec.structs.fields(struct)}
        attrs = [f"learned_{n}" for n in range(len(keys) + len(taken)) if f"learned_{n}" not in taken][: len(keys)]
        fields: list[Any] = [
            (attr, Any, msgspec.field(default=UNSET, name=key)) for attr, key in zip(attrs, keys, strict=True)
        ]
        for f in msgspec.structs.fields(struct):
            if any(held in changed for held in _structs_in(f.type)):
                if f.required:
                    fields.append((f.name, f.type))
                elif f.default_factory is not msgspec.NODEFAULT:
                    fields.append((f.name, f.type, msgspec.field(default_factory=f.default_factory)))
                else:
                    fields.append((f.name, f.type, f.default))
        subclass = msgspec.defstruct(
            struct.__name__, fields, bases=(struct,), kw_only=True, forbid_unknown_fields=True, gc=False
        )
        subclass.__retab_learned__ = tuple(zip(attrs, keys, strict=True))  # type: ignore[attr-defined]
        family[struct] = subclass
    for struct, subclass in family.items():  # each field that holds a Struct now holds its subclass
        for f in msgspec.structs.fields(struct):
            if any(held in changed for held in _structs_in(f.type)):
                subclass.__annotations__[f.name] = _substituted(f.type, family)
    _state = (learned, family, {})


def _decode(key: Any, struct: type[Struct], data: str | bytes | bytearray) -> Any:
    """``struct`` of ``data`` (its decoder kept under ``key``), learning each key the spec does not name
    that may be learned. Raises what msgspec raises."""
    for attempt in range(_LEARN_PER_PARSE + 1):
        learned, family, decoders = _state
        decode = decoders.get(key)
        if decode is None:
            # msgspec fills in a new Struct class's type information when its first decoder is
            # made: two threads doing it at once for the same classes crashed the interpreter.
            with _building:
                decode = decoders.get(key)
                if decode is None:
                    decode = decoders[key] = msgspec.json.Decoder(family.get(struct, struct)).decode
        try:
            return decode(data)
        except msgspec.ValidationError as exc:
            if attempt == _LEARN_PER_PARSE or not _learn(struct, str(exc), learned):
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def forget_learned() -> None:
    """Forget every key learned: the strict path as generated (for tests)."""
    global _state
    _state = ({}, {}, {})


def learned_keys() -> dict[str, tuple[str, ...]]:
    """The keys the spec does not name that the strict path learned, by model."""
    return {struct.__name__.removesuffix("Struct"): keys for struct, keys in _state[0].items()}
