"""The generated models packages load each model's module on first use of its name.

``import retab_runs_client.models`` imports no model; ``from ... import WorkflowRun`` imports
the run's module and those it refers to, no more. Checked by the modules a fresh interpreter
loads (never by timing), for both contracts.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

PACKAGES = ("retab_runs_client.models", "retab_runs_client.v2026_08_16.models")


def modules_after(code: str, package: str) -> list[str]:
    """The modules of ``package`` (the package itself left out) a fresh interpreter holds after ``code``."""
    prefix = package + "."
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith({prefix!r}))))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    found: list[str] = json.loads(result.stdout.splitlines()[-1])
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_importing_the_models_package_imports_no_model(package: str) -> None:
    assert modules_after(f"import {package}", package) == []


@pytest.mark.parametrize("package", PACKAGES)
def test_importing_one_model_imports_only_what_it_refers_to(package: str) -> None:
    loaded = modules_after(f"from {package} import WorkflowRun", package)
    assert f"{package}.workflow_run" in loaded
    every = importlib.import_module(package).__all__
    assert 0 < len(loaded) < len(every)  # the run's own references, not the whole API


@pytest.mark.parametrize("package", PACKAGES)
def test_every_public_name_resolves_to_the_class_of_its_module(package: str) -> None:
    models = importlib.import_module(package)
    for name in models.__all__:
        value = getattr(models, name)
        assert value.__name__ == name
        assert value.__module__.startswith(package + ".")
    assert set(models.__all__) <= set(dir(models))


@pytest.mark.parametrize("package", PACKAGES)
def test_a_star_import_gives_every_public_name(package: str) -> None:
    namespace: dict[str, object] = {}
    exec(f"from {package} import *", namespace)
    assert set(importlib.import_module(package).__all__) <= set(namespace)


@pytest.mark.parametrize("package", PACKAGES)
def test_a_name_the_package_lacks_is_an_attribute_error(package: str) -> None:
    models = importlib.import_module(package)
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        models.NoSuchModel  # noqa: B018
    with pytest.raises(ImportError, match="NoSuchModel"):
        exec(f"from {package} import NoSuchModel", {})
