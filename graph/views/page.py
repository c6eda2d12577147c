"""A view as one self-contained HTML file: vis-network (from the copy inside the pyvis
package, so nothing is fetched at run time), the page's own script and style, and the data
as JSON in a ``<script type="application/json">`` element.

Article text never passes through HTML: the JSON is escaped so that no ``</script>`` or
``<!--`` can end its element, and the page's script puts names and sentences into the
document as text nodes. A Content-Security-Policy forbids every fetch, so a view that works
offline on the machine that made it works offline everywhere.
"""

from __future__ import annotations

import html
import importlib.util
import json
from functools import cache
from pathlib import Path

from govkg.errors import GovkgError
from govkg.graph.views.data import View, view_data
from govkg.graph.write import atomic_write_text

_ASSETS = Path(__file__).with_name("assets")
#: Where pyvis 0.3.x keeps vis-network 9.1.2, relative to its package directory.
_VIS = ("templates/lib/vis-9.1.2", "lib/vis-9.1.2")
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
       "img-src data:; font-src data:")


def _pyvis_dir() -> Path:
    # find_spec locates the package without importing it (pyvis imports IPython and jinja)
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise GovkgError("pyvis is not installed; it carries the vis-network library the "
                         "views inline (pip install 'pyvis>=0.3.2,<0.4')")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS, as shipped in the pyvis wheel."""
    root = _pyvis_dir()
    for rel in _VIS:
        js, css = root / rel / "vis-network.min.js", root / rel / "vis-network.css"
        if js.is_file() and css.is_file():
            return _inline_safe(js.read_text("utf-8")), _inline_safe(css.read_text("utf-8"))
    raise GovkgError(f"vis-network 9.1.2 not found under {root}; reinstall pyvis 0.3.2")


@cache
def own_assets() -> tuple[str, str]:
    """The page's script and style."""
    return (_inline_safe((_ASSETS / "view.js").read_text("utf-8")),
            _inline_safe((_ASSETS / "view.css").read_text("utf-8")))


def _inline_safe(text: str) -> str:
    """Code that can sit inside <script> or <style> unchanged: checked, not rewritten,
    because rewriting minified code could change what it does."""
    lowered = text.lower()
    for bad in ("</script", "</style", "<!--"):
        if bad in lowered:
            raise GovkgError(f"an inlined asset contains {bad!r}; it cannot be embedded")
    return text


def script_json(data: object) -> str:
    """JSON that can sit inside a <script> element: ``<``, ``>`` and ``&`` as \\u escapes
    (so no ``</script>`` or ``<!--`` can appear), and the two line separators JavaScript
    once treated as line ends.

    >>> script_json({"name": "</script><!--"})
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def render_html(view: View) -> str:
    """The page of ``view``, every asset inlined."""
    vis_js, vis_css = vis_assets()
    js, css = own_assets()
    title = html.escape(view.title, quote=True)
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>", f"<style>{vis_css}</style>", f"<style>{css}</style>",
        "</head>", "<body>",
        f'<header><h1 id="title">{title}</h1><div id="notes"></div></header>',
        '<main><div id="graph" role="img" aria-label="graph"></div>'
        '<aside id="panel"></aside></main>',
        f'<script type="application/json" id="govkg-data">{script_json(view_data(view))}'
        "</script>",
        f"<script>{vis_js}</script>", f"<script>{js}</script>", "</body>", "</html>", ""])


def write_html(view: View, path: str | Path) -> Path:
    """Write the page of ``view`` to ``path`` (atomically) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, render_html(view))
    return path


class InlineView:
    """A view a notebook shows inline: Jupyter calls ``_repr_html_``, which wraps the page
    in an iframe's ``srcdoc`` so that its script and style stay apart from the notebook's.
    Needs no IPython."""

    def __init__(self, view: View, height: int = 640) -> None:
        self.view, self.height = view, height

    @property
    def html(self) -> str:
        return render_html(self.view)

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
                f'style="width:100%;height:{self.height}px;border:1px solid #ddd" '
                'sandbox="allow-scripts"></iframe>')


def inline(view: View, height: int = 640) -> InlineView:
    """``inline(ego_view(g, "高喜全"))`` as the last line of a notebook cell draws the view."""
    return InlineView(view, height)
