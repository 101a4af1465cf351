"""The openai-python shapes: with_options, extra_headers / extra_query, with_raw_response."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from retab_runs import AsyncRetab, ConfigurationError, RawResponse, ResponseValidationError, Retab, WorkflowRun
from tests.client.conftest import Api
from tests.payloads import seed_run


def recorder(seen: list[httpx.Request], body: object = None, status: int = 200) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=seed_run() if body is None else body, headers={"x-request-id": "req_7"})

    return httpx.MockTransport(handler)


def test_with_options_is_a_configured_copy_sharing_the_pool() -> None:
    seen: list[httpx.Request] = []
    own = httpx.Client(transport=recorder(seen))
    client = Retab(api_key="sk-k", base_url="https://retab.test", http_client=own, max_retries=2)
    quick = client.with_options(timeout=2.5, max_retries=0, default_headers={"X-Team": "ops"})
    assert quick is not client and quick._http is client._http
    assert (quick.max_retries, quick.timeout.read) == (0, 2.5)
    assert (client.max_retries, client.timeout.read) == (2, 30.0)  # the original is untouched
    quick.workflows.runs.get("run_abc123xyz")
    client.workflows.runs.get("run_abc123xyz")
    assert seen[0].extensions["timeout"]["read"] == 2.5 and seen[0].headers["X-Team"] == "ops"
    assert seen[1].extensions["timeout"]["read"] == 30.0 and "X-Team" not in seen[1].headers
    assert seen[0].headers["Api-Key"] == "sk-k"
    other = client.with_options(api_key="sk-other", base_url="https://other.test")
    other.workflows.runs.get("run_abc123xyz")
    assert seen[2].headers["Api-Key"] == "sk-other" and seen[2].url.host == "other.test"
    assert "sk-other" not in repr(other)


def test_closing_a_copy_leaves_the_shared_pool_open() -> None:
    client = Retab(api_key="sk-k")
    with client.with_options(max_retries=0) as copy:
        assert copy._http is client._http
    assert not client._http.is_closed
    client.close()
    assert client._http.is_closed


def test_with_options_checks_what_it_is_given() -> None:
    client = Retab(api_key="sk-k")
    with pytest.raises(ConfigurationError, match="timeout"):
        client.with_options(timeout=0)
    with pytest.raises(ConfigurationError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(ConfigurationError, match="api_key contains a line break"):
        client.with_options(api_key="sk\nX")
    client.close()


def test_async_with_options_shares_the_pool_and_applies_the_timeout() -> None:
    seen: list[httpx.Request] = []

    async def go() -> None:
        own = httpx.AsyncClient(transport=recorder(seen))
        async with AsyncRetab(api_key="sk-k", base_url="https://retab.test", http_client=own) as client:
            quick = client.with_options(timeout=1.5, max_retries=0)
            assert quick._http is client._http
            await quick.workflows.runs.get("run_abc123xyz")
        await own.aclose()

    asyncio.run(go())
    assert seen[0].extensions["timeout"]["read"] == 1.5


def test_extra_headers_and_extra_query_per_call(api: Api) -> None:
    seen: list[httpx.Request] = []
    client = api.client(lambda r: seen.append(r) or httpx.Response(200, json=seed_run()))  # type: ignore[func-returns-value]
    api.get(client, "run_abc123xyz", extra_headers={"X-Trace": "t-1"}, extra_query={"expand": "steps", "skip": None})
    assert seen[0].headers["X-Trace"] == "t-1" and seen[0].headers["Api-Key"] == "sk-test-key"
    assert dict(seen[0].url.params) == {"expand": "steps"}
    api.wait(client, "run_abc123xyz", extra_headers={"X-Trace": "t-2"}, timeout_seconds=5)
    assert seen[1].headers["X-Trace"] == "t-2"
    with pytest.raises(ConfigurationError, match="extra_headers"):
        api.get(client, "run_abc123xyz", extra_headers={"X-Bad": "a\r\nb"})
    assert len(seen) == 2


def test_with_raw_response_get() -> None:
    seen: list[httpx.Request] = []
    with Retab(api_key="sk-k", base_url="https://retab.test", http_client=httpx.Client(transport=recorder(seen))) as c:
        raw = c.workflows.runs.with_raw_response.get("run_abc123xyz", timeout=3)
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200 and raw.request_id == "req_7"
        assert raw.headers["content-type"] == "application/json"
        assert isinstance(raw.http_response, httpx.Response) and raw.http_response.json() == seed_run()
        run = raw.parse()
        assert isinstance(run, WorkflowRun) and run.id == "run_abc123xyz"
        assert raw.parse() is run  # parsed once
        plain = c.workflows.runs.get("run_abc123xyz")  # the raw mode does not leak to later calls
        assert isinstance(plain, WorkflowRun)
        response = c.workflows.runs.get_with_response("run_abc123xyz")
        assert response.data.id == "run_abc123xyz" and response.request_id == "req_7"


def test_raw_response_parses_only_when_asked() -> None:
    broken = httpx.MockTransport(lambda r: httpx.Response(200, json={"id": 5}))
    with Retab(api_key="sk-k", base_url="https://retab.test", http_client=httpx.Client(transport=broken)) as c:
        raw = c.workflows.runs.with_raw_response.get("run_1")
        assert raw.status_code == 200
        with pytest.raises(ResponseValidationError):
            raw.parse()


def test_async_with_raw_response_get() -> None:
    seen: list[httpx.Request] = []

    async def go() -> RawResponse[WorkflowRun]:
        own = httpx.AsyncClient(transport=recorder(seen))
        async with AsyncRetab(api_key="sk-k", base_url="https://retab.test", http_client=own) as client:
            raw = await client.workflows.runs.with_raw_response.get("run_abc123xyz")
            assert isinstance(await client.workflows.runs.get("run_abc123xyz"), WorkflowRun)
        await own.aclose()
        return raw

    raw = asyncio.run(go())
    assert raw.request_id == "req_7" and raw.parse().status == "completed"
