"""Secrets stay secret, run ids stay one path segment, credentials stay with their host."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import warnings
from collections.abc import Callable

import httpx
import pytest

from retab_runs import APIStatusError, AsyncRetab, ConfigurationError, NotFoundError, Retab, RetabError
from retab_runs._exchange import prepare_get_run
from retab_runs_client.client import AuthenticatedClient
from tests.client.conftest import Api
from tests.faultserver import FaultServer, response
from tests.payloads import as_asked, seed_run

KEY = "sk-live-0123456789abcdef"
TOKEN = "tok-run-fedcba9876543210"


@pytest.mark.parametrize(
    ("run_id", "raw_path"),
    [
        ("../admin", b"/v1/workflows/runs/..%2Fadmin"),
        ("a/b", b"/v1/workflows/runs/a%2Fb"),
        ("?x=1", b"/v1/workflows/runs/%3Fx%3D1"),
        ("#frag", b"/v1/workflows/runs/%23frag"),
        ("..", b"/v1/workflows/runs/%2E%2E"),
        (".", b"/v1/workflows/runs/%2E"),
        ("100%", b"/v1/workflows/runs/100%25"),
        ("run 1", b"/v1/workflows/runs/run%201"),
    ],
)
def test_run_id_is_exactly_one_path_segment(api: Api, run_id: str, raw_path: bytes) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=as_asked(seed_run(), request.url.raw_path))

    api.get(api.client(handler), run_id)
    assert seen[0].url.raw_path == raw_path  # no query string either
    assert seen[0].url.query == b""


@pytest.mark.parametrize("run_id", ["", "   ", "\n", None, 42])
def test_blank_or_non_string_run_id_fails_before_io(api: Api, run_id: object) -> None:
    seen: list[httpx.Request] = []
    client = api.client(lambda r: seen.append(r) or httpx.Response(200, json=seed_run()))  # type: ignore[func-returns-value]
    with pytest.raises(ConfigurationError, match="run_id"):
        api.get(client, run_id)  # type: ignore[arg-type]
    assert seen == []


def test_no_secret_in_reprs() -> None:
    client = Retab(api_key=KEY)
    assert KEY not in repr(client) and "api_key=***" in repr(client)
    assert KEY not in repr(AsyncRetab(api_key=KEY))
    prepared = prepare_get_run("https://x", "r", api_key=KEY, access_token=None, timeout=httpx.Timeout(1.0))
    assert KEY not in repr(prepared)
    generated = AuthenticatedClient(base_url="https://x", token=KEY)
    assert KEY not in repr(generated)
    client.close()


def test_no_secret_in_error_messages_or_logs(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="retab_runs")
    client = api.client(lambda r: httpx.Response(404, json={"detail": "Workflow run not found"}), api_key=KEY)
    with pytest.raises(NotFoundError) as caught:
        api.get(client, "run_1", access_token=TOKEN)
    message = str(caught.value)
    assert "access_token=***" in message
    for secret in (KEY, TOKEN):
        assert secret not in message and secret not in repr(caught.value) and secret not in caplog.text
    assert caplog.text  # the request was logged (redacted)


def test_redirects_are_not_followed_so_credentials_stay_home(api: Api) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"location": f"https://evil.example/steal?access_token={TOKEN}"})

    client = api.client(handler, api_key=KEY)
    with pytest.raises(APIStatusError) as caught:
        api.get(client, "run_1")
    assert caught.value.status_code == 302
    assert [r.url.host for r in seen] == ["retab.test"]
    assert "was not followed" in str(caught.value) and TOKEN not in str(caught.value)


def test_own_client_that_follows_redirects_still_does_not(api: Api) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url.host))
        if request.url.host == "retab.test":
            return httpx.Response(307, headers={"location": "https://other.example/v1/workflows/runs/run_1"})
        return httpx.Response(200, json=seed_run())

    own = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    client = Retab(api_key=KEY, base_url="https://retab.test", http_client=own)
    with pytest.raises(APIStatusError):
        client.workflows.runs.get("run_1")
    assert seen == ["retab.test"]


def test_tls_verification_is_on_by_default() -> None:
    client = Retab(api_key=KEY)
    pool = client._http._transport._pool  # type: ignore[attr-defined]
    assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"
    client.close()


@pytest.mark.parametrize(
    ("key", "problem"),
    [
        ("sk-live\r\nX-Evil: 1", "a line break"),
        ("sk-live\n0123", "a line break"),
        ("sk-live\x000123", "a NUL character"),
        ("sk-live\x1b0123", "a control character"),
        ("sk-live-ключ", "a non-ASCII character"),
    ],
)
def test_a_key_no_header_can_carry_is_refused_when_the_client_is_built(
    api: Api, key: str, problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[httpx.Request] = []
    with pytest.raises(ConfigurationError, match=f"api_key contains {problem}") as caught:
        api.client(lambda r: sent.append(r) or httpx.Response(200, json=seed_run()), api_key=key)  # type: ignore[func-returns-value]
    assert key not in str(caught.value) and "sk-live" not in str(caught.value)
    if "\x00" not in key:  # the environment cannot hold a NUL
        monkeypatch.setenv("RETAB_API_KEY", key)
        with pytest.raises(ConfigurationError, match=f"RETAB_API_KEY contains {problem}"):
            Retab()
    assert sent == []


def test_surrounding_whitespace_of_a_key_is_still_forgiven() -> None:
    with Retab(api_key="  sk-live-0123\r\n") as client:
        assert client.api_key == "sk-live-0123"


@pytest.mark.parametrize("token", ["tok\r\nX: 1", "tok\x00", "tök"])
def test_an_access_token_with_control_or_non_ascii_characters_fails_before_io(api: Api, token: str) -> None:
    sent: list[httpx.Request] = []
    client = api.client(lambda r: sent.append(r) or httpx.Response(200, json=seed_run()))  # type: ignore[func-returns-value]
    with pytest.raises(ConfigurationError, match="access_token contains") as caught:
        api.get(client, "run_1", access_token=token)
    assert token not in str(caught.value)
    with pytest.raises(ConfigurationError, match="access_token contains"):
        api.wait(
            client, "run_1", access_token=token, timeout_seconds=5
        )  # refused at once, not polled until the deadline
    assert sent == []


@pytest.mark.parametrize(
    "url", ["http://user:hunter2@retab.test", "https://:hunter2@api.retab.com/", "user:hunter2@api.retab.com"]
)
def test_a_base_url_with_a_password_is_refused_without_showing_it(url: str) -> None:
    with pytest.raises(ConfigurationError, match="must not contain a user name or password") as caught:
        Retab(api_key=KEY, base_url=url)
    assert "hunter2" not in str(caught.value)


@pytest.mark.parametrize("url", ["https://api.retab.com/?x=1", "https://api.retab.com#top", "https://h/v?"])
def test_a_base_url_with_a_query_or_fragment_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="query"):
        Retab(api_key=KEY, base_url=url)


def test_plain_http_to_another_host_warns_once_naming_the_host(monkeypatch: pytest.MonkeyPatch) -> None:
    from retab_runs import _config

    monkeypatch.setattr(_config, "_warned_hosts", set())
    with pytest.warns(UserWarning, match="plain http:// to api.example.org") as caught:
        Retab(api_key=KEY, base_url="http://api.example.org:8080").close()
    assert KEY not in str(caught[0].message)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Retab(api_key=KEY, base_url="http://api.example.org:8080").close()  # once per host
        for url in (
            "http://127.0.0.1:9",
            "http://localhost:9",
            "http://[::1]:9",
            "http://a.localhost",
            "https://x.org",
        ):
            Retab(api_key=KEY, base_url=url).close()


LOGGING_SNIPPET = """
import logging, sys
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(name)s %(message)s")
from retab_runs import Retab
with Retab(api_key=sys.argv[1], base_url=sys.argv[2]) as client:
    client.workflows.runs.get("run_abc123xyz", access_token=sys.argv[3])
"""


def test_httpx_and_httpcore_log_records_mask_the_access_token() -> None:
    server = FaultServer()
    try:
        server.script("/v1/workflows/runs/run_abc123xyz", response(200, seed_run()))
        done = subprocess.run(
            [sys.executable, "-c", LOGGING_SNIPPET, KEY, server.base_url, TOKEN],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    finally:
        server.close()
    assert done.returncode == 0, done.stderr
    assert "httpx HTTP Request: GET http://127.0.0.1" in done.stdout  # httpx logged the URL...
    assert "access_token=***" in done.stdout  # ...masked
    assert 'access_token=*** "HTTP/1.1 200 X"' in done.stdout  # the rest of the line kept: the status is news
    assert "httpcore." in done.stdout  # httpcore's DEBUG lines were on too
    assert TOKEN not in done.stdout + done.stderr and KEY not in done.stdout + done.stderr


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Trace: hunter2": "v"},  # a value pasted into the name: h11 refused it only while sending, quoting it
        {"": "v"},
        {"X-Trace": b"hunter2"},
        {"Content-Length": "5"},  # h11 raised its own LocalProtocolError mid-request
        {"transfer-encoding": "chunked"},
    ],
)
def test_extra_headers_that_cannot_be_sent_fail_before_io_without_showing_them(
    api: Api, headers: dict[str, object]
) -> None:
    sent: list[httpx.Request] = []
    client = api.client(lambda r: sent.append(r) or httpx.Response(200, json=seed_run()))  # type: ignore[func-returns-value]
    with pytest.raises(ConfigurationError, match="extra_headers") as caught:
        api.get(client, "run_1", extra_headers=headers)
    assert "hunter2" not in str(caught.value)
    assert sent == []


@pytest.mark.parametrize("headers", [{"Authorization": "Bearer hunter2\r\nX: 1"}, {"X: hunter2": "v"}])
def test_default_headers_that_cannot_be_sent_are_refused_when_the_client_is_built(headers: dict[str, str]) -> None:
    # They were accepted, then failed every attempt as a retried connection error quoting the value.
    with pytest.raises(ConfigurationError, match="default_headers") as caught:
        Retab(api_key=KEY, default_headers=headers)
    assert "hunter2" not in str(caught.value)
    with pytest.raises(ConfigurationError, match="default_headers"):
        AsyncRetab(api_key=KEY, default_headers=headers)


def test_extra_headers_replace_the_key_whatever_the_case_never_sending_two(api: Api) -> None:
    sent: list[httpx.Request] = []
    client = api.client(lambda r: sent.append(r) or httpx.Response(200, json=seed_run()))  # type: ignore[func-returns-value]
    api.get(client, "run_abc123xyz", extra_headers={"api-key": "sk-other", "accept": "application/json; v=2"})
    api.get(
        client.with_options(default_headers={"ACCEPT": "*/*"}), "run_abc123xyz", extra_headers={"API-KEY": "sk-third"}
    )
    assert [r.headers.get_list("api-key") for r in sent] == [["sk-other"], ["sk-third"]]
    assert sent[0].headers.get_list("accept") == ["application/json; v=2"]


@pytest.mark.parametrize(
    "url",
    [
        f"https://api.retab.com/?access_token={TOKEN}",
        f"https://api.retab.com/#{TOKEN}",
        f"ftp://api.retab.com/?api_key={TOKEN}",
        TOKEN,  # a credential passed where the base URL goes (arguments swapped)
    ],
)
def test_a_refused_base_url_is_not_quoted_with_its_secret(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url must") as caught:
        Retab(api_key=KEY, base_url=url)
    assert TOKEN not in str(caught.value)


@pytest.mark.parametrize(
    "answer",
    [
        lambda secret: httpx.Response(401, json={"detail": f"Invalid credential {secret}"}),
        lambda secret: httpx.Response(503, json={"detail": f"{secret} is being refreshed"}),
        lambda secret: httpx.Response(307, headers={"Location": f"https://elsewhere.test/callback/{secret}"}),
        lambda secret: httpx.Response(200, json={**seed_run(), "steps": secret}),
    ],
)
def test_credentials_echoed_by_the_server_are_masked_in_messages_and_logs(
    api: Api, answer: Callable[[str], httpx.Response], caplog: pytest.LogCaptureFixture, clock: object
) -> None:
    # URL redaction only knew ``access_token=``: a key in a detail or a token in a Location path went through.
    def handler(request: httpx.Request) -> httpx.Response:
        return answer(request.url.params.get("access_token") or request.headers["api-key"])

    client = api.client(handler, api_key=KEY, max_retries=1)
    caplog.set_level(logging.DEBUG)
    for credentials in ({"access_token": TOKEN}, {}):
        with pytest.raises(RetabError) as caught:
            api.get(client, "run_1", **credentials)
        assert KEY not in str(caught.value) and TOKEN not in str(caught.value), caught.value
        assert "***" in str(caught.value)
    assert KEY not in caplog.text and TOKEN not in caplog.text


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_credentials_echoed_in_response_headers_are_masked_in_httpcore_debug_logs(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    # httpcore logs response headers whole at DEBUG: an echoed key or a token in a Location path went through.
    server = FaultServer()
    headers = {"Location": f"https://elsewhere.test/callback/{TOKEN}", "X-Echo": KEY}
    server.script("/v1/workflows/runs/run_1", response(307, b"", headers=headers))
    caplog.set_level(logging.DEBUG)
    try:
        if mode == "sync":
            with Retab(api_key=KEY, base_url=server.base_url, max_retries=0) as client, pytest.raises(APIStatusError):
                client.workflows.runs.get("run_1", access_token=TOKEN)
        else:

            async def go() -> None:
                async with AsyncRetab(api_key=KEY, base_url=server.base_url, max_retries=0) as client:
                    with pytest.raises(APIStatusError):
                        await client.workflows.runs.get("run_1", access_token=TOKEN)

            asyncio.run(go())
    finally:
        server.close()
    assert "receive_response_headers.complete" in caplog.text
    assert KEY not in caplog.text and TOKEN not in caplog.text
    assert "callback/***" in caplog.text
