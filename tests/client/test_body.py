"""The bounded decoder under ``read_body``: every coding, a bounded piece at a time."""

from __future__ import annotations

import gzip
import itertools
import zlib

import brotli
import httpx
import pytest
import zstandard

from retab_runs import ResponseDecodingError, _body
from tests.client.bombs import brotli_bomb, zstd_bomb


def encoded(encoding: str) -> httpx.Response:
    """A response whose body is still to be read, with this Content-Encoding."""
    request = httpx.Request("GET", "https://api.retab.com/v1/workflows/runs/run_1")
    return httpx.Response(200, headers={"Content-Encoding": encoding}, stream=httpx.ByteStream(b""), request=request)


def decoded(encoding: str, body: bytes, network_chunk: int = 65536) -> list[bytes]:
    decoding = _body._Decoding(encoded(encoding))
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
    decoding = _body._Decoding(encoded("gzip, gzip"))
    for piece in decoding.feed(bomb):
        assert len(piece) <= _body._PIECE
        total += len(piece)
    assert total + sum(map(len, decoding.finish())) == 64 * 2**20


@pytest.mark.parametrize("network_chunk", [1, 2, 3, 4096, 1 << 20])
@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS], ids=["zlib", "raw"])
def test_no_piece_of_a_deflate_bomb_is_larger_than_the_step_however_it_arrives(network_chunk: int, wbits: int) -> None:
    # Whatever the first chunks hold back while the header is judged, nothing is left for the
    # end of the body to inflate in one go.
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    bomb = packer.compress(bytes(16 * 2**20)) + packer.flush()
    decoding = _body._Decoding(encoded("deflate"))
    sizes = [
        len(piece)
        for start in range(0, len(bomb), network_chunk)
        for piece in decoding.feed(bomb[start : start + network_chunk])
    ]
    sizes += [len(piece) for piece in decoding.finish()]
    assert max(sizes) <= _body._PIECE
    assert sum(sizes) == 16 * 2**20


@pytest.mark.parametrize("network_chunk", [1, 7, 65536])
def test_br_and_zstd_round_trip_whatever_the_network_chunks(network_chunk: int) -> None:
    body = b'{"id": "run_1", "steps": []}' * 1000
    two_frames = zstandard.ZstdCompressor().compress(body[:500]) + zstandard.ZstdCompressor().compress(body[500:])
    cases = {
        "br": brotli.compress(body),
        "zstd": zstandard.ZstdCompressor().compress(body),
        "ZSTD": two_frames,
        "br, zstd, gzip": gzip.compress(zstandard.ZstdCompressor().compress(brotli.compress(body))),
    }
    for encoding, sent in cases.items():
        assert b"".join(decoded(encoding, sent, network_chunk)) == body, encoding


@pytest.mark.parametrize("coding", ["br", "zstd"])
def test_every_step_of_br_and_zstd_is_bounded_even_from_a_bomb(coding: str) -> None:
    # httpx's decoders hand over what a whole read decodes to: 64 MiB at once from this br.
    bomb = brotli_bomb(64) if coding == "br" else zstd_bomb(64)
    assert len(bomb) < 4096
    total = 0
    decoding = _body._Decoding(encoded(coding))
    for piece in itertools.chain(decoding.feed(bomb), decoding.finish()):
        assert len(piece) <= 10 * 128 * 1024
        total += len(piece)
    assert total == 64 * 2**20


def test_only_the_codings_that_can_be_bounded_are_advertised(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _body.accept_encoding() == "gzip, deflate, br, zstd"
    monkeypatch.setattr(_body, "_bounded_brotli", lambda: False)  # brotli before 1.2, or brotlicffi
    assert _body.accept_encoding() == "gzip, deflate, zstd"
    with pytest.raises(ResponseDecodingError, match="br-encoded, which was not asked for"):
        decoded("br", brotli.compress(b"{}"))


def test_an_old_brotli_is_not_taken_for_a_bounded_one(monkeypatch: pytest.MonkeyPatch) -> None:
    class Old:  # brotli 1.1's process takes no output_buffer_limit
        def process(self, data: bytes) -> bytes:
            return data

    monkeypatch.setattr(brotli, "Decompressor", Old)
    _body._bounded_brotli.cache_clear()
    try:
        assert not _body._bounded_brotli()
    finally:
        _body._bounded_brotli.cache_clear()


def test_more_codings_than_the_cap_is_a_typed_error_not_a_recursion_error() -> None:
    body = b"{}"
    for _ in range(1000):
        body = gzip.compress(body, 1)
    with pytest.raises(ResponseDecodingError, match="1,000 content codings; at most 4"):
        decoded(", ".join(["gzip"] * 1000), body)
    assert decoded(", ".join(["gzip"] * 4), gzip.compress(gzip.compress(gzip.compress(gzip.compress(b"{}")))))


@pytest.mark.parametrize(
    ("coding", "body"), [("br", brotli.compress(b"{}" * 100)[:-2]), ("zstd", b"\x28\xb5\x2f")], ids=["br", "zstd"]
)
def test_a_truncated_br_or_zstd_body_is_a_decoding_error(coding: str, body: bytes) -> None:
    with pytest.raises(httpx.DecodingError, match=f"not valid {coding}"):
        decoded(coding, body)


def test_a_body_that_is_not_what_its_coding_says_is_a_decoding_error() -> None:
    with pytest.raises(httpx.DecodingError, match="not valid gzip"):
        decoded("gzip", b"not gzip at all")
