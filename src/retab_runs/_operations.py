"""Each API operation of the hand-written client, described once.

An ``Operation`` names its generated endpoint (``retab_runs_client.api.workflow_runs.<endpoint>``,
whose ``_get_kwargs`` owns the method, the path with its parameters escaped, the query
defaults and the JSON body), the parser of its answer and its retry rule. The builders
below turn a method's arguments into ``RequestOptions`` for the client's one request path;
``Runs``, ``AsyncRuns`` and their ``with_raw_response`` twins all call the same builder.
"""

from __future__ import annotations

import datetime
import enum
import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from retab_runs_client.errors import ModelParseError

from ._checker import short
from ._exceptions import ConfigurationError
from ._options import CallOptions, RequestOptions
from ._parsers import Parser
from ._retries import RetryRule

__all__ = ["Operation", "comma_list", "query_value", "require_id"]

T = TypeVar("T")


def require_id(name: str, value: object) -> str:
    """``value`` when it is a non-blank string (a run, node or workflow id). Raises ConfigurationError."""
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{name} must be a non-blank string, not {short(value)}")
    return value


def query_value(value: object) -> str:
    """One query parameter as the API reads it: enums by value, booleans in lower case, lists comma-separated."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ",".join(query_value(item) for item in value)
    return str(value)


def comma_list(values: str | Sequence[str] | None) -> str | None:
    """A list filter (``statuses``, ``trigger_types``) as one comma-separated value; a string as it is."""
    if values is None or isinstance(values, str):
        return values
    return query_value(list(values))


@dataclass(frozen=True)
class Operation(Generic[T]):
    """One operation: its generated endpoint, the parser of its answer, its retry rule, its body model."""

    endpoint: str
    parse: Parser[T]
    retry: RetryRule = RetryRule.REPEATABLE
    body: str | None = None
    """The generated model (``retab_runs_client.models.<body>``) the JSON body must fit, if it has one."""

    def options(
        self,
        call: CallOptions,
        path: Mapping[str, object],
        query: Mapping[str, object] | None = None,
        body: Mapping[str, Any] | None = None,
    ) -> RequestOptions:
        """The request for these path parameters, query and body. Raises ConfigurationError before any I/O."""
        # Imported here: the endpoints load the models, which `import retab_runs` need not pay for.
        module = importlib.import_module(f"retab_runs_client.api.workflow_runs.{self.endpoint}")
        arguments: dict[str, Any] = {name: require_id(name, value) for name, value in path.items()}
        if self.body is not None:
            model = getattr(importlib.import_module("retab_runs_client.models"), self.body)
            try:
                arguments["body"] = model.from_dict(dict(body or {}))
            except ModelParseError as exc:
                raise ConfigurationError(f"the request does not fit {self.body}: {exc}") from exc
        kwargs = module._get_kwargs(**arguments)
        params = {key: query_value(value) for key, value in kwargs.get("params", {}).items()}
        for key, value in (query or {}).items():
            if value is not None:
                params[key] = query_value(value)
        return RequestOptions(
            str(kwargs["method"]).upper(), kwargs["url"], params, kwargs.get("json"), self.retry, **call
        )
