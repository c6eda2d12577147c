"""Sentences → organisation (Body) mentions as written.

An organisation name ends in one of the endings of ``lexicons/bodies.tsv`` (局, 委, 集团,
人民政府, 工作组 ...) and starts after a delimiter, a function word or a verb. Endings that are
only part of an ordinary word (格局, 部署, 组织, 办法) are not organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from govkg.extract.lexicon import AND_TAILS, alternation, lexicon, words
from govkg.extract.tokenizer import cut, word_tags

#: Verbs and function words an organisation name never continues through.
ORG_BOUNDARY = words("org_boundaries.txt")
#: An ending followed by these characters is part of a longer ordinary word (部署, 委托).
BAD_AFTER = {
    "局": "面势部限长级", "委": "托员屈婉派任", "办": "理法公事好学", "处": "理于置罚分长级室",
    "科": "学技研普长级", "站": "位长立", "所": "有以在属谓长得需取向提", "院": "长士落子",
    "部": "署门分长队件位", "组": "织成建合长", "厅": "长", "署": "名", "中心": "的城区任工",
    "委员会": "委", "公司": "法", "集团": "化军", "政府": "采", "人大": "代常",
    "党组": "会", "党委": "会",
}
#: Ordinary words that end like an organisation (格局, 部署).
WORD_ENDINGS = tuple(sorted(words("org_word_endings.txt")))
_WORD_ENDING_SET = frozenset(WORD_ENDINGS)
#: Bare endings and generic phrases that name no particular organisation.
NOT_ORGS = words("org_generic.txt")
_GENERIC_START = tuple("""各 全 相关 有关 该 本 其 此 这 那 每 子 下属 所属 旗下 与会 上级 一级 两级
市区 区级 市级 县级""".split())


@dataclass(frozen=True)
class BodyMention:
    start: int
    end: int
    name: str  # as written
    kind: str  # party | gov | legis | dept | firm | group | other


@cache
def _ending_re() -> re.Pattern[str]:
    return re.compile(alternation(lexicon().body_endings))


_STOP_TAGS = frozenset("v vd vn d p c u uj ul r ad t m q mq y e o z zg f".split())
_NUMERAL = re.compile(r"[一二三四五六七八九十百零〇\d]+")
_SINGLE_STOPS = frozenset("对和及在由与向把被为了的等是将从到就暨要日月年号受原名率作")
#: Verb-like words common inside organisation names (行政审批局).
ORG_WORDS = words("org_words.txt")
_MASK = re.compile(r"[^\u3400-\u9fff0-9A-Za-z·“”]")


def _ordinary_word(token: str) -> bool:
    if token in _WORD_ENDING_SET:
        return True
    tagged = word_tags().get(token)
    return not (tagged and tagged[1] == "nt") and token.endswith(WORD_ENDINGS)


def _trim_left(candidate: str, ending: str) -> str:
    """Drop the verbs and function words a candidate picked up on its left; '' when the
    candidate ends in an ordinary word (格局, 部署)."""
    tokens = cut(candidate)
    if tokens and _ordinary_word(tokens[-1]):
        return ""
    tags = word_tags()
    kept: list[str] = []
    covered = 0
    in_quote = False
    for idx in range(len(tokens) - 1, -1, -1):
        tok = tokens[idx]
        if in_quote or (tok == "”" and "“" in tokens[:idx]):
            kept.append(tok)  # “提出创建”工作领导小组: a quoted name belongs to the organisation
            in_quote = tok != "“"
            continue
        if tok == "届" or (kept and kept[-1].startswith("届")
                           and _NUMERAL.fullmatch(tok.removeprefix("第"))):
            kept.append(tok)  # 十九届人大常委会
            continue
        if covered < len(ending):
            covered += len(tok)
            head = tok[: max(0, covered - len(ending))] if covered > len(ending) else ""
            stop = max((i for i, c in enumerate(head) if c in _SINGLE_STOPS), default=-1)
            if stop >= 0 and tok not in tags:  # 日旗委, 及旗委: a function word glued on
                kept.append(tok[stop + 1 :])
                break
            kept.append(tok)
            continue
        if tok == "和" and "".join(reversed(kept)).startswith(AND_TAILS):
            kept.append(tok)
            continue
        tagged = tags.get(tok)
        if tagged is None and len(tok) == 4 and tok[0] == tok[2]:
            break  # 悟深悟透: an unlisted four-character verb phrase
        if tagged is None and len(tok) > 1:
            # jieba's HMM glues unknown pieces to function words (及旗委, 对全): split there.
            body = tok if idx > 0 else tok[:-1]  # 合为集团: a first word may end in 为
            cut_at = max((i for i, c in enumerate(body) if c in _SINGLE_STOPS), default=-1)
            if cut_at >= 0:
                if tok[cut_at + 1 :]:
                    kept.append(tok[cut_at + 1 :])
                break
        if tok in ORG_BOUNDARY or (len(tok) == 1 and tok in _SINGLE_STOPS):
            break
        if (tagged and len(tok) > 1 and tagged[1] in _STOP_TAGS and tok not in ORG_WORDS
                and tagged[0] >= 200):
            break
        if any(c.isdigit() for c in tok):
            break
        kept.append(tok)
    return "".join(reversed(kept))


def kind_of(name: str) -> str:
    lex = lexicon()
    for n in range(min(len(name), 7), 0, -1):
        k = lex.body_endings.get(name[-n:])
        if k:
            return k
    return "other"


def find_bodies(s: str, offset: int = 0, barriers: tuple[tuple[int, int], ...] = ()
                ) -> list[BodyMention]:
    """Organisation names in sentence ``s``.

    >>> [b.name for b in find_bodies("市发改委、市财政局、市城投集团分管负责同志参加会议。")]
    ['市发改委', '市财政局', '市城投集团']
    >>> [b.name for b in find_bodies("形成工作新格局，研究部署工作")]
    []
    """
    out: list[BodyMention] = []
    ends: list[tuple[int, int]] = []
    masked = _MASK.sub(" ", s)
    for a, b in barriers:
        a, b = max(0, a - offset), min(len(s), b - offset)
        if a < b:
            masked = masked[:a] + " " * (b - a) + masked[b:]
    for m in _ending_re().finditer(s):
        e = m.end()
        nxt = s[e : e + 1]
        if nxt and nxt in BAD_AFTER.get(m.group(), ""):
            continue
        more = _ending_re().match(s, e)
        if more and not lexicon().title_re.match(s, e) and \
                s[more.end() : more.end() + 1] not in BAD_AFTER.get(more.group(), "") + "\x00":
            continue  # the organisation goes on: 市环委办, 人大常委会 (not 集团|组织召开)
        # prefer the longest organisation: an ending that is followed by another ending
        # (市住建局 + 局长 is a title, 人大 + 常委会) is handled by the later match.
        ends.append((m.start(), e))
    for ms, e in ends:
        k = ms
        while k > 0 and masked[k - 1] != " " and ms - k < 30:
            k -= 1
        name = _trim_left(s[k:e], s[ms:e]).lstrip("”")
        if name.count("“") != name.count("”"):
            name = name.replace("“", "").replace("”", "")
        st = e - len(name)
        if not name or name in NOT_ORGS or len(name) > 24:
            continue
        if name.startswith(_GENERIC_START):
            continue
        if not re.search(r"[\u4e00-\u9fff]", name[: len(name) - (e - ms)] or "x"):
            continue
        out.append(BodyMention(offset + st, offset + e, name, kind_of(name)))
    return _drop_nested(out)


def _drop_nested(items: list[BodyMention]) -> list[BodyMention]:
    """Keep the longest of overlapping mentions (市人大常委会 over 市人大)."""
    items.sort(key=lambda b: (b.start, -(b.end - b.start)))
    kept: list[BodyMention] = []
    for b in items:
        if kept and b.start < kept[-1].end:
            if b.end - b.start > kept[-1].end - kept[-1].start:
                kept[-1] = b
            continue
        kept.append(b)
    return kept
