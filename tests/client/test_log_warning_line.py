"""RETAB_LOG's warning names the caller's line: the line that built the client.

Not in ``make mutate``'s selection: mutmut 3's trampoline (a function of mutmut's own module)
sits between a mutated function and its caller, so under mutmut the warning names that frame
and this test fails the clean run. It runs in ``make test``, where a changed ``stacklevel`` fails it.
"""

from __future__ import annotations

import logging
import sys
import warnings
from collections.abc import Iterator

import pytest

from retab_runs import AsyncRetab, Retab, _logs

KEY = "sk-test-0123456789"


@pytest.fixture
def unknown_retab_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """RETAB_LOG set to a value that is no level, in a process that has not warned about it yet."""
    logger = logging.getLogger("retab_runs")
    level, handlers = logger.level, logger.handlers[:]
    monkeypatch.setattr(_logs, "_warned", False)
    monkeypatch.setenv("RETAB_LOG", "verbose")
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


def _built_here(build: type[Retab] | type[AsyncRetab]) -> tuple[str, int, list[warnings.WarningMessage]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        line = sys._getframe().f_lineno + 1
        build(api_key=KEY)
    return __file__, line, caught


@pytest.mark.parametrize("cls", [Retab, AsyncRetab])
def test_an_unknown_retab_log_warning_names_the_line_that_built_the_client(
    cls: type[Retab] | type[AsyncRetab], unknown_retab_log: None
) -> None:
    # The warning is about the caller's configuration: it names the caller's line (what
    # `python -W error` and a warnings filter by module see), not one of the library's.
    path, line, caught = _built_here(cls)
    assert [(w.category, w.filename, w.lineno) for w in caught] == [(UserWarning, path, line)]


def test_the_warning_names_a_subclass_s_own_line_when_it_builds_the_client(unknown_retab_log: None) -> None:
    class Configured(Retab):
        def __init__(self, **kwargs: object) -> None:
            self.line = sys._getframe().f_lineno + 1
            super().__init__(api_key=KEY)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client = Configured()
    client.close()
    assert [(w.filename, w.lineno) for w in caught] == [(__file__, client.line)]
