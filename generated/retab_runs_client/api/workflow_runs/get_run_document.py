from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...errors import ModelParseError
from ...models.document_signed_url_response import DocumentSignedUrlResponse
from ...models.document_type import DocumentType
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    run_id: str,
    node_id: str,
    *,
    doc_type: DocumentType | Unset = DocumentType.OUTPUT,
    subdocument: None | str | Unset = UNSET,
    handle_id: None | str | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_doc_type: str | Unset = UNSET
    if not isinstance(doc_type, Unset):
        json_doc_type = doc_type.value

    params["doc_type"] = json_doc_type

    json_subdocument: None | str | Unset
    if isinstance(subdocument, Unset):
        json_subdocument = UNSET
    else:
        json_subdocument = subdocument
    params["subdocument"] = json_subdocument

    json_handle_id: None | str | Unset
    if isinstance(handle_id, Unset):
        json_handle_id = UNSET
    else:
        json_handle_id = handle_id
    params["handle_id"] = json_handle_id

    json_access_token: None | str | Unset
    if isinstance(access_token, Unset):
        json_access_token = UNSET
    else:
        json_access_token = access_token
    params["access_token"] = json_access_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/workflows/runs/{path_segment(run_id)}/documents/{path_segment(node_id)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentSignedUrlResponse | ErrorResponse | HTTPValidationError | None:
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
) -> DocumentSignedUrlResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DocumentSignedUrlResponse.from_dict(response.json())

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
) -> Response[DocumentSignedUrlResponse | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    node_id: str,
    *,
    client: AuthenticatedClient,
    doc_type: DocumentType | Unset = DocumentType.OUTPUT,
    subdocument: None | str | Unset = UNSET,
    handle_id: None | str | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> Response[DocumentSignedUrlResponse | ErrorResponse | HTTPValidationError]:
    """Get a link to a step's document

     Returns a short-lived signed URL to download the document a step read or produced.

    Args:
        run_id (str):
        node_id (str):
        doc_type (DocumentType | Unset): Which document of a step: the one it read (input) or the
            one it produced (output). Default: DocumentType.OUTPUT.
        subdocument (None | str | Unset):
        handle_id (None | str | Unset):
        access_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentSignedUrlResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        node_id=node_id,
        doc_type=doc_type,
        subdocument=subdocument,
        handle_id=handle_id,
        access_token=access_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    node_id: str,
    *,
    client: AuthenticatedClient,
    doc_type: DocumentType | Unset = DocumentType.OUTPUT,
    subdocument: None | str | Unset = UNSET,
    handle_id: None | str | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> DocumentSignedUrlResponse | ErrorResponse | HTTPValidationError | None:
    """Get a link to a step's document

     Returns a short-lived signed URL to download the document a step read or produced.

    Args:
        run_id (str):
        node_id (str):
        doc_type (DocumentType | Unset): Which document of a step: the one it read (input) or the
            one it produced (output). Default: DocumentType.OUTPUT.
        subdocument (None | str | Unset):
        handle_id (None | str | Unset):
        access_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentSignedUrlResponse | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        run_id=run_id,
        node_id=node_id,
        client=client,
        doc_type=doc_type,
        subdocument=subdocument,
        handle_id=handle_id,
        access_token=access_token,
    ).parsed


async def asyncio_detailed(
    run_id: str,
    node_id: str,
    *,
    client: AuthenticatedClient,
    doc_type: DocumentType | Unset = DocumentType.OUTPUT,
    subdocument: None | str | Unset = UNSET,
    handle_id: None | str | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> Response[DocumentSignedUrlResponse | ErrorResponse | HTTPValidationError]:
    """Get a link to a step's document

     Returns a short-lived signed URL to download the document a step read or produced.

    Args:
        run_id (str):
        node_id (str):
        doc_type (DocumentType | Unset): Which document of a step: the one it read (input) or the
            one it produced (output). Default: DocumentType.OUTPUT.
        subdocument (None | str | Unset):
        handle_id (None | str | Unset):
        access_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentSignedUrlResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        node_id=node_id,
        doc_type=doc_type,
        subdocument=subdocument,
        handle_id=handle_id,
        access_token=access_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: str,
    node_id: str,
    *,
    client: AuthenticatedClient,
    doc_type: DocumentType | Unset = DocumentType.OUTPUT,
    subdocument: None | str | Unset = UNSET,
    handle_id: None | str | Unset = UNSET,
    access_token: None | str | Unset = UNSET,
) -> DocumentSignedUrlResponse | ErrorResponse | HTTPValidationError | None:
    """Get a link to a step's document

     Returns a short-lived signed URL to download the document a step read or produced.

    Args:
        run_id (str):
        node_id (str):
        doc_type (DocumentType | Unset): Which document of a step: the one it read (input) or the
            one it produced (output). Default: DocumentType.OUTPUT.
        subdocument (None | str | Unset):
        handle_id (None | str | Unset):
        access_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentSignedUrlResponse | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            node_id=node_id,
            client=client,
            doc_type=doc_type,
            subdocument=subdocument,
            handle_id=handle_id,
            access_token=access_token,
        )
    ).parsed
