"""Both sides of a comparison brought to the same footing before they are compared.

A vendor file as published and ``openapi.yaml`` differ in ways that are not changes of the API:
long ``main_server__...`` names, inline enums, FastAPI's operation ids, a scheme named
``API Key``. Each side goes through the importer's normaliser (``normalise.py``, a no-op on
``openapi.yaml``, which it already made), so those artefacts cancel out and what is left is
what differs: between two vendor revisions, the vendor's changes; between a vendor file and
``openapi.yaml``, the project's departures (``spec/overlay.yaml``). With ``overlay=True`` a vendor
side also gets the overlay, as ``generate --spec`` does; ``openapi.yaml`` against its own vendor
file then reads "no changes" when it is up to date.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .importer import SpecReadError, is_vendor_file, read_document
from .normalise import normalise
from .overlay import OVERLAY_FILE, OverlayError, apply_overlay, load_overlay

__all__ = ["comparable"]


def comparable(path: Path, *, overlay: bool = False) -> dict[str, Any]:
    """The spec at ``path``, normalised (and overlaid when asked, for a vendor file); SpecReadError if unreadable."""
    spec, _ = normalise(read_document(path))
    if overlay and is_vendor_file(path):
        try:
            spec, _ = apply_overlay(spec, load_overlay(OVERLAY_FILE))
        except (OSError, OverlayError) as exc:
            raise SpecReadError(f"{OVERLAY_FILE.name}: {exc}") from None
    return spec
