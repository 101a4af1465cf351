"""The NodeType enum. Generated from openapi.yaml by scripts/generate.py: do not edit."""

from __future__ import annotations

from enum import Enum
from typing import Literal


class NodeType(str, Enum):
    """Kind of workflow node a step executes.

    A value the spec did not list when this client was generated is kept, not
    rejected: ``NodeType("new_value")`` returns a member outside the named ones,
    whose ``value`` is ``"new_value"`` and whose ``is_known`` is False.
    """

    START = "start"
    START_JSON = "start_json"
    START_TEXT = "start_text"
    END = "end"
    NOTE = "note"
    PARSE = "parse"
    EDIT = "edit"
    EXTRACT = "extract"
    SPLIT = "split"
    CLASSIFIER = "classifier"
    CONDITIONAL = "conditional"
    HIL = "hil"
    API_CALL = "api_call"
    FUNCTIONS = "functions"
    RESHAPE = "reshape"
    WHILE_LOOP = "while_loop"
    FOR_EACH = "for_each"
    MERGE_PDF = "merge_pdf"
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
    def _missing_(cls, value: object) -> NodeType | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


NodeTypeValue = Literal[
    "start",
    "start_json",
    "start_text",
    "end",
    "note",
    "parse",
    "edit",
    "extract",
    "split",
    "classifier",
    "conditional",
    "hil",
    "api_call",
    "functions",
    "reshape",
    "while_loop",
    "for_each",
    "merge_pdf",
    "merge_dicts",
    "while_loop_sentinel_start",
    "while_loop_sentinel_end",
    "for_each_sentinel_start",
    "for_each_sentinel_end",
]
"""The values of ``NodeType`` as text: what a typed parameter takes beside a member."""
