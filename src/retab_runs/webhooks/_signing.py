"""How a delivery is signed: the two schemes, shared by the sender (the embedded server,
``retab-runs trigger``) and the verifier.

* ``v1`` (Retab's header since 2026-06, signing input inferred from Stripe's scheme):
  ``X-Retab-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, f"{t}." + body)>``.
* ``hex`` (the seed era's End node): ``Retab-Signature: <hex HMAC-SHA256(secret, body)>``.

The key is the secret's UTF-8 bytes as they are (a ``whsec_`` prefix is not decoded), as
the vendor's SDK and Stripe both do.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Literal

__all__ = [
    "ENVIRONMENT_HEADER",
    "LEGACY_SIGNATURE_HEADER",
    "SIGNATURE_HEADER",
    "Scheme",
    "hex_signature",
    "sign",
    "v1_signature",
]

SIGNATURE_HEADER = "X-Retab-Signature"
LEGACY_SIGNATURE_HEADER = "Retab-Signature"
ENVIRONMENT_HEADER = "X-Retab-Environment"
Scheme = Literal["v1", "hex"]


def _key(secret: str | bytes) -> bytes:
    return secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)


def _body(payload: bytes | str) -> bytes:
    return payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)


def hex_signature(payload: bytes | str, secret: str | bytes) -> str:
    """The seed era's signature: lowercase hex of HMAC-SHA256 of the raw body."""
    return hmac.new(_key(secret), _body(payload), hashlib.sha256).hexdigest()


def v1_signature(payload: bytes | str, secret: str | bytes, timestamp: int) -> str:
    """The ``v1`` value: lowercase hex of HMAC-SHA256 of ``f"{timestamp}."`` followed by the raw body."""
    return hmac.new(_key(secret), f"{timestamp}.".encode() + _body(payload), hashlib.sha256).hexdigest()


def sign(
    payload: bytes | str,
    secret: str | bytes,
    *,
    scheme: Scheme = "v1",
    timestamp: int | None = None,
) -> str:
    """The signature header's value for ``payload``: ``t=...,v1=...`` (``timestamp`` defaults to now) or bare hex.

    For tests and senders: ``headers = {"X-Retab-Signature": sign(body, secret)}``.
    """
    if scheme == "hex":
        return hex_signature(payload, secret)
    at = int(time.time()) if timestamp is None else int(timestamp)
    return f"t={at},v1={v1_signature(payload, secret, at)}"
