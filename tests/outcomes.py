"""What a parse of the seed's models gives, as one comparable value (contract tests of both paths)."""

from __future__ import annotations

from typing import Any

from retab_runs_client.errors import ModelParseError


def outcome(parse: Any, payload: Any) -> Any:
    """(the object, its JSON) or ("error", the error's loc, its problem)."""
    try:
        built = parse(payload)
    except ModelParseError as exc:
        return ("error", exc.loc, exc.problem)
    return (built, built.to_json())
