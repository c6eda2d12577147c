"""The cleaning pipeline: normalise characters, find the header, drop page furniture and
repeats, and keep a map from every cleaned character back to the original."""

from __future__ import annotations

from dataclasses import dataclass

from govkg.extract.article import OffsetMap, RunBuilder, compose
from govkg.extract.clean.boilerplate import (
    boilerplate_reason,
    is_end_marker,
    is_image_file,
    is_list_item,
    is_related_heading,
)
from govkg.extract.clean.bylines import is_summary, trim_credits
from govkg.extract.clean.dedupe import dedupe_key, repeated
from govkg.extract.clean.header import (
    HEADER_LINES,
    find_date,
    find_source,
    find_title,
    find_url,
    is_date_line,
)
from govkg.extract.clean.lines import Line, han_count, has_han, is_paragraph, split_lines
from govkg.extract.clean.normalize import normalize_layout
from govkg.extract.clean.whitespace import join_cjk


@dataclass(frozen=True)
class Cleaned:
    """What cleaning one document yields: the body and the metadata found around it."""

    text: str
    offsets: OffsetMap
    title: str = ""
    date: str | None = None
    source: str | None = None
    url: str | None = None


def clean(raw_text: str) -> tuple[str, OffsetMap]:
    """The cleaned body of ``raw_text`` - simplified, normalised, without page furniture,
    one paragraph per line - and the map from it back to ``raw_text``."""
    result = analyse(raw_text)
    return result.text, result.offsets


def analyse(raw_text: str, *, title: str | None = None) -> Cleaned:
    """Clean ``raw_text`` and read its header. A known ``title`` (from a JSONL field or HTML
    metadata) replaces the detected one and its repeats are removed from the text."""
    norm, norm_map = normalize_layout(raw_text)
    lines = split_lines(norm)
    texts = [line.text for line in lines]
    para = [is_paragraph(t) for t in texts]
    keep = [boilerplate_reason(t, p) is None for t, p in zip(texts, para, strict=True)]

    body_start = next((i for i, p in enumerate(para) if keep[i] and p), len(texts))
    zone_end = min(body_start, HEADER_LINES)
    anchor, found_title = find_title(texts, zone_end)
    if title is not None and title.strip():
        found_title = _layout(title)
        anchor = next((i for i in range(zone_end) if texts[i] == found_title), None)

    # Everything above the headline is site chrome; date lines in the header are metadata.
    if anchor is not None:
        for i in range(anchor + 1):
            keep[i] = False
    for i in range(zone_end):
        if keep[i] and is_date_line(texts[i]):
            keep[i] = False
    if found_title:
        _drop_title_repeats(texts, keep, found_title)
    _drop_related_lists(texts, keep, para)
    _drop_captions(texts, keep, para)
    _cut_tail(texts, keep, para, body_start)

    pieces, spans, summaries = _trimmed_pieces(lines, keep)
    drop = repeated([p[0] for p in pieces], summaries)
    if drop:
        pieces = [p for i, p in enumerate(pieces) if i not in drop]
        spans = [s for i, s in enumerate(spans) if i not in drop]
    text, final_map = _assemble(pieces, spans)
    return Cleaned(
        text=text,
        offsets=compose(final_map, norm_map, len(text)),
        title=join_cjk(found_title)[0].strip() if found_title else "",
        date=find_date(texts, zone_end, para),
        source=find_source(texts, zone_end),
        url=find_url(texts),
    )


def _layout(text: str) -> str:
    normalised, _ = normalize_layout(" ".join(text.split()))
    return normalised.strip()


def _drop_title_repeats(texts: list[str], keep: list[bool], title: str) -> None:
    key = dedupe_key(title)[0]
    for i, t in enumerate(texts):
        if not keep[i]:
            continue
        if t == title or dedupe_key(t)[0] == key:
            keep[i] = False
        elif title in t and not has_han(t.replace(title, "")):
            keep[i] = False  # the headline between counters: '1553855 <title> 17759'


def _drop_related_lists(texts: list[str], keep: list[bool], para: list[bool]) -> None:
    i = 0
    while i < len(texts):
        if is_related_heading(texts[i]):
            keep[i] = False
            i += 1
            while i < len(texts) and (is_list_item(texts[i]) or not para[i]):
                keep[i] = False
                i += 1
        else:
            i += 1


def _drop_captions(texts: list[str], keep: list[bool], para: list[bool]) -> None:
    for i, t in enumerate(texts[:-1]):
        if is_image_file(t) and not para[i + 1] and han_count(texts[i + 1]) <= 30:
            keep[i + 1] = False


def _cut_tail(texts: list[str], keep: list[bool], para: list[bool], body_start: int) -> None:
    """Drop everything from the first closing marker (责任编辑, 分享到, 上一篇, 相关阅读, …)
    after the story, unless more story text than half of what precedes follows it."""
    story = [len(t) if k and p else 0 for t, k, p in zip(texts, keep, para, strict=True)]
    total = sum(story)
    before = sum(story[:body_start + 1])
    for i in range(body_start + 1, len(texts)):
        if is_end_marker(texts[i]):
            after = total - before - story[i]
            if after * 2 <= before:
                for j in range(i, len(texts)):
                    keep[j] = False
                return
        before += story[i]


def _trimmed_pieces(lines: list[Line], keep: list[bool]
                    ) -> tuple[list[tuple[str, OffsetMap]], list[tuple[int, int]], set[int]]:
    """Kept lines with credits trimmed and spaces between Chinese characters removed, each
    with its span in the normalised text; ``summaries`` indexes the ``摘要:`` lines."""
    pieces: list[tuple[str, OffsetMap]] = []
    spans: list[tuple[int, int]] = []
    summaries: set[int] = set()
    for line, kept in zip(lines, keep, strict=True):
        if not kept:
            continue
        a, b = trim_credits(line.text)
        segment = line.text[a:b].strip()
        if not has_han(segment):
            continue
        lead = line.text[a:b].find(segment)
        start = line.start + a + lead
        joined, piece_map = join_cjk(segment)
        if is_summary(line.text):
            summaries.add(len(pieces))
        pieces.append((joined, piece_map))
        spans.append((start, start + len(segment)))
    return pieces, spans, summaries


def _assemble(pieces: list[tuple[str, OffsetMap]], spans: list[tuple[int, int]]
              ) -> tuple[str, OffsetMap]:
    """Join kept pieces with newlines; each piece maps into its span of the normalised
    text, and each newline to the end of the piece before it."""
    runs = RunBuilder()
    runs.add(0, spans[0][0] if spans else 0)
    out = 0
    parts: list[str] = []
    for n, ((piece, piece_map), (start, _end)) in enumerate(zip(pieces, spans, strict=True)):
        if n:
            parts.append("\n")
            runs.add(out, spans[n - 1][1])
            out += 1
        for s, o in zip(piece_map.starts, piece_map.origins, strict=True):
            runs.add(out + s, start + o)
        parts.append(piece)
        out += len(piece)
    if spans:
        runs.add(out, spans[-1][1])
    return "".join(parts), runs.freeze()
