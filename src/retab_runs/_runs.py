"""``client.workflows.runs``: get a run, or wait for one to finish.

Each operation builds its ``RequestOptions`` (method, path, params, body) and hands
them, with the parser of its answer, to the client's one request path. Its raw twin
in ``...WithRawResponse`` is one line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from . import _clock
from ._exceptions import APIError
from ._exchange import APIResponse, get_run_options, parse_run
from ._options import NOT_GIVEN, NotGiven, TimeoutLike
from ._response import async_to_raw_response, to_raw_response
from ._wait import Waiter, is_transient

if TYPE_CHECKING:
    from retab_runs_client.models import WorkflowRun

    from ._client import AsyncRetab, Retab

__all__ = ["AsyncRuns", "AsyncRunsWithRawResponse", "AsyncWorkflows", "Runs", "RunsWithRawResponse", "Workflows"]

OnStatus = Callable[["WorkflowRun"], object]


class Runs:
    """Workflow runs, through a ``Retab`` client."""

    def __init__(self, client: Retab) -> None:
        self._client = client
        self.with_raw_response = RunsWithRawResponse(self)

    def get(
        self,
        run_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> WorkflowRun:
        """The run with this id.

        ``access_token`` authorises this call without the client's API key. ``timeout``
        and ``max_retries`` override the client's for this call; ``extra_headers`` and
        ``extra_query`` are added to the request.

        Raises:
            ConfigurationError: blank ``run_id``, or no API key and no access token.
            NotFoundError, AuthenticationError, ...: the API refused (see ``APIStatusError``).
            APIConnectionError, APITimeoutError: no answer, after retrying.
            ResponseValidationError: the answer does not fit the contract.
            ResponseTooLargeError: the answer is larger than ``max_response_bytes``.
        """
        options = get_run_options(
            run_id, access_token, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers,
            extra_query=extra_query,
        )  # fmt: skip
        return self._client._request(options, parse_run)

    def get_with_response(
        self,
        run_id: str,
        *,
        access_token: str | None = None,
        timeout: TimeoutLike | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> APIResponse[WorkflowRun]:
        """Like ``get``, with the HTTP response beside the run (status, headers, ``request_id``)."""
        raw = self.with_raw_response.get(
            run_id, access_token=access_token, timeout=timeout, max_retries=max_retries, extra_headers=extra_headers,
            extra_query=extra_query,
        )  # fmt: skip
        return APIResponse(raw.parse(), raw.http_response, raw.retries)

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> WorkflowRun:
        """Poll until the run is ``completed``, ``error`` or ``cancelled``, and return it.

        A failed or cancelled run is returned, not raised. ``on_status(run)`` is called
        whenever the status changes (the first poll included). With
        ``return_when_waiting_for_human=True`` the wait also ends when the run pauses
        for human review (which can last hours). ``on_poll(run)`` is called after every
        successful poll, for progress displays. Transient failures (connection errors,
        timeouts, 429, 5xx) are retried until the deadline; a status this client does
        not know counts as still running. Whatever the server does, the call returns or
        raises within about ``timeout_seconds`` (each poll is cut at the deadline).

        Raises:
            WaitTimeoutError: ``timeout_seconds`` passed first; ``last_run`` is the last run seen.
            NotFoundError, AuthenticationError, ResponseValidationError, ...: as ``get``.
        """
        waiter = Waiter(
            run_id, poll_interval_seconds, timeout_seconds, on_status, return_when_waiting_for_human, on_poll
        )
        options = get_run_options(run_id, access_token, extra_headers=extra_headers, extra_query=extra_query)
        while True:
            if waiter.expired():  # no poll at the deadline itself: it could only time out
                raise waiter.timeout_error()
            try:
                run = self._client._request(options, parse_run, deadline=waiter.deadline)
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


class RunsWithRawResponse:
    """``client.workflows.runs.with_raw_response``: each operation returns its ``RawResponse``."""

    def __init__(self, runs: Runs) -> None:
        self.get = to_raw_response(runs.get)


class AsyncRuns:
    """Workflow runs, through an ``AsyncRetab`` client. Same methods as ``Runs``, awaited."""

    def __init__(self, client: AsyncRetab) -> None:
        self._client = client
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
        return await self._client._request(options, parse_run)

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
        while True:
            if waiter.expired():  # no poll at the deadline itself: it could only time out
                raise waiter.timeout_error()
            try:
                run = await self._client._request(options, parse_run, deadline=waiter.deadline)
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


class AsyncRunsWithRawResponse:
    """``with_raw_response`` of an ``AsyncRetab``'s runs."""

    def __init__(self, runs: AsyncRuns) -> None:
        self.get = async_to_raw_response(runs.get)


class Workflows:
    """``client.workflows``: the workflow resources (runs)."""

    def __init__(self, client: Retab) -> None:
        self.runs = Runs(client)


class AsyncWorkflows:
    """``client.workflows`` of an ``AsyncRetab``."""

    def __init__(self, client: AsyncRetab) -> None:
        self.runs = AsyncRuns(client)
