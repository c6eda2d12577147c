"""Interactive views of the built graph: self-contained HTML pages (vis-network, as shipped
in pyvis, inlined; nothing fetched at run time) that show who is connected to whom, with the
evidence behind each edge.

Views are pure functions of the graph; a notebook shows one inline::

    from govkg.graph import build
    from govkg.graph.views import ego_view, inline
    g = build(["seeds/"]).graph
    inline(ego_view(g, "高喜全", hops=2))        # last line of a cell

``write_html(view, path)`` writes a page; ``write_default_views(g, out_dir)`` writes the
pages a build links from ``out_dir/views/index.html``.
"""

from govkg.graph.views.coattend import co_attendance
from govkg.graph.views.data import View, view_data
from govkg.graph.views.index import default_views, write_default_views
from govkg.graph.views.make import (
    co_attendance_view,
    ego_view,
    make_view,
    whole_graph_view,
)
from govkg.graph.views.page import inline, render_html, write_html

__all__ = ["View", "co_attendance", "co_attendance_view", "default_views", "ego_view",
           "inline", "make_view", "render_html", "view_data", "whole_graph_view",
           "write_default_views", "write_html"]
