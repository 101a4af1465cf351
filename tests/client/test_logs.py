"""RETAB_LOG, in the process that builds the client: what a user sees on stderr, and when.

The variable is read when a client is built. Each test starts from a ``retab_runs`` logger as a
fresh process has it (no level, no handler, not yet configured) and puts it back afterwards.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterator

import httpx
import pytest

from retab_runs import AsyncRetab, Retab, _logs
from tests.payloads import seed_run

RUN_ID = "run_abc123xyz"
KEY = "sk-test-0123456789"
LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} DEBUG retab_runs: GET https://retab\.test/v1/workflows/runs/")


@pytest.fixture(autouse=True)
def fresh_logger(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    logger = logging.getLogger("retab_runs")
    level, handlers = logger.level, logger.handlers[:]
    configured = logger.__dict__.pop("_retab_configured", None)
    monkeypatch.setattr(_logs, "_warned", False)
    logger.setLevel(logging.NOTSET)
    logger.handlers.clear()
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers
    logger.__dict__.pop("_retab_configured", None)
    if configured is not None:
        logger._retab_configured = configured  # type: ignore[attr-defined]


class NoRootHandlers:
    """The root logger without handlers, as in a script that never configured logging."""

    def __enter__(self) -> None:
        self.saved = logging.root.handlers[:]
        logging.root.handlers.clear()

    def __exit__(self, *exc: object) -> None:
        logging.root.handlers[:] = self.saved


def get_a_run(cls: type[Retab] | type[AsyncRetab] = Retab) -> None:
    if cls is AsyncRetab:
        AsyncRetab(api_key=KEY)  # building it is enough: RETAB_LOG is read then
        return

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=seed_run())

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Retab(api_key=KEY, base_url="https://retab.test", http_client=http, max_retries=0) as client:
        client.workflows.runs.get(RUN_ID)


@pytest.mark.parametrize("value", ["debug", "DEBUG", " Debug\n"])
def test_retab_log_debug_writes_each_request_to_stderr(
    value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RETAB_LOG", value)
    with NoRootHandlers():
        get_a_run()
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if LINE.match(line)], err
    assert KEY not in err


@pytest.mark.parametrize("value", ["", "info", "INFO"])
def test_without_debug_the_requests_are_not_written(
    value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RETAB_LOG", value)
    with NoRootHandlers():
        get_a_run()
    assert "retab_runs: GET" not in capsys.readouterr().err


def test_retab_log_info_sets_the_level_and_writes_info_records(
    fresh_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RETAB_LOG", "info")
    with NoRootHandlers():
        Retab(api_key=KEY).close()
        fresh_logger.info("a retry")
    assert fresh_logger.level == logging.INFO
    assert capsys.readouterr().err.endswith(" INFO retab_runs: a retry\n")


def test_unset_retab_log_leaves_logging_alone(
    fresh_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("RETAB_LOG", raising=False)
    with NoRootHandlers(), warnings.catch_warnings():
        warnings.simplefilter("error")
        get_a_run()
    assert (fresh_logger.level, fresh_logger.handlers, capsys.readouterr().err) == (logging.NOTSET, [], "")


def test_an_application_that_configured_logging_gets_the_records_through_its_own_handlers(
    fresh_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # With a handler of the application's on the root logger, a handler of ours would write each line twice.
    class Kept(logging.Handler):
        def __init__(self) -> None:
            super().__init__()
            self.lines: list[str] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.lines.append(record.getMessage())

    monkeypatch.setenv("RETAB_LOG", "debug")
    kept = Kept()
    with NoRootHandlers():
        logging.root.addHandler(kept)
        get_a_run()
    assert fresh_logger.handlers == []
    assert [line for line in kept.lines if line.startswith("GET https://retab.test/")]
    assert capsys.readouterr().err == ""


def test_a_logger_that_has_a_handler_of_its_own_gets_no_second_one(
    fresh_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = logging.NullHandler()
    fresh_logger.addHandler(own)
    monkeypatch.setenv("RETAB_LOG", "debug")
    with NoRootHandlers():
        get_a_run()
    assert (fresh_logger.level, fresh_logger.handlers) == (logging.DEBUG, [own])


def test_retab_log_is_applied_once_so_later_choices_of_the_application_stand(
    fresh_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RETAB_LOG", "debug")
    with NoRootHandlers():
        Retab(api_key=KEY).close()
        assert len(fresh_logger.handlers) == 1
        fresh_logger.setLevel(logging.WARNING)  # the application quiets the library after all
        Retab(api_key=KEY).close()
    assert (fresh_logger.level, len(fresh_logger.handlers)) == (logging.WARNING, 1)


@pytest.mark.parametrize("cls", [Retab, AsyncRetab])
@pytest.mark.parametrize("value", ["verbose", "Trace "])
def test_an_unknown_retab_log_value_warns_once_and_logs_nothing(
    value: str,
    cls: type[Retab] | type[AsyncRetab],
    fresh_logger: logging.Logger,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("RETAB_LOG", value)
    with NoRootHandlers():
        with pytest.warns(UserWarning) as caught:
            get_a_run(cls)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            get_a_run()  # once per process, not once per client
    assert [str(w.message) for w in caught] == [
        f"RETAB_LOG={value.strip()!r} is not a level: use debug or info (logging stays off)"
    ]
    assert (fresh_logger.level, fresh_logger.handlers, capsys.readouterr().err) == (logging.NOTSET, [], "")
