"""Lean start-up: what a `carnet` process imports (deterministic, unlike its timing, which
``bench/startup.py`` measures). Each check runs in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
HEAVY = ("numpy", "networkx", "streamlit", "neo4j", "pyvis", "rapidfuzz", "phonenumbers")


def imported_after(code: str) -> set[str]:
    """The heavy top-level packages loaded once ``code`` has run in a new interpreter."""
    found = f"{{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r}"
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted({found})))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return set(json.loads(done.stdout.splitlines()[-1]))


def run_cli(*args: str) -> str:
    return ("from cli import main\ntry:\n    main(" + repr(list(args)) + ")\n"
            "except SystemExit:\n    pass")


def test_importing_the_cli_loads_no_heavy_library() -> None:
    assert imported_after("import cli") == set()


def test_help_loads_no_heavy_library() -> None:
    assert imported_after(run_cli("--help")) == set()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "demo.db"
    subprocess.run([sys.executable, "-m", "cli", "--db", str(path), "demo"], cwd=ROOT,
                   capture_output=True, check=True)
    return path


def test_people_search_loads_only_the_name_matcher(demo_db: Path) -> None:
    assert imported_after(run_cli("--db", str(demo_db), "people", "search", "x")) == {
        "rapidfuzz"}


def test_paths_loads_the_engine_but_not_the_app_nor_the_server_driver(demo_db: Path) -> None:
    assert imported_after(run_cli("--db", str(demo_db), "paths", "--to", "GME")) == {
        "numpy", "rapidfuzz"}
