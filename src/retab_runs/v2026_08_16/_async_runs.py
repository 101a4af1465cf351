"""``client.workflows.runs`` and ``client.workflows.steps`` of today's ``AsyncRetab`` (2026-08-16): ``Runs`` awaited."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from .. import _clock
from .._exceptions import APIError
from .._options import NOT_GIVEN, CallOptions, NotGiven, TimeoutLike
from .._pagination import AsyncCursorPage, AsyncPaginator
from .._response import async_to_raw_response
from .._wait import is_transient
from . import _operations as ops
from ._runs import RunStatusFilter, TriggerFilter, export_body, run_query, step_query
from ._wait import OnRun, TodayWaiter

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from retab_runs_client.v2026_08_16.models import (
        CancelWorkflowResponse,
        WorkflowExportPayloadResponse,
        WorkflowRun,
        WorkflowStep,
    )

    from ._client import AsyncRetab

__all__ = ["AsyncRuns", "AsyncRunsWithRawResponse", "AsyncSteps", "AsyncStepsWithRawResponse", "AsyncWorkflows"]


class AsyncRuns:
    """Workflow runs of today's API, through an ``AsyncRetab`` client of ``retab_runs.v2026_08_16``."""

    def __init__(self, client: AsyncRetab) -> None:
        self._client = client
        self.with_raw_response = AsyncRunsWithRawResponse(self)

    async def get(
        self,
        run_id: str,
        *,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> WorkflowRun:
        """The run with this id; its state is ``run.lifecycle`` (``match`` on its class, or read ``.status``).

        Raises:
            ConfigurationError: blank ``run_id``, or no API key.
            NotFoundError, AuthenticationError, ...: the API refused (see ``APIStatusError``).
            APIConnectionError, APITimeoutError: no answer, after retrying.
            ResponseValidationError: the answer does not fit the 2026-08-16 contract.
        """
        call: CallOptions = {"timeout": timeout, "max_retries": max_retries, "extra_headers": extra_headers,
                             "extra_query": extra_query}  # fmt: skip
        return await self._client._request(*ops.get(run_id, call))

    async def wait_for_completion(
        self,
        run_id: str,
        *,
        poll_interval_seconds: float = 2.0,
        timeout_seconds: float = 600.0,
        on_status: OnRun | None = None,
        return_when_awaiting_review: bool = False,
        on_poll: OnRun | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> WorkflowRun:
        """Poll until the run is ``completed``, ``error`` or ``cancelled``, and return it.

        With ``return_when_awaiting_review=True`` the wait also ends when the run awaits a
        review. ``on_status(run)`` runs whenever the status changes, ``on_poll(run)`` after
        every poll. Transient failures are retried until the deadline; an unknown status
        counts as still running. Returns or raises within about ``timeout_seconds``.

        Raises:
            WaitTimeoutError: time ran out first; ``last_run`` is the last run seen.
            NotFoundError, AuthenticationError, ResponseValidationError, ...: as ``get``.
        """
        waiter = TodayWaiter(run_id, poll_interval_seconds, timeout_seconds, on_status, return_when_awaiting_review,
                             on_poll)  # fmt: skip
        options, parse = ops.get(run_id, {"extra_headers": extra_headers, "extra_query": extra_query})
        while True:
            if waiter.expired():
                raise waiter.timeout_error()
            try:
                run = await self._client._request(options, parse, deadline=waiter.deadline)
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
        documents: Mapping[str, object] | None = None,
        json_inputs: Mapping[str, Mapping[str, Any]] | None = None,
        version: str | None = None,
        metadata: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowRun:
        """Start a run of ``workflow_id`` (``POST /v1/workflows/runs``, answered 202) and return it.

        ``documents`` maps start block ids to a path, bytes, ``(filename, bytes)``, a binary
        file, or a ready ``{"filename", "url"}``; each is sent as a ``data:`` URL. Retried only
        when the request provably never left (there is no idempotency key).

        Raises:
            ConfigurationError: a document cannot be read, a blank ``workflow_id``.
            APIError: as ``get``; after a possible delivery it says the run may exist.
        """
        return await self._client._request(*ops.create(workflow_id, documents, json_inputs, version, metadata, options))

    async def create_and_wait(
        self,
        workflow_id: str,
        *,
        documents: Mapping[str, object] | None = None,
        json_inputs: Mapping[str, Mapping[str, Any]] | None = None,
        version: str | None = None,
        metadata: Mapping[str, str] | None = None,
        poll_interval_seconds: float = 2.0,
        timeout_seconds: float = 600.0,
        return_when_awaiting_review: bool = False,
        on_status: OnRun | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowRun:
        """``create``, then ``wait_for_completion`` of the new run."""
        run = await self.create(workflow_id, documents=documents, json_inputs=json_inputs, version=version,
                          metadata=metadata, **options)  # fmt: skip
        return await self.wait_for_completion(
            run.id, poll_interval_seconds=poll_interval_seconds, timeout_seconds=timeout_seconds, on_status=on_status,
            return_when_awaiting_review=return_when_awaiting_review, extra_headers=options.get("extra_headers"),
            extra_query=options.get("extra_query"),
        )  # fmt: skip

    def list(
        self,
        *,
        workflow_id: str | None = None,
        status: RunStatusFilter | None = None,
        exclude_status: RunStatusFilter | None = None,
        trigger_type: TriggerFilter | None = None,
        from_date: str | datetime.date | None = None,
        to_date: str | datetime.date | None = None,
        min_duration_ms: int | None = None,
        max_duration_ms: int | None = None,
        search: str | None = None,
        metadata: str | None = None,
        before: str | None = None,
        after: str | None = None,
        limit: int = 20,
        order: Literal["asc", "desc"] = "desc",
        sort_by: str = "timing.created_at",
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[WorkflowRun]:
        """The runs that match, a page (``limit``, 1 to 100) at a time; iterate for every run of every page.

        ``metadata`` is a JSON object of key/value pairs that must all match. Pages follow
        ``list_metadata.after`` (or ``before`` when only it was given), fetched lazily.

        Raises:
            ConfigurationError: ``limit`` outside 1..100. PaginationError: cursors that loop.
            APIError: as ``get``.
        """
        query = run_query(
            workflow_id=workflow_id, status=status, exclude_status=exclude_status, trigger_type=trigger_type,
            from_date=from_date, to_date=to_date, min_duration_ms=min_duration_ms, max_duration_ms=max_duration_ms,
            search=search, metadata=metadata, before=before, after=after, limit=limit, order=order, sort_by=sort_by,
        )  # fmt: skip
        request = ops.list_runs(query, options)
        return AsyncPaginator(lambda: AsyncCursorPage.fetch(self._client, request, ops.parse_run_page))

    async def cancel(
        self, run_id: str, *, command_id: str | None = None, **options: Unpack[CallOptions]
    ) -> CancelWorkflowResponse:
        """Ask the run to stop; ``command_id`` (made here when not given) goes with every retry, so it acts once."""
        return await self._client._request(*ops.cancel(run_id, command_id, options))

    async def delete(self, run_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete one run (204). Retried as reads are: deleting twice deletes once."""
        return await self._client._request(*ops.delete(run_id, options))

    async def export(
        self,
        *,
        workflow_id: str,
        block_id: str,
        export_source: Literal["outputs", "inputs"] = "outputs",
        selected_run_ids: Sequence[str] | None = None,
        status: RunStatusFilter | None = None,
        exclude_status: RunStatusFilter | None = None,
        from_date: str | None = None,
        to_date: str | None = None,
        trigger_type: TriggerFilter | None = None,
        preferred_columns: Sequence[str] | None = None,
        delimiter: str = ";",
        **options: Unpack[CallOptions],
    ) -> WorkflowExportPayloadResponse:
        """The CSV of one block's outputs (or inputs) over a workflow's runs (``csv_data``, ``rows``, ``columns``)."""
        body = export_body(
            workflow_id=workflow_id, block_id=block_id, export_source=export_source, selected_run_ids=selected_run_ids,
            status=status, exclude_status=exclude_status, from_date=from_date, to_date=to_date,
            trigger_type=trigger_type, preferred_columns=preferred_columns, delimiter=delimiter,
        )  # fmt: skip
        return await self._client._request(*ops.export(body, options))


class AsyncSteps:
    """Workflow steps of today's API (their own resource), through an ``AsyncRetab`` client."""

    def __init__(self, client: AsyncRetab) -> None:
        self._client = client
        self.with_raw_response = AsyncStepsWithRawResponse(self)

    def list(
        self,
        *,
        run_id: str | None = None,
        workflow_id: str | None = None,
        block_id: str | None = None,
        step_id: str | None = None,
        block_type: str | None = None,
        status: str | None = None,
        before: str | None = None,
        after: str | None = None,
        limit: int = 20,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[WorkflowStep]:
        """The steps that match (a run's, with ``run_id``), a page (``limit``, 1 to 1000) at a time.

        ``block_type`` and ``status`` take one value each here. Iterate for every step of every page.

        Raises:
            ConfigurationError: ``limit`` outside 1..1000. APIError: as ``runs.get``.
        """
        query = step_query(run_id=run_id, workflow_id=workflow_id, block_id=block_id, step_id=step_id,
                           block_type=block_type, status=status, before=before, after=after, limit=limit)  # fmt: skip
        request = ops.list_steps(query, options)
        return AsyncPaginator(lambda: AsyncCursorPage.fetch(self._client, request, ops.parse_step_page))

    async def get(self, step_id: str, *, run_id: str | None = None, **options: Unpack[CallOptions]) -> WorkflowStep:
        """One step by its id (``run_id`` narrows the search)."""
        return await self._client._request(*ops.step(step_id, run_id, options))


class AsyncRunsWithRawResponse:
    """``runs.with_raw_response``: each operation returns its ``RawResponse`` (status, headers, ``.parse()``)."""

    def __init__(self, runs: AsyncRuns) -> None:
        self.get = async_to_raw_response(runs.get)
        self.create = async_to_raw_response(runs.create)
        self.cancel = async_to_raw_response(runs.cancel)
        self.delete = async_to_raw_response(runs.delete)
        self.export = async_to_raw_response(runs.export)


class AsyncStepsWithRawResponse:
    """``steps.with_raw_response``: ``get`` returns its ``RawResponse``."""

    def __init__(self, steps: AsyncSteps) -> None:
        self.get = async_to_raw_response(steps.get)


class AsyncWorkflows:
    """``client.workflows`` of today's API: ``runs`` and ``steps``."""

    def __init__(self, client: AsyncRetab) -> None:
        self.runs = AsyncRuns(client)
        self.steps = AsyncSteps(client)
