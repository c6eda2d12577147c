"""Matplotlib that draws Chinese: one call picks a CJK font that is installed, so that names
and titles in plots are text, never tofu boxes or ``Glyph missing`` warnings.

Debian and Ubuntu ship the font as ``fonts-noto-cjk``; macOS and Windows have their own.
"""

from __future__ import annotations

from functools import cache

from govkg.errors import GovkgError

#: Tried in order; the first one installed is used.
CJK_FONTS: tuple[str, ...] = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
                              "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", "SimHei")


@cache
def cjk_font() -> str:
    """The first font of :data:`CJK_FONTS` that matplotlib can find."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in installed:
            return name
    raise GovkgError("no Chinese font for plots: install one (Debian/Ubuntu: "
                     "apt-get install fonts-noto-cjk), then restart the kernel")


def use_chinese_font() -> str:
    """Configure matplotlib for Chinese labels and return the font's name: the CJK font
    first in ``font.sans-serif``, and a plain hyphen for minus signs (the CJK fonts lack
    U+2212)."""
    import matplotlib

    name = cjk_font()
    fonts = [name] + [f for f in matplotlib.rcParams["font.sans-serif"] if f != name]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = fonts
    matplotlib.rcParams["axes.unicode_minus"] = False
    return name


def missing_glyphs(text: str, font: str | None = None) -> set[str]:
    """The characters of ``text`` that ``font`` (default: the configured CJK font) cannot
    draw."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(font_manager.FontProperties(family=font or cjk_font()),
                                 fallback_to_default=False)
    face = FT2Font(path)
    charmap = face.get_charmap()
    return {ch for ch in text if not ch.isspace() and ord(ch) not in charmap}


def plot_careers(rows: list[dict], ax=None, title: str = "职务时间线 posts over time"):
    """A timeline of posts: one bar per (person, post) from its first to its last sighting,
    a person's posts on adjacent lines (rows from :func:`govkg.graph.analysis.careers`).
    Returns the axes."""
    from datetime import date, timedelta

    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    use_chinese_font()
    dated = sorted((r for r in rows if r["first_seen"]),
                   key=lambda r: (r["person"], r["id"], r["first_seen"], r["post"]))
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 0.6 + 0.32 * max(len(dated), 1)))
    labels = []
    for i, r in enumerate(dated):
        start = date.fromisoformat(r["first_seen"])
        end = date.fromisoformat(r["last_seen"] or r["first_seen"]) + timedelta(days=20)
        ax.barh(i, (end - start).days, left=mdates.date2num(start), height=0.7, alpha=0.6,
                color=f"C{len({(x['person'], x['id']) for x in dated[:i + 1]}) % 10}")
        ax.text(mdates.date2num(end), i, f" {r['post']}（{r['body'] or '?'}）", va="center",
                fontsize=8)
        first = i == 0 or (dated[i - 1]["person"], dated[i - 1]["id"]) != (r["person"], r["id"])
        labels.append(r["person"] if first else "")
    ax.set_yticks(range(len(dated)), labels)
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.set_title(title)
    return ax
