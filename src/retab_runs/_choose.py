"""``client_for``: the client of the Retab API a version names, or ``RETAB_API_VERSION`` when none does.

    from retab_runs import client_for

    with client_for("2026-08-16") as client:       # retab_runs.v2026_08_16.Retab, typed as such
        run = client.workflows.runs.get("run_abc123")

    with client_for() as client:                   # RETAB_API_VERSION, else the seed's contract
        ...                                        # typed as either client: narrow with isinstance

Code written against one contract imports its client (``retab_runs.Retab`` or
``retab_runs.v2026_08_16.Retab``); this is for tools that let their user choose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from ._api_version import TODAY_API_VERSION, resolve_api_version

if TYPE_CHECKING:
    from . import v2026_08_16
    from ._client import AsyncRetab, Retab

__all__ = ["async_client_for", "client_for"]


@overload
def client_for(api_version: Literal["2026-02-26"], **options: Any) -> Retab: ...
@overload
def client_for(api_version: Literal["2026-08-16"], **options: Any) -> v2026_08_16.Retab: ...
@overload
def client_for(api_version: str | None = None, **options: Any) -> Retab | v2026_08_16.Retab: ...
def client_for(api_version: str | None = None, **options: Any) -> Retab | v2026_08_16.Retab:
    """A ``Retab`` of the contract ``api_version`` names (else ``RETAB_API_VERSION``, else 2026-02-26).

    ``options`` go to the client's constructor. Raises ConfigurationError for another version.
    """
    if resolve_api_version(api_version) == TODAY_API_VERSION:
        from .v2026_08_16 import Retab as TodayRetab

        return TodayRetab(**options)
    from ._client import Retab

    return Retab(**options)


@overload
def async_client_for(api_version: Literal["2026-02-26"], **options: Any) -> AsyncRetab: ...
@overload
def async_client_for(api_version: Literal["2026-08-16"], **options: Any) -> v2026_08_16.AsyncRetab: ...
@overload
def async_client_for(api_version: str | None = None, **options: Any) -> AsyncRetab | v2026_08_16.AsyncRetab: ...
def async_client_for(api_version: str | None = None, **options: Any) -> AsyncRetab | v2026_08_16.AsyncRetab:
    """The ``AsyncRetab`` twin of ``client_for``."""
    if resolve_api_version(api_version) == TODAY_API_VERSION:
        from .v2026_08_16 import AsyncRetab as TodayAsyncRetab

        return TodayAsyncRetab(**options)
    from ._client import AsyncRetab

    return AsyncRetab(**options)
