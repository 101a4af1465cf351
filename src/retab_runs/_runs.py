"""``client.workflows.runs``: get a run, or wait for one to finish."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from . import _clock
from ._base import NOT_GIVEN, NotGiven, TimeoutLike
from ._exceptions import APIError
from ._exchange import APIResponse, parse_run
from ._wait import Waiter, is_transient

if TYPE_CHECKING:
    from retab_runs_client.models import WorkflowRun

    from ._client import AsyncRetab, Retab

__all__ = ["AsyncRuns", "AsyncWorkflows", "Runs", "Workflows"]

OnStatus = Callable[["WorkflowRun"], object]


class Runs:
    """Workflow runs, through a ``Retab`` client."""

    def __init__(self, client: Retab) -> None:
        self._client = client

    def get(
        self,
        run_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkflowRun:
        """The run with this id.

        ``access_token`` authorises this call without the client's API key. ``timeout``
        and ``max_retries`` override the client's for this call.

        Raises:
            ConfigurationError: blank ``run_id``, or no API key and no access token.
            NotFoundError, AuthenticationError, ...: the API refused (see ``APIStatusError``).
            APIConnectionError, APITimeoutError: no answer, after retrying.
            ResponseValidationError: the answer does not fit the contract.
        """
        return self.get_with_response(run_id, access_token=access_token, timeout=timeout, max_retries=max_retries).data

    def get_with_response(
        self,
        run_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[WorkflowRun]:
        """Like ``get``, with the HTTP response beside the run (status, headers, ``request_id``)."""
        return self._get(run_id, access_token, timeout, max_retries, deadline=None)

    def _get(
        self,
        run_id: str,
        access_token: str | None,
        timeout: TimeoutLike | NotGiven,
        max_retries: int | NotGiven,
        deadline: float | None,
    ) -> APIResponse[WorkflowRun]:
        client = self._client
        prepared = client._prepare(run_id, access_token, timeout, deadline)
        response, retries = client._send(prepared, client._retries_for(max_retries), deadline)
        return APIResponse(parse_run(response), response, retries)

    def wait_for_completion(
        self,
        run_id: str,
        *,
        poll_interval_seconds: float = 2.0,
        timeout_seconds: float = 600.0,
        on_status: OnStatus | None = None,
        return_when_waiting_for_human: bool = False,
        access_token: str | None = None,
        on_poll: OnStatus | None = None,
    ) -> WorkflowRun:
        """Poll until the run is ``completed``, ``error`` or ``cancelled``, and return it.

        A failed or cancelled run is returned, not raised. ``on_status(run)`` is called
        whenever the status changes (the first poll included). With
        ``return_when_waiting_for_human=True`` the wait also ends when the run pauses
        for human review (which can last hours). ``on_poll(run)`` is called after every
        successful poll, for progress displays. Transient failures (connection errors,
        timeouts, 429, 5xx) are retried until the deadline; a status this client does
        not know counts as still running.

        Raises:
            WaitTimeoutError: ``timeout_seconds`` passed first; ``last_run`` is the last run seen.
            NotFoundError, AuthenticationError, ResponseValidationError, ...: as ``get``.
        """
        waiter = Waiter(
            run_id, poll_interval_seconds, timeout_seconds, on_status, return_when_waiting_for_human, on_poll
        )
        while True:
            if waiter.expired():  # no poll at the deadline itself: it could only time out
                raise waiter.timeout_error()
            try:
                run = self._get(run_id, access_token, NOT_GIVEN, NOT_GIVEN, deadline=waiter.deadline).data
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
            _clock.sleep(pause)


class AsyncRuns:
    """Workflow runs, through an ``AsyncRetab`` client. Same methods as ``Runs``, awaited."""

    def __init__(self, client: AsyncRetab) -> None:
        self._client = client

    async def get(
        self,
        run_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WorkflowRun:
        """The run with this id (see ``Runs.get``)."""
        response = await self.get_with_response(
            run_id, access_token=access_token, timeout=timeout, max_retries=max_retries
        )
        return response.data

    async def get_with_response(
        self,
        run_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[WorkflowRun]:
        """Like ``get``, with the HTTP response beside the run."""
        return await self._get(run_id, access_token, timeout, max_retries, deadline=None)

    async def _get(
        self,
        run_id: str,
        access_token: str | None,
        timeout: TimeoutLike | NotGiven,
        max_retries: int | NotGiven,
        deadline: float | None,
    ) -> APIResponse[WorkflowRun]:
        client = self._client
        prepared = client._prepare(run_id, access_token, timeout, deadline)
        response, retries = await client._send(prepared, client._retries_for(max_retries), deadline)
        return APIResponse(parse_run(response), response, retries)

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
    ) -> WorkflowRun:
        """Poll until the run ends and return it (see ``Runs.wait_for_completion``)."""
        waiter = Waiter(
            run_id, poll_interval_seconds, timeout_seconds, on_status, return_when_waiting_for_human, on_poll
        )
        while True:
            if waiter.expired():  # no poll at the deadline itself: it could only time out
                raise waiter.timeout_error()
            try:
                run = (await self._get(run_id, access_token, NOT_GIVEN, NOT_GIVEN, deadline=waiter.deadline)).data
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


class Workflows:
    """``client.workflows``: the workflow resources (runs)."""

    def __init__(self, client: Retab) -> None:
        self.runs = Runs(client)


class AsyncWorkflows:
    """``client.workflows`` of an ``AsyncRetab``."""

    def __init__(self, client: AsyncRetab) -> None:
        self.runs = AsyncRuns(client)
