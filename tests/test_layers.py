"""The allowed arrows between Carnet's parts (docs/architecture.md, "Layers"), checked by
walking every import of the product's code with ``ast`` (imports inside functions too)."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
PRODUCT = ("graph", "app", "cli", "ingest", "streamlit_app.py")

# part → the parts of ours it may import (anything not ours, e.g. numpy, is ruled by DRIVERS)
ALLOWED: dict[str, set[str]] = {
    "graph.core": {"graph.core"},
    "graph.formats": {"graph.core", "graph.formats"},
    "graph.stores": {"graph.core", "graph.formats", "graph.stores"},
    "graph.services": {"graph.core", "graph.formats", "graph.stores.port",
                       "graph.stores.opening", "graph.services",
                       "graph.stores.changes"},  # (Touched: what the port's changed_since says)
    "ingest": {"graph", "ingest"},
    "cli": {"graph", "ingest", "cli"},
    "app": {"graph", "ingest", "app"},
    "streamlit_app": {"graph", "app"},
}
# libraries only some parts may import
DRIVERS: dict[str, set[str]] = {
    "sqlite3": {"graph.stores"},
    "neo4j": {"graph.stores"},
    "streamlit": {"app", "streamlit_app"},
    # the core is pure: no files, no threads, no processes
    "threading": {"graph.stores", "graph.services", "app", "cli", "ingest"},
    "os": {"graph.stores", "graph.services", "app", "cli", "ingest"},
    "pathlib": {"graph.stores", "graph.services", "graph.formats", "app", "cli", "ingest",
                "streamlit_app"},
}
# Arrows that break the rules today, each with its reason; the test below fails when one
# is no longer needed, so this list only shrinks.
KNOWN: dict[tuple[str, str], str] = {}


def module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, name: str) -> Iterator[str]:
    """Every module ``path`` imports, in full (``from graph import x`` is ``graph.x``)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            if "." in base:
                yield base
            else:  # ``from graph import services``: the names are the modules
                yield from (f"{base}.{alias.name}" for alias in node.names)


def part_of(module: str, parts: Iterable[str]) -> str | None:
    """The longest part that ``module`` is in (``graph.stores.port`` is in ``graph.stores``)."""
    found = [p for p in parts if module == p or module.startswith(p + ".")]
    return max(found, key=len) if found else None


def ours(module: str) -> bool:
    return module.split(".")[0] in ("graph", "app", "cli", "ingest", "streamlit_app")


def violations(root: Path) -> list[tuple[str, str]]:
    """``(importer, imported)`` for every import against the rules, under ``root``."""
    found = []
    files = [p for top in PRODUCT for p in ((root / top).rglob("*.py")
             if (root / top).is_dir() else [root / top]) if p.is_file()]
    for path in sorted(files):
        name = module_name(path, root)
        part = part_of(name, ALLOWED)
        for imported in imports(path, name):
            top = imported.split(".")[0]
            if top in DRIVERS:
                allowed = part_of(name, DRIVERS[top]) is not None
            else:
                allowed = (not ours(imported) or part is None or imported == "graph"
                           or part_of(imported, ALLOWED[part]) is not None)
            if not allowed:
                found.append((name, imported))
    return sorted(set(found))


def test_the_arrows_hold() -> None:
    bad = [pair for pair in violations(ROOT) if pair not in KNOWN]
    assert bad == []


def test_every_known_exception_is_still_needed() -> None:
    assert set(KNOWN) <= set(violations(ROOT))


@pytest.mark.parametrize(("where", "line", "expected"), [
    ("graph/core/bad.py", "from graph.stores.port import GraphStore",
     ("graph.core.bad", "graph.stores.port")),
    ("graph/core/bad.py", "def f() -> None:\n    import graph.services.demo\n",
     ("graph.core.bad", "graph.services.demo")),
    ("graph/core/bad.py", "from graph import services", ("graph.core.bad", "graph.services")),
    ("graph/core/bad.py", "import threading", ("graph.core.bad", "threading")),
    ("graph/services/bad.py", "import sqlite3", ("graph.services.bad", "sqlite3")),
    ("graph/services/bad.py", "from graph.stores.neo4j_store import Neo4jStore",
     ("graph.services.bad", "graph.stores.neo4j_store")),
    ("cli/bad.py", "import streamlit as st", ("cli.bad", "streamlit")),
    ("graph/stores/bad.py", "from graph.services.warmpaths import find_paths",
     ("graph.stores.bad", "graph.services.warmpaths")),
    ("graph/formats/bad.py", "from ..stores import port", ("graph.formats.bad", "graph.stores")),
])
def test_a_forbidden_import_is_found(tmp_path: Path, where: str, line: str,
                                     expected: tuple[str, str]) -> None:
    path = tmp_path / where
    path.parent.mkdir(parents=True)
    path.write_text(line + "\n", encoding="utf-8")
    (path.parent / "good.py").write_text("from graph.core.model import Person\n",
                                         encoding="utf-8")
    assert violations(tmp_path) == [expected]
