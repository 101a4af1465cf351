"""Today's Retab API (the vendor's 2026-08-16 runs contract): ``Retab``, ``AsyncRetab`` and run helpers.

    from retab_runs.v2026_08_16 import Retab

    with Retab() as client:                          # Authorization: Bearer $RETAB_API_KEY
        run = client.workflows.runs.wait_for_completion("run_abc123")
        print(run.lifecycle.status)                  # completed | error | cancelled
        for step in client.workflows.steps.list(run_id=run.id):
            print(step.block_id, step.lifecycle.status)

The models are ``retab_runs_client.v2026_08_16.models`` (``WorkflowRun``, whose
``lifecycle`` is one of ``PendingRun``, ``RunningRun``, ``AwaitingReviewRun``,
``CompletedTerminal``, ``ErrorTerminal``, ``CancelledTerminal`` or ``UnknownLifecycle``).
``retab_runs.Retab`` stays the seed's contract (2026-02-26, ``Api-Key``).
"""

from ._client import API_VERSION, AsyncRetab, Retab
from ._exceptions import WaitTimeoutError
from ._helpers import TERMINAL, is_finished, output_data, run_status, waiting_blocks

__all__ = [
    "API_VERSION",
    "TERMINAL",
    "AsyncRetab",
    "Retab",
    "WaitTimeoutError",
    "is_finished",
    "output_data",
    "run_status",
    "waiting_blocks",
]
