"""The models of the API. Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit.

Each model's module is imported on first use of its name (``from ... models import
WorkflowRun`` imports ``workflow_run`` and what it refers to, no more), so that importing
this package costs next to nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .artifact_operation import ArtifactOperation
    from .awaiting_review_run import AwaitingReviewRun
    from .awaiting_review_step_lifecycle import AwaitingReviewStepLifecycle
    from .block_type import BlockType
    from .cancel_workflow_request import CancelWorkflowRequest
    from .cancel_workflow_response import CancelWorkflowResponse
    from .cancellation_status import CancellationStatus
    from .cancelled_step_lifecycle import CancelledStepLifecycle
    from .cancelled_terminal import CancelledTerminal
    from .completed_step_lifecycle import CompletedStepLifecycle
    from .completed_terminal import CompletedTerminal
    from .container_context_data import ContainerContextData
    from .create_workflow_run_request import CreateWorkflowRunRequest
    from .error_category import ErrorCategory
    from .error_details import ErrorDetails
    from .error_response import ErrorResponse
    from .error_stage import ErrorStage
    from .error_step_lifecycle import ErrorStepLifecycle
    from .error_terminal import ErrorTerminal
    from .export_source import ExportSource
    from .file_ref import FileRef
    from .handle_payload_type import HandlePayloadType
    from .http_validation_error import HTTPValidationError
    from .list_metadata import ListMetadata
    from .mime_data import MIMEData
    from .pending_run import PendingRun
    from .pending_step_lifecycle import PendingStepLifecycle
    from .public_handle_payload import PublicHandlePayload
    from .queued_step_lifecycle import QueuedStepLifecycle
    from .run_inputs import RunInputs
    from .run_status_filter import RunStatusFilter
    from .run_timing import RunTiming
    from .running_run import RunningRun
    from .running_step_lifecycle import RunningStepLifecycle
    from .skipped_step_lifecycle import SkippedStepLifecycle
    from .sort_order import SortOrder
    from .step_artifact_ref import StepArtifactRef
    from .trigger_info import TriggerInfo
    from .trigger_type import TriggerType
    from .trigger_type_filter import TriggerTypeFilter
    from .unknown_lifecycle import UnknownLifecycle
    from .validation_error_item import ValidationErrorItem
    from .workflow_export_payload_request import WorkflowExportPayloadRequest
    from .workflow_export_payload_response import WorkflowExportPayloadResponse
    from .workflow_run import WorkflowRun
    from .workflow_run_list import WorkflowRunList
    from .workflow_step import WorkflowStep
    from .workflow_step_list import WorkflowStepList

# The module that defines each name.
_MODULES = {
    "ArtifactOperation": "artifact_operation",
    "AwaitingReviewRun": "awaiting_review_run",
    "AwaitingReviewStepLifecycle": "awaiting_review_step_lifecycle",
    "BlockType": "block_type",
    "CancellationStatus": "cancellation_status",
    "CancelledStepLifecycle": "cancelled_step_lifecycle",
    "CancelledTerminal": "cancelled_terminal",
    "CancelWorkflowRequest": "cancel_workflow_request",
    "CancelWorkflowResponse": "cancel_workflow_response",
    "CompletedStepLifecycle": "completed_step_lifecycle",
    "CompletedTerminal": "completed_terminal",
    "ContainerContextData": "container_context_data",
    "CreateWorkflowRunRequest": "create_workflow_run_request",
    "ErrorCategory": "error_category",
    "ErrorDetails": "error_details",
    "ErrorResponse": "error_response",
    "ErrorStage": "error_stage",
    "ErrorStepLifecycle": "error_step_lifecycle",
    "ErrorTerminal": "error_terminal",
    "ExportSource": "export_source",
    "FileRef": "file_ref",
    "HandlePayloadType": "handle_payload_type",
    "HTTPValidationError": "http_validation_error",
    "ListMetadata": "list_metadata",
    "MIMEData": "mime_data",
    "PendingRun": "pending_run",
    "PendingStepLifecycle": "pending_step_lifecycle",
    "PublicHandlePayload": "public_handle_payload",
    "QueuedStepLifecycle": "queued_step_lifecycle",
    "RunInputs": "run_inputs",
    "RunningRun": "running_run",
    "RunningStepLifecycle": "running_step_lifecycle",
    "RunStatusFilter": "run_status_filter",
    "RunTiming": "run_timing",
    "SkippedStepLifecycle": "skipped_step_lifecycle",
    "SortOrder": "sort_order",
    "StepArtifactRef": "step_artifact_ref",
    "TriggerInfo": "trigger_info",
    "TriggerType": "trigger_type",
    "TriggerTypeFilter": "trigger_type_filter",
    "UnknownLifecycle": "unknown_lifecycle",
    "ValidationErrorItem": "validation_error_item",
    "WorkflowExportPayloadRequest": "workflow_export_payload_request",
    "WorkflowExportPayloadResponse": "workflow_export_payload_response",
    "WorkflowRun": "workflow_run",
    "WorkflowRunList": "workflow_run_list",
    "WorkflowStep": "workflow_step",
    "WorkflowStepList": "workflow_step_list",
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
    "ArtifactOperation",
    "AwaitingReviewRun",
    "AwaitingReviewStepLifecycle",
    "BlockType",
    "CancellationStatus",
    "CancelledStepLifecycle",
    "CancelledTerminal",
    "CancelWorkflowRequest",
    "CancelWorkflowResponse",
    "CompletedStepLifecycle",
    "CompletedTerminal",
    "ContainerContextData",
    "CreateWorkflowRunRequest",
    "ErrorCategory",
    "ErrorDetails",
    "ErrorResponse",
    "ErrorStage",
    "ErrorStepLifecycle",
    "ErrorTerminal",
    "ExportSource",
    "FileRef",
    "HandlePayloadType",
    "HTTPValidationError",
    "ListMetadata",
    "MIMEData",
    "PendingRun",
    "PendingStepLifecycle",
    "PublicHandlePayload",
    "QueuedStepLifecycle",
    "RunInputs",
    "RunningRun",
    "RunningStepLifecycle",
    "RunStatusFilter",
    "RunTiming",
    "SkippedStepLifecycle",
    "SortOrder",
    "StepArtifactRef",
    "TriggerInfo",
    "TriggerType",
    "TriggerTypeFilter",
    "UnknownLifecycle",
    "ValidationErrorItem",
    "WorkflowExportPayloadRequest",
    "WorkflowExportPayloadResponse",
    "WorkflowRun",
    "WorkflowRunList",
    "WorkflowStep",
    "WorkflowStepList",
)
