"""Receiving Retab's webhooks: verify the signature on the raw body, then read a typed event.

    from retab_runs import webhooks

    event = webhooks.parse(body, request.headers, os.environ["RETAB_WEBHOOK_SECRET"])
    if isinstance(event, webhooks.RunCompletedEvent):
        ...  # event.id, event.run (a typed WorkflowRun), event.data

``verify`` checks only; ``parse`` verifies and then decodes. Both take the body as the bytes
received (never a re-serialised object), the headers as any mapping, and one secret or a
list of them. Failures are ``WebhookVerificationError`` subclasses whose ``status_code`` is the
answer to give (400 or 401). ``retab_runs.webhooks.starlette`` and ``retab_runs.webhooks.flask``
adapt it to those frameworks (they are imported only when used); docs/webhooks.md has a
Django recipe. The core needs nothing beyond the standard library.
"""

from ._errors import (
    MalformedSignatureError,
    MissingSignatureError,
    SignatureMismatchError,
    TimestampOutsideToleranceError,
    TimestampRequiredError,
    WebhookError,
    WebhookPayloadError,
    WebhookSecretError,
    WebhookVerificationError,
)
from ._events import (
    RUN_COMPLETED,
    EndNodeDelivery,
    RunCompletedEvent,
    UnknownEvent,
    WebhookDocument,
    WebhookEvent,
)
from ._idempotency import IdempotencyStore, InMemoryIdempotencyStore, handle_once
from ._parse import parse
from ._signing import ENVIRONMENT_HEADER, LEGACY_SIGNATURE_HEADER, SIGNATURE_HEADER, sign
from ._verify import DEFAULT_TOLERANCE, Verification, verify

__all__ = [
    "DEFAULT_TOLERANCE",
    "ENVIRONMENT_HEADER",
    "LEGACY_SIGNATURE_HEADER",
    "RUN_COMPLETED",
    "SIGNATURE_HEADER",
    "EndNodeDelivery",
    "IdempotencyStore",
    "InMemoryIdempotencyStore",
    "MalformedSignatureError",
    "MissingSignatureError",
    "RunCompletedEvent",
    "SignatureMismatchError",
    "TimestampOutsideToleranceError",
    "TimestampRequiredError",
    "UnknownEvent",
    "Verification",
    "WebhookDocument",
    "WebhookError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookSecretError",
    "WebhookVerificationError",
    "handle_once",
    "parse",
    "sign",
    "verify",
]
