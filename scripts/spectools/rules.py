"""The rules of the change report: a stable id, a level per audience, and a message template.

Two audiences read the report:

- ``client``: users of this client and code written against its generated names. The client
  keeps unknown enum values and unknown keys, so a new optional field or a new enum value is
  additive (``info``); a removed or renamed field, a changed type, a field that may now be
  missing or null, a removed enum value (its generated member goes), a changed credential
  breaks them (``error``). A field that became required cannot go missing: readers are not
  broken (``info``).
- ``strict``: a validator built from the old spec in its strict profile (``validate_run``'s
  default: closed enums, extra keys allowed, required keys and types checked). A row is an
  ``error`` for it when a record valid under the new spec can be refused by that validator:
  a new enum value, a property that may now be missing or null, a changed type, a looser
  constraint. A new property, required or not, is an extra key to it (``info``); a removed
  enum value is never sent (``info``).

For what the client sends (request parameters and bodies) the same two audiences read the other
way round: ``client`` is calls built from the old spec reaching the new API (a new required
property, a removed enum value or a changed type refuses them: ``error``); ``strict`` is a
service that checks requests against the old spec (a mock server, a gateway) receiving calls
built from the new one (a new enum value, a property that became optional refuses them).

Levels: ``error`` (breaking), ``warning`` (works on the wire, but code or behaviour may need a
look), ``info`` (additive).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["error", "warning", "info"]
LEVELS: tuple[Level, ...] = ("error", "warning", "info")
AUDIENCES = ("client", "strict")


@dataclass(frozen=True)
class Rule:
    id: str
    client: Level
    strict: Level
    template: str


_RULES = (
    # operations
    Rule("operation-removed", "error", "error", "operation {method} {path} removed"),
    Rule("operation-added", "info", "info", "operation {method} {path} added"),
    Rule(
        "operation-id-changed", "warning", "info", "operationId {old!r} became {new!r} (renames the generated function)"
    ),
    Rule(
        "operation-id-respelled",
        "info",
        "info",
        "operationId {old!r} became {new!r} (the generated function keeps its name {python!r})",
    ),
    # parameters
    Rule("request-parameter-removed", "error", "error", "{location} parameter {name!r} removed"),
    Rule("request-parameter-added", "info", "info", "optional {location} parameter {name!r} added"),
    Rule("request-required-parameter-added", "error", "error", "required {location} parameter {name!r} added"),
    Rule("request-parameter-became-required", "error", "error", "{location} parameter {name!r} became required"),
    Rule("request-parameter-became-optional", "info", "info", "{location} parameter {name!r} became optional"),
    # security
    Rule("security-scheme-removed", "error", "error", "security scheme {name!r} removed"),
    Rule("security-scheme-added", "info", "info", "security scheme {name!r} added"),
    Rule("security-scheme-renamed", "info", "info", "security scheme {old!r} renamed {new!r} (same definition)"),
    Rule("security-scheme-changed", "error", "error", "security scheme {name!r} changed: {old} -> {new}"),
    Rule("security-requirement-removed", "error", "error", "credential {name!r} no longer accepted"),
    Rule("security-requirement-added", "info", "info", "credential {name!r} now accepted"),
    # responses
    Rule("response-success-status-removed", "error", "error", "response {status} removed"),
    Rule("response-status-removed", "warning", "warning", "response {status} no longer documented"),
    Rule("response-status-added", "info", "info", "response {status} documented"),
    Rule("response-media-type-removed", "error", "error", "response {status} no longer sent as {media}"),
    # schemas as components
    Rule(
        "schema-renamed",
        "warning",
        "info",
        "schema {old!r} renamed {new!r} (found at the same place or with the same structure)",
    ),
    Rule(
        "schema-renamed-in-spec-only",
        "info",
        "info",
        "schema {old!r} renamed {new!r} (the generated classes keep their names)",
    ),
    Rule("schema-removed", "warning", "info", "schema {name!r} no longer used"),
    Rule("schema-added", "info", "info", "schema {name!r} added"),
    # properties
    Rule("response-property-removed", "error", "error", "required property {name!r} removed"),
    Rule("response-optional-property-removed", "error", "info", "optional property {name!r} removed"),
    Rule("response-property-renamed", "error", "error", "property {old!r} renamed {new!r}"),
    Rule("response-optional-property-added", "info", "info", "optional property {name!r} added"),
    Rule("response-required-property-added", "info", "info", "required property {name!r} added"),
    Rule("response-property-became-required", "info", "info", "property {name!r} became required"),
    Rule("response-property-became-optional", "error", "error", "property {name!r} became optional: it may be missing"),
    Rule("response-property-became-nullable", "error", "error", "may now be null"),
    Rule("response-property-became-not-nullable", "info", "info", "no longer null"),
    Rule("response-property-type-changed", "error", "error", "type {old} became {new}"),
    Rule("response-property-enum-value-added", "info", "error", "enum value {value!r} added"),
    Rule("response-property-enum-value-removed", "error", "info", "enum value {value!r} removed"),
    Rule(
        "response-property-enum-added",
        "warning",
        "info",
        "enum {values} now limits a property that had none (the generated type becomes an enum)",
    ),
    Rule("response-property-enum-removed", "warning", "error", "enum {values} removed: any value is allowed"),
    Rule("response-property-default-changed", "warning", "info", "default {old!r} became {new!r}"),
    Rule(
        "response-property-default-removed",
        "warning",
        "info",
        "default {old!r} removed (a missing key no longer reads as it)",
    ),
    Rule("response-property-default-added", "info", "info", "default {new!r} added"),
    # discriminated unions (oneOf + discriminator)
    Rule("response-discriminator-added", "info", "info", "the union is now told apart by {name!r}"),
    Rule("response-discriminator-removed", "warning", "info", "the union is no longer told apart by {name!r}"),
    Rule(
        "response-discriminator-property-changed",
        "error",
        "error",
        "the union is told apart by {new!r} instead of {old!r} (every variant's {old!r} is gone)",
    ),
    Rule("response-discriminator-value-added", "warning", "error", "variant {value!r} ({schema}) added to the union"),
    Rule("response-discriminator-value-removed", "error", "info", "variant {value!r} ({schema}) removed"),
    Rule(
        "response-discriminator-mapping-changed",
        "error",
        "error",
        "variant {value!r} is now {new_schema} (was {old_schema}, which became another variant)",
    ),
    Rule(
        "response-discriminator-value-renamed",
        "error",
        "error",
        "variant {old!r} ({old_schema}) renamed {new!r} ({new_schema})",
    ),
    Rule("response-property-constraint-loosened", "info", "error", "{keyword} {old} became {new}"),
    Rule("response-property-constraint-tightened", "info", "info", "{keyword} {old} became {new}"),
    Rule("response-property-format-changed", "warning", "error", "format {old!r} became {new!r}"),
    Rule("response-additional-properties-changed", "warning", "error", "extra keys: {old} -> {new}"),
    Rule("response-property-deprecated", "warning", "info", "deprecated"),
    # request parameter schemas (what the client sends)
    Rule("request-parameter-type-changed", "error", "error", "type {old} became {new}"),
    Rule("request-parameter-constraint-tightened", "error", "info", "{keyword} {old} became {new}"),
    Rule("request-parameter-constraint-loosened", "info", "info", "{keyword} {old} became {new}"),
    Rule("request-parameter-enum-value-removed", "error", "info", "enum value {value!r} removed"),
    Rule("request-parameter-enum-value-added", "info", "error", "enum value {value!r} added"),
    Rule("request-parameter-default-changed", "warning", "info", "default {old!r} became {new!r}"),
    Rule("request-parameter-default-removed", "warning", "info", "default {old!r} removed"),
    Rule("request-parameter-default-added", "info", "info", "default {new!r} added"),
    Rule("request-parameter-enum-added", "error", "info", "enum {values} now limits a parameter that had none"),
    Rule("request-parameter-enum-removed", "info", "error", "enum {values} removed: any value is allowed"),
    Rule("request-parameter-deprecated", "warning", "info", "{location} parameter {name!r} deprecated"),
    # request bodies
    Rule("request-body-removed", "warning", "info", "the request body is no longer read"),
    Rule("request-body-added", "info", "info", "optional request body added"),
    Rule("request-required-body-added", "error", "info", "required request body added"),
    Rule("request-body-became-required", "error", "info", "the request body became required"),
    Rule("request-body-became-optional", "info", "error", "the request body became optional"),
    Rule("request-body-media-type-removed", "error", "info", "the request body is no longer taken as {media}"),
    # request body properties
    Rule("request-property-removed", "warning", "info", "property {name!r} removed (the API no longer reads it)"),
    Rule("request-required-property-removed", "warning", "error", "required property {name!r} removed"),
    Rule("request-property-renamed", "error", "error", "property {old!r} renamed {new!r}"),
    Rule("request-optional-property-added", "info", "info", "optional property {name!r} added"),
    Rule("request-required-property-added", "error", "info", "required property {name!r} added"),
    Rule("request-property-became-required", "error", "info", "property {name!r} became required"),
    Rule("request-property-became-optional", "info", "error", "property {name!r} became optional"),
    Rule("request-property-became-nullable", "info", "error", "may now be null"),
    Rule("request-property-became-not-nullable", "error", "info", "may no longer be null"),
    Rule("request-property-type-changed", "error", "error", "type {old} became {new}"),
    Rule("request-property-enum-value-removed", "error", "info", "enum value {value!r} removed"),
    Rule("request-property-enum-value-added", "info", "error", "enum value {value!r} added"),
    Rule("request-property-default-changed", "warning", "info", "default {old!r} became {new!r}"),
    Rule("request-property-default-removed", "warning", "info", "default {old!r} removed"),
    Rule("request-property-default-added", "info", "info", "default {new!r} added"),
    Rule("request-property-enum-added", "error", "info", "enum {values} now limits a property that had none"),
    Rule("request-property-enum-removed", "info", "error", "enum {values} removed: any value is allowed"),
    Rule("request-property-constraint-tightened", "error", "info", "{keyword} {old} became {new}"),
    Rule("request-property-constraint-loosened", "info", "error", "{keyword} {old} became {new}"),
    Rule("request-property-deprecated", "warning", "info", "deprecated"),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}
