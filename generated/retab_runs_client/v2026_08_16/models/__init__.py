"""The models of the API. Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit."""

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
