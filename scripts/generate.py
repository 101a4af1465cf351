#!/usr/bin/env python3
"""Regenerate ``generated/`` from ``openapi.yaml``.

    python scripts/generate.py           rewrite generated/
    python scripts/generate.py --check   exit 1 with a diff when generated/ is stale

Everything is generated into a temporary folder first, so a failed run never
leaves ``generated/`` half written. Customisation lives beside this script:
``templates/`` (openapi-python-client templates), ``codegen/`` (what each spec
property becomes in the attrs models), ``ruff-generated.toml`` (formatting).
"""

from __future__ import annotations

import argparse
import difflib
import importlib.metadata
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import jinja2
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
OUT = ROOT / "generated"
SCRIPTS = ROOT / "scripts"
TEMPLATES = SCRIPTS / "templates"
RUFF_CONFIG = SCRIPTS / "ruff-generated.toml"
CLIENT_PACKAGE = "retab_runs_client"
SCHEMA_PACKAGE = "retab_runs_schema"
SCHEMA_FILE = "workflow_run.schema.json"
ROOT_SCHEMA = "WorkflowRun"
HEADER = "Generated from openapi.yaml by scripts/generate.py: do not edit."

# Output depends on these exact versions; constraints.txt pins the same ones.
PINNED = {"openapi-python-client": "0.29.1", "datamodel-code-generator": "0.89.0", "ruff": "0.17.5"}

sys.path.insert(0, str(SCRIPTS))
from codegen.shapes import MAX_NESTING, Planner, UnsupportedSchema  # noqa: E402


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


def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    for name in spec["components"]["schemas"]:
        if not (name.isidentifier() and name[0].isupper()):
            raise GenerationError(f"component {name!r} must be a PascalCase identifier (it names a class)")
    return spec


# -- retab_runs_client: openapi-python-client with our templates -----------------------


def build_client(spec: dict[str, Any], dest: Path) -> None:
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import ErrorLevel, GeneratorError

    config_file = ConfigFile(
        project_name_override="retab-runs-client",
        package_name_override=CLIENT_PACKAGE,
        post_hooks=[],  # formatting is ours (format_tree), with the pinned ruff and its own config
    )
    config = Config.from_sources(config_file, MetaType.NONE, SPEC, "utf-8", overwrite=True, output_path=dest)
    project = _get_project_for_url_or_path(config=config, custom_template_path=TEMPLATES)
    if isinstance(project, GeneratorError):
        raise GenerationError(f"openapi-python-client: {project.header}: {project.detail}")
    project.env.add_extension("jinja2.ext.do")
    project.env.globals.update(planner=Planner(spec), planner_max_nesting=MAX_NESTING)
    try:
        problems = project.build()
    except UnsupportedSchema as exc:
        raise GenerationError(f"openapi.yaml uses something the templates cannot generate: {exc}") from exc
    errors = [p for p in problems if p.level == ErrorLevel.ERROR]
    if errors:
        raise GenerationError("openapi-python-client: " + "; ".join(f"{p.header}: {p.detail}" for p in errors))
    for path in sorted((dest / "models").glob("*.py")):
        if path.read_text(encoding="utf-8").startswith("# retab-runs: inline wrapper"):
            path.unlink()
    (dest / "py.typed").write_text("", encoding="utf-8")


# -- retab_runs_schema: datamodel-code-generator and the bundled JSON Schema ------------


def datamodel_codegen(output: Path, model_type: str, header: str, *options: str) -> list[str]:
    """The datamodel-code-generator command both schema outputs share, plus their own options."""
    return [
        sys.executable, "-m", "datamodel_code_generator",
        "--input", str(SPEC), "--input-file-type", "openapi", "--output", str(output),
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


def build_schema(spec: dict[str, Any], dest: Path) -> None:
    dest.mkdir(parents=True)
    command = datamodel_codegen(
        dest / "models.py", "pydantic_v2.BaseModel", "Pydantic models of the Retab workflow-run record.",
        "--use-missing-sentinel",  # optional and not nullable: may be absent, never null
        "--target-pydantic-version", "2.14",
        "--strict-types", "str", "int", "float", "bool",
        "--field-constraints",
        "--allow-extra-fields",
        "--use-schema-description",
        "--use-field-description",
        "--capitalise-enum-members",
        "--type-overrides", json.dumps(datetime_overrides(spec)),
    )  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=dest)
    if result.returncode != 0:
        raise GenerationError(f"datamodel-code-generator failed:\n{result.stderr}")
    build_structs(spec, dest)
    models = [name for name in spec["components"]["schemas"]]
    # TEMPLATES too: rfc3339.py includes the date-time rule that the client's types.py shares.
    loader = jinja2.FileSystemLoader([TEMPLATES / "schema", TEMPLATES])
    env = jinja2.Environment(loader=loader, keep_trailing_newline=True)
    init = env.get_template("__init__.py.jinja").render(models=sorted(models), schema_file=SCHEMA_FILE, header=HEADER)
    (dest / "__init__.py").write_text(init, encoding="utf-8")
    (dest / "rfc3339.py").write_text(env.get_template("rfc3339.py.jinja").render(), encoding="utf-8")
    shutil.copy(TEMPLATES / "schema" / "types.py", dest / "types.py")
    (dest / SCHEMA_FILE).write_text(json.dumps(bundle_json_schema(spec), indent=2) + "\n", encoding="utf-8")
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


def build_structs(spec: dict[str, Any], dest: Path) -> None:
    """msgspec Structs of the spec: the fast path of validate_run (decode and check in one C pass)."""
    command = datamodel_codegen(
        dest / "structs.py", "msgspec.Struct", "msgspec Structs of the Retab workflow-run record, for fast validation.",
        "--type-overrides", json.dumps(datetime_overrides(spec, f"{SCHEMA_PACKAGE}.rfc3339.Text")),
    )  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, cwd=dest)
    if result.returncode != 0:
        raise GenerationError(f"datamodel-code-generator (msgspec) failed:\n{result.stderr}")


def bundle_json_schema(spec: dict[str, Any], root: str = ROOT_SCHEMA) -> dict[str, Any]:
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
            }
        if isinstance(node, list):
            return [rewrite(value) for value in node]
        return node

    collect(schemas[root])
    bundled: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:retab-runs:schema:workflow-run",
        **rewrite(schemas[root]),
        "$defs": {name: rewrite(schemas[name]) for name in sorted(needed - {root})},
    }
    return bundled


# -- formatting, writing and checking ---------------------------------------------------


def format_tree(tree: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    for args in (["check", "--fix-only", "--exit-zero"], ["format"]):
        result = subprocess.run(
            [*ruff, *args, "--config", str(RUFF_CONFIG), "--no-cache", "."], capture_output=True, text=True, cwd=tree
        )
        if result.returncode != 0:
            raise GenerationError(f"ruff {args[0]} failed:\n{result.stdout}{result.stderr}")


def generate_into(tree: Path) -> None:
    check_versions()
    spec = load_spec()
    build_client(spec, tree / CLIENT_PACKAGE)
    build_schema(spec, tree / SCHEMA_PACKAGE)
    format_tree(tree)
    for cache in tree.rglob("__pycache__"):
        shutil.rmtree(cache)


def files_of(tree: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(tree)): p.read_bytes()
        for p in sorted(tree.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Unified diff lines turning ``actual`` (committed) into ``expected`` (fresh)."""
    new, old = files_of(expected), files_of(actual)
    lines: list[str] = []
    for name in sorted(new.keys() | old.keys()):
        if new.get(name) == old.get(name):
            continue
        before = old.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        after = new.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        label_old = f"generated/{name}" if name in old else "/dev/null"
        label_new = f"fresh/{name}" if name in new else "/dev/null"
        lines.extend(difflib.unified_diff(before, after, label_old, label_new))
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with generated/ instead of writing it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="retab-runs-generate-") as tmp:
        fresh = Path(tmp) / "generated"
        try:
            generate_into(fresh)
        except GenerationError as exc:
            print(f"generate: {exc}", file=sys.stderr)
            return 2
        if args.check:
            lines = diff_trees(fresh, OUT)
            if lines:
                sys.stdout.writelines(lines)
                print(
                    f"\ngenerate --check: generated/ is stale ({sum(1 for x in lines if x.startswith('+++'))} files"
                    " differ). Run `python scripts/generate.py` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print("generate --check: generated/ matches openapi.yaml")
            return 0
        if OUT.exists():
            shutil.rmtree(OUT)
        shutil.copytree(fresh, OUT)
    print(f"generate: wrote {OUT.relative_to(ROOT)}/ from {SPEC.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
