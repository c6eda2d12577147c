"""Article metadata found in the lines around the headline: title, publication date, source
and address.

Only the *header zone* - the lines before the first paragraph of the story - is trusted for
unlabelled dates and for the title: a date inside the story (``2020年4月3日上午,…``) is the date
of an event, not of publication. Labelled publication dates (``发布时间:``) are also taken from
short lines further down, where some sites print them under the article.
"""

from __future__ import annotations

import re
from datetime import date as _date

from govkg.extract.clean.boilerplate import is_boilerplate
from govkg.extract.clean.lines import han_count, has_han, is_paragraph

HEADER_LINES = 40

_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2}) ?[-/.年] ?(\d{1,2}) ?[-/.月] ?(\d{1,2})(?!\d)(?: ?日)?"
)
_TIME = re.compile(r"(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)")
_STRONG_BEFORE = re.compile(
    r"(?:发布|发表|发稿|刊发|出版|上线|首发)(?:日期|时间|于)[：:]? ?$|发布于 ?$"
)
_MEDIUM_BEFORE = re.compile(r"(?:^|[ |｜【\[])(?:时间|日期)[：:] ?$")
_EXCLUDED_BEFORE = re.compile(
    r"(?:归档|成文|截止|采集|打印|访问|修改|更新|生效|施行|实施)(?:日期|时间)?[：:]? ?$"
)
_PUBLISHED_AFTER = re.compile(r"^ ?(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)? ?发布")
_NOT_PUBLICATION = re.compile(r"上一篇|下一篇|上一条|下一条|归档|成文日期")
_META_WORDS = re.compile(
    r"发布者|发布人|发布|来源|作者|编辑|评论|浏览|阅读|点击|时间|日期|admin|[\d|｜:：/ ()\[\]【】-]"
)

_TITLE_FIELD = re.compile(r"^(?:标 ?题|新闻标题|文章标题)[：:] ?(.*)$")
_TITLE_PREFIX = re.compile(r"^(?:正在阅读|当前阅读|您正在阅读|原标题)[：:] ?")
_LABEL = re.compile(
    r"^(?:关键词|关键字|标签|主题词|索引号|文号|发布机构|公开范围|成文日期|发布日期|发布时间|"
    r"归档时间|时间|日期|来源|作者|编辑|责任编辑|摘要|IP属地)[：:]"
)

_SOURCE = re.compile(r"(?:^|[ |｜【\[])(?:文章|信息|新闻|稿件)?来源[：:] ?([^ |｜【】\[\]]+)")
_SOURCE_STOP = re.compile(
    r"(?:作者|编辑|责任编辑|发布|时间|日期|浏览|点击|审核|字号|记者|通讯员|摄影)[：:]?.*$"
)
_GENERIC_SOURCES = frozenset(
    "本站 本网 原创 本站原创 本网原创 网络 互联网 未知 转载 网友投稿 综合".split()
)
_URL = re.compile(
    r"(?:本文地址|原文地址|原文链接|文章地址|本文链接|文章链接|网址|链接地址|(?i:url|source))"
    r"[：:] ?(https?://[^\s，。“”]+)"
)


def parse_date(text: str) -> str | None:
    """The first valid calendar date in ``text`` as ``YYYY-MM-DD``."""
    for m in _DATE.finditer(text):
        iso = _valid(m)
        if iso:
            return iso
    return None


def _valid(m: re.Match[str]) -> str | None:
    try:
        return _date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def is_date_line(line: str) -> bool:
    """A line that is a date (and time) with at most a few metadata words around it, such
    as ``2023-07-05 16:46:47 来源:厦门日报`` or ``2021-12-8 13:03| 发布者: admin``."""
    if "。" in line or len(line) > 80:
        return False
    m = _DATE.search(line)
    if not m or not _valid(m):
        return False
    rest = _TIME.sub("", _DATE.sub("", line))
    rest = _META_WORDS.sub("", rest)
    return len(rest) <= 20


def find_date(lines: list[str], zone_end: int, paragraphs: list[bool] | None = None
              ) -> str | None:
    """The publication date: a labelled one anywhere in a short line, else a date line in
    the header zone. ``paragraphs`` flags the lines that are story paragraphs, if known."""
    medium: str | None = None
    weak: str | None = None
    for i, line in enumerate(lines):
        in_zone = i < zone_end
        if not in_zone:
            # below the header only short labelled lines count: story text holds event dates
            if len(line) > 120 or not _DATE.search(line):
                continue
            if paragraphs[i] if paragraphs is not None else is_paragraph(line):
                continue
        for m in _DATE.finditer(line):
            iso = _valid(m)
            if not iso:
                continue
            before = line[max(0, m.start() - 12):m.start()]
            if _EXCLUDED_BEFORE.search(before):
                continue
            if _STRONG_BEFORE.search(before) or (
                before.rstrip().endswith("于") and _PUBLISHED_AFTER.match(line[m.end():])
            ):
                return iso
            if medium is None and _MEDIUM_BEFORE.search(before):
                medium = iso
            elif (weak is None and in_zone and is_date_line(line)
                  and not _NOT_PUBLICATION.search(line)):
                weak = iso
    return medium or weak


_SITE_LINE = re.compile(r">|＞|首页|(?:网|网站|门户|频道|新闻中心)$")
_BYLINE_FIELDS = re.compile(r"来源|发布|作者|编辑|浏览|点击")


def _is_title_candidate(line: str) -> bool:
    n = han_count(line)
    return (
        4 <= n
        and len(line) <= 120
        and not line.endswith("。")
        and not _LABEL.match(line)
        and not is_date_line(line)
        and not is_boilerplate(line)
    )


def find_title(lines: list[str], zone_end: int) -> tuple[int | None, str]:
    """``(index, title)`` of the headline in the header zone, or ``(None, "")``.

    A ``标题:`` field wins, then a ``正在阅读:``/``原标题:`` prefix, then a candidate line that
    the page repeats, then the first candidate line.
    """
    zone = lines[:zone_end]
    for i, line in enumerate(zone):
        m = _TITLE_FIELD.match(line)
        if m:
            value = m.group(1).strip()
            if not value and i + 1 < len(lines):
                value = lines[i + 1]
            if has_han(value):
                return i, value
    for i, line in enumerate(zone):
        m = _TITLE_PREFIX.match(line)
        if m and has_han(line[m.end():]):
            return i, line[m.end():].strip()
    candidates = [i for i, line in enumerate(zone) if _is_title_candidate(line)]
    # site names and breadcrumbs (河北新闻网 > 要闻, 科左中旗人民政府网) are no headlines
    candidates = [i for i in candidates if not _SITE_LINE.search(zone[i])] or candidates
    if not candidates:
        return None, ""
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    for i in candidates:
        if counts[zone[i]] > 1:
            return i, zone[i]
    for i in candidates:  # the headline stands right above its date and source line
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if is_date_line(following) or _LABEL.match(following) or _BYLINE_FIELDS.search(following):
            return i, zone[i]
    return candidates[0], zone[candidates[0]]


def find_source(lines: list[str], zone_end: int) -> str | None:
    """The publisher named after ``来源:``, header zone first."""
    for i, line in enumerate(lines):
        if "来源" not in line or (i >= zone_end and is_paragraph(line)):
            continue
        m = _SOURCE.search(line)
        if not m:
            continue
        value = _SOURCE_STOP.sub("", m.group(1)).strip(" ：:，,")
        if value and value not in _GENERIC_SOURCES and has_han(value):
            return value
    return None


def find_url(lines: list[str]) -> str | None:
    """An address the page gives for itself (``本文地址: http://…``)."""
    for line in lines:
        if "http" in line:
            m = _URL.search(line)
            if m:
                return m.group(1).rstrip(".,;)）")
    return None
