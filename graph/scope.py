"""Where an article is: the administrative divisions it names, from which bodies written
without their place (县委, 市建设局, 城投集团) and persons get their jurisdiction.

A scope is a division code, or ``article:<id>`` when the article pins none: what cannot be
placed stays within its article rather than being merged with a namesake elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from govkg.graph.records import Node
from govkg.graph.schema import Label

#: Division levels from the widest to the narrowest, with the character a bare name starts
#: with (县委 → the county).
LEVELS: tuple[str, ...] = ("province", "city", "county")
LEVEL_CHARS: dict[str, str] = {"省": "province", "市": "city", "州": "city", "盟": "city",
                               "县": "county", "区": "county", "旗": "county"}


@cache
def divisions():
    """The shipped division table (extract's place lexicon), loaded once."""
    from govkg.extract.places import default_lexicon

    return default_lexicon()


def ancestors(code: str) -> list[str]:
    """Division codes above ``code``, nearest first.

    >>> ancestors("140525000000")  # 泽州县 → 晋城市, 山西省
    ['140500000000', '140000000000']
    """
    return [d.code for d in divisions().parents(code)]


def division_name(code: str) -> str | None:
    d = divisions().division(code)
    return d.name if d else None


def division_level(code: str) -> str | None:
    d = divisions().division(code)
    return d.level if d else None


@dataclass
class ArticleScope:
    """The division codes an article names, by level, and the article's own id."""

    article: str
    by_level: dict[str, set[str]] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)  # written name -> code
    own: str | None = None  # the division the headline or the publisher names

    @classmethod
    def of(cls, article_id: str, nodes: Iterable[Node], headline: str = "") -> ArticleScope:
        """The scope of one extraction; ``headline`` is its title and publisher, whose
        place (嵊州城投集团) is the article's own when several are named."""
        scope = cls(article_id)
        for n in nodes:
            code = n.props.get("code") if n.label == Label.PLACE else None
            if not code:
                continue
            level = division_level(code) or n.props.get("level")
            scope.by_level.setdefault(level, set()).add(code)
            for name in (n.name, *n.aliases):
                scope.by_name[name] = code
        named = [(headline.find(name), -len(name), code) for name, code in scope.by_name.items()
                 if len(name) >= 2 and name in headline]
        scope.own = min(named)[2] if named else None
        return scope

    def at(self, level: str) -> str | None:
        """The one division of ``level`` the article names, else the one its narrower
        divisions lie in, else None."""
        codes = self.by_level.get(level, set())
        if len(codes) == 1:
            return next(iter(codes))
        if codes:
            return None
        below = LEVELS[LEVELS.index(level) + 1:] if level in LEVELS else ()
        for lower in below:
            lows = self.by_level.get(lower, set())
            if len(lows) == 1:
                for code in ancestors(next(iter(lows))):
                    if division_level(code) == level:
                        return code
        return None

    def home(self) -> str:
        """The division the headline or publisher names, else the narrowest one the article
        is about, else its own id as a last resort."""
        if self.own:
            return self.own
        for level in reversed(LEVELS):
            code = self.at(level)
            if code:
                return code
        return f"article:{self.article}"

    def names(self, code: str) -> bool:
        return any(code in codes for codes in self.by_level.values())

    def place_prefix(self, name: str) -> tuple[str, str] | None:
        """``(code, rest)`` when ``name`` starts with a place this article names (沂南县委 →
        the code of 沂南县, 委), or with a division name that is unambiguous anywhere."""
        for k in range(min(len(name) - 1, 12), 1, -1):
            head = name[:k]
            code = self.by_name.get(head)
            if code is None:
                found = divisions().lookup(head)
                # a full name anywhere, a short one (湖北 of 湖北交投) only where the
                # article names that division
                if len(found) == 1 and (head == found[0].name or self.names(found[0].code)):
                    code = found[0].code
            if code:
                return code, name[k:]
        return None

    def for_bare(self, name: str) -> str:
        """The scope of a name written without its place: 县委 → the article's county,
        市建设局 → its city, 城投集团 → its narrowest division."""
        level = LEVEL_CHARS.get(name[:1])
        if level:
            return self.at(level) or f"article:{self.article}"
        return self.home()
