"""``verify``: both schemes, both header names, rotation, the window, and a typed error for every failure."""

from __future__ import annotations

import hashlib
import hmac
import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retab_runs import RetabError
from retab_runs.webhooks import (
    MalformedSignatureError,
    MissingSignatureError,
    SignatureMismatchError,
    TimestampOutsideToleranceError,
    TimestampRequiredError,
    WebhookSecretError,
    WebhookVerificationError,
    sign,
    verify,
)

SECRET = "whsec_test_0123456789abcdef"
BODY = b'{"id":"evt_1","type":"workflow.run.completed","data":{"id":"run_1"}}'
NOW = 1_790_000_000


def v1_header(body: bytes, secret: str, t: int) -> str:
    digest = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={t},v1={digest}"


def hex_header(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def test_a_v1_signature_verifies_with_its_timestamp() -> None:
    result = verify(BODY, {"X-Retab-Signature": v1_header(BODY, SECRET, NOW)}, SECRET, now=NOW)
    assert (result.scheme, result.timestamp, result.secret_index, result.has_timestamp) == ("v1", NOW, 0, True)
    assert result.header == "X-Retab-Signature"


def test_the_seed_era_hex_signature_verifies_and_says_it_has_no_timestamp() -> None:
    result = verify(BODY, {"Retab-Signature": hex_header(BODY, SECRET)}, SECRET)
    assert (result.scheme, result.timestamp, result.has_timestamp) == ("hex", None, False)


def test_require_timestamp_refuses_the_bare_hex_scheme() -> None:
    with pytest.raises(TimestampRequiredError) as caught:
        verify(BODY, {"Retab-Signature": hex_header(BODY, SECRET)}, SECRET, require_timestamp=True)
    assert caught.value.status_code == 400


@pytest.mark.parametrize("name", ["x-retab-signature", "X-RETAB-SIGNATURE", "retab-signature", "RETAB-Signature"])
def test_header_names_are_case_insensitive(name: str) -> None:
    assert verify(BODY, {name: v1_header(BODY, SECRET, NOW)}, SECRET, now=NOW).scheme == "v1"


def test_x_retab_signature_wins_over_the_fallback_name() -> None:
    headers = {"Retab-Signature": "0" * 64, "X-Retab-Signature": v1_header(BODY, SECRET, NOW)}
    assert verify(BODY, headers, SECRET, now=NOW).header == "X-Retab-Signature"


def test_headers_may_be_a_list_of_byte_pairs_as_asgi_gives_them() -> None:
    headers = [(b"content-type", b"application/json"), (b"x-retab-signature", v1_header(BODY, SECRET, NOW).encode())]
    assert verify(BODY, headers, SECRET, now=NOW).scheme == "v1"


def test_a_str_payload_is_taken_as_utf8() -> None:
    body = '{"note":"café ✓"}'
    assert verify(body, {"X-Retab-Signature": v1_header(body.encode(), SECRET, NOW)}, SECRET, now=NOW)


def test_any_of_several_secrets_and_any_of_several_v1_values_may_match() -> None:
    old, new = "whsec_old", "whsec_new"
    t = NOW
    header = v1_header(BODY, old, t) + ",v1=" + v1_header(BODY, new, t).split("v1=")[1]
    assert verify(BODY, {"X-Retab-Signature": header}, [new], now=NOW).secret_index == 0
    assert verify(BODY, {"X-Retab-Signature": header}, ("other", old), now=NOW).secret_index == 1
    only_new = {"X-Retab-Signature": v1_header(BODY, new, t)}
    assert verify(BODY, only_new, [old, new], now=NOW).secret_index == 1


def test_unknown_schemes_in_the_header_are_skipped() -> None:
    header = "v0=abc," + v1_header(BODY, SECRET, NOW) + ",v2=zzz"
    assert verify(BODY, {"X-Retab-Signature": header}, SECRET, now=NOW).scheme == "v1"


@pytest.mark.parametrize("offset", [301, -301, 10_000, -10_000])
def test_outside_the_window_either_way_is_refused(offset: int) -> None:
    header = {"X-Retab-Signature": v1_header(BODY, SECRET, NOW + offset)}
    with pytest.raises(TimestampOutsideToleranceError) as caught:
        verify(BODY, header, SECRET, now=NOW)
    assert caught.value.status_code == 401
    assert caught.value.timestamp == NOW + offset
    assert ("in the future" if offset > 0 else "s old") in str(caught.value)


@pytest.mark.parametrize("offset", [300, -300, 0])
def test_inside_the_window_either_way_is_accepted(offset: int) -> None:
    assert verify(BODY, {"X-Retab-Signature": v1_header(BODY, SECRET, NOW + offset)}, SECRET, now=NOW)


def test_tolerance_none_turns_the_window_off_and_another_tolerance_moves_it() -> None:
    header = {"X-Retab-Signature": v1_header(BODY, SECRET, NOW - 100_000)}
    assert verify(BODY, header, SECRET, now=NOW, tolerance=None)
    assert verify(BODY, header, SECRET, now=NOW, tolerance=100_000)
    with pytest.raises(TimestampOutsideToleranceError):
        verify(BODY, header, SECRET, now=NOW, tolerance=99_999)


def test_the_window_uses_the_clock_by_default() -> None:
    assert verify(BODY, {"X-Retab-Signature": sign(BODY, SECRET)}, SECRET)
    stale = {"X-Retab-Signature": sign(BODY, SECRET, timestamp=int(time.time()) - 3600)}
    with pytest.raises(TimestampOutsideToleranceError):
        verify(BODY, stale, SECRET)


def test_a_stale_signature_under_the_wrong_secret_is_a_mismatch_not_a_window_error() -> None:
    header = {"X-Retab-Signature": v1_header(BODY, "whsec_other", NOW - 3600)}
    with pytest.raises(SignatureMismatchError):
        verify(BODY, header, SECRET, now=NOW)


def test_a_missing_header_is_its_own_error() -> None:
    with pytest.raises(MissingSignatureError) as caught:
        verify(BODY, {"Content-Type": "application/json"}, SECRET)
    assert caught.value.status_code == 400


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "sha256=" + "a" * 64,
        "a" * 63,
        "v1=" + "a" * 64,
        "t=abc,v1=" + "a" * 64,
        "t=1,t=2,v1=" + "a" * 64,
        "t=1,v1=xyz",
        "t=1",
        "t=1,garbage",
        "é" * 64,
        "t=1,v1=" + "a" * 64 + ",v1=" + "b" * 5000,
    ],
)
def test_a_malformed_header_is_its_own_error(value: str) -> None:
    with pytest.raises(MalformedSignatureError) as caught:
        verify(BODY, {"X-Retab-Signature": value}, SECRET, now=NOW)
    assert caught.value.status_code == 400


@pytest.mark.parametrize(
    "body",
    [BODY + b" ", BODY.replace(b"run_1", b"run_2"), b'{"id": "evt_1", "type": "workflow.run.completed"}'],
)
def test_a_changed_body_is_a_mismatch(body: bytes) -> None:
    with pytest.raises(SignatureMismatchError):
        verify(body, {"X-Retab-Signature": v1_header(BODY, SECRET, NOW)}, SECRET, now=NOW)
    with pytest.raises(SignatureMismatchError):
        verify(body, {"Retab-Signature": hex_header(BODY, SECRET)}, SECRET)


def test_a_signature_moved_to_another_timestamp_is_a_mismatch() -> None:
    digest = v1_header(BODY, SECRET, NOW).split("v1=")[1]
    with pytest.raises(SignatureMismatchError):
        verify(BODY, {"X-Retab-Signature": f"t={NOW + 1},v1={digest}"}, SECRET, now=NOW)


def test_uppercase_hex_is_the_same_signature() -> None:
    assert verify(BODY, {"Retab-Signature": hex_header(BODY, SECRET).upper()}, SECRET)


@pytest.mark.parametrize("payload", [{"id": "evt_1"}, None, 12])
def test_a_parsed_object_instead_of_the_raw_body_is_refused_clearly(payload: Any) -> None:
    with pytest.raises(WebhookVerificationError, match="raw body"):
        verify(payload, {"X-Retab-Signature": v1_header(BODY, SECRET, NOW)}, SECRET, now=NOW)


@pytest.mark.parametrize("secret", [None, "", [], [""], ["ok", None], 42, [b""]])
def test_a_missing_or_empty_secret_is_a_setup_error(secret: Any) -> None:
    with pytest.raises(WebhookSecretError):
        verify(BODY, {"X-Retab-Signature": v1_header(BODY, SECRET, NOW)}, secret, now=NOW)


@pytest.mark.parametrize("tolerance", [-1, float("nan"), float("inf"), True, "300"])
def test_a_bad_tolerance_is_a_setup_error(tolerance: Any) -> None:
    with pytest.raises(WebhookSecretError):
        verify(BODY, {"X-Retab-Signature": v1_header(BODY, SECRET, NOW)}, SECRET, now=NOW, tolerance=tolerance)


def test_bad_headers_argument_is_a_missing_signature() -> None:
    with pytest.raises(MissingSignatureError):
        verify(BODY, 42, SECRET)


def test_no_message_or_repr_holds_the_secret() -> None:
    secret = "whsec_TOPSECRET_value_1234"
    attempts: list[dict[str, str]] = [
        {},
        {"X-Retab-Signature": "nonsense"},
        {"X-Retab-Signature": v1_header(BODY, "other", NOW)},
        {"X-Retab-Signature": v1_header(BODY, secret, NOW - 9999)},
        {"X-Retab-Signature": hex_header(BODY, secret)},
    ]
    for headers in attempts:
        try:
            result = verify(BODY, headers, [secret, secret + "2"], now=NOW, require_timestamp=True)
        except RetabError as error:
            text = str(error) + repr(error) + repr(vars(error))
        else:
            text = repr(result)
        assert "TOPSECRET" not in text


@given(body=st.binary(max_size=512), secret=st.text(min_size=1, max_size=40), t=st.integers(0, 2**33))
def test_what_sign_makes_verify_accepts_and_one_flipped_byte_refuses(body: bytes, secret: str, t: int) -> None:
    header = {"X-Retab-Signature": sign(body, secret, timestamp=t)}
    assert verify(body, header, secret, now=t).timestamp == t
    assert verify(body, {"Retab-Signature": sign(body, secret, scheme="hex")}, secret).scheme == "hex"
    tampered = body + b"\x00" if not body else bytes([body[0] ^ 1]) + body[1:]
    with pytest.raises(SignatureMismatchError):
        verify(tampered, header, secret, now=t)


@given(value=st.text(max_size=300))
def test_any_header_text_gives_a_verification_error_or_a_result_never_another_exception(value: str) -> None:
    try:
        verify(BODY, {"X-Retab-Signature": value}, SECRET, now=NOW)
    except WebhookVerificationError:
        pass
