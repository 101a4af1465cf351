"""The part of JSONPath (RFC 9535) that overlay targets use, and nothing more.

Supported: ``$``, ``.name``, ``['name']`` / ``["name"]``, ``[3]``, ``.*`` / ``[*]`` and the
filter ``[?@.key == 'value']`` (also ``[?(@.key=='value')]``). Anything else is refused with
``JSONPathError``: an overlay target this module cannot read is reported, never guessed.
A full library (jsonpath-rfc9535) would do, but these five forms cover every overlay we
write, and a hundred lines keep the import pipeline free of one more pinned dependency.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


class JSONPathError(ValueError):
    """A path this module does not read."""


@dataclass(frozen=True)
class Step:
    kind: str  # "name", "index", "wild", "filter"
    key: str | int = ""
    value: Any = None


_TOKEN = re.compile(
    r"""\.(?P<name>[A-Za-z_$][\w$-]*)
      | \.\*(?P<dotwild>)
      | \[\s*(?P<quote>['"])(?P<quoted>(?:\\.|(?!(?P=quote)).)*)(?P=quote)\s*\]
      | \[\s*(?P<index>-?\d+)\s*\]
      | \[\s*\*\s*\](?P<wild>)
      | \[\s*\?\s*\(?\s*@\.(?P<fkey>[A-Za-z_][\w-]*)\s*==\s*
          (?P<fq>['"])(?P<fval>(?:\\.|(?!(?P=fq)).)*)(?P=fq)\s*\)?\s*\]
    """,
    re.VERBOSE,
)


def parse(path: str) -> list[Step]:
    """The steps of ``path``; raises JSONPathError on anything outside the supported forms."""
    if not path.startswith("$"):
        raise JSONPathError(f"{path!r}: a JSONPath starts with $")
    steps: list[Step] = []
    pos = 1
    while pos < len(path):
        match = _TOKEN.match(path, pos)
        if not match:
            raise JSONPathError(f"{path!r}: cannot read from {path[pos:]!r}")
        if match.group("name") is not None:
            steps.append(Step("name", match.group("name")))
        elif match.group("quoted") is not None:
            steps.append(Step("name", re.sub(r"\\(.)", r"\1", match.group("quoted"))))
        elif match.group("index") is not None:
            steps.append(Step("index", int(match.group("index"))))
        elif match.group("fkey") is not None:
            steps.append(Step("filter", match.group("fkey"), re.sub(r"\\(.)", r"\1", match.group("fval"))))
        else:
            steps.append(Step("wild"))
        pos = match.end()
    return steps


def _children(node: Any, step: Step) -> Iterator[tuple[Any, str | int]]:
    """(container, key) pairs the step selects inside ``node``."""
    if step.kind == "name":
        if isinstance(node, dict) and step.key in node:
            yield node, step.key
    elif step.kind == "index":
        if isinstance(node, list) and isinstance(step.key, int) and -len(node) <= step.key < len(node):
            yield node, step.key % len(node)
    elif step.kind == "wild":
        if isinstance(node, dict):
            yield from ((node, k) for k in node)
        elif isinstance(node, list):
            yield from ((node, i) for i in range(len(node)))
    else:
        items = (
            list(node.items()) if isinstance(node, dict) else list(enumerate(node)) if isinstance(node, list) else []
        )
        for key, child in items:
            if isinstance(child, dict) and child.get(str(step.key)) == step.value:
                yield node, key


def locate(document: Any, path: str) -> list[tuple[Any, str | int | None]]:
    """Every (container, key) the path selects; ``(document, None)`` for ``$`` itself."""
    steps = parse(path)
    if not steps:
        return [(document, None)]
    current: list[tuple[Any, str | int]] = list(_children(document, steps[0]))
    for step in steps[1:]:
        current = [pair for parent, key in current for pair in _children(parent[key], step)]
    return list(current)
