import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ModelParseError
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    workflow_id: None | str | Unset = UNSET,
    statuses: None | str | Unset = UNSET,
    trigger_types: None | str | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    min_cost: float | None | Unset = UNSET,
    max_cost: float | None | Unset = UNSET,
    min_duration: int | None | Unset = UNSET,
    max_duration: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_workflow_id: None | str | Unset
    if isinstance(workflow_id, Unset):
        json_workflow_id = UNSET
    else:
        json_workflow_id = workflow_id
    params["workflow_id"] = json_workflow_id

    json_statuses: None | str | Unset
    if isinstance(statuses, Unset):
        json_statuses = UNSET
    else:
        json_statuses = statuses
    params["statuses"] = json_statuses

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

    json_access_token: None | str | Unset
    if isinstance(access_token, Unset):
        json_access_token = UNSET
    else:
        json_access_token = access_token
    params["access_token"] = json_access_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/runs/export",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | HTTPValidationError | None:
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
) -> Any | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | ErrorResponse | HTTPValidationError]:
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
    statuses: None | str | Unset = UNSET,
    trigger_types: None | str | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    min_cost: float | None | Unset = UNSET,
    max_cost: float | None | Unset = UNSET,
    min_duration: int | None | Unset = UNSET,
    max_duration: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> Response[Any | ErrorResponse | HTTPValidationError]:
    """Export runs

     Exports the runs that match the filters; the body's shape is not published.

    Args:
        workflow_id (None | str | Unset):
        statuses (None | str | Unset):
        trigger_types (None | str | Unset):
        from_date (datetime.date | None | Unset):
        to_date (datetime.date | None | Unset):
        min_cost (float | None | Unset):
        max_cost (float | None | Unset):
        min_duration (int | None | Unset):
        max_duration (int | None | Unset):
        search (None | str | Unset):
        access_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        statuses=statuses,
        trigger_types=trigger_types,
        from_date=from_date,
        to_date=to_date,
        min_cost=min_cost,
        max_cost=max_cost,
        min_duration=min_duration,
        max_duration=max_duration,
        search=search,
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
    statuses: None | str | Unset = UNSET,
    trigger_types: None | str | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    min_cost: float | None | Unset = UNSET,
    max_cost: float | None | Unset = UNSET,
    min_duration: int | None | Unset = UNSET,
    max_duration: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> Any | ErrorResponse | HTTPValidationError | None:
    """Export runs

     Exports the runs that match the filters; the body's shape is not published.

    Args:
        workflow_id (None | str | Unset):
        statuses (None | str | Unset):
        trigger_types (None | str | Unset):
        from_date (datetime.date | None | Unset):
        to_date (datetime.date | None | Unset):
        min_cost (float | None | Unset):
        max_cost (float | None | Unset):
        min_duration (int | None | Unset):
        max_duration (int | None | Unset):
        search (None | str | Unset):
        access_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        workflow_id=workflow_id,
        statuses=statuses,
        trigger_types=trigger_types,
        from_date=from_date,
        to_date=to_date,
        min_cost=min_cost,
        max_cost=max_cost,
        min_duration=min_duration,
        max_duration=max_duration,
        search=search,
        access_token=access_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    workflow_id: None | str | Unset = UNSET,
    statuses: None | str | Unset = UNSET,
    trigger_types: None | str | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    min_cost: float | None | Unset = UNSET,
    max_cost: float | None | Unset = UNSET,
    min_duration: int | None | Unset = UNSET,
    max_duration: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> Response[Any | ErrorResponse | HTTPValidationError]:
    """Export runs

     Exports the runs that match the filters; the body's shape is not published.

    Args:
        workflow_id (None | str | Unset):
        statuses (None | str | Unset):
        trigger_types (None | str | Unset):
        from_date (datetime.date | None | Unset):
        to_date (datetime.date | None | Unset):
        min_cost (float | None | Unset):
        max_cost (float | None | Unset):
        min_duration (int | None | Unset):
        max_duration (int | None | Unset):
        search (None | str | Unset):
        access_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        statuses=statuses,
        trigger_types=trigger_types,
        from_date=from_date,
        to_date=to_date,
        min_cost=min_cost,
        max_cost=max_cost,
        min_duration=min_duration,
        max_duration=max_duration,
        search=search,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    workflow_id: None | str | Unset = UNSET,
    statuses: None | str | Unset = UNSET,
    trigger_types: None | str | Unset = UNSET,
    from_date: datetime.date | None | Unset = UNSET,
    to_date: datetime.date | None | Unset = UNSET,
    min_cost: float | None | Unset = UNSET,
    max_cost: float | None | Unset = UNSET,
    min_duration: int | None | Unset = UNSET,
    max_duration: int | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> Any | ErrorResponse | HTTPValidationError | None:
    """Export runs

     Exports the runs that match the filters; the body's shape is not published.

    Args:
        workflow_id (None | str | Unset):
        statuses (None | str | Unset):
        trigger_types (None | str | Unset):
        from_date (datetime.date | None | Unset):
        to_date (datetime.date | None | Unset):
        min_cost (float | None | Unset):
        max_cost (float | None | Unset):
        min_duration (int | None | Unset):
        max_duration (int | None | Unset):
        search (None | str | Unset):
        access_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            workflow_id=workflow_id,
            statuses=statuses,
            trigger_types=trigger_types,
            from_date=from_date,
            to_date=to_date,
            min_cost=min_cost,
            max_cost=max_cost,
            min_duration=min_duration,
            max_duration=max_duration,
            search=search,
            access_token=access_token,
        )
    ).parsed
