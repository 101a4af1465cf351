"""Spec tools: cases found observable while auditing the surviving mutants of ``make mutate``.

Each is a hand-made spec pair read as its whole report (rule, where, message, client level,
strict level), as in ``test_compare_operations.py``.
"""

from __future__ import annotations

from typing import Any

from tests.spectools.test_compare_operations import GET, document, either, obj, ref, report, run


def union(*types: str) -> dict[str, Any]:
    return {"anyOf": [{"type": t} for t in types]}


def test_a_rename_candidate_with_another_number_of_alternatives_does_not_end_the_search() -> None:
    # node_a has three alternatives where node had two: it is passed over, and node_b, listed after
    # it, is still found as the renamed property
    old = document(run({"node": union("string", "integer")}))
    new = document(run({"node_a": union("string", "integer", "boolean"), "node_b": union("string", "integer")}))
    assert report(old, new) == [
        ("response-property-renamed", "Run.node", "property 'node' renamed 'node_b'", "error", "error"),
        ("response-optional-property-added", "Run.node_a", "optional property 'node_a' added", "info", "info"),
    ]


def test_parameters_without_a_name_or_a_location_are_reported_not_a_crash() -> None:
    # OpenAPI requires both; a spec that leaves one out is still compared, the missing part read as
    # empty (so the keys sort beside well-formed ones)
    params = [{"in": "query"}, {"in": "query", "name": "limit"}, {"name": "x"}, {"in": "header", "name": "x"}]
    with_params, without = document(run({}), parameters=params), document(run({}), parameters=[])
    assert report(with_params, without) == [
        ("request-parameter-removed", GET, " parameter 'x' removed", "error", "error"),
        ("request-parameter-removed", GET, "header parameter 'x' removed", "error", "error"),
        ("request-parameter-removed", GET, "query parameter '' removed", "error", "error"),
        ("request-parameter-removed", GET, "query parameter 'limit' removed", "error", "error"),
    ]
    assert report(without, with_params) == [
        ("request-parameter-added", GET, "optional  parameter 'x' added", "info", "info"),
        ("request-parameter-added", GET, "optional header parameter 'x' added", "info", "info"),
        ("request-parameter-added", GET, "optional query parameter '' added", "info", "info"),
        ("request-parameter-added", GET, "optional query parameter 'limit' added", "info", "info"),
    ]


def test_inline_alternatives_are_not_paired_as_if_they_had_the_same_name() -> None:
    # each inline alternative moved into a component and each component inlined, the same shapes in
    # another order: paired by their properties, so nothing changed (two inline schemas have no name,
    # not the same name)
    old = document({**run({"v": either(obj("p", "q"), ref("X"))}), "X": obj("a", "b")})
    new = document({**run({"v": either(ref("Y"), obj("a", "b"))}), "Y": obj("p", "q")})
    assert report(old, new) == []


def chain(length: int, end: str) -> dict[str, Any]:
    """``L0`` -> ``L1`` -> ... -> ``L<length>``, a schema of type ``end``."""
    return {**{f"L{i}": ref(f"L{i + 1}") for i in range(length)}, f"L{length}": {"type": end}}


def test_a_long_chain_of_references_is_followed_to_its_end() -> None:
    # no fixed number of steps: only a cycle stops the walk
    old = document({**run({"v": ref("L0")}), **chain(60, "string")})
    new = document({**run({"v": ref("L0")}), **chain(60, "integer")})
    assert report(old, new) == [
        ("response-property-type-changed", "L60", "type string became integer", "error", "error"),
    ]


def test_a_cycle_of_references_ends_the_walk() -> None:
    cycle = {"A": ref("B"), "B": ref("A")}
    assert report(document({**run({"v": ref("A")}), **cycle}), document({**run({"v": ref("A")}), **cycle})) == []


def test_a_body_or_response_referenced_in_another_file_reads_as_absent_not_a_crash() -> None:
    # a ``$ref`` with no slash (``bodies.yaml``) names another file, which is not read: the body and
    # the response's content are missing on that side, as for a reference to a missing component
    external, inline = document(run({})), document(run({}))
    schema = {"application/json": {"schema": {"type": "object"}}}
    for spec, body, response in (
        (external, {"$ref": "bodies.yaml"}, {"$ref": "responses.yaml"}),
        (inline, {"content": schema}, {"description": "", "content": schema}),
    ):
        operation = spec["paths"]["/runs/{id}"]["get"]
        operation["requestBody"], operation["responses"]["404"] = body, response
    assert report(external, inline) == [
        ("request-body-added", GET, "optional request body added", "info", "info"),
    ]
    assert report(inline, external) == [
        (
            "response-media-type-removed",
            f"{GET} 404",
            "response 404 no longer sent as application/json",
            "error",
            "error",
        ),
        ("request-body-removed", GET, "the request body is no longer read", "warning", "info"),
    ]
