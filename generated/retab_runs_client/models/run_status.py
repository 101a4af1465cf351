"""The RunStatus enum. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from enum import Enum
from typing import Literal


class RunStatus(str, Enum):
    """Life-cycle state of a run. `completed`, `error` and `cancelled` are final;
    `waiting_for_human` is a pause, not an end.

    A value the spec did not list when this client was generated is kept, not
    rejected: ``RunStatus("new_value")`` returns a member outside the named ones,
    whose ``value`` is ``"new_value"`` and whose ``is_known`` is False.
    """

    PENDING = "pending"
    QUEUED = "queued"
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
    def _missing_(cls, value: object) -> RunStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


RunStatusValue = Literal["pending", "queued", "running", "completed", "error", "waiting_for_human", "cancelled"]
"""The values of ``RunStatus`` as text: what a typed parameter takes beside a member."""
