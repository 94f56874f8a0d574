"""The package's import structure, read statically from its source (every import statement, those inside
functions too; ``if TYPE_CHECKING:`` blocks are annotations, not imports):

- no import cycle among factcheck's modules (a cycle held together by an import inside a function is
  still a cycle: the modules cannot be read, tested or moved one without the other);
- no private name (``_x``) of one module imported or read by another (``from m import _x``, ``m._x``).

Each checker is first shown to fail on a small invented package, so a green run means something."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE_DIR = ROOT / "factcheck"


def modules(pkg_dir: Path) -> dict[str, Path]:
    """Every module of the package under ``pkg_dir``, by dotted name (a package by its own name)."""
    out = {}
    for p in sorted(pkg_dir.rglob("*.py")):
        parts = [pkg_dir.name, *p.relative_to(pkg_dir).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = p
    return out


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of the nodes inside ``if TYPE_CHECKING:`` blocks."""
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for stmt in node.body:
                skip.update(id(n) for n in ast.walk(stmt))
    return skip


def imports(name: str, path: Path, mods: dict[str, Path]) -> list[tuple[int, str, str | None]]:
    """(line, module imported, name taken from it or None) for every import statement of a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_nodes(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name, None) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for a in node.names:
                sub = f"{source}.{a.name}"
                out.append((node.lineno, sub, None) if sub in mods else (node.lineno, source, a.name))
    return out


def import_graph(pkg_dir: Path) -> dict[str, dict[str, int]]:
    """module -> {module it imports: first line}, within the package. Importing ``a.b.c`` also runs the
    packages ``a.b`` and ``a`` (those that are not already the importer's own)."""
    mods = modules(pkg_dir)
    graph: dict[str, dict[str, int]] = {m: {} for m in mods}
    for name, path in mods.items():
        own = {".".join(name.split(".")[:k]) for k in range(1, name.count(".") + 2)}
        for line, target, _ in imports(name, path, mods):
            parts = target.split(".")
            for k in range(1, len(parts) + 1):
                t = ".".join(parts[:k])
                if t in mods and t not in own:
                    graph[name].setdefault(t, line)
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_crossings(pkg_dir: Path) -> list[str]:
    """``module:line takes other._name`` for every private name one module takes from another."""
    mods = modules(pkg_dir)
    out = []
    for name, path in mods.items():
        found = imports(name, path, mods)
        aliases = {}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):   # a module imported by name: its local alias
                aliases.update({a.asname or a.name: t for a in node.names
                                for (_, t, n) in found if n is None and t.endswith("." + a.name)})
            elif isinstance(node, ast.Import):
                aliases.update({a.asname: a.name for a in node.names if a.asname and a.name in mods})
        for line, target, taken in found:
            if taken and target != name and target in mods and _private(taken):
                out.append(f"{name}:{line} takes {target}.{taken}")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and _private(node.attr)
                    and aliases.get(node.value.id, name) != name):
                out.append(f"{name}:{node.lineno} reads {aliases[node.value.id]}.{node.attr}")
    return sorted(set(out))


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for rel, text in {"__init__.py": "", **files}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


# An invented package per row: its files, and the cycles the checker must report.
CYCLE_CASES = [
    ("no imports", {"a.py": "X = 1\n", "b.py": "from .a import X\n"}, []),
    ("a top-level cycle", {"a.py": "from . import b\n", "b.py": "from .a import X\n"}, [["pkg.a", "pkg.b"]]),
    ("held by a function-level import", {"a.py": "from .b import f\n", "b.py": "def f():\n    from .a import g\n"},
     [["pkg.a", "pkg.b"]]),
    ("through a package's __init__", {"sub/__init__.py": "from ..a import X\n", "sub/c.py": "Y = 1\n",
                                      "a.py": "from .sub.c import Y\nX = 2\n"}, [["pkg.a", "pkg.sub"]]),
    ("absolute imports, three modules", {"a.py": "import pkg.b\n", "b.py": "from pkg.c import Z\n",
                                         "c.py": "from pkg import a\nZ = 3\n"}, [["pkg.a", "pkg.b", "pkg.c"]]),
    ("annotations only (TYPE_CHECKING)", {"a.py": "from .b import f\n",
                                          "b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import A\n"
                                                  "def f(): pass\n"}, []),
    ("a submodule reading its own package", {"sub/__init__.py": "X = 1\n", "sub/c.py": "from . import X\n"}, []),
]


@pytest.mark.parametrize("what,files,expected", CYCLE_CASES, ids=[c[0] for c in CYCLE_CASES])
def test_cycle_checker_on_invented_packages(tmp_path, what, files, expected):
    assert cycles(import_graph(_package(tmp_path, files))) == expected


PRIVATE_CASES = [
    ("public names only", {"a.py": "def f(): pass\n", "b.py": "from .a import f\n"}, []),
    ("from-import of a private name", {"a.py": "_X = 1\n", "b.py": "from .a import _X\n"}, ["pkg.b:1 takes pkg.a._X"]),
    ("inside a function", {"a.py": "_X = 1\n", "b.py": "def f():\n    from pkg.a import _X\n"},
     ["pkg.b:2 takes pkg.a._X"]),
    ("attribute of an imported module", {"a.py": "_X = 1\n", "b.py": "from . import a as m\nY = m._X\n"},
     ["pkg.b:2 reads pkg.a._X"]),
    ("its own private names", {"a.py": "_X = 1\nY = _X\n"}, []),
    ("a public alias of a private local", {"a.py": "X = 1\n", "b.py": "from .a import X as _X\n"}, []),
    ("dunder names", {"a.py": "", "b.py": "from . import a\nV = a.__name__\n"}, []),
]


@pytest.mark.parametrize("what,files,expected", PRIVATE_CASES, ids=[c[0] for c in PRIVATE_CASES])
def test_private_name_checker_on_invented_packages(tmp_path, what, files, expected):
    assert private_crossings(_package(tmp_path, files)) == expected


def test_no_import_cycle_among_factcheck_modules():
    graph = import_graph(PACKAGE_DIR)
    found = cycles(graph)
    shown = ["  ".join(f"{a} -> {b} (line {graph[a][b]})" for a in comp for b in graph[a] if b in comp)
             for comp in found]
    assert not found, "import cycles:\n" + "\n".join(shown)


def test_no_private_name_crosses_modules():
    found = private_crossings(PACKAGE_DIR)
    assert not found, "private names taken across modules (make them public, or move the piece):\n" + "\n".join(found)
