"""Run payloads shared by the client, server and CLI tests."""

from __future__ import annotations

from typing import Any

from tests.spec import example


def seed_run() -> dict[str, Any]:
    """The seed's example made schema-valid: config_snapshot_id added, the file given its id."""
    run = example("legacy_seed")
    run["config_snapshot_id"] = "cfg_snap_abc123"
    run["input_documents"]["start-node-1"]["id"] = "file_123"
    return run


def run_with_status(status: str, run_id: str = "run_1") -> dict[str, Any]:
    return {
        "id": run_id,
        "workflow_id": "wf_1",
        "workflow_name": "Invoices",
        "organization_id": "org_1",
        "config_snapshot_id": "cfg_1",
        "status": status,
    }
