"""Small bodies that decode to a great deal: br and zstd bombs, built once per test process."""

from __future__ import annotations

from functools import cache

import brotli
import zstandard

MIB = 2**20


@cache
def brotli_bomb(mebibytes: int) -> bytes:
    """Under a kilobyte of br that decodes to ``mebibytes`` MiB of zeros (1 GiB: 809 bytes, about 3 s to build)."""
    compressor = brotli.Compressor(quality=5, lgwin=24)
    block = bytes(MIB)
    return b"".join([compressor.process(block) for _ in range(mebibytes)] + [compressor.finish()])


@cache
def zstd_bomb(mebibytes: int) -> bytes:
    """Some 32 bytes of zstd per MiB of zeros (RLE blocks of 128 KiB, four bytes each)."""
    compressor = zstandard.ZstdCompressor(level=3).compressobj()
    block = bytes(MIB)
    return b"".join([compressor.compress(block) for _ in range(mebibytes)] + [compressor.flush()])
