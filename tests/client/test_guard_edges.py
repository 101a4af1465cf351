"""The client's guards at their edges, through the public calls: a body that drips through a
transport of the caller's own, a body of exactly the size limit, a Retry-After below zero.

Time is the fake clock of tests/client/conftest.py: it moves only when the test moves it.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from retab_runs import APIStatusError, APITimeoutError, AsyncRetab, ResponseTooLargeError, Retab
from tests.client.conftest import Api, FakeClock
from tests.payloads import seed_run

RUN_ID = "run_abc123xyz"
BODY = json.dumps(seed_run()).encode()


class Drip:
    """A body handed over in small chunks, each one taking ``seconds`` of the fake clock."""

    def __init__(self, clock: FakeClock, body: bytes, seconds: float, size: int = 4) -> None:
        self.clock, self.body, self.seconds, self.size = clock, body, seconds, size
        self.sent = 0

    def chunks(self) -> Iterator[bytes]:
        for start in range(0, len(self.body), self.size):
            self.clock.now += self.seconds
            self.sent += 1
            yield self.body[start : start + self.size]

    async def achunks(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks():
            yield chunk


def client_with(api: Api, handler: object, **options: object) -> Retab | AsyncRetab:
    if api.mode == "sync":
        http: httpx.Client | httpx.AsyncClient = httpx.Client(transport=httpx.MockTransport(handler))  # type: ignore[arg-type]
    else:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))  # type: ignore[arg-type]
    return api.client(http_client=http, **options)  # type: ignore[arg-type]


def test_a_dripping_body_from_the_callers_transport_ends_at_the_deadline(api: Api, clock: FakeClock) -> None:
    # Each chunk takes 0.5 s of a 5 s budget: the call must stop near the tenth, not read all of them.
    drip = Drip(clock, BODY, seconds=0.5)

    def handler(request: httpx.Request) -> httpx.Response:
        stream = drip.chunks() if api.mode == "sync" else drip.achunks()
        return httpx.Response(200, headers={"content-type": "application/json"}, content=stream)

    client = client_with(api, handler, max_retries=0, timeout=5)
    with pytest.raises(APITimeoutError, match="took longer than the 5s"):
        api.get(client, RUN_ID)
    assert len(BODY) // 4 > 100  # the body would take far longer than the budget
    assert 10 <= drip.sent <= 12


def test_a_drip_inside_the_budget_is_read_whole(api: Api, clock: FakeClock) -> None:
    drip = Drip(clock, BODY, seconds=0.001)

    def handler(request: httpx.Request) -> httpx.Response:
        stream = drip.chunks() if api.mode == "sync" else drip.achunks()
        return httpx.Response(200, headers={"content-type": "application/json"}, content=stream)

    client = client_with(api, handler, max_retries=0, timeout=5)
    assert api.get(client, RUN_ID).id == RUN_ID


@pytest.mark.parametrize("streamed", [True, False], ids=["streamed", "read-by-the-transport"])
def test_a_body_of_exactly_the_limit_is_taken_and_one_byte_more_is_refused(
    api: Api, clock: FakeClock, streamed: bool
) -> None:
    limit = len(BODY) + 100
    for extra, refused in ((100, False), (101, True)):
        body = BODY + b" " * extra  # JSON allows trailing whitespace: the same run, padded

        def handler(request: httpx.Request, body: bytes = body) -> httpx.Response:
            if not streamed:
                return httpx.Response(200, headers={"content-type": "application/json"}, content=body)
            chunks = [body[i : i + 1000] for i in range(0, len(body), 1000)]

            async def agen() -> AsyncIterator[bytes]:
                for chunk in chunks:
                    yield chunk

            return httpx.Response(200, headers={"content-type": "application/json"},
                                  content=iter(chunks) if api.mode == "sync" else agen())  # fmt: skip

        client = client_with(api, handler, max_retries=0, max_response_bytes=limit)
        if refused:
            with pytest.raises(ResponseTooLargeError) as caught:
                api.get(client, RUN_ID)
            assert caught.value.limit == limit
        else:
            assert api.get(client, RUN_ID).id == RUN_ID


@pytest.mark.parametrize(("seconds", "waited"), [("60", [60.0]), ("60.001", [])])
def test_a_retry_after_of_exactly_the_longest_wait_is_waited(
    api: Api, clock: FakeClock, seconds: str, waited: list[float]
) -> None:
    # RetryPolicy's max_retry_after (60 s by default) is the longest wait honoured; one more millisecond is not.
    answers = iter([httpx.Response(503, headers={"Retry-After": seconds}, json={"detail": "busy"}),
                    httpx.Response(200, json=seed_run())])  # fmt: skip

    client = client_with(api, lambda request: next(answers), max_retries=1)
    if waited:
        assert api.get(client, RUN_ID).id == RUN_ID
    else:
        with pytest.raises(APIStatusError):
            api.get(client, RUN_ID)
    assert clock.sleeps == waited


@pytest.mark.parametrize("header", [{"Retry-After": "-5"}, {"retry-after-ms": "-2500"}, {"Retry-After": "-0.5"}])
def test_a_retry_after_below_zero_is_a_wait_of_nothing(api: Api, clock: FakeClock, header: dict[str, str]) -> None:
    # time.sleep(-5) raises ValueError: a server's odd header must not become the caller's exception.
    answers = iter([httpx.Response(429, headers=header, json={"detail": "slow down"}),
                    httpx.Response(200, json=seed_run())])  # fmt: skip

    client = client_with(api, lambda request: next(answers), max_retries=1)
    assert api.get(client, RUN_ID).id == RUN_ID
    assert clock.sleeps == [0.0]


def test_the_async_drip_is_read_in_the_callers_loop(clock: FakeClock) -> None:
    # The same bound when the caller drives the event loop (not asyncio.run inside Api.get).
    drip = Drip(clock, BODY, seconds=1.0)

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(
            lambda request: httpx.Response(200, content=drip.achunks())))  # fmt: skip
        async with AsyncRetab(api_key="sk-test-key", base_url="https://retab.test", http_client=http,
                              max_retries=0, timeout=3) as client:  # fmt: skip
            with pytest.raises(APITimeoutError):
                await client.workflows.runs.get(RUN_ID)
        await http.aclose()

    asyncio.run(main())
    assert drip.sent <= 5


def test_a_body_too_large_once_decoded_says_so(api: Api, clock: FakeClock) -> None:
    # 2 MB of spaces is a few kB of gzip: the message names the decoded size and the coding.
    import gzip

    packed = gzip.compress(BODY + b" " * 2_000_000)

    def handler(request: httpx.Request) -> httpx.Response:
        stream = iter([packed]) if api.mode == "sync" else _once(packed)
        return httpx.Response(200, headers={"content-encoding": "gzip"}, content=stream)

    client = client_with(api, handler, max_retries=0, max_response_bytes=1_000_000)
    with pytest.raises(ResponseTooLargeError) as caught:
        api.get(client, RUN_ID)
    message = str(caught.value)
    assert f"GET https://retab.test/v1/workflows/runs/{RUN_ID} (200)" in message
    assert "larger than max_response_bytes=1,000,000 once decoded (gzip)" in message
    assert caught.value.response is not None and caught.value.response.status_code == 200


def test_a_body_too_large_without_coding_does_not_mention_decoding(api: Api, clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=BODY)

    client = client_with(api, handler, max_retries=0, max_response_bytes=100)
    with pytest.raises(ResponseTooLargeError) as caught:
        api.get(client, RUN_ID)
    assert "larger than max_response_bytes=100; raise the limit" in str(caught.value)


def test_a_late_body_names_the_request_and_its_budget(api: Api, clock: FakeClock) -> None:
    drip = Drip(clock, BODY, seconds=1.0)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=drip.chunks() if api.mode == "sync" else drip.achunks())

    client = client_with(api, handler, max_retries=0, timeout=2.5)
    with pytest.raises(APITimeoutError) as caught:
        api.get(client, RUN_ID)
    where = f"GET https://retab.test/v1/workflows/runs/{RUN_ID}"
    assert str(caught.value) == f"{where} timed out: the body took longer than the 2.5s the request had"
    assert caught.value.request is not None and str(caught.value.request.url) == where.split(" ", 1)[1]


@pytest.mark.parametrize("coding", ["gzip", "deflate"])
def test_a_body_that_drips_only_its_coding_header_ends_at_the_deadline(api: Api, clock: FakeClock, coding: str) -> None:
    # Each chunk is one byte of a gzip or zlib header, which decodes to nothing: no decoded piece
    # ever arrives, so the deadline must be checked per raw chunk too, not only per decoded piece.
    header = gzip.compress(BODY)[:10] if coding == "gzip" else zlib.compress(BODY)[:2]
    drip = Drip(clock, header, seconds=1.0, size=1)

    def handler(request: httpx.Request) -> httpx.Response:
        stream = drip.chunks() if api.mode == "sync" else drip.achunks()
        return httpx.Response(200, headers={"content-encoding": coding}, content=stream)

    client = client_with(api, handler, max_retries=0, timeout=1.5)
    with pytest.raises(APITimeoutError) as caught:
        api.get(client, RUN_ID)
    where = f"GET https://retab.test/v1/workflows/runs/{RUN_ID}"
    assert str(caught.value) == f"{where} timed out: the body took longer than the 1.5s the request had"
    assert caught.value.request is not None
    assert drip.sent == 2  # stopped at the first chunk past the deadline


async def _once(data: bytes) -> AsyncIterator[bytes]:
    yield data


@pytest.mark.parametrize("cls", [Retab, AsyncRetab])
def test_a_client_repr_masks_the_key(cls: type[Retab] | type[AsyncRetab]) -> None:
    client = cls(api_key="sk-live-0123456789abcdef", base_url="https://retab.test")
    assert repr(client) == f"{cls.__name__}(base_url='https://retab.test', api_key=***)"


def test_a_client_without_a_key_says_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RETAB_API_KEY", raising=False)
    with Retab(api_key=None, base_url="https://retab.test") as client:
        assert repr(client) == "Retab(base_url='https://retab.test', api_key=None)"


def test_a_retry_after_given_as_an_http_date_is_waited_from_now(api: Api, clock: FakeClock) -> None:
    import email.utils
    import time

    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    answers = iter([httpx.Response(503, headers={"Retry-After": when}, json={"detail": "busy"}),
                    httpx.Response(200, json=seed_run())])  # fmt: skip
    client = client_with(api, lambda request: next(answers), max_retries=1)
    assert api.get(client, RUN_ID).id == RUN_ID
    assert len(clock.sleeps) == 1 and 20 < clock.sleeps[0] <= 30  # whole seconds in the header; time goes on
