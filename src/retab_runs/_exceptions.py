"""Errors raised by retab-runs.

    RetabError
    ├── ConfigurationError          the call cannot be made: no credentials, blank run id (also ValueError)
    ├── ClientClosedError           the client was closed, or is busy in another event loop (also RuntimeError)
    ├── AmbiguousOutputError        output_data(run) on a run with several end nodes (also ValueError)
    ├── PaginationError             no next page, or the server's cursors go round in a loop (also RuntimeError)
    ├── APIError                    something went wrong talking to the API
    │   ├── APIStatusError          the API answered with an error status
    │   │   ├── AuthenticationError         401
    │   │   ├── PermissionDeniedError       403
    │   │   ├── NotFoundError               404
    │   │   ├── ConflictError               409
    │   │   ├── UnprocessableEntityError    422
    │   │   ├── RateLimitError              429
    │   │   └── InternalServerError         500 and above, non-standard codes (520...) included
    │   ├── APIConnectionError      no usable answer: refused, reset, dropped mid-body
    │   │   └── APITimeoutError     connecting, reading or writing took too long
    │   ├── ResponseValidationError a 2xx body that is not JSON or breaks the contract
    │   │   └── RunMismatchError    the answer carries a run other than the one asked for
    │   ├── ResponseTooLargeError   a body (decoded) larger than max_response_bytes; not retried
    │   └── ResponseDecodingError   a body whose Content-Encoding cannot be undone within bounds; not retried
    └── WaitTimeoutError            wait_for_completion ran out of time (also TimeoutError)

Any status without a class of its own (3xx, 418, 499...) is a plain APIStatusError.
Messages and reprs never contain the API key or an access token: URLs show
``access_token=***``. What an error holds is masked too: ``e.request`` (and
``e.response.request``) is a copy of the request sent with its secret query values and
its ``Api-Key``, ``Authorization``, ``Proxy-Authorization`` and ``Cookie`` headers shown as
``***``, so that an error reporter serialising ``vars(e)`` sends no credential.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._checker import ValidationIssue
from ._redact import MASK, redact_url

if TYPE_CHECKING:
    import httpx

    from retab_runs_client.models import WorkflowRun

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AmbiguousOutputError",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetabError",
    "RunMismatchError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "masked_request",
]


_SECRET_HEADERS = frozenset({"api-key", "authorization", "proxy-authorization", "cookie", "x-api-key"})


def masked_request(request: httpx.Request | None) -> httpx.Request | None:
    """A copy of ``request`` to keep in an error: secret query values and credential headers as ``***``.

    The body is shared, not copied (it carries documents, never credentials).
    """
    if request is None:
        return None
    import httpx

    headers = [(k, MASK if k.lower() in _SECRET_HEADERS else v) for k, v in request.headers.multi_items()]
    masked = httpx.Request(request.method, redact_url(str(request.url)), headers=headers, stream=request.stream)
    masked.extensions = {k: v for k, v in request.extensions.items() if k == "timeout"}
    return masked


def _mask_response(response: httpx.Response) -> httpx.Request | None:
    """Mask the request ``response`` keeps, in place, and return it."""
    request = masked_request(getattr(response, "_request", None))
    if request is not None:
        response.request = request
    return request


class RetabError(Exception):
    """Base of every error this package raises."""


class ConfigurationError(RetabError, ValueError):
    """The call cannot be made as configured (raised before any request is sent)."""


class ClientClosedError(RetabError, RuntimeError):
    """The client cannot send: it was closed, or (``AsyncRetab``) it is in use in another running event loop."""


class AmbiguousOutputError(RetabError, ValueError):
    """``output_data(run)`` without ``node_id`` on a run with several end nodes; ``node_ids`` lists them."""

    def __init__(self, message: str, *, node_ids: list[str]) -> None:
        super().__init__(message)
        self.node_ids = node_ids


class PaginationError(RetabError, RuntimeError):
    """A list cannot go on: ``next_page()`` after the last page, or cursors that lead back to a page already read."""


class APIError(RetabError):
    """Something went wrong talking to the API. ``request`` is the request, when one was sent."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = masked_request(request)


class APIStatusError(APIError):
    """The API answered with an error status.

    ``body`` is the decoded JSON body when it was JSON, else its text; ``detail`` is
    the body's ``detail`` (a string, a list of problems for 422, or an object).
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, request=_mask_response(response))
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id: str | None = response.headers.get("x-request-id")

    @property
    def detail(self) -> Any:
        return self.body.get("detail") if isinstance(self.body, dict) else None


class AuthenticationError(APIStatusError):
    """401: no valid API key or access token."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not read this run."""


class NotFoundError(APIStatusError):
    """404: no run has this id."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the run's state (e.g. a resume at a node the run does not wait at).

    Commands (``cancel``, ``restart``, ``resume``, ``approve``, ``reject``) raise it at once,
    ``create`` never retries it; reads retry it ``max_retries`` times, as openai-python does.
    """


class UnprocessableEntityError(APIStatusError):
    """422: a parameter is malformed; ``detail`` lists each problem."""


class RateLimitError(APIStatusError):
    """429: too many requests (retried, honouring Retry-After)."""


class InternalServerError(APIStatusError):
    """500 and above: the server failed (retried)."""


class APIConnectionError(APIError):
    """No usable answer: the connection was refused, reset or dropped."""

    def __init__(self, message: str = "could not reach the Retab API", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """Connecting, reading or writing took longer than the timeout."""

    def __init__(
        self, message: str = "the request to the Retab API timed out", *, request: httpx.Request | None = None
    ):
        super().__init__(message, request=request)


class ResponseValidationError(APIError):
    """A successful response whose body is not JSON or does not fit the contract.

    ``body`` holds the raw body text (nothing is lost); ``problems`` every way it
    breaks the contract, each with a JSON Pointer ``path``.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: str, problems: list[ValidationIssue]) -> None:
        super().__init__(message, request=_mask_response(response))
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.problems = problems
        self.request_id: str | None = response.headers.get("x-request-id")


class RunMismatchError(ResponseValidationError):
    """A successful answer about run ``expected_id`` carries run ``received_id``: it is refused,
    not returned (a wait would otherwise end on another run's status)."""

    def __init__(self, message: str, *, response: httpx.Response, expected_id: str, received_id: str) -> None:
        super().__init__(message, response=response, body=response.text, problems=[])
        self.expected_id = expected_id
        self.received_id = received_id


class ResponseTooLargeError(APIError):
    """The body, once decoded, is larger than ``max_response_bytes`` (``limit``); reading stopped there.

    Not a ResponseValidationError: there is no body to keep or check, and it can
    happen on an error status too. Not retried: the server would send the same.
    """

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, request=_mask_response(response))
        self.response = response
        self.status_code = response.status_code
        self.limit = limit
        self.request_id: str | None = response.headers.get("x-request-id")


class ResponseDecodingError(APIError):
    """The body's ``Content-Encoding`` cannot be undone within bounds: more codings stacked than
    the client decodes, a coding it did not ask for and cannot bound (br with an old brotli), or a
    body that is not what its coding says (not gzip, a br or zstd stream cut short).

    Not retried: the server would send the same.
    """

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=_mask_response(response))
        self.response = response
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get("x-request-id")


class WaitTimeoutError(RetabError, TimeoutError):
    """``wait_for_completion`` gave up; ``last_run`` is the latest state seen (None if none was)."""

    def __init__(self, message: str, *, run_id: str, last_run: WorkflowRun | None, waited_seconds: float) -> None:
        super().__init__(message)
        self.run_id = run_id
        self.last_run = last_run
        self.waited_seconds = waited_seconds


def describe_request(request: httpx.Request | None) -> str:
    """``GET https://.../runs/x?access_token=***`` for messages and logs."""
    if request is None:
        return "request"
    return f"{request.method} {redact_url(str(request.url))}"
