#!/usr/bin/env python3
"""Regenerate ``generated/`` from ``openapi.yaml``.

    python scripts/generate.py                 print what changed, then rewrite generated/ from both
                                               contracts (openapi.yaml; openapi-2026-08-16.yaml into
                                               the v2026_08_16 sub-packages)
    python scripts/generate.py --check         exit 1 with a diff when generated/ is stale
    python scripts/generate.py --import-vendor write openapi-2026-08-16.yaml: the vendor's file as
                                               published, imported (normalise + spec/2026-08-16/)
    python scripts/generate.py --spec FILE --out DIR
                                               generate from any spec (a vendor JSON file goes
                                               through normalise + spec/overlay.yaml) into DIR
    python scripts/generate.py --spec FILE... --out DIR
                                               the same for several, into DIR/<file stem>/

Everything is generated into a temporary folder first, so a failed run never
leaves ``generated/`` half written. Customisation lives beside this script:
``templates/`` (openapi-python-client templates), ``codegen/`` (what each spec
property becomes in the attrs models), ``ruff-generated.toml`` (formatting).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import difflib
import importlib.metadata
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
OUT = ROOT / "generated"
CHANGELOG = ROOT / "CHANGELOG.md"
SCRIPTS = ROOT / "scripts"
TEMPLATES = SCRIPTS / "templates"
RUFF_CONFIG = SCRIPTS / "ruff-generated.toml"
CLIENT_PACKAGE = "retab_runs_client"
SCHEMA_PACKAGE = "retab_runs_schema"
SCHEMA_FILE = "workflow_run.schema.json"
RUN_PATH = "/v1/workflows/runs/{run_id}"

HEADER = "Generated from openapi.yaml by scripts/generate.py: do not edit."


@dataclass(frozen=True)
class Contract:
    """One contract of the API and where its code goes: ``subpackage`` of both packages ("" = their top)."""

    spec: Path
    subpackage: str
    api_version: str  # as validate_run names the contract
    vendor_file: Path | None = None  # the vendor's file as published that ``--import-vendor`` imports
    pages: tuple[tuple[str, str], ...] = ()  # (item, page model): a page whose untyped data the client reads as items


TODAY_VENDOR = ROOT.parent / "shared" / "reference" / "retab-openapi-2026-08-16-workflow-runs.json"
CONTRACTS = (
    # the seed's, first: openapi-python-client empties the folder it writes; runs.list reads its
    # PaginatedList's items (typed {} by the vendor) as runs
    Contract(SPEC, "", "2026-02-26", pages=(("WorkflowRun", "PaginatedList"),)),
    Contract(ROOT / "openapi-2026-08-16.yaml", "v2026_08_16", "2026-08-16", TODAY_VENDOR),
)

# Output depends on these exact versions; constraints.txt pins the same ones.
PINNED = {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"}

# codegen is imported from scripts/, the spec tools as scripts.spectools (the name mutmut gives them).
sys.path[:0] = [str(SCRIPTS), str(ROOT)]
from codegen.bundle import ROOT_SCHEMA, bundle_json_schema  # noqa: E402
from codegen.lenient import fast_path_spec  # noqa: E402
from codegen.shapes import MAX_NESTING, Planner, UnsupportedSchema  # noqa: E402
from codegen.wire import Wire  # noqa: E402

from scripts.spectools.changelog import add_unreleased, changelog_lines  # noqa: E402
from scripts.spectools.compare import compare  # noqa: E402
from scripts.spectools.importer import SpecReadError, is_vendor_file, load_any  # noqa: E402
from scripts.spectools.overlay import fold_skipped  # noqa: E402
from scripts.spectools.pynames import python_changes  # noqa: E402
from scripts.spectools.report import as_table, findings  # noqa: E402


class GenerationError(Exception):
    """Generation could not finish; the message says why."""


def check_versions() -> None:
    wrong = []
    for package, wanted in PINNED.items():
        try:
            found = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            found = "not installed"
        if found != wanted:
            wrong.append(f"{package} {found} (need {wanted})")
    if wrong:
        raise GenerationError(
            "generator versions differ from the pins, so output would differ: "
            + ", ".join(wrong)
            + ". Run `make install` (pip install -c constraints.txt -e '.[dev]')."
        )


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    """The spec the generators read: ``path`` as is, or imported when it is a vendor file."""
    try:
        spec, report = load_any(path)
    except SpecReadError as exc:
        raise GenerationError(str(exc)) from None
    for line in fold_skipped(report, spec):  # one line for the overlay actions skipped, those that matter by name
        print(f"generate: {line}", file=sys.stderr)
    for name in spec.get("components", {}).get("schemas", {}):
        if not (name.isidentifier() and name[0].isupper()):
            raise GenerationError(f"component {name!r} must be a PascalCase identifier (it names a class)")
    return spec


# -- retab_runs_client: openapi-python-client with our templates -----------------------


def client_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` as openapi-python-client reads it as we mean it.

    A parameter ``{$ref: SortOrder, default: desc}`` (OpenAPI 3.1 allows keywords beside ``$ref``) loses
    its default in openapi-python-client, which reads a bare reference; ``allOf: [$ref]`` keeps it.
    """
    spec = copy.deepcopy(spec)
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        # A component's class is named after its title: one that differs from the component's
        # name (a vendor file renamed by spec/names.yaml) would name a class nothing imports.
        if isinstance(schema, dict) and "title" in schema and schema["title"] != name:
            schema["title"] = name
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else ():
                schema = parameter.get("schema", {})
                if "$ref" in schema and "default" in schema:
                    parameter["schema"] = {"allOf": [{"$ref": schema.pop("$ref")}], **schema}
    return spec


def auth_scheme(spec: dict[str, Any]) -> str:
    """``bearer`` when the spec's only credential is an HTTP bearer scheme, else ``apikey`` (the client's default)."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    kinds = {(s.get("type"), str(s.get("scheme", "")).lower()) for s in schemes.values() if isinstance(s, dict)}
    return "bearer" if kinds == {("http", "bearer")} else "apikey"


def build_client(
    spec: dict[str, Any],
    dest: Path,
    schema_package: str = SCHEMA_PACKAGE,
    spec_name: str = "",
    api_version: str = "",
    pages: tuple[tuple[str, str], ...] = (),
) -> None:
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import ErrorLevel, GeneratorError

    config_file = ConfigFile(
        project_name_override="retab-runs-client",
        package_name_override=CLIENT_PACKAGE,
        post_hooks=[],  # formatting is ours (format_tree), with the pinned ruff and its own config
    )
    with tempfile.TemporaryDirectory() as tmp:  # the spec as it reads it, beside the tree, not in it
        read_path = Path(tmp) / "openapi.yaml"
        read_path.write_text(yaml.safe_dump(client_spec(spec), sort_keys=False, allow_unicode=True), encoding="utf-8")
        config = Config.from_sources(config_file, MetaType.NONE, read_path, "utf-8", overwrite=True, output_path=dest)
        project = _get_project_for_url_or_path(config=config, custom_template_path=TEMPLATES)
    if isinstance(project, GeneratorError):
        raise GenerationError(f"openapi-python-client: {project.header}: {project.detail}")
    project.env.add_extension("jinja2.ext.do")
    planner = Planner(spec)
    project.env.globals.update(
        planner=planner,
        planner_max_nesting=MAX_NESTING,
        schema_package=schema_package,
        root_model=root_schema(spec) if api_version else "",  # its from_dict counts the problems beyond the first
        api_version=api_version,
        auth_scheme=auth_scheme(spec),
    )
    try:
        # build() prints "Generating <temporary dir>" on stdout: noise, since the report is ours.
        with contextlib.redirect_stdout(io.StringIO()):
            problems = project.build()
    except UnsupportedSchema as exc:
        raise GenerationError(f"openapi.yaml uses something the templates cannot generate: {exc}") from exc
    errors = [p for p in problems if p.level == ErrorLevel.ERROR]
    if errors:
        raise GenerationError("openapi-python-client: " + "; ".join(f"{p.header}: {p.detail}" for p in errors))
    for path in sorted((dest / "models").glob("*.py")):
        if path.read_text(encoding="utf-8").startswith("# retab-runs: inline wrapper"):
            path.unlink()
    unknown = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=True).get_template(
        "unknown_variant.py.jinja"
    )
    for class_name, key in planner.unknown_variants():
        text = unknown.render(class_name=class_name, key=key, spec_name=spec_name or SPEC.name)
        (dest / "models" / f"{planner.module(class_name)}.py").write_text(text, encoding="utf-8")
    try:  # the strict fast path of from_json and the client (see scripts/codegen/wire.py)
        wire = Wire(planner, dict(pages)).module_text(spec_name or SPEC.name, MAX_NESTING)
    except UnsupportedSchema as exc:
        raise GenerationError(f"openapi.yaml uses something the templates cannot generate: {exc}") from exc
    (dest / "models" / "_wire.py").write_text(wire, encoding="utf-8")
    (dest / "py.typed").write_text("", encoding="utf-8")


# -- retab_runs_schema: datamodel-code-generator and the bundled JSON Schema ------------


def datamodel_codegen(spec_path: Path, output: Path, model_type: str, header: str, *options: str) -> list[str]:
    """The datamodel-code-generator command both schema outputs share, plus their own options."""
    return [
        sys.executable, "-m", "datamodel_code_generator",
        "--input", str(spec_path), "--input-file-type", "openapi", "--output", str(output),
        "--output-model-type", model_type,
        "--target-python-version", "3.10",
        "--strict-nullable",
        "--set-default-enum-member",
        "--use-annotated",
        "--use-standard-collections",
        "--use-union-operator",
        "--disable-timestamp",
        "--no-formatters",
        "--custom-file-header", f'"""{header} {HEADER}"""',
        *options,
    ]  # fmt: skip


def build_schema(spec: dict[str, Any], dest: Path, spec_path: Path = SPEC, package: str = SCHEMA_PACKAGE) -> None:
    """The schema package (or, for a later contract, its sub-package ``package``, which shares the helpers)."""
    dest.mkdir(parents=True)
    command = datamodel_codegen(
        spec_path, dest / "models.py", "pydantic_v2.BaseModel", "Pydantic models of the Retab workflow-run record.",
        "--use-missing-sentinel",  # optional and not nullable: may be absent, never null
        "--target-pydantic-version", "2.14",
        "--strict-types", "str", "int", "float", "bool",
        "--field-constraints",
        "--allow-extra-fields",
        "--use-schema-description",
        "--use-field-description",
        "--capitalise-enum-members",
        "--use-subclass-enum",  # str enums, as the attrs models' (run.status == "completed" in both)
        "--custom-template-dir", str(TEMPLATES / "schema" / "datamodel"),  # Enum.jinja2: their __str__ too
        "--type-overrides", json.dumps(
            datetime_overrides(spec) | integer_overrides(spec, f"{SCHEMA_PACKAGE}.types.Integer")
        ),
    )  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=dest)
    if result.returncode != 0:
        raise GenerationError(f"datamodel-code-generator failed:\n{result.stderr}")
    build_structs(spec, dest)
    models = [name for name in spec["components"]["schemas"]]
    # TEMPLATES too: rfc3339.py includes the date-time rule that the client's types.py shares.
    loader = jinja2.FileSystemLoader([TEMPLATES / "schema", TEMPLATES])
    env = jinja2.Environment(loader=loader, keep_trailing_newline=True)
    init = env.get_template("__init__.py.jinja").render(
        models=sorted(models), schema_file=SCHEMA_FILE, header=HEADER, package=package
    )
    (dest / "__init__.py").write_text(init, encoding="utf-8")
    if package == SCHEMA_PACKAGE:  # a sub-package uses these of the package (the overrides name them)
        (dest / "rfc3339.py").write_text(env.get_template("rfc3339.py.jinja").render(), encoding="utf-8")
        for helper in ("types.py", "json_values.py"):
            shutil.copy(TEMPLATES / "schema" / helper, dest / helper)
    schema_id = "urn:retab-runs:schema:workflow-run" + package.removeprefix(SCHEMA_PACKAGE).replace(".", ":")
    bundled = bundle_json_schema(spec, root_schema(spec), schema_id)
    (dest / SCHEMA_FILE).write_text(json.dumps(bundled, indent=2) + "\n", encoding="utf-8")
    (dest / "py.typed").write_text("", encoding="utf-8")


def datetime_overrides(spec: dict[str, Any], target: str = f"{SCHEMA_PACKAGE}.types.DateTime") -> dict[str, str]:
    """Every date-time property mapped to ``target`` (pydantic's own type reads numbers as timestamps)."""
    overrides = {}
    for model, schema in spec["components"]["schemas"].items():
        for name, prop in schema.get("properties", {}).items():
            branches = prop.get("anyOf", [prop])
            if any(b.get("type") == "string" and b.get("format") == "date-time" for b in branches):
                overrides[f"{model}.{name}"] = target
    return dict(sorted(overrides.items()))


def integer_overrides(spec: dict[str, Any], target: str) -> dict[str, str]:
    """Every integer property, and object of integers, mapped to ``target``.

    pydantic's StrictInt refuses 2.0, which JSON Schema, validate_run and the attrs models read as 2.
    """
    overrides = {}
    for model, schema in spec["components"]["schemas"].items():
        for name, prop in schema.get("properties", {}).items():
            branches = prop.get("anyOf", [prop])
            values = prop.get("additionalProperties") if prop.get("type") == "object" else None
            if any(b.get("type") == "integer" for b in branches) or (
                isinstance(values, dict) and values.get("type") == "integer"
            ):
                overrides[f"{model}.{name}"] = target  # for a map, datamodel-codegen applies it to the values
    return dict(sorted(overrides.items()))


def open_model_overrides(spec: dict[str, Any], target: str) -> dict[str, str]:
    """Every property that is a model or any other object, mapped to ``target`` (msgspec cannot decode that union)."""
    overrides = {}
    for model, schema in spec["components"]["schemas"].items():
        for name, prop in schema.get("properties", {}).items():
            branches = [b for b in prop.get("anyOf", []) if b.get("type") != "null"]
            if any("$ref" in b for b in branches) and any(b.get("type") == "object" for b in branches):
                overrides[f"{model}.{name}"] = target
    return dict(sorted(overrides.items()))


def build_structs(spec: dict[str, Any], dest: Path) -> None:
    """msgspec Structs of the spec: the fast path of validate_run (decode and check in one C pass).

    One set per profile (``structs.py`` strict, ``structs_compatible.py`` with open enums), both
    read through ``codegen.lenient`` so that no valid record misses the fast path.
    """
    overrides = json.dumps(
        datetime_overrides(spec, f"{SCHEMA_PACKAGE}.rfc3339.Text")
        | open_model_overrides(spec, f"{SCHEMA_PACKAGE}.json_values.Object")
    )
    for module, open_enums, what in (("structs", False, ""), ("structs_compatible", True, ' (profile="compatible")')):
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "openapi.json"
            source.write_text(json.dumps(fast_path_spec(spec, open_enums=open_enums)), encoding="utf-8")
            header = f"msgspec Structs of the Retab workflow-run record, for fast validation{what}."
            command = datamodel_codegen(
                source, dest / f"{module}.py", "msgspec.Struct", header, "--type-overrides", overrides
            )
            result = subprocess.run(command, capture_output=True, text=True, cwd=dest)
        if result.returncode != 0:
            raise GenerationError(f"datamodel-code-generator (msgspec, {module}) failed:\n{result.stderr}")


def root_schema(spec: dict[str, Any]) -> str:
    """The component the run endpoint answers with (``WorkflowRun``; ``WorkflowRunObject`` in one vendor revision).

    The GET of ``RUN_PATH`` when the spec has it (the list's GET answers a page, not a run), else the first GET.
    """
    paths = spec.get("paths", {})
    items = [paths[RUN_PATH]] if RUN_PATH in paths else list(paths.values())
    for item in items:
        response = item.get("get", {}).get("responses", {}).get("200", {})
        ref = response.get("content", {}).get("application/json", {}).get("schema", {}).get("$ref", "")
        if ref.startswith("#/components/schemas/"):
            return str(ref.rsplit("/", 1)[-1])
    return ROOT_SCHEMA


# -- formatting, writing and checking ---------------------------------------------------


def format_tree(tree: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    for args in (["check", "--fix-only", "--exit-zero"], ["format"]):
        result = subprocess.run(
            [*ruff, *args, "--config", str(RUFF_CONFIG), "--no-cache", "."], capture_output=True, text=True, cwd=tree
        )
        if result.returncode != 0:
            raise GenerationError(f"ruff {args[0]} failed:\n{result.stdout}{result.stderr}")


def generate_into(tree: Path, source: Path = SPEC) -> None:
    """Both packages from ``source`` into ``tree``; from the contracts (CONTRACTS) when it is openapi.yaml."""
    check_versions()
    # A spec given with --spec is no contract of validate_run's: its models count no problems.
    for contract in CONTRACTS if source == SPEC else (Contract(source, "", ""),):
        build_contract(tree, contract)
    format_tree(tree)
    check_imports(tree)
    for cache in tree.rglob("__pycache__"):
        shutil.rmtree(cache)


def build_contract(tree: Path, contract: Contract) -> None:
    """One contract's code: the client and schema packages, or their ``contract.subpackage``."""
    spec = load_spec(contract.spec)
    spec_path = contract.spec
    sub = contract.subpackage
    if is_vendor_file(contract.spec):  # the generators read the imported spec, not the vendor's file
        spec_path = tree.parent / f"{tree.name}-openapi.yaml"
        spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    client = tree / CLIENT_PACKAGE / sub if sub else tree / CLIENT_PACKAGE
    schema = tree / SCHEMA_PACKAGE / sub if sub else tree / SCHEMA_PACKAGE
    schema_package = f"{SCHEMA_PACKAGE}.{sub}" if sub else SCHEMA_PACKAGE
    build_client(spec, client, schema_package, contract.spec.name, contract.api_version, contract.pages)
    build_schema(spec, schema, spec_path, schema_package)
    if sub:  # the templates' headers name openapi.yaml
        for path in [*client.rglob("*.py"), *schema.rglob("*.py")]:
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("from openapi.yaml by", f"from {contract.spec.name} by"), encoding="utf-8")


def import_vendor_contracts() -> int:
    """Write each later contract's spec from the vendor's file as published. An exit status."""
    for contract in CONTRACTS:
        if contract.vendor_file is None:
            continue
        if not contract.vendor_file.is_file():
            print(f"generate: {contract.vendor_file} is absent; {contract.spec.name} left as it is", file=sys.stderr)
            return 2
        spec = load_spec(contract.vendor_file)
        text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)
        contract.spec.write_text(imported_header(contract) + text, encoding="utf-8")
        print(f"generate: wrote {contract.spec.name} from {contract.vendor_file.name}")
    return 0


def imported_header(contract: Contract) -> str:
    """The comment that opens an imported contract's spec file."""
    assert contract.vendor_file is not None
    return (
        f"# Written by `python scripts/generate.py --import-vendor` from the vendor's "
        f"{contract.vendor_file.name} as published\n"
        f"# (normalised, then spec/{contract.spec.stem.removeprefix('openapi-')}/overlay.yaml applied): do not edit;"
        " change the overlay or the names table.\n"
    )


_IMPORT_ALL = """
import importlib, pkgutil, sys
failed = []
for package in sys.argv[1:]:
    root = importlib.import_module(package)
    for module in pkgutil.walk_packages(root.__path__, package + "."):
        try:
            importlib.import_module(module.name)
        except Exception as exc:
            failed.append(f"{module.name}: {exc.__class__.__name__}: {exc}")
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def check_imports(tree: Path) -> None:
    """Import every module written into ``tree``, in a fresh interpreter that sees ``tree`` first.

    Raises:
        GenerationError: a module does not import (what was written is not a usable package).
    """
    packages = [p.name for p in sorted(tree.iterdir()) if (p / "__init__.py").is_file()]
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, *packages],
        capture_output=True,
        text=True,
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"},
        timeout=600,
    )
    if result.returncode != 0:
        problems = (result.stdout.strip() or result.stderr.strip()).splitlines()
        raise GenerationError("what was generated does not import:\n  " + "\n  ".join(problems[-20:]))


def files_of(tree: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(tree)): p.read_bytes()
        for p in sorted(tree.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines turning ``actual`` (committed) into ``expected`` (fresh).

    A file on one side only is always listed, even an empty one (``py.typed``), whose
    content diff alone would be empty.
    """
    new, old = files_of(expected), files_of(actual)
    lines: list[str] = []
    for name in sorted(new.keys() | old.keys()):
        if new.get(name) == old.get(name):
            continue
        before = old.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        after = new.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        label_old = f"generated/{name}" if name in old else "/dev/null"
        label_new = f"fresh/{name}" if name in new else "/dev/null"
        hunk = list(difflib.unified_diff(before, after, label_old, label_new))
        if not hunk:  # an empty file added or deleted
            state = "deleted: only in generated/" if name in old else "added: only in the fresh tree"
            hunk = [f"--- {label_old}\n", f"+++ {label_new}\n", f"@@ empty file {state} @@\n"]
        lines.extend(hunk)
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with generated/ instead of writing it")
    parser.add_argument(
        "--spec", type=Path, nargs="+", help="generate from this spec (a vendor .json is imported first); "
        "with several, each goes to DIR/<file stem>/"
    )  # fmt: skip
    parser.add_argument("--out", type=Path, help="write here instead of generated/ (needed with --spec)")
    parser.add_argument(
        "--import-vendor", action="store_true", help="write openapi-2026-08-16.yaml from the vendor's file as published"
    )
    args = parser.parse_args(argv)
    if args.import_vendor:
        return import_vendor_contracts()
    out: Path = args.out.resolve() if args.out else OUT
    if args.spec and not args.out and not args.check:
        parser.error("--spec needs --out DIR: generated/ is written from openapi.yaml only")
    if args.out and out == OUT.resolve():
        parser.error("--out must not be generated/ (plain `python scripts/generate.py` writes it)")
    if args.spec and len(args.spec) > 1:
        if args.check:
            parser.error("--check takes one spec")
        failed = sum(generate_one(path.resolve(), out / path.stem, check=False) for path in args.spec)
        return 2 if failed else 0
    return generate_one(args.spec[0].resolve() if args.spec else SPEC, out, check=args.check)


def generate_one(source: Path, out: Path, check: bool) -> int:
    """Generate from ``source``; then compare with ``out`` (``check``) or replace ``out``. An exit status."""
    with tempfile.TemporaryDirectory(prefix="retab-runs-generate-") as tmp:
        fresh = Path(tmp) / "generated"
        try:
            generate_into(fresh, source)
        except GenerationError as exc:
            print(f"generate: {exc}", file=sys.stderr)
            return 2
        if check:
            lines = diff_trees(fresh, out)
            if lines:
                sys.stdout.writelines(lines)
                print(
                    f"\ngenerate --check: generated/ is stale ({sum(1 for x in lines if x.startswith('+++'))} files"
                    " differ). Run `python scripts/generate.py` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            names = [c.spec.name for c in CONTRACTS] if source == SPEC else [source.name]
            print(f"generate --check: generated/ matches {', '.join(names)}")
            return 0
        if out == OUT:
            print_reports(fresh)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(fresh, out)
    shown = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
    print(f"generate: wrote {shown}/ from {source.name}")
    return 0


def committed_spec() -> dict[str, Any] | None:
    """openapi.yaml as last committed (``git show HEAD:openapi.yaml``), or None outside a checkout."""
    try:
        shown = subprocess.run(
            ["git", "show", f"HEAD:{SPEC.name}"], cwd=ROOT, capture_output=True, text=True, timeout=30
        )
    except OSError:
        return None
    if shown.returncode != 0:
        return None
    loaded = yaml.safe_load(shown.stdout)
    return loaded if isinstance(loaded, dict) else None


def change_report(
    old_spec: dict[str, Any] | None, new_spec: dict[str, Any], old_tree: Path, new_tree: Path, changelog: Path | None
) -> str:
    """The spec report, the Python names report and what went into the changelog, as text."""
    out = []
    found = findings(compare(old_spec, new_spec)) if old_spec is not None else []
    if old_spec is None:
        out.append("API changes: no committed openapi.yaml to compare with (not a git checkout?)\n")
    else:
        out.append("API changes (committed openapi.yaml -> working copy):\n" + as_table(found))
    python = python_changes(old_tree, new_tree)
    out.append("Python names (generated/ -> fresh):\n")
    out.extend(f"  {c.line()}\n" for c in python)
    if not python:
        out.append("  no changes\n")
    if changelog is not None:
        added = add_unreleased(changelog, changelog_lines(found, python))
        out.append(f"generate: {added} line(s) added to {changelog.name} under Unreleased\n")
    return "".join(out)


def print_reports(fresh: Path) -> None:
    """What this regeneration changes, for the API and for Python, printed before generated/ is written."""
    sys.stdout.write(change_report(committed_spec(), load_spec(SPEC), OUT, fresh, CHANGELOG))


if __name__ == "__main__":
    sys.exit(main())
