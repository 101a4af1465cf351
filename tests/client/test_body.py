"""The bounded decoder under ``read_body``: every coding, a bounded piece at a time."""

from __future__ import annotations

import gzip
import zlib

import httpx
import pytest

from retab_runs import _body


def decoded(encoding: str, body: bytes, network_chunk: int = 65536) -> list[bytes]:
    decoding = _body._Decoding(httpx.Response(200, headers={"Content-Encoding": encoding}))
    pieces: list[bytes] = []
    for start in range(0, len(body), network_chunk):
        pieces += decoding.feed(body[start : start + network_chunk])
    pieces += decoding.finish()
    return pieces


@pytest.mark.parametrize("network_chunk", [1, 7, 65536])
def test_each_coding_round_trips_whatever_the_network_chunks(network_chunk: int) -> None:
    body = b'{"id": "run_1", "steps": []}' * 1000
    raw_deflate = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    cases = {
        "gzip": gzip.compress(body),
        "x-gzip": gzip.compress(body),
        "deflate": zlib.compress(body),
        "Deflate": raw_deflate.compress(body) + raw_deflate.flush(),
        "gzip, gzip": gzip.compress(gzip.compress(body)),
        "identity, x-unknown": body,
    }
    for encoding, sent in cases.items():
        assert b"".join(decoded(encoding, sent, network_chunk)) == body, encoding


def test_no_piece_is_larger_than_the_step_even_from_a_bomb() -> None:
    bomb = gzip.compress(gzip.compress(bytes(64 * 2**20)))
    total = 0
    decoding = _body._Decoding(httpx.Response(200, headers={"Content-Encoding": "gzip, gzip"}))
    for piece in decoding.feed(bomb):
        assert len(piece) <= _body._PIECE
        total += len(piece)
    assert total + sum(map(len, decoding.finish())) == 64 * 2**20


def test_codings_httpx_decodes_for_us_are_fed_small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    class Upper:
        def decode(self, data: bytes) -> bytes:
            seen.append(len(data))
            return data.upper()

        def flush(self) -> bytes:
            return b"!"

    monkeypatch.setitem(_body.SUPPORTED_DECODERS, "x-upper", Upper)
    assert b"".join(decoded("x-upper", b"a" * 5000)) == b"A" * 5000 + b"!"
    assert max(seen) <= _body._FOREIGN_INPUT


def test_a_body_that_is_not_what_its_coding_says_is_a_decoding_error() -> None:
    with pytest.raises(httpx.DecodingError, match="not valid gzip"):
        decoded("gzip", b"not gzip at all")
