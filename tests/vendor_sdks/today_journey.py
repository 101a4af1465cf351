"""Run inside the vendor SDK's own venv (retab 0.0.160): its calls against today's embedded server.

Reads RETAB_API_KEY and RETAB_API_BASE_URL as the SDK does; argv[1] is a PDF to send.
Prints one JSON object: what each call gave back, for the test to check.
"""

import json
import sys
from pathlib import Path

from retab import Retab  # the vendor SDK, in its own venv
from retab.types.workflows.runs import WorkflowRun  # type: ignore[import-not-found]

out: dict[str, object] = {}
client = Retab()

first = client.workflows.runs.list(workflow_id="wf_paging", limit=3)
out["first_page"] = [run.id for run in first.data]
out["first_after"] = first.list_metadata.after
out["all_paged"] = [run.id for run in first]  # auto-paging over list_metadata.after
out["all_runs"] = len(list(client.workflows.runs.list(limit=100)))

run = client.workflows.runs.get("run_today_completed")
assert isinstance(run, WorkflowRun)
out["get"] = {
    "id": run.id,
    "status": run.lifecycle.status,
    "trigger": run.trigger.type.value if hasattr(run.trigger.type, "value") else run.trigger.type,
}
review = client.workflows.runs.get("run_today_review")
out["review"] = {"status": review.lifecycle.status, "waiting": list(review.lifecycle.waiting_for_block_ids)}

created = client.workflows.runs.create(
    workflow_id="wf_invoices",
    documents={"start-1": Path(sys.argv[1])},
    json_inputs={"start-json": {"po": "PO-7"}},
    metadata={"tenant": "acme"},
)
out["created"] = {
    "id": created.id,
    "status": created.lifecycle.status,
    "documents": {k: v.model_dump() for k, v in created.inputs.documents.items()},
    "metadata": created.metadata,
}

cancelled = client.workflows.runs.cancel(created.id, command_id="cmd-1")
out["cancel"] = {
    "status": cancelled.run.lifecycle.status,
    "cancellation_status": getattr(cancelled.cancellation_status, "value", cancelled.cancellation_status),
}

steps = client.workflows.steps.list(run_id="run_today_completed", limit=1)
out["steps_page"] = [step.step_id for step in steps.data]
out["steps_all"] = [(step.block_id, step.lifecycle.status) for step in steps]
one = client.workflows.steps.get(out["steps_all"] and steps.data[0].step_id, run_id="run_today_completed")
out["step"] = {"step_id": one.step_id, "block_type": str(getattr(one.block_type, "value", one.block_type))}
extract = [s for s in client.workflows.steps.list(run_id="run_today_completed") if s.block_id == "extract-1"][0]
out["extract_output"] = extract.handle_outputs["output"].data

client.workflows.runs.delete(created.id)
try:
    client.workflows.runs.get(created.id)
except Exception as exc:  # the SDK's NotFoundError
    out["after_delete"] = type(exc).__name__
print(json.dumps(out, default=str))
