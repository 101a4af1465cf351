"""Starlette and FastAPI: read the raw body (``await request.body()``), verify, parse.

    from retab_runs.webhooks.starlette import RetabWebhook

    retab_webhook = RetabWebhook(os.environ["RETAB_WEBHOOK_SECRET"])

    @app.post("/webhooks/retab")
    async def receive(event: WebhookEvent = Depends(retab_webhook)) -> dict[str, str]:
        ...

Needs starlette (FastAPI brings it); importing this module is what loads it.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request

from ._errors import WebhookError
from ._events import WebhookEvent
from ._parse import parse
from ._verify import DEFAULT_TOLERANCE, Secrets

__all__ = ["RetabWebhook", "parse_request"]


async def parse_request(
    request: Request,
    secret: Secrets,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    require_timestamp: bool = False,
) -> WebhookEvent:
    """The verified event of ``request``; raises what ``retab_runs.webhooks.parse`` raises.

    The body stays cached on the request, so ``await request.body()`` still works afterwards.
    """
    body = await request.body()
    return parse(body, request.headers, secret, tolerance=tolerance, require_timestamp=require_timestamp)


class RetabWebhook:
    """A FastAPI dependency (and a plain Starlette helper): the verified event, or an HTTPException
    with the status the failure calls for (400 missing or malformed, 401 no match or stale)."""

    def __init__(self, secret: Secrets, *, tolerance: float | None = DEFAULT_TOLERANCE,
                 require_timestamp: bool = False) -> None:  # fmt: skip
        self._secret = secret
        self.tolerance = tolerance
        self.require_timestamp = require_timestamp

    def __repr__(self) -> str:
        return f"RetabWebhook(tolerance={self.tolerance!r}, require_timestamp={self.require_timestamp!r})"

    async def __call__(self, request: Request) -> WebhookEvent:
        try:
            return await parse_request(request, self._secret, tolerance=self.tolerance,
                                       require_timestamp=self.require_timestamp)  # fmt: skip
        except WebhookError as error:
            raise HTTPException(status_code=error.status_code, detail=str(error)) from None
