"""Client configuration: credentials, base URL, timeouts, own httpx clients, the seed snippet."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from retab_runs import DEFAULT_BASE_URL, AsyncRetab, ConfigurationError, Retab, RunStatus
from tests.client.conftest import Api
from tests.faultserver import FaultServer, response
from tests.payloads import seed_run


def recorder(requests: list[httpx.Request], status: int = 200) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(status, json=seed_run())

    return httpx.MockTransport(handler)


def test_seed_snippet_values(api: Api) -> None:
    client = api.client(lambda request: httpx.Response(200, json=seed_run()))
    run = api.get(client, "run_abc123xyz")
    assert f"Status: {run.status}" == "Status: completed"
    assert run.status == "completed" and run.status is RunStatus.COMPLETED
    assert f"Duration: {run.duration_ms}ms" == "Duration: 15000ms"
    assert str(run.final_outputs) == (
        "{'end-node-1': FinalNodeOutput(label='Output', json_data={'invoice_number': 'INV-2024-001', "
        "'total_amount': 1234.56, 'vendor_name': 'Acme Corp'})}"
    )


def test_key_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RETAB_API_KEY", "sk-from-env")
    monkeypatch.setenv("RETAB_API_BASE_URL", "https://env.test/")
    requests: list[httpx.Request] = []
    client = Retab(http_client=httpx.Client(transport=recorder(requests)))
    client.workflows.runs.get("run_abc123xyz")
    assert requests[0].headers["Api-Key"] == "sk-from-env"
    assert "authorization" not in requests[0].headers
    assert str(requests[0].url) == "https://env.test/v1/workflows/runs/run_abc123xyz"


def test_arguments_win_over_the_environment_and_defaults_apply(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RETAB_API_KEY", "sk-from-env")
    monkeypatch.delenv("RETAB_API_BASE_URL", raising=False)
    client = Retab(api_key="sk-argument")
    assert client.api_key == "sk-argument"
    assert client.base_url == DEFAULT_BASE_URL == "https://api.retab.com"
    client.close()


def test_no_credentials_fails_before_any_io(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RETAB_API_KEY", raising=False)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=seed_run())

    client = api.client(handler, api_key=None)
    with pytest.raises(ConfigurationError, match="RETAB_API_KEY") as caught:
        api.get(client, "run_abc123xyz")
    assert "access_token" in str(caught.value)
    assert sent == []
    run = api.get(client, "run_abc123xyz", access_token="tok_run_scoped")  # a token alone is enough
    assert run.id == "run_abc123xyz"
    assert sent[0].url.params["access_token"] == "tok_run_scoped"
    assert "api-key" not in sent[0].headers


def test_timeout_is_finite_by_default_and_overridable(api: Api) -> None:
    seen: list[dict[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=seed_run())

    client = api.client(handler)
    api.get(client, "run_abc123xyz")
    api.get(client, "run_abc123xyz", timeout=2.5)
    assert seen[0] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    # A per-call timeout bounds the whole call: each part is what is left of it (a hair under 2.5 s).
    assert all(2.0 < seen[1][part] <= 2.5 for part in ("connect", "read", "write", "pool")), seen[1]
    client = api.client(handler, timeout=httpx.Timeout(7.0, connect=1.0))
    api.get(client, "run_abc123xyz")
    assert seen[2] == {"connect": 1.0, "read": 7.0, "write": 7.0, "pool": 7.0}


@pytest.mark.parametrize("bad", [None, 0, -1, float("inf"), "10", httpx.Timeout(None)])
def test_an_unbounded_or_nonsense_timeout_is_refused(bad: object) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        Retab(api_key="k", timeout=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad", [None, 0, float("nan"), float("inf"), httpx.Timeout(None), httpx.Timeout(5.0, read=None)]
)
def test_an_unbounded_timeout_per_call_or_per_copy_is_refused_before_io(api: Api, bad: object) -> None:
    sent: list[httpx.Request] = []
    client = api.client(lambda r: sent.append(r) or httpx.Response(200, json=seed_run()))  # type: ignore[func-returns-value]
    with pytest.raises(ConfigurationError, match="timeout"):
        api.get(client, "run_abc123xyz", timeout=bad)
    with pytest.raises(ConfigurationError, match="timeout"):
        client.with_options(timeout=bad)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="timeout"):
        Retab(api_key="k", timeout=httpx.Timeout(5.0, connect=None))
    assert sent == []


def test_own_http_client_keeps_auth_timeouts_and_retries(clock: object) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            return httpx.Response(503, json={"detail": "busy"})
        return httpx.Response(200, json=seed_run())

    own = httpx.Client(transport=httpx.MockTransport(handler), timeout=None, follow_redirects=True)
    with Retab(api_key="sk-k", base_url="https://retab.test", http_client=own) as client:
        client.workflows.runs.get("run_abc123xyz")
    assert len(calls) == 2
    assert all(r.headers["Api-Key"] == "sk-k" for r in calls)
    assert calls[0].extensions["timeout"]["read"] == 30.0
    assert not own.is_closed  # a client passed in is the caller's to close
    own.close()


def test_context_managers_close_their_own_pool() -> None:
    with Retab(api_key="k") as client:
        pass
    assert client._http.is_closed


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True])
def test_max_retries_must_be_a_whole_number(bad: object) -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        Retab(api_key="k", max_retries=bad)  # type: ignore[arg-type]


def test_base_url_needs_a_scheme() -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        Retab(api_key="k", base_url="api.retab.com")


def test_raw_response_beside_the_run(api: Api) -> None:
    client = api.client(lambda r: httpx.Response(200, json=seed_run(), headers={"x-request-id": "req_42"}))
    response = api.get_with_response(client, "run_abc123xyz")
    assert response.status_code == 200
    assert response.request_id == "req_42"
    assert response.headers["content-type"] == "application/json"
    assert response.data.workflow_name == "Invoice Processing"
    assert response.retries == 0


def test_async_client_keeps_at_most_max_connections_requests_in_flight() -> None:
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.001)
        in_flight -= 1
        return httpx.Response(200, json=seed_run())

    async def many() -> None:
        own = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncRetab(api_key="k", base_url="https://retab.test", http_client=own, max_connections=3) as client:
            await asyncio.gather(*(client.workflows.runs.get("run_abc123xyz") for _ in range(50)))
        await own.aclose()

    asyncio.run(many())
    assert peak == 3


@pytest.mark.parametrize("bad", [0, -2, 1.5, True])
def test_max_connections_must_be_positive(bad: object) -> None:
    with pytest.raises(ConfigurationError, match="max_connections"):
        Retab(api_key="k", max_connections=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [1e12, 86_401, httpx.Timeout(5.0, read=1e12), httpx.Timeout(float("nan"))])
def test_a_timeout_longer_than_a_day_is_refused_before_io(api: Api, bad: object) -> None:
    # 1e12 s reached the socket layer and came back as a bare OverflowError (sync client).
    with pytest.raises(ConfigurationError, match="timeout"):
        Retab(api_key="k", timeout=bad)  # type: ignore[arg-type]
    sent: list[httpx.Request] = []
    client = api.client(lambda r: sent.append(r) or httpx.Response(200, json=seed_run()))  # type: ignore[func-returns-value]
    with pytest.raises(ConfigurationError, match="timeout"):
        api.get(client, "run_abc123xyz", timeout=bad)
    with pytest.raises(ConfigurationError, match="timeout"):
        client.with_options(timeout=bad)  # type: ignore[arg-type]
    assert sent == []


def test_a_timeout_of_a_day_works_over_a_real_socket() -> None:
    server = FaultServer()
    try:
        server.script("/v1/workflows/runs/run_abc123xyz", response(200, seed_run()))
        with Retab(api_key="k", base_url=server.base_url, timeout=86_400) as client:
            assert client.workflows.runs.get("run_abc123xyz").id == seed_run()["id"]
    finally:
        server.close()


@pytest.mark.parametrize("suffix", ["/v1", "/v1/", "/V1"])
def test_a_base_url_ending_in_v1_is_stripped_with_a_warning(suffix: str) -> None:
    url = f"https://strip{suffix.replace('/', '-')}.example{suffix}"  # one host per case: it warns once per URL
    with pytest.warns(UserWarning, match="base_url ends in /v1"):
        client = Retab(api_key="sk-test", base_url=url)
    assert client.base_url == url[: -len(suffix)]
    assert Retab(api_key="sk-test", base_url="https://api.example/v1x").base_url == "https://api.example/v1x"
