"""Run inside the vendor SDK's own venv (retab 0.0.101): its calls against the default embedded server.

Reads RETAB_API_KEY and RETAB_API_BASE_URL as the SDK does; argv[1] is the run to wait for.
Prints one JSON object: what each call gave back, for the test to check.
"""

import json
import sys

from retab import Retab  # the vendor SDK, in its own venv

client = Retab()
out: dict[str, object] = {}
run = client.workflows.runs.get("run_abc123xyz")
out["get"] = {"id": run.id, "status": str(getattr(run.status, "value", run.status))}
done = client.workflows.runs.wait_for_completion(sys.argv[1], poll_interval_seconds=0.2, timeout_seconds=300)
out["waited"] = {"id": done.id, "status": str(getattr(done.status, "value", done.status))}
print(json.dumps(out))
