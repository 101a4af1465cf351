"""schemathesis, all checks, against the embedded server over HTTP: every answer fits openapi.yaml."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

if sys.version_info < (3, 11):
    pytest.skip("schemathesis 4.31 and newer need Python 3.11", allow_module_level=True)

import schemathesis
from hypothesis import HealthCheck, settings

from retab_runs.server import RunStore
from retab_runs.testing import RunningServer, retab_server_running
from tests.spec import SPEC_PATH

KEY = "sk-schemathesis"
schema = schemathesis.openapi.from_path(SPEC_PATH)
# The API ignores query parameters it does not know, as the vendor's (FastAPI) does and as the
# client's extra_query relies on: a request with one is not a schema violation to refuse.
schema.config.generation.update(allow_extra_parameters=False)


@pytest.fixture(scope="module")
def live() -> Iterator[RunningServer]:
    with retab_server_running(RunStore(api_key=KEY, speed=5.0)) as server:
        yield server


@schema.parametrize()
@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_response_conforms(case: schemathesis.Case[Any], live: RunningServer) -> None:
    case.call_and_validate(base_url=live.base_url, headers={"Api-Key": KEY})


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_response_conforms_without_credentials(case: schemathesis.Case[Any], live: RunningServer) -> None:
    case.call_and_validate(base_url=live.base_url)
