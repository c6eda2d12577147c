"""Resolution within one article, all of it in this module: which places the article is
about, the full names of the bodies it writes in short (``市建设局`` in a Xiamen article is
厦门市建设局), which short references (集团, 集团党委) mean the article's one named
enterprise, the body of each post, and which node keys name one project or body.

Resolution across articles is graph/'s job; this module only sees one article."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from govkg.extract.lexicon import sub_bodies_re
from govkg.graph.schema import Label

LEVEL_CHARS = "省市县区州旗盟镇乡"
_GOV_TITLE_LEVEL = re.compile(r"gov:(.)")
_FIRM_END = re.compile(r"(集团公司|集团|公司)$")
_INSTITUTION_END = re.compile(r"(集团公司|集团|公司|医院|学院|大学|学校|分行|支行|银行)$")
#: Which kind of institution a title with no body written belongs to.
_INSTITUTION_OF = {
    "院长": ("医院", "学院"), "副院长": ("医院", "学院"), "校长": ("学校", "大学", "学院"),
    "副校长": ("学校", "大学", "学院"), "行长": ("分行", "支行", "银行"),
    "副行长": ("分行", "支行", "银行"),
}
_SUB_OF_FIRM = re.compile(rf"(?<=集团|公司)(?:{sub_bodies_re()})$")
_SUB = re.compile(rf"^(集团公司|集团|公司)?({sub_bodies_re()})$")


@dataclass
class Jurisdiction:
    """The article's places by level character, from what its text names."""

    by_level: dict[str, str] = field(default_factory=dict)  # '县' -> '泽州县'

    @classmethod
    def from_places(cls, places) -> Jurisdiction:
        seen: dict[str, set[str]] = {}
        for p in places:
            if p.level not in ("province", "city", "county", "township"):
                continue
            base = p.surface if p.surface[-1:] in LEVEL_CHARS else p.name
            if p.name.endswith("自治州") and p.surface.endswith("州"):
                base = p.surface
            char = base[-1]
            if char not in LEVEL_CHARS:
                continue
            seen.setdefault(char, set()).add(base)
        return cls({c: next(iter(v)) for c, v in seen.items() if len(v) == 1})

    def qualify(self, org: str) -> str:
        """``县委`` → ``泽州县委`` when the article names exactly one county."""
        if not org or org[0] not in LEVEL_CHARS or org.startswith("市场") or \
                re.fullmatch(r".委.政府", org):
            return org
        base = self.by_level.get(org[0])
        if not base:
            return org
        return base + org[1:]

    def government(self, level: str) -> str:
        base = self.by_level.get(level)
        return f"{base}人民政府" if base else f"{level}政府"


@dataclass
class BodyResolver:
    jurisdiction: Jurisdiction
    firms: dict[str, str]  # ending (集团/公司/医院...) -> the one named institution with it
    bare: frozenset[str] = frozenset()  # institutions the text names only by kind (医院)

    @classmethod
    def build(cls, jurisdiction: Jurisdiction, body_names: list[str],
              title_orgs: list[str] = (), prefixes: tuple[str, ...] = (), text: str = ""
              ) -> BodyResolver:
        """``body_names`` as written in the text, ``title_orgs`` written in titles;
        ``prefixes`` are place names that may stand before a firm's name (嵊州城投集团)."""
        named: dict[str, Counter[str]] = {}
        for n in list(body_names) + list(title_orgs):
            n = _SUB_OF_FIRM.sub("", n)  # 省交通投资集团党委 names the firm too
            m = _INSTITUTION_END.search(n)
            if m and len(n) > len(m.group()):
                key = _strip_place(n, prefixes) if _FIRM_END.search(n) else n
                named.setdefault(m.group(), Counter())[key] += 1
        in_titles = {_strip_place(_SUB_OF_FIRM.sub("", n), prefixes) for n in title_orgs}
        in_titles |= {_SUB_OF_FIRM.sub("", n) for n in title_orgs}
        firms: dict[str, str] = {}
        for end, counter in named.items():
            # one named firm, written twice or in a title, is what 集团 on its own refers to
            if len(counter) == 1:
                key, count = next(iter(counter.items()))
                if count >= 2 or key in in_titles or end not in ("集团", "公司", "集团公司"):
                    firms[end] = key
        if "集团" in firms and "集团公司" not in firms:
            firms["集团公司"] = firms["集团"]
        bare = frozenset(k for k in ("医院", "学院", "大学", "学校") if k in text)
        return cls(jurisdiction, firms, bare)

    @property
    def institution(self) -> str | None:
        """The article's one named firm or institution, when there is exactly one."""
        names = set(self.firms.values())
        return next(iter(names)) if len(names) == 1 else None

    def resolve(self, org: str) -> str:
        """The fullest name the article supports for ``org`` as written."""
        m = _SUB.match(org)
        if m and m.group(1) and m.group(1) in self.firms:
            return self.firms[m.group(1)] + m.group(2)
        if m and not m.group(1) and self.institution and not self.jurisdiction.by_level:
            return self.institution + m.group(2)  # 党委 of the hospital the article is about
        if org in self.firms:
            return self.firms[org]
        return self.jurisdiction.qualify(org)

    def post_body(self, unit) -> str | None:
        """The body a title unit's post belongs to, or ``None`` (县领导)."""
        rule = unit.rule
        if rule == "none":
            return None
        if rule.startswith("body:"):  # 总书记 → 中共中央
            return rule[5:]
        gov = _GOV_TITLE_LEVEL.match(rule)
        if gov:
            level = gov.group(1)
            org = unit.org
            if org and org not in ("政府", "人民政府") and org[-1] in LEVEL_CHARS and len(org) > 1:
                return self.resolve(org) + "人民政府"
            if org and org.endswith("政府") and len(org) > 2:
                return self.resolve(org)
            home = re.match(r"(.+?[省市县区州旗盟])(?:委|政府|人民政府)$", unit.inherited_org)
            if home and home.group(1).endswith(level) and len(home.group(1)) > 1:
                place = home.group(1).replace(level * 2, level)  # 甘肃省省委 → 甘肃省
                return place + "人民政府"  # 安康市委副书记、市长
            return self.jurisdiction.government(level)
        org = unit.org or unit.inherited_org
        if unit.org and unit.inherited_org:  # 组织部 of 区委, 党委 of 公司
            org = unit.inherited_org + unit.org
        if not org:
            from govkg.extract.people import ENTERPRISE_TITLES

            if unit.core in ENTERPRISE_TITLES and "集团" in self.firms:
                return self.firms["集团"]
            for kind in _INSTITUTION_OF.get(unit.core, ()):
                if kind in self.firms:
                    return self.firms[kind]
            for kind in _INSTITUTION_OF.get(unit.core, ()):
                if kind in self.bare:
                    return kind  # 院长 of the 医院 the article speaks of
            if unit.core in ENTERPRISE_TITLES or unit.core.endswith(("会计师", "工程师")):
                return self.institution
            return None
        if rule.startswith("org+"):
            org = org + rule[4:]
        return self.resolve(org)


def _strip_place(name: str, prefixes: tuple[str, ...]) -> str:
    for p in sorted(prefixes, key=len, reverse=True):
        if name.startswith(p) and len(name) > len(p) + 1:
            name = name[len(p):]
            break
    return name[1:] if name[:1] in LEVEL_CHARS and len(name) > 3 else name


def body_key(name: str, jurisdiction: Jurisdiction, prefixes: tuple[str, ...] = (),
             firms: tuple[str, ...] = ()) -> str:
    """Names that differ only by a written-out jurisdiction, place or parent firm are one
    body: 泽州县人民政府 = 县政府, 嵊州城投集团 = 城投集团, 城投集团项目管理中心 = 项目管理中心."""
    n = re.sub(r"新一届|第?[一二三四五六七八九十]+届", "", name)
    n = n.replace("人民政府", "政府").removeprefix("中共")
    n = re.sub(r"(?<=集团)(?:股份)?有限(?:责任)?公司$", "", n)  # 东越建设集团有限公司
    for f in firms:
        if n.startswith(f) and len(n) > len(f) + 1 and not _SUB.match(n[len(f):]):
            n = n[len(f):]
            break
    if _FIRM_END.search(n):  # 嵊州城投集团 = 城投集团, but 思明区建设局 is not 市建设局
        for p in sorted(prefixes, key=len, reverse=True):
            if n.startswith(p) and len(n) > len(p) + 1 and p not in jurisdiction.by_level.values():
                n = n[len(p):]
                break
    for base in jurisdiction.by_level.values():
        if n.startswith(base):
            n = base[-1] + n[len(base):]
            break
    if n[:1] in LEVEL_CHARS and len(n) > 2 and not re.match(r"^[省市县区州旗盟镇乡](委|政府)", n):
        n = n[1:]
    return n


def project_key(name: str) -> str:
    """Names of one project: 保康镇供热管网改造(工程), 丹棱县城市更新(老城区)项目.

    >>> project_key("丹棱县城市更新(老城区)项目") == project_key("丹棱县城市更新")
    True
    """
    key = re.sub(r"[“”\"]|\([^()]*\)", "", name)
    return re.sub(r"(?:工程|项目|建设)+$", "", key) or key


def post_bodies(persons, resolver: BodyResolver) -> dict[tuple[str, str], str | None]:
    """The body of each (person, title) in the article: the fullest one any mention of that
    title supports, so that 县委书记 and 书记 of one person are one post."""
    held: dict[tuple[str, str], str | None] = {}
    for p, _ in persons:
        for t in p.titles:
            if t.is_post:
                b = resolver.post_body(t)
                prev = held.get((p.name, t.short))
                if prev is None or (b and len(b) > len(prev)):
                    held[(p.name, t.short)] = b
    return held


def merge_suffix_projects(g) -> None:
    """上虞区“一江两岸”景观工程 and “一江两岸”景观工程 are one project, and so are
    龙城大道-成自泸赤高速公路连接线 and 龙城大道与高速连接线 (same start, same end)."""
    keys = {k: nid for (label, k), nid in g.keys.items() if label == Label.PROJECT}
    for k, nid in sorted(keys.items(), key=lambda x: len(x[0])):
        for kk, other in keys.items():
            if other == nid or other not in g.nodes or nid not in g.nodes:
                continue
            placed = kk.endswith(k) and re.fullmatch(r".{1,6}[省市县区镇乡]", kk[: -len(k)])
            if placed or (k[:2] == kk[:2] and len(k) >= 6 and k[-3:] == kk[-3:]):
                g.merge(nid, other)
                break


def merge_suffix_bodies(g) -> None:
    """国安委 and 旗委国安委 are one body when no other body ends the same way."""
    keys = {k: nid for (label, k), nid in g.keys.items() if label == Label.BODY}
    for k, nid in sorted(keys.items(), key=lambda x: len(x[0])):
        if nid not in g.nodes or len(k) < 3 or re.fullmatch(r".?(?:政府|委)", k):
            continue  # 省政府 in 省委省政府 is a body of its own
        longer = {v for kk, v in keys.items() if kk != k and kk.endswith(k)
                  and v in g.nodes and v != nid
                  and not re.search(r"[省市县区州旗盟镇乡]$", kk[: -len(k)])}
        if len(longer) == 1:
            g.merge(nid, longer.pop())
