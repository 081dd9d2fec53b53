"""The shape of the package: no import cycles, and the flows usable without the command line."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

from redact.flows.common import FlowContext

PACKAGE = Path(__file__).resolve().parents[2] / "redact"


def _module(path: Path, root: Path = PACKAGE.parent) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_only(tree: ast.Module) -> set[ast.AST]:
    """Imports under `if TYPE_CHECKING:`: read by type checkers only, never run, so no cycle at
    run time (every module has `from __future__ import annotations`)."""
    out: set[ast.AST] = set()
    for node in ast.walk(tree):
        test = getattr(node, "test", None)
        if isinstance(node, ast.If) and ((isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
                                         or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")):
            out |= {n for stmt in node.body for n in ast.walk(stmt)}
    return out


def _imports(package: Path = PACKAGE) -> dict[str, set[str]]:
    modules = {_module(p, package.parent): p for p in package.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        type_only = _type_only(tree)
        for node in ast.walk(tree):
            if node in type_only:
                continue
            if isinstance(node, ast.ImportFrom):
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                target = (f"{base}.{node.module}" if node.module else base) if node.level else node.module or ""
                candidates = [target] + [f"{target}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                candidates = [a.name for a in node.names]
            else:
                continue
            found |= {c for c in candidates if c in modules and c != name}
        graph[name] = found
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    cycles, state = [], {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return cycles


def test_no_import_cycles():
    cycles = _cycles(_imports())
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_the_flows_do_not_import_the_command_line():
    graph = _imports()
    for name, targets in graph.items():
        if name.startswith("redact.flows"):
            assert not {t for t in targets if t.startswith(("redact.commands", "redact.cli"))}, name
            path = PACKAGE.parent / name.replace(".", "/")
            path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
            assert "import click" not in path.read_text(encoding="utf-8"), name


def test_a_worker_context_travels_without_its_pipeline(rules, tmp_path):
    context = FlowContext(rules, tmp_path)
    assert context.publisher.rules is rules  # a publisher, built without loading a model
    copy = pickle.loads(pickle.dumps(context))
    assert copy.rules.root == rules.root and "_publisher" not in copy.__dict__ and "pipeline" not in copy.__dict__


def test_the_walker_sees_a_cycle_and_skips_type_only_imports(tmp_path):
    pkg = tmp_path / "redact"
    (pkg / "sub").mkdir(parents=True)
    for init in (pkg / "__init__.py", pkg / "sub" / "__init__.py"):
        init.write_text("", encoding="utf-8")
    (pkg / "sub" / "a.py").write_text("def f():\n    from .b import g\n", encoding="utf-8")  # lazy: still an edge
    (pkg / "sub" / "b.py").write_text("from . import a\n", encoding="utf-8")
    (pkg / "sub" / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .d import X\n",
                                      encoding="utf-8")
    (pkg / "sub" / "d.py").write_text("from .c import Y\n", encoding="utf-8")
    cycles = _cycles(_imports(pkg))
    assert [c for c in cycles if "redact.sub.a" in c], cycles
    assert not [c for c in cycles if "redact.sub.c" in c], cycles
