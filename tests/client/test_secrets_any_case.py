"""Secrets in URLs are masked in httpx's log lines whatever the case of their parameter's name.

A client installs the filter on httpx's loggers; from then on every httpx record of the
process (the service's own clients too) goes through it.
"""

from __future__ import annotations

import logging

import pytest

from retab_runs import Retab

SECRET = "s3cr3t-value-0123"


@pytest.fixture(autouse=True)
def filter_installed() -> None:
    Retab(api_key="sk-test-0123456789", base_url="http://127.0.0.1:9").close()


@pytest.mark.parametrize(
    "name",
    ["access_token", "ACCESS_TOKEN", "Access_Token", "api_key", "API_KEY", "api-key", "Api-Key", "token", "TOKEN"],
)
@pytest.mark.parametrize("where", ["?{}={}", "?page=2&{}={}", "?{}={}&page=2", "?{}={}#frag"])
def test_a_secret_parameter_is_masked_in_any_case(name: str, where: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    url = "https://api.example.test/v1/workflows/runs" + where.format(name, SECRET)
    logging.getLogger("httpx").info("HTTP Request: %s %s", "GET", url)
    assert SECRET not in caplog.text
    assert f"{name}=***" in caplog.text


@pytest.mark.parametrize("name", ["page", "tokens", "my_token", "access_tokenx"])
def test_other_parameters_are_left_as_they_are(name: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    logging.getLogger("httpx").info("HTTP Request: GET https://api.example.test/v1/runs?%s=visible-1234", name)
    assert f"{name}=visible-1234" in caplog.text


def test_httpcore_child_loggers_are_filtered_too(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="httpcore")
    logging.getLogger("httpcore.http11").debug("send_request_headers url=%s", f"/v1/runs?Access_Token={SECRET}")
    assert SECRET not in caplog.text and "Access_Token=***" in caplog.text


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_token_of_six_characters_echoed_by_the_server_is_masked(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    # Six characters is the shortest secret masked wherever it shows (shorter ones would mask words).
    import asyncio

    from retab_runs import APIStatusError, AsyncRetab
    from tests.faultserver import FaultServer, response

    token = "tk9x7q"
    server = FaultServer()
    server.script("/v1/workflows/runs/run_1", response(307, b"", headers={"Location": f"https://x.test/cb/{token}"}))
    caplog.set_level(logging.DEBUG)
    try:
        if mode == "sync":
            with Retab(api_key="sk-test-0123456789", base_url=server.base_url, max_retries=0) as client:
                with pytest.raises(APIStatusError):
                    client.workflows.runs.get("run_1", access_token=token)
        else:

            async def go() -> None:
                async with AsyncRetab(api_key="sk-test-0123456789", base_url=server.base_url, max_retries=0) as client:
                    with pytest.raises(APIStatusError):
                        await client.workflows.runs.get("run_1", access_token=token)

            asyncio.run(go())
    finally:
        server.close()
    assert "receive_response_headers.complete" in caplog.text
    assert token not in caplog.text and "cb/***" in caplog.text
