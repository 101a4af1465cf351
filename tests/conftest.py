"""Hypothesis profiles: derandomized in CI and under ``make test``, random when exploring.

    RETAB_HYPOTHESIS_PROFILE=ci   fixed examples, no example database: a run never fails at random
    RETAB_HYPOTHESIS_PROFILE=dev  new random examples on every run; failures are saved and replayed
    RETAB_HYPOTHESIS_PROFILE=explore  as dev, with 1,000 examples a test (make test-explore)

Without the variable the profile is ``ci`` when ``CI`` is set (to anything but ``false`` or
``0``), else ``dev``. ``make test`` sets ``ci``. A failure found with ``dev`` is pinned with
``@example`` beside its test, so that ``ci`` runs it from then on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from hypothesis import settings

# No deadline in any profile: an example's time depends on the machine (a first parse that learns
# keys takes milliseconds more, a loaded 2-core machine several times longer); speed is measured
# by scripts/bench.py, never by a test.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True, deadline=None)
settings.register_profile("dev", print_blob=True, deadline=None)
settings.register_profile("explore", max_examples=1000, print_blob=True, deadline=None)  # make test-explore

PROFILE_VARIABLE = "RETAB_HYPOTHESIS_PROFILE"


def profile_from(environ: Mapping[str, str]) -> str:
    """The profile the environment asks for."""
    chosen = environ.get(PROFILE_VARIABLE)
    if chosen:
        return chosen
    return "ci" if environ.get("CI", "").lower() not in ("", "false", "0") else "dev"


settings.load_profile(profile_from(os.environ))


EXPLORE_FACTOR = 10
"""Under ``explore``, a test that sets its own ``max_examples`` runs ten times as many."""


def pytest_collection_modifyitems(items: list[Any]) -> None:
    """Under ``explore``, scale the example counts that tests set themselves (the profile scales the rest)."""
    if profile_from(os.environ) != "explore":
        return
    for item in items:
        test = getattr(item, "obj", None)
        own = getattr(test, "_hypothesis_internal_use_settings", None)  # where @settings puts them
        if isinstance(own, settings) and own.max_examples < EXPLORE_FACTOR * 100:
            test._hypothesis_internal_use_settings = settings(own, max_examples=own.max_examples * EXPLORE_FACTOR)  # type: ignore[union-attr]


@pytest.fixture(autouse=True)
def _nothing_learned() -> Iterator[None]:
    """Each test starts from the strict path as generated: no key the spec does not name learned yet
    (``models/_wire.py`` learns them for the process, so one test's keys would change another's path)."""
    for module in ("retab_runs_client.models._wire", "retab_runs_client.v2026_08_16.models._wire"):
        if module in sys.modules:
            sys.modules[module].forget_learned()
    yield
