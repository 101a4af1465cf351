"""Errors raised while receiving a webhook.

    RetabError
    └── WebhookError                      anything about a webhook delivery
        ├── WebhookSecretError            no usable secret was given (also ValueError): a setup mistake
        ├── WebhookVerificationError      the delivery cannot be trusted (answer 400 or 401)
        │   ├── MissingSignatureError     no X-Retab-Signature / Retab-Signature header            400
        │   ├── MalformedSignatureError   the header is neither ``t=...,v1=...`` nor 64 hex digits  400
        │   ├── TimestampRequiredError    a bare hex signature (no timestamp) with require_timestamp 400
        │   ├── SignatureMismatchError    no signature matches any secret: wrong secret or body     401
        │   └── TimestampOutsideToleranceError  signed, but ``t`` is too old or too far ahead      401
        └── WebhookPayloadError           a good signature over a body that is not a JSON document  400

No message, attribute or repr holds a secret; a signature is shown at most by its first 8 characters.
"""

from __future__ import annotations

from .._exceptions import RetabError

__all__ = [
    "MalformedSignatureError",
    "MissingSignatureError",
    "SignatureMismatchError",
    "TimestampOutsideToleranceError",
    "TimestampRequiredError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookSecretError",
    "WebhookVerificationError",
]


class WebhookError(RetabError):
    """Base of the errors of ``retab_runs.webhooks``."""

    status_code: int = 400
    """The HTTP status a receiver should answer with."""


class WebhookSecretError(WebhookError, ValueError):
    """The secret argument is missing, empty or not text (``os.environ.get`` returned None?)."""

    status_code = 500


class WebhookVerificationError(WebhookError):
    """The delivery's signature does not prove it comes from the holder of the secret."""


class MissingSignatureError(WebhookVerificationError):
    """Neither ``X-Retab-Signature`` nor ``Retab-Signature`` is among the headers."""


class MalformedSignatureError(WebhookVerificationError):
    """The signature header has a shape we do not know."""


class TimestampRequiredError(WebhookVerificationError):
    """A bare hex signature (the seed era's, no timestamp) where ``require_timestamp=True`` asks for ``t=``."""


class SignatureMismatchError(WebhookVerificationError):
    """No signature in the header matches the body under any of the secrets."""

    status_code = 401


class TimestampOutsideToleranceError(WebhookVerificationError):
    """The signature matches, but its ``t`` is more than ``tolerance`` seconds from now (a replay, or a bad clock)."""

    status_code = 401

    def __init__(self, message: str, *, timestamp: int, now: float, tolerance: float) -> None:
        super().__init__(message)
        self.timestamp = timestamp
        self.now = now
        self.tolerance = tolerance


class WebhookPayloadError(WebhookError):
    """The signature is good but the body is not a JSON document (not UTF-8, not JSON, or nested too deep)."""
