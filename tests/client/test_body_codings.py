"""A body that is not what its ``Content-Encoding`` says, or an empty one, through the public calls.

What a user meets: a typed ResponseDecodingError naming the request and the coding (never a
raw httpx or RuntimeError), not retried; an empty body of any coding is an empty body.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import AsyncIterator

import brotli
import httpx
import pytest
import zstandard

from retab_runs import APIStatusError, ResponseDecodingError, ResponseValidationError
from tests.client.conftest import Api

RUN_ID = "run_abc123xyz"
WHERE = re.escape(f"GET https://retab.test/v1/workflows/runs/{RUN_ID} (200): ")
WHOLE = brotli.compress(b'{"id": "run_1"}' * 100)


def call(api: Api, coding: str, body: bytes, status: int = 200) -> tuple[BaseException, list[int]]:
    """Get a run whose answer has this coding and body, 5 bytes a chunk; the error and the hits."""
    hits: list[int] = []
    chunks = [body[start : start + 5] for start in range(0, len(body), 5)]

    async def achunks() -> AsyncIterator[bytes]:
        for piece in chunks:
            yield piece

    def handler(request: httpx.Request) -> httpx.Response:
        hits.append(1)
        content = iter(chunks) if api.mode == "sync" else achunks()
        return httpx.Response(status, headers={"content-encoding": coding}, content=content)

    client = api.client(handler, max_retries=2)
    with pytest.raises(Exception) as caught:
        api.get(client, RUN_ID)
    return caught.value, hits


@pytest.mark.parametrize(
    ("coding", "body", "message"),
    [
        ("gzip", b"not gzip at all", r"the body is not valid gzip: Error -3 while decompressing data: .+"),
        ("x-gzip", b"not gzip at all", r"the body is not valid gzip: Error -3 while decompressing data: .+"),
        ("deflate", b"not deflate at all", r"the body is not valid deflate: Error -3 while decompressing data: .+"),
        ("br", b"not br at all", r"the body is not valid br: .+"),
        ("br", WHOLE[:-2], r"the body is not valid br: it ends before the brotli stream does"),
        ("zstd", b"not zstd at all", r"the body is not valid zstd: .+"),
        ("zstd", b"\x28\xb5\x2f", r"the body is not valid zstd: it ends before its frame does"),
    ],
    ids=["gzip", "x-gzip", "deflate", "br", "br-cut-short", "zstd", "zstd-cut-short"],
)
def test_a_body_that_is_not_what_its_coding_says_is_a_typed_error_not_retried(
    api: Api, coding: str, body: bytes, message: str
) -> None:
    error, hits = call(api, coding, body)
    assert isinstance(error, ResponseDecodingError), repr(error)
    assert re.fullmatch(WHERE + message, str(error)), str(error)
    assert (error.status_code, error.request is not None) == (200, True)
    assert len(hits) == 1  # the server would send the same


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        ("deflate", zlib.compress(b'{"id": "run_1"}' * 100)[:-4] + b"\0\0\0\0"),
        ("gzip", gzip.compress(b'{"id": "run_1"}' * 100)[:-8] + b"\0\0\0\0" + (1500).to_bytes(4, "little")),
    ],
    ids=["deflate", "gzip"],
)
def test_a_body_whose_checksum_is_wrong_is_refused(api: Api, coding: str, body: bytes) -> None:
    # The last bytes (zlib's adler-32, gzip's CRC-32) say the body was damaged on the way.
    error, _ = call(api, coding, body)
    assert isinstance(error, ResponseDecodingError), repr(error)
    assert str(error).endswith(
        f"the body is not valid {coding}: Error -3 while decompressing data: incorrect data check"
    )


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br", "zstd", "gzip, br"])
def test_an_empty_body_of_any_coding_is_an_empty_body(api: Api, coding: str) -> None:
    # A 404 with no body (as proxies send them) keeps its status, whatever its Content-Encoding says.
    error, _ = call(api, coding, b"", status=404)
    assert isinstance(error, APIStatusError), repr(error)
    assert (error.status_code, error.response.content) == (404, b"")


@pytest.mark.parametrize("body", [b"\x03", b"x"])
def test_a_deflate_body_of_one_byte_is_judged_at_its_end(api: Api, body: bytes) -> None:
    # zlib needs two bytes to tell a zlib header from raw deflate: a body of one byte is held, then
    # decoded when the body ends (here to nothing, as httpx does for a deflate stream cut short).
    error, _ = call(api, "deflate", body, status=404)
    assert isinstance(error, APIStatusError), repr(error)
    assert (error.status_code, error.response.content) == (404, b"")


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        ("gzip", gzip.compress(b"x" * 200_000)),
        ("br", brotli.compress(b"x" * 200_000)),
        ("zstd", zstandard.ZstdCompressor().compress(b"x" * 200_000)),
    ],
    ids=["gzip", "br", "zstd"],
)
def test_a_body_whose_last_chunk_decodes_to_much_is_read_whole(api: Api, coding: str, body: bytes) -> None:
    # 200 kB of "x" from a few bytes: the last network chunk leaves more output pending than one
    # step yields. All of it is read (and then refused by the parser as no JSON: the body is kept).
    error, _ = call(api, coding, body)
    assert isinstance(error, ResponseValidationError), repr(error)
    assert error.body == "x" * 200_000


def test_more_codings_than_decoded_are_refused_naming_the_request(api: Api) -> None:
    error, hits = call(api, "gzip, gzip, gzip, gzip, gzip", b"{}")
    assert isinstance(error, ResponseDecodingError), repr(error)
    assert str(error) == (
        f"the body of GET https://retab.test/v1/workflows/runs/{RUN_ID} (200) has 5 content codings; "
        "at most 4 are decoded"
    )
    assert len(hits) == 1


def test_br_that_the_installed_brotli_cannot_bound_is_refused_saying_what_would(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    from retab_runs import _body

    monkeypatch.setattr(_body, "_bounded_brotli", lambda: False)  # brotli before 1.2, or brotlicffi
    error, _ = call(api, "br", WHOLE)
    assert isinstance(error, ResponseDecodingError), repr(error)
    assert str(error) == (
        f"the body of GET https://retab.test/v1/workflows/runs/{RUN_ID} (200) is br-encoded, which was not asked "
        "for: the installed brotli cannot decode it within bounds (brotli 1.2 or later can)"
    )
