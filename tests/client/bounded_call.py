"""One client call under a memory limit, reporting its outcome as one line of JSON.

    python -m tests.client.bounded_call SPEC_JSON

SPEC_JSON: ``memory_mb`` (RLIMIT_AS, set before anything is imported), ``mode`` (sync
or async), ``base_url``, ``call`` (get or wait), ``client`` and ``call_args`` (keyword
arguments). Prints ``{"error": ..., "message": ..., "elapsed": ..., "peak_rss_mb": ...}``; an error that
is not a RetabError (MemoryError included) is reported the same way, so the test can
say what went wrong.
"""

from __future__ import annotations

import json
import resource
import sys
import time


def main() -> None:
    spec = json.loads(sys.argv[1])
    limit = int(spec["memory_mb"]) * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    import asyncio

    from retab_runs import AsyncRetab, Retab, WorkflowRun

    client_args = {"api_key": "sk-bounded", "base_url": spec["base_url"], **spec.get("client", {})}
    call_args = spec.get("call_args", {})
    started = time.monotonic()
    outcome: dict[str, object] = {"error": None, "message": ""}
    run: WorkflowRun
    try:
        if spec["mode"] == "sync":
            with Retab(**client_args) as client:
                runs = client.workflows.runs
                run = (
                    runs.get("run_abc123xyz", **call_args)
                    if spec["call"] == "get"
                    else runs.wait_for_completion("run_abc123xyz", **call_args)
                )
        else:

            async def go() -> WorkflowRun:
                async with AsyncRetab(**client_args) as client:
                    runs = client.workflows.runs
                    if spec["call"] == "get":
                        return await runs.get("run_abc123xyz", **call_args)
                    return await runs.wait_for_completion("run_abc123xyz", **call_args)

            run = asyncio.run(go())
        outcome["result"] = str(getattr(run, "id", run))
    except BaseException as exc:  # noqa: BLE001  (reported, whatever it is)
        outcome["error"] = type(exc).__name__
        outcome["message"] = str(exc)[:500]
    outcome["elapsed"] = time.monotonic() - started
    outcome["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps(outcome), flush=True)


if __name__ == "__main__":
    main()
