from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ModelParseError
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.run_status_filter import RunStatusFilter
from ...models.sort_order import SortOrder
from ...models.trigger_type_filter import TriggerTypeFilter
from ...models.workflow_run_list import WorkflowRunList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    workflow_id: None | str | Unset = UNSET,
    status: None | RunStatusFilter | Unset = UNSET,
    exclude_status: None | RunStatusFilter | Unset = UNSET,
    trigger_type: None | TriggerTypeFilter | Unset = UNSET,
    from_date: None | str | Unset = UNSET,
    to_date: None | str | Unset = UNSET,
    min_duration_ms: int | None | Unset = UNSET,
    max_duration_ms: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    metadata: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_by: str | Unset = "timing.created_at",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_workflow_id: None | str | Unset
    if isinstance(workflow_id, Unset):
        json_workflow_id = UNSET
    else:
        json_workflow_id = workflow_id
    params["workflow_id"] = json_workflow_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, RunStatusFilter):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_exclude_status: None | str | Unset
    if isinstance(exclude_status, Unset):
        json_exclude_status = UNSET
    elif isinstance(exclude_status, RunStatusFilter):
        json_exclude_status = exclude_status.value
    else:
        json_exclude_status = exclude_status
    params["exclude_status"] = json_exclude_status

    json_trigger_type: None | str | Unset
    if isinstance(trigger_type, Unset):
        json_trigger_type = UNSET
    elif isinstance(trigger_type, TriggerTypeFilter):
        json_trigger_type = trigger_type.value
    else:
        json_trigger_type = trigger_type
    params["trigger_type"] = json_trigger_type

    json_from_date: None | str | Unset
    if isinstance(from_date, Unset):
        json_from_date = UNSET
    else:
        json_from_date = from_date
    params["from_date"] = json_from_date

    json_to_date: None | str | Unset
    if isinstance(to_date, Unset):
        json_to_date = UNSET
    else:
        json_to_date = to_date
    params["to_date"] = json_to_date

    json_min_duration_ms: int | None | Unset
    if isinstance(min_duration_ms, Unset):
        json_min_duration_ms = UNSET
    else:
        json_min_duration_ms = min_duration_ms
    params["min_duration_ms"] = json_min_duration_ms

    json_max_duration_ms: int | None | Unset
    if isinstance(max_duration_ms, Unset):
        json_max_duration_ms = UNSET
    else:
        json_max_duration_ms = max_duration_ms
    params["max_duration_ms"] = json_max_duration_ms

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_metadata: None | str | Unset
    if isinstance(metadata, Unset):
        json_metadata = UNSET
    else:
        json_metadata = metadata
    params["metadata"] = json_metadata

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

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["sort_by"] = sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/runs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowRunList | None:
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
) -> ErrorResponse | HTTPValidationError | WorkflowRunList | None:
    if response.status_code == 200:
        response_200 = WorkflowRunList.from_dict(response.json())

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
) -> Response[ErrorResponse | HTTPValidationError | WorkflowRunList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    workflow_id: None | str | Unset = UNSET,
    status: None | RunStatusFilter | Unset = UNSET,
    exclude_status: None | RunStatusFilter | Unset = UNSET,
    trigger_type: None | TriggerTypeFilter | Unset = UNSET,
    from_date: None | str | Unset = UNSET,
    to_date: None | str | Unset = UNSET,
    min_duration_ms: int | None | Unset = UNSET,
    max_duration_ms: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    metadata: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_by: str | Unset = "timing.created_at",
) -> Response[ErrorResponse | HTTPValidationError | WorkflowRunList]:
    """List Workflow Runs

     List workflow runs with pagination and optional filters.

    Args:
        workflow_id (None | str | Unset): Filter by workflow ID
        status (None | RunStatusFilter | Unset): Filter by run status
        exclude_status (None | RunStatusFilter | Unset): Exclude runs with this status
        trigger_type (None | TriggerTypeFilter | Unset): Filter by trigger type
        from_date (None | str | Unset): Filter runs created on or after this date (YYYY-MM-DD)
        to_date (None | str | Unset): Filter runs created on or before this date (YYYY-MM-DD)
        min_duration_ms (int | None | Unset): Filter runs with duration >= this value in
            milliseconds
        max_duration_ms (int | None | Unset): Filter runs with duration <= this value in
            milliseconds
        search (None | str | Unset): Search by run ID (partial match)
        metadata (None | str | Unset): Filter by metadata equality: a JSON object of key/value
            pairs (e.g. {"tenant":"acme"}). Pairs AND together.
        before (None | str | Unset):
        after (None | str | Unset):
        limit (int | Unset): Items per page Default: 20.
        order (SortOrder | Unset):  Default: SortOrder.DESC.
        sort_by (str | Unset):  Default: 'timing.created_at'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowRunList]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        status=status,
        exclude_status=exclude_status,
        trigger_type=trigger_type,
        from_date=from_date,
        to_date=to_date,
        min_duration_ms=min_duration_ms,
        max_duration_ms=max_duration_ms,
        search=search,
        metadata=metadata,
        before=before,
        after=after,
        limit=limit,
        order=order,
        sort_by=sort_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    workflow_id: None | str | Unset = UNSET,
    status: None | RunStatusFilter | Unset = UNSET,
    exclude_status: None | RunStatusFilter | Unset = UNSET,
    trigger_type: None | TriggerTypeFilter | Unset = UNSET,
    from_date: None | str | Unset = UNSET,
    to_date: None | str | Unset = UNSET,
    min_duration_ms: int | None | Unset = UNSET,
    max_duration_ms: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    metadata: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_by: str | Unset = "timing.created_at",
) -> ErrorResponse | HTTPValidationError | WorkflowRunList | None:
    """List Workflow Runs

     List workflow runs with pagination and optional filters.

    Args:
        workflow_id (None | str | Unset): Filter by workflow ID
        status (None | RunStatusFilter | Unset): Filter by run status
        exclude_status (None | RunStatusFilter | Unset): Exclude runs with this status
        trigger_type (None | TriggerTypeFilter | Unset): Filter by trigger type
        from_date (None | str | Unset): Filter runs created on or after this date (YYYY-MM-DD)
        to_date (None | str | Unset): Filter runs created on or before this date (YYYY-MM-DD)
        min_duration_ms (int | None | Unset): Filter runs with duration >= this value in
            milliseconds
        max_duration_ms (int | None | Unset): Filter runs with duration <= this value in
            milliseconds
        search (None | str | Unset): Search by run ID (partial match)
        metadata (None | str | Unset): Filter by metadata equality: a JSON object of key/value
            pairs (e.g. {"tenant":"acme"}). Pairs AND together.
        before (None | str | Unset):
        after (None | str | Unset):
        limit (int | Unset): Items per page Default: 20.
        order (SortOrder | Unset):  Default: SortOrder.DESC.
        sort_by (str | Unset):  Default: 'timing.created_at'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowRunList
    """

    return sync_detailed(
        client=client,
        workflow_id=workflow_id,
        status=status,
        exclude_status=exclude_status,
        trigger_type=trigger_type,
        from_date=from_date,
        to_date=to_date,
        min_duration_ms=min_duration_ms,
        max_duration_ms=max_duration_ms,
        search=search,
        metadata=metadata,
        before=before,
        after=after,
        limit=limit,
        order=order,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    workflow_id: None | str | Unset = UNSET,
    status: None | RunStatusFilter | Unset = UNSET,
    exclude_status: None | RunStatusFilter | Unset = UNSET,
    trigger_type: None | TriggerTypeFilter | Unset = UNSET,
    from_date: None | str | Unset = UNSET,
    to_date: None | str | Unset = UNSET,
    min_duration_ms: int | None | Unset = UNSET,
    max_duration_ms: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    metadata: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_by: str | Unset = "timing.created_at",
) -> Response[ErrorResponse | HTTPValidationError | WorkflowRunList]:
    """List Workflow Runs

     List workflow runs with pagination and optional filters.

    Args:
        workflow_id (None | str | Unset): Filter by workflow ID
        status (None | RunStatusFilter | Unset): Filter by run status
        exclude_status (None | RunStatusFilter | Unset): Exclude runs with this status
        trigger_type (None | TriggerTypeFilter | Unset): Filter by trigger type
        from_date (None | str | Unset): Filter runs created on or after this date (YYYY-MM-DD)
        to_date (None | str | Unset): Filter runs created on or before this date (YYYY-MM-DD)
        min_duration_ms (int | None | Unset): Filter runs with duration >= this value in
            milliseconds
        max_duration_ms (int | None | Unset): Filter runs with duration <= this value in
            milliseconds
        search (None | str | Unset): Search by run ID (partial match)
        metadata (None | str | Unset): Filter by metadata equality: a JSON object of key/value
            pairs (e.g. {"tenant":"acme"}). Pairs AND together.
        before (None | str | Unset):
        after (None | str | Unset):
        limit (int | Unset): Items per page Default: 20.
        order (SortOrder | Unset):  Default: SortOrder.DESC.
        sort_by (str | Unset):  Default: 'timing.created_at'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowRunList]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        status=status,
        exclude_status=exclude_status,
        trigger_type=trigger_type,
        from_date=from_date,
        to_date=to_date,
        min_duration_ms=min_duration_ms,
        max_duration_ms=max_duration_ms,
        search=search,
        metadata=metadata,
        before=before,
        after=after,
        limit=limit,
        order=order,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    workflow_id: None | str | Unset = UNSET,
    status: None | RunStatusFilter | Unset = UNSET,
    exclude_status: None | RunStatusFilter | Unset = UNSET,
    trigger_type: None | TriggerTypeFilter | Unset = UNSET,
    from_date: None | str | Unset = UNSET,
    to_date: None | str | Unset = UNSET,
    min_duration_ms: int | None | Unset = UNSET,
    max_duration_ms: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    metadata: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_by: str | Unset = "timing.created_at",
) -> ErrorResponse | HTTPValidationError | WorkflowRunList | None:
    """List Workflow Runs

     List workflow runs with pagination and optional filters.

    Args:
        workflow_id (None | str | Unset): Filter by workflow ID
        status (None | RunStatusFilter | Unset): Filter by run status
        exclude_status (None | RunStatusFilter | Unset): Exclude runs with this status
        trigger_type (None | TriggerTypeFilter | Unset): Filter by trigger type
        from_date (None | str | Unset): Filter runs created on or after this date (YYYY-MM-DD)
        to_date (None | str | Unset): Filter runs created on or before this date (YYYY-MM-DD)
        min_duration_ms (int | None | Unset): Filter runs with duration >= this value in
            milliseconds
        max_duration_ms (int | None | Unset): Filter runs with duration <= this value in
            milliseconds
        search (None | str | Unset): Search by run ID (partial match)
        metadata (None | str | Unset): Filter by metadata equality: a JSON object of key/value
            pairs (e.g. {"tenant":"acme"}). Pairs AND together.
        before (None | str | Unset):
        after (None | str | Unset):
        limit (int | Unset): Items per page Default: 20.
        order (SortOrder | Unset):  Default: SortOrder.DESC.
        sort_by (str | Unset):  Default: 'timing.created_at'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowRunList
    """

    return (
        await asyncio_detailed(
            client=client,
            workflow_id=workflow_id,
            status=status,
            exclude_status=exclude_status,
            trigger_type=trigger_type,
            from_date=from_date,
            to_date=to_date,
            min_duration_ms=min_duration_ms,
            max_duration_ms=max_duration_ms,
            search=search,
            metadata=metadata,
            before=before,
            after=after,
            limit=limit,
            order=order,
            sort_by=sort_by,
        )
    ).parsed
