"""Options shared by the commands, and the argument types that make a bad value a usage error naming its flag."""

from __future__ import annotations

import argparse
import math
import os
from typing import TYPE_CHECKING

from .._config import check_base_url
from .._exceptions import ConfigurationError
from ._failures import UsageError

if TYPE_CHECKING:  # the client (httpx, the models) loads when a command makes one, not for --help
    from .. import Retab

__all__ = ["GIVE_UP_AFTER", "connection_options", "make_client", "port_number", "positive_factor",
           "positive_seconds", "watch_options", "whole"]  # fmt: skip

GIVE_UP_AFTER = 60.0
"""Seconds of failed polls (server down, 5xx, 429) after which ``watch`` gives up."""


def positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"{text!r}: should be a positive number of seconds")
    return value


def positive_factor(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"{text!r}: should be a positive number (2 runs twice as fast)")
    return value


def whole(text: str) -> int:
    """A whole number, 0 or more (--max-retries, durations in milliseconds)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: should be 0 or more")
    return value


def port_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r}: a port is between 1 and 65535")
    return value


def connection_options() -> argparse.ArgumentParser:
    """Where and who: the parent parser of every command that calls the API."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--base-url", help="API address (default: RETAB_API_BASE_URL or https://api.retab.com)")
    common.add_argument("--api-key", help="API key (default: RETAB_API_KEY)")
    common.add_argument(
        "--request-timeout", type=positive_seconds, default=30.0, metavar="SECONDS", help="per request (30)"
    )
    common.add_argument("--max-retries", type=whole, default=2, metavar="N", help="retries of a failed request (2)")
    common.add_argument("--access-token", help="run-scoped token, instead of an API key")
    return common


def watch_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """The flags of following a run (``watch``, and ``run``/``restart`` with ``--wait``)."""
    parser.add_argument("--interval", type=positive_seconds, default=1.0, metavar="SECONDS", help="between polls (1)")
    parser.add_argument("--timeout", type=positive_seconds, default=3600.0, metavar="SECONDS",
                        help="give up after (3600; exit 5)")  # fmt: skip
    parser.add_argument("--unreachable-timeout", type=positive_seconds, default=GIVE_UP_AFTER, metavar="SECONDS",
                        help=f"give up after this long without an answer (server down, 5xx, 429; "
                        f"{GIVE_UP_AFTER:g}; exit 1)")  # fmt: skip
    parser.add_argument("--through-review", action="store_true",
                        help="keep following while the run waits for review (default: stop there, exit 6)")  # fmt: skip
    parser.add_argument("--display", choices=["auto", "live", "plain"], default="auto",
                        help="live table or plain lines (auto: live only in a terminal)")  # fmt: skip


def _check_base_url(url: str, origin: str) -> None:
    """The library's check, said of the flag or variable; the value is not echoed (it may be a pasted key)."""
    try:
        check_base_url(url)
    except ConfigurationError as exc:
        problem = str(exc).removeprefix("base_url ")
        raise UsageError(
            f"{origin} {problem}; it should be an address like http://localhost:8000 or https://api.retab.com"
        ) from None


def make_client(args: argparse.Namespace) -> Retab:
    """The client the flags and environment describe; UsageError when they do not describe one."""
    if args.base_url is not None:
        _check_base_url(args.base_url, "--base-url")
    elif os.environ.get("RETAB_API_BASE_URL"):
        _check_base_url(os.environ["RETAB_API_BASE_URL"], "RETAB_API_BASE_URL")
    if not (args.api_key or os.environ.get("RETAB_API_KEY") or getattr(args, "access_token", None)):
        raise UsageError("no API key: pass --api-key or set RETAB_API_KEY (or give the run's --access-token)")
    from .. import Retab

    try:
        return Retab(
            api_key=args.api_key, base_url=args.base_url, timeout=args.request_timeout, max_retries=args.max_retries
        )
    except ConfigurationError as exc:  # a value the flags let through but the client refuses
        raise UsageError(str(exc)) from exc
