"""The server's check functions, one by one: the exact 422 items a client reads, at each limit.

A client of the vendor's API reads ``detail[i]`` (``type``, ``loc``, ``msg``, ``input``, ``ctx``)
to tell the user what to fix; these pin them as FastAPI writes them. Requests over a real socket
are in test_request_checks.py; here the unit is the check.
"""

from __future__ import annotations

import base64
import binascii
import datetime
from typing import Any

import pytest

from retab_runs.server._requests import (
    BASE64_PIECE,
    MAX_INTEGER_DIGITS,
    MIME_DATA_INPUT,
    Incoming,
    Invalid,
    Query,
    Shape,
    any_object,
    array,
    base64_text,
    boolean,
    check_body,
    date_text,
    decode_base64,
    header_text,
    issue,
    mapping,
    nullable,
    one_of,
    parse_day,
    string,
)

LOC: list[str | int] = ["body", "x"]


def query(*pairs: tuple[str, str]) -> Query:
    return Query(Incoming("GET", "/", query=pairs))


# -- one issue ---------------------------------------------------------------------------------


def test_an_issue_has_ctx_only_when_given() -> None:
    assert issue("missing", ("query", "a"), "Field required", None) == {
        "type": "missing", "loc": ["query", "a"], "msg": "Field required", "input": None}  # fmt: skip
    assert issue("enum", ["body"], "m", 1, expected="'a'")["ctx"] == {"expected": "'a'"}


def test_invalid_carries_its_issues_and_counts_them() -> None:
    found = [issue("missing", ["body"], "Field required", None)] * 2
    error = Invalid(found)
    assert error.issues is found
    assert str(error) == "2 validation issue(s)"


# -- query parameters ------------------------------------------------------------------------------


def test_the_last_value_of_a_repeated_parameter_counts() -> None:
    incoming = Incoming("GET", "/", query=[("a", "1"), ("b", "x"), ("a", "2")])
    assert incoming.param("a") == "2"
    assert incoming.param("c") is None


def test_a_required_parameter_missing_is_named() -> None:
    q = query()
    assert q.required("workflow_id") == ""
    assert q.issues == [{"type": "missing", "loc": ["query", "workflow_id"], "msg": "Field required", "input": None}]
    assert query(("workflow_id", "wf")).required("workflow_id") == "wf"


def test_text_is_the_value_as_sent_and_empty_is_empty() -> None:
    assert query(("search", "")).text("search") == ""
    assert query(("search", " a ")).text("search") == " a "
    assert query().text("search") is None


@pytest.mark.parametrize(("raw", "value"), [("1", 1), ("100", 100), ("+5", 5), (" 7 ", 7), ("-3", -3), ("007", 7)])
def test_an_integer_in_ascii_digits_is_read(raw: str, value: int) -> None:
    q = query(("n", raw))
    assert q.integer("n") == value
    assert q.issues == []


@pytest.mark.parametrize("raw", ["", "true", "1.0", "1e2", "0x10", "1_000", "\u0665", "\uff11", "1 2", "--1", "+"])
def test_anything_else_is_int_parsing_and_the_default_stands(raw: str) -> None:
    # "\u0665" (Arabic-Indic five) and "\uff11" (fullwidth one) are digits to int(), not to the vendor.
    q = query(("n", raw))
    assert q.integer("n", 20) == 20
    assert q.issues == [{"type": "int_parsing", "loc": ["query", "n"], "input": raw,
                         "msg": "Input should be a valid integer, unable to parse string as an integer"}]  # fmt: skip


def test_an_absent_integer_is_the_default_without_an_issue() -> None:
    q = query()
    assert q.integer("n", 20) == 20 and q.integer("m") is None
    assert q.issues == []


@pytest.mark.parametrize("sign", ["", "+", "-"])
def test_an_integer_of_exactly_the_digit_limit_is_read(sign: str) -> None:
    raw = sign + "1" * MAX_INTEGER_DIGITS
    q = query(("n", raw))
    assert q.integer("n") == int(raw)
    assert q.issues == []


@pytest.mark.parametrize("sign", ["", "+", "-"])
def test_one_digit_more_is_int_parsing_size(sign: str) -> None:
    raw = sign + "1" * (MAX_INTEGER_DIGITS + 1)
    q = query(("n", raw))
    assert q.integer("n", 20) == 20
    assert q.issues == [{"type": "int_parsing_size", "loc": ["query", "n"], "input": raw,
                         "msg": "Unable to parse input string as an integer, exceeded maximum size"}]  # fmt: skip


def test_a_long_string_that_is_no_integer_is_int_parsing() -> None:
    raw = "1" * (MAX_INTEGER_DIGITS + 1) + "x"
    q = query(("n", raw))
    q.integer("n")
    assert [found["type"] for found in q.issues] == ["int_parsing"]


def test_bounds_hold_exactly_at_their_limits() -> None:
    q = query(("a", "1"), ("b", "100"))
    assert (q.integer("a", low=1, high=100), q.integer("b", low=1, high=100)) == (1, 100)
    assert q.issues == []


def test_below_the_low_bound_is_greater_than_equal() -> None:
    q = query(("n", "0"))
    q.integer("n", 20, low=1, high=100)
    assert q.issues == [{"type": "greater_than_equal", "loc": ["query", "n"], "input": "0", "ctx": {"ge": 1},
                         "msg": "Input should be greater than or equal to 1"}]  # fmt: skip


def test_above_the_high_bound_is_less_than_equal() -> None:
    q = query(("n", "101"))
    q.integer("n", 20, low=1, high=100)
    assert q.issues == [{"type": "less_than_equal", "loc": ["query", "n"], "input": "101", "ctx": {"le": 100},
                         "msg": "Input should be less than or equal to 100"}]  # fmt: skip


def test_a_bound_alone_checks_its_own_side_only() -> None:
    q = query(("a", "-5"), ("b", "500"))
    assert q.integer("a", high=10) == -5 and q.integer("b", low=10) == 500
    assert q.issues == []


@pytest.mark.parametrize(("raw", "value"), [("1.5", 1.5), ("-2", -2.0), (" 3 ", 3.0), ("1e3", 1000.0)])
def test_a_finite_number_is_read(raw: str, value: float) -> None:
    q = query(("x", raw))
    assert q.number("x") == value
    assert q.issues == []


@pytest.mark.parametrize("raw", ["", "abc", "nan", "inf", "-Infinity", "1e999"])
def test_a_number_that_is_not_finite_is_float_parsing(raw: str) -> None:
    q = query(("x", raw))
    assert q.number("x") is None
    assert q.issues == [{"type": "float_parsing", "loc": ["query", "x"], "input": raw,
                         "msg": "Input should be a valid number, unable to parse string as a number"}]  # fmt: skip
    assert query().number("x") is None


def test_a_choice_is_one_of_its_values_exactly() -> None:
    q = query(("order", "asc"))
    assert q.choice("order", ("asc", "desc"), "desc") == "asc"
    assert query().choice("order", ("asc", "desc"), "desc") == "desc"
    bad = query(("order", "ASC"))
    assert bad.choice("order", ("asc", "desc"), "desc") == "desc"
    assert bad.issues == [{"type": "enum", "loc": ["query", "order"], "input": "ASC",
                           "msg": "Input should be 'asc', 'desc'", "ctx": {"expected": "'asc', 'desc'"}}]  # fmt: skip


def test_a_date_is_yyyy_mm_dd() -> None:
    q = query(("d", "2026-02-28"))
    assert q.date("d") == datetime.date(2026, 2, 28)
    assert query().date("d") is None
    for raw in ["2026-02-30", "2026-2-28", "20260228", "2026-02-28T00:00:00", "\u0662026-02-28"]:
        bad = query(("d", raw))
        assert bad.date("d") is None
        assert bad.issues == [{"type": "date_from_datetime_parsing", "loc": ["query", "d"], "input": raw,
                               "msg": "Input should be a valid date in the format YYYY-MM-DD"}]  # fmt: skip


def test_parse_day_takes_full_dates_only() -> None:
    assert parse_day("2024-02-29") == datetime.date(2024, 2, 29)
    assert parse_day("2023-02-29") is None
    assert parse_day("2024-02-29 ") is None


def test_a_listing_drops_blanks_and_spaces() -> None:
    assert query(("ids", " a, ,b ,,")).listing("ids") == ["a", "b"]
    assert query(("ids", "")).listing("ids") == []
    assert query().listing("ids") is None


def test_done_raises_every_issue_at_once() -> None:
    q = query(("a", "x"), ("b", "y"))
    q.integer("a")
    q.integer("b")
    with pytest.raises(Invalid) as caught:
        q.done()
    assert [found["loc"] for found in caught.value.issues] == [["query", "a"], ["query", "b"]]
    query().done()  # no issue: no exception


# -- JSON bodies -----------------------------------------------------------------------------------


def wrong(kind: str, what: str, value: Any) -> list[dict[str, Any]]:
    return [{"type": kind, "loc": LOC, "msg": f"Input should be a valid {what}", "input": value}]


@pytest.mark.parametrize("value", [1, None, True, [], {}, b"x"])
def test_string_takes_a_string_only(value: object) -> None:
    assert string()("", LOC) == [] and string()("x", LOC) == []
    assert string()(value, LOC) == wrong("string_type", "string", value)


@pytest.mark.parametrize("value", [1, 0, 1.0, "true", None, [True], {}])
def test_boolean_takes_true_and_false_only(value: object) -> None:
    assert boolean()(True, LOC) == [] and boolean()(False, LOC) == []
    assert boolean()(value, LOC) == wrong("bool_type", "boolean", value)


@pytest.mark.parametrize("value", [[], "{}", 1, None])
def test_any_object_takes_an_object_only(value: object) -> None:
    assert any_object()({}, LOC) == [] and any_object()({"a": [1]}, LOC) == []
    assert any_object()(value, LOC) == wrong("dict_type", "dictionary", value)


def test_nullable_takes_null_or_what_its_inner_check_takes() -> None:
    check = nullable(string())
    assert check(None, LOC) == [] and check("a", LOC) == []
    assert check(1, LOC) == wrong("string_type", "string", 1)


def test_one_of_takes_its_strings_exactly() -> None:
    check = one_of("csv", "xlsx")
    assert check("csv", LOC) == [] and check("xlsx", LOC) == []
    expected = "'csv', 'xlsx'"
    for value in ["CSV", "", 1, None, ["csv"]]:
        assert check(value, LOC) == [{"type": "enum", "loc": LOC, "msg": f"Input should be {expected}", "input": value,
                                      "ctx": {"expected": expected}}]  # fmt: skip


def test_array_checks_each_element_at_its_index() -> None:
    check = array(string())
    assert check([], LOC) == [] and check(["a", "b"], LOC) == []
    assert check(["a", 2, "c", None], LOC) == [
        {"type": "string_type", "loc": [*LOC, 1], "msg": "Input should be a valid string", "input": 2},
        {"type": "string_type", "loc": [*LOC, 3], "msg": "Input should be a valid string", "input": None},
    ]
    for value in ["ab", {"a": "b"}, None, ("a",)]:
        assert check(value, LOC) == wrong("list_type", "list", value)


def test_mapping_checks_each_value_at_its_key() -> None:
    check = mapping(string())
    assert check({}, LOC) == [] and check({"a": "b"}, LOC) == []
    assert check({"a": "b", "c": 1, "d": []}, LOC) == [
        {"type": "string_type", "loc": [*LOC, "c"], "msg": "Input should be a valid string", "input": 1},
        {"type": "string_type", "loc": [*LOC, "d"], "msg": "Input should be a valid string", "input": []},
    ]
    for value in [["a"], "a", None]:
        assert check(value, LOC) == wrong("dict_type", "dictionary", value)


def test_date_text_takes_a_yyyy_mm_dd_string() -> None:
    check = date_text()
    assert check("2026-01-31", LOC) == []
    assert check(20260131, LOC) == wrong("string_type", "string", 20260131)
    assert check("2026-01-32", LOC) == [{"type": "date_from_datetime_parsing", "loc": LOC, "input": "2026-01-32",
                                         "msg": "Input should be a valid date in the format YYYY-MM-DD"}]  # fmt: skip


def test_base64_text_takes_strict_base64() -> None:
    check = base64_text()
    assert check("", LOC) == [] and check("aGk=", LOC) == []
    assert check(1, LOC) == wrong("string_type", "string", 1)
    for value in ["aGk", "aG!=", "aGk=\n", "a===", "aGk=aGk="]:
        assert check(value, LOC) == [{"type": "base64_decode", "loc": LOC, "input": value,
                                      "msg": "Base64 decoding error: the content should be base64"}]  # fmt: skip


def test_base64_is_decoded_whole_across_pieces() -> None:
    data = bytes(range(256)) * (BASE64_PIECE // 128 + 7)
    text = base64.b64encode(data).decode()
    assert len(text) > 2 * BASE64_PIECE
    assert decode_base64(text) == data
    assert decode_base64("") == b""


def test_padding_inside_the_text_is_refused_at_a_piece_boundary() -> None:
    # Padding that ends the first piece, with more text after it: one long text, not two joined.
    piece = base64.b64encode(b"\0" * (BASE64_PIECE // 4 * 3 - 1)).decode()
    assert len(piece) == BASE64_PIECE and piece.endswith("=")
    with pytest.raises(binascii.Error) as caught:
        decode_base64(piece + "AAAA")
    assert str(caught.value) == "padding before the end of the base64 text"
    assert decode_base64("AAAA" + piece[4:]) == b"\0" * (BASE64_PIECE // 4 * 3 - 1)


def test_base64_of_a_length_not_a_multiple_of_four_is_refused() -> None:
    with pytest.raises(binascii.Error) as caught:
        decode_base64("AAAAA")
    assert str(caught.value) == "base64 text should be a multiple of 4 characters long"


def test_header_text_takes_printable_latin_1_only() -> None:
    check = header_text()
    assert check("application/pdf", LOC) == [] and check("text/plain; charset=\xe9", LOC) == []
    assert check(1, LOC) == wrong("string_type", "string", 1)
    msg = "String should be printable Latin-1 text without control characters (it is sent as a Content-Type header)"
    for value in ["a\r\nb", "a\0", "\x7f", "\u0100", "tab\there"]:
        assert check(value, LOC) == [{"type": "string_pattern_mismatch", "loc": LOC, "msg": msg, "input": value,
                                      "ctx": {"pattern": "[\\x20-\\x7e\\xa0-\\xff]*"}}]  # fmt: skip


def test_a_shape_names_each_missing_field_and_checks_each_present_one() -> None:
    shape = Shape(required={"a": string(), "b": boolean()}, optional={"c": string(), "d": string()})
    value = {"b": 1, "c": 2, "e": "ignored"}
    assert shape(value, ["body"]) == [
        {"type": "missing", "loc": ["body", "a"], "msg": "Field required", "input": value},
        {"type": "bool_type", "loc": ["body", "b"], "msg": "Input should be a valid boolean", "input": 1},
        {"type": "string_type", "loc": ["body", "c"], "msg": "Input should be a valid string", "input": 2},
    ]
    assert shape({"a": "x", "b": False}, ["body"]) == []
    not_an_object = "Input should be a valid dictionary or object to extract fields from"
    assert shape(["a"], ["body"]) == [
        {"type": "model_attributes_type", "loc": ["body"], "input": ["a"], "msg": not_an_object}]  # fmt: skip


def test_a_document_input_takes_a_name_base64_content_and_a_header_safe_type() -> None:
    good = {"filename": "a.pdf", "content": "JVBERg==", "mime_type": "application/pdf"}
    assert MIME_DATA_INPUT(good, ["body"]) == []
    assert [found["loc"] for found in MIME_DATA_INPUT({}, ["body"])] == [
        ["body", "filename"], ["body", "content"], ["body", "mime_type"]]  # fmt: skip


SHAPE = Shape(required={"a": string()})


@pytest.mark.parametrize("raw", [b"", b"  \n", b"\t"])
def test_an_absent_body_is_missing_when_required_and_empty_otherwise(raw: bytes) -> None:
    with pytest.raises(Invalid) as caught:
        check_body(raw, SHAPE, required=True)
    assert caught.value.issues == [{"type": "missing", "loc": ["body"], "msg": "Field required", "input": None}]
    assert check_body(raw, SHAPE, required=False) == {}


def test_a_null_body_reads_as_empty_when_optional_and_is_checked_when_required() -> None:
    assert check_body(b"null", SHAPE, required=False) == {}
    with pytest.raises(Invalid) as caught:
        check_body(b"null", SHAPE, required=True)
    assert caught.value.issues[0]["type"] == "model_attributes_type"


def test_a_valid_body_is_returned_decoded() -> None:
    assert check_body(b'{"a": "x", "n": 1.5}', SHAPE, required=True) == {"a": "x", "n": 1.5}


def test_a_body_that_breaks_its_shape_lists_each_problem() -> None:
    with pytest.raises(Invalid) as caught:
        check_body(b'{"b": 1}', SHAPE, required=False)
    missing = {"type": "missing", "loc": ["body", "a"], "msg": "Field required", "input": {"b": 1}}
    assert caught.value.issues == [missing]


@pytest.mark.parametrize(
    ("raw", "position"),
    [(b'{"a": ', 6), (b'{"a" 1}', 5), (b'{"a": NaN}', 0), (b'{"a": 1e999}', 0), (b"[" * 50_000, 0)],
)  # a constant or a number refused after decoding has no position: 0
def test_text_that_is_not_json_a_number_cannot_carry_is_json_invalid(raw: bytes, position: int) -> None:
    with pytest.raises(Invalid) as caught:
        check_body(raw, SHAPE, required=True)
    [found] = caught.value.issues
    assert found["type"] == "json_invalid" and found["msg"] == "JSON decode error" and found["input"] == {}
    assert found["loc"][0] == "body" and found["ctx"]["error"]
    assert found["loc"] == ["body", position]


def test_a_large_finite_number_is_kept() -> None:
    assert check_body(b'{"a": "x", "n": 1e308}', SHAPE, required=True)["n"] == 1e308


def test_the_error_says_why_the_number_is_refused() -> None:
    with pytest.raises(Invalid) as caught:
        check_body(b'{"a": 1e999}', SHAPE, required=True)
    assert caught.value.issues[0]["ctx"]["error"] == "1e999 is too large for a number"
    with pytest.raises(Invalid) as caught:
        check_body(b'{"a": NaN}', SHAPE, required=True)
    assert caught.value.issues[0]["ctx"]["error"] == "NaN is not JSON"
