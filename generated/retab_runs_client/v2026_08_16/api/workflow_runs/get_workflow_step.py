from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ModelParseError
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_step import WorkflowStep
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    step_id: str,
    *,
    run_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_run_id: None | str | Unset
    if isinstance(run_id, Unset):
        json_run_id = UNSET
    else:
        json_run_id = run_id
    params["run_id"] = json_run_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/workflows/steps/{path_segment(step_id)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowStep | None:
    """The typed body. A body that is not JSON (an HTML error page, say) or does not fit
    its model gives None for an error status, and ModelParseError for a success."""
    try:
        return _parse_body(client=client, response=response)
    except ValueError as exc:  # json.JSONDecodeError, UnicodeDecodeError, ModelParseError
        if not response.is_success:
            return None
        if isinstance(exc, ModelParseError):
            raise
        raise ModelParseError([], f"is not JSON: {exc}") from exc


def _parse_body(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowStep | None:
    if response.status_code == 200:
        response_200 = WorkflowStep.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | HTTPValidationError | WorkflowStep]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    step_id: str,
    *,
    client: AuthenticatedClient,
    run_id: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowStep]:
    """Get Workflow Step

     Get one step by its step id.

    Returns the same step shape as `GET /workflows/steps`.

    Args:
        step_id (str):
        run_id (None | str | Unset): Optional workflow run ID disambiguator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowStep]
    """

    kwargs = _get_kwargs(
        step_id=step_id,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    step_id: str,
    *,
    client: AuthenticatedClient,
    run_id: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | WorkflowStep | None:
    """Get Workflow Step

     Get one step by its step id.

    Returns the same step shape as `GET /workflows/steps`.

    Args:
        step_id (str):
        run_id (None | str | Unset): Optional workflow run ID disambiguator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowStep
    """

    return sync_detailed(
        step_id=step_id,
        client=client,
        run_id=run_id,
    ).parsed


async def asyncio_detailed(
    step_id: str,
    *,
    client: AuthenticatedClient,
    run_id: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowStep]:
    """Get Workflow Step

     Get one step by its step id.

    Returns the same step shape as `GET /workflows/steps`.

    Args:
        step_id (str):
        run_id (None | str | Unset): Optional workflow run ID disambiguator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowStep]
    """

    kwargs = _get_kwargs(
        step_id=step_id,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    step_id: str,
    *,
    client: AuthenticatedClient,
    run_id: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | WorkflowStep | None:
    """Get Workflow Step

     Get one step by its step id.

    Returns the same step shape as `GET /workflows/steps`.

    Args:
        step_id (str):
        run_id (None | str | Unset): Optional workflow run ID disambiguator.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowStep
    """

    return (
        await asyncio_detailed(
            step_id=step_id,
            client=client,
            run_id=run_id,
        )
    ).parsed
