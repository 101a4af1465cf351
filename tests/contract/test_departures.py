"""Where the project refuses more than the vendor: the spec's markers, the docs' list and the behaviour agree.

Each such place carries ``x-retab-stricter`` beside its field in openapi.yaml, is listed in the
floor section of docs/validation.md, and has a witness here: a record the vendor's schema accepts that
``validate_run`` (both profiles) and the client refuse.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from retab_runs import validate_run
from retab_runs_client.errors import ModelParseError
from retab_runs_client.models import WorkflowRun
from tests.spec import ROOT, schemas, spec
from tests.strategies import vendor_json_schema
from tests.validation.test_validate import spans_nested

WITNESSES: dict[str, Callable[[], dict[str, Any]]] = {
    "TraceSpan.children": lambda: spans_nested(201),
}
"""For each stricter place, a record that the vendor accepts and the project refuses."""


def spec_markers() -> set[str]:
    found = set()
    for model, schema in schemas().items():
        for name, prop in schema.get("properties", {}).items():
            if isinstance(prop, dict) and "x-retab-stricter" in prop:
                found.add(f"{model}.{name}")
    return found


def readme_list() -> set[str]:
    text = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8")
    section = text.split("Departures that refuse more than the vendor", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^- `([A-Za-z]+\.[a-z_]+)`:", section, flags=re.MULTILINE))


def test_spec_markers_readme_list_and_witnesses_name_the_same_places() -> None:
    assert spec_markers() == readme_list() == set(WITNESSES)
    assert spec_markers(), "the list must not be empty by accident of parsing"


def test_every_departure_is_listed_in_the_spec_itself() -> None:
    departures = spec()["info"]["x-retab-departures"]
    assert any("x-retab-stricter" in line and all(p in line for p in spec_markers()) for line in departures)


def vendor_accepts(payload: dict[str, Any]) -> bool:
    """The vendor's verdict, in a thread with room for jsonschema's deep recursion."""
    verdict: list[bool] = []

    def run() -> None:
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(100_000)
        try:
            validator = Draft202012Validator(vendor_json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
            verdict.append(validator.is_valid(payload))
        finally:
            sys.setrecursionlimit(old)

    size = threading.stack_size(512 * 1024 * 1024)
    try:
        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
    finally:
        threading.stack_size(size)
    return verdict == [True]


@pytest.fixture(params=sorted(WITNESSES))
def witness(request: pytest.FixtureRequest) -> Iterator[dict[str, Any]]:
    yield WITNESSES[request.param]()


def test_each_witness_is_accepted_by_the_vendor_and_refused_here(witness: dict[str, Any]) -> None:
    assert vendor_accepts(witness)
    assert validate_run(witness) != []
    assert validate_run(witness, profile="compatible") != []
    with pytest.raises(ModelParseError):
        WorkflowRun.from_dict(witness)
