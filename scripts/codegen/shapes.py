"""What each spec property becomes in the generated attrs models.

openapi-python-client turns every inline object into a wrapper class and knows
nothing of defaults beside ``$ref``, array defaults or ``deprecated``. The model
template therefore works from the raw spec: this module reads a property's schema
into a ``Shape`` and writes, for that shape, the Python type, the statements that
check and convert a JSON value, and the expression that converts it back.

Parsing code checks every value and, on a mismatch, raises ``ModelParseError``
with the location of the value (``steps[3].status``); nested models raise with
their own location and their callers prepend theirs.
"""

from __future__ import annotations

import json
import keyword
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties.enum_property import EnumProperty

SCHEMA_PREFIX = "#/components/schemas/"
MAX_NESTING = 200
"""Deepest self-nesting a model accepts (e.g. trace spans inside spans)."""


_JSON_VALUE = "dict[str, Any] | list[Any] | str | int | float | bool | None"
"""The Python type of any decoded JSON value."""


class UnsupportedSchema(Exception):
    """The spec uses a construct these templates do not generate code for."""


@dataclass(frozen=True)
class Shape:
    """The Python-side form of one JSON schema."""

    kind: str  # str int float bool datetime any object enum model list map nullable union fallback
    name: str = ""  # class name, for enum and model
    inner: Shape | None = None  # element of list and map, value of nullable, model of fallback
    other: Shape | None = None  # for fallback: what a value that does not fit the model may be (object or any)
    json_types: tuple[str, ...] = ()  # for union: the JSON types admitted
    minimum: float | None = None
    key: str = ""  # for oneof: the discriminating property (``status``)
    variants: tuple[tuple[str, str], ...] = ()  # for oneof: (value of ``key``, model), in the spec's order


def _ref_name(ref: str) -> str:
    if not ref.startswith(SCHEMA_PREFIX):
        raise UnsupportedSchema(f"only local component references are supported: {ref}")
    return ref[len(SCHEMA_PREFIX) :]


class Planner:
    """Reads schemas of one spec; one instance per generation run."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, dict[str, Any]] = spec["components"]["schemas"]

    # -- reading schemas -------------------------------------------------------------

    def is_model(self, name: str) -> bool:
        schema = self.schemas.get(name)
        return schema is not None and "enum" not in schema

    def shape(self, schema: dict[str, Any], prop: str = "") -> Shape:
        if "oneOf" in schema:
            return self._one_of(schema, prop)
        if "$ref" in schema:
            name = _ref_name(schema["$ref"])
            target = self.schemas[name]
            return Shape("enum" if "enum" in target else "model", name=name)
        if "anyOf" in schema:
            branches = schema["anyOf"]
            others = [b for b in branches if b.get("type") != "null"]
            if len(others) == 2 and "$ref" in others[0] and self.shape(others[1]).kind in ("object", "any"):
                # The model when the value fits it, else the value as it came (the spec stays open).
                model, other = self.shape(others[0]), self.shape(others[1])
                fallback = Shape("fallback", inner=model, other=other)
                return fallback if len(others) == len(branches) else Shape("nullable", inner=fallback)
            if len(branches) == 2 and len(others) == 1:
                return Shape("nullable", inner=self.shape(others[0]))
            json_types = []
            for branch in branches:
                if set(branch) - {"type", "items", "additionalProperties"}:
                    raise UnsupportedSchema(f"unions of this kind are not supported: {branch}")
                json_types.append(branch["type"])
            return Shape("union", json_types=tuple(json_types))
        kind = schema.get("type")
        if kind is None:
            return Shape("any")
        if kind == "string":
            if "enum" in schema:
                raise UnsupportedSchema("inline enums: declare them as components")
            return Shape("datetime" if schema.get("format") == "date-time" else "str")
        if kind == "integer":
            return Shape("int", minimum=schema.get("minimum"))
        if kind == "number":
            return Shape("float", minimum=schema.get("minimum"))
        if kind == "boolean":
            return Shape("bool")
        if kind == "array":
            return Shape("list", inner=self.shape(schema.get("items", {})))
        if kind == "object":
            if schema.get("properties"):
                raise UnsupportedSchema("inline objects with properties: declare them as components")
            extra = schema.get("additionalProperties", True)
            if extra is True or extra == {}:
                return Shape("object")
            return Shape("map", inner=self.shape(extra))
        raise UnsupportedSchema(f"unsupported type {kind!r}")

    def _one_of(self, schema: dict[str, Any], prop: str) -> Shape:
        """A ``oneOf`` of models told apart by a discriminator: a union of their classes.

        The value of the discriminating property picks the model; a value the spec does not
        map (a later addition) is kept whole as ``Unknown<Property>``, never refused.
        """
        discriminator = schema.get("discriminator") or {}
        key, mapping = discriminator.get("propertyName"), discriminator.get("mapping") or {}
        branches = schema["oneOf"]
        if not key or not prop or not all("$ref" in b for b in branches):
            raise UnsupportedSchema("oneOf: only unions of models with a discriminator are supported")
        by_model = {_ref_name(ref): value for value, ref in mapping.items()}
        variants = []
        for branch in branches:
            name = _ref_name(branch["$ref"])
            if name not in by_model:
                raise UnsupportedSchema(f"oneOf: {name} has no value in the discriminator's mapping")
            variants.append((by_model[name], name))
        return Shape("oneof", name=unknown_variant(prop), key=key, variants=tuple(variants))

    def unknown_variants(self) -> list[tuple[str, str]]:
        """(class name, discriminating property) of every ``Unknown<Property>`` the spec's unions need."""
        found: dict[str, str] = {}
        for model, schema in self.schemas.items():
            for name, prop in (schema.get("properties") or {}).items() if self.is_model(model) else ():
                if isinstance(prop, dict) and "oneOf" in prop:
                    shape = self._one_of(prop, name)
                    if found.setdefault(shape.name, shape.key) != shape.key:
                        raise UnsupportedSchema(f"oneOf: two {name} unions with different discriminators")
        return sorted(found.items())

    def fields(self, model_name: str) -> list[Field]:
        """The model's properties, required ones first (attrs needs that order)."""
        schema = self.schemas[model_name]
        required = set(schema.get("required", []))
        out = []
        for name, prop in schema.get("properties", {}).items():
            out.append(Field(self, model_name, name, prop, name in required))
        optional = [f for f in out if not f.required]
        for bit, field in enumerate(optional):
            field.bit = 1 << bit
        return [f for f in out if f.required] + optional

    def imports(self, model_name: str) -> list[str]:
        """Import lines for the components a model refers to (itself excluded)."""
        names: set[str] = set()

        def walk(shape: Shape) -> None:
            if shape.kind in ("enum", "model", "oneof") and shape.name != model_name:
                names.add(shape.name)
            names.update(model for _, model in shape.variants if model != model_name)
            if shape.inner is not None:
                walk(shape.inner)

        for field in self.fields(model_name):
            walk(field.shape)
        return [f"from .{_module(n)} import {n}" for n in sorted(names)]

    def enums(self, model_name: str) -> list[str]:
        """Names of the enums a model's fields use."""
        found: set[str] = set()

        def walk(shape: Shape) -> None:
            if shape.kind == "enum":
                found.add(shape.name)
            if shape.inner is not None:
                walk(shape.inner)

        for field in self.fields(model_name):
            walk(field.shape)
        return sorted(found)

    def is_recursive(self, model_name: str) -> bool:
        def refers(shape: Shape) -> bool:
            if shape.kind == "model" and shape.name == model_name:
                return True
            return shape.inner is not None and refers(shape.inner)

        return any(refers(f.shape) for f in self.fields(model_name))

    def module(self, class_name: str) -> str:
        return _module(class_name)

    def enum_member(self, enum_name: str, value: str) -> str:
        members = EnumProperty.values_from_list(self.schemas[enum_name]["enum"], None, [])
        for key, member_value in members.items():
            if member_value == value:
                return f"{enum_name}.{key}"
        raise UnsupportedSchema(f"default {value!r} is not a member of {enum_name}")

    # -- writing code ----------------------------------------------------------------

    def hint(self, shape: Shape) -> str:
        k = shape.kind
        simple = {"str": "str", "int": "int", "float": "float", "bool": "bool", "any": "Any"}
        if k in simple:
            return simple[k]
        if k == "datetime":
            return "datetime.datetime"
        if k == "object":
            return "dict[str, Any]"
        if k in ("enum", "model"):
            return shape.name
        if k == "oneof":
            return " | ".join([*(model for _, model in shape.variants), shape.name])
        if k == "fallback":
            assert shape.inner is not None and shape.other is not None
            other = _JSON_VALUE if shape.other.kind == "any" else self.hint(shape.other)
            return f"{self.hint(shape.inner)} | {other}"
        assert shape.inner is not None or k == "union"
        if k == "list":
            return f"list[{self.hint(shape.inner)}]"  # type: ignore[arg-type]
        if k == "map":
            return f"dict[str, {self.hint(shape.inner)}]"  # type: ignore[arg-type]
        if k == "nullable":
            return f"{self.hint(shape.inner)} | None"  # type: ignore[arg-type]
        return "Any"  # union of JSON types: kept as decoded

    def parse(self, shape: Shape, src: str, dst: str, loc: str, owner: str, names: _Names) -> list[str]:
        """Statements that check ``src`` and bind its Python form to ``dst``."""
        k = shape.kind
        fail = "raise ModelParseError.wrong_type"
        if k == "any":
            return [f"{dst} = {src}"]
        if k in ("str", "enum", "datetime"):
            label = {"str": "a string", "enum": "a string", "datetime": "a date-time string"}[k]
            lines = [
                f"if {src}.__class__ is not str and not isinstance({src}, str):",
                f"    {fail}({loc}, {label!r}, {src})",
            ]
            if k == "str":
                return [*lines, f"{dst} = {src}"]
            if k == "enum":  # a dict lookup costs a sixth of the Enum call, which stays for unknown values
                return [*lines, f"{dst} = _{shape.name}_BY_VALUE.get({src}) or {shape.name}({src})"]
            if names.text is None:  # only a field's own text slot can keep the text for an exact round trip
                raise UnsupportedSchema("date-times inside arrays, maps or unions")
            return [
                *lines,
                f"{dst}, {names.text} = read_datetime({src})  # the text kept when written back otherwise",
                f"if {dst} is None:",
                f"    raise ModelParseError({loc}, 'is not an RFC 3339 date-time', {src})",
            ]
        if k == "int":
            lines = [  # as in JSON Schema, 2.0 is an integer: it is read as 2
                f"if {src}.__class__ is not int and (isinstance({src}, bool) or not isinstance({src}, int)):",
                f"    if not (isinstance({src}, float) and {src}.is_integer()):",
                f"        {fail}({loc}, 'an integer', {src})",
                f"    {src} = int({src})",
            ]
            return [*lines, *self._minimum(shape, src, loc), f"{dst} = {src}"]
        if k == "float":
            lines = [
                f"if {src}.__class__ is not float and {src}.__class__ is not int"
                f" and (isinstance({src}, bool) or not isinstance({src}, (int, float))):",
                f"    {fail}({loc}, 'a number', {src})",
            ]
            return [*lines, *self._minimum(shape, src, loc), f"{dst} = {src}"]
        if k == "bool":
            return [
                f"if {src} is not True and {src} is not False:",
                f"    {fail}({loc}, 'a boolean', {src})",
                f"{dst} = {src}",
            ]
        if k == "object":
            return [
                f"if {src}.__class__ is not dict and not isinstance({src}, dict):",
                f"    {fail}({loc}, 'an object', {src})",
                f"{dst} = {src}",
            ]
        if k == "union":
            allowed = tuple(sorted(set(shape.json_types)))
            return [
                f"if json_type({src}) not in {allowed!r}:",
                f"    {fail}({loc}, {' or '.join(allowed)!r}, {src})",
                f"{dst} = {src}",
            ]
        if k == "model":
            # The body: only the outer call pauses GC. _own passes on (see the list case), by
            # position where it can: CPython specialises calls without keywords, not those with.
            if shape.name == owner:
                call = f"{shape.name}._from_dict({src}, _depth + 1, _own)"
            elif self.is_recursive(shape.name):  # its second parameter is _depth
                call = f"{shape.name}._from_dict({src}, _own=_own)"
            else:
                call = f"{shape.name}._from_dict({src}, _own)"
            err = names.new("e")
            return [
                "try:",
                f"    {dst} = {call}",
                f"except ModelParseError as {err}:",
                f"    {err}.loc[:0] = {loc}",
                "    raise",
            ]
        if k == "oneof":
            err, tag = names.new("e"), names.new("tag")
            branches = []
            for position, (value, model) in enumerate(shape.variants):
                keyword_ = "if" if position == 0 else "elif"
                branches += [f"{keyword_} {tag} == {value!r}:", f"    {dst} = {model}._from_dict({src}, _own)"]
            return [
                f"if {src}.__class__ is not dict and not isinstance({src}, dict):",
                f"    {fail}({loc}, 'an object', {src})",
                f"{tag} = {src}.get({shape.key!r}, _ABSENT)",
                f"if {tag} is _ABSENT:",
                f"    raise ModelParseError.missing({_loc_plus(loc, repr(shape.key))})",
                f"if {tag}.__class__ is not str and not isinstance({tag}, str):",
                f"    {fail}({_loc_plus(loc, repr(shape.key))}, 'a string', {tag})",
                "try:",
                *_indent(branches),
                "    else:  # a value this contract does not list: kept as it came",
                f"        {dst} = {shape.name}._from_dict({src}, _own)",
                f"except ModelParseError as {err}:",
                f"    {err}.loc[:0] = {loc}",
                "    raise",
            ]
        if k == "fallback":
            assert shape.inner is not None and shape.other is not None
            kept = [f"{dst} = {src}"] if shape.other.kind == "any" else [f"{fail}({loc}, 'an object', {src})"]
            return [
                f"if {src}.__class__ is dict or isinstance({src}, dict):",
                "    try:",
                f"        {dst} = {shape.inner.name}._from_dict({src})",
                "    except ModelParseError:",
                f"        {dst} = {src}",
                "else:",
                *_indent(kept),
            ]
        assert shape.inner is not None
        if k == "nullable":
            inner = self.parse(shape.inner, src, dst, loc, owner, names)
            return [f"if {src} is None:", f"    {dst} = None", "else:", *_indent(inner)]
        if k == "list":
            i, x, y = names.new("i"), names.new("x"), names.new("y")
            body = self.parse(shape.inner, x, y, _loc_plus(loc, i), owner, names)
            acc = names.new("items")
            element = shape.inner.inner if shape.inner.kind == "nullable" else shape.inner
            # When the decoded value is the model's own (from_json, the client), each object of
            # a list of models lets go of its decoded dict once built: the dicts and the models
            # are then not all alive together, which is what made parsing peak above json.loads.
            consume = (
                ["    if _own:", f"        {src}[{i}] = None"]
                if element is not None and element.kind == "model"
                else []
            )
            return [
                f"if {src}.__class__ is not list and not isinstance({src}, list):",
                f"    {fail}({loc}, 'an array', {src})",
                f"{acc}: {self.hint(shape)} = []",
                f"{y}: {self.hint(shape.inner)}",
                f"for {i}, {x} in enumerate({src}):",
                *_indent(body),
                f"    {acc}.append({y})",
                *consume,
                f"{dst} = {acc}",
            ]
        if k == "map":
            key, x, y = names.new("k"), names.new("x"), names.new("y")
            body = self.parse(shape.inner, x, y, _loc_plus(loc, key), owner, names)
            acc = names.new("entries")
            return [
                f"if {src}.__class__ is not dict and not isinstance({src}, dict):",
                f"    {fail}({loc}, 'an object', {src})",
                f"{acc}: {self.hint(shape)} = {{}}",
                f"{y}: {self.hint(shape.inner)}",
                f"for {key}, {x} in {src}.items():",
                *_indent(body),
                f"    {acc}[{key}] = {y}",
                f"{dst} = {acc}",
            ]
        raise UnsupportedSchema(k)

    def _minimum(self, shape: Shape, src: str, loc: str) -> list[str]:
        if shape.minimum is None:
            return []
        bound = int(shape.minimum) if shape.kind == "int" else shape.minimum
        return [f"if {src} < {bound!r}:", f"    raise ModelParseError({loc}, 'must be at least {bound!r}', {src})"]

    def dump(self, shape: Shape, expr: str, names: _Names) -> str:
        """An expression giving the JSON form of ``expr``."""
        k = shape.kind
        if k in ("str", "int", "float", "bool", "any", "object", "union"):
            return expr
        if k == "datetime":
            return f"format_datetime({expr}, self.{names.text_slot})"
        if k == "enum":
            return f"{expr}.value"
        if k in ("model", "oneof"):
            return f"{expr}._to_dict()"
        if k == "fallback":
            assert shape.inner is not None
            return f"({expr}._to_dict() if isinstance({expr}, {shape.inner.name}) else {expr})"
        assert shape.inner is not None
        if k == "nullable":
            inner = self.dump(shape.inner, expr, names)
            return expr if inner == expr else f"(None if {expr} is None else {inner})"
        x = names.new("v")
        inner = self.dump(shape.inner, x, names)
        if inner == x:
            return expr
        if k == "list":
            return f"[{inner} for {x} in {expr}]"
        key = names.new("k")
        return f"{{{key}: {inner} for {key}, {x} in {expr}.items()}}"

    def check(self, shape: Shape, expr: str, depth: int = 0) -> str | None:
        """A test that ``expr`` is a Python value of this shape (a model built in code), or None: anything goes."""
        k = shape.kind
        simple = {
            "str": f"isinstance({expr}, str)",
            "bool": f"isinstance({expr}, bool)",
            "int": f"(isinstance({expr}, int) and not isinstance({expr}, bool))",
            "float": f"(isinstance({expr}, (int, float)) and not isinstance({expr}, bool))",
            "datetime": f"isinstance({expr}, datetime.datetime)",
            "object": f"isinstance({expr}, dict)",
        }
        if k in simple:
            return simple[k]
        if k in ("enum", "model"):
            return f"isinstance({expr}, {shape.name})"
        if k == "oneof":
            classes = ", ".join([*(model for _, model in shape.variants), shape.name])
            return f"isinstance({expr}, ({classes}))"
        if k in ("any", "union"):
            return None
        assert shape.inner is not None
        if k == "fallback":
            assert shape.other is not None
            other = self.check(shape.other, expr, depth)
            return None if other is None else f"(isinstance({expr}, {shape.inner.name}) or {other})"
        if k == "nullable":
            inner = self.check(shape.inner, expr, depth)
            return None if inner is None else f"({expr} is None or {inner})"
        x = f"_x{depth}"
        inner = self.check(shape.inner, x, depth + 1)
        container = "list" if k == "list" else "dict"
        if inner is None:
            return f"isinstance({expr}, {container})"
        items = expr if k == "list" else f"{expr}.values()"
        return f"(isinstance({expr}, {container}) and all({inner} for {x} in {items}))"


class _Names:
    """Fresh local variable names within one generated function."""

    def __init__(self, field: str, text: str | None = None) -> None:
        self.field = field  # mypy types a local once per function: names must not repeat across fields
        self.count = 0
        self.text = text  # the local holding a date-time field's text as read
        self.text_slot = f"_{field}_text"

    def new(self, stem: str) -> str:
        self.count += 1
        return f"_{stem}_{self.field}{self.count}"


def _indent(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


def _loc_plus(loc: str, part: str) -> str:
    return f"[*{loc}, {part}]" if not loc.endswith("]") else f"{loc[:-1]}, {part}]"


def unknown_variant(prop: str) -> str:
    """The class that keeps a union's unknown variant: ``lifecycle`` -> ``UnknownLifecycle``."""
    return "Unknown" + "".join(part[:1].upper() + part[1:] for part in prop.split("_"))


def _module(class_name: str) -> str:
    from openapi_python_client.strings import snake_case

    return str(snake_case(class_name))


class Field:
    """One property of a model, with everything the template writes for it."""

    def __init__(self, planner: Planner, model: str, name: str, schema: dict[str, Any], required: bool) -> None:
        self.planner = planner
        self.model = model
        self.name = name
        self.schema = schema
        self.required = required
        if not name.isidentifier() or keyword.iskeyword(name):
            raise UnsupportedSchema(f"{model}.{name}: property names must be Python identifiers")
        self.python_name = name  # attribute named as in the spec
        self.local = f"{name}_"  # locals carry a suffix so no field shadows a builtin or module
        self.shape = planner.shape(schema, name)
        self.deprecated = bool(schema.get("deprecated"))
        self.description = schema.get("description", "")
        self.has_default = "default" in schema
        self.bit = 0  # this optional field's bit in the model's ``_absent`` mask
        inner = self.shape.inner if self.shape.kind == "nullable" else self.shape
        self.is_datetime = inner is not None and inner.kind == "datetime"
        kind = self.shape.kind  # may the value be null when the key is there?
        self.nullable = kind in ("nullable", "any") or (kind == "union" and "null" in self.shape.json_types)

    @property
    def json_name(self) -> str:
        return json.dumps(self.name)

    @property
    def type_hint(self) -> str:
        hint = self.planner.hint(self.shape)
        if self.required or self.has_default or self.nullable or hint == "Any":
            return hint
        return f"{hint} | None"  # an absent key reads as None

    @property
    def check(self) -> str | None:
        """A test of ``self.<field>`` built in code (None as well, where the key may be absent), or None."""
        test = self.planner.check(self.shape, f"self.{self.python_name}")
        if test is None or self.required or self.has_default or self.nullable:
            return test
        return f"(self.{self.python_name} is None or {test})"

    @property
    def expected(self) -> str:
        """The field's Python type, as a check's error says it."""
        return self.type_hint

    @property
    def absent_unless_given(self) -> bool:
        """Optional, no default, nullable: None stands for the absent key unless the payload had null."""
        return not self.required and not self.has_default and self.nullable

    @property
    def text_slot(self) -> str:
        return f"_{self.python_name}_text"

    @property
    def default_code(self) -> str:
        """Python for the spec default, or None when there is none."""
        if not self.has_default:
            return "None"
        value = self.schema["default"]
        if self.shape.kind == "enum":
            return self.planner.enum_member(self.shape.name, value)
        if isinstance(value, (list, dict)) and value:
            raise UnsupportedSchema(f"non-empty container default on {self.model}.{self.name}")
        if isinstance(value, list):
            return "[]"
        if isinstance(value, dict):
            return "{}"
        if self.shape.kind == "float":
            return repr(float(value))
        return repr(value)

    @property
    def declaration(self) -> str:
        """The attrs attribute line."""
        metadata = ', metadata={"deprecated": True}' if self.deprecated else ""
        if self.required:
            default = f" = _attrs_field({metadata[2:]})" if metadata else ""
            return f"{self.python_name}: {self.type_hint}{default}"
        code = self.default_code
        if code in ("[]", "{}"):
            factory = "list" if code == "[]" else "dict"
            return f"{self.python_name}: {self.type_hint} = _attrs_field(factory={factory}{metadata})"
        if metadata:
            return f"{self.python_name}: {self.type_hint} = _attrs_field(default={code}{metadata})"
        return f"{self.python_name}: {self.type_hint} = {code}"

    def parse_lines(self) -> list[str]:
        """Statements filling this field's slot of ``obj`` from ``src`` (key looked up as ``_v``).

        The value goes straight into the slot (no local in between, a store saved per field);
        a date-time's text goes through a local into its own slot, stored after the field.
        """
        text = f"{self.local}text" if self.is_datetime else None
        names = _Names(self.python_name, text)
        loc = f"[{self.json_name}]"
        slot = f"obj.{self.python_name}"
        body = self.planner.parse(self.shape, "_v", slot, loc, self.model, names)
        head = [f"_v = get({self.json_name}, _ABSENT)"]
        tail = []
        if text is not None:
            head.append(f"{text}: str | None = None")
            tail.append(f"obj.{self.text_slot} = {text}")
        if self.required:
            return [*head, "if _v is _ABSENT:", f"    raise ModelParseError.missing({loc})", *body, *tail]
        on_absent = [f"    {slot} = {self.default_code}", f"    absent |= {self.bit}"]
        return [*head, "if _v is _ABSENT:", *on_absent, "else:", *_indent(body), *tail]

    def dump_lines(self) -> list[str]:
        """Statements adding this field's JSON form to ``out``."""
        names = _Names(self.python_name)
        value = f"self.{self.python_name}"
        if self.required:
            return [f"out[{self.json_name}] = {self.planner.dump(self.shape, value, names)}"]
        local = self.local  # one name per field: mypy types each local once
        expr = self.planner.dump(self.shape, local, names)
        if self.has_default:
            differs = "is not" if self.default_code in ("True", "False", "None") else "!="
            keep = f"not self._absent & {self.bit} or {local} {differs} {self.default_code}"
        elif self.nullable:  # null is written when the payload had it, or the value was set
            keep = f"{local} is not None or not self._absent & {self.bit}"
        else:  # may be absent, never null
            keep = f"{local} is not None"
        return [f"{local} = {value}", f"if {keep}:", f"    out[{self.json_name}] = {expr}"]
