"""The server's JSON encoding: long strings a piece at a time, the same bytes as one call of the encoder."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retab_runs.server import _encoding
from retab_runs.server._encoding import encode

TEXT = st.text(alphabet=st.sampled_from(list('ab"\\\n\x00é\U0001f600\ud800\udc00')), max_size=12)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=25,
)


def with_small_pieces(patch: pytest.MonkeyPatch) -> None:
    """Strings of 4 characters and more count as long, encoded 3 characters at a time."""
    patch.setattr(_encoding, "LONG_TEXT", 4)
    patch.setattr(_encoding, "TEXT_PIECE", 3)


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    with_small_pieces(monkeypatch)


@given(value=JSON)
def test_long_strings_in_pieces_give_the_bytes_of_one_call(value: Any) -> None:
    with pytest.MonkeyPatch.context() as patch:
        with_small_pieces(patch)
        assert encode(value) == json.dumps(value, separators=(",", ":")).encode()


def test_a_long_text_is_never_given_to_the_encoder_whole(small_pieces: None, monkeypatch: pytest.MonkeyPatch) -> None:
    longest: list[int] = []
    dumps = json.dumps

    def watched(value: Any, **options: Any) -> str:
        texts = [item for item in _strings(value) if not item.startswith("retab-long-text-")]  # placeholders
        longest.append(max(map(len, texts), default=0))
        return dumps(value, **options)

    monkeypatch.setattr(json, "dumps", watched)
    value = {"text": "x" * 100, "rows": [{"note": "y" * 50, "long key" * 10: 1}], "short": "abc"}
    assert encode(value) == dumps(value, separators=(",", ":")).encode()
    assert max(longest) < 4


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in _strings(key) + _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []
