"""``serve``'s webhook options: where the embedded server sends the signed webhook of each completed run."""

from __future__ import annotations

import argparse
import math
import os
from typing import TYPE_CHECKING, Any, TextIO

from ._arguments import positive_seconds, whole
from ._failures import UsageError

if TYPE_CHECKING:
    from ..server import RunStore
    from ..server._today_store import TodayRunStore
    from ..server._webhook_delivery import SignedDeliveries
    from ..server._webhook_targets import WebhookTarget

__all__ = ["add_webhook_options", "start_webhooks"]

SECRET_ENV = "RETAB_WEBHOOK_SECRET"


def _seconds_or_zero(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(f"{text!r}: should be 0 or more seconds")
    return value


def add_webhook_options(serve: argparse.ArgumentParser) -> None:
    """The ``--webhook-*`` flags of ``serve``."""
    group = serve.add_argument_group(
        "webhooks", "When a run created through the API completes, POST one signed webhook (retried on failure)."
    )
    group.add_argument("--webhook-url", metavar="URL",
                       help="where to POST (a loopback address unless --allow-remote-webhooks)")  # fmt: skip
    group.add_argument("--webhook-secret", metavar="SECRET",
                       help=f"the signing secret (default: {SECRET_ENV}); never printed")  # fmt: skip
    group.add_argument("--webhook-format", choices=["envelope", "end-node"], default="envelope",
                       help="envelope: {id, type, environment, created_at, data} signed X-Retab-Signature: "
                       "t=...,v1=...; end-node: the seed era's {document, data} signed Retab-Signature: <hex> "
                       "(envelope)")  # fmt: skip
    group.add_argument("--webhook-environment", default="test", metavar="NAME",
                       help="the environment the envelope and X-Retab-Environment name (test)")  # fmt: skip
    group.add_argument("--webhook-attempts", type=whole, default=4, metavar="N",
                       help="attempts in all, the first included, 1 to 100 (4)")  # fmt: skip
    group.add_argument("--webhook-backoff", type=_seconds_or_zero, default=0.5, metavar="SECONDS",
                       help="wait before the first retry, doubled before each next, at most 10 s (0.5)")  # fmt: skip
    group.add_argument("--webhook-timeout", type=positive_seconds, default=30.0, metavar="SECONDS",
                       help="how long one attempt may take (30)")  # fmt: skip
    group.add_argument("--allow-remote-webhooks", action="store_true",
                       help="allow a webhook URL that is not on this machine")  # fmt: skip


def start_webhooks(
    args: argparse.Namespace, store: RunStore | TodayRunStore, per_workflow: dict[str, WebhookTarget], out: TextIO
) -> SignedDeliveries | None:
    """Start delivering when a URL is given (or fixtures name targets); prints one line saying where, never the secret.

    ``store`` is the seed contract's ``RunStore`` or today's ``TodayRunStore``; the envelope's
    ``data`` is the run as that contract's GET answers it.

    Raises UsageError for a bad URL, a missing secret, or a remote URL without --allow-remote-webhooks.
    """
    from ..server._today_store import TodayRunStore
    from ..server._today_webhooks import TodayWebhookDeliveries
    from ..server._webhook_delivery import WebhookDeliveries
    from ..server._webhook_targets import RetryPolicy, WebhookTarget, record_shape

    target = None
    secret = args.webhook_secret or os.environ.get(SECRET_ENV)
    if args.webhook_url:
        if not secret:
            raise UsageError(f"--webhook-url needs a signing secret: --webhook-secret or {SECRET_ENV}")
        try:
            target = WebhookTarget(args.webhook_url, secret, args.webhook_format, args.webhook_environment)
        except ValueError as exc:
            raise UsageError(f"--webhook-url: {exc}") from None
    elif args.webhook_secret:
        raise UsageError("--webhook-secret without --webhook-url: say where to send the webhooks")
    if target is None and not per_workflow:
        return None
    options: dict[str, Any] = {}
    try:
        options["retry"] = RetryPolicy(args.webhook_attempts, args.webhook_backoff, timeout=args.webhook_timeout)
        options.update(per_workflow=per_workflow, allow_remote=args.allow_remote_webhooks)
        deliveries: SignedDeliveries
        if isinstance(store, TodayRunStore):
            options["shape"] = record_shape(store.api_version)
            today = TodayWebhookDeliveries(store, target, **options)
            store.webhooks = deliveries = today
        else:
            options["shape"] = record_shape(getattr(args, "api_version", None))
            seed = WebhookDeliveries(store, target, **options)
            store.webhooks = deliveries = seed
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if target is not None:
        header = "Retab-Signature: <hex>" if target.format == "end-node" else "X-Retab-Signature: t=...,v1=..."
        print(f"Webhooks: each completed run is POSTed to {target.url} ({target.format}, signed {header})", file=out)
    for workflow_id, each in sorted(per_workflow.items()):
        print(f"Webhooks for {workflow_id}: {each.url} ({each.format})", file=out)
    return deliveries.start()
