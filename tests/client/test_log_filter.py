"""The filter a client puts on httpx's and httpcore's loggers: on every one of them, once, and
without losing a record.

Each test starts from loggers as a fresh process has them (no filter of ours) and puts the
filters back afterwards.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

import pytest

from retab_runs import AsyncRetab, Retab

SECRET = "s3cr3t-value-0123"
NAMES = ("httpx", "httpcore", "httpcore.http11", "httpcore.connection", "httpcore.future.deeper")


class Kept(logging.Handler):
    """Keeps the records it is handed, formatting none of them."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def loggers() -> Iterator[dict[str, logging.Logger]]:
    """httpx's and httpcore's loggers, a child not made yet by httpcore among them, with no filter."""
    found = {name: logging.getLogger(name) for name in NAMES}
    family = [
        logger
        for name, logger in logging.root.manager.loggerDict.items()
        if isinstance(logger, logging.Logger) and name.split(".", 1)[0] in ("httpx", "httpcore")
    ]
    saved = {id(logger): logger.filters[:] for logger in family}
    for logger in family:
        logger.filters = [f for f in logger.filters if type(f).__name__ != "SecretRedactingFilter"]
    yield found
    for logger in family:
        logger.filters = saved[id(logger)]


@contextlib.contextmanager
def kept_by(loggers: dict[str, logging.Logger]) -> Iterator[Kept]:
    """Each logger's records, once each, to one handler only (set up inside the test: pytest adds its
    own handlers to the loggers that do not propagate when a test starts)."""
    handler = Kept()
    saved = {name: (logger.handlers, logger.level, logger.propagate) for name, logger in loggers.items()}
    for logger in loggers.values():
        logger.handlers = [handler]
        logger.setLevel(logging.DEBUG)
        logger.propagate = False
    try:
        yield handler
    finally:
        for name, logger in loggers.items():
            logger.handlers, _, logger.propagate = saved[name]
            logger.setLevel(saved[name][1])


@pytest.mark.parametrize("cls", [Retab, AsyncRetab])
def test_building_a_client_masks_secrets_on_every_httpx_and_httpcore_logger(
    cls: type[Retab] | type[AsyncRetab], loggers: dict[str, logging.Logger]
) -> None:
    with kept_by(loggers) as kept:
        for logger in loggers.values():
            logger.debug("HTTP Request: GET https://api.example.test/v1/runs?access_token=%s", SECRET)
        assert all(SECRET in record.getMessage() for record in kept.records)  # no filter yet: a leak shows
        kept.records.clear()
        cls(api_key="sk-test-0123456789", base_url="http://127.0.0.1:9")
        for logger in loggers.values():
            logger.debug("HTTP Request: GET https://api.example.test/v1/runs?access_token=%s", SECRET)
    assert [record.name for record in kept.records] == list(NAMES)
    assert [record.getMessage() for record in kept.records] == [
        "HTTP Request: GET https://api.example.test/v1/runs?access_token=***"
    ] * len(NAMES)


def test_each_logger_gets_the_filter_once_however_many_clients_are_built(loggers: dict[str, logging.Logger]) -> None:
    for _ in range(3):
        Retab(api_key="sk-test-0123456789", base_url="http://127.0.0.1:9").close()
    assert [len(logger.filters) for logger in loggers.values()] == [1] * len(NAMES)


def test_a_record_whose_arguments_do_not_format_still_reaches_the_handlers(loggers: dict[str, logging.Logger]) -> None:
    # The application's handler (or logging's own error report) sees it; the filter must not drop it.
    Retab(api_key="sk-test-0123456789", base_url="http://127.0.0.1:9").close()
    with kept_by(loggers) as kept:
        loggers["httpx"].info("HTTP Request: %d", "not a number")
    assert [(record.msg, record.args) for record in kept.records] == [("HTTP Request: %d", ("not a number",))]


def test_a_record_without_a_secret_is_left_as_it_was(loggers: dict[str, logging.Logger]) -> None:
    Retab(api_key="sk-test-0123456789", base_url="http://127.0.0.1:9").close()
    with kept_by(loggers) as kept:
        loggers["httpx"].info("HTTP Request: %s %s", "GET", "https://api.example.test/v1/runs?page=2 HTTP/1.1 200 OK")
    assert [(record.msg, record.args) for record in kept.records] == [
        ("HTTP Request: %s %s", ("GET", "https://api.example.test/v1/runs?page=2 HTTP/1.1 200 OK"))
    ]
