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

from ._checker import (
    API_VERSIONS,
    DEFAULT_API_VERSION,
    MAX_SELF_NESTING,
    PROFILES,
    ApiVersion,
    Profile,
    ValidationIssue,
    check,
    era_issue,
    era_keys,
)

__all__ = ["API_VERSIONS", "PROFILES", "ApiVersion", "Profile", "ValidationIssue", "validate_run"]

# One Struct set per profile: strict has the spec's enums, compatible takes any string for
# them; in both an integer may be written 2.0, as in JSON Schema. So no valid record, under
# either profile, leaves the fast path.
_SEED_RUN: dict[str, type[msgspec.Struct]] = {
    "strict": structs.WorkflowRun,
    "compatible": structs_compatible.WorkflowRun,
}
JsonInput = bytes | bytearray | memoryview | str


def _fast_run(profile: str, api_version: str) -> type[msgspec.Struct]:
    """The Struct of the run for the profile and contract (today's imported on first use).

    Not cached here: after the first call the import is a look-up in ``sys.modules`` (about a
    microsecond), and the choice is made on every call, where a test can see it.
    """
    if api_version == DEFAULT_API_VERSION:
        return _SEED_RUN[profile]
    from retab_runs_schema.v2026_08_16 import structs as today
    from retab_runs_schema.v2026_08_16 import structs_compatible as today_compatible

    run: type[msgspec.Struct] = (today if profile == "strict" else today_compatible).WorkflowRun
    return run


def validate_run(
    data: JsonInput | Mapping[str, Any], *, profile: Profile = "strict", api_version: ApiVersion = DEFAULT_API_VERSION
) -> list[ValidationIssue]:
    """Every way ``data`` breaks the WorkflowRun contract; an empty list when it is valid.

    ``api_version`` names the contract: ``"2026-02-26"`` (the default, openapi.yaml: the
    flat record) or ``"2026-08-16"`` (openapi-2026-08-16.yaml: ``lifecycle``, ``timing``).
    A record of another era (the other contract's, or the block era of April-May 2026) gives
    one issue that names its era, not a list of the fields it lacks.

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
        ValueError: ``profile`` is not one of ``PROFILES``, or ``api_version`` not one of ``API_VERSIONS``.
    """
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {', '.join(PROFILES)}, not {profile!r}")
    if api_version not in API_VERSIONS:
        raise ValueError(f"api_version must be one of {', '.join(API_VERSIONS)}, not {api_version!r}")
    if not gc.isenabled():
        return _validate(data, profile, api_version)
    # Decoding allocates many objects and makes no cycles. (Not retab_runs_client.types.gc_paused:
    # importing that module would load attrs into this light entry point.)
    gc.disable()
    try:
        return _validate(data, profile, api_version)
    finally:
        gc.enable()


def _validate(
    data: JsonInput | Mapping[str, Any], profile: Profile, api_version: str = DEFAULT_API_VERSION
) -> list[ValidationIssue]:
    parsed: Any
    if isinstance(data, (bytes, bytearray, memoryview, str)):
        if _fast_text(data, profile, api_version) and not _may_be_other_era(data, api_version):
            return []
        parsed, problem = _decode(data)
        if problem is not None:
            return [problem]
    elif isinstance(data, Mapping):
        if _fast_object(data, profile, api_version):
            era = era_issue(data if isinstance(data, dict) else dict(data), api_version)
            return [] if era is None else [era]
        parsed = data
    else:
        return [ValidationIssue("", f"should be JSON text (bytes or str) or a mapping, not {type(data).__name__}")]
    return check(parsed, profile, api_version)


def _may_be_other_era(raw: JsonInput, api_version: str) -> bool:
    """Whether text the fast path accepted names a key of an era rule (then the rules are read)."""
    keys = era_keys(api_version)
    if not keys:
        return False
    text = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else bytes(raw)
    return any(f'"{key}"'.encode() in text for key in keys)


def _fast_text(raw: JsonInput, profile: Profile = "strict", api_version: str = DEFAULT_API_VERSION) -> bool:
    try:
        # msgspec keeps what it learns of a Struct on the class: no Decoder to cache here
        run = msgspec.json.decode(raw, type=_fast_run(profile, api_version))
    except (msgspec.MsgspecError, ValueError, RecursionError):  # ValueError: invalid UTF-8 in a string
        return False
    return _nesting_within_limit(getattr(run, "trace_spans", None))


def _fast_object(data: Mapping[str, Any], profile: Profile = "strict", api_version: str = DEFAULT_API_VERSION) -> bool:
    try:
        # strict: no "1" for 1, no 1 for "1"
        run = msgspec.convert(data, _fast_run(profile, api_version), strict=True)
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
