"""Every docstring example in the package runs (after networkx's algorithm modules): an
example that no longer holds fails the suite instead of misleading a reader."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import govkg
import govkg.extract
import govkg.graph


def _modules() -> list[str]:
    names = []
    for pkg in (govkg, govkg.extract, govkg.graph):
        names.append(pkg.__name__)
        for info in pkgutil.walk_packages(pkg.__path__, prefix=pkg.__name__ + "."):
            names.append(info.name)
    return sorted(set(names))


MODULES = _modules()


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def test_examples_are_found() -> None:
    """The walk reaches the modules whose examples matter (a broken walk runs nothing)."""
    counted = {}
    for name in ("govkg.graph.schema", "govkg.extract.sentences", "govkg.extract.spans",
                 "govkg.graph.ids", "govkg.extract.links"):
        assert name in MODULES
        finder = doctest.DocTestFinder()
        counted[name] = sum(len(t.examples) for t in finder.find(importlib.import_module(name)))
    assert all(n > 0 for n in counted.values()), counted
