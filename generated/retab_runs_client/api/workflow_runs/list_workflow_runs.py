import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ModelParseError
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.paginated_list import PaginatedList
from ...models.run_status_filter import RunStatusFilter
from ...models.sort_order import SortOrder
from ...models.trigger_type import TriggerType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    workflow_id: None | str | Unset = UNSET,
    status: None | RunStatusFilter | Unset = UNSET,
    statuses: None | str | Unset = UNSET,
    exclude_status: None | RunStatusFilter | Unset = UNSET,
    trigger_type: None | TriggerType | Unset = UNSET,
    trigger_types: None | str | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    min_cost: float | None | Unset = UNSET,
    max_cost: float | None | Unset = UNSET,
    min_duration: int | None | Unset = UNSET,
    max_duration: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_by: str | Unset = "created_at",
    access_token: None | str | Unset = UNSET,
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

    json_statuses: None | str | Unset
    if isinstance(statuses, Unset):
        json_statuses = UNSET
    else:
        json_statuses = statuses
    params["statuses"] = json_statuses

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
    elif isinstance(trigger_type, TriggerType):
        json_trigger_type = trigger_type.value
    else:
        json_trigger_type = trigger_type
    params["trigger_type"] = json_trigger_type

    json_trigger_types: None | str | Unset
    if isinstance(trigger_types, Unset):
        json_trigger_types = UNSET
    else:
        json_trigger_types = trigger_types
    params["trigger_types"] = json_trigger_types

    json_from_date: None | str | Unset
    if isinstance(from_date, Unset):
        json_from_date = UNSET
    elif isinstance(from_date, datetime.date):
        json_from_date = from_date.isoformat()
    else:
        json_from_date = from_date
    params["from_date"] = json_from_date

    json_to_date: None | str | Unset
    if isinstance(to_date, Unset):
        json_to_date = UNSET
    elif isinstance(to_date, datetime.date):
        json_to_date = to_date.isoformat()
    else:
        json_to_date = to_date
    params["to_date"] = json_to_date

    json_min_cost: float | None | Unset
    if isinstance(min_cost, Unset):
        json_min_cost = UNSET
    else:
        json_min_cost = min_cost
    params["min_cost"] = json_min_cost

    json_max_cost: float | None | Unset
    if isinstance(max_cost, Unset):
        json_max_cost = UNSET
    else:
        json_max_cost = max_cost
    params["max_cost"] = json_max_cost

    json_min_duration: int | None | Unset
    if isinstance(min_duration, Unset):
        json_min_duration = UNSET
    else:
        json_min_duration = min_duration
    params["min_duration"] = json_min_duration

    json_max_duration: int | None | Unset
    if isinstance(max_duration, Unset):
        json_max_duration = UNSET
    else:
        json_max_duration = max_duration
    params["max_duration"] = json_max_duration

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_fields: None | str | Unset
    if isinstance(fields, Unset):
        json_fields = UNSET
    else:
        json_fields = fields
    params["fields"] = json_fields

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

    json_access_token: None | str | Unset
    if isinstance(access_token, Unset):
        json_access_token = UNSET
    else:
        json_access_token = access_token
    params["access_token"] = json_access_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/runs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | PaginatedList | None:
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
) -> ErrorResponse | HTTPValidationError | PaginatedList | None:
    if response.status_code == 200:
        response_200 = PaginatedList.from_dict(response.json())

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
) -> Response[ErrorResponse | HTTPValidationError | PaginatedList]:
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
    statuses: None | str | Unset = UNSET,
    exclude_status: None | RunStatusFilter | Unset = UNSET,
    trigger_type: None | TriggerType | Unset = UNSET,
    trigger_types: None | str | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    min_cost: float | None | Unset = UNSET,
    max_cost: float | None | Unset = UNSET,
    min_duration: int | None | Unset = UNSET,
    max_duration: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_by: str | Unset = "created_at",
    access_token: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | PaginatedList]:
    """List workflow runs

     Returns one page of runs, newest first by default, filtered by any of the query parameters.
    Follow `list_metadata.after` (or `before`) to walk the other pages.

    Args:
        workflow_id (None | str | Unset):
        status (None | RunStatusFilter | Unset):
        statuses (None | str | Unset):
        exclude_status (None | RunStatusFilter | Unset):
        trigger_type (None | TriggerType | Unset):
        trigger_types (None | str | Unset):
        from_date (datetime.date | None | Unset):
        to_date (datetime.date | None | Unset):
        min_cost (float | None | Unset):
        max_cost (float | None | Unset):
        min_duration (int | None | Unset):
        max_duration (int | None | Unset):
        search (None | str | Unset):
        fields (None | str | Unset):
        before (None | str | Unset):
        after (None | str | Unset):
        limit (int | Unset):  Default: 20.
        order (SortOrder | Unset): Sort direction: ascending or descending. Default:
            SortOrder.DESC.
        sort_by (str | Unset):  Default: 'created_at'.
        access_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | PaginatedList]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        status=status,
        statuses=statuses,
        exclude_status=exclude_status,
        trigger_type=trigger_type,
        trigger_types=trigger_types,
        from_date=from_date,
        to_date=to_date,
        min_cost=min_cost,
        max_cost=max_cost,
        min_duration=min_duration,
        max_duration=max_duration,
        search=search,
        fields=fields,
        before=before,
        after=after,
        limit=limit,
        order=order,
        sort_by=sort_by,
        access_token=access_token,
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
    statuses: None | str | Unset = UNSET,
    exclude_status: None | RunStatusFilter | Unset = UNSET,
    trigger_type: None | TriggerType | Unset = UNSET,
    trigger_types: None | str | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    min_cost: float | None | Unset = UNSET,
    max_cost: float | None | Unset = UNSET,
    min_duration: int | None | Unset = UNSET,
    max_duration: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_by: str | Unset = "created_at",
    access_token: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | PaginatedList | None:
    """List workflow runs

     Returns one page of runs, newest first by default, filtered by any of the query parameters.
    Follow `list_metadata.after` (or `before`) to walk the other pages.

    Args:
        workflow_id (None | str | Unset):
        status (None | RunStatusFilter | Unset):
        statuses (None | str | Unset):
        exclude_status (None | RunStatusFilter | Unset):
        trigger_type (None | TriggerType | Unset):
        trigger_types (None | str | Unset):
        from_date (datetime.date | None | Unset):
        to_date (datetime.date | None | Unset):
        min_cost (float | None | Unset):
        max_cost (float | None | Unset):
        min_duration (int | None | Unset):
        max_duration (int | None | Unset):
        search (None | str | Unset):
        fields (None | str | Unset):
        before (None | str | Unset):
        after (None | str | Unset):
        limit (int | Unset):  Default: 20.
        order (SortOrder | Unset): Sort direction: ascending or descending. Default:
            SortOrder.DESC.
        sort_by (str | Unset):  Default: 'created_at'.
        access_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | PaginatedList
    """

    return sync_detailed(
        client=client,
        workflow_id=workflow_id,
        status=status,
        statuses=statuses,
        exclude_status=exclude_status,
        trigger_type=trigger_type,
        trigger_types=trigger_types,
        from_date=from_date,
        to_date=to_date,
        min_cost=min_cost,
        max_cost=max_cost,
        min_duration=min_duration,
        max_duration=max_duration,
        search=search,
        fields=fields,
        before=before,
        after=after,
        limit=limit,
        order=order,
        sort_by=sort_by,
        access_token=access_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    workflow_id: None | str | Unset = UNSET,
    status: None | RunStatusFilter | Unset = UNSET,
    statuses: None | str | Unset = UNSET,
    exclude_status: None | RunStatusFilter | Unset = UNSET,
    trigger_type: None | TriggerType | Unset = UNSET,
    trigger_types: None | str | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    min_cost: float | None | Unset = UNSET,
    max_cost: float | None | Unset = UNSET,
    min_duration: int | None | Unset = UNSET,
    max_duration: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_by: str | Unset = "created_at",
    access_token: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | PaginatedList]:
    """List workflow runs

     Returns one page of runs, newest first by default, filtered by any of the query parameters.
    Follow `list_metadata.after` (or `before`) to walk the other pages.

    Args:
        workflow_id (None | str | Unset):
        status (None | RunStatusFilter | Unset):
        statuses (None | str | Unset):
        exclude_status (None | RunStatusFilter | Unset):
        trigger_type (None | TriggerType | Unset):
        trigger_types (None | str | Unset):
        from_date (datetime.date | None | Unset):
        to_date (datetime.date | None | Unset):
        min_cost (float | None | Unset):
        max_cost (float | None | Unset):
        min_duration (int | None | Unset):
        max_duration (int | None | Unset):
        search (None | str | Unset):
        fields (None | str | Unset):
        before (None | str | Unset):
        after (None | str | Unset):
        limit (int | Unset):  Default: 20.
        order (SortOrder | Unset): Sort direction: ascending or descending. Default:
            SortOrder.DESC.
        sort_by (str | Unset):  Default: 'created_at'.
        access_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | PaginatedList]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        status=status,
        statuses=statuses,
        exclude_status=exclude_status,
        trigger_type=trigger_type,
        trigger_types=trigger_types,
        from_date=from_date,
        to_date=to_date,
        min_cost=min_cost,
        max_cost=max_cost,
        min_duration=min_duration,
        max_duration=max_duration,
        search=search,
        fields=fields,
        before=before,
        after=after,
        limit=limit,
        order=order,
        sort_by=sort_by,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    workflow_id: None | str | Unset = UNSET,
    status: None | RunStatusFilter | Unset = UNSET,
    statuses: None | str | Unset = UNSET,
    exclude_status: None | RunStatusFilter | Unset = UNSET,
    trigger_type: None | TriggerType | Unset = UNSET,
    trigger_types: None | str | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    min_cost: float | None | Unset = UNSET,
    max_cost: float | None | Unset = UNSET,
    min_duration: int | None | Unset = UNSET,
    max_duration: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    fields: None | str | Unset = UNSET,
    before: None | str | Unset = UNSET,
    after: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_by: str | Unset = "created_at",
    access_token: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | PaginatedList | None:
    """List workflow runs

     Returns one page of runs, newest first by default, filtered by any of the query parameters.
    Follow `list_metadata.after` (or `before`) to walk the other pages.

    Args:
        workflow_id (None | str | Unset):
        status (None | RunStatusFilter | Unset):
        statuses (None | str | Unset):
        exclude_status (None | RunStatusFilter | Unset):
        trigger_type (None | TriggerType | Unset):
        trigger_types (None | str | Unset):
        from_date (datetime.date | None | Unset):
        to_date (datetime.date | None | Unset):
        min_cost (float | None | Unset):
        max_cost (float | None | Unset):
        min_duration (int | None | Unset):
        max_duration (int | None | Unset):
        search (None | str | Unset):
        fields (None | str | Unset):
        before (None | str | Unset):
        after (None | str | Unset):
        limit (int | Unset):  Default: 20.
        order (SortOrder | Unset): Sort direction: ascending or descending. Default:
            SortOrder.DESC.
        sort_by (str | Unset):  Default: 'created_at'.
        access_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | PaginatedList
    """

    return (
        await asyncio_detailed(
            client=client,
            workflow_id=workflow_id,
            status=status,
            statuses=statuses,
            exclude_status=exclude_status,
            trigger_type=trigger_type,
            trigger_types=trigger_types,
            from_date=from_date,
            to_date=to_date,
            min_cost=min_cost,
            max_cost=max_cost,
            min_duration=min_duration,
            max_duration=max_duration,
            search=search,
            fields=fields,
            before=before,
            after=after,
            limit=limit,
            order=order,
            sort_by=sort_by,
            access_token=access_token,
        )
    ).parsed
