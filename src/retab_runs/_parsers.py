"""Parsers of successful answers: the body as a typed value, or ResponseValidationError.

Each takes the ``httpx.Response`` (read in full) and returns what the operation returns.
A body that is not JSON, or does not fit its model, raises ResponseValidationError with
the raw body and every problem at its JSON Pointer.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from ._checker import ValidationIssue, short
from ._exchange import invalid_body

if TYPE_CHECKING:  # both loaded by the first call, not by `import retab_runs`
    import httpx

    from retab_runs_client.errors import ModelParseError
    from retab_runs_client.v2026_08_16.errors import ModelParseError as TodayModelParseError

__all__ = ["Parser", "decode", "model_parser", "parse_nothing", "parse_object", "problem_of"]

T = TypeVar("T")
Parser: TypeAlias = "Callable[[httpx.Response], T]"


def decode(response: httpx.Response) -> Any:
    """The JSON body. Raises ResponseValidationError when it is not JSON."""
    from retab_runs_client.types import decode_json

    try:
        return decode_json(response.content)
    except RecursionError:
        raise invalid_body(response, "is nested too deeply to decode", []) from None
    except ValueError as exc:
        kind = response.headers.get("content-type", "no content type")
        raise invalid_body(response, f"is not JSON ({kind}): {exc}", []) from exc


def problem_of(exc: ModelParseError | TodayModelParseError, prefix: str = "") -> ValidationIssue:
    """The ValidationIssue for a model that did not fit, its pointer under ``prefix``."""
    return ValidationIssue(prefix + exc.pointer, exc.problem, short(exc.value) if exc.has_value else None)


def model_parser(name: str, package: str = "retab_runs_client", contract: str = "") -> Parser[Any]:
    """The parser of a body that is one ``<package>.models.<name>`` (each contract's generated
    package has the same layout): the strict fast path, else the checked ``from_dict``, whose
    refusal is a ResponseValidationError naming the ``contract`` (e.g. ``"2026-08-16 "``).

    The model is looked up on first use: ``import retab_runs`` does not load the models.
    """

    def parse(response: httpx.Response) -> Any:
        errors = importlib.import_module(f"{package}.errors")
        wire = importlib.import_module(f"{package}.models._wire")
        with importlib.import_module(f"{package}.types").gc_paused(len(response.content)):
            built = wire.build_strict(name, response.content)  # None: the checked path decides
        if built is not None:
            return built
        model = getattr(importlib.import_module(f"{package}.models"), name)
        data = decode(response)
        try:
            return model.from_dict(data)
        except errors.ModelParseError as exc:
            raise invalid_body(response, f"does not fit the {contract}{name} contract", [problem_of(exc)]) from exc

    parse.__qualname__ = parse.__name__ = f"parse_{name}"
    return parse


def parse_nothing(response: httpx.Response) -> None:
    """For an answer with no body to read (204 No Content): None, whatever came."""
    return None


def parse_object(response: httpx.Response) -> dict[str, Any]:
    """A body that is a JSON object of any shape."""
    data = decode(response)
    if not isinstance(data, dict):
        problem = ValidationIssue("", f"should be an object, not {type(data).__name__}", short(data))
        raise invalid_body(response, "is not a JSON object", [problem])
    return data
