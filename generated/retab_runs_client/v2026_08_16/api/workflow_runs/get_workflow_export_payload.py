from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ModelParseError
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_export_payload_request import WorkflowExportPayloadRequest
from ...models.workflow_export_payload_response import WorkflowExportPayloadResponse
from ...types import Response


def _get_kwargs(
    *,
    body: WorkflowExportPayloadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/runs/export",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowExportPayloadResponse | None:
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
) -> ErrorResponse | HTTPValidationError | WorkflowExportPayloadResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowExportPayloadResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | HTTPValidationError | WorkflowExportPayloadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkflowExportPayloadRequest,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowExportPayloadResponse]:
    """Get Workflow Export Payload

     Build CSV content for workflow run exports.

    Args:
        body (WorkflowExportPayloadRequest): Body describing which block outputs (or inputs)
            across a workflow's runs to export as CSV, with optional run, doc-type, and status
            filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowExportPayloadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: WorkflowExportPayloadRequest,
) -> ErrorResponse | HTTPValidationError | WorkflowExportPayloadResponse | None:
    """Get Workflow Export Payload

     Build CSV content for workflow run exports.

    Args:
        body (WorkflowExportPayloadRequest): Body describing which block outputs (or inputs)
            across a workflow's runs to export as CSV, with optional run, doc-type, and status
            filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowExportPayloadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkflowExportPayloadRequest,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowExportPayloadResponse]:
    """Get Workflow Export Payload

     Build CSV content for workflow run exports.

    Args:
        body (WorkflowExportPayloadRequest): Body describing which block outputs (or inputs)
            across a workflow's runs to export as CSV, with optional run, doc-type, and status
            filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowExportPayloadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WorkflowExportPayloadRequest,
) -> ErrorResponse | HTTPValidationError | WorkflowExportPayloadResponse | None:
    """Get Workflow Export Payload

     Build CSV content for workflow run exports.

    Args:
        body (WorkflowExportPayloadRequest): Body describing which block outputs (or inputs)
            across a workflow's runs to export as CSV, with optional run, doc-type, and status
            filters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowExportPayloadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
