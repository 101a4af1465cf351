"""The strict fast path of the models: wire Structs and a converter per model.

Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit. Loaded on the first
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
from msgspec import UNSET, Struct, UnsetType

from ..errors import ModelParseError
from ..types import _shared, decode_json, read_datetime, shared
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

__all__ = ["build_strict", "forget_learned", "learned_keys", "strict_page"]

MAX_NESTING = 200
_ABSENT: Any = object()  # what src.get returns for a key the payload lacks (checked-path statements)
_own = False  # the checked-path statements never empty what they read here
_shared_get = _shared.get  # shared()'s own dict: a C call where the value is there already
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
    obj = object.__new__(AwaitingReviewRun)
    _v = s.status
    if _v is UNSET:
        obj.status = "awaiting_review"
        absent |= 1
    else:
        obj.status = _v
    _v = s.waiting_for_block_ids
    if _v is UNSET:
        obj.waiting_for_block_ids = []
        absent |= 2
    else:
        obj.waiting_for_block_ids = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is AwaitingReviewRunStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_awaiting_review_step_lifecycle(s: Any) -> AwaitingReviewStepLifecycle:
    absent = 0
    obj = object.__new__(AwaitingReviewStepLifecycle)
    _v = s.status
    if _v is UNSET:
        obj.status = "awaiting_review"
        absent |= 1
    else:
        obj.status = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = (
        None if s.__class__ is AwaitingReviewStepLifecycleStruct else _learned_extras(s)
    )  # keys learned, see below
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


def build_cancelled_step_lifecycle(s: Any) -> CancelledStepLifecycle:
    absent = 0
    obj = object.__new__(CancelledStepLifecycle)
    obj.reason = s.reason
    _v = s.status
    if _v is UNSET:
        obj.status = "cancelled"
        absent |= 1
    else:
        obj.status = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is CancelledStepLifecycleStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_cancelled_terminal(s: Any) -> CancelledTerminal:
    absent = 0
    obj = object.__new__(CancelledTerminal)
    _v = s.status
    if _v is UNSET:
        obj.status = "cancelled"
        absent |= 1
    else:
        obj.status = _v
    _v = s.reason
    if _v is UNSET:
        obj.reason = None
        absent |= 2
    else:
        obj.reason = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is CancelledTerminalStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_completed_step_lifecycle(s: Any) -> CompletedStepLifecycle:
    absent = 0
    obj = object.__new__(CompletedStepLifecycle)
    _v = s.status
    if _v is UNSET:
        obj.status = "completed"
        absent |= 1
    else:
        obj.status = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is CompletedStepLifecycleStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_completed_terminal(s: Any) -> CompletedTerminal:
    absent = 0
    obj = object.__new__(CompletedTerminal)
    _v = s.status
    if _v is UNSET:
        obj.status = "completed"
        absent |= 1
    else:
        obj.status = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is CompletedTerminalStruct else _learned_extras(s)  # keys learned, see below
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


def build_create_workflow_run_request(s: Any) -> CreateWorkflowRunRequest:
    absent = 0
    obj = object.__new__(CreateWorkflowRunRequest)
    obj.workflow_id = s.workflow_id
    _v = s.documents
    if _v is UNSET:
        obj.documents = {}
        absent |= 1
    else:
        obj.documents = {_k_documents2: build_mime_data(_w_documents1) for _k_documents2, _w_documents1 in _v.items()}
    _v = s.json_inputs
    if _v is UNSET:
        obj.json_inputs = {}
        absent |= 2
    else:
        obj.json_inputs = _v
    _v = s.version
    if _v is UNSET:
        obj.version = "production"
        absent |= 4
    else:
        obj.version = _v
    _v = s.metadata
    if _v is UNSET:
        obj.metadata = None
        absent |= 8
    else:
        obj.metadata = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = (
        None if s.__class__ is CreateWorkflowRunRequestStruct else _learned_extras(s)
    )  # keys learned, see below
    return obj


def build_error_details(s: Any) -> ErrorDetails:
    absent = 0
    obj = object.__new__(ErrorDetails)
    _v = s.message
    if _v is UNSET:
        obj.message = None
        absent |= 1
    else:
        obj.message = _v
    _v = s.stack_trace
    if _v is UNSET:
        obj.stack_trace = None
        absent |= 2
    else:
        obj.stack_trace = _v
    _v = s.block_id
    if _v is UNSET:
        obj.block_id = None
        absent |= 4
    else:
        obj.block_id = _v
    _v = s.block_name
    if _v is UNSET:
        obj.block_name = None
        absent |= 8
    else:
        obj.block_name = _v
    _v = s.error_code
    if _v is UNSET:
        obj.error_code = None
        absent |= 16
    else:
        obj.error_code = _v
    _v = s.context
    if _v is UNSET:
        obj.context = None
        absent |= 32
    else:
        obj.context = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ErrorDetailsStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_error_step_lifecycle(s: Any) -> ErrorStepLifecycle:
    absent = 0
    obj = object.__new__(ErrorStepLifecycle)
    obj.message = s.message
    _v = s.status
    if _v is UNSET:
        obj.status = "error"
        absent |= 1
    else:
        obj.status = _v
    _v = s.stage
    if _v is UNSET:
        obj.stage = None
        absent |= 2
    else:
        obj.stage = None if _v is None else (_ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v))
    _v = s.category
    if _v is UNSET:
        obj.category = None
        absent |= 4
    else:
        obj.category = None if _v is None else (_ErrorCategory_BY_VALUE.get(_v) or ErrorCategory(_v))
    _v = s.details
    if _v is UNSET:
        obj.details = None
        absent |= 8
    else:
        obj.details = None if _v is None else build_error_details(_v)
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ErrorStepLifecycleStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_error_terminal(s: Any) -> ErrorTerminal:
    absent = 0
    obj = object.__new__(ErrorTerminal)
    obj.message = s.message
    _v = s.status
    if _v is UNSET:
        obj.status = "error"
        absent |= 1
    else:
        obj.status = _v
    _v = s.stage
    if _v is UNSET:
        obj.stage = None
        absent |= 2
    else:
        obj.stage = None if _v is None else (_ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v))
    _v = s.category
    if _v is UNSET:
        obj.category = None
        absent |= 4
    else:
        obj.category = None if _v is None else (_ErrorCategory_BY_VALUE.get(_v) or ErrorCategory(_v))
    _v = s.details
    if _v is UNSET:
        obj.details = None
        absent |= 8
    else:
        obj.details = None if _v is None else build_error_details(_v)
    _v = s.failing_step_id
    if _v is UNSET:
        obj.failing_step_id = None
        absent |= 16
    else:
        obj.failing_step_id = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ErrorTerminalStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_file_ref(s: Any) -> FileRef:
    obj = object.__new__(FileRef)
    obj.id = s.id
    obj.filename = s.filename
    obj.mime_type = s.mime_type
    obj._extra = None if s.__class__ is FileRefStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_http_validation_error(s: Any) -> HTTPValidationError:
    absent = 0
    obj = object.__new__(HTTPValidationError)
    _v = s.detail
    if _v is UNSET:
        obj.detail = []
        absent |= 1
    else:
        obj.detail = [build_validation_error_item(_w_detail1) for _w_detail1 in _v]
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is HTTPValidationErrorStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_list_metadata(s: Any) -> ListMetadata:
    obj = object.__new__(ListMetadata)
    obj.before = s.before
    obj.after = s.after
    obj._extra = None if s.__class__ is ListMetadataStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_mime_data(s: Any) -> MIMEData:
    obj = object.__new__(MIMEData)
    obj.filename = s.filename
    obj.url = s.url
    obj._extra = None if s.__class__ is MIMEDataStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_pending_run(s: Any) -> PendingRun:
    absent = 0
    obj = object.__new__(PendingRun)
    _v = s.status
    if _v is UNSET:
        obj.status = "pending"
        absent |= 1
    else:
        obj.status = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is PendingRunStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_pending_step_lifecycle(s: Any) -> PendingStepLifecycle:
    absent = 0
    obj = object.__new__(PendingStepLifecycle)
    _v = s.status
    if _v is UNSET:
        obj.status = "pending"
        absent |= 1
    else:
        obj.status = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is PendingStepLifecycleStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_public_handle_payload(s: Any) -> PublicHandlePayload:
    absent = 0
    obj = object.__new__(PublicHandlePayload)
    _v = s.type
    obj.type = _HandlePayloadType_BY_VALUE.get(_v) or HandlePayloadType(_v)
    _v = s.document
    if _v is UNSET:
        obj.document = None
        absent |= 1
    else:
        obj.document = None if _v is None else build_file_ref(_v)
    _v = s.data
    if _v is UNSET:
        obj.data = None
        absent |= 2
    else:
        obj.data = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is PublicHandlePayloadStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_queued_step_lifecycle(s: Any) -> QueuedStepLifecycle:
    absent = 0
    obj = object.__new__(QueuedStepLifecycle)
    _v = s.status
    if _v is UNSET:
        obj.status = "queued"
        absent |= 1
    else:
        obj.status = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is QueuedStepLifecycleStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_run_inputs(s: Any) -> RunInputs:
    absent = 0
    obj = object.__new__(RunInputs)
    _v = s.documents
    if _v is UNSET:
        obj.documents = {}
        absent |= 1
    else:
        obj.documents = {_k_documents2: build_file_ref(_w_documents1) for _k_documents2, _w_documents1 in _v.items()}
    _v = s.json_data
    if _v is UNSET:
        obj.json_data = {}
        absent |= 2
    else:
        obj.json_data = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is RunInputsStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_run_timing(s: Any) -> RunTiming:
    absent = 0
    obj = object.__new__(RunTiming)
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
    obj.created_at = created_at_
    obj._created_at_text = created_at_text
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
    obj.started_at = started_at_
    obj._started_at_text = started_at_text
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
    obj.completed_at = completed_at_
    obj._completed_at_text = completed_at_text
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is RunTimingStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_running_run(s: Any) -> RunningRun:
    absent = 0
    obj = object.__new__(RunningRun)
    _v = s.status
    if _v is UNSET:
        obj.status = "running"
        absent |= 1
    else:
        obj.status = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is RunningRunStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_running_step_lifecycle(s: Any) -> RunningStepLifecycle:
    absent = 0
    obj = object.__new__(RunningStepLifecycle)
    _v = s.status
    if _v is UNSET:
        obj.status = "running"
        absent |= 1
    else:
        obj.status = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is RunningStepLifecycleStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_skipped_step_lifecycle(s: Any) -> SkippedStepLifecycle:
    absent = 0
    obj = object.__new__(SkippedStepLifecycle)
    obj.reason = s.reason
    _v = s.status
    if _v is UNSET:
        obj.status = "skipped"
        absent |= 1
    else:
        obj.status = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is SkippedStepLifecycleStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_step_artifact_ref(s: Any) -> StepArtifactRef:
    obj = object.__new__(StepArtifactRef)
    _v = s.operation
    obj.operation = _ArtifactOperation_BY_VALUE.get(_v) or ArtifactOperation(_v)
    obj.id = s.id
    obj._extra = None if s.__class__ is StepArtifactRefStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_trigger_info(s: Any) -> TriggerInfo:
    obj = object.__new__(TriggerInfo)
    _v = s.type
    obj.type = _TriggerType_BY_VALUE.get(_v) or TriggerType(_v)
    obj._extra = None if s.__class__ is TriggerInfoStruct else _learned_extras(s)  # keys learned, see below
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
        obj.ctx = {}
        absent |= 2
    else:
        obj.ctx = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is ValidationErrorItemStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_workflow_export_payload_request(s: Any) -> WorkflowExportPayloadRequest:
    absent = 0
    obj = object.__new__(WorkflowExportPayloadRequest)
    obj.workflow_id = s.workflow_id
    obj.block_id = s.block_id
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
    _v = s.trigger_type
    if _v is UNSET:
        obj.trigger_type = None
        absent |= 128
    else:
        obj.trigger_type = None if _v is None else (_TriggerTypeFilter_BY_VALUE.get(_v) or TriggerTypeFilter(_v))
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


def build_workflow_run(s: Any) -> WorkflowRun:
    absent = 0
    obj = object.__new__(WorkflowRun)
    obj.id = s.id
    obj.workflow_id = s.workflow_id
    obj.workflow_version_id = s.workflow_version_id
    _v = s.trigger
    obj.trigger = build_trigger_info(_v)
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
    obj.lifecycle = lifecycle_
    _v = s.timing
    obj.timing = build_run_timing(_v)
    _v = s.inputs
    if _v is UNSET:
        obj.inputs = None
        absent |= 1
    else:
        obj.inputs = build_run_inputs(_v)
    _v = s.metadata
    if _v is UNSET:
        obj.metadata = None
        absent |= 2
    else:
        obj.metadata = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is WorkflowRunStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_workflow_run_list(s: Any) -> WorkflowRunList:
    obj = object.__new__(WorkflowRunList)
    _v = s.data
    obj.data = [build_workflow_run(_w_data1) for _w_data1 in _v]
    _v = s.list_metadata
    obj.list_metadata = build_list_metadata(_v)
    obj._extra = None if s.__class__ is WorkflowRunListStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_workflow_step(s: Any) -> WorkflowStep:
    absent = 0
    obj = object.__new__(WorkflowStep)
    obj.block_id = s.block_id
    obj.step_id = s.step_id
    _v = s.block_type
    obj.block_type = _BlockType_BY_VALUE.get(_v) or BlockType(_v)
    obj.block_label = s.block_label
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
    obj.lifecycle = lifecycle_
    obj.run_id = s.run_id
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
    obj.started_at = started_at_
    obj._started_at_text = started_at_text
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
    obj.completed_at = completed_at_
    obj._completed_at_text = completed_at_text
    _v = s.model
    if _v is UNSET:
        obj.model = None
        absent |= 4
    else:
        obj.model = _v
    _v = s.loop_containers
    if _v is UNSET:
        obj.loop_containers = []
        absent |= 8
    else:
        obj.loop_containers = [build_container_context_data(_w_loop_containers1) for _w_loop_containers1 in _v]
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
    obj.created_at = created_at_
    obj._created_at_text = created_at_text
    _v = s.handle_inputs
    if _v is UNSET:
        obj.handle_inputs = {}
        absent |= 32
    else:
        obj.handle_inputs = {
            _k_handle_inputs2: build_public_handle_payload(_w_handle_inputs1)
            for _k_handle_inputs2, _w_handle_inputs1 in _v.items()
        }
    _v = s.handle_outputs
    if _v is UNSET:
        obj.handle_outputs = {}
        absent |= 64
    else:
        obj.handle_outputs = {
            _k_handle_outputs2: build_public_handle_payload(_w_handle_outputs1)
            for _k_handle_outputs2, _w_handle_outputs1 in _v.items()
        }
    _v = s.artifact
    if _v is UNSET:
        obj.artifact = None
        absent |= 128
    else:
        obj.artifact = None if _v is None else build_step_artifact_ref(_v)
    _v = s.retry_count
    if _v is UNSET:
        obj.retry_count = 0
        absent |= 256
    else:
        obj.retry_count = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None if s.__class__ is WorkflowStepStruct else _learned_extras(s)  # keys learned, see below
    return obj


def build_workflow_step_list(s: Any) -> WorkflowStepList:
    obj = object.__new__(WorkflowStepList)
    _v = s.data
    obj.data = [build_workflow_step(_w_data1) for _w_data1 in _v]
    _v = s.list_metadata
    obj.list_metadata = build_list_metadata(_v)
    obj._extra = None if s.__class__ is WorkflowStepListStruct else _learned_extras(s)  # keys learned, see below
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


def build_pending_run_tagged(s: Any) -> PendingRun:
    absent = 0
    obj = object.__new__(PendingRun)
    obj.status = "pending"
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_running_run_tagged(s: Any) -> RunningRun:
    absent = 0
    obj = object.__new__(RunningRun)
    obj.status = "running"
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_awaiting_review_run_tagged(s: Any) -> AwaitingReviewRun:
    absent = 0
    obj = object.__new__(AwaitingReviewRun)
    obj.status = "awaiting_review"
    _v = s.waiting_for_block_ids
    if _v is UNSET:
        obj.waiting_for_block_ids = []
        absent |= 2
    else:
        obj.waiting_for_block_ids = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_completed_terminal_tagged(s: Any) -> CompletedTerminal:
    absent = 0
    obj = object.__new__(CompletedTerminal)
    obj.status = "completed"
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_error_terminal_tagged(s: Any) -> ErrorTerminal:
    absent = 0
    obj = object.__new__(ErrorTerminal)
    obj.message = s.message
    obj.status = "error"
    _v = s.stage
    if _v is UNSET:
        obj.stage = None
        absent |= 2
    else:
        obj.stage = None if _v is None else (_ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v))
    _v = s.category
    if _v is UNSET:
        obj.category = None
        absent |= 4
    else:
        obj.category = None if _v is None else (_ErrorCategory_BY_VALUE.get(_v) or ErrorCategory(_v))
    _v = s.details
    if _v is UNSET:
        obj.details = None
        absent |= 8
    else:
        obj.details = None if _v is None else build_error_details(_v)
    _v = s.failing_step_id
    if _v is UNSET:
        obj.failing_step_id = None
        absent |= 16
    else:
        obj.failing_step_id = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_cancelled_terminal_tagged(s: Any) -> CancelledTerminal:
    absent = 0
    obj = object.__new__(CancelledTerminal)
    obj.status = "cancelled"
    _v = s.reason
    if _v is UNSET:
        obj.reason = None
        absent |= 2
    else:
        obj.reason = _v
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_pending_step_lifecycle_tagged(s: Any) -> PendingStepLifecycle:
    absent = 0
    obj = object.__new__(PendingStepLifecycle)
    obj.status = "pending"
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_queued_step_lifecycle_tagged(s: Any) -> QueuedStepLifecycle:
    absent = 0
    obj = object.__new__(QueuedStepLifecycle)
    obj.status = "queued"
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_running_step_lifecycle_tagged(s: Any) -> RunningStepLifecycle:
    absent = 0
    obj = object.__new__(RunningStepLifecycle)
    obj.status = "running"
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_completed_step_lifecycle_tagged(s: Any) -> CompletedStepLifecycle:
    absent = 0
    obj = object.__new__(CompletedStepLifecycle)
    obj.status = "completed"
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_awaiting_review_step_lifecycle_tagged(s: Any) -> AwaitingReviewStepLifecycle:
    absent = 0
    obj = object.__new__(AwaitingReviewStepLifecycle)
    obj.status = "awaiting_review"
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_error_step_lifecycle_tagged(s: Any) -> ErrorStepLifecycle:
    absent = 0
    obj = object.__new__(ErrorStepLifecycle)
    obj.message = s.message
    obj.status = "error"
    _v = s.stage
    if _v is UNSET:
        obj.stage = None
        absent |= 2
    else:
        obj.stage = None if _v is None else (_ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v))
    _v = s.category
    if _v is UNSET:
        obj.category = None
        absent |= 4
    else:
        obj.category = None if _v is None else (_ErrorCategory_BY_VALUE.get(_v) or ErrorCategory(_v))
    _v = s.details
    if _v is UNSET:
        obj.details = None
        absent |= 8
    else:
        obj.details = None if _v is None else build_error_details(_v)
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_skipped_step_lifecycle_tagged(s: Any) -> SkippedStepLifecycle:
    absent = 0
    obj = object.__new__(SkippedStepLifecycle)
    obj.reason = s.reason
    obj.status = "skipped"
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
    obj._extra = None  # the Structs forbid keys the spec does not name
    return obj


def build_cancelled_step_lifecycle_tagged(s: Any) -> CancelledStepLifecycle:
    absent = 0
    obj = object.__new__(CancelledStepLifecycle)
    obj.reason = s.reason
    obj.status = "cancelled"
    obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))  # small ints are shared already
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
_LEARNABLE: frozenset[type[Struct]] = frozenset(
    [  # the Structs that learn keys (no page, no variant)
        AwaitingReviewRunStruct,
        AwaitingReviewStepLifecycleStruct,
        CancelWorkflowRequestStruct,
        CancelWorkflowResponseStruct,
        CancelledStepLifecycleStruct,
        CancelledTerminalStruct,
        CompletedStepLifecycleStruct,
        CompletedTerminalStruct,
        ContainerContextDataStruct,
        CreateWorkflowRunRequestStruct,
        ErrorDetailsStruct,
        ErrorStepLifecycleStruct,
        ErrorTerminalStruct,
        FileRefStruct,
        HTTPValidationErrorStruct,
        ListMetadataStruct,
        MIMEDataStruct,
        PendingRunStruct,
        PendingStepLifecycleStruct,
        PublicHandlePayloadStruct,
        QueuedStepLifecycleStruct,
        RunInputsStruct,
        RunTimingStruct,
        RunningRunStruct,
        RunningStepLifecycleStruct,
        SkippedStepLifecycleStruct,
        StepArtifactRefStruct,
        TriggerInfoStruct,
        ValidationErrorItemStruct,
        WorkflowExportPayloadRequestStruct,
        WorkflowExportPayloadResponseStruct,
        WorkflowRunStruct,
        WorkflowStepStruct,
        ErrorResponseStruct,
    ]
)
_LEARNABLE_OR_HOLDING: frozenset[type[Struct]] = _LEARNABLE | frozenset(
    [
        WorkflowRunListStruct,
        WorkflowStepListStruct,
    ]
)
_UNLEARNABLE: dict[type[Struct], frozenset[str]] = {  # x-newer-shape, x-retab-eras: the checked path's
    WorkflowRunStruct: frozenset(["lifecycle", "status", "workflow", "workflow_id"]),
}
_PAGES: dict[str, tuple[type[Struct], Callable[[Any], Any], Callable[[Any], Any]]] = {
    "WorkflowRun": (WorkflowRunListStruct, build_workflow_run, build_list_metadata),
    "WorkflowStep": (WorkflowStepListStruct, build_workflow_step, build_list_metadata),
}
_PAGE_MODELS: dict[str, tuple[str, type[Any]]] = {
    "WorkflowRunList": ("WorkflowRun", WorkflowRunList),
    "WorkflowStepList": ("WorkflowStep", WorkflowStepList),
}


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
