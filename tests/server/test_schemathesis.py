"""schemathesis, all checks, against the embedded server over HTTP: every operation, every answer fits openapi.yaml.

Three tests: every operation with the key, every operation without credentials, and
stateful sequences (create a run, then read, resume, cancel, restart, delete it...) along
the links openapi.yaml declares (a created or restarted run's ``id`` feeds the run's
operations, a page's ``list_metadata.after`` the next page) and those schemathesis infers.
Example counts are small, so that the server suite stays within about a minute.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

if sys.version_info < (3, 11):
    pytest.skip("schemathesis 4.31 and newer need Python 3.11", allow_module_level=True)

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from retab_runs.server import RunStore
from retab_runs.testing import RunningServer, retab_server_running
from tests.spec import SPEC_PATH

KEY = "sk-schemathesis"
schema = schemathesis.openapi.from_path(SPEC_PATH)
# The API ignores query parameters it does not know, as the vendor's (FastAPI) does and as the
# client's extra_query relies on: a request with one is not a schema violation to refuse.
schema.config.generation.update(allow_extra_parameters=False)


# Without credentials every answer is a 401: the boundary values of the coverage phase (about 45
# requests an operation) add nothing there, so that test draws its cases by fuzzing alone.
anonymous = schemathesis.openapi.from_path(SPEC_PATH)
anonymous.config.generation.update(allow_extra_parameters=False)
anonymous.config.phases.update(phases=["examples", "fuzzing"])


@schema.hook
def filter_query(ctx: Any, query: dict[str, Any] | None) -> bool:
    """Every query parameter of the API is a scalar: a generated object or array can only reach the
    server as its text (``{"a": 1}`` is sent as ``a``), which is then a valid value, not a violation."""
    return query is None or all(value is None or isinstance(value, (str, int, float, bool)) for value in query.values())


# Every check runs on every answer, 409 included: openapi.yaml lists 409 where the server answers
# it (resume, cancel, restart: a command that does not fit the run's state), so a 409 elsewhere
# is an undocumented status and fails here.


def header_departure(response: Any) -> list[Any]:
    """A 422 whose every issue is a ``mime_type`` that cannot be sent back as a Content-Type header:
    the server refuses it at create (the spec's string allows it), so it is not counted as a
    schema-valid request rejected."""
    if response.status_code != 422:
        return []
    try:
        issues = response.json()["detail"]
    except (ValueError, KeyError, TypeError):
        return []
    if issues and all(isinstance(i, dict) and i.get("loc", [None])[-1] == "mime_type"
                      and i.get("type") == "string_pattern_mismatch" for i in issues):  # fmt: skip
        return [positive_data_acceptance]
    return []


def call_and_validate(case: schemathesis.Case[Any], base_url: str, headers: dict[str, str] | None = None) -> None:
    response = case.call(base_url=base_url, headers=headers)
    transport = {"base_url": base_url, **({"headers": headers} if headers else {})}
    case.validate_response(response, excluded_checks=header_departure(response), transport_kwargs=transport)


@pytest.fixture(scope="module")
def live() -> Iterator[RunningServer]:
    store = RunStore(api_key=KEY, speed=5.0)
    store.seed_runs(30, workflow_id="wf_seeded")
    with retab_server_running(store) as server:
        yield server


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_response_conforms(case: schemathesis.Case[Any], live: RunningServer) -> None:
    call_and_validate(case, live.base_url, {"Api-Key": KEY})


@anonymous.parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_response_conforms_without_credentials(case: schemathesis.Case[Any], live: RunningServer) -> None:
    call_and_validate(case, live.base_url)


def test_stateful_sequences_conform(live: RunningServer) -> None:
    machine = schema.as_state_machine()
    assert "POST /v1/workflows/{workflow_id}/run -> 200" in machine.bundles  # created runs feed the others

    class Sequences(machine):  # type: ignore[misc,valid-type]
        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            return {"base_url": live.base_url, "headers": {"Api-Key": KEY}}

        def validate_response(self, response: Any, case: schemathesis.Case[Any], **kwargs: Any) -> None:
            case.validate_response(response, excluded_checks=header_departure(response),
                                   transport_kwargs=kwargs or None, recorder=self.recorder)  # fmt: skip

    Sequences.run(settings=settings(max_examples=8, stateful_step_count=6, deadline=None,
                                    suppress_health_check=list(HealthCheck)))  # fmt: skip
