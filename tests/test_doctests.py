"""The examples in the docstrings run: those of the core (pure, so they need nothing), and
of the other modules that have some."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import graph


def modules_with_examples() -> list[str]:
    found = []
    for info in pkgutil.walk_packages(graph.__path__, "graph."):
        module = importlib.import_module(info.name)
        if doctest.DocTestFinder().find(module) and any(
                test.examples for test in doctest.DocTestFinder().find(module)):
            found.append(info.name)
    return found


def test_the_core_has_examples() -> None:
    core = [name for name in modules_with_examples() if name.startswith("graph.core.")]
    assert {"graph.core.model", "graph.core.names", "graph.core.scoring",
            "graph.core.paths", "graph.core.edits"} <= set(core)


@pytest.mark.parametrize("name", modules_with_examples())
def test_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0
