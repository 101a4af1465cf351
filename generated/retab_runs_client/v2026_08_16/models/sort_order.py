"""The SortOrder enum. Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from enum import Enum


class SortOrder(str, Enum):
    """SortOrder

    A value the spec did not list when this client was generated is kept, not
    rejected: ``SortOrder("new_value")`` returns a member outside the named ones,
    whose ``value`` is ``"new_value"`` and whose ``is_known`` is False.
    """

    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value that is not one of the spec's."""
        return type(self)._value2member_map_.get(self._value_) is self

    @classmethod
    def _missing_(cls, value: object) -> SortOrder | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
