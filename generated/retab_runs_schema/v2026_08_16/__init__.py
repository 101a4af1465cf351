"""Pydantic v2 models and the JSON Schema of the Retab workflow-run record.

Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit.

    from retab_runs_schema.v2026_08_16 import WorkflowRun

    run = WorkflowRun.model_validate_json(body)  # raises pydantic.ValidationError

The models need pydantic (``pip install 'retab-runs[pydantic]'``); the JSON Schema and
the msgspec Structs (``retab_runs_schema.v2026_08_16.structs``) do not.

The models follow the spec to the letter: unknown enum values are errors, extra
keys are kept. ``json_schema()`` returns the same contract as JSON Schema 2020-12
for other languages.
"""

from __future__ import annotations

import json
import os
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import (
        ArtifactOperation,
        AwaitingReviewRun,
        AwaitingReviewStepLifecycle,
        BlockType,
        CancellationStatus,
        CancelledStepLifecycle,
        CancelledTerminal,
        CancelWorkflowRequest,
        CancelWorkflowResponse,
        CompletedStepLifecycle,
        CompletedTerminal,
        ContainerContextData,
        CreateWorkflowRunRequest,
        ErrorCategory,
        ErrorDetails,
        ErrorResponse,
        ErrorStage,
        ErrorStepLifecycle,
        ErrorTerminal,
        ExportSource,
        FileRef,
        HandlePayloadType,
        HTTPValidationError,
        ListMetadata,
        MIMEData,
        PendingRun,
        PendingStepLifecycle,
        PublicHandlePayload,
        QueuedStepLifecycle,
        RunInputs,
        RunningRun,
        RunningStepLifecycle,
        RunStatusFilter,
        RunTiming,
        SkippedStepLifecycle,
        SortOrder,
        StepArtifactRef,
        TriggerInfo,
        TriggerType,
        TriggerTypeFilter,
        ValidationErrorItem,
        WorkflowExportPayloadRequest,
        WorkflowExportPayloadResponse,
        WorkflowRun,
        WorkflowRunList,
        WorkflowStep,
        WorkflowStepList,
    )

_MODELS = frozenset(
    {
        "ArtifactOperation",
        "AwaitingReviewRun",
        "AwaitingReviewStepLifecycle",
        "BlockType",
        "CancelWorkflowRequest",
        "CancelWorkflowResponse",
        "CancellationStatus",
        "CancelledStepLifecycle",
        "CancelledTerminal",
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
        "HTTPValidationError",
        "HandlePayloadType",
        "ListMetadata",
        "MIMEData",
        "PendingRun",
        "PendingStepLifecycle",
        "PublicHandlePayload",
        "QueuedStepLifecycle",
        "RunInputs",
        "RunStatusFilter",
        "RunTiming",
        "RunningRun",
        "RunningStepLifecycle",
        "SkippedStepLifecycle",
        "SortOrder",
        "StepArtifactRef",
        "TriggerInfo",
        "TriggerType",
        "TriggerTypeFilter",
        "ValidationErrorItem",
        "WorkflowExportPayloadRequest",
        "WorkflowExportPayloadResponse",
        "WorkflowRun",
        "WorkflowRunList",
        "WorkflowStep",
        "WorkflowStepList",
    }
)


_PYDANTIC_HINT = (
    "the pydantic models of retab_runs_schema.v2026_08_16 need pydantic: pip install 'retab-runs[pydantic]'"
)


def __getattr__(name: str) -> Any:
    # The models import pydantic, an extra; load them on first use so the JSON Schema and the
    # msgspec Structs work without it.
    if name in _MODELS:
        try:
            from . import models
        except ModuleNotFoundError as exc:
            if not (exc.name or "").startswith("pydantic"):  # pydantic, pydantic_core
                raise
            raise ModuleNotFoundError(_PYDANTIC_HINT, name=exc.name) from None
        return getattr(models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


JSON_SCHEMA_FILE = "workflow_run.schema.json"
"""Name of the JSON Schema file inside this package."""


@cache
def json_schema_text() -> str:
    """The JSON Schema of ``WorkflowRun`` as shipped (2020-12, parts under ``$defs``)."""
    with open(os.path.join(os.path.dirname(__file__), JSON_SCHEMA_FILE), encoding="utf-8") as file:
        return file.read()


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``WorkflowRun`` as a new dict on every call."""
    result: dict[str, Any] = json.loads(json_schema_text())
    return result


__all__ = [
    "JSON_SCHEMA_FILE",
    "ArtifactOperation",
    "AwaitingReviewRun",
    "AwaitingReviewStepLifecycle",
    "BlockType",
    "CancelWorkflowRequest",
    "CancelWorkflowResponse",
    "CancellationStatus",
    "CancelledStepLifecycle",
    "CancelledTerminal",
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
    "HTTPValidationError",
    "HandlePayloadType",
    "ListMetadata",
    "MIMEData",
    "PendingRun",
    "PendingStepLifecycle",
    "PublicHandlePayload",
    "QueuedStepLifecycle",
    "RunInputs",
    "RunStatusFilter",
    "RunTiming",
    "RunningRun",
    "RunningStepLifecycle",
    "SkippedStepLifecycle",
    "SortOrder",
    "StepArtifactRef",
    "TriggerInfo",
    "TriggerType",
    "TriggerTypeFilter",
    "ValidationErrorItem",
    "WorkflowExportPayloadRequest",
    "WorkflowExportPayloadResponse",
    "WorkflowRun",
    "WorkflowRunList",
    "WorkflowStep",
    "WorkflowStepList",
    "json_schema",
    "json_schema_text",
]
