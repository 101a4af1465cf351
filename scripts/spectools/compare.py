"""What changed between two OpenAPI documents, as a list of ``Change`` (no text, no levels).

Schemas are followed from each operation's parameters and responses, old and new side by
side, so components are paired by the place they are used and not only by name: a component
used at the same place under another name is a rename, an inline enum and a named one compare
by their values. Text and levels come from ``rules.py``; rendering from ``report.py``.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

REF_PREFIX = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PROSE = frozenset({"description", "title", "summary", "example", "examples", "deprecated"})
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
# What a schema is compared as: a response body, a request parameter, or a request body.
PREFIX = {"response": "response-property", "request": "request-parameter", "request-body": "request-property"}


@dataclass(frozen=True)
class Change:
    """One difference: the rule it falls under, where it is, and the values the message needs."""

    id: str
    where: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class _Pairing:
    """Components met at the same place on both sides (old name -> new names)."""

    pairs: dict[str, set[str]] = field(default_factory=dict)
    inline_old: set[str] = field(default_factory=set)  # old names met against an inline schema
    inline_new: set[str] = field(default_factory=set)


class Comparer:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old, self.new = old, new
        self.old_schemas: Mapping[str, Any] = (old.get("components") or {}).get("schemas") or {}
        self.new_schemas: Mapping[str, Any] = (new.get("components") or {}).get("schemas") or {}
        self.changes: list[Change] = []
        # (old component, new component, direction) already compared: a component used by responses
        # and requests alike (TriggerType) is compared once for each, since the rules differ.
        self.seen: set[tuple[str, str, str]] = set()
        self.pairing = _Pairing()
        # (variant component, old property, new property): a discriminator swap already reported
        # on the union, so the variants' own "removed"/"added" rows for it would only repeat it.
        self.swapped: set[tuple[str, str, str]] = set()
        # places whose enum was already compared against values the old side implied (a union's variants)
        self.enums_done: set[str] = set()
        self.defaults_done: set[str] = set()  # places whose default was compared beside a $ref

    # -- helpers ------------------------------------------------------------------------

    def emit(self, rule: str, where: str, **params: Any) -> None:
        self.changes.append(Change(rule, where, params))

    def resolve(self, node: Any, side: str) -> tuple[Any, str | None]:
        """The schema a ``$ref`` points to (followed to the end), and the last component name."""
        schemas = {"old": self.old_schemas, "new": self.new_schemas}[side]  # a side misnamed fails here
        name: str | None = None
        followed: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            target = ref[len(REF_PREFIX) :] if ref.startswith(REF_PREFIX) else ref
            if target in followed:  # a cycle of references: stop where it closes
                break
            followed.add(target)
            name, node = target, schemas.get(target, {})
        return node, name

    # -- operations -----------------------------------------------------------------------

    def operations(self, spec: Mapping[str, Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
        found = {}
        for path, item in (spec.get("paths") or {}).items():
            for method in METHODS:
                if isinstance(item, dict) and isinstance(item.get(method), dict):
                    found[(path, method)] = item[method]
        return found

    def run(self) -> list[Change]:
        old_ops, new_ops = self.operations(self.old), self.operations(self.new)
        for key in sorted(old_ops.keys() - new_ops.keys()):
            self.emit("operation-removed", f"{key[1].upper()} {key[0]}", method=key[1].upper(), path=key[0])
        for key in sorted(new_ops.keys() - old_ops.keys()):
            self.emit("operation-added", f"{key[1].upper()} {key[0]}", method=key[1].upper(), path=key[0])
        self.security_schemes()
        for key in sorted(old_ops.keys() & new_ops.keys()):
            self.operation(f"{key[1].upper()} {key[0]}", old_ops[key], new_ops[key])
        self.components()
        return self.changes

    def operation(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        if old.get("operationId") != new.get("operationId"):
            before, after = old.get("operationId"), new.get("operationId")
            python = function_name(after)
            if before is not None and after is not None and function_name(before) == python:
                self.emit("operation-id-respelled", where, old=before, new=after, python=python)
            else:
                self.emit("operation-id-changed", where, old=before, new=after)
        self.parameters(where, old.get("parameters") or [], new.get("parameters") or [])
        self.request_body(where, old.get("requestBody"), new.get("requestBody"))
        self.requirements(where, old, new)
        old_responses, new_responses = old.get("responses") or {}, new.get("responses") or {}
        for status in sorted(set(old_responses) - set(new_responses), key=str):
            rule = "response-success-status-removed" if str(status).startswith("2") else "response-status-removed"
            self.emit(rule, f"{where} {status}", status=status)
        for status in sorted(set(new_responses) - set(old_responses), key=str):
            self.emit("response-status-added", f"{where} {status}", status=status)
        for status in sorted(set(old_responses) & set(new_responses), key=str):
            old_content = self.response_content(old_responses[status], self.old)
            new_content = self.response_content(new_responses[status], self.new)
            for media in sorted(old_content):
                if media not in new_content:
                    self.emit("response-media-type-removed", f"{where} {status}", status=status, media=media)
                    continue
                old_schema, new_schema = old_content[media].get("schema"), new_content[media].get("schema")
                if old_schema is not None and new_schema is not None:
                    self.schema(f"{where} {status}", old_schema, new_schema, "response")

    def request_body(self, where: str, old: Any, new: Any) -> None:
        """The JSON body the client sends: whether there is one, is required, and its schema."""
        old_body = self.body(old, self.old)
        new_body = self.body(new, self.new)
        if old_body is None and new_body is None:
            return
        if old_body is None or new_body is None:
            if new_body is None:
                self.emit("request-body-removed", where)
            else:
                rule = "request-required-body-added" if new_body.get("required") else "request-body-added"
                self.emit(rule, where)
            return
        before, after = bool(old_body.get("required")), bool(new_body.get("required"))
        if before != after:
            self.emit("request-body-became-required" if after else "request-body-became-optional", where)
        old_content, new_content = old_body.get("content") or {}, new_body.get("content") or {}
        for media in sorted(old_content):
            if media not in new_content:
                self.emit("request-body-media-type-removed", where, media=media)
            else:
                old_schema, new_schema = old_content[media].get("schema"), new_content[media].get("schema")
                if isinstance(old_schema, dict) and isinstance(new_schema, dict):
                    self.schema(f"{where} body", old_schema, new_schema, "request-body")

    @staticmethod
    def body(body: Any, spec: Mapping[str, Any]) -> Mapping[str, Any] | None:
        if isinstance(body, dict) and isinstance(body.get("$ref"), str):
            name = body["$ref"].rsplit("/", 1)[-1]
            body = ((spec.get("components") or {}).get("requestBodies") or {}).get(name)
        return body if isinstance(body, dict) else None

    @staticmethod
    def response_content(response: Any, spec: Mapping[str, Any]) -> Mapping[str, Any]:
        if isinstance(response, dict) and isinstance(response.get("$ref"), str):
            name = response["$ref"].rsplit("/", 1)[-1]
            response = ((spec.get("components") or {}).get("responses") or {}).get(name, {})
        content = response.get("content") if isinstance(response, dict) else None
        return content if isinstance(content, dict) else {}

    def parameters(self, where: str, old: list[Any], new: list[Any]) -> None:
        def index(params: list[Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
            return {(p.get("in", ""), p.get("name", "")): p for p in params if isinstance(p, dict)}

        old_by, new_by = index(old), index(new)
        for key in sorted(old_by.keys() - new_by.keys()):
            self.emit("request-parameter-removed", where, location=key[0], name=key[1])
        for key in sorted(new_by.keys() - old_by.keys()):
            rule = "request-required-parameter-added" if new_by[key].get("required") else "request-parameter-added"
            self.emit(rule, where, location=key[0], name=key[1])
        for key in sorted(old_by.keys() & new_by.keys()):
            before, after = bool(old_by[key].get("required")), bool(new_by[key].get("required"))
            if before != after:
                rule = "request-parameter-became-required" if after else "request-parameter-became-optional"
                self.emit(rule, where, location=key[0], name=key[1])
            if not old_by[key].get("deprecated") and new_by[key].get("deprecated"):
                self.emit("request-parameter-deprecated", where, location=key[0], name=key[1])
            self.schema(
                f"{where} {key[0]} parameter {key[1]}",
                old_by[key].get("schema") or {},
                new_by[key].get("schema") or {},
                "request",
            )

    # -- security -------------------------------------------------------------------------

    @staticmethod
    def schemes(spec: Mapping[str, Any]) -> Mapping[str, Any]:
        return (spec.get("components") or {}).get("securitySchemes") or {}

    def scheme_names(self) -> dict[str, str]:
        """old scheme name -> new name, for schemes defined identically under another name."""
        old, new = self.schemes(self.old), self.schemes(self.new)
        renames: dict[str, str] = {}
        for name in set(old) - set(new):
            for other in sorted(set(new) - set(old)):
                if strip(old[name]) == strip(new[other]) and other not in renames.values():
                    renames[name] = other
                    break
        return renames

    def security_schemes(self) -> None:
        old, new = self.schemes(self.old), self.schemes(self.new)
        renames = self.scheme_names()
        for name in sorted(set(old) - set(new)):
            if name in renames:
                self.emit("security-scheme-renamed", "components.securitySchemes", old=name, new=renames[name])
            else:
                self.emit("security-scheme-removed", "components.securitySchemes", name=name)
        for name in sorted(set(new) - set(old) - set(renames.values())):
            self.emit("security-scheme-added", "components.securitySchemes", name=name)
        for name in sorted(set(old) & set(new)):
            if strip(old[name]) != strip(new[name]):
                self.emit(
                    "security-scheme-changed",
                    "components.securitySchemes",
                    name=name,
                    old=describe_scheme(old[name]),
                    new=describe_scheme(new[name]),
                )

    def requirements(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        renames = self.scheme_names()
        old_defined, new_defined = set(self.schemes(self.old)), set(self.schemes(self.new))

        def accepted(op: Mapping[str, Any], spec: Mapping[str, Any], defined: set[str]) -> set[str]:
            requirements = op.get("security", spec.get("security")) or []
            return {name for r in requirements if isinstance(r, dict) for name in r if name in defined}

        before = {renames.get(n, n) for n in accepted(old, self.old, old_defined)}
        after = accepted(new, self.new, new_defined)
        for name in sorted(before - after):
            self.emit("security-requirement-removed", where, name=name)
        for name in sorted(after - before):
            self.emit("security-requirement-added", where, name=name)

    # -- schemas --------------------------------------------------------------------------

    def schema(self, where: str, old: Any, new: Any, direction: str) -> None:
        # A default at a reference or a union is compared here once (`details` below then skips it):
        # one beside the $ref or the referenced schema's own, or a union's (`anyOf: [X, null],
        # default: null`, which none of its alternatives holds). Without one on either side, the
        # alternatives' own are compared. A plain schema's default is compared by `details`.
        beside = any(isinstance(n, dict) and ("$ref" in n or "anyOf" in n or "oneOf" in n) for n in (old, new))
        if beside and isinstance(old, dict) and isinstance(new, dict):
            old_place, _ = self.resolve(old, "old") if "$ref" in old and "default" not in old else (old, None)
            new_place, _ = self.resolve(new, "new") if "$ref" in new and "default" not in new else (new, None)
            places = (old_place, new_place)
            if all(isinstance(p, dict) for p in places) and any("default" in p for p in places):
                self.defaults(where, old_place, new_place, direction)
                self.defaults_done.add(where)
        old_node, old_name = self.resolve(old, "old")
        new_node, new_name = self.resolve(new, "new")
        if old_name or new_name:
            if old_name and new_name:
                self.pairing.pairs.setdefault(old_name, set()).add(new_name)
            elif old_name:
                self.pairing.inline_old.add(old_name)
            elif new_name:
                self.pairing.inline_new.add(new_name)
            if old_name and new_name:
                if (old_name, new_name, direction) in self.seen:
                    return
                self.seen.add((old_name, new_name, direction))
                where = new_name
        self.node(where, old_node, new_node, direction)

    def node(self, where: str, old: Any, new: Any, direction: str) -> None:
        """Compare two resolved schemas at one place (a ``true`` schema is ``{}``: any value)."""
        old, new = any_schema(old), any_schema(new)
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        old_nullable, old_branches = self.branches(old, "old")
        new_nullable, new_branches = self.branches(new, "new")
        prefix = PREFIX[direction]
        # A parameter that may be null may as well be left out: nullability is said by `required` there.
        if direction != "request" and old_nullable != new_nullable:
            self.emit(f"{prefix}-became-{'nullable' if new_nullable else 'not-nullable'}", where)
        old_kinds = [self.kind(b, "old") for b in old_branches]
        new_kinds = [self.kind(b, "new") for b in new_branches]
        if sorted(old_kinds) != sorted(new_kinds):
            self.emit(f"{prefix}-type-changed", where, old=kinds_shown(old_kinds), new=kinds_shown(new_kinds))
        pairs = self.pair_branches(old_branches, old_kinds, new_branches, new_kinds)
        if direction == "response":
            self.discriminator(where, old, new, old_branches, new_branches, pairs)
        for old_index, new_index in pairs:
            self.same_kind(where, old_branches[old_index], new_branches[new_index], direction)

    def pair_branches(
        self, old: list[Any], old_kinds: list[str], new: list[Any], new_kinds: list[str]
    ) -> list[tuple[int, int]]:
        """One-to-one pairs of union alternatives: same kind, then same component name, then the
        most property names in common (``PendingRun`` with ``PendingRun``, not with ``ErrorTerminal``)."""
        candidates = []
        for i, branch in enumerate(old):
            old_node, old_name = self.resolve(branch, "old")
            for j, other in enumerate(new):
                if old_kinds[i] != new_kinds[j]:
                    continue
                new_node, new_name = self.resolve(other, "new")
                same_name = 1.0 if old_name is not None and old_name == new_name else 0.0
                candidates.append((-same_name, -overlap(old_node, new_node), i, j))
        pairs, used_old, used_new = [], set(), set()
        for _, _, i, j in sorted(candidates):
            if i not in used_old and j not in used_new:
                pairs.append((i, j))
                used_old.add(i)
                used_new.add(j)
        return sorted(pairs)

    def branches(self, node: Mapping[str, Any], side: str) -> tuple[bool, list[Any]]:
        """(may be null, the non-null alternatives) of a schema, anyOf/oneOf flattened."""
        alternatives = node.get("anyOf") or node.get("oneOf")
        if not alternatives:
            types = node.get("type")
            if isinstance(types, list) and "null" in types:
                rest = [t for t in types if t != "null"]
                return True, [{**node, "type": rest[0] if len(rest) == 1 else rest}] if rest else []
            if types == "null":
                return True, []
            return False, [node]
        nullable, out = False, []
        for branch in alternatives:
            resolved, _ = self.resolve(branch, side)
            if isinstance(resolved, dict) and resolved.get("type") == "null":
                nullable = True
            else:
                out.append(branch)
        return nullable, out

    def kind(self, node: Any, side: str) -> str:
        resolved, _ = self.resolve(node, side)
        if not isinstance(resolved, dict):
            return "any"
        if resolved.get("anyOf") or resolved.get("oneOf"):
            return "union"
        types = resolved.get("type")
        if isinstance(types, list):
            return "|".join(sorted(str(t) for t in types))
        if types:
            if types == "object" and "properties" not in resolved and "additionalProperties" in resolved:
                return "map"
            return str(types)
        if "properties" in resolved:
            return "object"
        return "any"

    def same_kind(self, where: str, old: Any, new: Any, direction: str) -> None:
        old_node, old_name = self.resolve(old, "old")
        new_node, new_name = self.resolve(new, "new")
        if old_name or new_name:
            if old_name and new_name and (old_name, new_name, direction) in self.seen:
                self.pairing.pairs.setdefault(old_name, set()).add(new_name)
                return
            self.schema(where, old, new, direction)
            return
        old_node, new_node = any_schema(old_node), any_schema(new_node)
        if isinstance(old_node, dict) and isinstance(new_node, dict):  # a `false` schema has no keywords
            self.details(where, old_node, new_node, direction)

    def details(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        response = direction == "response"
        prefix = PREFIX[direction]
        if where not in self.enums_done:
            self.enums(where, old, new, direction)
        if where not in self.defaults_done:
            self.defaults(where, old, new, direction)
        if direction != "request" and not old.get("deprecated") and new.get("deprecated"):
            self.emit(f"{prefix}-deprecated", where)
        if old.get("format") != new.get("format"):
            if response:
                self.emit("response-property-format-changed", where, old=old.get("format"), new=new.get("format"))
            else:  # what the client sends: a format that appears or changes refuses values it took before
                self.emit(f"{prefix}-constraint-{'loosened' if new.get('format') is None else 'tightened'}", where,
                          keyword="format", old=shown(old.get("format")), new=shown(new.get("format")))  # fmt: skip
        self.constraints(where, old, new, direction)
        if "items" in old or "items" in new:  # no ``items`` allows any item
            self.schema(f"{where}[]", old.get("items", True), new.get("items", True), direction)
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, dict) and isinstance(new_extra, dict):
            self.schema(f"{where}{{}}", old_extra, new_extra, direction)
        elif response and "properties" not in old and (old_extra is not None or new_extra is not None):
            if strip(old_extra) != strip(new_extra):
                self.emit("response-additional-properties-changed", where, old=shape(old_extra), new=shape(new_extra))
        if "properties" in old or "properties" in new:
            self.properties(where, old, new, direction)

    def constraints(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        prefix = PREFIX[direction]
        for keyword in (*LOWER_BOUNDS, *UPPER_BOUNDS, "pattern", "multipleOf"):
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            if before is None:
                looser = False
            elif after is None:
                looser = True
            elif keyword in LOWER_BOUNDS:
                looser = after < before
            elif keyword in UPPER_BOUNDS:
                looser = after > before
            else:
                looser = False  # a different pattern or multiple: assume it refuses something new
            self.emit(f"{prefix}-constraint-{'loosened' if looser else 'tightened'}", where,
                      keyword=keyword, old=shown(before), new=shown(after))  # fmt: skip

    def properties(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        prefix = "response" if direction == "response" else "request"
        removed = [p for p in old_props if p not in new_props]
        added = [p for p in new_props if p not in old_props]
        renamed = self.renamed_properties(removed, added, old_props, new_props)
        for before, after in renamed.items():
            self.emit(f"{prefix}-property-renamed", f"{where}.{before}", old=before, new=after)
        swapped_old = {o for w, o, _ in self.swapped if w == where}
        swapped_new = {n for w, _, n in self.swapped if w == where}
        for name in removed:
            if name not in renamed and name not in swapped_old:
                if prefix == "request":
                    rule = "request-required-property-removed" if name in old_required else "request-property-removed"
                else:
                    rule = "response-property-removed" if name in old_required else "response-optional-property-removed"
                self.emit(rule, f"{where}.{name}", name=name)
        for name in added:
            if name not in renamed.values() and name not in swapped_new:
                kind = "required" if name in new_required else "optional"
                self.emit(f"{prefix}-{kind}-property-added", f"{where}.{name}", name=name)
        for name in old_props:
            if name in new_props:
                if (name in old_required) != (name in new_required):
                    rule = "became-required" if name in new_required else "became-optional"
                    self.emit(f"{prefix}-property-{rule}", f"{where}.{name}", name=name)
                self.schema(f"{where}.{name}", old_props[name], new_props[name], direction)
        for before, after in renamed.items():
            self.schema(f"{where}.{after}", old_props[before], new_props[after], direction)

    def renamed_properties(
        self, removed: list[str], added: list[str], old: Mapping[str, Any], new: Mapping[str, Any]
    ) -> dict[str, str]:
        """Removed/added pairs with the same kind of schema and similar names (node_id -> block_id)."""
        pairs: dict[str, str] = {}
        for name in removed:
            best, score = None, 0.0
            for other in added:
                if other in pairs.values():
                    continue
                if self.kind(old[name], "old") != self.kind(new[other], "new"):
                    continue
                if self.branches(old[name], "old")[1] and len(self.branches(old[name], "old")[1]) != len(
                    self.branches(new[other], "new")[1]
                ):
                    continue
                ratio = similarity(name, other)
                if ratio > score:
                    best, score = other, ratio
            if best is not None and score >= 0.6:
                pairs[name] = best
        return pairs

    def defaults(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        """A default that changed, went or appeared (a missing key reads as the default)."""
        prefix = PREFIX[direction]
        if "default" in old and "default" in new:
            if old["default"] != new["default"]:
                self.emit(f"{prefix}-default-changed", where, old=old["default"], new=new["default"])
        elif "default" in old:
            self.emit(f"{prefix}-default-removed", where, old=old["default"])
        elif "default" in new:
            self.emit(f"{prefix}-default-added", where, new=new["default"])

    def enums(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any], direction: str) -> None:
        """Enum values added and removed; an enum that appears or goes is a rule of its own.

        A schema without ``enum`` may still imply its values (``const``): those are compared as
        values, so a new value is reported as one (strict validators refuse it) beside the new enum.
        """
        prefix = PREFIX[direction]
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if old_enum is None and new_enum is not None:
            self.emit(f"{prefix}-enum-added", where, values=shown(new_enum))
            implied = implied_values(old)
            if implied is not None:
                self.enum_values(where, implied, list(new_enum), direction)
        elif old_enum is not None and new_enum is None:
            implied = implied_values(new)
            if implied is None:
                self.emit(f"{prefix}-enum-removed", where, values=shown(old_enum))
            else:
                self.enum_values(where, list(old_enum), implied, direction)
        elif old_enum is not None and new_enum is not None:
            self.enum_values(where, list(old_enum), list(new_enum), direction)
        elif "const" in old and "const" in new and old["const"] != new["const"]:
            self.enum_values(where, [old["const"]], [new["const"]], direction)

    def enum_values(self, where: str, old_values: list[Any], new_values: list[Any], direction: str) -> None:
        prefix = PREFIX[direction]
        for value in new_values:
            if value not in old_values:
                self.emit(f"{prefix}-enum-value-added", where, value=value)
        for value in old_values:
            if value not in new_values:
                self.emit(f"{prefix}-enum-value-removed", where, value=value)

    def variants(self, node: Mapping[str, Any], branches: list[Any], side: str) -> dict[Any, tuple[int, str]]:
        """A discriminated union's values -> (branch index, variant name), from its mapping or the consts."""
        discriminator = node.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(discriminator.get("propertyName"), str):
            return {}
        prop = discriminator["propertyName"]
        mapping = discriminator.get("mapping")
        if not isinstance(mapping, dict):
            mapping = {}
        by_ref = {ref: value for value, ref in mapping.items() if isinstance(ref, str)}
        found: dict[Any, tuple[int, str]] = {}
        for index, branch in enumerate(branches):
            resolved, name = self.resolve(branch, side)
            ref = branch.get("$ref") if isinstance(branch, dict) else None
            values = [by_ref[ref]] if ref in by_ref else []
            if not values and isinstance(resolved, dict):
                values = implied_values(((resolved.get("properties") or {}).get(prop)) or {}) or []
            for value in values:
                found[value] = (index, name or f"variant {index + 1}")
        return found

    def discriminator(
        self,
        where: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        old_branches: list[Any],
        new_branches: list[Any],
        pairs: list[tuple[int, int]],
    ) -> None:
        """The property that tells a union's variants apart, and the variants' values (first-class rules).

        Variants are paired as the branches are (same name, then most properties in common), so a
        variant whose value changed reads as a rename (``waiting_for_human`` -> ``awaiting_review``).
        """
        old_prop = (old.get("discriminator") or {}).get("propertyName") if isinstance(old, dict) else None
        new_prop = (new.get("discriminator") or {}).get("propertyName") if isinstance(new, dict) else None
        if old_prop is None and new_prop is None:
            return
        old_values = self.variants(old, old_branches, "old")
        if old_prop is not None and new_prop is None:
            if len(new_branches) == 1 and self.one_object_enum(where, old_prop, old_values, new_branches[0]):
                return
            self.emit("response-discriminator-removed", where, name=old_prop)
            return
        if old_prop is None:
            self.emit("response-discriminator-added", where, name=new_prop)
            return
        new_values = self.variants(new, new_branches, "new")
        if old_prop != new_prop:
            self.emit("response-discriminator-property-changed", where, old=old_prop, new=new_prop)
            for index in range(len(new_branches)):
                _, name = self.resolve(new_branches[index], "new")
                if name:
                    self.swapped.add((name, str(old_prop), str(new_prop)))
        paired = dict(pairs)
        new_by_index = {index: (value, name) for value, (index, name) in new_values.items()}
        renamed_new: set[Any] = set()
        for value, (index, name) in old_values.items():
            if value in new_values:
                new_index, new_name = new_values[value]
                if paired.get(index) != new_index:  # not the old variant's counterpart (a rename would be)
                    self.emit("response-discriminator-mapping-changed", where,
                              value=value, old_schema=name, new_schema=new_name)  # fmt: skip
                continue
            partner = new_by_index.get(paired.get(index, -1))
            if partner is not None and partner[0] not in old_values:
                self.emit("response-discriminator-value-renamed", where,
                          old=value, new=partner[0], old_schema=name, new_schema=partner[1])  # fmt: skip
                renamed_new.add(partner[0])
            else:
                self.emit("response-discriminator-value-removed", where, value=value, schema=name)
        for value, (_, name) in new_values.items():
            if value not in old_values and value not in renamed_new:
                self.emit("response-discriminator-value-added", where, value=value, schema=name)

    def one_object_enum(self, where: str, prop: str, old_values: Mapping[Any, Any], branch: Any) -> bool:
        """A discriminated union that became one object whose ``prop`` is an enum: compare the values."""
        resolved, name = self.resolve(branch, "new")
        target = ((resolved.get("properties") or {}).get(prop)) if isinstance(resolved, dict) else None
        target, _ = self.resolve(target, "new")
        if not isinstance(target, dict) or not isinstance(target.get("enum"), list):
            return False
        place = f"{name or where}.{prop}"
        self.enum_values(place, list(old_values), list(target["enum"]), "response")
        self.enums_done.add(place)
        return True

    # -- components -----------------------------------------------------------------------

    def components(self) -> None:
        """Components on one side only: renamed (paired by place or by structure), removed or added.

        A component only ever met against an inline schema on the other side (an enum the import
        named) is neither: the wire format is the same.
        """
        paired_new = {n for names in self.pairing.pairs.values() for n in names}
        only_old = sorted(set(self.old_schemas) - set(self.new_schemas))
        only_new = sorted(set(self.new_schemas) - set(self.old_schemas))
        renamed: set[str] = set()
        for name in only_old:
            partners = sorted(n for n in self.pairing.pairs.get(name, set()) if n in only_new)
            if not partners:
                fingerprint = strip(self.old_schemas[name])
                partners = [n for n in only_new if n not in renamed and strip(self.new_schemas[n]) == fingerprint]
            if partners:
                same = class_names(self.old_schemas, name) == class_names(self.new_schemas, partners[0])
                rule = "schema-renamed-in-spec-only" if same else "schema-renamed"
                self.emit(rule, f"components.schemas.{name}", old=name, new=partners[0])
                renamed.add(partners[0])
            elif not (name in self.pairing.inline_old and name not in self.pairing.pairs):
                self.emit("schema-removed", f"components.schemas.{name}", name=name)
        for name in only_new:
            if name in renamed or (name in self.pairing.inline_new and name not in paired_new):
                continue
            self.emit("schema-added", f"components.schemas.{name}", name=name)


def strip(node: Any, is_map: bool = False) -> Any:
    """A schema without its prose, for structural comparison."""
    if isinstance(node, dict):  # the keys of ``properties`` are names, never prose
        return {k: strip(v, k == "properties" and not is_map) for k, v in node.items() if is_map or k not in PROSE}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


def any_schema(node: Any) -> Any:
    """The boolean schema ``true`` as the object schema it means (``{}``: any value); others as they are."""
    return {} if node is True else node


def overlap(old: Any, new: Any) -> float:
    """Share of property names (and constant values) two object schemas have in common."""

    def marks(node: Any) -> set[str]:
        if not isinstance(node, dict):
            return set()
        found = set(node.get("properties") or {})
        for name, prop in (node.get("properties") or {}).items():
            if isinstance(prop, dict) and "const" in prop:
                found.add(f"{name}={prop['const']}")
            if isinstance(prop, dict) and isinstance(prop.get("enum"), list) and len(prop["enum"]) == 1:
                found.add(f"{name}={prop['enum'][0]}")
        return found

    a, b = marks(old), marks(new)
    return len(a & b) / len(a | b) if a | b else 1.0


def similarity(a: str, b: str) -> float:
    """How alike two property names are; names that differ in exactly one of several words
    (``node_id`` / ``block_id``) count as very alike."""
    words_a, words_b = a.split("_"), b.split("_")
    if len(words_a) == len(words_b) > 1 and sum(x != y for x, y in zip(words_a, words_b, strict=True)) == 1:
        return 0.9
    return difflib.SequenceMatcher(None, a, b).ratio()


def kinds_shown(kinds: list[str]) -> str:
    """``object | object | object`` reads as ``a union of 3 objects``; none as ``any``."""
    if len(kinds) > 1 and len(set(kinds)) == 1:
        return f"a union of {len(kinds)} {kinds[0]}s"
    return " | ".join(kinds) or "any"


def implied_values(node: Any) -> list[Any] | None:
    """The values a schema without ``enum`` still allows one by one (``const``), or None."""
    if isinstance(node, dict):
        if isinstance(node.get("enum"), list):
            return list(node["enum"])
        if "const" in node:
            return [node["const"]]
    return None


def function_name(operation_id: Any) -> str:
    """The generated function an operationId names (openapi-python-client's snake case)."""
    from .pynames import function_name as python_function

    return python_function(str(operation_id))


def class_names(schemas: Mapping[str, Any], name: str) -> tuple[str, str]:
    """The classes a component becomes: (attrs, named after its title; pydantic, after its name)."""
    from .pynames import component_classes

    return component_classes(schemas, name)


def shown(value: Any) -> str:
    """A constraint value for a message: ``none`` when the keyword is absent."""
    return "none" if value is None else repr(value)


def shape(extra: Any) -> str:
    if extra is None:
        return "unspecified"
    return json.dumps(strip(extra), sort_keys=True)


def describe_scheme(scheme: Any) -> str:
    if not isinstance(scheme, dict):
        return "?"
    parts = [str(scheme.get(k)) for k in ("type", "scheme", "in", "name") if scheme.get(k)]
    return " ".join(parts)


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new``."""
    return Comparer(old, new).run()


def iter_ids(changes: list[Change]) -> Iterator[str]:
    return (c.id for c in changes)
