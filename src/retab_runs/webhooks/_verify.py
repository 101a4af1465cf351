"""Checking a delivery's signature: ``verify``.

Nothing in the body is looked at before the signature matches. Every comparison of a
signature is constant-time (``hmac.compare_digest``) and made against every secret, so the
time taken says nothing about which secret or signature came closest.
"""

from __future__ import annotations

import hmac
import math
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ._errors import (
    MalformedSignatureError,
    MissingSignatureError,
    SignatureMismatchError,
    TimestampOutsideToleranceError,
    TimestampRequiredError,
    WebhookSecretError,
)
from ._signing import LEGACY_SIGNATURE_HEADER, SIGNATURE_HEADER, Scheme, hex_signature, v1_signature

__all__ = ["DEFAULT_TOLERANCE", "Secrets", "Verification", "raw_body", "signature_header", "verify"]

DEFAULT_TOLERANCE = 300
"""Seconds ``t`` may be from now, either way (Stripe's 300, Standard Webhooks' five minutes)."""
MAX_SIGNATURE_HEADER = 4096
"""A longer signature header is malformed (the longest honest one holds a few ``v1`` values)."""
MAX_SIGNATURES = 16
"""At most this many ``v1`` values are tried (rotation needs two or three)."""
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")
_DIGITS = re.compile(r"[0-9]{1,12}")

Secrets = str | bytes | Iterable[str | bytes]
"""One secret, or several (rotation; a test and a live secret): any of them may have signed."""


@dataclass(frozen=True)
class Verification:
    """What a verified signature proved.

    ``scheme`` is ``"v1"`` (``t=...,v1=...``) or ``"hex"`` (the seed era's bare hex, which
    carries no timestamp: ``timestamp`` is then None and nothing stops a replay but an
    idempotency check). ``secret_index`` is the position of the secret that matched in the
    ``secret`` argument (0 for a single secret), useful while rotating; ``header`` is the
    header name the signature came in.
    """

    scheme: Scheme
    timestamp: int | None
    secret_index: int
    header: str

    @property
    def has_timestamp(self) -> bool:
        return self.timestamp is not None


def raw_body(payload: bytes | bytearray | memoryview | str) -> bytes:
    """The body as bytes: a ``str`` is taken as UTF-8. Anything else is refused (a parsed dict cannot be verified)."""
    if isinstance(payload, str):
        return payload.encode("utf-8", "surrogatepass")
    if isinstance(payload, (bytes, bytearray, memoryview)):
        return bytes(payload)
    raise MalformedSignatureError(
        f"the payload must be the raw body (bytes or str), not {type(payload).__name__}: "
        "verify the bytes as received, never a re-serialised object"
    )


def _secret_keys(secret: Any) -> list[bytes]:
    if secret is None or isinstance(secret, (str, bytes, bytearray)):
        items: list[Any] = [secret]
    else:
        try:
            items = list(secret)
        except TypeError:
            raise WebhookSecretError(
                f"the secret must be a string or a list of strings, not {type(secret).__name__}"
            ) from None
    keys: list[bytes] = []
    for position, item in enumerate(items):
        if item is None:
            raise WebhookSecretError(
                "no webhook secret was given (None): is the environment variable that holds it set?"
            )
        if isinstance(item, str):
            key = item.encode("utf-8", "surrogatepass")
        elif isinstance(item, (bytes, bytearray)):
            key = bytes(item)
        else:
            raise WebhookSecretError(f"secret {position} must be a string, not {type(item).__name__}")
        if not key:
            raise WebhookSecretError(f"secret {position} is empty")
        keys.append(key)
    if not keys:
        raise WebhookSecretError("no webhook secret was given (an empty list)")
    return keys


def _text(value: Any) -> str:
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("latin-1")
    return str(value)


def signature_header(headers: Any) -> tuple[str, str]:
    """(name, value) of the signature header: ``X-Retab-Signature``, else ``Retab-Signature``, any case.

    ``headers`` is any mapping (or a list of pairs; bytes names and values are read as
    latin-1). Raises MissingSignatureError when neither is there.
    """
    wanted = {SIGNATURE_HEADER.lower(): None, LEGACY_SIGNATURE_HEADER.lower(): None}
    found: dict[str, tuple[str, str]] = {}
    try:
        pairs = headers.items() if isinstance(headers, Mapping) or hasattr(headers, "items") else headers
        for name, value in pairs:
            key = _text(name).strip().lower()
            if key in wanted and key not in found:
                found[key] = (_text(name), _text(value))
    except (TypeError, ValueError):
        raise MissingSignatureError(
            f"the headers must be a mapping of names to values, not {type(headers).__name__}"
        ) from None
    for key in wanted:
        if key in found:
            return found[key]
    raise MissingSignatureError(
        f"no {SIGNATURE_HEADER} (or {LEGACY_SIGNATURE_HEADER}) header: the delivery is not signed"
    )


def _parse_header(value: str) -> tuple[int | None, list[str]]:
    """(t, signatures): t None for the bare hex scheme. Raises MalformedSignatureError."""
    text = value.strip()
    if len(text) > MAX_SIGNATURE_HEADER:
        raise MalformedSignatureError(f"the signature header is {len(text)} characters long, more than any signature")
    if not text:
        raise MalformedSignatureError("the signature header is empty")
    if _HEX64.fullmatch(text):
        return None, [text.lower()]
    if "=" not in text:
        raise MalformedSignatureError(
            "the signature header is neither 't=<seconds>,v1=<hex>' nor 64 hex digits (the seed era's form)"
        )
    timestamps: list[str] = []
    signatures: list[str] = []
    for part in text.split(","):
        key, sep, item = part.strip().partition("=")
        if not sep:
            raise MalformedSignatureError("the signature header has a part without '=' (expected t=<seconds>,v1=<hex>)")
        key, item = key.strip(), item.strip()
        if key == "t":
            timestamps.append(item)
        elif key == "v1":
            if _HEX64.fullmatch(item):
                signatures.append(item.lower())
            # A v1 that is not 64 hex digits can match nothing: it is skipped, as other schemes are.
    if len(timestamps) != 1:
        what = "no t=<seconds>" if not timestamps else "several t= values"
        raise MalformedSignatureError(f"the signature header has {what}")
    if not _DIGITS.fullmatch(timestamps[0]):
        raise MalformedSignatureError("the signature header's t= is not a whole number of seconds")
    if not signatures:
        raise MalformedSignatureError("the signature header has no v1= signature of 64 hex digits")
    return int(timestamps[0]), signatures[:MAX_SIGNATURES]


def _check_tolerance(tolerance: float | None) -> None:
    if tolerance is None:
        return
    if isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or not math.isfinite(tolerance):
        raise WebhookSecretError(f"tolerance must be a number of seconds or None, not {tolerance!r}")
    if tolerance < 0:
        raise WebhookSecretError(f"tolerance must be 0 or more seconds, not {tolerance!r}")


def verify(
    payload: bytes | bytearray | memoryview | str,
    headers: Any,
    secret: Secrets,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    require_timestamp: bool = False,
    now: float | None = None,
) -> Verification:
    """Check that ``payload`` (the raw body) was signed with ``secret``; returns what was proved.

    ``headers``: the request's headers, any mapping, names in any case (``X-Retab-Signature``,
    else ``Retab-Signature``). ``secret``: one string or several, any of which may have signed.
    A ``t=...,v1=...`` signature (any ``v1`` may match) must also have ``t`` within
    ``tolerance`` seconds of ``now`` (default: the clock), either way; ``tolerance=None``
    turns that check off. A bare hex signature (the seed era's) is accepted unless
    ``require_timestamp``; its result says it has no timestamp.

    Raises MissingSignatureError, MalformedSignatureError, TimestampRequiredError (400),
    SignatureMismatchError, TimestampOutsideToleranceError (401), all WebhookVerificationError;
    WebhookSecretError for a missing or empty secret or a bad tolerance.
    """
    keys = _secret_keys(secret)
    _check_tolerance(tolerance)
    body = raw_body(payload)
    name, value = signature_header(headers)
    if not value.isascii():
        raise MalformedSignatureError(f"the {name} header holds characters that are not ASCII")
    timestamp, signatures = _parse_header(value)
    if timestamp is None and require_timestamp:
        raise TimestampRequiredError(
            f"the {name} header is a bare signature without a timestamp, and a timestamp is required"
        )
    matched: int | None = None
    for index, key in enumerate(keys):
        expected = (hex_signature(body, key) if timestamp is None else v1_signature(body, key, timestamp)).encode()
        for candidate in signatures:
            if hmac.compare_digest(expected, candidate.encode()) and matched is None:
                matched = index
    if matched is None:
        secrets_said = "the secret" if len(keys) == 1 else f"any of the {len(keys)} secrets"
        raise SignatureMismatchError(
            f"no signature in the {name} header matches the body under {secrets_said}: a wrong secret, "
            "or a body changed (re-serialised?) since it was signed"
        )
    if timestamp is not None and tolerance is not None:
        current = time.time() if now is None else now
        drift = current - timestamp
        if abs(drift) > tolerance:
            when = f"{round(drift)} s old" if drift > 0 else f"{round(-drift)} s in the future"
            raise TimestampOutsideToleranceError(
                f"the signature's timestamp is {when}, more than the {tolerance:g} s allowed "
                "(a replayed delivery, or a clock that is off)",
                timestamp=timestamp,
                now=current,
                tolerance=tolerance,
            )
    return Verification(scheme="hex" if timestamp is None else "v1", timestamp=timestamp,
                        secret_index=matched, header=name)  # fmt: skip
