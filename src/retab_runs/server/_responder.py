"""What the server answers to ``GET /v1/workflows/runs/{run_id}``, without any HTTP framework.

``respond`` is the route table's answer to that one request (``_routes.dispatch`` answers
every route); it is kept for callers that only read runs.
"""

from __future__ import annotations

from urllib.parse import quote

from ._reply import Reply
from ._requests import Incoming
from ._routes import dispatch
from ._store import RunStore

__all__ = ["Reply", "respond"]


def respond(store: RunStore, run_id: str, access_token: str | None, api_key: str | None) -> Reply:
    """The reply for one read of a run: 401, 404, an injected fault, or the run.

    Like the vendor's API, it puts no length limit on ``run_id`` or ``access_token``: an id no
    run has is a 404, a token that opens nothing is a 401.
    """
    query = [("access_token", access_token)] if access_token is not None else []
    headers = {"api-key": api_key} if api_key is not None else {}
    return dispatch(store, Incoming("GET", "/v1/workflows/runs/" + quote(run_id, safe=""), query, headers))
