"""The workflows the embedded server can run: a chain of nodes, and its published config.

``wf_demo_review`` is start -> extract -> human review -> end: its runs wait at the review
until they are approved or rejected. Any other workflow id is start -> extract -> end and
completes on its own. The start nodes are the ones the run request names: one ``start``
node per document, one ``start_json`` per JSON input, one ``start_text`` per text input
(``start-1`` when the request names none), all feeding the extract node.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["DEMO_REVIEW", "Node", "Workflow", "workflow_for"]

DEMO_REVIEW = "wf_demo_review"
"""The workflow whose runs pause for human review."""


@dataclass(frozen=True)
class Node:
    """One node of a workflow graph."""

    id: str
    type: str
    label: str

    def as_config(self, column: int, row: int = 0) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "label": self.label,
                "position": {"x": 280.0 * column, "y": 160.0 * row}, "config": {}}  # fmt: skip


EXTRACT = Node("extract-1", "extract", "Extract Invoice")
REVIEW = Node("review-1", "hil", "Check Totals")
END = Node("end-1", "end", "Output")


@dataclass(frozen=True)
class Workflow:
    """A chain: the start nodes, then ``body`` one after the other."""

    workflow_id: str
    name: str
    starts: tuple[Node, ...]
    body: tuple[Node, ...]

    @property
    def nodes(self) -> tuple[Node, ...]:
        return self.starts + self.body

    @property
    def review(self) -> Node | None:
        return next((n for n in self.body if n.type == "hil"), None)

    def node(self, node_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    def config(self, published_at: str) -> dict[str, Any]:
        """The ``PublishedWorkflowConfig`` of this workflow."""
        nodes = [start.as_config(0, row) for row, start in enumerate(self.starts)]
        nodes += [node.as_config(column) for column, node in enumerate(self.body, 1)]
        edges = [
            {
                "id": f"e-{start.id}-{self.body[0].id}",
                "source": start.id,
                "target": self.body[0].id,
                "source_handle": None,
                "target_handle": None,
                "animated": True,
            }
            for start in self.starts
        ]
        edges += [
            {
                "id": f"e-{a.id}-{b.id}",
                "source": a.id,
                "target": b.id,
                "source_handle": None,
                "target_handle": None,
                "animated": True,
            }
            for a, b in zip(self.body, self.body[1:], strict=False)
        ]
        return {"nodes": nodes, "edges": edges, "published_at": published_at}


def workflow_for(
    workflow_id: str,
    documents: list[str] | tuple[str, ...] = (),
    json_inputs: list[str] | tuple[str, ...] = (),
    text_inputs: list[str] | tuple[str, ...] = (),
    name: str | None = None,
) -> Workflow:
    """The workflow a run of ``workflow_id`` with these inputs (start node ids) executes."""
    starts = [Node(node_id, "start", "Document Input") for node_id in documents]
    starts += [Node(node_id, "start_json", "JSON Input") for node_id in json_inputs if node_id not in documents]
    taken = {n.id for n in starts}
    starts += [Node(node_id, "start_text", "Text Input") for node_id in text_inputs if node_id not in taken]
    if not starts:
        starts = [Node("start-1", "start", "Document Input")]
    if workflow_id == DEMO_REVIEW:
        return Workflow(workflow_id, name or "Invoice Review", tuple(starts), (EXTRACT, REVIEW, END))
    return Workflow(workflow_id, name or "Invoice Extraction", tuple(starts), (EXTRACT, END))
