"""``client.workflows.runs.steps``: what each step of a run received and produced."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import _operations as ops
from ._response import async_to_raw_response, to_raw_response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from retab_runs_client.models import StepOutputResponse

    from ._client import AsyncRetab, Retab
    from ._options import CallOptions

__all__ = ["AsyncSteps", "AsyncStepsWithRawResponse", "Steps", "StepsWithRawResponse"]


class Steps:
    """The steps of runs, through a ``Retab`` client."""

    def __init__(self, client: Retab) -> None:
        self._client = client
        self.with_raw_response = StepsWithRawResponse(self)

    def get(self, run_id: str, node_id: str, **options: Unpack[CallOptions]) -> StepOutputResponse:
        """The output (and handle inputs and outputs) of the step at ``node_id``."""
        return self._client._request(*ops.step(run_id, node_id, options))

    def get_many(
        self, run_id: str, node_ids: Sequence[str], **options: Unpack[CallOptions]
    ) -> dict[str, StepOutputResponse]:
        """The outputs of several steps in one request, by node id; a node with no step is left out."""
        return self._client._request(*ops.steps(run_id, node_ids, options))


class StepsWithRawResponse:
    """``client.workflows.runs.steps.with_raw_response``."""

    def __init__(self, steps: Steps) -> None:
        self.get = to_raw_response(steps.get)
        self.get_many = to_raw_response(steps.get_many)


class AsyncSteps:
    """The steps of runs, through an ``AsyncRetab`` client (see ``Steps``)."""

    def __init__(self, client: AsyncRetab) -> None:
        self._client = client
        self.with_raw_response = AsyncStepsWithRawResponse(self)

    async def get(self, run_id: str, node_id: str, **options: Unpack[CallOptions]) -> StepOutputResponse:
        """The output of the step at ``node_id`` (see ``Steps.get``)."""
        return await self._client._request(*ops.step(run_id, node_id, options))

    async def get_many(
        self, run_id: str, node_ids: Sequence[str], **options: Unpack[CallOptions]
    ) -> dict[str, StepOutputResponse]:
        """The outputs of several steps, by node id (see ``Steps.get_many``)."""
        return await self._client._request(*ops.steps(run_id, node_ids, options))


class AsyncStepsWithRawResponse:
    """``with_raw_response`` of an ``AsyncRetab``'s steps."""

    def __init__(self, steps: AsyncSteps) -> None:
        self.get = async_to_raw_response(steps.get)
        self.get_many = async_to_raw_response(steps.get_many)
