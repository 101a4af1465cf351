"""An embedded Retab workflow-runs API, for demos and for tests.

    from retab_runs.server import RunStore, ServerThread, create_app

    with ServerThread(create_app(RunStore(api_key="sk-test"))) as server:
        ...  # server.base_url is http://127.0.0.1:<free port>

It serves ``GET /v1/workflows/runs/{run_id}`` as openapi.yaml describes it:
``Api-Key`` or a per-run ``access_token``, 401/404 with JSON bodies, an
``x-request-id`` on every response. Built-in runs: ``run_abc123xyz`` (the API
reference's example), ``run_7Hq2mZk9`` (every nested object), and live scenarios
that advance from their first read: ``run_demo_progress``, ``run_demo_error``,
``run_demo_cancelled``, ``run_demo_loop``; ``<scenario>~<anything>`` is a fresh
instance of one. Faults (latency, 429, 5xx, dropped connections, malformed
bodies) are off unless a ``Faults`` is given, for the server or per run.

Needs the ``server`` extra (starlette, uvicorn).
"""

try:
    from ._app import ServerThread, create_app
except ModuleNotFoundError as exc:
    if exc.name not in ("starlette", "uvicorn"):
        raise
    raise ModuleNotFoundError(
        "retab_runs.server and retab_runs.testing need the server extra (starlette, uvicorn): "
        f"pip install 'retab-runs[server]' ({exc.name} is missing)",
        name=exc.name,
    ) from None
from ._live import LiveRun
from ._reply import Reply
from ._requests import Incoming
from ._responder import respond
from ._routes import ROUTES, Route, dispatch
from ._scenarios import SCENARIOS, Scenario
from ._store import Faults, FixtureError, RunStore
from ._workflows import DEMO_REVIEW

__all__ = [
    "DEMO_REVIEW",
    "ROUTES",
    "SCENARIOS",
    "Faults",
    "FixtureError",
    "Incoming",
    "LiveRun",
    "Reply",
    "Route",
    "RunStore",
    "Scenario",
    "ServerThread",
    "create_app",
    "dispatch",
    "respond",
]
