"""Article-level resolution: which places the article is about, the full names of the bodies
it writes in short (``市建设局`` in a Xiamen article is 厦门市建设局), and which short
references (集团, 集团党委) mean the article's one named enterprise."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

LEVEL_CHARS = "省市县区州旗盟镇乡"
_GOV_TITLE_LEVEL = re.compile(r"gov:(.)")
_FIRM_END = re.compile(r"(集团公司|集团|公司)$")
_SUB = re.compile(r"^(集团公司|集团|公司)?(党委|党组|纪委|工会|工联会|党工委)$")


@dataclass
class Jurisdiction:
    """The article's places by level character, from what its text names."""

    by_level: dict[str, str] = field(default_factory=dict)  # '县' -> '泽州县'

    @classmethod
    def from_places(cls, places) -> Jurisdiction:
        seen: dict[str, set[str]] = {}
        for p in places:
            if p.level not in ("province", "city", "county"):
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
        if not org or org[0] not in LEVEL_CHARS or org.startswith("市场"):
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
    firms: dict[str, str]  # ending (集团/公司/集团公司) -> the one named firm with it

    @classmethod
    def build(cls, jurisdiction: Jurisdiction, body_names: list[str]) -> BodyResolver:
        named: dict[str, Counter[str]] = {}
        for n in body_names:
            m = _FIRM_END.search(n)
            if m and len(n) > len(m.group()):
                named.setdefault(m.group(), Counter())[_strip_level(n)] += 1
        firms: dict[str, str] = {}
        for end, counter in named.items():
            if len(counter) == 1:
                firms[end] = _longest_form(next(iter(counter)), body_names)
        if "集团" in firms and "集团公司" not in firms:
            firms["集团公司"] = firms["集团"]
        return cls(jurisdiction, firms)

    def resolve(self, org: str) -> str:
        """The fullest name the article supports for ``org`` as written."""
        m = _SUB.match(org)
        if m and m.group(1) and m.group(1) in self.firms:
            return self.firms[m.group(1)] + m.group(2)
        if org in self.firms:
            return self.firms[org]
        return self.jurisdiction.qualify(org)

    def post_body(self, unit) -> str | None:
        """The body a title unit's post belongs to, or ``None`` (县领导)."""
        rule = unit.rule
        if rule == "none":
            return None
        gov = _GOV_TITLE_LEVEL.match(rule)
        if gov:
            level = gov.group(1)
            org = unit.org
            if org and org not in ("政府", "人民政府") and org[-1] in LEVEL_CHARS and len(org) > 1:
                return self.resolve(org) + "人民政府"
            if org and org.endswith("政府") and len(org) > 2:
                return self.resolve(org)
            return self.jurisdiction.government(level)
        org = unit.org or unit.inherited_org
        if not org:
            from govkg.extract.people import ENTERPRISE_TITLES

            if unit.core in ENTERPRISE_TITLES and "集团" in self.firms:
                return self.firms["集团"]
            return None
        if rule.startswith("org+"):
            org = org + rule[4:]
        return self.resolve(org)


def _strip_level(name: str) -> str:
    return name[1:] if name[:1] in LEVEL_CHARS and len(name) > 3 else name


def _longest_form(key: str, names: list[str]) -> str:
    forms = [n for n in names if n.endswith(key)]
    return max(forms, key=len) if forms else key


def body_key(name: str, jurisdiction: Jurisdiction) -> str:
    """Names that differ only by a written-out jurisdiction are one body."""
    n = name.replace("人民政府", "政府").removeprefix("中共")
    for base in jurisdiction.by_level.values():
        if n.startswith(base):
            n = base[-1] + n[len(base):]
            break
    if n[:1] in LEVEL_CHARS and len(n) > 2 and not re.match(r"^[省市县区州旗盟镇乡](委|政府)", n):
        n = n[1:]
    return n
