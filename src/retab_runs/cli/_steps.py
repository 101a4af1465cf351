"""How ``retab-runs steps`` shows a step's output: one step in full, or each step in a line or two."""

from __future__ import annotations

import json
from typing import Any

from ._summary import STEP_MARKS
from ._terminal import printable

__all__ = ["step_lines"]

SHORT_OUTPUT = 160
"""Characters of a step's output shown in the list of every step (``steps RUN NODE`` shows it all)."""


def _plain(value: Any) -> Any:
    """A generated model as the JSON it came from; an unset value as None; anything else as it is."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if type(value).__name__ == "Unset":
        return None
    return value


def _text(value: Any) -> str:
    plain = _plain(value)
    return str(getattr(plain, "value", plain)) if plain is not None else "?"


def step_lines(step: Any, *, full: bool) -> list[str]:
    """A ``StepOutputResponse`` as printable lines: a header, then its outputs (in full, or one short line)."""
    status = _text(step.status)
    label = _plain(step.node_label)
    header = [STEP_MARKS.get(status, "?"), _text(step.node_id), _text(step.node_type)]
    if isinstance(label, str) and label:
        header.append(label)
    header.append(status)
    sections = [("Output", _plain(step.output)), ("Handle inputs", _plain(step.handle_inputs)),
                ("Handle outputs", _plain(step.handle_outputs))]  # fmt: skip
    if not full:
        line = f"{header[0]} {header[1]:<20} {header[2]:<12} {(label if isinstance(label, str) else ''):<22} {status}"
        output = sections[0][1]
        lines = [printable(line)]
        if output is not None:
            text = json.dumps(output, ensure_ascii=False, default=str)
            if len(text) > SHORT_OUTPUT:
                text = text[: SHORT_OUTPUT - 1] + "…"
            lines.append(printable(f"    {text}"))
        return lines
    lines = [printable("Step " + " · ".join(header[1:]))]
    for title, value in sections:
        if value is None or value == {}:
            continue
        lines.append(f"  {title}")
        text = json.dumps(value, ensure_ascii=False, indent=2, default=str)
        lines.extend(printable("    " + line) for line in text.splitlines())
    if len(lines) == 1:
        lines.append("  (no output yet)")
    return lines
