"""The verbs that speak today's API (``--api-version 2026-08-16``): get, watch, list, run, cancel, steps.

They take the same flags as the seed's verbs where the API has the same idea; a flag of
something today's API dropped (text inputs, costs, access tokens) is a usage error that says so.
"""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from .._pagination import SyncCursorPage
from ..v2026_08_16 import Retab, run_status
from ..v2026_08_16 import _operations as ops
from ._failures import EXIT, EXIT_FOR_STATUS, UsageError
from ._inputs import run_inputs
from ._terminal import printable
from ._today_watch import lifecycle_text, watch_today

if TYPE_CHECKING:
    import httpx

    from retab_runs_client.v2026_08_16.models import WorkflowRun, WorkflowStep

__all__ = ["TODAY_VERBS", "make_today_client"]

Handler = Callable[[Retab, argparse.Namespace, TextIO], int]
TODAY_EXIT = {**EXIT_FOR_STATUS, "awaiting_review": EXIT["waiting_for_human"]}
DISPLAY: dict[str, bool | None] = {"auto": None, "live": True, "plain": False}


def make_today_client(args: argparse.Namespace) -> Retab:
    """Today's client the flags and environment describe; UsageError when they do not describe one."""
    from .._exceptions import ConfigurationError
    from ._arguments import make_client

    if getattr(args, "access_token", None):
        raise UsageError("--access-token: the 2026-08-16 API has no run tokens; it takes the API key only")
    seed = make_client(args)  # the same checks of --base-url and the key, said the same way
    try:
        return Retab(api_key=seed.api_key, base_url=seed.base_url, timeout=args.request_timeout,
                     max_retries=args.max_retries)  # fmt: skip
    except ConfigurationError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        seed.close()


def _text(parse: Callable[[httpx.Response], Any]) -> Callable[[httpx.Response], tuple[Any, str]]:
    return lambda response: (parse(response), response.text)


def _json(out: TextIO, text: str) -> None:
    out.write(text.rstrip("\n") + "\n")


def _summary(run: WorkflowRun) -> list[str]:
    timing = run.timing
    lines = [f"run {run.id} · workflow {run.workflow_id} · {lifecycle_text(run.lifecycle)}",
             f"  trigger {run.trigger.type} · version {run.workflow_version_id}",
             f"  created {timing.created_at} · started {timing.started_at or '-'} · "
             f"completed {timing.completed_at or '-'}"]  # fmt: skip
    if run.inputs is not None and run.inputs.documents:
        docs = ", ".join(f"{name}={ref.filename}" for name, ref in run.inputs.documents.items())
        lines.append(f"  documents {docs}")
    if run.metadata:
        lines.append("  metadata " + ", ".join(f"{k}={v}" for k, v in run.metadata.items()))
    return [printable(line) for line in lines]


def cmd_get(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    options, parse = ops.get(args.run_id, {})
    run, text = client._request(options, _text(parse))
    if args.json:
        _json(out, text)
    else:
        print("\n".join(_summary(run)), file=out)
    return EXIT["ok"]


def follow(client: Retab, args: argparse.Namespace, run_id: str, out: TextIO) -> int:
    quiet = bool(getattr(args, "json", False))
    run = watch_today(client, run_id, interval=args.interval, timeout=args.timeout,
                      out=io.StringIO() if quiet else out, live=False if quiet else DISPLAY[args.display],
                      give_up_after=args.unreachable_timeout, stop_at_review=not args.through_review)  # fmt: skip
    if quiet:
        options, parse = ops.get(run_id, {})
        run, text = client._request(options, _text(parse))
        _json(out, text)
    return TODAY_EXIT.get(run_status(run), EXIT["failed"])


def cmd_watch(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    return follow(client, args, args.run_id, out)


SEED_ONLY_FILTERS = ("statuses", "trigger_types", "min_cost", "max_cost")


def cmd_list(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    for name in SEED_ONLY_FILTERS:
        if getattr(args, name, None) is not None:
            raise UsageError(f"--{name.replace('_', '-')}: not a filter of the 2026-08-16 API")
    if args.fields:
        raise UsageError("--fields: not part of the 2026-08-16 API")
    wanted = None if args.all else args.limit
    query: dict[str, Any] = {
        "workflow_id": args.workflow_id, "status": args.status, "exclude_status": args.exclude_status,
        "trigger_type": args.trigger_type, "from_date": args.from_date, "to_date": args.to_date,
        "min_duration_ms": args.min_duration, "max_duration_ms": args.max_duration, "search": args.search,
        "before": args.before, "after": args.after, "order": args.order,
        "sort_by": "timing.created_at" if args.sort_by == "created_at" else args.sort_by,
        "limit": min(wanted or 100, 100),
    }  # fmt: skip
    page: SyncCursorPage[WorkflowRun] = client.workflows.runs.list(**query)
    shown = 0
    header = f"{'RUN':<28} {'STATUS':<16} {'WORKFLOW':<24} CREATED"
    for run in page:
        if wanted is not None and shown >= wanted:
            break
        if args.json:
            out.write(json.dumps(run.to_dict(), separators=(",", ":")) + "\n")
        else:
            if not shown:
                print(header, file=out)
            status = str(run.lifecycle.status)
            print(printable(f"{run.id:<28} {status:<16} {run.workflow_id:<24} {run.timing.created_at}"), file=out)
        shown += 1
    if not shown and not args.json:
        print("no runs match", file=out)
    return EXIT["ok"]


def cmd_run(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    inputs = run_inputs(args.file, args.input, args.json_input)
    if inputs.text_inputs:
        raise UsageError("--input: the 2026-08-16 API has no text inputs (use --json-input KEY=JSON)")
    options, parse = ops.create(args.workflow_id, inputs.documents or None, inputs.json_inputs or None, None, None, {})
    run, text = client._request(options, _text(parse))
    names = ", ".join(inputs.documents) if inputs.documents else "no documents"
    said = f"created run {run.id} of {args.workflow_id} ({run_status(run)}; {names})"
    if args.wait:
        if not args.json:
            print(printable(said), file=out)
        return follow(client, args, run.id, out)
    if args.json:
        _json(out, text)
    else:
        print(printable(said), file=out)
        print(printable(f"  follow it: retab-runs watch --api-version 2026-08-16 {run.id}"), file=out)
    return EXIT["ok"]


def cmd_cancel(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    options, parse = ops.cancel(args.run_id, None, {})
    answer, text = client._request(options, _text(parse))
    if args.json:
        _json(out, text)
    else:
        status = str(getattr(answer.cancellation_status, "value", answer.cancellation_status))
        print(printable(f"run {args.run_id}: {status.replace('_', ' ')} (status {run_status(answer.run)})"), file=out)
    return EXIT["ok"]


def _step_lines(step: WorkflowStep, full: bool) -> list[str]:
    lines = [f"{step.block_id} ({step.block_type}, {step.block_label}): {lifecycle_text(step.lifecycle)}"]
    for handle, payload in (step.handle_outputs or {}).items():
        value: Any = payload.data
        if value is None and payload.document is not None:
            value = payload.document.to_dict()
        shown = json.dumps(value, default=str)
        lines.append(f"  {handle}: {shown if full or len(shown) <= 100 else shown[:97] + '...'}")
    if full:
        lines.append(f"  step {step.step_id} · started {step.started_at or '-'} · completed {step.completed_at or '-'}")
    return [printable(line) for line in lines]


def cmd_steps(client: Retab, args: argparse.Namespace, out: TextIO) -> int:
    if args.node_id is not None:
        options, parse = ops.step(args.node_id, args.run_id, {})
        step, text = client._request(options, _text(parse))
        if args.json:
            _json(out, text)
        else:
            print("\n".join(_step_lines(step, full=True)), file=out)
        return EXIT["ok"]
    steps = list(client.workflows.steps.list(run_id=args.run_id, limit=1000))
    if args.json:
        out.write(json.dumps({"data": [step.to_dict() for step in steps]}) + "\n")
        return EXIT["ok"]
    if not steps:
        print(printable(f"run {args.run_id} has no steps yet"), file=out)
    for step in steps:
        print("\n".join(_step_lines(step, full=False)), file=out)
    return EXIT["ok"]


TODAY_VERBS: dict[str, Handler] = {
    "get": cmd_get,
    "watch": cmd_watch,
    "list": cmd_list,
    "run": cmd_run,
    "cancel": cmd_cancel,
    "steps": cmd_steps,
}
"""The verbs of today's API; ``restart``, ``approve`` and ``reject`` are the seed's alone."""
