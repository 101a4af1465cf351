from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ModelParseError
from ...models.cancel_workflow_request import CancelWorkflowRequest
from ...models.cancel_workflow_response import CancelWorkflowResponse
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    run_id: str,
    *,
    body: CancelWorkflowRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/v1/workflows/runs/{path_segment(run_id)}/cancel",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    if not isinstance(body, Unset):  # an optional body left out: no body, so no content type either
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelWorkflowResponse | ErrorResponse | HTTPValidationError | None:
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
) -> CancelWorkflowResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CancelWorkflowResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[CancelWorkflowResponse | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: CancelWorkflowRequest | Unset = UNSET,
) -> Response[CancelWorkflowResponse | ErrorResponse | HTTPValidationError]:
    """Cancel Workflow Run

     Cancel a pending, running, or waiting workflow run.

    Args:
        run_id (str):
        body (CancelWorkflowRequest | Unset): Optional request payload for cancel workflow command
            idempotency.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelWorkflowResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: CancelWorkflowRequest | Unset = UNSET,
) -> CancelWorkflowResponse | ErrorResponse | HTTPValidationError | None:
    """Cancel Workflow Run

     Cancel a pending, running, or waiting workflow run.

    Args:
        run_id (str):
        body (CancelWorkflowRequest | Unset): Optional request payload for cancel workflow command
            idempotency.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelWorkflowResponse | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: CancelWorkflowRequest | Unset = UNSET,
) -> Response[CancelWorkflowResponse | ErrorResponse | HTTPValidationError]:
    """Cancel Workflow Run

     Cancel a pending, running, or waiting workflow run.

    Args:
        run_id (str):
        body (CancelWorkflowRequest | Unset): Optional request payload for cancel workflow command
            idempotency.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelWorkflowResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: CancelWorkflowRequest | Unset = UNSET,
) -> CancelWorkflowResponse | ErrorResponse | HTTPValidationError | None:
    """Cancel Workflow Run

     Cancel a pending, running, or waiting workflow run.

    Args:
        run_id (str):
        body (CancelWorkflowRequest | Unset): Optional request payload for cancel workflow command
            idempotency.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelWorkflowResponse | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed
