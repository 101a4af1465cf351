"""Run in a subprocess by test_corpus.py: import one generation of the packages and round-trip
payloads drawn from its own JSON Schema.

    python roundtrip_worker.py GENERATED_DIR ROOT_MODEL EXAMPLES

The examples are the same on every run (``derandomize``) unless ``RETAB_HYPOTHESIS_PROFILE=dev``,
as in tests/conftest.py; test_corpus.py passes the profile its own process runs.
Prints one line, ``ok N`` or the first failure, and exits 0 or 1.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

DEPTH = 2  # recursive schemas (TraceSpan.children) are unrolled this deep


def finite(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with every ``$ref`` inlined; deeper recursion becomes unsatisfiable (``not: {}``)."""
    defs = schema.get("$defs", {})

    def inline(node: Any, stack: tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                name = ref.rsplit("/", 1)[-1]
                if stack.count(name) >= DEPTH:
                    return {"not": {}}
                return inline(copy.deepcopy(defs[name]), (*stack, name))
            return {k: inline(v, stack) for k, v in node.items() if k != "$defs"}
        if isinstance(node, list):
            return [inline(v, stack) for v in node]
        return node

    result: dict[str, Any] = inline({k: v for k, v in schema.items() if k not in ("$schema", "$id")}, ())
    return result


def same_instants(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: same_instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [same_instants(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and value[10:11] in "Tt":
        try:
            return datetime.datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


def main() -> int:
    generated, root, examples = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    sys.path.insert(0, str(generated))
    from hypothesis import HealthCheck, given, settings

    sys.path.append(str(Path(__file__).resolve().parents[2]))  # the checkout, last: for tests.jsonschema_strategy
    from tests.jsonschema_strategy import from_schema

    attrs_models = importlib.import_module("retab_runs_client.models")
    schema_package = importlib.import_module("retab_runs_schema")
    for package in (attrs_models, schema_package):
        assert str(generated) in str(package.__file__), f"{package.__name__} imported from {package.__file__}"
    attrs_root = getattr(attrs_models, root)
    pydantic_root = getattr(schema_package, root)
    schema = json.loads((generated / "retab_runs_schema" / "workflow_run.schema.json").read_text(encoding="utf-8"))
    seen = 0

    derandomize = os.environ.get("RETAB_HYPOTHESIS_PROFILE", "ci") != "dev"

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck),
              derandomize=derandomize, print_blob=True)  # fmt: skip
    @given(from_schema(finite(schema)))
    def check(payload: dict[str, Any]) -> None:
        nonlocal seen
        original = copy.deepcopy(payload)
        written = attrs_root.from_dict(payload).to_dict()
        assert same_instants(written) == same_instants(original), (original, written)
        from_text = attrs_root.from_json(json.dumps(original)).to_dict()
        assert same_instants(from_text) == same_instants(original), (original, from_text)
        pydantic_root.model_validate(original)
        seen += 1

    try:
        check()
    except Exception as exc:  # one line for the parent test, whatever broke
        print(f"failed: {type(exc).__name__}: {str(exc)[:2000]}")
        return 1
    print(f"ok {seen}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
