"""The RunStatusFilter enum. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from enum import Enum
from typing import Literal


class RunStatusFilter(str, Enum):
    """A run status a filter may name (every run status but `queued`).

    A value the spec did not list when this client was generated is kept, not
    rejected: ``RunStatusFilter("new_value")`` returns a member outside the named ones,
    whose ``value`` is ``"new_value"`` and whose ``is_known`` is False.
    """

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    ERROR = "error"
    WAITING_FOR_HUMAN = "waiting_for_human"
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value that is not one of the spec's."""
        return type(self)._value2member_map_.get(self._value_) is self

    @classmethod
    def _missing_(cls, value: object) -> RunStatusFilter | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


RunStatusFilterValue = Literal["pending", "running", "completed", "error", "waiting_for_human", "cancelled"]
"""The values of ``RunStatusFilter`` as text: what a typed parameter takes beside a member."""
