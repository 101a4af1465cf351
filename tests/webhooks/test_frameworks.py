"""docs/webhooks.md's FastAPI, Flask and Django receivers run as written, on a real socket, and answer
200 to a good delivery (once per event), 400 to a missing or malformed signature or bad JSON, 401 to a
wrong secret or a stale timestamp."""

from __future__ import annotations

import base64
import importlib.util
import json
import re
import sys
import threading
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from retab_runs.server import ServerThread
from retab_runs.webhooks import sign

DOC = Path(__file__).resolve().parents[2] / "docs" / "webhooks.md"
SECRET = "whsec_frameworks_9c1d"


def example(name: str) -> str:
    """The code block after ``<!-- example: name -->`` in docs/webhooks.md."""
    found = re.search(rf"<!-- example: {name} -->\n```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert found is not None, f"docs/webhooks.md has no {name} example"
    return found.group(1)


def load(name: str, tmp_path: Path) -> types.ModuleType:
    path = tmp_path / f"webhook_example_{name}.py"
    path.write_text(example(name), encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def envelope(event_id: str) -> bytes:
    return json.dumps({"id": event_id, "type": "workflow.run.completed", "environment": "test",
                       "created_at": "2026-12-06T10:00:00Z",
                       "data": {"id": "run_1", "workflow_id": "wf_1", "status": "completed"}}).encode()  # fmt: skip


def post(url: str, body: bytes, headers: dict[str, str]) -> httpx.Response:
    return httpx.post(url, content=body, headers={"Content-Type": "application/json", **headers}, timeout=30)


def exercise(url: str) -> None:
    good = envelope("evt_frameworks_1")
    first = post(url, good, {"X-Retab-Signature": sign(good, SECRET)})
    assert first.status_code == 200, first.text
    assert first.json() == {"received": "evt_frameworks_1", "duplicate": False}
    retry = post(url, good, {"X-Retab-Signature": sign(good, SECRET, timestamp=int(time.time()) + 1)})
    assert retry.status_code == 200 and retry.json()["duplicate"] is True
    pdf = b"%PDF-1.4 tiny"
    seed = json.dumps({"document": {"filename": "a.pdf",
                                    "url": "data:application/pdf;base64," + base64.b64encode(pdf).decode()},
                       "data": {"total": 3}}).encode()  # fmt: skip
    legacy = post(url, seed, {"Retab-Signature": sign(seed, SECRET, scheme="hex")})
    assert legacy.status_code == 200 and legacy.json()["received"].startswith("sha256:")
    refusals = [
        ({}, 400),
        ({"X-Retab-Signature": "t=oops"}, 400),
        ({"X-Retab-Signature": sign(good, "whsec_wrong")}, 401),
        ({"X-Retab-Signature": sign(good, SECRET, timestamp=int(time.time()) - 3600)}, 401),
    ]
    for headers, status in refusals:
        refused = post(url, good, headers)
        assert refused.status_code == status, (headers, refused.text)
        assert SECRET not in refused.text
    bad = b"{not json"
    assert post(url, bad, {"X-Retab-Signature": sign(bad, SECRET)}).status_code == 400


class WsgiThread:
    """A WSGI app served on 127.0.0.1 in a thread (werkzeug's server)."""

    def __init__(self, app: Any) -> None:
        from werkzeug.serving import make_server

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.base_url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> WsgiThread:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.thread.join(timeout=5)


@pytest.fixture
def secret_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("RETAB_WEBHOOK_SECRET", SECRET)
    yield


@pytest.mark.usefixtures("secret_env")
def test_the_fastapi_example(tmp_path: Path) -> None:
    module = load("fastapi", tmp_path)
    with ServerThread(module.app) as server:
        exercise(server.base_url + "/webhooks/retab")


@pytest.mark.usefixtures("secret_env")
def test_the_flask_example(tmp_path: Path) -> None:
    module = load("flask", tmp_path)
    with WsgiThread(module.app) as server:
        exercise(server.base_url + "/webhooks/retab")


@pytest.mark.usefixtures("secret_env")
def test_the_django_example_behind_csrf_middleware(tmp_path: Path) -> None:
    import django
    from django.conf import settings

    urls = types.ModuleType("webhook_example_urls")
    sys.modules[urls.__name__] = urls
    if not settings.configured:
        settings.configure(
            DEBUG=False, SECRET_KEY="tests-only", ALLOWED_HOSTS=["127.0.0.1"], ROOT_URLCONF=urls.__name__,
            MIDDLEWARE=["django.middleware.common.CommonMiddleware", "django.middleware.csrf.CsrfViewMiddleware"],
            INSTALLED_APPS=[], APPEND_SLASH=False,
        )  # fmt: skip
        django.setup()
    from django.core.wsgi import get_wsgi_application
    from django.urls import clear_url_caches, path

    module = load("django", tmp_path)
    urls.urlpatterns = [path("webhooks/retab", module.retab_webhook)]  # type: ignore[attr-defined]
    clear_url_caches()
    settings.ROOT_URLCONF = urls.__name__
    with WsgiThread(get_wsgi_application()) as server:
        exercise(server.base_url + "/webhooks/retab")
        assert httpx.get(server.base_url + "/webhooks/retab", timeout=30).status_code == 405


def test_the_starlette_adapter_leaves_the_body_readable_and_its_repr_hides_the_secret(tmp_path: Path) -> None:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from retab_runs.webhooks.starlette import RetabWebhook, parse_request

    dependency = RetabWebhook(SECRET)
    assert SECRET not in repr(dependency)

    async def endpoint(request: Request) -> JSONResponse:
        event = await parse_request(request, [SECRET, "whsec_next"])
        return JSONResponse({"key": event.delivery_key, "bytes": len(await request.body())})

    good = envelope("evt_body")
    with ServerThread(Starlette(routes=[Route("/", endpoint, methods=["POST"])])) as server:
        answer = post(server.base_url + "/", good, {"X-Retab-Signature": sign(good, SECRET)})
    assert answer.json() == {"key": "evt_body", "bytes": len(good)}


def test_the_flask_adapter_takes_an_explicit_request() -> None:
    from flask import Flask

    from retab_runs.webhooks.flask import parse_request

    app = Flask("explicit")
    good = envelope("evt_flask")
    headers = {"X-Retab-Signature": sign(good, SECRET), "Content-Type": "application/json"}
    with app.test_request_context("/", method="POST", data=good, headers=headers) as context:
        assert parse_request(SECRET, request=context.request).delivery_key == "evt_flask"
        assert context.request.get_data() == good
