"""Documents for a run of today's API: each one a ``MIMEData`` ``{filename, url}`` with a ``data:`` URL."""

from __future__ import annotations

from collections.abc import Mapping

from .._checker import short
from .._documents import mime_data
from .._exceptions import ConfigurationError

__all__ = ["document_urls"]


def document_urls(documents: Mapping[str, object] | None) -> dict[str, dict[str, str]] | None:
    """Every document as ``{"filename", "url"}`` keyed by its start block id (None for None).

    A path, bytes, ``(filename, bytes)`` or binary file is read (bounded as the seed's
    ``create`` does) and sent as ``data:<type>;base64,<content>``; a ready
    ``{"filename", "url"}`` mapping goes as it is. Raises ConfigurationError.
    """
    if documents is None:
        return None
    if not isinstance(documents, Mapping):
        raise ConfigurationError(f"documents must map start block ids to documents, not {type(documents).__name__}")
    out: dict[str, dict[str, str]] = {}
    for name, value in documents.items():
        key = str(name)
        if isinstance(value, Mapping) and "url" in value:
            if set(value) != {"filename", "url"} or not all(isinstance(value[k], str) for k in ("filename", "url")):
                raise ConfigurationError(
                    f"documents[{key!r}]: a mapping with a url must be exactly {{'filename', 'url'}} (strings), "
                    f"not {short(dict(value))}"
                )
            out[key] = {"filename": value["filename"], "url": value["url"]}
            continue
        encoded = mime_data(key, value)
        out[key] = {"filename": encoded["filename"],
                    "url": f"data:{encoded['mime_type']};base64,{encoded['content']}"}  # fmt: skip
    return out
