"""``--api-version``: which Retab API a verb speaks (``RETAB_API_VERSION`` when not given)."""

from __future__ import annotations

import argparse

from .._api_version import API_VERSIONS, ApiVersion, resolve_api_version
from .._exceptions import ConfigurationError
from ._failures import UsageError

__all__ = ["add_api_version", "api_version_of"]


def add_api_version(parser: argparse.ArgumentParser) -> None:
    """Add ``--api-version`` to ``parser``; read it back with ``api_version_of``."""
    parser.add_argument(
        "--api-version", metavar="VERSION", default=None,
        help=f"the Retab API to speak: {API_VERSIONS[0]} (the default: Api-Key, the flat run record) or "
        f"{API_VERSIONS[1]} (today's: Bearer key, the run's lifecycle); default RETAB_API_VERSION",
    )  # fmt: skip


def api_version_of(args: argparse.Namespace) -> ApiVersion:
    """The version the verb speaks; raises UsageError naming the flag or the variable for another value."""
    given = getattr(args, "api_version", None)
    try:
        return resolve_api_version(given)
    except ConfigurationError as exc:
        flag = "--api-version" if given is not None else "RETAB_API_VERSION"
        raise UsageError(f"{flag}: should be one of {', '.join(API_VERSIONS)}") from exc
