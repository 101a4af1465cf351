"""The WorkflowRun model. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ModelParseError, ModelTypeError
from ..types import (
    decode_json,
    encode_json,
    extras_key,
    format_datetime,
    gc_paused,
    model_repr,
    read_datetime,
    shared,
)
from .active_resume import ActiveResume
from .base_mime_data import BaseMIMEData
from .error_details import ErrorDetails
from .error_stage import ErrorStage
from .execution_phase import ExecutionPhase
from .final_node_output import FinalNodeOutput
from .hil_signal_state import HILSignalState
from .resume_queue_item import ResumeQueueItem
from .run_cost_summary import RunCostSummary
from .run_resume_status import RunResumeStatus
from .run_status import RunStatus
from .step_status_summary import StepStatusSummary
from .trace_span import TraceSpan
from .trigger_type import TriggerType

if TYPE_CHECKING:
    from typing_extensions import Self


def _decode_json(data: str | bytes | bytearray) -> Any:
    try:
        return decode_json(data)
    except (ValueError, RecursionError) as exc:
        raise ModelParseError([], f"is not JSON: {exc}") from None


_ABSENT: Any = object()  # what src.get returns for a key the payload lacks

_FIELDS = frozenset(
    {
        "workflow_id",
        "workflow_name",
        "organization_id",
        "config_snapshot_id",
        "id",
        "dataset_id",
        "status",
        "execution_phase",
        "trigger_type",
        "trigger_email",
        "started_at",
        "completed_at",
        "duration_ms",
        "human_waiting_started_at",
        "human_waiting_duration_ms",
        "steps",
        "input_documents",
        "input_json_data",
        "input_text_data",
        "final_outputs",
        "error",
        "error_stage",
        "error_details",
        "cost_summary",
        "trace_spans",
        "cancel_signal_error",
        "cancel_signal_failed_at",
        "cancel_native_error",
        "cancel_confirmation_error",
        "cancel_confirmation_pending",
        "cancel_requested_at",
        "created_at",
        "updated_at",
        "waiting_for_node_ids",
        "pending_node_outputs",
        "dag_snapshot",
        "executed_node_ids",
        "parallel_completion_counters",
        "resume_queue",
        "active_resume",
        "run_resume_status",
        "hil_signal_states",
    }
)
_ErrorStage_BY_VALUE: dict[str, ErrorStage] = {member.value: member for member in ErrorStage}
_ExecutionPhase_BY_VALUE: dict[str, ExecutionPhase] = {member.value: member for member in ExecutionPhase}
_RunResumeStatus_BY_VALUE: dict[str, RunResumeStatus] = {member.value: member for member in RunResumeStatus}
_RunStatus_BY_VALUE: dict[str, RunStatus] = {member.value: member for member in RunStatus}
_TriggerType_BY_VALUE: dict[str, TriggerType] = {member.value: member for member in TriggerType}


@_attrs_define(repr=False)
class WorkflowRun:
    """One execution of a workflow, as stored by Retab.

    Holds the run's status and timings, one summary per step, the inputs it was
    started with, the outputs of its end nodes, costs, an execution trace, and the
    bookkeeping for human-in-the-loop review. Full step payloads are not part of
    this record.

    Keys the spec does not name are kept in ``additional_properties`` and written
    back by ``to_dict``; enum values this client does not know are kept as well.

    Attributes:
        workflow_id (str): Id of the workflow this run executes.
        workflow_name (str): Name the workflow had when the run started.
        organization_id (str): Organisation the run belongs to.
        config_snapshot_id (str): Id of the frozen workflow configuration the run executes.
        id (str | None): Id of the run. Always filled in by the server.
        dataset_id (str | None): Dataset the run was started for, for manual runs over a dataset.
        status (RunStatus): Where the run is in its life.
        execution_phase (ExecutionPhase | None): How far dispatching the run to workers has got.
        trigger_type (TriggerType): What started the run.
        trigger_email (str | None): Address of the sender, when an email started the run.
        started_at (datetime.datetime | None): When the run started. Always filled in by the server.
        completed_at (datetime.datetime | None): When the run ended, if it has.
        duration_ms (int | None): Wall-clock length of the run in milliseconds, once it has ended.
        human_waiting_started_at (datetime.datetime | None): Start of the current wait for a human reviewer, if the run is waiting.
        human_waiting_duration_ms (int): Total time in milliseconds the run has spent waiting for reviewers.
        steps (list[StepStatusSummary]): A status summary for each step that has been scheduled.
        input_documents (dict[str, BaseMIMEData] | None): Document given to each start node, keyed by node id.
        input_json_data (dict[str, dict[str, Any]] | None): JSON object given to each JSON start node, keyed by node id.
        input_text_data (dict[str, str] | None): Text given to each text start node, keyed by node id.
        final_outputs (dict[str, FinalNodeOutput | dict[str, Any] | list[Any] | str | int | float | bool | None] | None): What each end node produced, keyed by end node id. A value may be any JSON value: an
            object that fits `FinalNodeOutput` is read as one, anything else (null, a string, an
            object of another shape) is kept as it came.
        error (str | None): Why the run failed, if it did.
        error_stage (ErrorStage | None): The stage of run execution that failed.
        error_details (ErrorDetails | dict[str, Any] | None): Debugging detail for a failure. An object that fits `ErrorDetails` is read as one; any
            other object (e.g. a numeric `error_code`) is kept as it came.
        cost_summary (RunCostSummary | None): What the run has cost so far, in total and per model.
        trace_spans (list[TraceSpan] | None): Tree of timed spans recording what the run did.
        cancel_signal_error (str | None): Most recent error while signalling a cancellation.
        cancel_signal_failed_at (datetime.datetime | None): When signalling a cancellation last failed.
        cancel_native_error (str | None): Error from the workflow engine's own cancellation, if any.
        cancel_confirmation_error (str | None): Error while confirming that a cancellation took effect.
        cancel_confirmation_pending (bool): True while a cancellation has been asked for but not yet confirmed.
        cancel_requested_at (datetime.datetime | None): When a cancellation was last asked for.
        created_at (datetime.datetime | None): When the record was created. Always filled in by the server.
        updated_at (datetime.datetime | None): When the record last changed. Always filled in by the server.
        waiting_for_node_ids (list[str]): Ids of the review nodes the run is waiting on.
        pending_node_outputs (dict[str, Any] | None): Server-side state to resume from after review. No published schema.
        dag_snapshot (dict[str, Any] | None): Server-side snapshot of the execution graph. No published schema.
        executed_node_ids (list[str]): Ids of the nodes that have finished executing, each listed once.
        parallel_completion_counters (dict[str, int]): Deprecated. Count of completed items per parallel container; the server no longer relies
            on it.
        resume_queue (list[ResumeQueueItem]): Review decisions waiting to be applied, oldest first, one at a time.
        active_resume (ActiveResume | None): The review decision being applied right now, if any.
        run_resume_status (RunResumeStatus): Overall state of applying review decisions to the run.
        hil_signal_states (dict[str, HILSignalState]): Delivery state of the review signal for each review node, keyed by node id.
    """

    workflow_id: str
    workflow_name: str
    organization_id: str
    config_snapshot_id: str
    id: str | None = None
    dataset_id: str | None = None
    status: RunStatus = RunStatus.PENDING
    execution_phase: ExecutionPhase | None = None
    trigger_type: TriggerType = TriggerType.MANUAL
    trigger_email: str | None = None
    started_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    duration_ms: int | None = None
    human_waiting_started_at: datetime.datetime | None = None
    human_waiting_duration_ms: int = 0
    steps: list[StepStatusSummary] = _attrs_field(factory=list)
    input_documents: dict[str, BaseMIMEData] | None = None
    input_json_data: dict[str, dict[str, Any]] | None = None
    input_text_data: dict[str, str] | None = None
    final_outputs: dict[str, FinalNodeOutput | dict[str, Any] | list[Any] | str | int | float | bool | None] | None = (
        None
    )
    error: str | None = None
    error_stage: ErrorStage | None = None
    error_details: ErrorDetails | dict[str, Any] | None = None
    cost_summary: RunCostSummary | None = None
    trace_spans: list[TraceSpan] | None = None
    cancel_signal_error: str | None = None
    cancel_signal_failed_at: datetime.datetime | None = None
    cancel_native_error: str | None = None
    cancel_confirmation_error: str | None = None
    cancel_confirmation_pending: bool = False
    cancel_requested_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    waiting_for_node_ids: list[str] = _attrs_field(factory=list)
    pending_node_outputs: dict[str, Any] | None = None
    dag_snapshot: dict[str, Any] | None = None
    executed_node_ids: list[str] = _attrs_field(factory=list)
    parallel_completion_counters: dict[str, int] = _attrs_field(factory=dict, metadata={"deprecated": True})
    resume_queue: list[ResumeQueueItem] = _attrs_field(factory=list)
    active_resume: ActiveResume | None = None
    run_resume_status: RunResumeStatus = RunResumeStatus.IDLE
    hil_signal_states: dict[str, HILSignalState] = _attrs_field(factory=dict)
    # Extra keys live in a dict made only when there are some: most objects have none, and an
    # empty dict per object would cost a sixth of a parsed run's memory. None equals {} here.
    # In __init__ (keyword only) so that attrs.evolve carries them, as it does what follows.
    _extra: dict[str, Any] | None = _attrs_field(
        default=None, repr=False, eq=extras_key, kw_only=True, alias="additional_properties"
    )
    # One bit per optional field, set when the payload lacked the key, so that to_dict leaves
    # it out again. Built in code, a None that could be null counts as absent until set.
    _absent: int = _attrs_field(default=37681623978, repr=False, eq=False, kw_only=True, alias="_absent")
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _started_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_started_at_text"
    )
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _completed_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_completed_at_text"
    )
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _human_waiting_started_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_human_waiting_started_at_text"
    )
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _cancel_signal_failed_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_cancel_signal_failed_at_text"
    )
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _cancel_requested_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_cancel_requested_at_text"
    )
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _created_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_created_at_text"
    )
    # The date-time as read, when format_datetime would write it otherwise (see datetime_text).
    _updated_at_text: str | None = _attrs_field(
        default=None, repr=False, eq=False, kw_only=True, alias="_updated_at_text"
    )

    def __attrs_post_init__(self) -> None:
        # Only a model built in code (or by attrs.evolve) gets here: refuse a wrong type now,
        # not when to_dict meets it. Parsing fills slots directly and never comes here.
        if not isinstance(self.workflow_id, str):
            raise ModelTypeError.field("workflow_id", "str", self.workflow_id)
        if not isinstance(self.workflow_name, str):
            raise ModelTypeError.field("workflow_name", "str", self.workflow_name)
        if not isinstance(self.organization_id, str):
            raise ModelTypeError.field("organization_id", "str", self.organization_id)
        if not isinstance(self.config_snapshot_id, str):
            raise ModelTypeError.field("config_snapshot_id", "str", self.config_snapshot_id)
        if not (self.id is None or isinstance(self.id, str)):
            raise ModelTypeError.field("id", "str | None", self.id)
        if not (self.dataset_id is None or isinstance(self.dataset_id, str)):
            raise ModelTypeError.field("dataset_id", "str | None", self.dataset_id)
        if not isinstance(self.status, RunStatus):
            raise ModelTypeError.field("status", "RunStatus", self.status)
        if not (self.execution_phase is None or isinstance(self.execution_phase, ExecutionPhase)):
            raise ModelTypeError.field("execution_phase", "ExecutionPhase | None", self.execution_phase)
        if not isinstance(self.trigger_type, TriggerType):
            raise ModelTypeError.field("trigger_type", "TriggerType", self.trigger_type)
        if not (self.trigger_email is None or isinstance(self.trigger_email, str)):
            raise ModelTypeError.field("trigger_email", "str | None", self.trigger_email)
        if not (self.started_at is None or isinstance(self.started_at, datetime.datetime)):
            raise ModelTypeError.field("started_at", "datetime.datetime | None", self.started_at)
        if not (self.completed_at is None or isinstance(self.completed_at, datetime.datetime)):
            raise ModelTypeError.field("completed_at", "datetime.datetime | None", self.completed_at)
        if not (
            self.duration_ms is None or (isinstance(self.duration_ms, int) and not isinstance(self.duration_ms, bool))
        ):
            raise ModelTypeError.field("duration_ms", "int | None", self.duration_ms)
        if not (self.human_waiting_started_at is None or isinstance(self.human_waiting_started_at, datetime.datetime)):
            raise ModelTypeError.field(
                "human_waiting_started_at", "datetime.datetime | None", self.human_waiting_started_at
            )
        if not (
            isinstance(self.human_waiting_duration_ms, int) and not isinstance(self.human_waiting_duration_ms, bool)
        ):
            raise ModelTypeError.field("human_waiting_duration_ms", "int", self.human_waiting_duration_ms)
        if not (isinstance(self.steps, list) and all(isinstance(_x0, StepStatusSummary) for _x0 in self.steps)):
            raise ModelTypeError.field("steps", "list[StepStatusSummary]", self.steps)
        if not (
            self.input_documents is None
            or (
                isinstance(self.input_documents, dict)
                and all(isinstance(_x0, BaseMIMEData) for _x0 in self.input_documents.values())
            )
        ):
            raise ModelTypeError.field("input_documents", "dict[str, BaseMIMEData] | None", self.input_documents)
        if not (
            self.input_json_data is None
            or (
                isinstance(self.input_json_data, dict)
                and all(isinstance(_x0, dict) for _x0 in self.input_json_data.values())
            )
        ):
            raise ModelTypeError.field("input_json_data", "dict[str, dict[str, Any]] | None", self.input_json_data)
        if not (
            self.input_text_data is None
            or (
                isinstance(self.input_text_data, dict)
                and all(isinstance(_x0, str) for _x0 in self.input_text_data.values())
            )
        ):
            raise ModelTypeError.field("input_text_data", "dict[str, str] | None", self.input_text_data)
        if not (self.final_outputs is None or isinstance(self.final_outputs, dict)):
            raise ModelTypeError.field(
                "final_outputs",
                "dict[str, FinalNodeOutput | dict[str, Any] | list[Any] | str | int | float | bool | None] | None",
                self.final_outputs,
            )
        if not (self.error is None or isinstance(self.error, str)):
            raise ModelTypeError.field("error", "str | None", self.error)
        if not (self.error_stage is None or isinstance(self.error_stage, ErrorStage)):
            raise ModelTypeError.field("error_stage", "ErrorStage | None", self.error_stage)
        if not (
            self.error_details is None
            or (isinstance(self.error_details, ErrorDetails) or isinstance(self.error_details, dict))
        ):
            raise ModelTypeError.field("error_details", "ErrorDetails | dict[str, Any] | None", self.error_details)
        if not (self.cost_summary is None or isinstance(self.cost_summary, RunCostSummary)):
            raise ModelTypeError.field("cost_summary", "RunCostSummary | None", self.cost_summary)
        if not (
            self.trace_spans is None
            or (isinstance(self.trace_spans, list) and all(isinstance(_x0, TraceSpan) for _x0 in self.trace_spans))
        ):
            raise ModelTypeError.field("trace_spans", "list[TraceSpan] | None", self.trace_spans)
        if not (self.cancel_signal_error is None or isinstance(self.cancel_signal_error, str)):
            raise ModelTypeError.field("cancel_signal_error", "str | None", self.cancel_signal_error)
        if not (self.cancel_signal_failed_at is None or isinstance(self.cancel_signal_failed_at, datetime.datetime)):
            raise ModelTypeError.field(
                "cancel_signal_failed_at", "datetime.datetime | None", self.cancel_signal_failed_at
            )
        if not (self.cancel_native_error is None or isinstance(self.cancel_native_error, str)):
            raise ModelTypeError.field("cancel_native_error", "str | None", self.cancel_native_error)
        if not (self.cancel_confirmation_error is None or isinstance(self.cancel_confirmation_error, str)):
            raise ModelTypeError.field("cancel_confirmation_error", "str | None", self.cancel_confirmation_error)
        if not isinstance(self.cancel_confirmation_pending, bool):
            raise ModelTypeError.field("cancel_confirmation_pending", "bool", self.cancel_confirmation_pending)
        if not (self.cancel_requested_at is None or isinstance(self.cancel_requested_at, datetime.datetime)):
            raise ModelTypeError.field("cancel_requested_at", "datetime.datetime | None", self.cancel_requested_at)
        if not (self.created_at is None or isinstance(self.created_at, datetime.datetime)):
            raise ModelTypeError.field("created_at", "datetime.datetime | None", self.created_at)
        if not (self.updated_at is None or isinstance(self.updated_at, datetime.datetime)):
            raise ModelTypeError.field("updated_at", "datetime.datetime | None", self.updated_at)
        if not (
            isinstance(self.waiting_for_node_ids, list)
            and all(isinstance(_x0, str) for _x0 in self.waiting_for_node_ids)
        ):
            raise ModelTypeError.field("waiting_for_node_ids", "list[str]", self.waiting_for_node_ids)
        if not (self.pending_node_outputs is None or isinstance(self.pending_node_outputs, dict)):
            raise ModelTypeError.field("pending_node_outputs", "dict[str, Any] | None", self.pending_node_outputs)
        if not (self.dag_snapshot is None or isinstance(self.dag_snapshot, dict)):
            raise ModelTypeError.field("dag_snapshot", "dict[str, Any] | None", self.dag_snapshot)
        if not (
            isinstance(self.executed_node_ids, list) and all(isinstance(_x0, str) for _x0 in self.executed_node_ids)
        ):
            raise ModelTypeError.field("executed_node_ids", "list[str]", self.executed_node_ids)
        if not (
            isinstance(self.parallel_completion_counters, dict)
            and all(
                (isinstance(_x0, int) and not isinstance(_x0, bool))
                for _x0 in self.parallel_completion_counters.values()
            )
        ):
            raise ModelTypeError.field(
                "parallel_completion_counters", "dict[str, int]", self.parallel_completion_counters
            )
        if not (
            isinstance(self.resume_queue, list) and all(isinstance(_x0, ResumeQueueItem) for _x0 in self.resume_queue)
        ):
            raise ModelTypeError.field("resume_queue", "list[ResumeQueueItem]", self.resume_queue)
        if not (self.active_resume is None or isinstance(self.active_resume, ActiveResume)):
            raise ModelTypeError.field("active_resume", "ActiveResume | None", self.active_resume)
        if not isinstance(self.run_resume_status, RunResumeStatus):
            raise ModelTypeError.field("run_resume_status", "RunResumeStatus", self.run_resume_status)
        if not (
            isinstance(self.hil_signal_states, dict)
            and all(isinstance(_x0, HILSignalState) for _x0 in self.hil_signal_states.values())
        ):
            raise ModelTypeError.field("hil_signal_states", "dict[str, HILSignalState]", self.hil_signal_states)
        if self._extra:
            self._extra = dict(self._extra)  # its own: an evolved copy shares no dict with the original

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this object: spec keys in spec order, then the kept extra keys."""
        with gc_paused():
            return self._to_dict()

    def _to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        out["workflow_id"] = self.workflow_id
        out["workflow_name"] = self.workflow_name
        out["organization_id"] = self.organization_id
        out["config_snapshot_id"] = self.config_snapshot_id
        id_ = self.id
        if id_ is not None:
            out["id"] = id_
        dataset_id_ = self.dataset_id
        if dataset_id_ is not None or not self._absent & 2:
            out["dataset_id"] = dataset_id_
        status_ = self.status
        if not self._absent & 4 or status_ != RunStatus.PENDING:
            out["status"] = status_.value
        execution_phase_ = self.execution_phase
        if execution_phase_ is not None or not self._absent & 8:
            out["execution_phase"] = None if execution_phase_ is None else execution_phase_.value
        trigger_type_ = self.trigger_type
        if not self._absent & 16 or trigger_type_ != TriggerType.MANUAL:
            out["trigger_type"] = trigger_type_.value
        trigger_email_ = self.trigger_email
        if trigger_email_ is not None or not self._absent & 32:
            out["trigger_email"] = trigger_email_
        started_at_ = self.started_at
        if started_at_ is not None:
            out["started_at"] = format_datetime(started_at_, self._started_at_text)
        completed_at_ = self.completed_at
        if completed_at_ is not None or not self._absent & 128:
            out["completed_at"] = (
                None if completed_at_ is None else format_datetime(completed_at_, self._completed_at_text)
            )
        duration_ms_ = self.duration_ms
        if duration_ms_ is not None or not self._absent & 256:
            out["duration_ms"] = duration_ms_
        human_waiting_started_at_ = self.human_waiting_started_at
        if human_waiting_started_at_ is not None or not self._absent & 512:
            out["human_waiting_started_at"] = (
                None
                if human_waiting_started_at_ is None
                else format_datetime(human_waiting_started_at_, self._human_waiting_started_at_text)
            )
        human_waiting_duration_ms_ = self.human_waiting_duration_ms
        if not self._absent & 1024 or human_waiting_duration_ms_ != 0:
            out["human_waiting_duration_ms"] = human_waiting_duration_ms_
        steps_ = self.steps
        if not self._absent & 2048 or steps_ != []:
            out["steps"] = [_v_steps1._to_dict() for _v_steps1 in steps_]
        input_documents_ = self.input_documents
        if input_documents_ is not None or not self._absent & 4096:
            out["input_documents"] = (
                None
                if input_documents_ is None
                else {
                    _k_input_documents2: _v_input_documents1._to_dict()
                    for _k_input_documents2, _v_input_documents1 in input_documents_.items()
                }
            )
        input_json_data_ = self.input_json_data
        if input_json_data_ is not None or not self._absent & 8192:
            out["input_json_data"] = input_json_data_
        input_text_data_ = self.input_text_data
        if input_text_data_ is not None or not self._absent & 16384:
            out["input_text_data"] = input_text_data_
        final_outputs_ = self.final_outputs
        if final_outputs_ is not None or not self._absent & 32768:
            out["final_outputs"] = (
                None
                if final_outputs_ is None
                else {
                    _k_final_outputs2: (
                        _v_final_outputs1._to_dict()
                        if isinstance(_v_final_outputs1, FinalNodeOutput)
                        else _v_final_outputs1
                    )
                    for _k_final_outputs2, _v_final_outputs1 in final_outputs_.items()
                }
            )
        error_ = self.error
        if error_ is not None or not self._absent & 65536:
            out["error"] = error_
        error_stage_ = self.error_stage
        if error_stage_ is not None or not self._absent & 131072:
            out["error_stage"] = None if error_stage_ is None else error_stage_.value
        error_details_ = self.error_details
        if error_details_ is not None or not self._absent & 262144:
            out["error_details"] = (
                None
                if error_details_ is None
                else (error_details_._to_dict() if isinstance(error_details_, ErrorDetails) else error_details_)
            )
        cost_summary_ = self.cost_summary
        if cost_summary_ is not None or not self._absent & 524288:
            out["cost_summary"] = None if cost_summary_ is None else cost_summary_._to_dict()
        trace_spans_ = self.trace_spans
        if trace_spans_ is not None or not self._absent & 1048576:
            out["trace_spans"] = (
                None if trace_spans_ is None else [_v_trace_spans1._to_dict() for _v_trace_spans1 in trace_spans_]
            )
        cancel_signal_error_ = self.cancel_signal_error
        if cancel_signal_error_ is not None or not self._absent & 2097152:
            out["cancel_signal_error"] = cancel_signal_error_
        cancel_signal_failed_at_ = self.cancel_signal_failed_at
        if cancel_signal_failed_at_ is not None or not self._absent & 4194304:
            out["cancel_signal_failed_at"] = (
                None
                if cancel_signal_failed_at_ is None
                else format_datetime(cancel_signal_failed_at_, self._cancel_signal_failed_at_text)
            )
        cancel_native_error_ = self.cancel_native_error
        if cancel_native_error_ is not None or not self._absent & 8388608:
            out["cancel_native_error"] = cancel_native_error_
        cancel_confirmation_error_ = self.cancel_confirmation_error
        if cancel_confirmation_error_ is not None or not self._absent & 16777216:
            out["cancel_confirmation_error"] = cancel_confirmation_error_
        cancel_confirmation_pending_ = self.cancel_confirmation_pending
        if not self._absent & 33554432 or cancel_confirmation_pending_ is not False:
            out["cancel_confirmation_pending"] = cancel_confirmation_pending_
        cancel_requested_at_ = self.cancel_requested_at
        if cancel_requested_at_ is not None or not self._absent & 67108864:
            out["cancel_requested_at"] = (
                None
                if cancel_requested_at_ is None
                else format_datetime(cancel_requested_at_, self._cancel_requested_at_text)
            )
        created_at_ = self.created_at
        if created_at_ is not None:
            out["created_at"] = format_datetime(created_at_, self._created_at_text)
        updated_at_ = self.updated_at
        if updated_at_ is not None:
            out["updated_at"] = format_datetime(updated_at_, self._updated_at_text)
        waiting_for_node_ids_ = self.waiting_for_node_ids
        if not self._absent & 536870912 or waiting_for_node_ids_ != []:
            out["waiting_for_node_ids"] = waiting_for_node_ids_
        pending_node_outputs_ = self.pending_node_outputs
        if pending_node_outputs_ is not None or not self._absent & 1073741824:
            out["pending_node_outputs"] = pending_node_outputs_
        dag_snapshot_ = self.dag_snapshot
        if dag_snapshot_ is not None or not self._absent & 2147483648:
            out["dag_snapshot"] = dag_snapshot_
        executed_node_ids_ = self.executed_node_ids
        if not self._absent & 4294967296 or executed_node_ids_ != []:
            out["executed_node_ids"] = executed_node_ids_
        parallel_completion_counters_ = self.parallel_completion_counters
        if not self._absent & 8589934592 or parallel_completion_counters_ != {}:
            out["parallel_completion_counters"] = parallel_completion_counters_
        resume_queue_ = self.resume_queue
        if not self._absent & 17179869184 or resume_queue_ != []:
            out["resume_queue"] = [_v_resume_queue1._to_dict() for _v_resume_queue1 in resume_queue_]
        active_resume_ = self.active_resume
        if active_resume_ is not None or not self._absent & 34359738368:
            out["active_resume"] = None if active_resume_ is None else active_resume_._to_dict()
        run_resume_status_ = self.run_resume_status
        if not self._absent & 68719476736 or run_resume_status_ != RunResumeStatus.IDLE:
            out["run_resume_status"] = run_resume_status_.value
        hil_signal_states_ = self.hil_signal_states
        if not self._absent & 137438953472 or hil_signal_states_ != {}:
            out["hil_signal_states"] = {
                _k_hil_signal_states2: _v_hil_signal_states1._to_dict()
                for _k_hil_signal_states2, _v_hil_signal_states1 in hil_signal_states_.items()
            }
        if self._extra:
            for key, value in self._extra.items():
                out.setdefault(key, value)
        return out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from decoded JSON. Absent keys read as their spec default, or None.

        Raises:
            ModelParseError: a required key is missing or a value has the wrong type;
                its ``path`` says where (e.g. ``steps[3].status``), and
                ``more`` how many more problems validate_run finds.
        """
        with gc_paused():
            try:
                return cls._from_dict(src_dict)
            except ModelParseError as exc:
                exc.count_more(src_dict, "2026-02-26")
                raise

    def to_json(self) -> bytes:
        """The JSON text of ``to_dict()`` (compact, UTF-8): ``from_json(m.to_json()) == m``, the keys as read."""
        return encode_json(self.to_dict())

    @classmethod
    def from_json(cls, data: str | bytes | bytearray) -> Self:
        """Build from JSON text, with the collector paused.

        First by the strict fast path (msgspec Structs and a generated converter, models/_wire.py);
        when it refuses the text (keys the spec does not name, anything that does not fit), by
        decoding and ``from_dict``, which keeps what must be kept and says what is wrong.

        Raises:
            ModelParseError: the text is not JSON, or does not fit the model.
        """
        from ._wire import build_strict  # loaded on first use: importing the models costs no msgspec

        with gc_paused(len(data)):
            built: Self | None = build_strict("WorkflowRun", data)
            if built is not None:
                return built
            try:
                return cls._from_dict(_decode_json(data), _own=True)
            except ModelParseError as exc:
                if exc.loc or not exc.problem.startswith("is not JSON"):
                    exc.count_more(decode_json(data), "2026-02-26")  # the first decoding was consumed
                raise

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any], _own: bool = False) -> Self:
        # _own: src_dict was decoded for this call alone, and its lists of objects may be
        # emptied as they are read. Never for a caller's dict, nor under a fallback (which
        # keeps the value as it came when it does not fit).
        src = src_dict
        if src.__class__ is not dict and not isinstance(src, Mapping):
            raise ModelParseError.wrong_type([], "an object", src)
        if "lifecycle" in src and "status" not in src:
            raise ModelParseError(
                [],
                "is a newer run record shape (`lifecycle` and `timing` instead of a flat `status`), which this client does not speak: it follows the API as of 2026-02-26",
            )  # x-newer-shape in openapi.yaml
        get = src.get
        absent = 0
        # Slot stores, not the attrs __init__ (no validators or converters to run): half the
        # cost. Each value goes into its slot as it is read; a refusal drops obj half-filled.
        obj = object.__new__(cls)
        _v = get("workflow_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["workflow_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["workflow_id"], "a string", _v)
        obj.workflow_id = _v
        _v = get("workflow_name", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["workflow_name"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["workflow_name"], "a string", _v)
        obj.workflow_name = _v
        _v = get("organization_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["organization_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["organization_id"], "a string", _v)
        obj.organization_id = _v
        _v = get("config_snapshot_id", _ABSENT)
        if _v is _ABSENT:
            raise ModelParseError.missing(["config_snapshot_id"])
        if _v.__class__ is not str and not isinstance(_v, str):
            raise ModelParseError.wrong_type(["config_snapshot_id"], "a string", _v)
        obj.config_snapshot_id = _v
        _v = get("id", _ABSENT)
        if _v is _ABSENT:
            obj.id = None
            absent |= 1
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["id"], "a string", _v)
            obj.id = _v
        _v = get("dataset_id", _ABSENT)
        if _v is _ABSENT:
            obj.dataset_id = None
            absent |= 2
        else:
            if _v is None:
                obj.dataset_id = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["dataset_id"], "a string", _v)
                obj.dataset_id = _v
        _v = get("status", _ABSENT)
        if _v is _ABSENT:
            obj.status = RunStatus.PENDING
            absent |= 4
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["status"], "a string", _v)
            obj.status = _RunStatus_BY_VALUE.get(_v) or RunStatus(_v)
        _v = get("execution_phase", _ABSENT)
        if _v is _ABSENT:
            obj.execution_phase = None
            absent |= 8
        else:
            if _v is None:
                obj.execution_phase = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["execution_phase"], "a string", _v)
                obj.execution_phase = _ExecutionPhase_BY_VALUE.get(_v) or ExecutionPhase(_v)
        _v = get("trigger_type", _ABSENT)
        if _v is _ABSENT:
            obj.trigger_type = TriggerType.MANUAL
            absent |= 16
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["trigger_type"], "a string", _v)
            obj.trigger_type = _TriggerType_BY_VALUE.get(_v) or TriggerType(_v)
        _v = get("trigger_email", _ABSENT)
        if _v is _ABSENT:
            obj.trigger_email = None
            absent |= 32
        else:
            if _v is None:
                obj.trigger_email = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["trigger_email"], "a string", _v)
                obj.trigger_email = _v
        _v = get("started_at", _ABSENT)
        started_at_text: str | None = None
        if _v is _ABSENT:
            obj.started_at = None
            absent |= 64
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["started_at"], "a date-time string", _v)
            obj.started_at, started_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if obj.started_at is None:
                raise ModelParseError(["started_at"], "is not an RFC 3339 date-time", _v)
        obj._started_at_text = started_at_text
        _v = get("completed_at", _ABSENT)
        completed_at_text: str | None = None
        if _v is _ABSENT:
            obj.completed_at = None
            absent |= 128
        else:
            if _v is None:
                obj.completed_at = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["completed_at"], "a date-time string", _v)
                obj.completed_at, completed_at_text = read_datetime(_v)  # the text kept when written back otherwise
                if obj.completed_at is None:
                    raise ModelParseError(["completed_at"], "is not an RFC 3339 date-time", _v)
        obj._completed_at_text = completed_at_text
        _v = get("duration_ms", _ABSENT)
        if _v is _ABSENT:
            obj.duration_ms = None
            absent |= 256
        else:
            if _v is None:
                obj.duration_ms = None
            else:
                if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                    if not (isinstance(_v, float) and _v.is_integer()):
                        raise ModelParseError.wrong_type(["duration_ms"], "an integer", _v)
                    _v = int(_v)
                obj.duration_ms = _v
        _v = get("human_waiting_started_at", _ABSENT)
        human_waiting_started_at_text: str | None = None
        if _v is _ABSENT:
            obj.human_waiting_started_at = None
            absent |= 512
        else:
            if _v is None:
                obj.human_waiting_started_at = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["human_waiting_started_at"], "a date-time string", _v)
                obj.human_waiting_started_at, human_waiting_started_at_text = read_datetime(
                    _v
                )  # the text kept when written back otherwise
                if obj.human_waiting_started_at is None:
                    raise ModelParseError(["human_waiting_started_at"], "is not an RFC 3339 date-time", _v)
        obj._human_waiting_started_at_text = human_waiting_started_at_text
        _v = get("human_waiting_duration_ms", _ABSENT)
        if _v is _ABSENT:
            obj.human_waiting_duration_ms = 0
            absent |= 1024
        else:
            if _v.__class__ is not int and (isinstance(_v, bool) or not isinstance(_v, int)):
                if not (isinstance(_v, float) and _v.is_integer()):
                    raise ModelParseError.wrong_type(["human_waiting_duration_ms"], "an integer", _v)
                _v = int(_v)
            if _v < 0:
                raise ModelParseError(["human_waiting_duration_ms"], "must be at least 0", _v)
            obj.human_waiting_duration_ms = _v
        _v = get("steps", _ABSENT)
        if _v is _ABSENT:
            obj.steps = []
            absent |= 2048
        else:
            if _v.__class__ is not list and not isinstance(_v, list):
                raise ModelParseError.wrong_type(["steps"], "an array", _v)
            _items_steps5: list[StepStatusSummary] = []
            _y_steps3: StepStatusSummary
            for _i_steps1, _x_steps2 in enumerate(_v):
                try:
                    _y_steps3 = StepStatusSummary._from_dict(_x_steps2, _own)
                except ModelParseError as _e_steps4:
                    _e_steps4.loc[:0] = ["steps", _i_steps1]
                    raise
                _items_steps5.append(_y_steps3)
                if _own:
                    _v[_i_steps1] = None
            obj.steps = _items_steps5
        _v = get("input_documents", _ABSENT)
        if _v is _ABSENT:
            obj.input_documents = None
            absent |= 4096
        else:
            if _v is None:
                obj.input_documents = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["input_documents"], "an object", _v)
                _entries_input_documents5: dict[str, BaseMIMEData] = {}
                _y_input_documents3: BaseMIMEData
                for _k_input_documents1, _x_input_documents2 in _v.items():
                    try:
                        _y_input_documents3 = BaseMIMEData._from_dict(_x_input_documents2, _own)
                    except ModelParseError as _e_input_documents4:
                        _e_input_documents4.loc[:0] = ["input_documents", _k_input_documents1]
                        raise
                    _entries_input_documents5[_k_input_documents1] = _y_input_documents3
                obj.input_documents = _entries_input_documents5
        _v = get("input_json_data", _ABSENT)
        if _v is _ABSENT:
            obj.input_json_data = None
            absent |= 8192
        else:
            if _v is None:
                obj.input_json_data = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["input_json_data"], "an object", _v)
                _entries_input_json_data4: dict[str, dict[str, Any]] = {}
                _y_input_json_data3: dict[str, Any]
                for _k_input_json_data1, _x_input_json_data2 in _v.items():
                    if _x_input_json_data2.__class__ is not dict and not isinstance(_x_input_json_data2, dict):
                        raise ModelParseError.wrong_type(
                            ["input_json_data", _k_input_json_data1], "an object", _x_input_json_data2
                        )
                    _y_input_json_data3 = _x_input_json_data2
                    _entries_input_json_data4[_k_input_json_data1] = _y_input_json_data3
                obj.input_json_data = _entries_input_json_data4
        _v = get("input_text_data", _ABSENT)
        if _v is _ABSENT:
            obj.input_text_data = None
            absent |= 16384
        else:
            if _v is None:
                obj.input_text_data = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["input_text_data"], "an object", _v)
                _entries_input_text_data4: dict[str, str] = {}
                _y_input_text_data3: str
                for _k_input_text_data1, _x_input_text_data2 in _v.items():
                    if _x_input_text_data2.__class__ is not str and not isinstance(_x_input_text_data2, str):
                        raise ModelParseError.wrong_type(
                            ["input_text_data", _k_input_text_data1], "a string", _x_input_text_data2
                        )
                    _y_input_text_data3 = _x_input_text_data2
                    _entries_input_text_data4[_k_input_text_data1] = _y_input_text_data3
                obj.input_text_data = _entries_input_text_data4
        _v = get("final_outputs", _ABSENT)
        if _v is _ABSENT:
            obj.final_outputs = None
            absent |= 32768
        else:
            if _v is None:
                obj.final_outputs = None
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
                obj.final_outputs = _entries_final_outputs4
        _v = get("error", _ABSENT)
        if _v is _ABSENT:
            obj.error = None
            absent |= 65536
        else:
            if _v is None:
                obj.error = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["error"], "a string", _v)
                obj.error = _v
        _v = get("error_stage", _ABSENT)
        if _v is _ABSENT:
            obj.error_stage = None
            absent |= 131072
        else:
            if _v is None:
                obj.error_stage = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["error_stage"], "a string", _v)
                obj.error_stage = _ErrorStage_BY_VALUE.get(_v) or ErrorStage(_v)
        _v = get("error_details", _ABSENT)
        if _v is _ABSENT:
            obj.error_details = None
            absent |= 262144
        else:
            if _v is None:
                obj.error_details = None
            else:
                if _v.__class__ is dict or isinstance(_v, dict):
                    try:
                        obj.error_details = ErrorDetails._from_dict(_v)
                    except ModelParseError:
                        obj.error_details = _v
                else:
                    raise ModelParseError.wrong_type(["error_details"], "an object", _v)
        _v = get("cost_summary", _ABSENT)
        if _v is _ABSENT:
            obj.cost_summary = None
            absent |= 524288
        else:
            if _v is None:
                obj.cost_summary = None
            else:
                try:
                    obj.cost_summary = RunCostSummary._from_dict(_v, _own)
                except ModelParseError as _e_cost_summary1:
                    _e_cost_summary1.loc[:0] = ["cost_summary"]
                    raise
        _v = get("trace_spans", _ABSENT)
        if _v is _ABSENT:
            obj.trace_spans = None
            absent |= 1048576
        else:
            if _v is None:
                obj.trace_spans = None
            else:
                if _v.__class__ is not list and not isinstance(_v, list):
                    raise ModelParseError.wrong_type(["trace_spans"], "an array", _v)
                _items_trace_spans5: list[TraceSpan] = []
                _y_trace_spans3: TraceSpan
                for _i_trace_spans1, _x_trace_spans2 in enumerate(_v):
                    try:
                        _y_trace_spans3 = TraceSpan._from_dict(_x_trace_spans2, _own=_own)
                    except ModelParseError as _e_trace_spans4:
                        _e_trace_spans4.loc[:0] = ["trace_spans", _i_trace_spans1]
                        raise
                    _items_trace_spans5.append(_y_trace_spans3)
                    if _own:
                        _v[_i_trace_spans1] = None
                obj.trace_spans = _items_trace_spans5
        _v = get("cancel_signal_error", _ABSENT)
        if _v is _ABSENT:
            obj.cancel_signal_error = None
            absent |= 2097152
        else:
            if _v is None:
                obj.cancel_signal_error = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["cancel_signal_error"], "a string", _v)
                obj.cancel_signal_error = _v
        _v = get("cancel_signal_failed_at", _ABSENT)
        cancel_signal_failed_at_text: str | None = None
        if _v is _ABSENT:
            obj.cancel_signal_failed_at = None
            absent |= 4194304
        else:
            if _v is None:
                obj.cancel_signal_failed_at = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["cancel_signal_failed_at"], "a date-time string", _v)
                obj.cancel_signal_failed_at, cancel_signal_failed_at_text = read_datetime(
                    _v
                )  # the text kept when written back otherwise
                if obj.cancel_signal_failed_at is None:
                    raise ModelParseError(["cancel_signal_failed_at"], "is not an RFC 3339 date-time", _v)
        obj._cancel_signal_failed_at_text = cancel_signal_failed_at_text
        _v = get("cancel_native_error", _ABSENT)
        if _v is _ABSENT:
            obj.cancel_native_error = None
            absent |= 8388608
        else:
            if _v is None:
                obj.cancel_native_error = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["cancel_native_error"], "a string", _v)
                obj.cancel_native_error = _v
        _v = get("cancel_confirmation_error", _ABSENT)
        if _v is _ABSENT:
            obj.cancel_confirmation_error = None
            absent |= 16777216
        else:
            if _v is None:
                obj.cancel_confirmation_error = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["cancel_confirmation_error"], "a string", _v)
                obj.cancel_confirmation_error = _v
        _v = get("cancel_confirmation_pending", _ABSENT)
        if _v is _ABSENT:
            obj.cancel_confirmation_pending = False
            absent |= 33554432
        else:
            if _v is not True and _v is not False:
                raise ModelParseError.wrong_type(["cancel_confirmation_pending"], "a boolean", _v)
            obj.cancel_confirmation_pending = _v
        _v = get("cancel_requested_at", _ABSENT)
        cancel_requested_at_text: str | None = None
        if _v is _ABSENT:
            obj.cancel_requested_at = None
            absent |= 67108864
        else:
            if _v is None:
                obj.cancel_requested_at = None
            else:
                if _v.__class__ is not str and not isinstance(_v, str):
                    raise ModelParseError.wrong_type(["cancel_requested_at"], "a date-time string", _v)
                obj.cancel_requested_at, cancel_requested_at_text = read_datetime(
                    _v
                )  # the text kept when written back otherwise
                if obj.cancel_requested_at is None:
                    raise ModelParseError(["cancel_requested_at"], "is not an RFC 3339 date-time", _v)
        obj._cancel_requested_at_text = cancel_requested_at_text
        _v = get("created_at", _ABSENT)
        created_at_text: str | None = None
        if _v is _ABSENT:
            obj.created_at = None
            absent |= 134217728
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["created_at"], "a date-time string", _v)
            obj.created_at, created_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if obj.created_at is None:
                raise ModelParseError(["created_at"], "is not an RFC 3339 date-time", _v)
        obj._created_at_text = created_at_text
        _v = get("updated_at", _ABSENT)
        updated_at_text: str | None = None
        if _v is _ABSENT:
            obj.updated_at = None
            absent |= 268435456
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["updated_at"], "a date-time string", _v)
            obj.updated_at, updated_at_text = read_datetime(_v)  # the text kept when written back otherwise
            if obj.updated_at is None:
                raise ModelParseError(["updated_at"], "is not an RFC 3339 date-time", _v)
        obj._updated_at_text = updated_at_text
        _v = get("waiting_for_node_ids", _ABSENT)
        if _v is _ABSENT:
            obj.waiting_for_node_ids = []
            absent |= 536870912
        else:
            if _v.__class__ is not list and not isinstance(_v, list):
                raise ModelParseError.wrong_type(["waiting_for_node_ids"], "an array", _v)
            _items_waiting_for_node_ids4: list[str] = []
            _y_waiting_for_node_ids3: str
            for _i_waiting_for_node_ids1, _x_waiting_for_node_ids2 in enumerate(_v):
                if _x_waiting_for_node_ids2.__class__ is not str and not isinstance(_x_waiting_for_node_ids2, str):
                    raise ModelParseError.wrong_type(
                        ["waiting_for_node_ids", _i_waiting_for_node_ids1], "a string", _x_waiting_for_node_ids2
                    )
                _y_waiting_for_node_ids3 = _x_waiting_for_node_ids2
                _items_waiting_for_node_ids4.append(_y_waiting_for_node_ids3)
            obj.waiting_for_node_ids = _items_waiting_for_node_ids4
        _v = get("pending_node_outputs", _ABSENT)
        if _v is _ABSENT:
            obj.pending_node_outputs = None
            absent |= 1073741824
        else:
            if _v is None:
                obj.pending_node_outputs = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["pending_node_outputs"], "an object", _v)
                obj.pending_node_outputs = _v
        _v = get("dag_snapshot", _ABSENT)
        if _v is _ABSENT:
            obj.dag_snapshot = None
            absent |= 2147483648
        else:
            if _v is None:
                obj.dag_snapshot = None
            else:
                if _v.__class__ is not dict and not isinstance(_v, dict):
                    raise ModelParseError.wrong_type(["dag_snapshot"], "an object", _v)
                obj.dag_snapshot = _v
        _v = get("executed_node_ids", _ABSENT)
        if _v is _ABSENT:
            obj.executed_node_ids = []
            absent |= 4294967296
        else:
            if _v.__class__ is not list and not isinstance(_v, list):
                raise ModelParseError.wrong_type(["executed_node_ids"], "an array", _v)
            _items_executed_node_ids4: list[str] = []
            _y_executed_node_ids3: str
            for _i_executed_node_ids1, _x_executed_node_ids2 in enumerate(_v):
                if _x_executed_node_ids2.__class__ is not str and not isinstance(_x_executed_node_ids2, str):
                    raise ModelParseError.wrong_type(
                        ["executed_node_ids", _i_executed_node_ids1], "a string", _x_executed_node_ids2
                    )
                _y_executed_node_ids3 = _x_executed_node_ids2
                _items_executed_node_ids4.append(_y_executed_node_ids3)
            obj.executed_node_ids = _items_executed_node_ids4
        _v = get("parallel_completion_counters", _ABSENT)
        if _v is _ABSENT:
            obj.parallel_completion_counters = {}
            absent |= 8589934592
        else:
            if _v.__class__ is not dict and not isinstance(_v, dict):
                raise ModelParseError.wrong_type(["parallel_completion_counters"], "an object", _v)
            _entries_parallel_completion_counters4: dict[str, int] = {}
            _y_parallel_completion_counters3: int
            for _k_parallel_completion_counters1, _x_parallel_completion_counters2 in _v.items():
                if _x_parallel_completion_counters2.__class__ is not int and (
                    isinstance(_x_parallel_completion_counters2, bool)
                    or not isinstance(_x_parallel_completion_counters2, int)
                ):
                    if not (
                        isinstance(_x_parallel_completion_counters2, float)
                        and _x_parallel_completion_counters2.is_integer()
                    ):
                        raise ModelParseError.wrong_type(
                            ["parallel_completion_counters", _k_parallel_completion_counters1],
                            "an integer",
                            _x_parallel_completion_counters2,
                        )
                    _x_parallel_completion_counters2 = int(_x_parallel_completion_counters2)
                _y_parallel_completion_counters3 = _x_parallel_completion_counters2
                _entries_parallel_completion_counters4[_k_parallel_completion_counters1] = (
                    _y_parallel_completion_counters3
                )
            obj.parallel_completion_counters = _entries_parallel_completion_counters4
        _v = get("resume_queue", _ABSENT)
        if _v is _ABSENT:
            obj.resume_queue = []
            absent |= 17179869184
        else:
            if _v.__class__ is not list and not isinstance(_v, list):
                raise ModelParseError.wrong_type(["resume_queue"], "an array", _v)
            _items_resume_queue5: list[ResumeQueueItem] = []
            _y_resume_queue3: ResumeQueueItem
            for _i_resume_queue1, _x_resume_queue2 in enumerate(_v):
                try:
                    _y_resume_queue3 = ResumeQueueItem._from_dict(_x_resume_queue2, _own)
                except ModelParseError as _e_resume_queue4:
                    _e_resume_queue4.loc[:0] = ["resume_queue", _i_resume_queue1]
                    raise
                _items_resume_queue5.append(_y_resume_queue3)
                if _own:
                    _v[_i_resume_queue1] = None
            obj.resume_queue = _items_resume_queue5
        _v = get("active_resume", _ABSENT)
        if _v is _ABSENT:
            obj.active_resume = None
            absent |= 34359738368
        else:
            if _v is None:
                obj.active_resume = None
            else:
                try:
                    obj.active_resume = ActiveResume._from_dict(_v, _own)
                except ModelParseError as _e_active_resume1:
                    _e_active_resume1.loc[:0] = ["active_resume"]
                    raise
        _v = get("run_resume_status", _ABSENT)
        if _v is _ABSENT:
            obj.run_resume_status = RunResumeStatus.IDLE
            absent |= 68719476736
        else:
            if _v.__class__ is not str and not isinstance(_v, str):
                raise ModelParseError.wrong_type(["run_resume_status"], "a string", _v)
            obj.run_resume_status = _RunResumeStatus_BY_VALUE.get(_v) or RunResumeStatus(_v)
        _v = get("hil_signal_states", _ABSENT)
        if _v is _ABSENT:
            obj.hil_signal_states = {}
            absent |= 137438953472
        else:
            if _v.__class__ is not dict and not isinstance(_v, dict):
                raise ModelParseError.wrong_type(["hil_signal_states"], "an object", _v)
            _entries_hil_signal_states5: dict[str, HILSignalState] = {}
            _y_hil_signal_states3: HILSignalState
            for _k_hil_signal_states1, _x_hil_signal_states2 in _v.items():
                try:
                    _y_hil_signal_states3 = HILSignalState._from_dict(_x_hil_signal_states2, _own)
                except ModelParseError as _e_hil_signal_states4:
                    _e_hil_signal_states4.loc[:0] = ["hil_signal_states", _k_hil_signal_states1]
                    raise
                _entries_hil_signal_states5[_k_hil_signal_states1] = _y_hil_signal_states3
            obj.hil_signal_states = _entries_hil_signal_states5
        obj._absent = absent if absent < 257 else shared(absent)  # small ints are shared already
        # Each absent key set one bit of ``absent``: more keys than the others means extra keys.
        if len(src) + absent.bit_count() != 42:  # keys the spec does not name: keep them
            obj._extra = {k: v for k, v in src.items() if k not in _FIELDS}
        else:
            obj._extra = None
        return obj

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the payload that the spec does not name, with their values (written back by to_dict)."""
        extra = self._extra
        if extra is None:
            extra = self._extra = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._extra = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
