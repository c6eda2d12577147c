"""Sentences → person mentions with the titles written before them.

Handles title chains (``县委副书记、县长顾国标`` gives two titles), one title before a list of
names (``县委常委李春旺、王炜、盛慧琴``), each name with its own body
(``市住建局局长刘韬，市交通运输局局长钟帮元``), ``XX同志``, and bare lists of names before a
role verb (``周志远、陈翡敏、李红梅参加会谈``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from govkg.extract.lexicon import AND_TAILS, lexicon, words
from govkg.extract.names import (
    CJK,
    DELIMITERS,
    follower_kind,
    no_title_inside,
    parse_name,
    plausible,
    surname_length,
)

#: Where the organisation before a title stops (lexicons/title_org_boundaries.txt).
_BOUNDARY_WORDS = sorted(words("title_org_boundaries.txt"), key=len, reverse=True)
_VALID_ORG_END = re.compile(r"(?:省|市|县|区|州|旗|盟|镇|乡|街道|政府|集团|公司)$")
_GOV_ORG = re.compile(r"^(?:[省市县区州旗盟镇乡]|.*(?:[省市县区州旗盟镇乡]|政府|人民政府))$")
_SUB_TITLE = re.compile(
    r"(?:党委|党组|党工委|纪委|纪工委|(?<!总)工会|工联会|政法委|组织部|宣传部|统战部)$"
)
_SUB_BODY = re.compile(r"(?:党委|党组|党工委|纪委|工会)$")
ENTERPRISE_TITLES = words("enterprise_titles.txt")
SUB_BODIES = frozenset("党委 党组 党工委 纪委 工会".split())
_LEVEL_COMMITTEE = re.compile(r"[省市县区州旗盟]委$")
PARTY_DEPTS = frozenset("组织部 宣传部 统战部 政法委 纪委 编办 政研室".split())


@dataclass(frozen=True)
class TitleUnit:
    """One title as written before a name: ``org`` (maybe empty) followed by ``core``."""

    core: str
    org: str
    rule: str
    start: int
    end: int
    inherited_org: str = ""  # the org shared from the chain or sentence when none is written

    @property
    def text(self) -> str:
        return self.org + self.core

    @property
    def short(self) -> str:
        """The post's title without its body (党委书记, 局长, 政法委书记), as the gold writes it."""
        m = _SUB_TITLE.search(self.org)
        return (m.group() if m else "") + self.core

    @property
    def is_post(self) -> bool:
        return self.rule != "none"


@dataclass
class PersonMention:
    name: str
    start: int
    end: int
    titles: tuple[TitleUnit, ...] = ()
    via: str = "title"  # title | list | comrade | known | alias
    extra: dict = field(default_factory=dict)


def _org_left(s: str, i: int) -> int:
    """Where the organisation written right before position ``i`` starts."""
    k = i
    while k > 0 and s[k - 1] not in DELIMITERS and i - k < 24:
        k -= 1
    piece = s[k:i]
    cut = 0
    for w in _BOUNDARY_WORDS:
        p = piece.rfind(w)
        if p >= 0 and p + len(w) > cut and not _part_of_name(piece, p, w):
            cut = p + len(w)
    return k + cut


def _part_of_name(piece: str, p: int, w: str) -> bool:
    """A boundary word inside an organisation's name: 日 in 日报, 和 in 发展和改革局."""
    after = piece[p + len(w) :]
    return (w == "日" and after.startswith("报")) or (w == "和" and after.startswith(AND_TAILS))


def valid_org(org: str) -> str:
    """The longest ending of ``org`` that reads as an organisation or place, or ''."""
    lex = lexicon()
    for k in range(len(org)):
        cand = org[k:]
        if len(cand) >= 1 and (lex.body_end_re.search(cand) or _VALID_ORG_END.search(cand)):
            if cand in ("各", "全") or cand.startswith(("各", "全", "相关", "有关")):
                continue
            return cand
    return ""


def _split_org(raw: str) -> tuple[str, str]:
    """The organisation written before a title and what qualifies the title itself:
    县防指常务|副指挥长 → (县防指, 常务), 安全|总监 → ('', 安全), 市住建局|局长 → (市住建局, '')."""
    org = valid_org(raw)
    if org or not raw:
        return org, ""
    for k in range(len(raw) - 1, 0, -1):
        if valid_org(raw[:k]) == raw[:k]:
            return raw[:k], raw[k:]
    return ("", raw) if len(raw) <= 4 and CJK.match(raw) else ("", "")


def base_org(org: str) -> str:
    """The organisation a sub-body belongs to: 集团党委 → 集团, 区人大常委会党组 → 区人大常委会."""
    return _SUB_BODY.sub("", org) if _SUB_BODY.sub("", org) else org


def find_titled(s: str, offset: int = 0) -> list[PersonMention]:
    """Persons introduced by a title chain in sentence ``s`` (offsets shifted by ``offset``).

    >>> [(p.name, [t.text for t in p.titles]) for p in find_titled("县委副书记、县长顾国标出席")]
    [('顾国标', ['县委副书记', '县长'])]
    >>> [p.name for p in find_titled("县委常委李春旺、王炜、盛慧琴出席会议")]
    ['李春旺', '王炜', '盛慧琴']
    """
    lex = lexicon()
    matches = list(lex.title_re.finditer(s))
    by_end = {m.end(): m for m in matches}
    out: list[PersonMention] = []
    consumed = 0
    last_primary = ""
    for m in matches:
        if m.start() < consumed:
            continue
        pos = m.end()
        if pos < len(s) and s[pos] == " ":
            pos += 1
        parsed = parse_name(s, pos)
        if not parsed:
            continue
        chain: list[tuple[re.Match[str], str, str]] = []
        cur = m
        while True:
            org, qualifier = _split_org(s[_org_left(s, cur.start()) : cur.start()])
            chain.insert(0, (cur, org, qualifier))
            j = cur.start() - len(org) - len(qualifier)
            if j > 0 and s[j - 1] in "、 " and (j - 1) in by_end:
                cur = by_end[j - 1]
                continue
            break
        units: list[TitleUnit] = []
        shared = ""
        for cm, org, qualifier in chain:
            rule = lex.titles[cm.group()]
            inherited = ""
            if org in PARTY_DEPTS and _LEVEL_COMMITTEE.search(shared):
                inherited = shared  # 区委常委、组织部部长: the district committee's department
            elif org in SUB_BODIES and shared and not _LEVEL_COMMITTEE.search(shared):
                inherited = base_org(shared)  # 公司总经理、党委副书记: the company's committee
            if not org and rule.startswith("org"):
                inherited = shared or last_primary
                if cm.group() in ENTERPRISE_TITLES and inherited and not _firm_like(inherited):
                    inherited = ""
            if not org and rule.startswith("gov") and shared:
                inherited = shared  # 安康市委副书记、市长: the mayor of 安康
            if org and org not in SUB_BODIES:
                shared = base_org(org) if not _GOV_ORG.match(org) or rule != "none" else shared
            units.append(TitleUnit(qualifier + cm.group(), org, rule,
                                   offset + cm.start() - len(org) - len(qualifier),
                                   offset + cm.end(), inherited))
        primary = next((u.org or u.inherited_org for u in units if u.org or u.inherited_org), "")
        if primary:
            last_primary = base_org(primary)
        names = [parsed]
        end = parsed[1]
        while end < len(s) and s[end] == "、":
            if lex.title_re.match(s, end + 1):
                break
            nxt = parse_name(s, end + 1, strong=True, guess=False)
            if not nxt:
                break
            names.append(nxt)
            end = nxt[1]
        start_of = {n: e - len(n) for n, e in names}
        for name, e in names:
            out.append(PersonMention(name, offset + start_of[name], offset + e, tuple(units)))
        consumed = end
    return out


def _firm_like(org: str) -> bool:
    return bool(re.search(r"(?:集团|公司|企业|银行|集团党委|公司党委)$", org))


_COMRADE = re.compile(r"同志")
_COMRADE_LEFT = ("提名", "免去", "任命", "推荐", "选举", "决定", "同意", "由", "和", "与", "及",
                 "、", "请", "为", "经", "对")


def find_comrades(s: str, offset: int = 0) -> list[PersonMention]:
    """``XX同志`` with a name before it (耿巍坪同志), not ``负责同志`` or ``XX同志``.

    >>> [p.name for p in find_comrades("提名耿巍坪同志为院长候选人，主要负责同志参加")]
    ['耿巍坪']
    """
    out: list[PersonMention] = []
    for m in _COMRADE.finditer(s):
        for length in (4, 3, 2):
            st = m.start() - length
            if st < 0:
                continue
            name = s[st : m.start()]
            left = s[:st]
            if not (st == 0 or left[-1] in DELIMITERS or left.endswith(_COMRADE_LEFT)):
                continue
            if surname_length(s, st) and plausible(name, strong=False) and CJK.match(name):
                out.append(PersonMention(name, offset + st, offset + m.start(), via="comrade"))
                break
    return out



def find_name_lists(s: str, offset: int = 0, taken: set[int] | None = None
                    ) -> list[PersonMention]:
    """Bare names in a list of two or more, joined by 、, right before a role verb
    (``周志远、陈翡敏、李红梅参加会谈``), or one name opening a clause before a speech verb.

    >>> [p.name for p in find_name_lists("周志远、陈翡敏、李红梅参加会谈。")]
    ['周志远', '陈翡敏', '李红梅']
    """
    taken = taken or set()
    out: list[PersonMention] = []
    i = 0
    n = len(s)
    while i < n:
        if i > 0 and s[i - 1] not in DELIMITERS:
            i += 1
            continue
        if offset + i in taken:
            i += 1
            continue
        names: list[tuple[str, int, int]] = []
        j = i
        while True:
            got = parse_name(s, j, strong=False)
            if not got or len(got[0]) < 2:
                break
            names.append((got[0], j, got[1]))
            j = got[1]
            if j < n and s[j] == "、":
                j += 1
                continue
            break
        if not names:
            i += 1
            continue
        follows = follower_kind(s, j) == "strong" or s.startswith("等", j)
        single_ok = (len(names) == 1 and len(names[0][0]) == 3 and follows
                     and plausible(names[0][0], strong=False)
                     and any(s.startswith(w, j) for w in _SPEECH_AFTER_BARE))
        if (len(names) >= 2 and follows) or single_ok:
            for name, st, en in names:
                out.append(PersonMention(name, offset + st, offset + en, via="list"))
            i = j
        else:
            i += 1
    return out


_SPEECH_AFTER_BARE = ("介绍", "主持", "宣读", "讲话", "指出", "强调", "通报", "传达", "汇报",
                      "出席", "参加", "陪同", "先容", "致辞", "表示")


def find_re_mentions(sentences, known: dict[str, PersonMention], taken: set[tuple[int, int]]
                     ) -> list[tuple[PersonMention, int]]:
    """Every later mention of a known person: the full name, or surname + title (高区长)."""
    out = []
    if not known:
        return out
    pattern = re.compile("|".join(sorted(map(re.escape, known), key=len, reverse=True)))
    aliases = {}
    for name, p in known.items():
        for t in p.titles:
            aliases.setdefault(name[0] + t.core.removeprefix("副"), set()).add(name)
    alias_re = re.compile("|".join(map(re.escape, aliases))) if aliases else None
    for s in sentences:
        for m in pattern.finditer(s.text):
            a, b = s.start + m.start(), s.start + m.end()
            if any(x <= a < y for x, y in taken):
                continue
            out.append((PersonMention(m.group(), a, b, via="known"), s.index))
        if alias_re:
            for m in alias_re.finditer(s.text):
                names = aliases[m.group()]
                a, b = s.start + m.start(), s.start + m.end()
                if len(names) == 1 and not any(x <= a < y for x, y in taken):
                    out.append((PersonMention(next(iter(names)), a, b, via="alias"), s.index))
    return out


_APPOINTED = re.compile(
    r"(?:决定)?(?:任命|免去|提名|接受|选举|推选|聘任)(?P<name>[\u4e00-\u9fff·]{2,8}?)"
    r"(?=(?:\(女\))?(?:为|的|同志|辞去|担任|兼任))"
)


def find_appointees(s: str, offset: int = 0) -> list[PersonMention]:
    """People named in appointments: 任命刘俊峰为…, 免去张国伟的…, 接受王志强辞去….

    >>> [p.name for p in find_appointees("会议决定任命刘俊峰为区发改局局长，免去张国伟的职务")]
    ['刘俊峰', '张国伟']
    """
    out = []
    for m in _APPOINTED.finditer(s):
        name = m.group("name")
        if (surname_length(name, 0) or "·" in name) and plausible(name, strong=False) and \
                len(name) <= 4 + name.count("·") * 4:
            out.append(PersonMention(name, offset + m.start("name"), offset + m.end("name"),
                                     via="appointed"))
    return out


def find_name_then_title(s: str, offset: int = 0) -> list[PersonMention]:
    """A name written before its title at the start of a clause: 王海军副县长通报了….

    >>> [(p.name, p.titles[0].text) for p in find_name_then_title("会上，王海军副县长通报了情况")]
    [('王海军', '副县长')]
    >>> find_name_then_title("李书记指出，要抓落实")  # a surname alone is no name
    []
    """
    lex = lexicon()
    out = []
    for m in lex.title_re.finditer(s):
        if m.group() == "负责人" or (lex.titles[m.group()] == "none" and len(m.group()) > 2
                                    and m.group().endswith(("领导", "成员"))):
            continue
        for length in (3, 2):
            st = m.start() - length
            if st < 0 or (st > 0 and s[st - 1] not in DELIMITERS and not
                          s[:st].endswith(("由", "和", "与", "及", "会上", "请"))):
                continue
            name = s[st : m.start()]
            after = follower_kind(s, m.end())
            if surname_length(name, 0) and CJK.match(name) and plausible(name, strong=False) \
                    and not name.startswith(("相关", "有关", "全体", "其他", "主要", "分管")) \
                    and not lex.body_end_re.search(name) and no_title_inside(name) \
                    and after in ("strong", "delim", "weak") and not lex.title_re.search(name):
                unit = TitleUnit(m.group(), "", lex.titles[m.group()], offset + m.start(),
                                 offset + m.end())
                out.append(PersonMention(name, offset + st, offset + m.start(), (unit,),
                                         via="name-title"))
                break
    return out
