"""What the package declares it needs at run time is what it imports at run time."""

from __future__ import annotations

import ast
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
SHIPPED = [ROOT / "src" / "retab_runs", GENERATED / "retab_runs_client", GENERATED / "retab_runs_schema"]


def _declared() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [requirement.split(";")[0].split("<")[0].split(">")[0].split("=")[0].strip().lower()
            for requirement in project["dependencies"]]  # fmt: skip


def _runtime_imports_of(module: str) -> list[str]:
    """Where a shipped file imports ``module`` outside an ``if TYPE_CHECKING:`` block."""
    found: list[str] = []
    for package in SHIPPED:
        for path in sorted(package.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            typing_only: set[int] = set()
            for node in ast.walk(tree):
                if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                    typing_only.update(id(child) for stmt in node.body for child in ast.walk(stmt))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                if any(name.split(".")[0] == module for name in names) and id(node) not in typing_only:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_typing_extensions_is_not_a_runtime_dependency() -> None:
    assert "typing-extensions" not in _declared()
    assert "typing_extensions" not in _declared()


def test_nothing_shipped_imports_typing_extensions_when_it_runs() -> None:
    # Only type checkers read these imports; a user's Python never runs them.
    assert _runtime_imports_of("typing_extensions") == []


def test_the_check_sees_a_runtime_import() -> None:
    # The walk itself: the declared dependencies are found, and so is a module's runtime import.
    assert {"attrs", "httpx", "msgspec"} <= set(_declared())
    assert _runtime_imports_of("httpx") != []
