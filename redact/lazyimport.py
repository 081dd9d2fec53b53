"""Third-party `__init__` files that import far more than woo-redact uses, made lazy (issue 14).

A worker's start-up imported three layers it never uses:

- `datasketch`: its `__init__` imports every sketch, and for the LSH classes scipy (~0.4 CPU-s);
  woo-redact uses MinHash only (dossier/fingerprint.py; the bands of dossier/duplicates.py are its own).
- `presidio_analyzer.predefined_recognizers`: Presidio's ~100 predefined recognizers (South
  African, Korean, ..., the e-mail one with tldextract), ~0.3 CPU-s. Our registry is explicit and
  builds none of them (detect/engine.py); Presidio asks the package for three classes
  (SpacyRecognizer, StanzaRecognizer, TransformersRecognizer), we for one.
- `spacy.cli`: spaCy's command line (typer, weasel, httpx, requests, jinja2: ~0.2 CPU-s), which
  `import spacy` imports for one function, `spacy.info`.

`install()` (called from `redact/__init__.py`, so before any of them is imported) puts a finder in
front of `sys.meta_path` that creates the modules of LAZY without running them, each in one way:

- NAMES (a package): a name its `__init__` binds once, by a plain `from .part import name`, is
  imported from that part alone when first asked for;
- WHOLE (a package): nothing runs until a name is asked for;
- a tuple of function names (a module): those names are stand-ins that run the module when called.

Any other name (`__version__`, `__all__`, an alias, `from x import *`) runs the whole module first,
so the module is from then on what a plain import makes of it (a package runs its lazy submodules
first, so that `spacy.cli` registers every command as it would). Submodules import as always and
every class keeps its module, so pickles are the same. tests/unit/test_lazyimport.py checks that a
worker's start-up imports none of these layers and that every public name of the three resolves to
the object of a plain import.
"""

from __future__ import annotations

import ast
import importlib
import importlib.abc
import importlib.util
import sys
import threading
import types

NAMES, WHOLE = "names", "whole"
LAZY: dict[str, str | tuple[str, ...]] = {
    "datasketch": NAMES,
    "presidio_analyzer.predefined_recognizers": NAMES,
    "spacy.cli": WHOLE,
    "spacy.cli.info": ("info",),
}


def _bound_names(tree: ast.Module) -> dict[str, int]:
    """How often each name is bound anywhere in a module (imports, assignments, defs, loops)."""
    counts: dict[str, int] = {}

    def bind(name: str) -> None:
        counts[name] = counts.get(name, 0) + 1

    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                bind((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bind(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bind(node.name)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                bind(name)
    return counts


def read_init(source: str, package: str) -> tuple[dict[str, tuple[str, str]], frozenset[str]]:
    """A package `__init__`'s from-imports (below) and every name it binds."""
    tree = ast.parse(source)
    counts = _bound_names(tree)
    return from_imports(tree, package, counts), frozenset(counts)


def from_imports(tree: ast.Module, package: str, counts: dict[str, int]) -> dict[str, tuple[str, str]]:
    """name -> (module, attribute) for each name a package's `__init__` binds exactly once, by a
    top-level `from module import attribute [as name]` (not `*`, not from the package itself)."""
    out: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ImportFrom):
            continue
        module = (importlib.util.resolve_name("." * node.level + (node.module or ""), package) if node.level
                  else node.module)
        for alias in node.names:
            name = alias.asname or alias.name
            if alias.name != "*" and counts.get(name) == 1 and module and module != package:
                out[name] = (module, alias.name)
    return out


# What the import system sets or looks for (`hasattr(module, "__path__")`): never the module's code.
_IMPORT_ATTRS = frozenset({"__path__", "__file__", "__cached__", "__loader__", "__package__", "__spec__", "__name__"})


class LazyModule(types.ModuleType):
    """A module that has not run (yet); see the module docstring."""

    def __getattr__(self, name: str):
        d = self.__dict__
        if "_lazy_lock" not in d or name in _IMPORT_ATTRS:  # the import system's, not the module's
            raise AttributeError(name)
        with d["_lazy_lock"]:
            if name in d:  # another thread got it meanwhile
                return d[name]
            if not d["_lazy_done"]:
                source = d["_lazy_names"].get(name)
                if source is not None:  # NAMES: from that part alone
                    value = d[name] = getattr(importlib.import_module(source[0]), source[1])
                    return value
                bound = d["_lazy_bound"]  # None: not read (WHOLE)
                if name in d["_lazy_children"] and bound is not None and name not in bound:
                    # a submodule of a name the code never binds: the attribute a plain import gives
                    value = d[name] = d["_lazy_children"][name]
                    return value
            self._lazy_run()
        try:
            return d[name]
        except KeyError:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}") from None

    def __setattr__(self, name: str, value) -> None:
        d = self.__dict__
        if ("_lazy_lock" in d and not d["_lazy_done"] and isinstance(value, types.ModuleType)
                and value.__name__ == f"{self.__name__}.{name}" and name not in d):
            # The import system binding a submodule it loaded: kept aside, so that a name the
            # module's own code binds (spacy.cli's function `info`) is not hidden by the submodule.
            d["_lazy_children"][name] = value
            return
        super().__setattr__(name, value)

    def _lazy_run(self) -> None:
        """Run the real module in this one: from now on it is a plain module."""
        d = self.__dict__
        with d["_lazy_lock"]:
            if d["_lazy_done"]:
                return
            d["_lazy_done"] = True
            prefix = self.__name__ + "."
            for name, module in list(sys.modules.items()):
                if name.startswith(prefix) and isinstance(module, LazyModule) and "_lazy_lock" in module.__dict__:
                    module._lazy_run()
            real = d["_lazy_real"]
            self.__loader__ = real.loader
            self.__spec__.loader = real.loader
            real.loader.exec_module(self)
            for name, child in d["_lazy_children"].items():
                d.setdefault(name, child)  # as the import system binds it, unless the code bound the name
            self.__class__ = types.ModuleType
            for key in ("_lazy_names", "_lazy_bound", "_lazy_children", "_lazy_real", "_lazy_done", "_lazy_lock"):
                d.pop(key, None)


def _stand_in(module: LazyModule, name: str):
    def stand_in(*args, **kwargs):
        if isinstance(module, LazyModule):
            module._lazy_run()
        return module.__dict__[name](*args, **kwargs)

    stand_in.__name__ = stand_in.__qualname__ = name
    stand_in.__module__ = module.__name__
    stand_in.__doc__ = f"{module.__name__}.{name}, run on first call (redact/lazyimport.py)."
    return stand_in


class _Loader(importlib.abc.Loader):
    def __init__(self, real, how):
        self.real, self.how = real, how

    def create_module(self, spec):
        return LazyModule(spec.name)

    def exec_module(self, module) -> None:
        d = module.__dict__
        d["_lazy_real"] = self.real
        d["_lazy_done"] = False
        d["_lazy_names"], d["_lazy_bound"], d["_lazy_children"] = {}, None, {}
        if self.how == NAMES:
            source = self.real.loader.get_source(module.__name__) if hasattr(self.real.loader, "get_source") else None
            if source:
                d["_lazy_names"], d["_lazy_bound"] = read_init(source, module.__name__)
        elif isinstance(self.how, tuple):
            for name in self.how:
                d[name] = _stand_in(module, name)
        d["_lazy_lock"] = threading.RLock()

    def __getattr__(self, name: str):  # get_resource_reader, get_data, ...: the real loader's
        return getattr(self.real.loader, name)


class _Finder(importlib.abc.MetaPathFinder):
    def __init__(self, lazy: dict[str, str | tuple[str, ...]]):
        self.lazy = dict(lazy)

    def find_spec(self, fullname, path, target=None):
        how = self.lazy.get(fullname)
        if how is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            real = finder.find_spec(fullname, path, target)
            if real is not None:
                break
        else:
            return None
        package = real.submodule_search_locations is not None
        if real.loader is None or not real.has_location or package != (how in (NAMES, WHOLE)):
            return real  # not what LAZY expects (a namespace package, a changed layout): as it is
        return importlib.util.spec_from_file_location(fullname, real.origin, loader=_Loader(real, how),
                                                      submodule_search_locations=real.submodule_search_locations)


_FINDER = _Finder(LAZY)


def install() -> None:
    """Make the modules of LAZY lazy in this process (once; those already imported stay as they are)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)
