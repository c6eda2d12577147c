"""Sentences → events (meetings, inspection tours, signings) and who played which role.

An event starts where a sentence reports one (召开, 举行, 调研 ...) with a new date, or opens a
new paragraph with a date (chronicles); later sentences (会上, 会议由…主持) belong to the event
before them. Role cues apply to the people written before them since the previous cue:
``A、B出席会议`` → both attended; ``出席会议并讲话`` shares its people with the verb it joins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from govkg.extract.dates import find_dates
from govkg.extract.lexicon import alternation, lexicon

TRIGGER = re.compile(
    r"召开|举行|举办|主持召开|座谈|会见|签约|签署|调研|观摩|视察|考察|走访|慰问|检查|推进会|现场会|"
    r"动员会|部署会|见面会|通报会|主席会议|常委会|会议|仪式"
)
_OPEN_VERBS = re.compile(r"(?:组织|主持)?(?:召开|举行|举办)")
_SPEECH_BLOCK_AFTER = ("精神", "稿")
_OBJECT_VERBS = tuple("传达 学习 听取 领学 提名 免去 任命 宣读 审议 慰问 看望".split())
_YEAR_HEADING = re.compile(r"(\d{4})年(?:大事记)?[:：]?$")
ROLE_KINDS = ("CHAIRED", "SPOKE_AT", "ATTENDED", "INSPECTED")


@dataclass
class Event:
    index: int
    sentence: int
    start: int
    end: int
    name: str
    date: str | None
    evidence: str
    kind: str = "meeting"  # meeting | inspection
    place_spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Role:
    person: str
    kind: str  # CHAIRED | SPOKE_AT | ATTENDED | INSPECTED
    event: int
    sentence: int
    cue_start: int
    cue_end: int


def _name_of(text: str, m: re.Match[str] | None) -> str:
    opened = _OPEN_VERBS.search(text)
    if opened:
        after = re.split(r"[，。；：,;]", text[opened.end():])[0]
        if len(after) >= 2:
            return after[:60]
    clause = re.split(r"[，。；：,;]", text)
    for c in clause:
        if TRIGGER.search(c):
            c = re.sub(r"^.*?\d+日(?:上午|下午|晚上|晚)?", "", c)
            c = re.sub(r"(?:在.{2,12}?)?(?:召开|举行|举办)$", "", c.strip())
            return c.strip()[:60] or text[:60]
    return text[:60]


def find_events(sentences, published) -> list[Event]:
    """One :class:`Event` per reported event, with its date when the text gives one."""
    events: list[Event] = []
    last_date: str | None = None
    reference = published
    for s in sentences:
        heading = _YEAR_HEADING.match(s.text)
        if heading:  # a chronicle's 2022年 heading gives the year of the items under it
            reference = date(int(heading.group(1)), 12, 31)
            continue
        dates = find_dates(s.text, reference, last_date)
        resolved = [d for d in dates if d.value]
        if resolved:
            last_date = resolved[-1].value
        m = TRIGGER.search(s.text)
        if not m or (s.text.startswith("【") and s.text.endswith("】")):
            continue  # a roundup's 【heading】 names the item that follows
        opens_with_date = bool(dates) and dates[0].start <= 3
        day = next((d.value for d in dates if d.start < m.start() or opens_with_date), None)
        new = (not events
               or (day and events[-1].date and day != events[-1].date)
               or (opens_with_date and s.first_in_paragraph and events[-1].sentence != s.index))
        if not new and day and not events[-1].date:
            events[-1].date = day
        if not new:
            continue
        visit = re.search(r"调研|观摩|视察|考察|走访|检查|深入|来到", s.text[:40])
        kind = "inspection" if visit and not re.search(r"召开|举行|会议", s.text) else "meeting"
        events.append(Event(len(events), s.index, s.start, s.end, _name_of(s.text, m),
                            day if (dates and opens_with_date) or day else None, s.text, kind))
    return events


def event_at(events: list[Event], sentence_index: int) -> Event | None:
    """The event a sentence belongs to: the last one started at or before it."""
    current = None
    for e in events:
        if e.sentence <= sentence_index:
            current = e
    return current


@cache
def cue_re() -> re.Pattern[str]:
    """Role cues (lexicons/cues.tsv), longest first."""
    words = [w for w, k in lexicon().cues.items() if k in ROLE_KINDS]
    return re.compile(alternation(words + ["一同调研", "参加调研", "陪同调研"]))


def find_roles(sentence, mentions, masked: list[tuple[int, int]], event: Event,
               previous_subject: str | None) -> list[Role]:
    """Roles in one sentence. ``mentions`` are (name, start, end) in text order; ``masked``
    spans (names, titles) where cue words are not looked for."""
    lex = lexicon()
    text, base = sentence.text, sentence.start
    out: list[Role] = []
    last_cue_end = base
    last_group: list[tuple[str, int, int]] = []
    for m in _cues_outside(text, base, masked):
        cs, ce = base + m.start(), base + m.end()
        word = m.group()
        kind = lex.cues.get(word) or ("ATTENDED" if word.endswith("调研") else None)
        if word in ("一同调研", "参加调研", "陪同调研"):
            kind = "ATTENDED"
        if kind is None:
            continue
        group = [x for x in mentions if last_cue_end <= x[1] and x[2] <= cs]
        joined = text[max(0, m.start() - 2) : m.start()]
        if not group and last_group and ("并" in joined or "、" in joined or "和" in joined
                                         or m.start() - (last_cue_end - base) <= 4):
            group = last_group
        if kind == "SPOKE_AT":
            if text[m.end() : m.end() + 2].startswith(_SPEECH_BLOCK_AFTER) or \
                    text[max(0, m.start() - 1) : m.start()] == "的":
                last_cue_end = ce
                continue
            clause_start = max(text.rfind(c, 0, m.start()) for c in "，,；;") + 1
            if "听" in text[clause_start : m.start()]:
                last_cue_end = ce
                continue  # 听取工作汇报: the speaker is someone else
            opener = text[clause_start : m.start()]
            if not group:
                before = [x for x in mentions if x[2] <= cs and x[1] - base >= clause_start]
                if before and not opener.startswith(("会议", "会上", "大家")):
                    group = [before[-1]]
                elif _TOPIC_CHAIN.fullmatch(opener) and "召开" not in text[: m.start()]:
                    # …视察供热工程，要求施工单位…: the clause goes on with the last subject
                    earlier = [x for x in mentions if x[2] <= cs]
                    group = earlier[-1:]
                elif text[clause_start : m.start()].lstrip().startswith(("他", "她")) and \
                        previous_subject:
                    group = [(previous_subject, cs, cs)]
            group = [g for g in group if not _is_object(text, g[1] - base)]
            # A、B作表态发言: everyone listed in the cue's own clause spoke; else the last one
            in_clause = [g for g in group if g[1] - base >= clause_start]
            if text[max(0, m.start() - 4) : m.start()].endswith(_IN_TURN):
                pass  # A，B…先后发言: everyone since the last cue spoke
            else:
                group = in_clause if len(in_clause) > 1 else group[-1:]
        elif kind == "CHAIRED":
            group = group[-1:]
        group = [g for g in group if not _is_object(text, g[1] - base)]
        for name, _, _ in group:
            out.append(Role(name, kind, event.index, sentence.index, cs, ce))
        if kind == "ATTENDED" and word == "会见":
            after = [x for x in mentions if x[1] >= ce]
            for name, _, _ in after:
                out.append(Role(name, "ATTENDED", event.index, sentence.index, cs, ce))
        if group:
            last_group = group
        last_cue_end = ce
    return out


_GOING_TO = re.compile(
    r"到|[^，。；]{0,8}?(?:镇|乡|村|区|县|市|企业|项目|一线|基层|工地|现场|园|厂)"
)
_IN_TURN = ("先后", "分别", "依次", "逐一", "先后作", "分别作", "依次作", "逐一作")
_TOPIC_CHAIN = re.compile(r"(?:并|还|同时|也|随后|并且|同时还|并就|就此)?")


def _cues_outside(text: str, base: int, masked: list[tuple[int, int]]):
    """Cue matches outside names and titles; a cue that starts inside a name does not hide
    one right after it (买买提|出席, not 买买|提出)."""
    pos = 0
    while True:
        m = cue_re().search(text, pos)
        if not m:
            return
        if any(a <= base + m.start() < b for a, b in masked):
            pos = m.start() + 1
            continue
        if m.group() == "深入" and not _GOING_TO.match(text, m.end()):
            pos = m.end()
            continue  # 深入分析, 深入学习: no visit
        yield m
        pos = m.end()


def _is_object(text: str, pos: int) -> bool:
    if text[max(0, pos - 1) : pos] in ("对", "向", "给", "与"):
        return True
    clause_start = max(text.rfind(c, 0, pos) for c in "，,；;") + 1
    return any(v in text[clause_start:pos] for v in _OBJECT_VERBS)
