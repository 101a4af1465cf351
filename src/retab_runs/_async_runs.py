"""``client.workflows.runs`` of an ``AsyncRetab`` client: the operations of ``Runs``, awaited.

Each builds its request from the same description in ``_operations`` as its sync twin.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from . import _clock
from . import _operations as ops
from ._exceptions import APIError
from ._exchange import APIResponse, get_run_options
from ._options import NOT_GIVEN, CallOptions, NotGiven, TimeoutLike, waiting_options
from ._pagination import AsyncCursorPage, AsyncPaginator
from ._response import async_to_raw_response
from ._runs import OnStatus
from ._steps import AsyncSteps
from ._wait import Waiter, is_transient

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from retab_runs_client.models import (
        CancelWorkflowResponse,
        DocumentSignedUrlResponse,
        PublishedWorkflowConfig,
        ResumeWorkflowResponse,
        RunCounts,
        WorkflowRun,
        WorkflowRunExecutionOrderResponse,
    )

    from ._client import AsyncRetab
    from ._documents import DocumentInput
    from ._operations import Order, StatusFilter, TriggerFilter

__all__ = ["AsyncRuns", "AsyncRunsWithRawResponse", "AsyncWorkflows"]


class AsyncRuns:
    """Workflow runs, through an ``AsyncRetab`` client. Same methods as ``Runs``, awaited."""

    def __init__(self, client: AsyncRetab) -> None:
        self._client = client
        self.steps = AsyncSteps(client)
        self.with_raw_response = AsyncRunsWithRawResponse(self)

    async def get(
        self,
        run_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> WorkflowRun:
        """The run with this id (see ``Runs.get``)."""
        options = get_run_options(
            run_id, access_token, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers,
            extra_query=extra_query,
        )  # fmt: skip
        return await self._client._request(options, ops.run_parser(run_id))

    async def get_with_response(
        self,
        run_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> APIResponse[WorkflowRun]:
        """Like ``get``, with the HTTP response beside the run."""
        raw = await self.with_raw_response.get(
            run_id, access_token=access_token, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers,
            extra_query=extra_query,
        )  # fmt: skip
        return APIResponse(raw.parse(), raw.http_response, raw.retries)

    async def wait_for_completion(
        self,
        run_id: str,
        *,
        poll_interval_seconds: float = 2.0,
        timeout_seconds: float = 600.0,
        on_status: OnStatus | None = None,
        return_when_waiting_for_human: bool = False,
        access_token: str | None = None,
        on_poll: OnStatus | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> WorkflowRun:
        """Poll until the run ends and return it (see ``Runs.wait_for_completion``)."""
        waiter = Waiter(
            run_id, poll_interval_seconds, timeout_seconds, on_status, return_when_waiting_for_human, on_poll
        )
        options = get_run_options(run_id, access_token, extra_headers=extra_headers, extra_query=extra_query)
        expected = ops.run_parser(run_id)
        while True:
            if waiter.expired():  # no poll at the deadline itself: it could only time out
                raise waiter.timeout_error()
            try:
                run = await self._client._request(options, expected, deadline=waiter.deadline)
            except APIError as error:
                if not is_transient(error):
                    raise
                if waiter.expired():
                    raise waiter.timeout_error() from error
                waiter.note_transient(error)
            else:
                if waiter.observe(run):
                    return run
            pause = waiter.next_sleep()
            if pause is None:
                raise waiter.timeout_error()
            await _clock.async_sleep(pause)

    async def create(
        self,
        workflow_id: str,
        *,
        documents: Mapping[str, DocumentInput] | None = None,
        json_inputs: Mapping[str, Mapping[str, Any]] | None = None,
        text_inputs: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowRun:
        """Start a run of ``workflow_id`` (``POST /v1/workflows/{workflow_id}/run``) and return it.

        ``documents`` maps start node ids to a path, bytes (``(filename, bytes)`` to name them),
        a binary file, or a ready ``{"filename", "content", "mime_type"}``; each is sent base64
        with its MIME type guessed from the name. ``json_inputs`` and ``text_inputs`` map the
        start_json and start_text node ids to their data.

        Not idempotent: it is retried only when the request provably never reached the server
        (connection refused, DNS failure, connect or TLS failure, connect or pool timeout).
        After a read error or timeout, a reset, 5xx, 408 or 429 it raises, saying the run may
        have been created: 429 too, since the API does not promise that a refused request made
        nothing, and a second run costs a second processing.

        Raises:
            ConfigurationError: a document cannot be read or sent, a blank ``workflow_id``.
            APIConnectionError, APIStatusError, ...: as ``get``, with the note above.
        """
        return await self._client._request(*ops.create(workflow_id, documents, json_inputs, text_inputs, options))

    async def create_and_wait(
        self,
        workflow_id: str,
        *,
        documents: Mapping[str, DocumentInput] | None = None,
        json_inputs: Mapping[str, Mapping[str, Any]] | None = None,
        text_inputs: Mapping[str, str] | None = None,
        poll_interval_seconds: float = 2.0,
        timeout_seconds: float = 600.0,
        return_when_waiting_for_human: bool = False,
        on_status: OnStatus | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowRun:
        """``create``, then ``wait_for_completion`` of the new run (``timeout_seconds`` counts the wait)."""
        run = await self.create(
            workflow_id, documents=documents, json_inputs=json_inputs, text_inputs=text_inputs, **options
        )
        if not run.id:
            raise APIError(f"the API created a run of {workflow_id} without an id: there is nothing to wait for")
        return await self.wait_for_completion(
            run.id, poll_interval_seconds=poll_interval_seconds, timeout_seconds=timeout_seconds, on_status=on_status,
            return_when_waiting_for_human=return_when_waiting_for_human, **waiting_options(options),
        )  # fmt: skip

    def list(
        self,
        *,
        workflow_id: str | None = None,
        status: StatusFilter | None = None,
        statuses: StatusFilter | Sequence[StatusFilter] | None = None,
        exclude_status: StatusFilter | None = None,
        trigger_type: TriggerFilter | None = None,
        trigger_types: TriggerFilter | Sequence[TriggerFilter] | None = None,
        from_date: str | datetime.datetime | datetime.date | None = None,
        to_date: str | datetime.datetime | datetime.date | None = None,
        min_cost: float | None = None,
        max_cost: float | None = None,
        min_duration: int | None = None,
        max_duration: int | None = None,
        search: str | None = None,
        before: str | None = None,
        after: str | None = None,
        limit: int = 20,
        order: Order = "desc",
        sort_by: str = "created_at",
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[WorkflowRun]:
        """The runs that match the filters, a page (``limit``, 1 to 100: the page size) at a time.

        As in openai-python and stripe-python, ``limit`` sizes each page, not the total: iterating
        walks every page (``itertools.islice(runs.list(...), n)`` for the first n runs).

            async for run in client.workflows.runs.list(workflow_id="wf_abc", status="error"):
                print(run.id)                                  # every page, fetched as needed
            page = await client.workflows.runs.list(limit=50)  # the first page (AsyncCursorPage)

        Nothing is fetched until it is awaited or iterated; then one page is held at a time
        (``.data``, ``.has_next_page()``, ``await .next_page()``, ``async for p in .iter_pages()``).
        ``status``, ``statuses`` (one or a list), ``exclude_status``, ``trigger_type(s)`` and ``order`` take the
        spec's values, as members or text (``RunStatusFilter.ERROR`` or ``"error"``). ``after``
        (or ``before``) starts from a run id. The items are whole runs.

        Raises:
            ConfigurationError: ``limit`` outside 1..100. PaginationError: cursors that loop.
            APIError: as ``get``.
        """
        query = ops.list_query(
            workflow_id=workflow_id, status=status, statuses=statuses, exclude_status=exclude_status,
            trigger_type=trigger_type, trigger_types=trigger_types, from_date=from_date, to_date=to_date,
            min_cost=min_cost, max_cost=max_cost, min_duration=min_duration, max_duration=max_duration,
            search=search, before=before, after=after, limit=limit, order=order, sort_by=sort_by,
        )  # fmt: skip
        request = ops.list_runs(query, options)
        return AsyncPaginator(lambda: AsyncCursorPage.fetch(self._client, request, ops.LIST.parse))

    async def counts(self, *, workflow_id: str | None = None, **options: Unpack[CallOptions]) -> RunCounts:
        """How many runs there are, by status, for one workflow or all (``counts["completed"]``, ``.to_dict()``)."""
        return await self._client._request(*ops.counts(workflow_id, options))

    async def delete(self, run_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete one run. Retried as reads are: deleting twice deletes once."""
        return await self._client._request(*ops.delete(run_id, options))

    async def delete_all(self, *, workflow_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete every run of ``workflow_id`` (``DELETE /v1/workflows/runs?workflow_id=...``): it cannot be undone."""
        return await self._client._request(*ops.delete_all(workflow_id, options))

    async def cancel(
        self, run_id: str, *, command_id: str | None = None, **options: Unpack[CallOptions]
    ) -> CancelWorkflowResponse:
        """Ask the run to stop.

        ``command_id`` (made here when not given) goes with every retry, so the server acts once.
        """
        return await self._client._request(*ops.cancel(run_id, command_id, options))

    async def restart(
        self, run_id: str, *, command_id: str | None = None, **options: Unpack[CallOptions]
    ) -> WorkflowRun:
        """Start the run again with the same inputs, and return the new run.

        Retried with one ``command_id``, as ``cancel`` is.
        """
        return await self._client._request(*ops.restart(run_id, command_id, options))

    async def resume(
        self,
        run_id: str,
        *,
        node_id: str,
        approved: bool,
        modified_data: Mapping[str, Any] | None = None,
        command_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ResumeWorkflowResponse:
        """Answer the review that ``node_id`` waits for: approve (with ``modified_data`` if changed) or reject.

        Retried with one ``command_id``: a second delivery answers ``resume_status="already_processed"``.
        """
        return await self._client._request(*ops.resume(run_id, node_id, approved, modified_data, command_id, options))

    async def approve(
        self,
        run_id: str,
        node_id: str,
        modified_data: Mapping[str, Any] | None = None,
        *,
        command_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> ResumeWorkflowResponse:
        """Approve the review at ``node_id`` (``resume`` with ``approved=True``)."""
        return await self._client._request(*ops.resume(run_id, node_id, True, modified_data, command_id, options))

    async def reject(
        self, run_id: str, node_id: str, *, command_id: str | None = None, **options: Unpack[CallOptions]
    ) -> ResumeWorkflowResponse:
        """Reject the review at ``node_id`` (``resume`` with ``approved=False``)."""
        return await self._client._request(*ops.resume(run_id, node_id, False, None, command_id, options))

    async def execution_order(self, run_id: str, **options: Unpack[CallOptions]) -> WorkflowRunExecutionOrderResponse:
        """The run's step ids in execution order."""
        return await self._client._request(*ops.execution_order(run_id, options))

    async def config(self, run_id: str, **options: Unpack[CallOptions]) -> PublishedWorkflowConfig:
        """The published workflow configuration the run executed."""
        return await self._client._request(*ops.config(run_id, options))

    async def document_url(
        self,
        run_id: str,
        node_id: str,
        *,
        doc_type: Literal["input", "output"] = "output",
        subdocument: str | None = None,
        handle_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> DocumentSignedUrlResponse:
        """A signed URL to download the document a node took (``doc_type="input"``) or made."""
        return await self._client._request(
            *ops.document_url(run_id, node_id, doc_type, subdocument, handle_id, options)
        )


class AsyncRunsWithRawResponse:
    """``with_raw_response`` of an ``AsyncRetab``'s runs."""

    def __init__(self, runs: AsyncRuns) -> None:
        self.get = async_to_raw_response(runs.get)
        self.create = async_to_raw_response(runs.create)
        self.list = async_to_raw_response(runs.list)
        self.counts = async_to_raw_response(runs.counts)
        self.delete = async_to_raw_response(runs.delete)
        self.delete_all = async_to_raw_response(runs.delete_all)
        self.cancel = async_to_raw_response(runs.cancel)
        self.restart = async_to_raw_response(runs.restart)
        self.resume = async_to_raw_response(runs.resume)
        self.approve = async_to_raw_response(runs.approve)
        self.reject = async_to_raw_response(runs.reject)
        self.execution_order = async_to_raw_response(runs.execution_order)
        self.config = async_to_raw_response(runs.config)
        self.document_url = async_to_raw_response(runs.document_url)


class AsyncWorkflows:
    """``client.workflows`` of an ``AsyncRetab``."""

    def __init__(self, client: AsyncRetab) -> None:
        self.runs = AsyncRuns(client)
