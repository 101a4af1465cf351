"""The strict fast path of the attrs models: wire Structs and a converter per model.

``from_json`` (and the client) first decode with msgspec into Structs written here, one
per model, that say exactly what the spec says and nothing more lenient:

- every key of the spec, with ``msgspec.UNSET`` as the default of an optional one, so an
  absent key stays apart from null and from the spec default (the converter applies the
  default and sets the model's absence bit, as the checked path does);
- no other key (``forbid_unknown_fields``): a payload with keys the spec does not name is
  refused, and the checked path (``_from_dict``) keeps them;
- enums and date-times as the text received (an unknown enum value is kept, a date-time's
  text is kept when it would be written back otherwise), numbers as ``int | float`` (a
  JSON ``1`` stays ``1`` where the spec says number), minimums as ``Meta(ge=...)``.

A generated straight-line converter per model (``build_<model>``) then fills the attrs
classes by slot stores. Properties of shapes that Structs cannot say as the checked path
reads them (a model-or-object fallback, a discriminated ``oneOf`` whose unknown variants
are kept) are decoded as plain JSON and go through the checked path's own statements.
Whatever either step refuses (msgspec's ValidationError, a bad date-time, too deep a
nesting, an era check) makes the model fall back to the checked path on the same text,
which keeps what must be kept and raises the error with its JSON pointer.
"""

from __future__ import annotations

from codegen.shapes import Field, Planner, Shape, UnsupportedSchema, _indent, _Names

__all__ = ["Wire"]

_JSON_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "int | float",
    "boolean": "bool",
    "null": "None",
    "array": "list[Any]",
    "object": "dict[str, Any]",
}
_ANNOTATION_NAMES = {
    "str",
    "int",
    "float",
    "bool",
    "list",
    "dict",
    "Any",
    "Annotated",
    "Meta",
    "UnsetType",
    "UNSET",
    "None",
}


def _checked_only(shape: Shape) -> bool:
    """Whether the shape holds something only the checked path reads (see the module's doc)."""
    if shape.kind in ("fallback", "oneof"):
        return True
    return shape.inner is not None and _checked_only(shape.inner)


class Wire:
    """The wire Structs of one spec's models and the converter lines of each field."""

    def __init__(self, planner: Planner) -> None:
        self.planner = planner

    # -- the Structs (models/_wire.py) -------------------------------------------------

    def models(self) -> list[str]:
        return [name for name in self.planner.schemas if self.planner.is_model(name)]

    def wire_type(self, shape: Shape) -> str:
        k = shape.kind
        if _checked_only(shape) or k == "any":
            return "Any"
        if k in ("str", "enum", "datetime"):
            return "str"
        if k == "bool":
            return "bool"
        if k in ("int", "float"):
            kinds = ["int"] if k == "int" else ["int", "float"]
            if shape.minimum is None:
                return " | ".join(kinds)
            return " | ".join(f"Annotated[{t}, Meta(ge={shape.minimum!r})]" for t in kinds)
        if k == "object":
            return "dict[str, Any]"
        if k == "union":
            return " | ".join(dict.fromkeys(_JSON_TYPES[t] for t in shape.json_types))
        if k == "model":
            return f"{shape.name}Struct"
        assert shape.inner is not None
        inner = self.wire_type(shape.inner)
        if k == "nullable":
            return f"{inner} | None"
        if k == "list":
            return f"list[{inner}]"
        if k == "map":
            return f"dict[str, {inner}]"
        raise UnsupportedSchema(k)

    def module_text(self, spec_name: str, max_nesting: int) -> str:
        """The source of ``models/_wire.py``: the Structs, a converter per model, ``build_strict``."""
        models = self.models()
        p = self.planner
        enums = sorted({e for m in models for e in p.enums(m)})
        imported = sorted({*models, *enums, *(name for name, _ in p.unknown_variants())})
        lines = [
            '"""The strict fast path of the models: wire Structs and a converter per model.',
            "",
            "Generated from " + spec_name + " by scripts/generate.py: do not edit. Loaded on the first",
            "``from_json``, so importing the models costs neither msgspec nor these classes.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "import datetime",
            "from collections.abc import Callable",
            "from typing import Annotated, Any",
            "",
            "import msgspec",
            "from msgspec import UNSET, Meta, Struct, UnsetType",
            "",
            "from ..errors import ModelParseError",
            "from ..types import _shared, json_type, read_datetime, shared",
            *(f"from .{p.module(name)} import {name}" for name in imported),
            "",
            '__all__ = ["build_strict"]',
            "",
            f"MAX_NESTING = {max_nesting}",
            "_ABSENT: Any = object()  # what src.get returns for a key the payload lacks (checked-path statements)",
            "_own = False  # the checked-path statements never empty what they read here",
            "_shared_get = _shared.get  # shared()'s own dict: a C call where the value is there already",
            *(f"_{e}_BY_VALUE: dict[str, {e}] = {{member.value: member for member in {e}}}" for e in enums),
        ]
        reserved = _ANNOTATION_NAMES | {f"{name}Struct" for name in models}
        for name in models:
            lines += ["", "", f"class {name}Struct(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):"]
            lines.append(f'    """{name} as the spec says it, every optional key UNSET when absent."""')
            fields = p.fields(name)
            if fields:
                lines.append("")
            for field in fields:
                if field.name in reserved:
                    raise UnsupportedSchema(f"{name}.{field.name}: a property named as a type of the wire Structs")
                hint = self.wire_type(field.shape)
                lines.append(
                    f"    {field.name}: {hint}" if field.required else f"    {field.name}: {hint} | UnsetType = UNSET"
                )
        for name in models:
            lines += ["", "", *self.converter(name)]
        lines += [
            "",
            "",
            "_BUILDERS: dict[str, tuple[type[Struct], Callable[[Any], Any]]] = {",
            *(f"    {name!r}: ({name}Struct, {self.builder(name)})," for name in models),
            "}",
            "_decoders: dict[str, Callable[[str | bytes | bytearray], Any]] = {}",
            "",
            "",
            "def build_strict(model: str, data: str | bytes | bytearray) -> Any:",
            '    """The ``model`` of JSON text ``data`` by the strict fast path, or None when it refuses.',
            "",
            "    None for anything the Structs or the converter do not take as the spec says it (an",
            "    unknown key or enum... see the module's doc in scripts/codegen/wire.py): the caller's",
            "    checked path then decides, keeps what must be kept and raises what must be raised.",
            "    Raises nothing.",
            '    """',
            "    try:",
            "        decode = _decoders.get(model)",
            "        if decode is None:",
            "            decode = _decoders[model] = msgspec.json.Decoder(_BUILDERS[model][0]).decode",
            "        return _BUILDERS[model][1](decode(data))",
            "    except Exception:  # noqa: BLE001 - the checked path says what is wrong, and where",
            "        return None",
        ]
        return "\n".join(lines) + "\n"

    def builder(self, model: str) -> str:
        return f"build_{self.planner.module(model)}"

    def converter(self, model: str) -> list[str]:
        """The function that fills a ``model`` from its Struct ``s``."""
        p = self.planner
        fields = p.fields(model)
        recursive = p.is_recursive(model)
        depth = ", _depth: int = 0" if recursive else ""
        lines = [f"def {self.builder(model)}(s: Any{depth}) -> {model}:"]
        body: list[str] = []
        if recursive:
            body += ["if _depth >= MAX_NESTING:", '    raise ModelParseError([], "is nested too deeply")']
        for test, message in self.era_tests(model):
            body += [f"if {test}:", f"    raise ModelParseError([], {message!r})"]
        if any(not f.required for f in fields):
            body.append("absent = 0")
        # Each value goes straight into its slot (no local in between): a fifth of the time of
        # a converter is moving values, so each store saved counts, and nothing reads obj
        # before it is returned (a refusal drops it half-filled).
        body.append(f"obj = object.__new__({model})")
        for field in fields:
            body += self.field_lines(field)
        if any(not f.required for f in fields):
            body.append(
                "obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))"
                "  # small ints are shared already"
            )
        body += ["obj._extra = None  # the Structs forbid keys the spec does not name", "return obj"]
        return lines + _indent(body)

    # -- the converters (build_<model>) -------------------------------------------------

    def convert(self, shape: Shape, x: str, owner: str, names: _Names) -> str:
        """An expression of ``x`` (a wire value of ``shape``) as the model's Python value."""
        k = shape.kind
        if k in ("str", "int", "float", "bool", "any", "object", "union"):
            return x
        if k == "enum":  # a dict lookup costs a sixth of the Enum call, which stays for unknown values
            return f"(_{shape.name}_BY_VALUE.get({x}) or {shape.name}({x}))"
        if k == "model":
            return f"{self.builder(shape.name)}({x}{', _depth + 1' if shape.name == owner else ''})"
        assert shape.inner is not None, k
        if k == "nullable":  # x is always a name: read twice
            inner = self.convert(shape.inner, x, owner, names)
            return x if inner == x else f"(None if {x} is None else {inner})"
        v = names.new("w")
        inner = self.convert(shape.inner, v, owner, names)
        if inner == v:
            return x  # the list or dict msgspec made is this call's own
        if k == "list":
            return f"[{inner} for {v} in {x}]"
        if k == "map":
            key = names.new("k")
            return f"{{{key}: {inner} for {key}, {v} in {x}.items()}}"
        raise UnsupportedSchema(k)

    def field_lines(self, field: Field) -> list[str]:
        """Statements filling the slot(s) of ``field`` in ``obj`` from the Struct ``s``."""
        text = f"{field.local}text" if field.is_datetime else None
        names = _Names(field.python_name, text)
        slot = f"obj.{field.python_name}"
        if _checked_only(field.shape) or field.is_datetime:  # the checked path's statements, on the plain value
            head = [f"{field.local}: {field.type_hint}"] + ([f"{text}: str | None = None"] if text else [])
            body = self.planner.parse(field.shape, "_v", field.local, f"[{field.json_name}]", field.model, names)
            tail = [f"{slot} = {field.local}"] + ([f"obj.{field.text_slot} = {text}"] if text else [])
            on_absent = [f"{field.local} = {field.default_code}", f"absent |= {field.bit}"]
        else:
            head, tail = [], []
            body = [f"{slot} = {self.convert(field.shape, '_v', field.model, names)}"]
            on_absent = [f"{slot} = {field.default_code}", f"absent |= {field.bit}"]
        if field.required:
            if body == [f"{slot} = _v"]:
                return [f"{slot} = s.{field.python_name}"]
            return [*head, f"_v = s.{field.python_name}", *body, *tail]
        return [
            *head,
            f"_v = s.{field.python_name}",
            "if _v is UNSET:",
            *_indent(on_absent),
            "else:",
            *_indent(body),
            *tail,
        ]

    def era_tests(self, model: str) -> list[tuple[str, str]]:
        """(test, message) of each ``x-retab-eras`` entry a payload the Structs accepted can match."""
        schema = self.planner.schemas[model]
        props = schema.get("properties", {})
        out = []
        for era in schema.get("x-retab-eras", []):
            if any(key not in props for key in era["present"]):
                continue  # a key the Structs refuse: such a payload takes the checked path
            terms = [f"s.{key} is not UNSET" for key in era["present"]]
            terms += [f"s.{key} is UNSET" for key in era["absent"] if key in props]
            out.append((" and ".join(terms) or "True", era["message"]))
        return out
