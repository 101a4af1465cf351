"""retab-runs: a typed client for Retab workflow runs."""

from retab_runs_client.models import WorkflowRun

__all__ = ["WorkflowRun"]
