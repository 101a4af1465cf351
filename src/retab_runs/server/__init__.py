"""An embedded Retab workflow-runs API, for demos and for tests.

    from retab_runs.server import RunStore, ServerThread, create_app

    with ServerThread(create_app(RunStore(api_key="sk-test"))) as server:
        ...  # server.base_url is http://127.0.0.1:<free port>

It serves every operation of openapi.yaml through one route table (``ROUTES``,
``dispatch``): ``Api-Key`` or a per-run ``access_token``, 401/404/405/409 with JSON bodies,
422 in the vendor's HTTPValidationError shape, an ``x-request-id`` on every response, and
``RunStore.requests`` counting what reached it per (method, route template). Built-in runs:
``run_abc123xyz`` (the API reference's example), ``run_7Hq2mZk9`` (every nested object), and
live scenarios that advance from their first read: ``run_demo_progress``,
``run_demo_error``, ``run_demo_cancelled``, ``run_demo_loop``; ``<scenario>~<anything>`` is a
fresh instance of one.

Runs created with ``POST /v1/workflows/{workflow_id}/run`` advance with time too.
``wf_demo_review`` (start -> extract -> human review -> end) waits at ``review-1`` until a
resume: approval completes the run with ``final_outputs`` (``modified_data`` replacing the
review's output), rejection ends it in ``error`` at the review node (``error_details``
naming it, ``REJECTED_AT_REVIEW``, "rejected at review"). Resuming a run that does not wait
at that node is 409. Other workflow ids run start -> extract -> end and complete. Cancel,
restart, resume honour ``command_id`` (a repeat acts once). Faults (latency, 429, 5xx,
dropped connections, malformed bodies) are off unless a ``Faults`` is given, for the server,
per run or per route.

``create_app(TodayRunStore(api_key=...))`` serves today's API (2026-08-16) instead: its 8
operations with a Bearer key (see ``_today_routes`` and ``_today_store``).

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
from ._connections import make_server
from ._live import LiveRun
from ._reply import Reply
from ._requests import Incoming
from ._responder import respond
from ._routes import ROUTES, Route, dispatch
from ._scenarios import SCENARIOS, Scenario
from ._store import Faults, FixtureError, RunStore
from ._today_routes import TODAY_ROUTES, dispatch_today
from ._today_store import TodayRunStore
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
    "TODAY_ROUTES",
    "TodayRunStore",
    "create_app",
    "dispatch",
    "dispatch_today",
    "make_server",
    "respond",
]
