"""``retab-runs list`` on oddly formatted pages: JSON Lines byte for byte, ``--limit`` a page, ``--all`` every page."""

from __future__ import annotations

import json
import os
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retab_runs.cli._listing import item_texts, json_line
from tests.cli.test_cli import KEY, SCRIPT
from tests.payloads import seed_run

PAGE = 2


def runs() -> list[dict[str, Any]]:
    made = []
    for number in range(1, 6):
        run = seed_run()
        run.update(id=f"run_{number}", workflow_name=f"Fac\u0074ures n° {number} · 東京")
        made.append(run)
    return made


def page_body(number: int) -> bytes:
    """Page ``number`` (0-based) of the runs: the first compact, the others indented, with a \\u escape."""
    items = runs()[number * PAGE : (number + 1) * PAGE]
    more = (number + 1) * PAGE < len(runs())
    body = {"data": items, "list_metadata": {"before": None, "after": items[-1]["id"] if more else None}}
    if number == 0:
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    text = json.dumps(body, ensure_ascii=False, indent=3)
    return text.replace("Factures", "Fac\\u0074ures").encode()


def expected_lines() -> list[str]:
    """Each run's text as its page has it, line breaks between tokens dropped: written here without the parser."""
    lines = []
    for index, run in enumerate(runs()):
        if index < PAGE:
            lines.append(json.dumps(run, ensure_ascii=False, separators=(",", ":")))
        else:
            text = json.dumps(run, ensure_ascii=False, separators=(",", ": "))
            lines.append(text.replace("Factures", "Fac\\u0074ures"))
    return lines


class Pages(BaseHTTPRequestHandler):
    requests: ClassVar[list[dict[str, list[str]]]] = []

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        Pages.requests.append(query)
        after = query.get("after", [None])[0]
        number = 0 if after is None else [run["id"] for run in runs()].index(after) // PAGE + 1
        body = page_body(number)
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def pages() -> Iterator[str]:
    Pages.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def list_runs(base_url: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RETAB_")}
    env.update(RETAB_API_KEY=KEY, RETAB_API_BASE_URL=base_url)
    return subprocess.run([str(SCRIPT), "list", *args], capture_output=True, env=env, timeout=60)


def test_json_lines_are_each_run_as_sent_across_pages(pages: str) -> None:
    result = list_runs(pages, "--json", "--all")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines() == expected_lines()
    assert result.stdout.endswith(b"\n") and len(Pages.requests) == 3
    assert [query.get("after") for query in Pages.requests] == [None, ["run_2"], ["run_4"]]


def test_every_run_shown_says_nothing_more(pages: str) -> None:
    result = list_runs(pages, "--all")
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    assert len(result.stdout.decode().splitlines()) == 6
    assert [query["limit"] for query in Pages.requests] == [["100"]] * 3  # --all: the largest pages


def test_limit_is_the_page_size_and_prints_one_page(pages: str) -> None:
    """One meaning with runs.list(limit=N) and the API: the size of the page asked for; one page is printed."""
    result = list_runs(pages, "--json", "--limit", "3")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines() == expected_lines()[:PAGE]  # what the server put on that page
    assert len(Pages.requests) == 1 and Pages.requests[0]["limit"] == ["3"]


def test_all_with_limit_and_a_page_too_large_are_usage_errors(pages: str) -> None:
    both = list_runs(pages, "--all", "--limit", "3")
    assert both.returncode == 2 and b"--all" in both.stderr and b"--limit" in both.stderr, both.stderr
    large = list_runs(pages, "--limit", "101")
    assert large.returncode == 2 and b"--limit" in large.stderr and b"1 to 100" in large.stderr, large.stderr
    assert Pages.requests == []


def test_the_table_has_a_row_per_run(pages: str) -> None:
    result = list_runs(pages, "--limit", "4")
    assert result.returncode == 0, result.stderr
    assert result.stderr == b"retab-runs: 2 runs shown; more match (--after run_2, or --all)\n"
    assert len(Pages.requests) == 1  # the note comes from the page's cursor: no page is read to know it
    lines = result.stdout.decode().splitlines()
    assert lines[0].split() == ["ID", "STATUS", "WORKFLOW", "CREATED", "DURATION", "COST"]
    assert [line.split()[:3] for line in lines[1:]] == [[f"run_{n}", "completed", "wf_abc123xyz"] for n in (1, 2)]
    assert all("2024-01-15 10:" in line and "15.0s" in line for line in lines[1:])


def test_filters_reach_the_server_as_query_parameters(pages: str) -> None:
    result = list_runs(pages, "--json", "--limit", "1", "--workflow-id", "wf_1", "--statuses", "error,cancelled",
                       "--from-date", "2024-01-01", "--min-cost", "0.5", "--max-duration", "9000",
                       "--order", "asc", "--search", "abc")  # fmt: skip
    assert result.returncode == 0, result.stderr
    query = Pages.requests[0]
    assert {key: query[key] for key in ("workflow_id", "statuses", "from_date", "order", "search", "max_duration")} == {
        "workflow_id": ["wf_1"], "statuses": ["error,cancelled"], "from_date": ["2024-01-01"], "order": ["asc"],
        "search": ["abc"], "max_duration": ["9000"],
    }  # fmt: skip
    assert float(query["min_cost"][0]) == 0.5


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)


@given(st.lists(JSON_VALUES, max_size=5), st.sampled_from([None, 0, 2, "\t"]), st.booleans())
def test_item_texts_are_the_elements_as_written(items: list[Any], indent: int | str | None, ascii_only: bool) -> None:
    body = json.dumps(
        {"before": [1, {"data": []}], "data": items, "after": "x"}, indent=indent, ensure_ascii=ascii_only
    )
    texts = item_texts(body)
    assert [json.loads(text) for text in texts] == items
    assert all(text in body for text in texts)
    assert [json.loads(json_line(text)) for text in texts] == items
    assert all("\n" not in json_line(text) for text in texts)


@pytest.mark.parametrize(
    "body", ['{"data": {}}', "[]", '{"data": [1,]}', '{"data": [1],}', '{"other": []}', '{"data": [1] "x": 2}', ""]
)
def test_item_texts_refuse_what_is_not_a_page(body: str) -> None:
    with pytest.raises(ValueError):
        item_texts(body)


@pytest.mark.parametrize("tail", ["x", "}", ', "data": []', "\x00", "{}"])
def test_item_texts_refuse_a_page_with_anything_after_it(tail: str) -> None:
    # The server's answer is one JSON object: text after it is a broken answer, not a page.
    with pytest.raises(ValueError):
        item_texts('{"data": [{"id": "run_1"}]} ' + tail)
