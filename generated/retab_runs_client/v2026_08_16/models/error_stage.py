"""The ErrorStage enum. Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from enum import Enum


class ErrorStage(str, Enum):
    """ErrorStage

    A value the spec did not list when this client was generated is kept, not
    rejected: ``ErrorStage("new_value")`` returns a member outside the named ones,
    whose ``value`` is ``"new_value"`` and whose ``is_known`` is False.
    """

    INPUT_COLLECTION = "input_collection"
    REGISTRY_LOOKUP = "registry_lookup"
    DOCUMENT_FETCH = "document_fetch"
    EXECUTION = "execution"
    OUTPUT_STORAGE = "output_storage"
    ROUTING = "routing"
    HISTORY_PAYLOAD = "history_payload"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value that is not one of the spec's."""
        return type(self)._value2member_map_.get(self._value_) is self

    @classmethod
    def _missing_(cls, value: object) -> ErrorStage | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
