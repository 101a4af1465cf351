"""The strict fast path of the models: wire Structs and a converter per model.

Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit. Loaded on the first
``from_json``, so importing the models costs neither msgspec nor these classes.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import msgspec
from msgspec import UNSET, Struct, UnsetType

from ..errors import ModelParseError
from ..types import decode_json, read_datetime, shared
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

__all__ = ["build_strict", "strict_page"]

MAX_NESTING = 200
_ABSENT: Any = object()  # what src.get returns for a key the payload lacks (checked-path statements)
_own = False  # the checked-path statements never empty what they read here
_ArtifactOperation_BY_VALUE: dict[str, ArtifactOperation] = {member.value: member for member in ArtifactOperation}
_BlockType_BY_VALUE: dict[str, BlockType] = {member.value: member for member in BlockType}
_CancellationStatus_BY_VALUE: dict[str, CancellationStatus] = {member.value: member for member in CancellationStatus}
_ErrorCategory_BY_VALUE: dict[str, ErrorCategory] = {member.value: member for member in ErrorCategory}
_ErrorStage_BY_VALUE: dict[str, ErrorStage] = {member.value: member for member in ErrorStage}
_ExportSource_BY_VALUE: dict[str, ExportSource] = {member.value: member for member in ExportSource}
_HandlePayloadType_BY_VALUE: dict[str, HandlePayloadType] = {member.value: member for member in HandlePayloadType}
_RunStatusFilter_BY_VALUE: dict[str, RunStatusFilter] = {member.value: member for member in RunStatusFilter}
_TriggerType_BY_VALUE: dict[str, TriggerType] = {member.value: member for member in TriggerType}
_TriggerTypeFilter_BY_VALUE: dict[str, TriggerTypeFilter] = {member.value: member for member in TriggerTypeFilter}


class AwaitingReviewRunStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """AwaitingReviewRun as the spec says it, every optional key UNSET when absent."""

    status: str | UnsetType = UNSET
    waiting_for_block_ids: list[str] | UnsetType = UNSET


class AwaitingReviewStepLifecycleStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """AwaitingReviewStepLifecycle as the spec says it, every optional key UNSET when absent."""

    status: str | UnsetType = UNSET


class CancelWorkflowRequestStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """CancelWorkflowRequest as the spec says it, every optional key UNSET when absent."""

    command_id: str | None | UnsetType = UNSET


class CancelWorkflowResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """CancelWorkflowResponse as the spec says it, every optional key UNSET when absent."""

    run: WorkflowRunStruct
    redis_available: bool | UnsetType = UNSET
    cancellation_status: str | UnsetType = UNSET


class CancelledStepLifecycleStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """CancelledStepLifecycle as the spec says it, every optional key UNSET when absent."""

    reason: str
    status: str | UnsetType = UNSET


class CancelledTerminalStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """CancelledTerminal as the spec says it, every optional key UNSET when absent."""

    status: str | UnsetType = UNSET
    reason: str | None | UnsetType = UNSET


class CompletedStepLifecycleStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """CompletedStepLifecycle as the spec says it, every optional key UNSET when absent."""

    status: str | UnsetType = UNSET


class CompletedTerminalStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """CompletedTerminal as the spec says it, every optional key UNSET when absent."""

    status: str | UnsetType = UNSET


class ContainerContextDataStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ContainerContextData as the spec says it, every optional key UNSET when absent."""

    container_id: str
    iteration: int
    is_parallel: bool | UnsetType = UNSET
    parallel_item_index: int | None | UnsetType = UNSET


class CreateWorkflowRunRequestStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """CreateWorkflowRunRequest as the spec says it, every optional key UNSET when absent."""

    workflow_id: str
    documents: dict[str, MIMEDataStruct] | UnsetType = UNSET
    json_inputs: dict[str, Any] | UnsetType = UNSET
    version: str | UnsetType = UNSET
    metadata: dict[str, str] | None | UnsetType = UNSET


class ErrorDetailsStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ErrorDetails as the spec says it, every optional key UNSET when absent."""

    message: str | None | UnsetType = UNSET
    stack_trace: str | None | UnsetType = UNSET
    block_id: str | None | UnsetType = UNSET
    block_name: str | None | UnsetType = UNSET
    error_code: str | None | UnsetType = UNSET
    context: dict[str, Any] | None | UnsetType = UNSET


class ErrorStepLifecycleStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ErrorStepLifecycle as the spec says it, every optional key UNSET when absent."""

    message: str
    status: str | UnsetType = UNSET
    stage: str | None | UnsetType = UNSET
    category: str | None | UnsetType = UNSET
    details: ErrorDetailsStruct | None | UnsetType = UNSET


class ErrorTerminalStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ErrorTerminal as the spec says it, every optional key UNSET when absent."""

    message: str
    status: str | UnsetType = UNSET
    stage: str | None | UnsetType = UNSET
    category: str | None | UnsetType = UNSET
    details: ErrorDetailsStruct | None | UnsetType = UNSET
    failing_step_id: str | None | UnsetType = UNSET


class FileRefStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """FileRef as the spec says it, every optional key UNSET when absent."""

    id: str
    filename: str
    mime_type: str


class HTTPValidationErrorStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """HTTPValidationError as the spec says it, every optional key UNSET when absent."""

    detail: list[ValidationErrorItemStruct] | UnsetType = UNSET


class ListMetadataStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ListMetadata as the spec says it, every optional key UNSET when absent."""

    before: str | None
    after: str | None


class MIMEDataStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """MIMEData as the spec says it, every optional key UNSET when absent."""

    filename: str
    url: str


class PendingRunStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """PendingRun as the spec says it, every optional key UNSET when absent."""

    status: str | UnsetType = UNSET


class PendingStepLifecycleStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """PendingStepLifecycle as the spec says it, every optional key UNSET when absent."""

    status: str | UnsetType = UNSET


class PublicHandlePayloadStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """PublicHandlePayload as the spec says it, every optional key UNSET when absent."""

    type: str
    document: FileRefStruct | None | UnsetType = UNSET
    data: Any | UnsetType = UNSET


class QueuedStepLifecycleStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """QueuedStepLifecycle as the spec says it, every optional key UNSET when absent."""

    status: str | UnsetType = UNSET


class RunInputsStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """RunInputs as the spec says it, every optional key UNSET when absent."""

    documents: dict[str, FileRefStruct] | UnsetType = UNSET
    json_data: dict[str, Any] | UnsetType = UNSET


class RunTimingStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """RunTiming as the spec says it, every optional key UNSET when absent."""

    created_at: str | UnsetType = UNSET
    started_at: str | None | UnsetType = UNSET
    completed_at: str | None | UnsetType = UNSET


class RunningRunStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """RunningRun as the spec says it, every optional key UNSET when absent."""

    status: str | UnsetType = UNSET


class RunningStepLifecycleStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """RunningStepLifecycle as the spec says it, every optional key UNSET when absent."""

    status: str | UnsetType = UNSET


class SkippedStepLifecycleStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """SkippedStepLifecycle as the spec says it, every optional key UNSET when absent."""

    reason: str
    status: str | UnsetType = UNSET


class StepArtifactRefStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """StepArtifactRef as the spec says it, every optional key UNSET when absent."""

    operation: str
    id: str


class TriggerInfoStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """TriggerInfo as the spec says it, every optional key UNSET when absent."""

    type: str


class ValidationErrorItemStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ValidationErrorItem as the spec says it, every optional key UNSET when absent."""

    loc: list[str | int]
    msg: str
    type: str
    input: Any | UnsetType = UNSET
    ctx: dict[str, Any] | UnsetType = UNSET


class WorkflowExportPayloadRequestStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowExportPayloadRequest as the spec says it, every optional key UNSET when absent."""

    workflow_id: str
    block_id: str
    export_source: str | UnsetType = UNSET
    selected_run_ids: list[str] | None | UnsetType = UNSET
    selected_doc_types: list[str] | None | UnsetType = UNSET
    status: str | None | UnsetType = UNSET
    exclude_status: str | None | UnsetType = UNSET
    from_date: str | None | UnsetType = UNSET
    to_date: str | None | UnsetType = UNSET
    trigger_type: str | None | UnsetType = UNSET
    preferred_columns: list[str] | UnsetType = UNSET
    delimiter: str | UnsetType = UNSET
    line_delimiter: str | UnsetType = UNSET
    quote: str | UnsetType = UNSET


class WorkflowExportPayloadResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowExportPayloadResponse as the spec says it, every optional key UNSET when absent."""

    csv_data: str
    rows: int
    columns: int


class WorkflowRunStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowRun as the spec says it, every optional key UNSET when absent."""

    id: str
    workflow_id: str
    workflow_version_id: str
    trigger: TriggerInfoStruct
    lifecycle: msgspec.Raw
    timing: RunTimingStruct
    inputs: RunInputsStruct | UnsetType = UNSET
    metadata: dict[str, str] | None | UnsetType = UNSET


class WorkflowRunListStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowRunList as the spec says it, every optional key UNSET when absent."""

    data: list[WorkflowRunStruct]
    list_metadata: ListMetadataStruct


class WorkflowStepStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowStep as the spec says it, every optional key UNSET when absent."""

    block_id: str
    step_id: str
    block_type: str
    block_label: str
    lifecycle: msgspec.Raw
    run_id: str
    started_at: str | None | UnsetType = UNSET
    completed_at: str | None | UnsetType = UNSET
    model: str | None | UnsetType = UNSET
    loop_containers: list[ContainerContextDataStruct] | UnsetType = UNSET
    created_at: str | None | UnsetType = UNSET
    handle_inputs: dict[str, PublicHandlePayloadStruct] | UnsetType = UNSET
    handle_outputs: dict[str, PublicHandlePayloadStruct] | UnsetType = UNSET
    artifact: StepArtifactRefStruct | None | UnsetType = UNSET
    retry_count: int | UnsetType = UNSET


class WorkflowStepListStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """WorkflowStepList as the spec says it, every optional key UNSET when absent."""

    data: list[WorkflowStepStruct]
    list_metadata: ListMetadataStruct


class ErrorResponseStruct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """ErrorResponse as the spec says it, every optional key UNSET when absent."""

    detail: str | list[Any] | dict[str, Any] | None | UnsetType = UNSET


class PendingRunTaggedStruct(
    Struct,
    tag_field="status",
    tag="pending",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """PendingRun as a variant of a union: its status is 'pending'."""


class RunningRunTaggedStruct(
    Struct,
    tag_field="status",
    tag="running",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """RunningRun as a variant of a union: its status is 'running'."""


class AwaitingReviewRunTaggedStruct(
    Struct,
    tag_field="status",
    tag="awaiting_review",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """AwaitingReviewRun as a variant of a union: its status is 'awaiting_review'."""

    waiting_for_block_ids: list[str] | UnsetType = UNSET


class CompletedTerminalTaggedStruct(
    Struct,
    tag_field="status",
    tag="completed",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """CompletedTerminal as a variant of a union: its status is 'completed'."""


class ErrorTerminalTaggedStruct(
    Struct,
    tag_field="status",
    tag="error",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """ErrorTerminal as a variant of a union: its status is 'error'."""

    message: str
    stage: str | None | UnsetType = UNSET
    category: str | None | UnsetType = UNSET
    details: ErrorDetailsStruct | None | UnsetType = UNSET
    failing_step_id: str | None | UnsetType = UNSET


class CancelledTerminalTaggedStruct(
    Struct,
    tag_field="status",
    tag="cancelled",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """CancelledTerminal as a variant of a union: its status is 'cancelled'."""

    reason: str | None | UnsetType = UNSET


class PendingStepLifecycleTaggedStruct(
    Struct,
    tag_field="status",
    tag="pending",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """PendingStepLifecycle as a variant of a union: its status is 'pending'."""


class QueuedStepLifecycleTaggedStruct(
    Struct,
    tag_field="status",
    tag="queued",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """QueuedStepLifecycle as a variant of a union: its status is 'queued'."""


class RunningStepLifecycleTaggedStruct(
    Struct,
    tag_field="status",
    tag="running",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """RunningStepLifecycle as a variant of a union: its status is 'running'."""


class CompletedStepLifecycleTaggedStruct(
    Struct,
    tag_field="status",
    tag="completed",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """CompletedStepLifecycle as a variant of a union: its status is 'completed'."""


class AwaitingReviewStepLifecycleTaggedStruct(
    Struct,
    tag_field="status",
    tag="awaiting_review",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """AwaitingReviewStepLifecycle as a variant of a union: its status is 'awaiting_review'."""


class ErrorStepLifecycleTaggedStruct(
    Struct,
    tag_field="status",
    tag="error",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """ErrorStepLifecycle as a variant of a union: its status is 'error'."""

    message: str
    stage: str | None | UnsetType = UNSET
    category: str | None | UnsetType = UNSET
    details: ErrorDetailsStruct | None | UnsetType = UNSET


class SkippedStepLifecycleTaggedStruct(
    Struct,
    tag_field="status",
    tag="skipped",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """SkippedStepLifecycle as a variant of a union: its status is 'skipped'."""

    reason: str


class CancelledStepLifecycleTaggedStruct(
    Struct,
    tag_field="status",
    tag="cancelled",
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    """CancelledStepLifecycle as a variant of a union: its status is 'cancelled'."""

    reason: str


def build_awaiting_review_run(s: Any) -> AwaitingReviewRun:
    absent = 0
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "awaiting_review"
        absent |= 1
    else:
        status_ = _v
    waiting_for_block_ids_: list[str]
    _v = s.waiting_for_block_ids
    if _v is UNSET:
        waiting_for_block_ids_ = []
        absent |= 2
    else:
        waiting_for_block_ids_ = _v
    obj = object.__new__(AwaitingReviewRun)
    obj.status = status_
    obj.waiting_for_block_ids = waiting_for_block_ids_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_awaiting_review_step_lifecycle(s: Any) -> AwaitingReviewStepLifecycle:
    absent = 0
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "awaiting_review"
        absent |= 1
    else:
        status_ = _v
    obj = object.__new__(AwaitingReviewStepLifecycle)
    obj.status = status_
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


def build_cancelled_step_lifecycle(s: Any) -> CancelledStepLifecycle:
    absent = 0
    reason_: str
    reason_ = s.reason
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "cancelled"
        absent |= 1
    else:
        status_ = _v
    obj = object.__new__(CancelledStepLifecycle)
    obj.reason = reason_
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_cancelled_terminal(s: Any) -> CancelledTerminal:
    absent = 0
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "cancelled"
        absent |= 1
    else:
        status_ = _v
    reason_: str | None
    _v = s.reason
    if _v is UNSET:
        reason_ = None
        absent |= 2
    else:
        reason_ = _v
    obj = object.__new__(CancelledTerminal)
    obj.status = status_
    obj.reason = reason_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_completed_step_lifecycle(s: Any) -> CompletedStepLifecycle:
    absent = 0
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "completed"
        absent |= 1
    else:
        status_ = _v
    obj = object.__new__(CompletedStepLifecycle)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_completed_terminal(s: Any) -> CompletedTerminal:
    absent = 0
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "completed"
        absent |= 1
    else:
        status_ = _v
    obj = object.__new__(CompletedTerminal)
    obj.status = status_
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


def build_create_workflow_run_request(s: Any) -> CreateWorkflowRunRequest:
    absent = 0
    workflow_id_: str
    workflow_id_ = s.workflow_id
    documents_: dict[str, MIMEData]
    _v = s.documents
    if _v is UNSET:
        documents_ = {}
        absent |= 1
    else:
        documents_ = {_k_documents2: build_mime_data(_w_documents1) for _k_documents2, _w_documents1 in _v.items()}
    json_inputs_: dict[str, Any]
    _v = s.json_inputs
    if _v is UNSET:
        json_inputs_ = {}
        absent |= 2
    else:
        json_inputs_ = _v
    version_: str
    _v = s.version
    if _v is UNSET:
        version_ = "production"
        absent |= 4
    else:
        version_ = _v
    metadata_: dict[str, str] | None
    _v = s.metadata
    if _v is UNSET:
        metadata_ = None
        absent |= 8
    else:
        metadata_ = _v
    obj = object.__new__(CreateWorkflowRunRequest)
    obj.workflow_id = workflow_id_
    obj.documents = documents_
    obj.json_inputs = json_inputs_
    obj.version = version_
    obj.metadata = metadata_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_error_details(s: Any) -> ErrorDetails:
    absent = 0
    message_: str | None
    _v = s.message
    if _v is UNSET:
        message_ = None
        absent |= 1
    else:
        message_ = _v
    stack_trace_: str | None
    _v = s.stack_trace
    if _v is UNSET:
        stack_trace_ = None
        absent |= 2
    else:
        stack_trace_ = _v
    block_id_: str | None
    _v = s.block_id
    if _v is UNSET:
        block_id_ = None
        absent |= 4
    else:
        block_id_ = _v
    block_name_: str | None
    _v = s.block_name
    if _v is UNSET:
        block_name_ = None
        absent |= 8
    else:
        block_name_ = _v
    error_code_: str | None
    _v = s.error_code
    if _v is UNSET:
        error_code_ = None
        absent |= 16
    else:
        error_code_ = _v
    context_: dict[str, Any] | None
    _v = s.context
    if _v is UNSET:
        context_ = None
        absent |= 32
    else:
        context_ = _v
    obj = object.__new__(ErrorDetails)
    obj.message = message_
    obj.stack_trace = stack_trace_
    obj.block_id = block_id_
    obj.block_name = block_name_
    obj.error_code = error_code_
    obj.context = context_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_error_step_lifecycle(s: Any) -> ErrorStepLifecycle:
    absent = 0
    message_: str
    message_ = s.message
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "error"
        absent |= 1
    else:
        status_ = _v
    stage_: ErrorStage | None
    _v = s.stage
    if _v is UNSET:
        stage_ = None
        absent |= 2
    else:
        stage_ = None if _v is None else (_ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v))
    category_: ErrorCategory | None
    _v = s.category
    if _v is UNSET:
        category_ = None
        absent |= 4
    else:
        category_ = None if _v is None else (_ErrorCategory_BY_VALUE.get(_v) or ErrorCategory(_v))
    details_: ErrorDetails | None
    _v = s.details
    if _v is UNSET:
        details_ = None
        absent |= 8
    else:
        details_ = None if _v is None else build_error_details(_v)
    obj = object.__new__(ErrorStepLifecycle)
    obj.message = message_
    obj.status = status_
    obj.stage = stage_
    obj.category = category_
    obj.details = details_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_error_terminal(s: Any) -> ErrorTerminal:
    absent = 0
    message_: str
    message_ = s.message
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "error"
        absent |= 1
    else:
        status_ = _v
    stage_: ErrorStage | None
    _v = s.stage
    if _v is UNSET:
        stage_ = None
        absent |= 2
    else:
        stage_ = None if _v is None else (_ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v))
    category_: ErrorCategory | None
    _v = s.category
    if _v is UNSET:
        category_ = None
        absent |= 4
    else:
        category_ = None if _v is None else (_ErrorCategory_BY_VALUE.get(_v) or ErrorCategory(_v))
    details_: ErrorDetails | None
    _v = s.details
    if _v is UNSET:
        details_ = None
        absent |= 8
    else:
        details_ = None if _v is None else build_error_details(_v)
    failing_step_id_: str | None
    _v = s.failing_step_id
    if _v is UNSET:
        failing_step_id_ = None
        absent |= 16
    else:
        failing_step_id_ = _v
    obj = object.__new__(ErrorTerminal)
    obj.message = message_
    obj.status = status_
    obj.stage = stage_
    obj.category = category_
    obj.details = details_
    obj.failing_step_id = failing_step_id_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_file_ref(s: Any) -> FileRef:
    id_: str
    id_ = s.id
    filename_: str
    filename_ = s.filename
    mime_type_: str
    mime_type_ = s.mime_type
    obj = object.__new__(FileRef)
    obj.id = id_
    obj.filename = filename_
    obj.mime_type = mime_type_
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_http_validation_error(s: Any) -> HTTPValidationError:
    absent = 0
    detail_: list[ValidationErrorItem]
    _v = s.detail
    if _v is UNSET:
        detail_ = []
        absent |= 1
    else:
        detail_ = [build_validation_error_item(_w_detail1) for _w_detail1 in _v]
    obj = object.__new__(HTTPValidationError)
    obj.detail = detail_
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


def build_mime_data(s: Any) -> MIMEData:
    filename_: str
    filename_ = s.filename
    url_: str
    url_ = s.url
    obj = object.__new__(MIMEData)
    obj.filename = filename_
    obj.url = url_
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_pending_run(s: Any) -> PendingRun:
    absent = 0
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "pending"
        absent |= 1
    else:
        status_ = _v
    obj = object.__new__(PendingRun)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_pending_step_lifecycle(s: Any) -> PendingStepLifecycle:
    absent = 0
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "pending"
        absent |= 1
    else:
        status_ = _v
    obj = object.__new__(PendingStepLifecycle)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_public_handle_payload(s: Any) -> PublicHandlePayload:
    absent = 0
    type_: HandlePayloadType
    _v = s.type
    type_ = _HandlePayloadType_BY_VALUE.get(_v) or HandlePayloadType(_v)
    document_: FileRef | None
    _v = s.document
    if _v is UNSET:
        document_ = None
        absent |= 1
    else:
        document_ = None if _v is None else build_file_ref(_v)
    data_: Any
    _v = s.data
    if _v is UNSET:
        data_ = None
        absent |= 2
    else:
        data_ = _v
    obj = object.__new__(PublicHandlePayload)
    obj.type = type_
    obj.document = document_
    obj.data = data_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_queued_step_lifecycle(s: Any) -> QueuedStepLifecycle:
    absent = 0
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "queued"
        absent |= 1
    else:
        status_ = _v
    obj = object.__new__(QueuedStepLifecycle)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_run_inputs(s: Any) -> RunInputs:
    absent = 0
    documents_: dict[str, FileRef]
    _v = s.documents
    if _v is UNSET:
        documents_ = {}
        absent |= 1
    else:
        documents_ = {_k_documents2: build_file_ref(_w_documents1) for _k_documents2, _w_documents1 in _v.items()}
    json_data_: dict[str, Any]
    _v = s.json_data
    if _v is UNSET:
        json_data_ = {}
        absent |= 2
    else:
        json_data_ = _v
    obj = object.__new__(RunInputs)
    obj.documents = documents_
    obj.json_data = json_data_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_run_timing(s: Any) -> RunTiming:
    absent = 0
    created_at_: datetime.datetime | None
    created_at_text: str | None = None
    _v = s.created_at
    if _v is UNSET:
        created_at_ = None
        absent |= 1
    else:
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["created_at"], "a date-time string", _v)
        created_at_, created_at_text = read_datetime(_v)  # the text kept when written back otherwise
        if created_at_ is None:
            raise ModelParseError(["created_at"], "is not an RFC 3339 date-time", _v)
    started_at_: datetime.datetime | None
    started_at_text: str | None = None
    _v = s.started_at
    if _v is UNSET:
        started_at_ = None
        absent |= 2
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
        absent |= 4
    else:
        if _v is None:
            completed_at_ = None
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["completed_at"], "a date-time string", _v)
            completed_at_, completed_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if completed_at_ is None:
                raise ModelParseError(["completed_at"], "is not an RFC 3339 date-time", _v)
    obj = object.__new__(RunTiming)
    obj.created_at = created_at_
    obj.started_at = started_at_
    obj.completed_at = completed_at_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._created_at_text = created_at_text
    obj._started_at_text = started_at_text
    obj._completed_at_text = completed_at_text
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_running_run(s: Any) -> RunningRun:
    absent = 0
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "running"
        absent |= 1
    else:
        status_ = _v
    obj = object.__new__(RunningRun)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_running_step_lifecycle(s: Any) -> RunningStepLifecycle:
    absent = 0
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "running"
        absent |= 1
    else:
        status_ = _v
    obj = object.__new__(RunningStepLifecycle)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_skipped_step_lifecycle(s: Any) -> SkippedStepLifecycle:
    absent = 0
    reason_: str
    reason_ = s.reason
    status_: str
    _v = s.status
    if _v is UNSET:
        status_ = "skipped"
        absent |= 1
    else:
        status_ = _v
    obj = object.__new__(SkippedStepLifecycle)
    obj.reason = reason_
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_step_artifact_ref(s: Any) -> StepArtifactRef:
    operation_: ArtifactOperation
    _v = s.operation
    operation_ = _ArtifactOperation_BY_VALUE.get(_v) or ArtifactOperation(_v)
    id_: str
    id_ = s.id
    obj = object.__new__(StepArtifactRef)
    obj.operation = operation_
    obj.id = id_
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_trigger_info(s: Any) -> TriggerInfo:
    type_: TriggerType
    _v = s.type
    type_ = _TriggerType_BY_VALUE.get(_v) or TriggerType(_v)
    obj = object.__new__(TriggerInfo)
    obj.type = type_
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
    ctx_: dict[str, Any]
    _v = s.ctx
    if _v is UNSET:
        ctx_ = {}
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


def build_workflow_export_payload_request(s: Any) -> WorkflowExportPayloadRequest:
    absent = 0
    workflow_id_: str
    workflow_id_ = s.workflow_id
    block_id_: str
    block_id_ = s.block_id
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
    trigger_type_: TriggerTypeFilter | None
    _v = s.trigger_type
    if _v is UNSET:
        trigger_type_ = None
        absent |= 128
    else:
        trigger_type_ = None if _v is None else (_TriggerTypeFilter_BY_VALUE.get(_v) or TriggerTypeFilter(_v))
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
    obj.block_id = block_id_
    obj.export_source = export_source_
    obj.selected_run_ids = selected_run_ids_
    obj.selected_doc_types = selected_doc_types_
    obj.status = status_
    obj.exclude_status = exclude_status_
    obj.from_date = from_date_
    obj.to_date = to_date_
    obj.trigger_type = trigger_type_
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


def build_workflow_run(s: Any) -> WorkflowRun:
    absent = 0
    id_: str
    id_ = s.id
    workflow_id_: str
    workflow_id_ = s.workflow_id
    workflow_version_id_: str
    workflow_version_id_ = s.workflow_version_id
    trigger_: TriggerInfo
    _v = s.trigger
    trigger_ = build_trigger_info(_v)
    lifecycle_: (
        PendingRun
        | RunningRun
        | AwaitingReviewRun
        | CompletedTerminal
        | ErrorTerminal
        | CancelledTerminal
        | UnknownLifecycle
    )
    _v = s.lifecycle
    try:
        _t_lifecycle1 = _decode_WorkflowRun_lifecycle(_v)
    except msgspec.ValidationError:
        _t_lifecycle1 = None
    if _t_lifecycle1 is None:  # kept as the checked path keeps it (Unknown..., extra keys)
        _v = decode_json(bytes(_v))
        if _v.__class__ is not dict and not isinstance(_v, dict):
            raise ModelParseError.wrong_type(["lifecycle"], "an object", _v)
        _tag_lifecycle3 = _v.get("status", _ABSENT)
        if _tag_lifecycle3 is _ABSENT:
            raise ModelParseError.missing(["lifecycle", "status"])
        if _tag_lifecycle3.__class__ is not str and not isinstance(_tag_lifecycle3, str):
            raise ModelParseError.wrong_type(["lifecycle", "status"], "a string", _tag_lifecycle3)
        try:
            if _tag_lifecycle3 == "pending":
                lifecycle_ = PendingRun._from_dict(_v, _own)
            elif _tag_lifecycle3 == "running":
                lifecycle_ = RunningRun._from_dict(_v, _own)
            elif _tag_lifecycle3 == "awaiting_review":
                lifecycle_ = AwaitingReviewRun._from_dict(_v, _own)
            elif _tag_lifecycle3 == "completed":
                lifecycle_ = CompletedTerminal._from_dict(_v, _own)
            elif _tag_lifecycle3 == "error":
                lifecycle_ = ErrorTerminal._from_dict(_v, _own)
            elif _tag_lifecycle3 == "cancelled":
                lifecycle_ = CancelledTerminal._from_dict(_v, _own)
            else:  # a value this contract does not list: kept as it came
                lifecycle_ = UnknownLifecycle._from_dict(_v, _own)
        except ModelParseError as _e_lifecycle2:
            _e_lifecycle2.loc[:0] = ["lifecycle"]
            raise
    else:
        lifecycle_ = _BUILD_TAGGED[_t_lifecycle1.__class__](_t_lifecycle1)
    timing_: RunTiming
    _v = s.timing
    timing_ = build_run_timing(_v)
    inputs_: RunInputs | None
    _v = s.inputs
    if _v is UNSET:
        inputs_ = None
        absent |= 1
    else:
        inputs_ = build_run_inputs(_v)
    metadata_: dict[str, str] | None
    _v = s.metadata
    if _v is UNSET:
        metadata_ = None
        absent |= 2
    else:
        metadata_ = _v
    obj = object.__new__(WorkflowRun)
    obj.id = id_
    obj.workflow_id = workflow_id_
    obj.workflow_version_id = workflow_version_id_
    obj.trigger = trigger_
    obj.lifecycle = lifecycle_
    obj.timing = timing_
    obj.inputs = inputs_
    obj.metadata = metadata_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_workflow_run_list(s: Any) -> WorkflowRunList:
    data_: list[WorkflowRun]
    _v = s.data
    data_ = [build_workflow_run(_w_data1) for _w_data1 in _v]
    list_metadata_: ListMetadata
    _v = s.list_metadata
    list_metadata_ = build_list_metadata(_v)
    obj = object.__new__(WorkflowRunList)
    obj.data = data_
    obj.list_metadata = list_metadata_
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_workflow_step(s: Any) -> WorkflowStep:
    absent = 0
    block_id_: str
    block_id_ = s.block_id
    step_id_: str
    step_id_ = s.step_id
    block_type_: BlockType
    _v = s.block_type
    block_type_ = _BlockType_BY_VALUE.get(_v) or BlockType(_v)
    block_label_: str
    block_label_ = s.block_label
    lifecycle_: (
        PendingStepLifecycle
        | QueuedStepLifecycle
        | RunningStepLifecycle
        | CompletedStepLifecycle
        | AwaitingReviewStepLifecycle
        | ErrorStepLifecycle
        | SkippedStepLifecycle
        | CancelledStepLifecycle
        | UnknownLifecycle
    )
    _v = s.lifecycle
    try:
        _t_lifecycle1 = _decode_WorkflowStep_lifecycle(_v)
    except msgspec.ValidationError:
        _t_lifecycle1 = None
    if _t_lifecycle1 is None:  # kept as the checked path keeps it (Unknown..., extra keys)
        _v = decode_json(bytes(_v))
        if _v.__class__ is not dict and not isinstance(_v, dict):
            raise ModelParseError.wrong_type(["lifecycle"], "an object", _v)
        _tag_lifecycle3 = _v.get("status", _ABSENT)
        if _tag_lifecycle3 is _ABSENT:
            raise ModelParseError.missing(["lifecycle", "status"])
        if _tag_lifecycle3.__class__ is not str and not isinstance(_tag_lifecycle3, str):
            raise ModelParseError.wrong_type(["lifecycle", "status"], "a string", _tag_lifecycle3)
        try:
            if _tag_lifecycle3 == "pending":
                lifecycle_ = PendingStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle3 == "queued":
                lifecycle_ = QueuedStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle3 == "running":
                lifecycle_ = RunningStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle3 == "completed":
                lifecycle_ = CompletedStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle3 == "awaiting_review":
                lifecycle_ = AwaitingReviewStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle3 == "error":
                lifecycle_ = ErrorStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle3 == "skipped":
                lifecycle_ = SkippedStepLifecycle._from_dict(_v, _own)
            elif _tag_lifecycle3 == "cancelled":
                lifecycle_ = CancelledStepLifecycle._from_dict(_v, _own)
            else:  # a value this contract does not list: kept as it came
                lifecycle_ = UnknownLifecycle._from_dict(_v, _own)
        except ModelParseError as _e_lifecycle2:
            _e_lifecycle2.loc[:0] = ["lifecycle"]
            raise
    else:
        lifecycle_ = _BUILD_TAGGED[_t_lifecycle1.__class__](_t_lifecycle1)
    run_id_: str
    run_id_ = s.run_id
    started_at_: datetime.datetime | None
    started_at_text: str | None = None
    _v = s.started_at
    if _v is UNSET:
        started_at_ = None
        absent |= 1
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
        absent |= 2
    else:
        if _v is None:
            completed_at_ = None
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["completed_at"], "a date-time string", _v)
            completed_at_, completed_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if completed_at_ is None:
                raise ModelParseError(["completed_at"], "is not an RFC 3339 date-time", _v)
    model_: str | None
    _v = s.model
    if _v is UNSET:
        model_ = None
        absent |= 4
    else:
        model_ = _v
    loop_containers_: list[ContainerContextData]
    _v = s.loop_containers
    if _v is UNSET:
        loop_containers_ = []
        absent |= 8
    else:
        loop_containers_ = [build_container_context_data(_w_loop_containers1) for _w_loop_containers1 in _v]
    created_at_: datetime.datetime | None
    created_at_text: str | None = None
    _v = s.created_at
    if _v is UNSET:
        created_at_ = None
        absent |= 16
    else:
        if _v is None:
            created_at_ = None
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["created_at"], "a date-time string", _v)
            created_at_, created_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if created_at_ is None:
                raise ModelParseError(["created_at"], "is not an RFC 3339 date-time", _v)
    handle_inputs_: dict[str, PublicHandlePayload]
    _v = s.handle_inputs
    if _v is UNSET:
        handle_inputs_ = {}
        absent |= 32
    else:
        handle_inputs_ = {
            _k_handle_inputs2: build_public_handle_payload(_w_handle_inputs1)
            for _k_handle_inputs2, _w_handle_inputs1 in _v.items()
        }
    handle_outputs_: dict[str, PublicHandlePayload]
    _v = s.handle_outputs
    if _v is UNSET:
        handle_outputs_ = {}
        absent |= 64
    else:
        handle_outputs_ = {
            _k_handle_outputs2: build_public_handle_payload(_w_handle_outputs1)
            for _k_handle_outputs2, _w_handle_outputs1 in _v.items()
        }
    artifact_: StepArtifactRef | None
    _v = s.artifact
    if _v is UNSET:
        artifact_ = None
        absent |= 128
    else:
        artifact_ = None if _v is None else build_step_artifact_ref(_v)
    retry_count_: int
    _v = s.retry_count
    if _v is UNSET:
        retry_count_ = 0
        absent |= 256
    else:
        retry_count_ = _v
    obj = object.__new__(WorkflowStep)
    obj.block_id = block_id_
    obj.step_id = step_id_
    obj.block_type = block_type_
    obj.block_label = block_label_
    obj.lifecycle = lifecycle_
    obj.run_id = run_id_
    obj.started_at = started_at_
    obj.completed_at = completed_at_
    obj.model = model_
    obj.loop_containers = loop_containers_
    obj.created_at = created_at_
    obj.handle_inputs = handle_inputs_
    obj.handle_outputs = handle_outputs_
    obj.artifact = artifact_
    obj.retry_count = retry_count_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._started_at_text = started_at_text
    obj._completed_at_text = completed_at_text
    obj._created_at_text = created_at_text
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_workflow_step_list(s: Any) -> WorkflowStepList:
    data_: list[WorkflowStep]
    _v = s.data
    data_ = [build_workflow_step(_w_data1) for _w_data1 in _v]
    list_metadata_: ListMetadata
    _v = s.list_metadata
    list_metadata_ = build_list_metadata(_v)
    obj = object.__new__(WorkflowStepList)
    obj.data = data_
    obj.list_metadata = list_metadata_
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


def build_pending_run_tagged(s: Any) -> PendingRun:
    absent = 0
    status_: str = "pending"
    obj = object.__new__(PendingRun)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_running_run_tagged(s: Any) -> RunningRun:
    absent = 0
    status_: str = "running"
    obj = object.__new__(RunningRun)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_awaiting_review_run_tagged(s: Any) -> AwaitingReviewRun:
    absent = 0
    status_: str = "awaiting_review"
    waiting_for_block_ids_: list[str]
    _v = s.waiting_for_block_ids
    if _v is UNSET:
        waiting_for_block_ids_ = []
        absent |= 2
    else:
        waiting_for_block_ids_ = _v
    obj = object.__new__(AwaitingReviewRun)
    obj.status = status_
    obj.waiting_for_block_ids = waiting_for_block_ids_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_completed_terminal_tagged(s: Any) -> CompletedTerminal:
    absent = 0
    status_: str = "completed"
    obj = object.__new__(CompletedTerminal)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_error_terminal_tagged(s: Any) -> ErrorTerminal:
    absent = 0
    message_: str
    message_ = s.message
    status_: str = "error"
    stage_: ErrorStage | None
    _v = s.stage
    if _v is UNSET:
        stage_ = None
        absent |= 2
    else:
        stage_ = None if _v is None else (_ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v))
    category_: ErrorCategory | None
    _v = s.category
    if _v is UNSET:
        category_ = None
        absent |= 4
    else:
        category_ = None if _v is None else (_ErrorCategory_BY_VALUE.get(_v) or ErrorCategory(_v))
    details_: ErrorDetails | None
    _v = s.details
    if _v is UNSET:
        details_ = None
        absent |= 8
    else:
        details_ = None if _v is None else build_error_details(_v)
    failing_step_id_: str | None
    _v = s.failing_step_id
    if _v is UNSET:
        failing_step_id_ = None
        absent |= 16
    else:
        failing_step_id_ = _v
    obj = object.__new__(ErrorTerminal)
    obj.message = message_
    obj.status = status_
    obj.stage = stage_
    obj.category = category_
    obj.details = details_
    obj.failing_step_id = failing_step_id_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_cancelled_terminal_tagged(s: Any) -> CancelledTerminal:
    absent = 0
    status_: str = "cancelled"
    reason_: str | None
    _v = s.reason
    if _v is UNSET:
        reason_ = None
        absent |= 2
    else:
        reason_ = _v
    obj = object.__new__(CancelledTerminal)
    obj.status = status_
    obj.reason = reason_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_pending_step_lifecycle_tagged(s: Any) -> PendingStepLifecycle:
    absent = 0
    status_: str = "pending"
    obj = object.__new__(PendingStepLifecycle)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_queued_step_lifecycle_tagged(s: Any) -> QueuedStepLifecycle:
    absent = 0
    status_: str = "queued"
    obj = object.__new__(QueuedStepLifecycle)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_running_step_lifecycle_tagged(s: Any) -> RunningStepLifecycle:
    absent = 0
    status_: str = "running"
    obj = object.__new__(RunningStepLifecycle)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_completed_step_lifecycle_tagged(s: Any) -> CompletedStepLifecycle:
    absent = 0
    status_: str = "completed"
    obj = object.__new__(CompletedStepLifecycle)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_awaiting_review_step_lifecycle_tagged(s: Any) -> AwaitingReviewStepLifecycle:
    absent = 0
    status_: str = "awaiting_review"
    obj = object.__new__(AwaitingReviewStepLifecycle)
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_error_step_lifecycle_tagged(s: Any) -> ErrorStepLifecycle:
    absent = 0
    message_: str
    message_ = s.message
    status_: str = "error"
    stage_: ErrorStage | None
    _v = s.stage
    if _v is UNSET:
        stage_ = None
        absent |= 2
    else:
        stage_ = None if _v is None else (_ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v))
    category_: ErrorCategory | None
    _v = s.category
    if _v is UNSET:
        category_ = None
        absent |= 4
    else:
        category_ = None if _v is None else (_ErrorCategory_BY_VALUE.get(_v) or ErrorCategory(_v))
    details_: ErrorDetails | None
    _v = s.details
    if _v is UNSET:
        details_ = None
        absent |= 8
    else:
        details_ = None if _v is None else build_error_details(_v)
    obj = object.__new__(ErrorStepLifecycle)
    obj.message = message_
    obj.status = status_
    obj.stage = stage_
    obj.category = category_
    obj.details = details_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_skipped_step_lifecycle_tagged(s: Any) -> SkippedStepLifecycle:
    absent = 0
    reason_: str
    reason_ = s.reason
    status_: str = "skipped"
    obj = object.__new__(SkippedStepLifecycle)
    obj.reason = reason_
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_cancelled_step_lifecycle_tagged(s: Any) -> CancelledStepLifecycle:
    absent = 0
    reason_: str
    reason_ = s.reason
    status_: str = "cancelled"
    obj = object.__new__(CancelledStepLifecycle)
    obj.reason = reason_
    obj.status = status_
    obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


_BUILDERS: dict[str, tuple[type[Struct], Callable[[Any], Any]]] = {
    "AwaitingReviewRun": (AwaitingReviewRunStruct, build_awaiting_review_run),
    "AwaitingReviewStepLifecycle": (AwaitingReviewStepLifecycleStruct, build_awaiting_review_step_lifecycle),
    "CancelWorkflowRequest": (CancelWorkflowRequestStruct, build_cancel_workflow_request),
    "CancelWorkflowResponse": (CancelWorkflowResponseStruct, build_cancel_workflow_response),
    "CancelledStepLifecycle": (CancelledStepLifecycleStruct, build_cancelled_step_lifecycle),
    "CancelledTerminal": (CancelledTerminalStruct, build_cancelled_terminal),
    "CompletedStepLifecycle": (CompletedStepLifecycleStruct, build_completed_step_lifecycle),
    "CompletedTerminal": (CompletedTerminalStruct, build_completed_terminal),
    "ContainerContextData": (ContainerContextDataStruct, build_container_context_data),
    "CreateWorkflowRunRequest": (CreateWorkflowRunRequestStruct, build_create_workflow_run_request),
    "ErrorDetails": (ErrorDetailsStruct, build_error_details),
    "ErrorStepLifecycle": (ErrorStepLifecycleStruct, build_error_step_lifecycle),
    "ErrorTerminal": (ErrorTerminalStruct, build_error_terminal),
    "FileRef": (FileRefStruct, build_file_ref),
    "HTTPValidationError": (HTTPValidationErrorStruct, build_http_validation_error),
    "ListMetadata": (ListMetadataStruct, build_list_metadata),
    "MIMEData": (MIMEDataStruct, build_mime_data),
    "PendingRun": (PendingRunStruct, build_pending_run),
    "PendingStepLifecycle": (PendingStepLifecycleStruct, build_pending_step_lifecycle),
    "PublicHandlePayload": (PublicHandlePayloadStruct, build_public_handle_payload),
    "QueuedStepLifecycle": (QueuedStepLifecycleStruct, build_queued_step_lifecycle),
    "RunInputs": (RunInputsStruct, build_run_inputs),
    "RunTiming": (RunTimingStruct, build_run_timing),
    "RunningRun": (RunningRunStruct, build_running_run),
    "RunningStepLifecycle": (RunningStepLifecycleStruct, build_running_step_lifecycle),
    "SkippedStepLifecycle": (SkippedStepLifecycleStruct, build_skipped_step_lifecycle),
    "StepArtifactRef": (StepArtifactRefStruct, build_step_artifact_ref),
    "TriggerInfo": (TriggerInfoStruct, build_trigger_info),
    "ValidationErrorItem": (ValidationErrorItemStruct, build_validation_error_item),
    "WorkflowExportPayloadRequest": (WorkflowExportPayloadRequestStruct, build_workflow_export_payload_request),
    "WorkflowExportPayloadResponse": (WorkflowExportPayloadResponseStruct, build_workflow_export_payload_response),
    "WorkflowRun": (WorkflowRunStruct, build_workflow_run),
    "WorkflowRunList": (WorkflowRunListStruct, build_workflow_run_list),
    "WorkflowStep": (WorkflowStepStruct, build_workflow_step),
    "WorkflowStepList": (WorkflowStepListStruct, build_workflow_step_list),
    "ErrorResponse": (ErrorResponseStruct, build_error_response),
}
_BUILD_TAGGED: dict[type[Struct], Callable[[Any], Any]] = {
    PendingRunTaggedStruct: build_pending_run_tagged,
    RunningRunTaggedStruct: build_running_run_tagged,
    AwaitingReviewRunTaggedStruct: build_awaiting_review_run_tagged,
    CompletedTerminalTaggedStruct: build_completed_terminal_tagged,
    ErrorTerminalTaggedStruct: build_error_terminal_tagged,
    CancelledTerminalTaggedStruct: build_cancelled_terminal_tagged,
    PendingStepLifecycleTaggedStruct: build_pending_step_lifecycle_tagged,
    QueuedStepLifecycleTaggedStruct: build_queued_step_lifecycle_tagged,
    RunningStepLifecycleTaggedStruct: build_running_step_lifecycle_tagged,
    CompletedStepLifecycleTaggedStruct: build_completed_step_lifecycle_tagged,
    AwaitingReviewStepLifecycleTaggedStruct: build_awaiting_review_step_lifecycle_tagged,
    ErrorStepLifecycleTaggedStruct: build_error_step_lifecycle_tagged,
    SkippedStepLifecycleTaggedStruct: build_skipped_step_lifecycle_tagged,
    CancelledStepLifecycleTaggedStruct: build_cancelled_step_lifecycle_tagged,
}
_decode_WorkflowRun_lifecycle: Callable[[Any], Any] = msgspec.json.Decoder(
    PendingRunTaggedStruct
    | RunningRunTaggedStruct
    | AwaitingReviewRunTaggedStruct
    | CompletedTerminalTaggedStruct
    | ErrorTerminalTaggedStruct
    | CancelledTerminalTaggedStruct
).decode
_decode_WorkflowStep_lifecycle: Callable[[Any], Any] = msgspec.json.Decoder(
    PendingStepLifecycleTaggedStruct
    | QueuedStepLifecycleTaggedStruct
    | RunningStepLifecycleTaggedStruct
    | CompletedStepLifecycleTaggedStruct
    | AwaitingReviewStepLifecycleTaggedStruct
    | ErrorStepLifecycleTaggedStruct
    | SkippedStepLifecycleTaggedStruct
    | CancelledStepLifecycleTaggedStruct
).decode
_decoders: dict[Any, Callable[[Any], Any]] = {}
_PAGES: dict[str, tuple[type[Struct], Callable[[Any], Any], Callable[[Any], Any]]] = {
    "WorkflowRun": (WorkflowRunListStruct, build_workflow_run, build_list_metadata),
    "WorkflowStep": (WorkflowStepListStruct, build_workflow_step, build_list_metadata),
}
_PAGE_MODELS: dict[str, tuple[str, type[Any]]] = {
    "WorkflowRunList": ("WorkflowRun", WorkflowRunList),
    "WorkflowStepList": ("WorkflowStep", WorkflowStepList),
}


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
