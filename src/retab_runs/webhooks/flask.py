"""Flask: read the raw body (``request.get_data()``), verify, parse.

    from retab_runs.webhooks.flask import parse_request_or_abort

    @app.post("/webhooks/retab")
    def receive():
        event = parse_request_or_abort(os.environ["RETAB_WEBHOOK_SECRET"])
        ...

Needs flask; importing this module is what loads it.
"""

from __future__ import annotations

from typing import Any

import flask

from ._errors import WebhookError
from ._events import WebhookEvent
from ._parse import parse
from ._verify import DEFAULT_TOLERANCE, Secrets

__all__ = ["parse_request", "parse_request_or_abort"]


def parse_request(
    secret: Secrets,
    *,
    request: Any = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    require_timestamp: bool = False,
) -> WebhookEvent:
    """The verified event of ``request`` (default: Flask's current request); raises what
    ``retab_runs.webhooks.parse`` raises. The body stays cached (``request.get_data()`` again works)."""
    incoming = flask.request if request is None else request
    body = incoming.get_data(cache=True, as_text=False, parse_form_data=False)
    return parse(body, incoming.headers, secret, tolerance=tolerance, require_timestamp=require_timestamp)


def parse_request_or_abort(
    secret: Secrets,
    *,
    request: Any = None,
    tolerance: float | None = DEFAULT_TOLERANCE,
    require_timestamp: bool = False,
) -> WebhookEvent:
    """``parse_request``, answering the failure for you: ``abort`` with 400 (missing or malformed
    signature, bad JSON) or 401 (no match, stale), the reason as the description."""
    try:
        return parse_request(secret, request=request, tolerance=tolerance, require_timestamp=require_timestamp)
    except WebhookError as error:
        flask.abort(error.status_code, description=str(error))
