"""The BlockType enum. Generated from openapi-2026-08-16.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from enum import Enum


class BlockType(str, Enum):
    """BlockType

    A value the spec did not list when this client was generated is kept, not
    rejected: ``BlockType("new_value")`` returns a member outside the named ones,
    whose ``value`` is ``"new_value"`` and whose ``is_known`` is False.
    """

    START_DOCUMENT = "start_document"
    START_JSON = "start_json"
    NOTE = "note"
    PARSE = "parse"
    EDIT = "edit"
    EXTRACT = "extract"
    SPLIT = "split"
    CLASSIFIER = "classifier"
    CONDITIONAL = "conditional"
    API_CALL = "api_call"
    FUNCTION = "function"
    WHILE_LOOP = "while_loop"
    FOR_EACH = "for_each"
    MERGE_DICTS = "merge_dicts"
    WHILE_LOOP_SENTINEL_START = "while_loop_sentinel_start"
    WHILE_LOOP_SENTINEL_END = "while_loop_sentinel_end"
    FOR_EACH_SENTINEL_START = "for_each_sentinel_start"
    FOR_EACH_SENTINEL_END = "for_each_sentinel_end"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value that is not one of the spec's."""
        return type(self)._value2member_map_.get(self._value_) is self

    @classmethod
    def _missing_(cls, value: object) -> BlockType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
