"""Text from a server, made safe to show in a terminal.

A run's fields and an error's ``detail`` come from the network. Printed raw, an
escape sequence in them (``\\x1b]0;title\\x07``, ``\\x1b[2J``) would retitle or clear
the user's terminal, and a newline or a bidi override would forge or reorder lines.
Every line of human output goes through ``printable``; ``--json`` output does not,
since it must stay exactly what the API sent.
"""

from __future__ import annotations

import re

__all__ = ["printable"]

# C0 controls (tab and newline included: a value must stay on its line), DEL, C1
# controls, and the Unicode format characters that reorder or hide text (bidi
# embeddings, overrides and isolates, the line and paragraph separators, BOM).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control or reordering character written as a visible escape (``\\x1b``)."""
    return _UNSAFE.sub(_escape, text)
