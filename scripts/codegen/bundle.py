"""The JSON Schema of one component of a spec, with what it refers to under ``$defs``.

Plain Python on purpose: the tests bundle the spec under test with it, on every supported
Python, without the generators' dependencies.
"""

from __future__ import annotations

from typing import Any

ROOT_SCHEMA = "WorkflowRun"


def bundle_json_schema(
    spec: dict[str, Any], root: str = ROOT_SCHEMA, schema_id: str = "urn:retab-runs:schema:workflow-run"
) -> dict[str, Any]:
    """The JSON Schema (2020-12) of one component, with what it refers to under ``$defs``."""
    schemas = spec["components"]["schemas"]
    prefix = "#/components/schemas/"
    needed: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix):
                name = ref[len(prefix) :]
                if name not in needed:
                    needed.add(name)
                    collect(schemas[name])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                key: (
                    "#/$defs/" + value[len(prefix) :] if key == "$ref" and value.startswith(prefix) else rewrite(value)
                )
                for key, value in node.items()
            } | ({"discriminator": discriminator(node["discriminator"])} if is_union(node) else {})
        if isinstance(node, list):
            return [rewrite(value) for value in node]
        return node

    def is_union(node: dict[str, Any]) -> bool:
        return "oneOf" in node and isinstance(node.get("discriminator"), dict)

    def discriminator(node: dict[str, Any]) -> dict[str, Any]:
        """A oneOf's discriminator, its mapping's references (strings, not $ref keys) rewritten too."""
        mapping = node.get("mapping") or {}
        moved = {k: "#/$defs/" + v[len(prefix) :] if v.startswith(prefix) else v for k, v in mapping.items()}
        return {**node, "mapping": moved} if mapping else node

    collect(schemas[root])
    bundled: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": schema_id,
        **rewrite(schemas[root]),
        "$defs": {name: rewrite(schemas[name]) for name in sorted(needed - {root})},
    }
    return bundled
