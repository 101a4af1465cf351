"""Documents for ``create``: paths, bytes and file objects made into the API's ``MIMEDataInput``.

    client.workflows.runs.create("wf_abc", documents={"start-node-1": "invoice.pdf"})

Each value becomes ``{"filename", "content" (base64), "mime_type"}``: the MIME type is
guessed from the file name (``mimetypes``), ``application/octet-stream`` when it cannot be.
A path must name a regular file (a directory, FIFO or device is refused without waiting on
it), and no document may be larger than ``MAX_DOCUMENT_BYTES``: a larger file, or a file
object that never ends, is refused once that much has been read.
"""

from __future__ import annotations

import base64
import io
import mimetypes
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any, Final, TypeAlias

from ._checker import short
from ._exceptions import ConfigurationError

__all__ = ["DocumentInput", "FALLBACK_MIME_TYPE", "MAX_DOCUMENT_BYTES", "mime_data", "mime_data_inputs"]

FALLBACK_MIME_TYPE: Final = "application/octet-stream"

MAX_DOCUMENT_BYTES: Final = 48 * 1024 * 1024
"""The largest document ``create`` sends (48 MiB: 64 MiB once in base64, the embedded server's body limit)."""

DocumentInput: TypeAlias = (
    "str | os.PathLike[str] | bytes | bytearray | tuple[str, bytes] | IO[bytes] | Mapping[str, str]"
)
"""A path (read here), bytes (named after the input, or ``(filename, bytes)``), a file opened
in binary mode (named from ``.name``), or a ready ``{"filename", "content", "mime_type"}``."""

_MIME_KEYS: Final = ("filename", "content", "mime_type")


def _guess(filename: str) -> str:
    return mimetypes.guess_type(filename, strict=False)[0] or FALLBACK_MIME_TYPE


def _encoded(filename: str, data: bytes) -> dict[str, str]:
    return {"filename": filename, "content": base64.b64encode(data).decode("ascii"), "mime_type": _guess(filename)}


def _too_large(where: str, what: str) -> ConfigurationError:
    return ConfigurationError(f"{where}: {what} is larger than {MAX_DOCUMENT_BYTES:,} bytes, the most a document is")


def _read_path(where: str, path: Path) -> bytes:
    """The bytes of the regular file at ``path``, read no further than MAX_DOCUMENT_BYTES + 1."""
    try:
        # O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer (it is then refused).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ConfigurationError(f"{where}: cannot read {str(path)!r}: {exc.strerror or exc}") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ConfigurationError(f"{where}: {str(path)!r} is not a regular file")
        if info.st_size > MAX_DOCUMENT_BYTES:
            raise _too_large(where, repr(str(path)))
        with os.fdopen(os.dup(fd), "rb") as file:
            data = file.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise ConfigurationError(f"{where}: cannot read {str(path)!r}: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    if len(data) > MAX_DOCUMENT_BYTES:  # grew since fstat
        raise _too_large(where, repr(str(path)))
    return data


def mime_data(name: str, value: object) -> dict[str, str]:
    """The ``MIMEDataInput`` for the document given to input ``name``. Raises ConfigurationError."""
    where = f"documents[{name!r}]"
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        return _encoded(path.name, _read_path(where, path))
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _encoded(name, bytes(value))
    if isinstance(value, tuple):
        if len(value) != 2 or not isinstance(value[0], str) or not isinstance(value[1], (bytes, bytearray)):
            raise ConfigurationError(f"{where}: a tuple must be (filename, bytes), not {short(value)}")
        return _encoded(value[0], bytes(value[1]))
    if isinstance(value, Mapping):
        if set(value) != set(_MIME_KEYS) or not all(isinstance(value[k], str) for k in _MIME_KEYS):
            raise ConfigurationError(
                f"{where}: a mapping must be exactly {{'filename', 'content', 'mime_type'}} (strings, content in "
                f"base64), not one with keys {sorted(map(str, value))}"
            )
        return {key: value[key] for key in _MIME_KEYS}
    read = getattr(value, "read", None)
    if callable(read):
        if isinstance(value, io.TextIOBase):  # reading would decode it first, and a PDF is not text
            raise ConfigurationError(f"{where}: the file is a {type(value).__name__} (text): open it with 'rb'")
        named = getattr(value, "name", None)
        filename = os.path.basename(named) if isinstance(named, str) and named else name
        try:
            content: Any = read(MAX_DOCUMENT_BYTES + 1)
        except (OSError, ValueError) as exc:  # ValueError: a closed file, a decoding error
            raise ConfigurationError(f"{where}: cannot read the file {filename!r}: {exc}") from exc
        if not isinstance(content, (bytes, bytearray)):
            raise ConfigurationError(f"{where}: the file gave {type(content).__name__}, not bytes: open it with 'rb'")
        if len(content) > MAX_DOCUMENT_BYTES:
            raise _too_large(where, "the file")
        return _encoded(filename, bytes(content))
    raise ConfigurationError(
        f"{where} must be a path, bytes, (filename, bytes), a binary file or a MIMEDataInput dict, not "
        f"{type(value).__name__}"
    )


def mime_data_inputs(documents: Mapping[str, object] | None) -> dict[str, dict[str, str]] | None:
    """Every document as a ``MIMEDataInput``, keyed by its start node id (None for None)."""
    if documents is None:
        return None
    if not isinstance(documents, Mapping):
        raise ConfigurationError(f"documents must map start node ids to documents, not {type(documents).__name__}")
    return {str(name): mime_data(str(name), value) for name, value in documents.items()}
