"""Documents for ``create``: paths, bytes and file objects made into the API's ``MIMEDataInput``.

    client.workflows.runs.create("wf_abc", documents={"start-node-1": "invoice.pdf"})

Each value becomes ``{"filename", "content" (base64), "mime_type"}``. The MIME type comes
from the file name's extension in ``MIME_TYPES`` (the document types Retab takes, the same on
every host), else from ``mimetypes``, else from the first bytes (``%PDF``, PNG, JPEG, GIF,
WebP, TIFF, BMP: so that unnamed bytes are labelled), else ``application/octet-stream``.
A path must name a regular file (a directory, FIFO or device is refused without waiting on
it), and no document may be larger than ``MAX_DOCUMENT_BYTES``: a larger file, or a file
object that never ends, is refused once that much has been read; bytes in memory, and a
ready ``MIMEDataInput`` (its base64), are measured before anything is encoded.
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

__all__ = [
    "DocumentInput",
    "FALLBACK_MIME_TYPE",
    "MAX_DOCUMENT_BYTES",
    "MIME_TYPES",
    "guess_mime_type",
    "mime_data",
    "mime_data_inputs",
]

FALLBACK_MIME_TYPE: Final = "application/octet-stream"

MAX_DOCUMENT_BYTES: Final = 48 * 1024 * 1024
"""The largest document ``create`` sends (48 MiB: 64 MiB once in base64, the embedded server's body limit)."""

DocumentInput: TypeAlias = (
    "str | os.PathLike[str] | bytes | bytearray | memoryview | tuple[str, bytes] | IO[bytes] | Mapping[str, str] | Any"
)
"""A path (read here), bytes (named after the input, or ``(filename, bytes)``), a file opened
in binary mode (named from ``.name``), or a ready ``{"filename", "content", "mime_type"}`` (a
dict, or a ``MIMEDataInput`` model of either family)."""

_MIME_KEYS: Final = ("filename", "content", "mime_type")
_MAX_BASE64: Final = 4 * -(-MAX_DOCUMENT_BYTES // 3)

MIME_TYPES: Final[Mapping[str, str]] = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".rtf": "application/rtf",
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".csv": "text/csv",
    ".tsv": "text/tab-separated-values",
    ".html": "text/html",
    ".htm": "text/html",
    ".xml": "application/xml",
    ".json": "application/json",
    ".eml": "message/rfc822",
    ".msg": "application/vnd.ms-outlook",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".bmp": "image/bmp",
    ".heic": "image/heic",
    ".heif": "image/heif",
    ".svg": "image/svg+xml",
}
"""The document types Retab takes, by extension (lower case): the same on every host, where
``mimetypes`` depends on ``/etc/mime.types`` (without it, .docx goes out as octet-stream)."""

_MAGIC: Final = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def _sniff(data: bytes) -> str | None:
    """The type the first bytes announce, for the formats whose signature cannot be mistaken."""
    for signature, mime_type in _MAGIC:
        if data.startswith(signature):
            return mime_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:2] == b"BM" and len(data) >= 14 and int.from_bytes(data[2:6], "little") == len(data):
        return "image/bmp"  # "BM" alone is too common a start: the header's file size must agree
    return None


def guess_mime_type(filename: str, data: bytes = b"") -> str:
    """The MIME type of a document: by extension (``MIME_TYPES``, then ``mimetypes``), then by content."""
    extension = os.path.splitext(filename)[1].lower()
    found = MIME_TYPES.get(extension) or mimetypes.guess_type(filename, strict=False)[0] or _sniff(data)
    return found or FALLBACK_MIME_TYPE


def _encoded(filename: str, data: bytes) -> dict[str, str]:
    content = base64.b64encode(data).decode("ascii")
    return {"filename": filename, "content": content, "mime_type": guess_mime_type(filename, data[:64])}


def _in_memory(where: str, filename: str, data: bytes | bytearray | memoryview) -> dict[str, str]:
    """Bytes held by the caller, measured before they are copied or encoded."""
    size = data.nbytes if isinstance(data, memoryview) else len(data)
    if size > MAX_DOCUMENT_BYTES:
        raise _too_large(where, f"the {type(data).__name__} ({size:,} bytes)")
    return _encoded(filename, bytes(data))


def _ready(where: str, value: Mapping[str, object]) -> dict[str, str]:
    """A ready MIMEDataInput, its base64 measured against the limit."""
    if set(value) != set(_MIME_KEYS) or not all(isinstance(value[k], str) for k in _MIME_KEYS):
        raise ConfigurationError(
            f"{where}: a mapping must be exactly {{'filename', 'content', 'mime_type'}} (strings, content in "
            f"base64), not one with keys {sorted(map(str, value))}"
        )
    ready = {key: str(value[key]) for key in _MIME_KEYS}
    if len(ready["content"]) > _MAX_BASE64:
        raise _too_large(where, f"the content ({len(ready['content']):,} characters of base64)")
    return ready


def _model_fields(value: object) -> dict[str, object] | None:
    """The fields of a ``MIMEDataInput`` model (attrs or pydantic, any contract), or None for anything else."""
    if (
        not all(hasattr(value, key) for key in _MIME_KEYS)
        or not callable(getattr(value, "to_dict", None))
        and not (callable(getattr(value, "model_dump", None)))
    ):
        return None
    return {key: getattr(value, key) for key in _MIME_KEYS}


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
        return _in_memory(where, name, value)
    if isinstance(value, tuple):
        if len(value) != 2 or not isinstance(value[0], str) or not isinstance(value[1], (bytes, bytearray, memoryview)):
            raise ConfigurationError(f"{where}: a tuple must be (filename, bytes), not {short(value)}")
        return _in_memory(where, value[0], value[1])
    if isinstance(value, Mapping):
        return _ready(where, value)
    fields = _model_fields(value)
    if fields is not None:
        return _ready(where, fields)
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
