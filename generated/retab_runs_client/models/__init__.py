"""The models of the API. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from .active_resume import ActiveResume
from .base_mime_data import BaseMIMEData
from .container_context_data import ContainerContextData
from .cost_breakdown import CostBreakdown
from .error_category import ErrorCategory
from .error_details import ErrorDetails
from .error_response import ErrorResponse
from .error_stage import ErrorStage
from .execution_phase import ExecutionPhase
from .final_node_output import FinalNodeOutput
from .hil_signal_state import HILSignalState
from .hil_signal_status import HILSignalStatus
from .http_validation_error import HTTPValidationError
from .iteration_context_data import IterationContextData
from .model_cost_entry import ModelCostEntry
from .node_type import NodeType
from .resume_queue_item import ResumeQueueItem
from .resume_queue_item_status import ResumeQueueItemStatus
from .run_cost_summary import RunCostSummary
from .run_resume_status import RunResumeStatus
from .run_status import RunStatus
from .span_status import SpanStatus
from .step_status import StepStatus
from .step_status_summary import StepStatusSummary
from .token_usage import TokenUsage
from .tool_call import ToolCall
from .tool_call_status import ToolCallStatus
from .trace_span import TraceSpan
from .trigger_type import TriggerType
from .validation_error_item import ValidationErrorItem
from .workflow_run import WorkflowRun

__all__ = (
    "ActiveResume",
    "BaseMIMEData",
    "ContainerContextData",
    "CostBreakdown",
    "ErrorCategory",
    "ErrorDetails",
    "ErrorResponse",
    "ErrorStage",
    "ExecutionPhase",
    "FinalNodeOutput",
    "HILSignalState",
    "HILSignalStatus",
    "HTTPValidationError",
    "IterationContextData",
    "ModelCostEntry",
    "NodeType",
    "ResumeQueueItem",
    "ResumeQueueItemStatus",
    "RunCostSummary",
    "RunResumeStatus",
    "RunStatus",
    "SpanStatus",
    "StepStatus",
    "StepStatusSummary",
    "TokenUsage",
    "ToolCall",
    "ToolCallStatus",
    "TraceSpan",
    "TriggerType",
    "ValidationErrorItem",
    "WorkflowRun",
)
