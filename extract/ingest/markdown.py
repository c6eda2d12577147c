"""Markdown to plain text, keeping a map back into the Markdown source.

Only markup is removed - heading and list markers, emphasis, link and image syntax, code
fences, tables' pipes, HTML tags - so the words keep their positions in the source. A YAML
front-matter block supplies metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkg.extract.article import Edit, OffsetMap, apply_edits

# Every pattern runs in time linear in the line it looks at, whatever the line: a pattern
# that could fail only after scanning ahead stops at the character where its next attempt
# would start (a link's label and address stop at '[', a tag at '<', trailing spaces are
# matched from the start of their run), and quantifiers that must not give back what they
# took are possessive (*+, ++). Otherwise text such as '[[[…王伟](](](…' rescans the rest of
# the line from every bracket: 28 s for 120 KB.
_FRONT_MATTER = re.compile(r"\A---[ \t]*+\n(.*?)\n(?:---|\.\.\.)[ \t]*+(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^([A-Za-z_]++)[ \t]*+:(.*)$", re.MULTILINE)
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]++(.*)$", re.MULTILINE)

_MARKUP = re.compile(
    "|".join([
        r"(?P<image>!\[[^\[\]\n]*+\]\([^)\[\n]*+\))",
        r"(?P<link>\[(?P<label>[^\[\]\n]++)\]\([^)\[\n]*+\))",
        r"(?P<refdef>^[ \t]{0,3}\[[^\]\n]++\]:[ \t]*+\S.*$)",
        r"(?P<fence>^[ \t]{0,3}(?:```|~~~).*$)",
        r"(?P<rule>^[ \t]{0,3}(?:(?:\*[ \t]*+){3,}+|(?:-[ \t]*+){3,}+|(?:_[ \t]*+){3,}+)$)",
        r"(?P<tablesep>^[ \t]*+\|?+[ \t]*+:?+-{3,}+:?+[ \t]*+"
        r"(?:\|[ \t]*+:?+-{3,}+:?+[ \t]*+)*+\|?+[ \t]*+$)",
        r"(?P<block>^[ \t]{0,3}(?:#{1,6}[ \t]++|>[ \t]?|[-*+][ \t]++|\d{1,3}[.)][ \t]++))",
        r"(?P<closing>(?<![ \t])[ \t]++#++[ \t]*+$)",
        r"(?P<tag></?[A-Za-z][^<>\n]*+>)",
        r"(?P<emphasis>\*\*|__|~~|`++|(?<![A-Za-z0-9*])\*(?=\S)|(?<=\S)\*(?![A-Za-z0-9*]))",
        r"(?P<pipe>\|)",
    ]),
    re.MULTILINE,
)


@dataclass(frozen=True)
class MarkdownDocument:
    text: str
    offsets: OffsetMap
    title: str | None
    date: str | None
    url: str | None
    source: str | None


def _edits(source: str, start: int) -> list[Edit]:
    edits: list[Edit] = [(0, start, "")] if start else []
    for m in _MARKUP.finditer(source, start):
        kind = m.lastgroup
        if kind == "link":
            label_start, label_end = m.span("label")
            edits.append((m.start(), label_start, ""))
            edits.append((label_end, m.end(), ""))
        elif kind == "pipe":
            edits.append((m.start(), m.end(), " "))
        else:
            edits.append((m.start(), m.end(), ""))
    return edits


def parse_markdown(source: str) -> MarkdownDocument:
    """Plain text of ``source``, its map into ``source`` and front-matter metadata; the
    title is the front matter's or else the first heading."""
    fields: dict[str, str] = {}
    start = 0
    fm = _FRONT_MATTER.match(source)
    if fm:
        start = fm.end()
        for key, value in _FIELD.findall(fm.group(1)):
            fields[key.lower()] = value.strip().strip("'\"")
    text, offsets = apply_edits(source, _edits(source, start))
    title = fields.get("title")
    if not title:
        heading = _HEADING.search(source, start)
        if heading:
            words = heading.group(2).rstrip(" \t#")  # a closing '## ' run is markup too
            title = _MARKUP.sub(lambda m: m.group("label") or "", words).strip()
    return MarkdownDocument(
        text=text,
        offsets=offsets,
        title=title or None,
        date=fields.get("date") or fields.get("published") or None,
        url=fields.get("url") or fields.get("link") or None,
        source=fields.get("source") or None,
    )
