"""The lexicons extraction reads, shipped as data files in ``lexicons/`` and loaded once.

Lexicons are data, not code: titles with the rule that finds their body, organisation
endings, role cues and surnames. Nothing here names a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from govkg.graph.schema import Rel, SchemaError


def _lines(name: str) -> list[str]:
    text = resources.files("govkg.extract").joinpath("lexicons", name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a lexicon file (comments and blank lines skipped)."""
    return [ln.split("\t") for ln in _lines(name)]


def alternation(words: list[str] | set[str] | frozenset[str]) -> str:
    """A regex alternation that prefers the longest word at any position."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: What follows 和 inside an organisation's name (发展和改革委员会, 住房和城乡建设局).
AND_TAILS = ("城乡", "旅游", "改革", "社会保障", "信息化", "自然资源", "科技", "规划", "计划生育",
             "体育", "广电", "外事", "侨务", "国有资产")


@cache
def words(name: str) -> frozenset[str]:
    """A one-word-per-line list from ``lexicons/`` (comments start with #)."""
    return frozenset(w for ln in _lines(name) for w in ln.split())


@cache
def sub_bodies_re() -> str:
    """An alternation of the sub-bodies (lexicons/sub_bodies.txt): 党委, 党组, 纪委, 工会 ...

    >>> import re; bool(re.fullmatch(sub_bodies_re(), "工联会"))
    True
    """
    return alternation(words("sub_bodies.txt"))


@dataclass(frozen=True)
class Lexicon:
    titles: dict[str, str]  # title -> body rule (see lexicons/titles.tsv)
    body_endings: dict[str, str]  # ending -> kind
    cues: dict[str, Rel]  # cue word -> the edge type it signals
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    title_re: re.Pattern[str]
    body_end_re: re.Pattern[str]
    cue_re: re.Pattern[str]

    def cues_for(self, kind: Rel) -> frozenset[str]:
        return frozenset(w for w, k in self.cues.items() if k == kind)


def _edge_type(row: list[str], name: str) -> Rel:
    """The edge type a lexicon row names; a type the schema does not declare is an error."""
    try:
        return Rel(row[1])
    except (IndexError, ValueError):
        raise SchemaError(f"lexicons/{name}: {row!r} names no edge type of graph/schema.py"
                          ) from None


@cache
def lexicon() -> Lexicon:
    """The shipped lexicons, parsed once per process."""
    titles = {row[0]: row[1] for row in rows("titles.tsv")}
    endings = {row[0]: row[1] for row in rows("bodies.tsv")}
    cues = {row[0]: _edge_type(row, "cues.tsv") for row in rows("cues.tsv")}
    names = _lines("surnames.txt")
    return Lexicon(
        titles=titles,
        body_endings=endings,
        cues=cues,
        surnames=frozenset(n for n in names if len(n) == 1),
        compound_surnames=frozenset(n for n in names if len(n) == 2),
        title_re=re.compile(alternation(titles)),
        body_end_re=re.compile(f"(?:{alternation(endings)})$"),
        cue_re=re.compile(alternation(cues)),
    )
