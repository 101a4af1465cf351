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
classes by slot stores. A discriminated ``oneOf`` is a tagged union of Structs, one per
variant (``<Variant>TaggedStruct``: ``tag_field`` the discriminating property, ``tag`` its
value, the other keys as the variant says them), each with its own converter. The record's
Struct holds the union's text (``msgspec.Raw``) and the union's own decoder reads it: a
value of the discriminator the spec does not map, or a variant with a key the spec does not
name, is refused by that decoder alone, and the checked path's statements read that one
value (``Unknown<Property>``, the extra key kept) while the record stays on the fast path.
Properties of shapes that Structs cannot say as the checked path
reads them (a model-or-object fallback) are decoded as plain JSON and go through the
checked path's own statements. Whatever either step refuses (msgspec's ValidationError, a
bad date-time, too deep a nesting, an era check) makes the model fall back to the checked
path on the same text, which keeps what must be kept and raises the error with its JSON
pointer.

A page (a model of ``data``, a list of items, and ``list_metadata``, or a page the
contract's generation names, ``Wire(pages=...)``) gets ``strict_page``, which the clients'
page parsers call: the items and the cursors, the number of items told before any is built.
"""

from __future__ import annotations

from pathlib import Path

from codegen.shapes import Field, Planner, Shape, UnsupportedSchema, _indent, _Names

__all__ = ["Wire"]

LEARNING = (Path(__file__).with_name("wire_learning.txt")).read_text(encoding="utf-8")
"""Learning keys the spec does not name (appended to each ``_wire.py``; see its comment)."""

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
    if shape.kind == "fallback":
        return True
    inner = shape.inner  # a union inside a list, map or null: as the checked path reads it
    return inner is not None and (inner.kind == "oneof" or _checked_only(inner))


class Wire:
    """The wire Structs of one spec's models and the converter lines of each field.

    ``pages`` maps an item model to a page model whose ``data`` the spec leaves untyped but
    the client reads as items of that model (the seed's ``PaginatedList`` of runs).
    """

    def __init__(self, planner: Planner, pages: dict[str, str] | None = None) -> None:
        self.planner = planner
        self.extra_pages = dict(pages or {})

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
        if k == "oneof":  # decoded on its own by the union's decoder (union_lines)
            return "msgspec.Raw"
        assert shape.inner is not None
        inner = self.wire_type(shape.inner)
        if k == "nullable":
            return f"{inner} | None"
        if k == "list":
            return f"list[{inner}]"
        if k == "map":
            return f"dict[str, {inner}]"
        raise UnsupportedSchema(k)

    def tagged(self) -> dict[str, tuple[str, str]]:
        """Each variant model of a ``oneOf`` -> (the discriminating property, the variant's value of it)."""
        found: dict[str, tuple[str, str]] = {}
        for model in self.models():
            for field in self.planner.fields(model):
                shape: Shape | None = field.shape
                while shape is not None and shape.kind in ("nullable", "list", "map"):
                    shape = shape.inner
                if shape is None or shape.kind != "oneof":
                    continue
                for value, variant in shape.variants:
                    if found.setdefault(variant, (shape.key, value)) != (shape.key, value):
                        raise UnsupportedSchema(f"oneOf: {variant} is a variant of two unions under different tags")
        return found

    def tagged_struct(self, model: str) -> str:
        return f"{model}TaggedStruct"

    def pages(self) -> dict[str, tuple[str, str, str | None]]:
        """Item model -> (its page Struct, the page model's list_metadata Struct, the page model or None)."""
        out: dict[str, tuple[str, str, str | None]] = {}
        for name in self.models():
            fields = {f.name: f for f in self.planner.fields(name)}
            data, meta = fields.get("data"), fields.get("list_metadata")
            if len(fields) != 2 or data is None or meta is None or not (data.required and meta.required):
                continue
            items = data.shape.inner
            if data.shape.kind == "list" and items is not None and items.kind == "model" and meta.shape.kind == "model":
                out[items.name] = (f"{name}Struct", meta.shape.name, name)
        for item, page in self.extra_pages.items():
            meta = {f.name: f for f in self.planner.fields(page)}["list_metadata"]
            if meta.shape.kind != "model" or not self.planner.is_model(item):
                raise UnsupportedSchema(f"{page}: a page of {item}s needs a model {item} and a list_metadata model")
            out[item] = (f"{item}PageStruct", meta.shape.name, None)
        return out

    def page_lines(self, pages: dict[str, tuple[str, str, str | None]]) -> list[str]:
        """``strict_page`` and its tables."""
        return [
            "_PAGES: dict[str, tuple[type[Struct], Callable[[Any], Any], Callable[[Any], Any]]] = {",
            *(
                f"    {item!r}: ({struct}, {self.builder(item)}, {self.builder(meta)}),"
                for item, (struct, meta, _) in pages.items()
            ),
            "}",
            "_PAGE_MODELS: dict[str, tuple[str, type[Any]]] = {",
            *(f"    {model!r}: ({item!r}, {model})," for item, (_, _, model) in pages.items() if model is not None),
            "}",
            "",
            "",
            "def strict_page(",
            "    item: str, data: str | bytes | bytearray, count: Callable[[int], object] | None = None",
            ") -> tuple[list[Any], Any] | None:",
            '    """The items of a page of ``item`` and its built ``list_metadata``, or None when the page is refused.',
            "",
            "    None for anything the Structs or the converters refuse (see build_strict): the caller's",
            "    checked path then keeps what must be kept and says what is wrong, and where. (Reading a",
            "    refused page again item by item, each by its Structs or else the checked path, measured",
            "    no faster than the checked path for the whole page.) ``count`` is called with the number",
            "    of items before any is built. Raises what ``count`` raises, KeyError for an item with no page.",
            '    """',
            "    struct, build, build_metadata = _PAGES[item]",
            "    try:",
            "        page = _decode(struct, struct, data)",
            "    except Exception:  # noqa: BLE001 - the caller's checked path says what is wrong, and where",
            "        return None",
            "    if count is not None:",
            "        count(len(page.data))",
            "    try:",
            "        return [build(x) for x in page.data], build_metadata(page.list_metadata)",
            "    except Exception:  # noqa: BLE001 - as above",
            "        return None",
        ]

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
            "import functools",
            "import operator",
            "import re",
            "import threading",
            "import types",
            "from collections.abc import Callable, Iterator",
            "from typing import Annotated, Any, Union, get_args, get_origin",
            "",
            "import msgspec",
            "from msgspec import UNSET, Meta, Struct, UnsetType",
            "",
            "from ..errors import ModelParseError",
            "from ..types import _shared, decode_json, json_type, read_datetime, shared",
            *(f"from .{p.module(name)} import {name}" for name in imported),
            "",
            '__all__ = ["build_strict", "forget_learned", "learned_keys", "strict_page"]',
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
        tagged = self.tagged()
        for name, (key, value) in tagged.items():
            lines += ["", "", f"class {self.tagged_struct(name)}(", f"    Struct, tag_field={key!r}, tag={value!r},"]
            lines += ["    kw_only=True, forbid_unknown_fields=True, gc=False,", "):"]
            lines.append(f'    """{name} as a variant of a union: its {key} is {value!r}."""')
            fields = [f for f in p.fields(name) if f.name != key]
            if fields:
                lines.append("")
            for field in fields:
                hint = self.wire_type(field.shape)
                lines.append(
                    f"    {field.name}: {hint}" if field.required else f"    {field.name}: {hint} | UnsetType = UNSET"
                )
        pages = self.pages()
        page_models = {model for _, _, model in pages.values() if model is not None}
        for item, (page_struct, meta, page_model) in pages.items():
            if page_model is None:
                lines += ["", "", f"class {page_struct}(Struct, kw_only=True, forbid_unknown_fields=True, gc=False):"]
                lines += [f'    """A page of {item}s as the client reads it."""', ""]
                lines += [f"    data: list[{item}Struct]", f"    list_metadata: {meta}Struct"]
        for name in models:
            lines += ["", "", *self.converter(name)]
        for name, tag in tagged.items():
            lines += ["", "", *self.converter(name, tag)]
        lines += [
            "",
            "",
            "_BUILDERS: dict[str, tuple[type[Struct], Callable[[Any], Any]]] = {",
            *(f"    {name!r}: ({name}Struct, {self.builder(name)})," for name in models),
            "}",
            "_BUILD_TAGGED: dict[type[Struct], Callable[[Any], Any]] = {",
            *(f"    {self.tagged_struct(name)}: {self.builder(name)}_tagged," for name in tagged),
            "}",
            *(
                f"{self.union_decoder(field)}: Callable[[Any], Any] = msgspec.json.Decoder("
                + " | ".join(self.tagged_struct(m) for _, m in field.shape.variants)
                + ").decode"
                for name in models
                for field in p.fields(name)
                if field.shape.kind == "oneof"
            ),
            "_LEARNABLE: frozenset[type[Struct]] = frozenset([  # the Structs that learn keys (no page, no variant)",
            *(f"    {name}Struct," for name in models if name not in page_models),
            "])",
            "_LEARNABLE_OR_HOLDING: frozenset[type[Struct]] = _LEARNABLE | frozenset([",
            *(
                f"    {struct},"
                for struct in sorted({struct for struct, _, _ in pages.values()} | {f"{m}Struct" for m in page_models})
            ),
            "])",
            "_UNLEARNABLE: dict[type[Struct], frozenset[str]] = {  # x-newer-shape, x-retab-eras: the checked path's",
            *(f"    {name}Struct: frozenset({sorted(keys)!r})," for name, keys in self.unlearnable().items()),
            "}",
            *self.page_lines(pages),
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
            "    page = _PAGE_MODELS.get(model)",
            "    if page is not None:",
            "        found = strict_page(page[0], data)",
            "        if found is None:",
            "            return None",
            "        obj = object.__new__(page[1])",
            "        obj.data, obj.list_metadata = found",
            "        obj._extra = None  # the Structs forbid keys the spec does not name",
            "        return obj",
            "    try:",
            "        return _BUILDERS[model][1](_decode(model, _BUILDERS[model][0], data))",
            "    except Exception:  # noqa: BLE001 - the checked path says what is wrong, and where",
            "        return None",
        ]
        return "\n".join(lines) + "\n" + LEARNING

    def builder(self, model: str) -> str:
        return f"build_{self.planner.module(model)}"

    def converter(self, model: str, tag: tuple[str, str] | None = None) -> list[str]:
        """The function that fills a ``model`` from its Struct ``s`` (its tagged Struct, with ``tag``)."""
        p = self.planner
        fields = p.fields(model)
        recursive = p.is_recursive(model)
        depth = ", _depth: int = 0" if recursive else ""
        suffix = "" if tag is None else "_tagged"
        lines = [f"def {self.builder(model)}{suffix}(s: Any{depth}) -> {model}:"]
        body: list[str] = []
        if recursive:
            body += ["if _depth >= MAX_NESTING:", '    raise ModelParseError([], "is nested too deeply")']
        for test, message in self.era_tests(model, None if tag is None else tag[0]):
            body += [f"if {test}:", f"    raise ModelParseError([], {message!r})"]
        if any(not f.required for f in fields):
            body.append("absent = 0")
        # Each value goes straight into its slot (no local in between): a fifth of the time of
        # a converter is moving values, so each store saved counts, and nothing reads obj
        # before it is returned (a refusal drops it half-filled).
        body.append(f"obj = object.__new__({model})")
        for field in fields:
            body += self.field_lines(field) if tag is None or field.name != tag[0] else self.tag_lines(field, tag[1])
        if any(not f.required for f in fields):
            body.append(
                "obj._absent = absent if absent < 257 else (_shared_get(absent) or shared(absent))"
                "  # small ints are shared already"
            )
        if tag is not None and all(f.name != tag[0] for f in fields):  # the checked path keeps it as an extra key
            body += [f"obj._extra = {{{tag[0]!r}: {tag[1]!r}}}", "return obj"]
            return lines + _indent(body)
        if tag is not None:
            body += ["obj._extra = None  # the Structs forbid keys the spec does not name", "return obj"]
            return lines + _indent(body)
        body += [
            f"obj._extra = None if s.__class__ is {model}Struct else _learned_extras(s)  # keys learned, see below",
            "return obj",
        ]
        return lines + _indent(body)

    def tag_lines(self, field: Field, value: str) -> list[str]:
        """The discriminating property of a variant read from a tagged Struct: the tag's value, present."""
        k = field.shape.kind
        if k == "str":
            return [f"obj.{field.python_name} = {value!r}"]
        if k == "enum":
            return [f"obj.{field.python_name} = {self.planner.enum_member(field.shape.name, value)}"]
        raise UnsupportedSchema(f"{field.model}.{field.name}: a discriminating property that is not a string")

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
        by_checked = field.shape.kind == "oneof" or _checked_only(field.shape) or field.is_datetime
        if by_checked:  # the union's Structs or the checked path's statements, on the plain value
            head = [f"{field.local}: {field.type_hint}"] + ([f"{text}: str | None = None"] if text else [])
            if field.shape.kind == "oneof":
                body = self.union_lines(field, names)
            else:
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

    def union_decoder(self, field: Field) -> str:
        return f"_decode_{field.model}_{field.python_name}"

    def union_lines(self, field: Field, names: _Names) -> list[str]:
        """A union's text (``msgspec.Raw``) by its tagged Structs, else by the checked path's statements.

        A variant the Structs refuse (a status the spec does not map, a key it does not name)
        costs this value the checked path, not its record nor its page.
        """
        tagged = names.new("t")
        loc = f"[{field.json_name}]"
        checked = self.planner.parse(field.shape, "_v", field.local, loc, field.model, names)
        return [
            "try:",
            f"    {tagged} = {self.union_decoder(field)}(_v)",
            "except msgspec.ValidationError:",
            f"    {tagged} = None",
            f"if {tagged} is None:  # kept as the checked path keeps it (Unknown..., extra keys)",
            "    _v = decode_json(bytes(_v))",
            *_indent(checked),
            "else:",
            f"    {field.local} = _BUILD_TAGGED[{tagged}.__class__]({tagged})",
        ]

    def unlearnable(self) -> dict[str, list[str]]:
        """Each model's keys of ``x-newer-shape`` and ``x-retab-eras``, which the strict path never learns:
        a record with one takes the checked path, which names its shape or era."""
        out = {}
        for model in self.models():
            schema = self.planner.schemas[model]
            shapes = [
                *([schema["x-newer-shape"]] if "x-newer-shape" in schema else []),
                *schema.get("x-retab-eras", []),
            ]
            keys = {key for shape in shapes for key in (*shape.get("present", ()), *shape.get("absent", ()))}
            if keys:
                out[model] = sorted(keys)
        return out

    def era_tests(self, model: str, tag: str | None = None) -> list[tuple[str, str]]:
        """(test, message) of each ``x-retab-eras`` entry a payload the Structs accepted can match."""
        schema = self.planner.schemas[model]
        props = schema.get("properties", {})
        out = []
        for era in schema.get("x-retab-eras", []):
            if any(key not in props for key in era["present"]):
                continue  # a key the Structs refuse: such a payload takes the checked path
            if tag is not None and tag in (*era["present"], *era["absent"]):
                raise UnsupportedSchema(f"{model}: an era that names {tag}, the tag of a union's variant")
            terms = [f"s.{key} is not UNSET" for key in era["present"]]
            terms += [f"s.{key} is UNSET" for key in era["absent"] if key in props]
            out.append((" and ".join(terms) or "True", era["message"]))
        return out
