"""Request bodies parsed with long strings a piece at a time: the value, or the error, ``json.loads`` gives."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retab_runs.server import _parsing, _requests
from retab_runs.server._parsing import decode_text, parse_json

TEXT = st.text(alphabet=st.sampled_from(list('ab",:[{\\\n\x01é\U0001f600\ud83d\ude00\ud800')), max_size=14)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=20,
)


def with_small_pieces(patch: pytest.MonkeyPatch) -> None:
    """Strings of 4 characters and more count as long, decoded 3 characters at a time (an escape is up to 6)."""
    for module in (_parsing, _requests):
        patch.setattr(module, "LONG_TEXT", 4)
    patch.setattr(_parsing, "TEXT_PIECE", 3)


def outcome(parse: Any, text: str) -> Any:
    try:
        return ("value", parse(text))
    except json.JSONDecodeError as exc:
        return ("error", exc.msg, exc.pos)


def pieces(text: str) -> Any:
    return parse_json(text, parse_float=float, parse_constant=float)


@given(JSON, st.booleans(), st.booleans(), st.data())
def test_the_value_or_the_error_is_what_json_loads_gives(value: Any, ascii_only: bool, spoil: bool,
                                                          data: st.DataObject) -> None:  # fmt: skip
    text = json.dumps(value, ensure_ascii=ascii_only)
    if spoil:  # a character put anywhere: often no longer JSON
        at = data.draw(st.integers(0, len(text)))
        text = text[:at] + data.draw(st.sampled_from(list('"\\,:]}x\x01 '))) + text[at:]
    with pytest.MonkeyPatch.context() as patch:
        with_small_pieces(patch)
        assert outcome(pieces, text) == outcome(json.loads, text)


def test_a_long_string_is_never_given_to_the_parser_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    with_small_pieces(monkeypatch)
    seen: list[int] = []
    scan = vars(_parsing)["scanstring"]

    def watched(text: str, end: int, strict: bool) -> Any:
        seen.append(len(text) - end)
        return scan(text, end, strict)

    loads = json.loads

    def watched_loads(text: str, **hooks: Any) -> Any:
        texts = [s for s in text.split('"') if not s.startswith("retab-long-text-")]  # placeholders
        seen.append(max(map(len, texts), default=0))
        return loads(text, **hooks)

    monkeypatch.setattr(f"{_parsing.__name__}.scanstring", watched)
    monkeypatch.setattr(json, "loads", watched_loads)
    text = json.dumps({"document": "QUJD" * 10, "text": "line\\n\u00e9\U0001f600" * 5, "k" * 9: ["x" * 7]})
    assert pieces(text) == loads(text)
    # a piece: 3 characters, then to the end of an escape or of a pair of them (a surrogate pair), and a quote
    assert max(seen) <= 3 + 12 + 1


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32"])
def test_bodies_decode_as_json_loads_decodes_them(monkeypatch: pytest.MonkeyPatch, encoding: str) -> None:
    monkeypatch.setattr(_parsing, "BYTES_PIECE", 3)  # pieces that split characters
    raw = json.dumps({"é": "\U0001f600 text"}, ensure_ascii=False).encode(encoding)
    assert json.loads(decode_text(raw)) == json.loads(raw)
