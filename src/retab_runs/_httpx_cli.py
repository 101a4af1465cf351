"""httpx's command line, loaded only when something uses it.

``import httpx`` runs ``from ._main import main``, which imports click, rich and pygments
whenever they are installed (our ``cli`` extra brings rich, uvicorn brings click): about a
third of httpx's import time, for a command line this package never runs. Before the
package imports httpx, ``defer_httpx_cli`` has a stand-in answer the import of
``httpx._main`` (a finder on ``sys.meta_path``, used once): its ``main`` and every other
attribute load the real module on first use, so ``httpx.main()`` and ``httpx._main`` behave
as before, only later.

Nothing changes when httpx is already imported, or click is not installed (httpx then
skips its command line at once).
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
import types
from typing import Any

__all__ = ["defer_httpx_cli"]

_NAME = "httpx._main"


class _DeferredModule(types.ModuleType):
    """Stands in for ``httpx._main`` until an attribute of it is used."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # probes of module metadata (__file__, __path__...) load nothing
            raise AttributeError(name)
        try:
            return getattr(_real(), name)
        except ImportError as exc:  # click, rich or pygments missing: as if httpx had no command line
            raise AttributeError(f"httpx's command line cannot be loaded: {exc}") from exc


def _real() -> types.ModuleType:
    """The real ``httpx._main``, imported now if the stand-in still holds its place.

    Raises ImportError when its dependencies (click, rich, pygments) are missing.
    """
    found = sys.modules.get(_NAME)
    if isinstance(found, _DeferredModule):
        del sys.modules[_NAME]
    return importlib.import_module(_NAME)


def _main(*args: Any, **kwargs: Any) -> Any:
    """httpx's command line (``httpx.main``), loaded on this first call; without its dependencies,
    httpx's own message and exit status 1."""
    try:
        real = _real()
    except ImportError:
        print("The httpx command line client could not run because the required dependencies were not installed.\n"
              "Make sure you've installed everything with: pip install 'httpx[cli]'")  # fmt: skip
        sys.exit(1)
    return real.main(*args, **kwargs)


class _Finder:
    """A ``sys.meta_path`` finder that answers the first import of ``httpx._main`` with the stand-in
    (so the import system binds it as httpx's attribute too), then steps aside."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        if name != _NAME:
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        return importlib.util.spec_from_loader(name, self)  # type: ignore[arg-type]  # create/exec_module suffice

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        stand_in = _DeferredModule(spec.name, __doc__)
        stand_in.main = _main  # type: ignore[attr-defined]  # httpx's __init__ takes `main` at import
        return stand_in

    def exec_module(self, module: types.ModuleType) -> None:
        """Nothing to run: the stand-in is complete as created."""


def defer_httpx_cli() -> None:
    """Have the stand-in answer httpx's import of ``httpx._main``, unless httpx is already imported."""
    if "httpx" in sys.modules or _NAME in sys.modules or importlib.util.find_spec("click") is None:
        return  # without click, httpx skips its command line at once: nothing to defer
    if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
