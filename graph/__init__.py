"""The graph side of govkg: the schema every part reads, deterministic ids, and the graph
built from many articles, its stores and its views.

>>> from govkg.graph import build                                  # doctest: +SKIP
>>> result = build(["seeds/"])                                      # doctest: +SKIP
>>> result.graph.number_of_nodes()                                  # doctest: +SKIP

The names below are imported on first use, so that importing the schema (as extraction
does) or starting the command line does not load networkx and the build.
"""

from __future__ import annotations

from importlib import import_module

_LAZY = {
    "BuildResult": "govkg.graph.builder", "build": "govkg.graph.builder",
    "build_graph": "govkg.graph.builder", "read_graph": "govkg.graph.exports",
    "write_build": "govkg.graph.exports", "Overrides": "govkg.graph.overrides",
    "load_overrides": "govkg.graph.overrides",
}
__all__ = sorted(_LAZY)


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
