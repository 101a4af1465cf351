"""Where the project's validation paths disagree on a record, listed as data (each entry is tested).

Five paths read a ``WorkflowRun``:

- ``validate_run``: ``retab_runs.validate_run`` on the bytes or the decoded mapping;
- ``client``: ``retab_runs.WorkflowRun.from_json`` (what ``Retab().workflows.runs.get`` builds);
- ``pydantic_json``: ``retab_runs_schema.WorkflowRun.model_validate_json`` on the bytes;
- ``pydantic_python``: ``retab_runs_schema.WorkflowRun.model_validate`` on ``json.loads`` of them;
- ``json_schema``: ``retab_runs_schema.json_schema()`` as written (what a validator that does not
  run out of stack says; python-jsonschema raises ``RecursionError`` past about 125 nested spans at
  Python's default recursion limit).

They agree on every record except the cases below. ``DIFFERENCES`` says, for each, what each
path answers (``"accepts"`` or ``"refuses"``) and why; ``example(name, record)`` turns a valid
record into that case. ``tests/validation/test_path_differences.py`` checks every answer, so
this list cannot go stale: a path that starts to agree fails the test until it is updated here.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Final, Literal

__all__ = ["DIFFERENCES", "PATHS", "Difference", "Verdict", "example"]

Verdict = Literal["accepts", "refuses"]
PATHS: Final = ("validate_run", "client", "pydantic_json", "pydantic_python", "json_schema")


@dataclass(frozen=True)
class Difference:
    """One kind of record on which the paths disagree."""

    name: str
    record: str  # what the record holds
    verdicts: dict[str, Verdict]  # path -> what it answers
    why: str


DIFFERENCES: Final[tuple[Difference, ...]] = (
    Difference(
        name="lone_surrogate",
        record='a string holding a lone UTF-16 surrogate escape, e.g. "workflow_name": "a\\ud800b"',
        verdicts={
            "validate_run": "accepts",
            "client": "accepts",
            "pydantic_json": "refuses",
            "pydantic_python": "accepts",
            "json_schema": "accepts",
        },  # fmt: skip
        why="JSON (RFC 8259) allows any \\uXXXX escape, and json.loads and msgspec decode it to a str "
        "holding the surrogate; pydantic's JSON parser (jiter) refuses an escape that is not a Unicode "
        "scalar value (json_invalid: unexpected end of hex escape). Such a string cannot be encoded as "
        "UTF-8: a record that must be re-sent as UTF-8 text should be refused by the caller.",
    ),
    Difference(
        name="spans_100_to_200_deep",
        record="trace_spans nested 100 to 200 levels deep (each level one span inside the last one's children)",
        verdicts={
            "validate_run": "accepts",
            "client": "accepts",
            "pydantic_json": "refuses",
            "pydantic_python": "accepts",
            "json_schema": "accepts",
        },  # fmt: skip
        why="The contract bounds span nesting at 200 (x-retab bounds); pydantic's JSON parser stops at "
        "200 levels of JSON nesting (recursion limit exceeded), and every span level takes two (the span "
        "object and its children array), so it refuses from 100 spans deep. Decode with json.loads and "
        "use model_validate to read such records with pydantic.",
    ),
    Difference(
        name="spans_over_200_deep",
        record="trace_spans nested more than 200 levels deep",
        verdicts={
            "validate_run": "refuses",
            "client": "refuses",
            "pydantic_json": "refuses",
            "pydantic_python": "accepts",
            "json_schema": "accepts",
        },  # fmt: skip
        why="JSON Schema cannot bound recursion, and the pydantic models carry no depth bound: only the "
        "bytes path of pydantic refuses (its parser's own limit). validate_run and the client refuse "
        "past the contract's 200.",
    ),
)


def _nested_spans(depth: int) -> list[dict[str, Any]]:
    def span(number: int) -> dict[str, Any]:
        return {"id": f"span-{number}", "name": f"step {number}", "type": "block", "duration": 1,
                "start_time": "2026-01-01T00:00:00Z", "end_time": "2026-01-01T00:00:00Z", "status": "success",
                "children": []}  # fmt: skip

    root = node = span(0)
    for number in range(1, depth):
        child = span(number)
        node["children"].append(child)
        node = child
    return [root]


def example(name: str, record: dict[str, Any], *, depth: int | None = None) -> dict[str, Any]:
    """A copy of the valid ``record`` made into the case ``name`` (``depth``: spans deep, for the span cases).

    Raises KeyError for a name not in DIFFERENCES.
    """
    changed = copy.deepcopy(record)
    if name == "lone_surrogate":
        changed["workflow_name"] = "a\ud800b"
    elif name == "spans_100_to_200_deep":
        changed["trace_spans"] = _nested_spans(depth if depth is not None else 150)
    elif name == "spans_over_200_deep":
        changed["trace_spans"] = _nested_spans(depth if depth is not None else 201)
    else:
        raise KeyError(f"no difference named {name!r} (known: {', '.join(d.name for d in DIFFERENCES)})")
    return changed
