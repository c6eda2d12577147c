"""The views in a real browser: Debian's chromium, headless, driven by Playwright.

Every generated page is opened from a file:// URL with the network cut off (any request
that is not file: or data: is recorded and aborted), and must draw exactly the nodes and
edges of its view, fetch nothing, raise no script error, find a node typed in Chinese,
filter by label and edge type, show markup from articles as text, and stop its physics -
within 10 s for 2,000 nodes.

Needs /usr/bin/chromium (apt-get install chromium fonts-noto-cjk) and the playwright
package (pip install playwright; `playwright install` is not needed). Without them the
module skips with a one-line reason, except in CI (CI=true), where it fails.

The screenshot of the seeds' whole graph shown in the README, docs/img/seeds-graph.png, is
taken here on every run. The layout has a fixed random seed and settles before its time
budget, so the same code draws the same picture and a run leaves the file unchanged.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest

from govkg.graph import build
from govkg.graph.schema import Label, Rel
from govkg.graph.views import (
    View,
    ego_view,
    inline,
    make_view,
    whole_graph_view,
    write_default_views,
    write_html,
)
from govkg.graph.views.index import default_views

from real_articles import FIXTURES, REPO, SEEDS, in_ci
from test_views import HOSTILE, hostile_graph
from test_views_synthetic import synthetic_graph

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT = REPO / "docs" / "img" / "seeds-graph.png"
SETTLED = "() => window.govkgView && window.govkgView.state.stabilized"
DRAWN = ("() => [govkgView.network.body.nodeIndices.length, "
         "govkgView.network.body.edgeIndices.length, govkgView.data.nodes.length, "
         "govkgView.data.edges.length]")


def _missing() -> str | None:
    if not CHROMIUM.is_file():
        return f"{CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright)"
    return None


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    reason = _missing()
    if reason:
        if in_ci():
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=ARGS,
            viewport={"width": 1280, "height": 800}, device_scale_factor=1)
        yield context
        context.close()


@dataclass
class Opened:
    page: object
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    seconds: float = 0.0


def open_page(browser, path: Path, settle: bool = True) -> Opened:
    """``path`` in a new tab with the network cut off; waits until the physics stopped."""
    page = browser.new_page()
    opened = Opened(page)

    def route(r) -> None:
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            opened.blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("request", lambda r: opened.requests.append(r.url))
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
    start = time.monotonic()
    page.goto(path.as_uri())
    if settle:
        page.wait_for_function(SETTLED, timeout=30_000)
    opened.seconds = time.monotonic() - start
    return opened


def assert_offline_and_clean(opened: Opened) -> None:
    assert not opened.blocked, opened.blocked
    assert all(u.startswith(("file:", "data:")) for u in opened.requests), opened.requests
    assert not opened.errors and not opened.dialogs, (opened.errors, opened.dialogs)


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, tuple[Path, View]]:
    """Every kind of view, written: the build's defaults for the seeds, a date window, a
    name shared by two people, hostile article text, and 2,000 synthetic nodes."""
    out = tmp_path_factory.mktemp("views")
    seeds = build([str(SEEDS)]).graph
    write_default_views(seeds, out / "seeds")
    found = {}
    for i, (file, view) in enumerate(default_views(seeds).items()):
        key = f"seeds/{file}" if not file.startswith("person-") else f"seeds/person-{i}"
        found[key] = (out / "seeds" / "views" / file, view)
    corpora = FIXTURES / "corpora"
    extra = {
        "promotion-2023": make_view(build([str(corpora / "promotion")]).graph,
                                    since="2023-01-01", until="2023-12-31"),
        "same-name": ego_view(build([str(corpora / "same_name")]).graph, "向国栋", hops=1),
        "hostile": make_view(hostile_graph(), name="p1", label=Label.PERSON, hops=1),
        "synthetic-2000": whole_graph_view(synthetic_graph(2000), max_nodes=0),
    }
    for key, view in extra.items():
        found[key] = (write_html(view, out / f"{key}.html"), view)
    found["seeds"] = (out / "seeds", seeds)
    return found


VIEWS = ["seeds/graph.html", "seeds/co-attendance.html", "seeds/person-2", "seeds/person-3",
         "seeds/person-4", "promotion-2023", "same-name", "hostile", "synthetic-2000"]


@pytest.mark.parametrize("key", VIEWS)
def test_every_view_draws_its_data_offline(browser, pages, key):
    path, view = pages[key]
    opened = open_page(browser, path)
    nodes, edges = view.graph.number_of_nodes(), view.graph.number_of_edges()
    assert nodes > 0
    assert opened.page.evaluate(DRAWN) == [nodes, edges, nodes, edges]
    assert opened.page.evaluate("() => govkgView.network.physics.physicsEnabled") is False
    assert_offline_and_clean(opened)
    legend = opened.page.locator("#panel .row").count()
    assert legend == len({d["label"] for _, d in view.graph.nodes(data=True)}) + \
        len({k for *_, k in view.graph.edges(keys=True)})
    opened.page.close()


def test_the_index_links_every_view_and_loads_nothing(browser, pages):
    index = pages["seeds"][0] / "views" / "index.html"
    opened = open_page(browser, index, settle=False)
    links = opened.page.eval_on_selector_all("a", "as => as.map(a => a.href)")
    assert len(links) == 5 and all(u.startswith("file:") for u in links)
    assert all(Path(u.removeprefix("file://")).is_file() for u in links)
    assert_offline_and_clean(opened)
    opened.page.close()


def _id(g: nx.MultiDiGraph, name: str) -> str:
    return next(n for n, d in g.nodes(data=True) if d["name"] == name)


def test_search_focuses_a_node_typed_in_chinese(browser, pages):
    g = pages["seeds"][1]
    opened = open_page(browser, pages["seeds/graph.html"][0])
    page = opened.page
    page.locator("#search").press_sequentially("喜全")  # part of a name, key by key
    pid = _id(g, "高喜全")
    assert page.evaluate("() => govkgView.state.focused") == pid
    assert page.evaluate("() => govkgView.network.getSelectedNodes()") == [pid]
    assert page.locator(".hit").first.inner_text().startswith("高喜全")
    page.locator("#search").fill("刘仁羿")
    assert page.evaluate("() => govkgView.network.getSelectedNodes()") == [_id(g, "刘仁羿")]
    # the view moved to the node: it is near the middle of the canvas
    x, y, w, h = page.evaluate("""() => { const n = govkgView.network;
        const id = n.getSelectedNodes()[0]; const p = n.canvasToDOM(n.getPositions([id])[id]);
        const c = document.getElementById('graph'); return [p.x, p.y, c.clientWidth,
        c.clientHeight]; }""")
    assert abs(x - w / 2) < w / 10 and abs(y - h / 2) < h / 10
    assert_offline_and_clean(opened)
    page.close()


def test_filters_hide_labels_and_edge_types(browser, pages):
    g = pages["seeds"][1]
    opened = open_page(browser, pages["seeds/graph.html"][0])
    page = opened.page
    places = {n for n, d in g.nodes(data=True) if d["label"] == Label.PLACE}
    page.locator(f'input[data-filter="{Label.PLACE.value}"]').uncheck()
    drawn_nodes, drawn_edges, *_ = page.evaluate(DRAWN)
    assert drawn_nodes == g.number_of_nodes() - len(places)
    assert drawn_edges == sum(1 for s, t in g.edges() if s not in places and t not in places)
    page.locator(f'input[data-filter="{Rel.HOLDS.value}"]').uncheck()
    holds = sum(1 for s, t, k in g.edges(keys=True)
                if k == Rel.HOLDS and s not in places and t not in places)
    assert page.evaluate(DRAWN)[1] == drawn_edges - holds
    page.locator(f'input[data-filter="{Label.PLACE.value}"]').check()
    page.locator(f'input[data-filter="{Rel.HOLDS.value}"]').check()
    assert page.evaluate(DRAWN)[:2] == [g.number_of_nodes(), g.number_of_edges()]
    assert_offline_and_clean(opened)
    page.close()


def test_same_names_are_told_apart_in_the_search(browser, pages):
    path, view = pages["same-name"]
    opened = open_page(browser, path)
    opened.page.locator("#search").fill("向国栋")
    hits = opened.page.locator(".hit").all_inner_texts()
    assert len(hits) == 2 and len(set(hits)) == 2 and all("向国栋 · " in h for h in hits)
    assert opened.page.evaluate("() => govkgView.state.focused") in view.focus
    opened.page.close()


def test_an_empty_view_settles_at_once(browser, tmp_path):
    path = write_html(whole_graph_view(nx.MultiDiGraph()), tmp_path / "empty.html")
    opened = open_page(browser, path)
    assert opened.page.evaluate(DRAWN) == [0, 0, 0, 0]
    assert_offline_and_clean(opened)
    opened.page.close()


def test_two_thousand_nodes_settle_within_ten_seconds_and_stay_still(browser, pages):
    opened = open_page(browser, pages["synthetic-2000"][0])
    page = opened.page
    assert opened.seconds < 10, f"physics still running after {opened.seconds:.1f} s"
    before = page.evaluate("() => govkgView.network.getPositions()")
    page.wait_for_timeout(1000)
    assert page.evaluate("() => govkgView.network.getPositions()") == before
    assert page.evaluate("() => govkgView.network.physics.physicsEnabled") is False
    page.close()


def test_markup_in_article_text_is_shown_as_text(browser, pages):
    path, view = pages["hostile"]
    opened = open_page(browser, path)
    page = opened.page
    assert page.evaluate("() => document.scripts.length") == 3
    assert page.evaluate("() => document.querySelectorAll('b, #panel script').length") == 0
    assert page.locator("#title").inner_text() == view.title
    assert page.title() == view.title
    # hover the person: vis-network shows our text node as the tooltip
    x, y = page.evaluate("""() => { const n = govkgView.network;
        const p = n.canvasToDOM(n.getPositions(['p1']).p1);
        const r = document.getElementById('graph').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }""")
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=5)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    assert f"李{HOSTILE}" in tooltip.inner_text() and f"<b>{HOSTILE}" in tooltip.inner_text()
    sentence = page.evaluate(
        "() => govkgView.edges.get().map(e => e.title.textContent).join('\\n')")
    assert f"句子{HOSTILE}" in sentence
    page.locator("#search").fill("script")
    assert HOSTILE in page.locator(".hit").first.inner_text()
    assert_offline_and_clean(opened)  # no alert() ran
    page.close()


def test_the_notebook_iframe_draws_the_view(browser, pages, tmp_path):
    g = pages["seeds"][1]
    view = ego_view(g, "高喜全", hops=1)
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><html><body>{inline(view)._repr_html_()}</body></html>",
                    "utf-8")
    opened = open_page(browser, host, settle=False)
    frame = opened.page.frames[1]
    frame.wait_for_function(SETTLED, timeout=30_000)
    n, m = view.graph.number_of_nodes(), view.graph.number_of_edges()
    assert frame.evaluate(DRAWN) == [n, m, n, m]
    assert_offline_and_clean(opened)
    opened.page.close()


def test_screenshot_of_the_seeds(browser, pages):
    opened = open_page(browser, pages["seeds/graph.html"][0])
    page = opened.page
    page.mouse.move(5, 5)  # no hover tooltip in the picture
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert 20_000 < SCREENSHOT.stat().st_size < 300_000  # drawn, and small enough to commit
    page.close()
