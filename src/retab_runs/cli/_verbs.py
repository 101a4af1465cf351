"""The commands that call the API, as one table: each verb names its arguments, handler, and whether it follows a run.

Every verb gets the same connection flags (``--base-url``, ``--api-key``, ``--access-token``,
``--request-timeout``, ``--max-retries``) and ``--json``; a verb that can follow a run gets
``watch``'s flags too (always for ``watch``, with ``--wait`` for the verbs that start or
resume one). Human output goes through ``printable``; ``--json`` prints what the API sent.
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import math
import re
import shlex
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal, TextIO

from .._api_version import TODAY_API_VERSION
from ._api_version import add_api_version, api_version_of
from ._arguments import connection_options, make_client, watch_options, whole
from ._failures import EPILOG, EXIT, EXIT_FOR_STATUS, CommandFailed, UsageError
from ._inputs import document_arg, json_input_arg, json_object_text, run_inputs, text_input_arg
from ._terminal import printable

# Building the parser (and so --help) imports neither the client nor the models: each handler
# imports what it calls.
if TYPE_CHECKING:
    from .. import Retab

    Handler = Callable[[Retab, argparse.Namespace, TextIO], int]

__all__ = ["VERBS", "Verb", "add_verbs"]

Follows = Literal["never", "always", "on --wait"]
DISPLAY: dict[str, bool | None] = {"auto": None, "live": True, "plain": False}
PAGE_LIMIT = 100
DEFAULT_PAGE = 20  # the API's default limit
"""The most runs the API returns per page."""


@dataclass(frozen=True)
class Verb:
    """A command that calls the API: its name, help, own arguments and handler."""

    name: str
    help: str
    handler: Handler
    arguments: Callable[[argparse.ArgumentParser], None]
    json_help: str = "print the JSON the API answered, as sent"
    follows: Follows = "never"


# -- argument types ---------------------------------------------------------------------------


def _values(known: Callable[[], list[str]], what: str, *, several: bool) -> Callable[[str], str]:
    """A type that takes one of ``known()`` (or, with ``several``, a comma-separated list of them)."""

    def check(text: str) -> str:
        values = known()
        items = text.split(",") if several else [text]
        wrong = [item for item in items if item not in values]
        if wrong:
            raise argparse.ArgumentTypeError(f"{wrong[0]!r} is not {what} (one of {', '.join(values)})")
        return text

    return check


TODAY_ONLY_STATUSES = ["queued", "failed", "awaiting_review"]
"""Statuses ``--api-version 2026-08-16`` filters on that the seed's API does not know."""


@cache
def statuses() -> list[str]:
    """The statuses ``list`` filters on: the seed contract's, then today's own (the enum loads on first use)."""
    from retab_runs_client.models import RunStatusFilter

    return [status.value for status in RunStatusFilter] + TODAY_ONLY_STATUSES


@cache
def trigger_types() -> list[str]:
    """The trigger types ``list`` filters on (the enum loads on first use)."""
    from retab_runs_client.models import TriggerType

    return [trigger.value for trigger in TriggerType]


def day(text: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise argparse.ArgumentTypeError(f"{text!r}: should be a date, YYYY-MM-DD")
    try:
        datetime.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r}: {exc}") from None
    return text


def amount(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: should be 0 or more")
    return value


def page_size(text: str) -> int:
    """``--limit``: a page size, 1 to 100, the API's ``limit`` (and ``runs.list``'s)."""
    value = whole(text)
    if not 1 <= value <= PAGE_LIMIT:
        raise argparse.ArgumentTypeError(f"{text!r}: a page holds 1 to {PAGE_LIMIT} runs (--all walks every page)")
    return value


def count(text: str) -> int:
    value = whole(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: should be 1 or more")
    return value


def json_object(text: str) -> dict[str, Any]:
    return json_object_text(text)


def identifier(text: str) -> str:
    """A run, node or workflow id: a blank one is a usage error naming the argument."""
    if not text.strip():
        raise argparse.ArgumentTypeError("should not be blank")
    return text


# -- what the verbs share ---------------------------------------------------------------------


def _write_body(out: TextIO, text: str) -> None:
    out.write(text.rstrip("\n") + "\n")  # the body exactly as served, one final newline


def _quoted(*words: str) -> str:
    return " ".join(shlex.quote(word) for word in words)


def _say(out: TextIO, text: str) -> None:
    print(printable(text), file=out)


def follow(client: Retab, args: argparse.Namespace, run_id: str, out: TextIO) -> int:
    """Follow the run as ``watch`` does; the exit code of its status when the watch ended.

    With ``--json`` nothing is shown meanwhile; the run's JSON, as the API sent it, comes at the end.
    """
    from ._watch import watch

    quiet = bool(getattr(args, "json", False))
    run = watch(
        client, run_id, interval=args.interval, timeout=args.timeout, access_token=args.access_token,
        out=io.StringIO() if quiet else out, live=False if quiet else DISPLAY[args.display],
        give_up_after=args.unreachable_timeout, stop_at_review=not args.through_review,
    )  # fmt: skip
    if quiet:
        response = client.workflows.runs.get_with_response(run_id, access_token=args.access_token)
        _write_body(out, response.http_response.text)
        run = response.data
    return EXIT_FOR_STATUS.get(run.status.value, EXIT["failed"])


def _then(client: Retab, args: argparse.Namespace, out: TextIO, text: str, body: str, run_id: str | None) -> int:
    """Say what was done (``--json``: print the API's answer); with ``--wait``, follow the run from there."""
    if args.wait and run_id:
        if not args.json:
            _say(out, text)
        return follow(client, args, run_id, out)
    if args.json:
        _write_body(out, body)
    else:
        _say(out, text)
        if run_id:
            _say(out, f"  follow it: retab-runs watch {_quoted(run_id)}")
    return EXIT["ok"]


# -- the verbs --------------------------------------------------------------------------------


def get_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("run_id", metavar="RUN_ID", type=identifier)


def cmd_get(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    from ._summary import run_summary

    response = client.workflows.runs.get_with_response(args.run_id, access_token=args.access_token)
    if args.json:
        _write_body(out, response.http_response.text)
    else:
        print(run_summary(response.data), file=out)
    return EXIT["ok"]


def cmd_watch(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    return follow(client, args, args.run_id, out)


def text(value: str) -> str:
    return value


LIST_FILTERS: list[tuple[str, Callable[[str], Any], str]] = [
    ("workflow_id", text, "runs of this workflow"),
    ("status", _values(statuses, "a run status", several=False), "runs with this status"),
    ("statuses", _values(statuses, "a run status", several=True), "runs with any of these statuses (a,b,...)"),
    ("exclude_status", _values(statuses, "a run status", several=False), "runs without this status"),
    ("trigger_type", _values(trigger_types, "a trigger type", several=False), "runs started this way"),
    ("trigger_types", _values(trigger_types, "a trigger type", several=True), "runs started any of these ways"),
    ("from_date", day, "runs created on or after this day (YYYY-MM-DD)"),
    ("to_date", day, "runs created on or before this day (YYYY-MM-DD)"),
    ("min_cost", amount, "runs that cost at least this much"),
    ("max_cost", amount, "runs that cost at most this much"),
    ("min_duration", whole, "runs that took at least this many milliseconds"),
    ("max_duration", whole, "runs that took at most this many milliseconds"),
    (
        "search",
        text,
        "runs whose id contains this text (the API's rule; the embedded server also matches "
        "the workflow name, either case-insensitively)",
    ),
    ("before", text, "runs that come before this run id, in this order"),
    ("after", text, "runs that come after this run id, in this order"),
]
"""The query filters of ``list``, each a flag (``workflow_id`` is ``--workflow-id``)."""


def list_arguments(parser: argparse.ArgumentParser) -> None:
    for name, kind, text in LIST_FILTERS:
        metavar = name.upper().removeprefix("MIN_").removeprefix("MAX_").removeprefix("EXCLUDE_")
        parser.add_argument("--" + name.replace("_", "-"), dest=name, type=kind, metavar=metavar, help=text)
    parser.add_argument("--order", choices=["asc", "desc"], default="desc", help="by --sort-by (desc: newest first)")
    parser.add_argument("--sort-by", default="created_at", metavar="FIELD", help="(created_at)")
    parser.add_argument("--fields", metavar="A,B", help="only these fields of each run (with --json)")
    parser.add_argument("--limit", type=page_size, metavar="N",
                        help="the page size, 1 to 100 (20), as runs.list's limit: prints that first page")  # fmt: skip
    parser.add_argument("--all", action="store_true", help="every run that matches, page after page (not with --limit)")


def cmd_list(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    from ._listing import TABLE_HEADER, json_line, table_line

    for flag in ("status", "statuses", "exclude_status"):
        given = getattr(args, flag) or ""
        for value in given.split(","):
            if value in TODAY_ONLY_STATUSES:
                raise UsageError(f"--{flag.replace('_', '-')}: {value} is a status of the {TODAY_API_VERSION} API "
                                 f"(add --api-version {TODAY_API_VERSION})")  # fmt: skip
    if args.fields and not args.json:
        raise UsageError("--fields: only with --json (the table needs whole runs)")
    query: dict[str, Any] = {name: getattr(args, name) for name, _, _ in LIST_FILTERS}
    query = {name: value for name, value in query.items() if value is not None}
    if args.all and args.limit is not None:
        raise UsageError("--all and --limit: choose one (--limit N prints the first page of N runs, --all every page)")
    every = bool(args.all)
    query.update(order=args.order, sort_by=args.sort_by, limit=PAGE_LIMIT if every else args.limit or DEFAULT_PAGE)
    if args.fields:  # partial runs: only --json, which does not parse them, asks for them
        query["extra_query"] = {"fields": args.fields}
    if args.json:
        for text in _run_texts(client, query, args.access_token, every):
            out.write(json_line(text) + "\n")
        return EXIT["ok"]
    shown = 0
    first = client.workflows.runs.list(**query, access_token=args.access_token)
    page = first
    for page in first.iter_pages() if every else [first]:
        for run in page.data:
            if not shown:
                print(TABLE_HEADER, file=out)
            print(table_line(run), file=out)
            shown += 1
    if not shown:
        _say(out, "no runs match")
    elif not every and page.has_next_page():  # on stderr, so the table on stdout stays a table; after it
        out.flush()
        print(f"retab-runs: {shown} runs shown; more match (--after {page.data[-1].id}, or --all)", file=sys.stderr)
    return EXIT["ok"]


def _run_texts(client: Retab, query: dict[str, Any], access_token: str | None, every: bool) -> Iterator[str]:
    """The JSON text of each run of the first page (of every page: ``every``), as the API sent it.

    Pages are asked for one by one.
    """
    from ._listing import item_texts

    cursor_param = "before" if "before" in query and "after" not in query else "after"
    seen: set[str] = set()
    while True:
        raw = client.workflows.runs.with_raw_response.list(**query, access_token=access_token)
        text = raw.http_response.text
        try:
            items = item_texts(text)
            metadata = json.loads(text).get("list_metadata") or {}
        except (ValueError, AttributeError) as exc:
            raise CommandFailed(f"the server's page of runs is not a JSON object with a 'data' array ({exc})") from exc
        yield from items
        if not every:
            return
        cursor = metadata.get(cursor_param) if isinstance(metadata, dict) else None
        if not items or not isinstance(cursor, str):
            return
        if cursor in seen:
            raise CommandFailed(f"the server's cursors go round in a loop ({cursor_param}={cursor!r} again)")
        seen.add(cursor)
        query = {**{k: v for k, v in query.items() if k not in ("before", "after")}, cursor_param: cursor}


def run_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workflow_id", metavar="WORKFLOW_ID", type=identifier)
    parser.add_argument("--file", type=document_arg, action="append", metavar="[NAME=]PATH",
                        help="a document for the start node NAME (default: the file's stem); repeatable")  # fmt: skip
    parser.add_argument("--input", type=text_input_arg, action="append", metavar="KEY=VALUE",
                        help="a text for the start node KEY; repeatable")  # fmt: skip
    parser.add_argument("--json-input", type=json_input_arg, action="append", metavar="KEY=JSON",
                        help="a JSON object for the start node KEY; repeatable")  # fmt: skip


def cmd_run(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    inputs = run_inputs(args.file, args.input, args.json_input)
    raw = client.workflows.runs.with_raw_response.create(
        args.workflow_id, documents=inputs.documents or None, json_inputs=inputs.json_inputs or None,
        text_inputs=inputs.text_inputs or None, access_token=args.access_token,
    )  # fmt: skip
    run = raw.parse()
    names = ", ".join(inputs.documents) if inputs.documents else "no documents"
    text = f"created run {run.id} of {args.workflow_id} ({run.status.value}; {names})"
    return _then(client, args, out, text, raw.http_response.text, run.id)


def run_id_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("run_id", metavar="RUN_ID", type=identifier)


def cmd_cancel(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    raw = client.workflows.runs.with_raw_response.cancel(args.run_id, access_token=args.access_token)
    if args.json:
        _write_body(out, raw.http_response.text)
        return EXIT["ok"]
    answer = raw.parse()
    status = str(getattr(answer.cancellation_status, "value", answer.cancellation_status))
    _say(out, f"run {args.run_id}: {status.replace('_', ' ')} (status {answer.run.status.value})")
    return EXIT["ok"]


def cmd_restart(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    raw = client.workflows.runs.with_raw_response.restart(args.run_id, access_token=args.access_token)
    run = raw.parse()
    text = f"run {args.run_id} restarted as run {run.id} ({run.status.value})"
    return _then(client, args, out, text, raw.http_response.text, run.id)


def review_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("run_id", metavar="RUN_ID", type=identifier)
    parser.add_argument("node_id", metavar="NODE_ID", type=identifier, help="the node that waits for review")


def approve_arguments(parser: argparse.ArgumentParser) -> None:
    review_arguments(parser)
    parser.add_argument("--data", type=json_object, metavar="JSON",
                        help="the reviewed data, a JSON object, in place of the node's output")  # fmt: skip


def _reviewed(client: Retab, args: argparse.Namespace, out: TextIO, approved: bool) -> int:
    runs = client.workflows.runs.with_raw_response
    if approved:
        raw = runs.approve(args.run_id, args.node_id, modified_data=args.data, access_token=args.access_token)
    else:
        raw = runs.reject(args.run_id, args.node_id, access_token=args.access_token)
    from .. import is_finished

    answer = raw.parse()
    resume = str(getattr(answer.resume_status, "value", answer.resume_status))
    queued = f", position {answer.queue_position} in the queue" if isinstance(answer.queue_position, int) else ""
    verdict = "approved" if approved else "rejected"
    text = f"run {args.run_id}: review at {args.node_id} {verdict} (resume {resume.replace('_', ' ')}{queued})"
    if is_finished(answer.run) and not args.wait:
        # A rejection ends the run at once: say so rather than suggest following a run that is over.
        text += f"; the run ended: {printable(answer.run.status.value)}"
        return _then(client, args, out, text, raw.http_response.text, None)
    return _then(client, args, out, text, raw.http_response.text, args.run_id)


def cmd_approve(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    return _reviewed(client, args, out, approved=True)


def cmd_reject(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    return _reviewed(client, args, out, approved=False)


def steps_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("run_id", metavar="RUN_ID", type=identifier)
    parser.add_argument(
        "node_id", metavar="NODE_ID", type=identifier, nargs="?", help="one step in full (default: every step)"
    )


def cmd_steps(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    from ._steps import step_lines

    steps = client.workflows.runs.steps.with_raw_response
    if args.node_id is not None:
        raw = steps.get(args.run_id, args.node_id, access_token=args.access_token)
        if args.json:
            _write_body(out, raw.http_response.text)
        else:
            for line in step_lines(raw.parse(), full=True):
                print(line, file=out)
        return EXIT["ok"]
    run = client.workflows.runs.get(args.run_id, access_token=args.access_token)
    node_ids = list(dict.fromkeys(step.node_id for step in run.steps))  # a loop runs a node more than once
    if not node_ids:
        if args.json:
            out.write('{"outputs": {}}\n')
        else:
            _say(out, f"run {args.run_id} has no steps yet ({run.status.value})")
        return EXIT["ok"]
    batch = steps.get_many(args.run_id, node_ids, access_token=args.access_token)
    if args.json:
        _write_body(out, batch.http_response.text)
        return EXIT["ok"]
    outputs = batch.parse()
    for node_id in node_ids:
        if node_id in outputs:
            for line in step_lines(outputs[node_id], full=False):
                print(line, file=out)
    return EXIT["ok"]


VERBS: list[Verb] = [
    Verb("get", "show one run", cmd_get, get_arguments, "print the run's JSON as the API sent it"),
    Verb("watch", "follow a run until it ends or waits for review", cmd_watch, get_arguments,
         "print nothing meanwhile, then the run's JSON as the API sent it", follows="always"),
    Verb("list", "list runs, newest first (filters, pages)", cmd_list, list_arguments,
         "one line per run (JSON Lines), each the run's JSON as the API sent it"),
    Verb("run", "start a run of a workflow, with documents and inputs", cmd_run, run_arguments,
         follows="on --wait"),
    Verb("cancel", "cancel a run", cmd_cancel, run_id_arguments),
    Verb("restart", "start a run again with the same inputs (a new run)", cmd_restart, run_id_arguments,
         follows="on --wait"),
    Verb("approve", "approve the review a run waits for, and let it go on", cmd_approve, approve_arguments,
         follows="on --wait"),
    Verb("reject", "reject the review a run waits for: the run ends in error", cmd_reject, review_arguments,
         follows="on --wait"),
    Verb("steps", "the outputs of a run's steps, or of one step in full", cmd_steps, steps_arguments),
]  # fmt: skip


def _handler(verb: Verb) -> Callable[[argparse.Namespace, TextIO], int]:
    def handle(args: argparse.Namespace, out: TextIO) -> int:
        if api_version_of(args) == TODAY_API_VERSION:
            from ._today_verbs import TODAY_VERBS, make_today_client

            today = TODAY_VERBS.get(verb.name)
            if today is None:
                raise UsageError(f"{verb.name}: not part of the {TODAY_API_VERSION} API (--api-version)")
            with make_today_client(args) as client:
                return today(client, args, out)
        with make_client(args) as client:
            return verb.handler(client, args, out)

    return handle


def add_verbs(commands: Any) -> None:
    """Add every verb of ``VERBS`` to ``commands`` (the parser's subparsers)."""
    common = connection_options()
    for verb in VERBS:
        parser = commands.add_parser(verb.name, parents=[common], help=verb.help, description=verb.help[:1].upper()
                                     + verb.help[1:] + ".", epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
        verb.arguments(parser)
        add_api_version(parser)
        parser.add_argument("--json", action="store_true", help=verb.json_help)
        if verb.follows == "on --wait":
            parser.add_argument("--wait", action="store_true",
                                help="then follow the run as watch does (stops at a review; exit 0/3/4/6)")  # fmt: skip
            watch_options(parser.add_argument_group("with --wait"))
        elif verb.follows == "always":
            watch_options(parser)
        else:
            parser.set_defaults(wait=False)
        parser.set_defaults(handler=_handler(verb))
