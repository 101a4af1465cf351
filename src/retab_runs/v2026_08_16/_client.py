"""``Retab`` and ``AsyncRetab`` of today's API (2026-08-16): the shared request path, a Bearer key."""

from __future__ import annotations

from typing import ClassVar

from .._client import AsyncClient, SyncClient
from ._async_runs import AsyncWorkflows
from ._runs import Workflows

__all__ = ["API_VERSION", "AsyncRetab", "Retab"]

API_VERSION = "2026-08-16"


class Retab(SyncClient):
    """Client for today's Retab workflow-runs API (the vendor's 2026-08-16 contract).

        from retab_runs.v2026_08_16 import Retab

        with Retab() as client:                                  # RETAB_API_KEY, RETAB_API_BASE_URL
            run = client.workflows.runs.get("run_abc123")
            match run.lifecycle:
                case AwaitingReviewRun(waiting_for_block_ids=blocks): ...
                case ErrorTerminal(message=message): ...

    The key goes as ``Authorization: Bearer <key>``, never as ``Api-Key``, and never shows
    in a repr, a log line or an error. Everything else (base URL, ``timeout``,
    ``max_retries``, ``retry_policy``, ``max_connections``, ``max_response_bytes``,
    ``http_client``, ``with_options``) is as in ``retab_runs.Retab``, whose request path
    this client shares.
    """

    _auth: ClassVar[str] = "bearer"
    api_version: ClassVar[str] = API_VERSION
    workflows: Workflows

    def _bind(self) -> None:
        self.workflows = Workflows(self)


class AsyncRetab(AsyncClient):
    """The asyncio twin of today's ``Retab``: same arguments, ``await`` on every call (``async for`` on lists)."""

    _auth: ClassVar[str] = "bearer"
    api_version: ClassVar[str] = API_VERSION
    workflows: AsyncWorkflows

    def _bind(self) -> None:
        self.workflows = AsyncWorkflows(self)
