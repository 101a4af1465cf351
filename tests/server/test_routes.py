"""Every route of the embedded server over real HTTP: credentials, 404, 405, 422, and what each answers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from retab_runs.server import ROUTES, RunStore
from retab_runs.testing import RunningServer, in_process_transport, retab_server_running
from tests.server.test_lifecycle import PDF, document
from tests.server.test_server import KEY, ManualClock
from tests.specfacts import strict_problems

RUNS = "/v1/workflows/runs"
WORKFLOWS = "/v1/workflows"
EXPORT = {"workflow_id": "wf_demo_review", "node_id": "end-1"}
# (method, template, body) of every operation; {run_id} and {node_id} are filled per test
OPERATIONS: list[tuple[str, str, Any]] = [
    ("GET", RUNS, None),
    ("DELETE", RUNS + "?workflow_id=wf_none", None),
    ("GET", RUNS + "/export", None),
    ("GET", RUNS + "/counts", None),
    ("POST", RUNS + "/export_payload", EXPORT),
    ("POST", RUNS + "/export_file", EXPORT),
    ("POST", RUNS + "/export_scope", EXPORT),
    ("GET", RUNS + "/{run_id}", None),
    ("DELETE", RUNS + "/{run_id}", None),
    ("GET", RUNS + "/{run_id}/config", None),
    ("POST", RUNS + "/{run_id}/resume", {"node_id": "review-1", "approved": True}),
    ("POST", RUNS + "/{run_id}/cancel", None),
    ("GET", RUNS + "/{run_id}/execution-order", None),
    ("POST", RUNS + "/{run_id}/steps/batch", {"node_ids": ["extract-1"]}),
    ("GET", RUNS + "/{run_id}/steps/{node_id}", None),
    ("GET", RUNS + "/{run_id}/documents/{node_id}", None),
    ("POST", RUNS + "/{run_id}/rerun-webhook", None),
    ("POST", RUNS + "/{run_id}/steps/{node_id}/rerun-api-call", None),
    ("POST", RUNS + "/{run_id}/restart", None),
    ("POST", RUNS + "/{run_id}/steps/{node_id}/simulate", None),
    ("GET", RUNS + "/{run_id}/steps/{node_id}/simulations", None),
    ("POST", "/v1/workflows/wf_demo_review/run", {"documents": {"start-1": document()}}),
]
RUN_ROUTES = [o for o in OPERATIONS if "{run_id}" in o[1]]
ORG_ROUTES = [o for o in OPERATIONS if "{run_id}" not in o[1]]


def test_the_table_covers_every_route() -> None:
    served = {(route.method, route.template) for route in ROUTES if not route.public}
    listed = {(m, t.split("?")[0].replace("wf_demo_review", "{workflow_id}")) for m, t, _ in OPERATIONS}
    assert listed == served and len(served) == 22


@pytest.fixture(scope="module")
def clock() -> ManualClock:
    """One clock for the module's server: it only moves forward, and each test looks at runs of its own."""
    return ManualClock()


@pytest.fixture(scope="module")
def server(clock: ManualClock) -> Iterator[RunningServer]:
    with retab_server_running(RunStore(api_key=KEY, clock=clock)) as running:
        yield running


@pytest.fixture(scope="module")
def http(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        yield client


@pytest.fixture
def waiting(http: httpx.Client, clock: ManualClock) -> str:
    """A created run of wf_demo_review, waiting at its review."""
    run = http.post("/v1/workflows/wf_demo_review/run", headers={"Api-Key": KEY},
                    json={"documents": {"start-1": document()}}).json()  # fmt: skip
    clock.now += 3
    return str(run["id"])


def call(http: httpx.Client, method: str, template: str, body: Any, *, run_id: str = "", node_id: str = "extract-1",
         key: str | None = KEY, token: str | None = None) -> httpx.Response:  # fmt: skip
    path = template.replace("{run_id}", run_id).replace("{node_id}", node_id)
    headers = {"Api-Key": key} if key is not None else {}
    params = {"access_token": token} if token is not None else {}
    return http.request(method, path, json=body, headers=headers, params=params or None)


@pytest.mark.parametrize(("method", "template", "body"), OPERATIONS)
def test_every_route_needs_credentials(
    http: httpx.Client, server: RunningServer, waiting: str, method: str, template: str, body: Any
) -> None:
    route = (method, template.split("?")[0].replace("wf_demo_review", "{workflow_id}"))
    before = server.store.requests[route]
    for key in (None, "sk-wrong"):
        answer = call(http, method, template, body, run_id=waiting, key=key)
        assert answer.status_code == 401 and answer.json() == {"detail": "Invalid or missing API key"}
        assert answer.headers["x-request-id"].startswith("req_")
    assert server.store.requests[route] == before + 2  # what reached the server, refused or not


@pytest.mark.parametrize(("method", "template", "body"), RUN_ROUTES)
def test_a_run_token_opens_that_run_only(
    http: httpx.Client, server: RunningServer, waiting: str, method: str, template: str, body: Any
) -> None:
    other = server.store.access_token("run_abc123xyz")
    refused = call(http, method, template, body, run_id=waiting, key=None, token=other)
    assert refused.status_code == 401 and refused.json() == {"detail": "Invalid access token"}
    token = server.store.access_token(waiting)
    answer = call(http, method, template, body, run_id=waiting, key=None, token=token)
    assert answer.status_code in (200, 204), answer.text


@pytest.mark.parametrize(("method", "template", "body"), ORG_ROUTES)
def test_a_run_token_opens_no_route_outside_its_run(
    http: httpx.Client, server: RunningServer, waiting: str, method: str, template: str, body: Any
) -> None:
    answer = call(http, method, template, body, key=None, token=server.store.access_token(waiting))
    assert answer.status_code == 401


@pytest.mark.parametrize(("method", "template", "body"), RUN_ROUTES)
def test_every_run_route_is_404_for_an_unknown_run(http: httpx.Client, method: str, template: str, body: Any) -> None:
    answer = call(http, method, template, body, run_id="run_nope")
    assert answer.status_code == 404 and answer.json() == {"detail": "Workflow run not found"}


@pytest.mark.parametrize(("method", "template", "body"), OPERATIONS)
def test_every_route_answers_with_the_key(
    http: httpx.Client, waiting: str, method: str, template: str, body: Any
) -> None:
    answer = call(http, method, template, body, run_id=waiting)
    assert answer.status_code in (200, 204), answer.text
    assert answer.headers["x-request-id"].startswith("req_")
    if answer.status_code == 204:
        assert answer.content == b""
    else:
        assert answer.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    "template", [RUNS + "/{run_id}/steps/missing", RUNS + "/{run_id}/steps/missing/simulations",
                 RUNS + "/{run_id}/documents/missing"],
)  # fmt: skip
def test_unknown_nodes_are_404(http: httpx.Client, waiting: str, template: str) -> None:
    answer = call(http, "GET", template, None, run_id=waiting)
    assert answer.status_code == 404 and answer.json() == {"detail": "Step not found"}
    for post in ("/steps/missing/simulate", "/steps/missing/rerun-api-call"):
        assert call(http, "POST", RUNS + "/{run_id}" + post, None, run_id=waiting).status_code == 404


def test_a_wrong_method_is_405_and_an_unknown_path_404(http: httpx.Client) -> None:
    wrong = http.put(RUNS + "/run_abc123xyz", headers={"Api-Key": KEY})
    assert wrong.status_code == 405 and wrong.headers["allow"] == "DELETE, GET"
    assert wrong.json() == {"detail": "Method Not Allowed"}
    assert http.get("/v2/elsewhere", headers={"Api-Key": KEY}).json() == {"detail": "Not Found"}


@pytest.mark.parametrize(("method", "path", "allow"), [("DELETE", RUNS + "/counts", "GET"),
                                                        ("GET", RUNS + "/run_abc123xyz/steps/batch", "POST"),
                                                        ("OPTIONS", RUNS + "/export", "GET")])  # fmt: skip
def test_a_literal_path_is_its_own_resource(http: httpx.Client, method: str, path: str, allow: str) -> None:
    # /runs/counts is not the run "counts": the methods allowed are the literal path's, as the spec lists them
    answer = http.request(method, path, headers={"Api-Key": KEY})
    assert answer.status_code == 405 and answer.headers["allow"] == allow


def test_run_ids_are_one_path_segment(http: httpx.Client, server: RunningServer) -> None:
    server.store.add_record({**server.store.get("run_abc123xyz"), "id": "run/with/slashes"})  # type: ignore[dict-item]
    assert http.get(RUNS + "/run%2Fwith%2Fslashes", headers={"Api-Key": KEY}).json()["id"] == "run/with/slashes"
    order = http.get(RUNS + "/run%2Fwith%2Fslashes/execution-order", headers={"Api-Key": KEY}).json()
    assert order["run_id"] == "run/with/slashes"


# -- 422 -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({"documents": {"start-1": {"filename": "a.pdf", "mime_type": "application/pdf", "content": "not base64!"}}},
         [("base64_decode", ["body", "documents", "start-1", "content"])]),
        ({"documents": {"start-1": {"filename": "a.pdf", "content": "QQ=="}}},
         [("missing", ["body", "documents", "start-1", "mime_type"])]),
        ({"documents": ["a.pdf"]}, [("dict_type", ["body", "documents"])]),
        ({"json_inputs": {"start-1": [1]}, "text_inputs": {"t": 3}},
         [("dict_type", ["body", "json_inputs", "start-1"]), ("string_type", ["body", "text_inputs", "t"])]),
        ([], [("model_attributes_type", ["body"])]),
    ],
)  # fmt: skip
def test_create_refuses_what_is_not_a_run_request(
    http: httpx.Client, server: RunningServer, body: Any, errors: list[tuple[str, list[Any]]]
) -> None:
    before = len(server.store.live)
    answer = http.post("/v1/workflows/wf_demo_review/run", json=body, headers={"Api-Key": KEY})
    assert answer.status_code == 422
    detail = answer.json()["detail"]
    assert [(item["type"], item["loc"]) for item in detail] == errors
    assert all(isinstance(item["msg"], str) for item in detail)
    assert len(server.store.live) == before  # nothing was created


# Nested far deeper than the parser goes (a thousand levels), yet under the bound on values (413 past it).
@pytest.mark.parametrize(
    ("raw", "kind"), [(b"", "missing"), (b"{nope", "json_invalid"), (b"[" * 50_000, "json_invalid")]
)
def test_a_body_that_is_missing_or_not_json_is_422(http: httpx.Client, raw: bytes, kind: str) -> None:
    answer = http.post("/v1/workflows/wf_demo_review/run", content=raw, headers={"Api-Key": KEY})
    assert answer.status_code == 422 and answer.json()["detail"][0]["type"] == kind


def test_resume_body_is_checked(http: httpx.Client, waiting: str) -> None:
    answer = http.post(f"{RUNS}/{waiting}/resume", json={"node_id": "review-1", "approved": "yes",
                                                          "modified_data": [1]}, headers={"Api-Key": KEY})  # fmt: skip
    assert [(i["type"], i["loc"]) for i in answer.json()["detail"]] == [
        ("bool_type", ["body", "approved"]), ("dict_type", ["body", "modified_data"]),
    ]  # fmt: skip


def test_cancel_and_restart_take_no_body_or_a_command(http: httpx.Client, waiting: str) -> None:
    bad = http.post(f"{RUNS}/{waiting}/cancel", json={"command_id": 5}, headers={"Api-Key": KEY})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "command_id"]
    assert http.post(f"{RUNS}/{waiting}/restart", content=b"null", headers={"Api-Key": KEY}).status_code == 200


@pytest.mark.parametrize("day", ["AAA", "2026-13-01", "2026-W01-1", "20260101", "2026-01-01T00:00:00Z"])
def test_export_dates_are_days(http: httpx.Client, day: str) -> None:
    for field in ("from_date", "to_date"):
        answer = http.post(f"{RUNS}/export_scope", json={**EXPORT, field: day}, headers={"Api-Key": KEY})
        assert answer.status_code == 422 and answer.json()["detail"][0]["loc"] == ["body", field]
        listed = http.get(RUNS, params={field: day}, headers={"Api-Key": KEY})
        assert listed.status_code == 422 and listed.json()["detail"][0]["loc"] == ["query", field]


def test_a_body_too_large_is_413(http: httpx.Client) -> None:
    from retab_runs.server._app import MAX_BODY_BYTES

    answer = http.post("/v1/workflows/wf/run", content=b" " * (MAX_BODY_BYTES + 1), headers={"Api-Key": KEY})
    assert answer.status_code == 413


# -- what the read-only routes answer --------------------------------------------------------------


def get(http: httpx.Client, path: str, **params: Any) -> Any:
    answer = http.get(path, params=params, headers={"Api-Key": KEY})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_steps_of_a_created_run(http: httpx.Client, waiting: str) -> None:
    extract = get(http, f"{RUNS}/{waiting}/steps/extract-1")
    assert extract["node_type"] == "extract" and extract["status"] == "completed"
    assert extract["output"]["data"]["invoice_number"] == "INV-2026-0042"
    assert extract["handle_inputs"] == {
        "start-1": {"document": get(http, f"{RUNS}/{waiting}")["input_documents"]["start-1"]}
    }
    review = get(http, f"{RUNS}/{waiting}/steps/review-1")
    assert review["status"] == "waiting_for_human" and review["output"] is None
    batch = http.post(f"{RUNS}/{waiting}/steps/batch", json={"node_ids": ["start-1", "extract-1", "end-1", "nope"]},
                      headers={"Api-Key": KEY}).json()  # fmt: skip
    assert sorted(batch["outputs"]) == ["extract-1", "start-1"]  # steps not run yet are left out
    assert batch["outputs"]["extract-1"] == extract


def test_steps_of_a_built_in_run(http: httpx.Client) -> None:
    end = get(http, f"{RUNS}/run_abc123xyz/steps/end-node-1")
    assert end["output"]["json_data"]["invoice_number"] == "INV-2024-001"
    order = get(http, f"{RUNS}/run_7Hq2mZk9/execution-order")
    run = get(http, f"{RUNS}/run_7Hq2mZk9")
    assert order["ordered_step_ids"] == [s["step_id"] for s in run["steps"] if s["status"] != "skipped"]


def test_config_of_created_and_built_in_runs(http: httpx.Client, waiting: str) -> None:
    config = get(http, f"{RUNS}/{waiting}/config")
    assert [(n["id"], n["type"]) for n in config["nodes"]] == [
        ("start-1", "start"), ("extract-1", "extract"), ("review-1", "hil"), ("end-1", "end"),
    ]  # fmt: skip
    assert [(e["source"], e["target"]) for e in config["edges"]] == [
        ("start-1", "extract-1"), ("extract-1", "review-1"), ("review-1", "end-1"),
    ]  # fmt: skip
    assert strict_problems(get(http, f"{RUNS}/{waiting}")) == set()
    built_in = get(http, f"{RUNS}/run_abc123xyz/config")
    run = get(http, f"{RUNS}/run_abc123xyz")
    assert {n["id"] for n in built_in["nodes"]} == {s["node_id"] for s in run["steps"]}


def test_start_nodes_follow_the_request(http: httpx.Client, clock: ManualClock) -> None:
    run = http.post("/v1/workflows/wf_x/run", headers={"Api-Key": KEY}, json={
        "documents": {"invoice": document()}, "json_inputs": {"meta": {"po": "42"}}, "text_inputs": {"note": "hi"},
    }).json()  # fmt: skip
    clock.now += 5
    config = get(http, f"{RUNS}/{run['id']}/config")
    assert [(n["id"], n["type"]) for n in config["nodes"][:3]] == [
        ("invoice", "start"), ("meta", "start_json"), ("note", "start_text"),
    ]  # fmt: skip
    assert get(http, f"{RUNS}/{run['id']}/steps/meta")["output"] == {"data": {"po": "42"}}
    assert get(http, f"{RUNS}/{run['id']}/steps/note")["output"] == {"text": "hi"}


def test_document_urls_point_back_at_the_server(http: httpx.Client, server: RunningServer, waiting: str) -> None:
    for node, doc_type in (("start-1", "input"), ("start-1", "output"), ("extract-1", "input"), ("review-1", "output")):
        signed = get(http, f"{RUNS}/{waiting}/documents/{node}", doc_type=doc_type)
        assert signed["filename"] == "invoice.pdf" and signed["mime_type"] == "application/pdf"
        assert signed["signed_url"].startswith(server.base_url + "/_files/")
        file = httpx.get(signed["signed_url"])  # no key: the URL is the credential
        assert file.status_code == 200 and file.content == PDF
        assert file.headers["content-type"] == "application/pdf"
    assert httpx.get(server.base_url + "/_files/forged").status_code == 404
    assert http.delete(f"{RUNS}/{waiting}", headers={"Api-Key": KEY}).status_code == 204
    assert httpx.get(signed["signed_url"]).status_code == 404  # gone with its run


def test_document_urls_expire_and_open_only_their_own_run() -> None:
    from retab_runs.server._store import SIGNED_URL_SECONDS

    clock = ManualClock()
    with retab_server_running(RunStore(api_key=KEY, clock=clock)) as running, \
            httpx.Client(base_url=running.base_url, headers={"Api-Key": KEY}, timeout=10) as http:  # fmt: skip
        one, two = (
            http.post(
                f"{WORKFLOWS}/wf_demo_review/run", json={"documents": {"start-1": document(filename=name)}}
            ).json()["id"]
            for name in ("one.pdf", "two.pdf")
        )
        urls = [get(http, f"{RUNS}/{run}/documents/start-1", doc_type="input")["signed_url"] for run in (one, two)]
        assert urls[0] != urls[1]
        assert [httpx.get(url).headers["content-disposition"][-7:] for url in urls] == ["one.pdf", "two.pdf"]
        clock.now += SIGNED_URL_SECONDS - 1
        assert httpx.get(urls[0]).status_code == 200
        clock.now += 1
        assert [httpx.get(url).status_code for url in urls] == [404, 404]  # expired
        fresh = get(http, f"{RUNS}/{one}/documents/start-1", doc_type="input")["signed_url"]
        assert httpx.get(fresh).status_code == 200  # asking again gives a link that works
        assert len(running.store._signed) == 1  # the expired link of the other run is forgotten


def test_document_of_a_run_without_content_is_404(http: httpx.Client) -> None:
    answer = http.get(f"{RUNS}/run_abc123xyz/documents/start-node-1", headers={"Api-Key": KEY})
    assert answer.status_code == 404 and answer.json() == {"detail": "Document not found"}


def test_simulations_are_kept_newest_first(http: httpx.Client, waiting: str) -> None:
    made = [http.post(f"{RUNS}/{waiting}/steps/extract-1/simulate", params={"n_consensus": n},
                      headers={"Api-Key": KEY}).json() for n in (1, 2, 3)]  # fmt: skip
    assert all(s["success"] and s["run_id"] == waiting and s["node_type"] == "extract" for s in made)
    assert made[2]["block_config"] == {"n_consensus": 3}
    listed = get(http, f"{RUNS}/{waiting}/steps/extract-1/simulations", limit=2)
    assert [s["id"] for s in listed] == [made[2]["id"], made[1]["id"]]
    assert get(http, f"{RUNS}/{waiting}/steps/start-1/simulations") == []


def test_reruns_answer_that_nothing_was_sent(http: httpx.Client, waiting: str) -> None:
    webhook = http.post(f"{RUNS}/{waiting}/rerun-webhook", headers={"Api-Key": KEY}).json()
    assert webhook["webhook_sent"] is False and "No webhook" in webhook["webhook_error"]
    api_call = http.post(f"{RUNS}/{waiting}/steps/extract-1/rerun-api-call", headers={"Api-Key": KEY}).json()
    assert api_call["status_code"] is None and "no outbound" in api_call["error"]


def test_exports(http: httpx.Client, clock: ManualClock) -> None:
    headers = {"Api-Key": KEY}
    made = [http.post("/v1/workflows/wf_export/run", headers=headers, json={}).json()["id"] for _ in range(2)]
    clock.now += 5
    http.post("/v1/workflows/wf_export/run", headers=headers, json={})  # still running: not exported
    body = {"workflow_id": "wf_export", "node_id": "end-1", "preferred_columns": ["vendor_name"]}
    payload = http.post(f"{RUNS}/export_payload", json={**body, "delimiter": ",", "line_delimiter": "\r\n"},
                        headers=headers).json()  # fmt: skip
    lines = payload["csv_data"].split("\r\n")
    assert lines[0] == "run_id,created_at,vendor_name,invoice_number,total_amount"
    assert payload["rows"] == 2 and payload["columns"] == 5 and len(lines) == 4
    assert {line.split(",")[0] for line in lines[1:3]} == set(made)
    scope = http.post(f"{RUNS}/export_scope", json=body, headers=headers).json()
    assert scope == {"run_count": 2, "rows_count": 2, "columns_count": 3,
                     "column_names": ["vendor_name", "invoice_number", "total_amount"]}  # fmt: skip
    one = http.post(f"{RUNS}/export_scope", json={**body, "selected_run_ids": made[:1]}, headers=headers).json()
    assert one["run_count"] == 1
    assert http.post(f"{RUNS}/export_scope", json={**body, "status": "error"}, headers=headers).json()["run_count"] == 0
    file = http.post(f"{RUNS}/export_file", json={**body, "format": "json"}, headers=headers).json()
    assert file["filename"] == "wf_export-end-1.json" and len(file["rows"]) == 2
    assert file["rows"][0]["vendor_name"] == "Acme Corp"
    listing = get(http, f"{RUNS}/export", workflow_id="wf_export", statuses="completed")
    assert sorted(row["id"] for row in listing) == sorted(made)
    bad = http.post(f"{RUNS}/export_file", json={"workflow_id": "wf_export", "format": "pdf"}, headers=headers)
    assert [i["loc"] for i in bad.json()["detail"]] == [["body", "node_id"], ["body", "format"]]


def test_csv_cells_are_quoted_when_they_hold_a_separator() -> None:
    from retab_runs.server._operations import _csv

    assert _csv([["a;b", 'say "hi"', None, {"k": 1}]], ";", "\n", '"') == '"a;b";"say ""hi""";;"{""k"": 1}"\n'


def test_in_process_transport_serves_every_route() -> None:
    store = RunStore(api_key=KEY, clock=ManualClock())
    with httpx.Client(transport=in_process_transport(store), base_url="http://in-process") as http:
        created = http.post("/v1/workflows/wf_demo_review/run", headers={"Api-Key": KEY},
                            json={"documents": {"start-1": document(b"abc")}}).json()  # fmt: skip
        listed = http.get(RUNS, headers={"Api-Key": KEY}, params={"search": created["id"]}).json()
        assert [run["id"] for run in listed["data"]] == [created["id"]]
        signed = http.get(f"{RUNS}/{created['id']}/documents/start-1", headers={"Api-Key": KEY}).json()
        assert signed["signed_url"].startswith("http://in-process/_files/")
        assert http.get(signed["signed_url"]).content == b"abc"
        assert http.delete(f"{RUNS}/{created['id']}", headers={"Api-Key": KEY}).status_code == 204


@pytest.mark.parametrize("number", [b"NaN", b"Infinity", b"-Infinity", b"1e999", b"-1e400"])
def test_numbers_json_cannot_carry_are_refused_so_no_answer_is_invalid_json(http: httpx.Client, number: bytes) -> None:
    body = b'{"json_inputs": {"start-json": {"x": ' + number + b"}}}"
    answer = http.post(f"{WORKFLOWS}/wf_demo_review/run", content=body,
                       headers={"Api-Key": KEY, "content-type": "application/json"})  # fmt: skip
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"][0]["type"] == "json_invalid"
    assert http.post(f"{WORKFLOWS}/wf_demo_review/run", content=body.replace(number, b"1e300"),
                     headers={"Api-Key": KEY, "content-type": "application/json"}).status_code == 200  # fmt: skip


def test_runs_created_without_end_take_bounded_memory() -> None:
    store = RunStore(api_key=KEY, max_tracked_runs=5, max_document_bytes=2500)
    with retab_server_running(store) as running, \
            httpx.Client(base_url=running.base_url, headers={"Api-Key": KEY}, timeout=10) as http:  # fmt: skip
        created = [http.post(f"{WORKFLOWS}/wf_x/run", json={}).json()["id"] for _ in range(8)]
        assert len(store.live) == 5
        assert [http.get(f"{RUNS}/{run}").status_code for run in created] == [404] * 3 + [200] * 5
        with_documents = [
            http.post(f"{WORKFLOWS}/wf_x/run", json={"documents": {"start-1": document(b"x" * 1000)}}).json()["id"]
            for _ in range(3)
        ]
        assert [http.get(f"{RUNS}/{run}").status_code for run in with_documents] == [404, 200, 200]
        assert sum(len(d.content) for live in store.live.values() for d in live.documents.values()) == 2000
        http.delete(f"{RUNS}/{with_documents[-1]}")
        assert len(store.live) <= 5
