"""The graph side of govkg: the schema every part reads, deterministic ids, and the graph
built from many articles.

>>> from govkg.graph import build                                  # doctest: +SKIP
>>> result = build(["seeds/"])                                      # doctest: +SKIP
>>> result.graph.number_of_nodes()                                  # doctest: +SKIP
"""

from govkg.graph.build import BuildResult, build, build_graph
from govkg.graph.exports import read_graph, write_build
from govkg.graph.overrides import Overrides, load_overrides

__all__ = ["BuildResult", "Overrides", "build", "build_graph", "load_overrides", "read_graph",
           "write_build"]
