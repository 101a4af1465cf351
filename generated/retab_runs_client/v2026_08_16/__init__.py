"""Attrs models and an httpx client for the Retab workflow-runs API.

Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit.

``Client`` and ``AuthenticatedClient`` load httpx on first use, so that
``import retab_runs_client.models`` stays free of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client


def __getattr__(name: str) -> Any:
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = (
    "AuthenticatedClient",
    "Client",
)
