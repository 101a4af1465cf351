"""The models of the API. Generated from openapi.yaml by scripts/generate.py: do not edit.

Each model's module is imported on first use of its name (``from ... models import
WorkflowRun`` imports ``workflow_run`` and what it refers to, no more), so that importing
this package costs next to nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_resume import ActiveResume
    from .base_mime_data import BaseMIMEData
    from .cancel_workflow_request import CancelWorkflowRequest
    from .cancel_workflow_response import CancelWorkflowResponse
    from .cancellation_status import CancellationStatus
    from .container_context_data import ContainerContextData
    from .cost_breakdown import CostBreakdown
    from .document_signed_url_response import DocumentSignedUrlResponse
    from .document_type import DocumentType
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
    from .sort_order import SortOrder
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

# The module that defines each name.
_MODULES = {
    "ActiveResume": "active_resume",
    "BaseMIMEData": "base_mime_data",
    "CancellationStatus": "cancellation_status",
    "CancelWorkflowRequest": "cancel_workflow_request",
    "CancelWorkflowResponse": "cancel_workflow_response",
    "ContainerContextData": "container_context_data",
    "CostBreakdown": "cost_breakdown",
    "DocumentSignedUrlResponse": "document_signed_url_response",
    "DocumentType": "document_type",
    "ErrorCategory": "error_category",
    "ErrorDetails": "error_details",
    "ErrorResponse": "error_response",
    "ErrorStage": "error_stage",
    "ExecutionPhase": "execution_phase",
    "ExportFormat": "export_format",
    "ExportSource": "export_source",
    "FinalNodeOutput": "final_node_output",
    "HILSignalState": "hil_signal_state",
    "HILSignalStatus": "hil_signal_status",
    "HTTPValidationError": "http_validation_error",
    "IterationContextData": "iteration_context_data",
    "ListMetadata": "list_metadata",
    "MIMEDataInput": "mime_data_input",
    "ModelCostEntry": "model_cost_entry",
    "NodeSimulation": "node_simulation",
    "NodeType": "node_type",
    "PaginatedList": "paginated_list",
    "PublishedWorkflowConfig": "published_workflow_config",
    "RerunApiCallResponse": "rerun_api_call_response",
    "RerunWebhookResponse": "rerun_webhook_response",
    "RestartWorkflowRequest": "restart_workflow_request",
    "ResumeQueueItem": "resume_queue_item",
    "ResumeQueueItemStatus": "resume_queue_item_status",
    "ResumeStatus": "resume_status",
    "ResumeWorkflowRequest": "resume_workflow_request",
    "ResumeWorkflowResponse": "resume_workflow_response",
    "RunCostSummary": "run_cost_summary",
    "RunCounts": "run_counts",
    "RunResumeStatus": "run_resume_status",
    "RunStatus": "run_status",
    "RunStatusFilter": "run_status_filter",
    "RunWorkflowRequest": "run_workflow_request",
    "SortOrder": "sort_order",
    "SpanStatus": "span_status",
    "StepOutputResponse": "step_output_response",
    "StepOutputsBatchRequest": "step_outputs_batch_request",
    "StepOutputsBatchResponse": "step_outputs_batch_response",
    "StepStatus": "step_status",
    "StepStatusSummary": "step_status_summary",
    "TokenUsage": "token_usage",
    "ToolCall": "tool_call",
    "ToolCallStatus": "tool_call_status",
    "TraceSpan": "trace_span",
    "TriggerType": "trigger_type",
    "ValidationErrorItem": "validation_error_item",
    "WorkflowEdge": "workflow_edge",
    "WorkflowExportFileRequest": "workflow_export_file_request",
    "WorkflowExportPayloadRequest": "workflow_export_payload_request",
    "WorkflowExportPayloadResponse": "workflow_export_payload_response",
    "WorkflowExportScopeRequest": "workflow_export_scope_request",
    "WorkflowExportScopeResponse": "workflow_export_scope_response",
    "WorkflowNode": "workflow_node",
    "WorkflowNodePosition": "workflow_node_position",
    "WorkflowRun": "workflow_run",
    "WorkflowRunExecutionOrderResponse": "workflow_run_execution_order_response",
}


def __getattr__(name: str) -> Any:
    """The model ``name``, its module imported on first use; raises AttributeError for any other name."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(__import__(f"{__name__}.{module}", fromlist=[name]), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "ActiveResume",
    "BaseMIMEData",
    "CancellationStatus",
    "CancelWorkflowRequest",
    "CancelWorkflowResponse",
    "ContainerContextData",
    "CostBreakdown",
    "DocumentSignedUrlResponse",
    "DocumentType",
    "ErrorCategory",
    "ErrorDetails",
    "ErrorResponse",
    "ErrorStage",
    "ExecutionPhase",
    "ExportFormat",
    "ExportSource",
    "FinalNodeOutput",
    "HILSignalState",
    "HILSignalStatus",
    "HTTPValidationError",
    "IterationContextData",
    "ListMetadata",
    "MIMEDataInput",
    "ModelCostEntry",
    "NodeSimulation",
    "NodeType",
    "PaginatedList",
    "PublishedWorkflowConfig",
    "RerunApiCallResponse",
    "RerunWebhookResponse",
    "RestartWorkflowRequest",
    "ResumeQueueItem",
    "ResumeQueueItemStatus",
    "ResumeStatus",
    "ResumeWorkflowRequest",
    "ResumeWorkflowResponse",
    "RunCostSummary",
    "RunCounts",
    "RunResumeStatus",
    "RunStatus",
    "RunStatusFilter",
    "RunWorkflowRequest",
    "SortOrder",
    "SpanStatus",
    "StepOutputResponse",
    "StepOutputsBatchRequest",
    "StepOutputsBatchResponse",
    "StepStatus",
    "StepStatusSummary",
    "TokenUsage",
    "ToolCall",
    "ToolCallStatus",
    "TraceSpan",
    "TriggerType",
    "ValidationErrorItem",
    "WorkflowEdge",
    "WorkflowExportFileRequest",
    "WorkflowExportPayloadRequest",
    "WorkflowExportPayloadResponse",
    "WorkflowExportScopeRequest",
    "WorkflowExportScopeResponse",
    "WorkflowNode",
    "WorkflowNodePosition",
    "WorkflowRun",
    "WorkflowRunExecutionOrderResponse",
)
