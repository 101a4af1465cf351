"""Each difference between the validation paths that retab_runs.path_differences lists holds, path by path.

A path that starts to agree with the others fails here until the list says so.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import retab_runs_schema
from retab_runs import WorkflowRun, validate_run
from retab_runs.path_differences import DIFFERENCES, PATHS, Difference, example
from retab_runs_client.errors import ModelParseError
from tests.payloads import seed_run


def deep_stack(call: Callable[[], bool]) -> bool:
    """``call()`` in a thread with a large stack and recursion limit (python-jsonschema recurses per level)."""
    answer: list[bool] = []
    old_size, old_limit = threading.stack_size(), sys.getrecursionlimit()
    threading.stack_size(256 * 1024 * 1024)
    sys.setrecursionlimit(20_000)
    try:
        worker = threading.Thread(target=lambda: answer.append(call()))
        worker.start()
        worker.join()
    finally:
        threading.stack_size(old_size)
        sys.setrecursionlimit(old_limit)
    return answer[0]


def accepts(path: str, record: dict[str, Any]) -> bool:
    text = json.dumps(record).encode()
    if path == "validate_run":
        by_bytes, by_mapping = validate_run(text) == [], validate_run(record) == []
        assert by_bytes is by_mapping
        return by_bytes
    if path == "client":
        try:
            WorkflowRun.from_json(text)
        except ModelParseError:
            return False
        return True
    model = retab_runs_schema.WorkflowRun
    if path in ("pydantic_json", "pydantic_python"):
        try:
            if path == "pydantic_json":
                model.model_validate_json(text)
            else:
                model.model_validate(json.loads(text))
        except ValueError:  # pydantic.ValidationError
            return False
        return True
    assert path == "json_schema"
    validator = Draft202012Validator(retab_runs_schema.json_schema())
    return deep_stack(lambda: validator.is_valid(json.loads(text)))


CASES = [(d, path) for d in DIFFERENCES for path in PATHS]


@pytest.mark.parametrize(("difference", "path"), CASES, ids=[f"{d.name}-{p}" for d, p in CASES])
def test_each_path_answers_as_listed(difference: Difference, path: str) -> None:
    depths = {"spans_100_to_200_deep": [100, 200], "spans_over_200_deep": [201]}.get(difference.name, [None])
    for depth in depths:
        record = example(difference.name, seed_run(), depth=depth)
        verdict = "accepts" if accepts(path, record) else "refuses"
        assert verdict == difference.verdicts[path], (difference.name, depth, path)


def test_every_difference_names_every_path_and_differs() -> None:
    for difference in DIFFERENCES:
        assert set(difference.verdicts) == set(PATHS)
        assert len(set(difference.verdicts.values())) == 2  # otherwise it is no difference
    assert all(accepts(path, seed_run()) for path in PATHS)  # the base record: every path agrees
    with pytest.raises(KeyError):
        example("no_such_case", seed_run())
