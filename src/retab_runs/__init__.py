"""retab-runs: a typed client for Retab workflow runs.

from retab_runs import Retab

client = Retab()                                   # RETAB_API_KEY, RETAB_API_BASE_URL
run = client.workflows.runs.get("run_abc123xyz")   # a retab_runs.WorkflowRun
run = client.workflows.runs.wait_for_completion("run_abc123xyz")
"""

from retab_runs_client.models import RunStatus, StepStatus, StepStatusSummary, WorkflowRun

from ._base import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, NOT_GIVEN, NotGiven
from ._checker import ValidationIssue
from ._client import AsyncRetab, Retab
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    RetabError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from ._exchange import APIResponse
from ._retries import RetryPolicy
from ._run_helpers import TERMINAL_STATUSES, failed_steps, find_step, is_finished, output_data
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "TERMINAL_STATUSES",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncRetab",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "Retab",
    "RetabError",
    "RetryPolicy",
    "RunStatus",
    "StepStatus",
    "StepStatusSummary",
    "UnprocessableEntityError",
    "ValidationIssue",
    "WaitTimeoutError",
    "WorkflowRun",
    "__version__",
    "failed_steps",
    "find_step",
    "is_finished",
    "output_data",
]
