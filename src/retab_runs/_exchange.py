"""One request to the API and what its answer means; shared by the sync and async clients.

Nothing here does I/O: the clients send what ``prepare_get_run`` builds and hand
the outcome to ``status_error``, ``transport_error`` and ``parse_run``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._checker import ValidationIssue, check, short
from ._config import check_header, check_secret
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
    ResponseTooLargeError,
    ResponseValidationError,
    UnprocessableEntityError,
    describe_request,
)
from ._options import NOT_GIVEN, CallOptions, NotGiven, RequestOptions, TimeoutLike
from ._redact import mask_values, redact_url
from ._response import HTTPDetails
from ._retries import RetryRule, is_retryable_status, never_sent
from ._version import __version__

if TYPE_CHECKING:
    import httpx

    from retab_runs_client.models import WorkflowRun

__all__ = [
    "AUTH_HEADERS",
    "APIResponse",
    "PreparedRequest",
    "final_error",
    "get_run_options",
    "invalid_body",
    "parse_run",
    "prepare",
    "prepare_get_run",
    "request_credentials",
    "set_header",
    "status_error",
    "transport_error",
    "with_notes",
]

T = TypeVar("T")

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
USER_AGENT = f"retab-runs/{__version__}"
FIXED_HEADERS = {"Accept": "application/json", "User-Agent": USER_AGENT}


@dataclass(frozen=True)
class PreparedRequest:
    method: str
    url: str
    params: dict[str, str]
    headers: dict[str, str] = field(repr=False)  # the credentials; fixed headers are the client's
    timeout: httpx.Timeout
    json_body: Any = field(default=None, repr=False)
    retry: RetryRule = RetryRule.REPEATABLE


@dataclass(frozen=True)
class APIResponse(HTTPDetails, Generic[T]):
    """A typed result together with the HTTP response it came from."""

    data: T
    http_response: httpx.Response = field(repr=False)
    retries: int = 0


def get_run_options(
    run_id: object,
    access_token: str | None,
    *,
    timeout: TimeoutLike | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, object] | None = None,
) -> RequestOptions:
    """The options of ``GET /v1/workflows/runs/{run_id}``. Raises ConfigurationError for a blank run id."""
    from ._operations import GET  # the generated endpoint owns the path: run_id is one segment

    call: CallOptions = {
        "access_token": access_token, "timeout": timeout, "max_retries": max_retries,
        "extra_headers": extra_headers, "extra_query": extra_query,
    }  # fmt: skip
    return GET.options(call, {"run_id": run_id})


AUTH_HEADERS: dict[str, Callable[[str], tuple[str, str]]] = {
    "api-key": lambda key: ("Api-Key", key),  # the seed's contract (2026-02-26)
    "bearer": lambda key: ("Authorization", f"Bearer {key}"),  # today's (2026-08-16): HTTPBearer only
}
"""How each contract carries the API key: the header a client of that contract sends, and nothing else."""


def prepare(
    options: RequestOptions, base_url: str, *, api_key: str | None, timeout: httpx.Timeout, auth: str = "api-key"
) -> PreparedRequest:
    """The request to send for ``options``, the key in ``auth``'s header (``AUTH_HEADERS``).

    Raises ConfigurationError, before any I/O, when it cannot be made.
    """
    access_token = options.access_token
    if access_token is not None and (not isinstance(access_token, str) or not access_token.strip()):
        raise ConfigurationError("access_token must be a non-blank string when given")
    if access_token is not None:
        check_secret(access_token, "access_token")
    if not api_key and access_token is None:
        token_too = ", or pass access_token=... to this call" if auth == "api-key" else ""
        raise ConfigurationError(f"no credentials: pass api_key=... to the client or set RETAB_API_KEY{token_too}")
    headers = dict([AUTH_HEADERS[auth](api_key)]) if api_key else {}
    for name, value in (options.extra_headers or {}).items():
        check_header(name, value, "extra_headers")
        set_header(headers, name, value)
    params = dict(options.params)
    if access_token is not None:
        params["access_token"] = access_token
    for key, item in (options.extra_query or {}).items():
        if item is not None:
            params[str(key)] = str(item)
    url = base_url.rstrip("/") + options.path
    return PreparedRequest(options.method, url, params, headers, timeout, options.json_body, options.retry)


def set_header(headers: dict[str, str], name: str, value: str) -> None:
    """Set ``name`` in ``headers``, replacing it whatever its case: never two ``Api-Key`` headers."""
    for existing in [k for k in headers if k.lower() == name.lower()]:
        del headers[existing]
    headers[name] = value


def prepare_get_run(
    base_url: str, run_id: object, *, api_key: str | None, access_token: str | None, timeout: httpx.Timeout
) -> PreparedRequest:
    """The request for one run. Raises ConfigurationError, before any I/O, when it cannot be made."""
    return prepare(get_run_options(run_id, access_token), base_url, api_key=api_key, timeout=timeout)


def decode_body(response: httpx.Response) -> Any:
    """The body as JSON when it is JSON, else as text (never raises)."""
    from retab_runs_client.types import decode_json

    try:
        return decode_json(response.content)
    except (ValueError, RecursionError):
        return response.text


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for an unsuccessful response."""
    body = decode_body(response)
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    reason = response.reason_phrase or "error"
    text = f"{describe_request(response.request)} answered {status} {reason}"
    if response.is_redirect:
        target = redact_url(response.headers.get("location", "?"))
        text += f"; the redirect to {target} was not followed (credentials stay with the configured host)"
    detail = _detail_text(body)
    if detail:
        text += f": {detail}"
    if status == 401 and "api-key" in response.request.headers:
        if response.headers.get("www-authenticate", "").lower().startswith("bearer"):
            text += (
                "; the server asks for a Bearer key, as today's Retab API (2026-08-16) does: "
                "use retab_runs.v2026_08_16.Retab (CLI: --api-version 2026-08-16)"
            )
    request_id = response.headers.get("x-request-id")
    if request_id:
        text += f" (request id {request_id})"
    return cls(mask_values(text, request_credentials(response.request)), response=response, body=body)


def request_credentials(request: httpx.Request) -> list[str]:
    """The key and token this request carried: a server that echoes them (in a detail, a
    Location) must not put them in our messages and logs, which URL redaction alone misses."""
    scheme, _, bearer = request.headers.get("authorization", "").partition(" ")
    found = [request.headers.get("api-key", ""), *request.url.params.get_list("access_token")]
    if scheme.lower() == "bearer":
        found.append(bearer.strip())
    return [value for value in found if value]


def _detail_text(body: Any) -> str:
    if isinstance(body, dict):
        detail = body.get("detail", body)
        if isinstance(detail, str):
            return detail
        if isinstance(detail, list):
            parts = []
            for item in detail[:5]:
                if isinstance(item, dict) and "msg" in item:
                    loc = ".".join(str(p) for p in item.get("loc", []) if isinstance(p, (str, int)))
                    parts.append(f"{loc}: {item['msg']}" if loc else str(item["msg"]))
                else:
                    parts.append(short(item, 60))
            return "; ".join(parts) + ("; ..." if len(detail) > 5 else "")
        return short(detail, 200)
    if isinstance(body, str):
        text = " ".join(body.split())
        return short(text, 200)[1:-1] if text else ""
    return short(body, 200)


def transport_error(exc: httpx.RequestError, request: httpx.Request | None) -> APIConnectionError:
    """The typed error for a request that got no usable answer."""
    where = describe_request(request)
    import httpx

    if isinstance(exc, httpx.TimeoutException):
        kind = type(exc).__name__.replace("Timeout", " timeout").lower().strip()
        return APITimeoutError(f"{where} timed out ({kind})", request=request)
    return APIConnectionError(f"{where} failed: {type(exc).__name__}: {_exception_text(exc)}", request=request)


def final_error(error: APIError, rule: RetryRule, cause: BaseException | None) -> APIError:
    """The error to raise once retrying is over: for an operation that is not safe to repeat, saying
    so when the request may have reached the server (it may have acted: a run may exist)."""
    if rule is not RetryRule.UNSENT_ONLY or never_sent(cause) or isinstance(error, ResponseTooLargeError):
        return error
    note = (
        "; it was not retried, as it may have reached the server and this operation has no idempotency key: "
        "the run may have been created (list the workflow's runs to check before trying again)"
    )
    if isinstance(error, APIStatusError):
        if not is_retryable_status(error.status_code):  # a refusal (400, 404, 422...): nothing was made
            return error
        return type(error)(error.message + note, response=error.response, body=error.body)
    if isinstance(error, APIConnectionError):
        return type(error)(error.message + note, request=error.request)
    return error


def with_notes(error: APIError, notes: list[str]) -> APIError:
    """``error`` with ``notes`` appended to its message (status and connection errors; others as they are)."""
    if not notes:
        return error
    text = error.message + "; " + "; ".join(notes)
    if isinstance(error, APIStatusError):
        return type(error)(text, response=error.response, body=error.body)
    if isinstance(error, APIConnectionError):
        return type(error)(text, request=error.request)
    return error


def _exception_text(exc: Exception) -> str:
    return redact_url(str(exc)) or "no detail"


def parse_run(response: httpx.Response) -> WorkflowRun:
    """The run in a successful response. Raises ResponseValidationError, keeping the raw body."""
    from retab_runs_client.types import gc_paused

    with gc_paused(len(response.content)):
        return _parse_run(response)


def _parse_run(response: httpx.Response) -> WorkflowRun:
    from retab_runs_client.errors import ModelParseError
    from retab_runs_client.models import WorkflowRun
    from retab_runs_client.models._wire import build_strict
    from retab_runs_client.types import decode_json

    # A body that says exactly what the spec says: msgspec Structs and the generated converter.
    # Anything else (keys the spec does not name, a misfit, not JSON) takes the checked path below.
    built: WorkflowRun | None = build_strict("WorkflowRun", response.content)
    if built is not None:
        return built
    try:
        data = decode_json(response.content)
    except RecursionError:
        raise invalid_body(response, "is nested too deeply to decode", []) from None
    except ValueError as exc:
        kind = response.headers.get("content-type", "no content type")
        raise invalid_body(response, f"is not JSON ({kind}): {exc}", []) from exc
    try:
        # _own: data is this call's alone, so the models may let go of its dicts as they are
        # built (a lower peak of memory); the checker below reads the body again.
        return WorkflowRun._from_dict(data, _own=True)
    except ModelParseError as exc:
        data = decode_json(response.content)
        problems = check(data, "compatible") if isinstance(data, dict) else []
        if not problems:
            value = short(exc.value) if exc.has_value else None
            problems = [ValidationIssue(exc.pointer, exc.problem, value)]
        raise invalid_body(response, "does not fit the WorkflowRun contract", problems) from exc


def invalid_body(response: httpx.Response, what: str, problems: list[ValidationIssue]) -> ResponseValidationError:
    listed = "; ".join(str(p) for p in problems[:5]) + ("; ..." if len(problems) > 5 else "")
    where = describe_request(response.request)  # only on failure: redacting the URL costs a regex
    text = f"the body of {where} ({response.status_code}) {what}" + (f": {listed}" if listed else "")
    text = mask_values(text, request_credentials(response.request))
    return ResponseValidationError(text, response=response, body=response.text, problems=problems)
