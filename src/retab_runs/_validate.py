"""``validate_run``: check a run record against the contract, for services that receive them.

The common case, a valid record, takes a fast path: msgspec decodes and checks it in
one C pass against Structs generated from the spec, and the only Python work left is
a walk down the trace tree for its nesting limit. Anything the fast path refuses goes
to the detailed checker (``_checker.check``), which gives the verdict and every
issue. The fast path only ever says "valid", and only when the checker would too:
the test suite holds the two to that on every payload of its corpus.

Imports neither httpx nor pydantic.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Mapping, Sequence
from typing import Any

import msgspec

from retab_runs_schema import structs, structs_compatible

from ._checker import MAX_SELF_NESTING, PROFILES, Profile, ValidationIssue, check

__all__ = ["PROFILES", "Profile", "ValidationIssue", "validate_run"]

# One Struct set per profile: strict has the spec's enums, compatible takes any string for
# them; in both an integer may be written 2.0, as in JSON Schema. So no valid record, under
# either profile, leaves the fast path.
_FAST_RUN: dict[str, type[msgspec.Struct]] = {
    "strict": structs.WorkflowRun,
    "compatible": structs_compatible.WorkflowRun,
}
_DECODERS = {profile: msgspec.json.Decoder(run) for profile, run in _FAST_RUN.items()}
JsonInput = bytes | bytearray | memoryview | str


def validate_run(data: JsonInput | Mapping[str, Any], *, profile: Profile = "strict") -> list[ValidationIssue]:
    """Every way ``data`` breaks the WorkflowRun contract; an empty list when it is valid.

    ``data`` is JSON text (bytes or str) or an already decoded mapping. Text that is
    not JSON (or not UTF-8), and a value that is not an object, give one issue rather
    than an exception. ``profile="strict"`` follows the spec to the letter;
    ``profile="compatible"`` accepts what the client accepts (enum values it does not
    know). Extra keys are valid in both. Duplicate keys: the last one counts, as in
    ``json.loads``.

        issues = validate_run(body)
        for issue in issues:
            print(issue.path, issue.message)   # /steps/3/status should be one of ...

    Raises:
        ValueError: ``profile`` is not one of ``PROFILES``.
    """
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {', '.join(PROFILES)}, not {profile!r}")
    if not gc.isenabled():
        return _validate(data, profile)
    # Decoding allocates many objects and makes no cycles. (Not retab_runs_client.types.gc_paused:
    # importing that module would load attrs into this light entry point.)
    gc.disable()
    try:
        return _validate(data, profile)
    finally:
        gc.enable()


def _validate(data: JsonInput | Mapping[str, Any], profile: Profile) -> list[ValidationIssue]:
    parsed: Any
    if isinstance(data, (bytes, bytearray, memoryview, str)):
        if _fast_text(data, profile):
            return []
        parsed, problem = _decode(data)
        if problem is not None:
            return [problem]
    elif isinstance(data, Mapping):
        if _fast_object(data, profile):
            return []
        parsed = data
    else:
        return [ValidationIssue("", f"should be JSON text (bytes or str) or a mapping, not {type(data).__name__}")]
    return check(parsed, profile)


def _fast_text(raw: JsonInput, profile: Profile = "strict") -> bool:
    try:
        run = _DECODERS[profile].decode(raw)
    except (msgspec.MsgspecError, ValueError, RecursionError):  # ValueError: invalid UTF-8 in a string
        return False
    return _nesting_within_limit(getattr(run, "trace_spans", None))


def _fast_object(data: Mapping[str, Any], profile: Profile = "strict") -> bool:
    try:
        run = msgspec.convert(data, _FAST_RUN[profile], strict=True)  # strict: no "1" for 1, no 1 for "1"
    except (msgspec.MsgspecError, ValueError, TypeError, RecursionError):
        return False
    return _nesting_within_limit(getattr(run, "trace_spans", None))


def _nesting_within_limit(spans: object) -> bool:
    """Whether no span chain is deeper than the client accepts (level by level, no recursion)."""
    level: Sequence[Any] = spans if isinstance(spans, list) else []
    depth = 0
    while level:
        depth += 1
        if depth > MAX_SELF_NESTING:
            return False
        level = [child for span in level if isinstance(span.children, list) for child in span.children]
    return True


def _decode(raw: JsonInput) -> tuple[Any, ValidationIssue | None]:
    """The decoded value, or the one issue that says why the text is not JSON."""
    if isinstance(raw, str):
        text = raw
    else:
        try:
            text = bytes(raw).decode("utf-8")
        except UnicodeDecodeError as exc:
            return None, ValidationIssue("", f"is not UTF-8 text (byte {exc.start}: {exc.reason})")
    try:
        # NaN and Infinity, which Python's json writes by default, are numbers here, as they are
        # for the client, the attrs models and pydantic: in a number or free-form field they pass.
        return json.loads(text), None
    except RecursionError:
        hint = f"trace spans may nest at most {MAX_SELF_NESTING} levels"
        return None, ValidationIssue("", f"is nested too deeply to decode; {hint}")
    except ValueError as exc:
        return None, ValidationIssue("", f"is not JSON: {exc}")
