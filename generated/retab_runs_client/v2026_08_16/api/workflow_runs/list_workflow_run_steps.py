from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ModelParseError
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_step_list import WorkflowStepList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    run_id: None | str | Unset = UNSET,
    workflow_id: None | str | Unset = UNSET,
    block_id: None | str | Unset = UNSET,
    step_id: None | str | Unset = UNSET,
    block_type: list[str] | None | Unset = UNSET,
    status: list[str] | None | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_run_id: None | str | Unset
    if isinstance(run_id, Unset):
        json_run_id = UNSET
    else:
        json_run_id = run_id
    params["run_id"] = json_run_id

    json_workflow_id: None | str | Unset
    if isinstance(workflow_id, Unset):
        json_workflow_id = UNSET
    else:
        json_workflow_id = workflow_id
    params["workflow_id"] = json_workflow_id

    json_block_id: None | str | Unset
    if isinstance(block_id, Unset):
        json_block_id = UNSET
    else:
        json_block_id = block_id
    params["block_id"] = json_block_id

    json_step_id: None | str | Unset
    if isinstance(step_id, Unset):
        json_step_id = UNSET
    else:
        json_step_id = step_id
    params["step_id"] = json_step_id

    json_block_type: list[str] | None | Unset
    if isinstance(block_type, Unset):
        json_block_type = UNSET
    elif isinstance(block_type, list):
        json_block_type = block_type

    else:
        json_block_type = block_type
    params["block_type"] = json_block_type

    json_status: list[str] | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, list):
        json_status = status

    else:
        json_status = status
    params["status"] = json_status

    json_before: None | str | Unset
    if isinstance(before, Unset):
        json_before = UNSET
    else:
        json_before = before
    params["before"] = json_before

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/steps",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowStepList | None:
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
) -> ErrorResponse | HTTPValidationError | WorkflowStepList | None:
    if response.status_code == 200:
        response_200 = WorkflowStepList.from_dict(response.json())

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
) -> Response[ErrorResponse | HTTPValidationError | WorkflowStepList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    run_id: None | str | Unset = UNSET,
    workflow_id: None | str | Unset = UNSET,
    block_id: None | str | Unset = UNSET,
    step_id: None | str | Unset = UNSET,
    block_type: list[str] | None | Unset = UNSET,
    status: list[str] | None | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowStepList]:
    """List Workflow Run Steps

     List steps with status and artifact summaries.

    Sorted by `started_at` ascending with `step_id` as the tiebreaker
    (the same compound key the underlying index uses). Pass `after` for
    the next page, `before` for the previous page — mutually exclusive.
    `run_id` is optional; when omitted the list is scoped to the caller's
    organization.

    Args:
        run_id (None | str | Unset): Optional workflow run ID filter.
        workflow_id (None | str | Unset):
        block_id (None | str | Unset): Optional logical block ID filter.
        step_id (None | str | Unset): Optional step ID filter.
        block_type (list[str] | None | Unset): Optional block type filter. Repeat the query
            parameter for multiple values.
        status (list[str] | None | Unset): Optional step lifecycle status filter. Repeat the query
            parameter for multiple values.
        before (None | str | Unset): Step id cursor: return the page before this id (mutually
            exclusive with `after`).
        after (None | str | Unset): Step id cursor: return the page after this id (mutually
            exclusive with `before`).
        limit (int | Unset): Maximum number of steps to return per page (1-1000). Each step
            hydrates its handle payloads from the artifact store, so raise it deliberately for larger
            pages and use cursor pagination for the rest. Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowStepList]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        workflow_id=workflow_id,
        block_id=block_id,
        step_id=step_id,
        block_type=block_type,
        status=status,
        before=before,
        after=after,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    run_id: None | str | Unset = UNSET,
    workflow_id: None | str | Unset = UNSET,
    block_id: None | str | Unset = UNSET,
    step_id: None | str | Unset = UNSET,
    block_type: list[str] | None | Unset = UNSET,
    status: list[str] | None | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> ErrorResponse | HTTPValidationError | WorkflowStepList | None:
    """List Workflow Run Steps

     List steps with status and artifact summaries.

    Sorted by `started_at` ascending with `step_id` as the tiebreaker
    (the same compound key the underlying index uses). Pass `after` for
    the next page, `before` for the previous page — mutually exclusive.
    `run_id` is optional; when omitted the list is scoped to the caller's
    organization.

    Args:
        run_id (None | str | Unset): Optional workflow run ID filter.
        workflow_id (None | str | Unset):
        block_id (None | str | Unset): Optional logical block ID filter.
        step_id (None | str | Unset): Optional step ID filter.
        block_type (list[str] | None | Unset): Optional block type filter. Repeat the query
            parameter for multiple values.
        status (list[str] | None | Unset): Optional step lifecycle status filter. Repeat the query
            parameter for multiple values.
        before (None | str | Unset): Step id cursor: return the page before this id (mutually
            exclusive with `after`).
        after (None | str | Unset): Step id cursor: return the page after this id (mutually
            exclusive with `before`).
        limit (int | Unset): Maximum number of steps to return per page (1-1000). Each step
            hydrates its handle payloads from the artifact store, so raise it deliberately for larger
            pages and use cursor pagination for the rest. Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowStepList
    """

    return sync_detailed(
        client=client,
        run_id=run_id,
        workflow_id=workflow_id,
        block_id=block_id,
        step_id=step_id,
        block_type=block_type,
        status=status,
        before=before,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    run_id: None | str | Unset = UNSET,
    workflow_id: None | str | Unset = UNSET,
    block_id: None | str | Unset = UNSET,
    step_id: None | str | Unset = UNSET,
    block_type: list[str] | None | Unset = UNSET,
    status: list[str] | None | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowStepList]:
    """List Workflow Run Steps

     List steps with status and artifact summaries.

    Sorted by `started_at` ascending with `step_id` as the tiebreaker
    (the same compound key the underlying index uses). Pass `after` for
    the next page, `before` for the previous page — mutually exclusive.
    `run_id` is optional; when omitted the list is scoped to the caller's
    organization.

    Args:
        run_id (None | str | Unset): Optional workflow run ID filter.
        workflow_id (None | str | Unset):
        block_id (None | str | Unset): Optional logical block ID filter.
        step_id (None | str | Unset): Optional step ID filter.
        block_type (list[str] | None | Unset): Optional block type filter. Repeat the query
            parameter for multiple values.
        status (list[str] | None | Unset): Optional step lifecycle status filter. Repeat the query
            parameter for multiple values.
        before (None | str | Unset): Step id cursor: return the page before this id (mutually
            exclusive with `after`).
        after (None | str | Unset): Step id cursor: return the page after this id (mutually
            exclusive with `before`).
        limit (int | Unset): Maximum number of steps to return per page (1-1000). Each step
            hydrates its handle payloads from the artifact store, so raise it deliberately for larger
            pages and use cursor pagination for the rest. Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowStepList]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        workflow_id=workflow_id,
        block_id=block_id,
        step_id=step_id,
        block_type=block_type,
        status=status,
        before=before,
        after=after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    run_id: None | str | Unset = UNSET,
    workflow_id: None | str | Unset = UNSET,
    block_id: None | str | Unset = UNSET,
    step_id: None | str | Unset = UNSET,
    block_type: list[str] | None | Unset = UNSET,
    status: list[str] | None | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
) -> ErrorResponse | HTTPValidationError | WorkflowStepList | None:
    """List Workflow Run Steps

     List steps with status and artifact summaries.

    Sorted by `started_at` ascending with `step_id` as the tiebreaker
    (the same compound key the underlying index uses). Pass `after` for
    the next page, `before` for the previous page — mutually exclusive.
    `run_id` is optional; when omitted the list is scoped to the caller's
    organization.

    Args:
        run_id (None | str | Unset): Optional workflow run ID filter.
        workflow_id (None | str | Unset):
        block_id (None | str | Unset): Optional logical block ID filter.
        step_id (None | str | Unset): Optional step ID filter.
        block_type (list[str] | None | Unset): Optional block type filter. Repeat the query
            parameter for multiple values.
        status (list[str] | None | Unset): Optional step lifecycle status filter. Repeat the query
            parameter for multiple values.
        before (None | str | Unset): Step id cursor: return the page before this id (mutually
            exclusive with `after`).
        after (None | str | Unset): Step id cursor: return the page after this id (mutually
            exclusive with `before`).
        limit (int | Unset): Maximum number of steps to return per page (1-1000). Each step
            hydrates its handle payloads from the artifact store, so raise it deliberately for larger
            pages and use cursor pagination for the rest. Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowStepList
    """

    return (
        await asyncio_detailed(
            client=client,
            run_id=run_id,
            workflow_id=workflow_id,
            block_id=block_id,
            step_id=step_id,
            block_type=block_type,
            status=status,
            before=before,
            after=after,
            limit=limit,
        )
    ).parsed
