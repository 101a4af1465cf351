"""retab-runs: a typed client for Retab workflow runs.

    from retab_runs import Retab

    client = Retab()                                   # RETAB_API_KEY, RETAB_API_BASE_URL
    run = client.workflows.runs.get("run_abc123xyz")   # a retab_runs.WorkflowRun
    run = client.workflows.runs.wait_for_completion("run_abc123xyz")

    from retab_runs import validate_run               # imports neither httpx nor pydantic

    issues = validate_run(body)                       # [] when the record fits the contract

Names are loaded on first use, so that importing one part does not pay for the others.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._httpx_cli import defer_httpx_cli
from ._version import __version__

defer_httpx_cli()  # before anything here imports httpx

if TYPE_CHECKING:
    from retab_runs_client.models import (
        RunStatus,
        StepStatus,
        StepStatusSummary,
        WorkflowRun,
    )

    from ._base import (
        DEFAULT_BASE_URL,
        DEFAULT_MAX_CONNECTIONS,
        DEFAULT_MAX_RESPONSE_BYTES,
        DEFAULT_MAX_RETRIES,
        DEFAULT_TIMEOUT,
        NOT_GIVEN,
        NotGiven,
    )
    from ._checker import (
        API_VERSIONS,
        PROFILES,
        ApiVersion,
        ValidationIssue,
    )
    from ._choose import (
        async_client_for,
        client_for,
    )
    from ._client import (
        AsyncRetab,
        Retab,
    )
    from ._exceptions import (
        AmbiguousOutputError,
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        InternalServerError,
        NotFoundError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        ResponseDecodingError,
        ResponseTooLargeError,
        ResponseValidationError,
        RetabError,
        RunMismatchError,
        UnprocessableEntityError,
        WaitTimeoutError,
    )
    from ._exchange import (
        APIResponse,
    )
    from ._pagination import (
        AsyncCursorPage,
        AsyncPaginator,
        SyncCursorPage,
    )
    from ._response import (
        RawResponse,
    )
    from ._retries import (
        RetryPolicy,
    )
    from ._run_helpers import (
        TERMINAL_STATUSES,
        failed_steps,
        find_step,
        is_finished,
        output_data,
        run_status,
        waiting_nodes,
    )
    from ._validate import (
        validate_run,
    )

_EXPORTS: dict[str, str] = {
    "RunStatus": "retab_runs_client.models",
    "StepStatus": "retab_runs_client.models",
    "StepStatusSummary": "retab_runs_client.models",
    "WorkflowRun": "retab_runs_client.models",
    "DEFAULT_BASE_URL": "._base",
    "DEFAULT_MAX_CONNECTIONS": "._base",
    "DEFAULT_MAX_RESPONSE_BYTES": "._base",
    "DEFAULT_MAX_RETRIES": "._base",
    "DEFAULT_TIMEOUT": "._base",
    "NOT_GIVEN": "._base",
    "NotGiven": "._base",
    "API_VERSIONS": "._checker",
    "ApiVersion": "._checker",
    "PROFILES": "._checker",
    "ValidationIssue": "._checker",
    "AsyncRetab": "._client",
    "Retab": "._client",
    "AmbiguousOutputError": "._exceptions",
    "ClientClosedError": "._exceptions",
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "ConfigurationError": "._exceptions",
    "ConflictError": "._exceptions",
    "InternalServerError": "._exceptions",
    "NotFoundError": "._exceptions",
    "PaginationError": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "RateLimitError": "._exceptions",
    "ResponseDecodingError": "._exceptions",
    "ResponseTooLargeError": "._exceptions",
    "ResponseValidationError": "._exceptions",
    "RetabError": "._exceptions",
    "RunMismatchError": "._exceptions",
    "UnprocessableEntityError": "._exceptions",
    "WaitTimeoutError": "._exceptions",
    "APIResponse": "._exchange",
    "RawResponse": "._response",
    "RetryPolicy": "._retries",
    "TERMINAL_STATUSES": "._run_helpers",
    "failed_steps": "._run_helpers",
    "find_step": "._run_helpers",
    "is_finished": "._run_helpers",
    "output_data": "._run_helpers",
    "run_status": "._run_helpers",
    "client_for": "._choose",
    "async_client_for": "._choose",
    "waiting_nodes": "._run_helpers",
    "AsyncCursorPage": "._pagination",
    "AsyncPaginator": "._pagination",
    "SyncCursorPage": "._pagination",
    "validate_run": "._validate",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    # The public names only: not the helpers this module imports (importlib, Any) nor loaded submodules.
    return sorted(set(__all__) | {name for name in globals() if name.startswith("__") and name.endswith("__")})


__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "API_VERSIONS",
    "ApiVersion",
    "PROFILES",
    "TERMINAL_STATUSES",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AmbiguousOutputError",
    "AsyncCursorPage",
    "AsyncPaginator",
    "AsyncRetab",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "Retab",
    "RetabError",
    "RetryPolicy",
    "RunMismatchError",
    "RunStatus",
    "StepStatus",
    "StepStatusSummary",
    "SyncCursorPage",
    "UnprocessableEntityError",
    "ValidationIssue",
    "WaitTimeoutError",
    "WorkflowRun",
    "__version__",
    "async_client_for",
    "client_for",
    "failed_steps",
    "find_step",
    "is_finished",
    "output_data",
    "run_status",
    "validate_run",
    "waiting_nodes",
]
