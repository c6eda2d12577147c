"""Counts per category, the misses behind them, and the report that prints both."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from govkg.extract.evaluation.common import Item, _sort_key


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one category.

    Empty sides count as perfect, as in the reference scorer: nothing predicted is precision 1,
    nothing to find is recall 1.

    >>> Counts(tp=3, fp=1, fn=2).precision
    0.75
    >>> Counts().f1
    1.0
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Miss:
    """One false positive (a predicted item no gold item accepts, or a second one for it) or
    false negative (a required gold item nothing matched).

    ``item`` is a name, a frozenset of the names a gold entity accepts, or a tuple of those,
    e.g. ``("顾国标", frozenset({"县长"}), frozenset({"县政府", "县人民政府"}))`` for a post.
    """

    category: str
    article: str
    kind: Literal["FP", "FN"]
    item: Item

    def describe(self) -> str:
        """The item on one line: alternatives joined by ``|``, parts by `` / ``.

        >>> Miss("posts_with_body", "001", "FN",
        ...      ("顾国标", frozenset({"县长"}), frozenset({"县政府", "县人民政府"}))).describe()
        '顾国标 / 县长 / 县人民政府|县政府'
        """
        return _describe(self.item)

    def to_json(self) -> dict:
        return {"category": self.category, "article": self.article, "kind": self.kind,
                "item": _jsonable(self.item)}


def _describe(item: Item) -> str:
    if isinstance(item, tuple):
        return " / ".join(_describe(x) for x in item)
    if isinstance(item, (set, frozenset)):
        return "|".join(sorted(item, key=_sort_key)) or "(none)"
    return "(no name)" if item is None else str(item)


def _jsonable(item: Item) -> Any:
    if isinstance(item, tuple):
        return [_jsonable(x) for x in item]
    if isinstance(item, (set, frozenset)):
        return sorted(item, key=_sort_key)
    return item


@dataclass
class Report:
    """The result of :func:`score`.

    ``counts`` holds per-category totals over the gold articles; ``misses`` every false positive
    and negative, by category, then article, FPs before FNs; ``missing`` the gold articles that
    had no prediction (all their items are missed); ``duplicates`` the articles predicted more
    than once (the last prediction counts).
    """

    articles: int
    counts: dict[str, Counts]
    misses: list[Miss] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, dict[str, float | int]]:
        """Per category: precision, recall, f1 (rounded to 4 places, as ``score.py`` prints
        them), tp, fp, fn."""
        return {c: {"precision": round(k.precision, 4), "recall": round(k.recall, 4),
                    "f1": round(k.f1, 4), "tp": k.tp, "fp": k.fp, "fn": k.fn}
                for c, k in self.counts.items()}

    def below(self, thresholds: Mapping[str, float]) -> list[str]:
        """One line per category whose F1 is under its threshold; empty when all are met.

        F1 is compared rounded to 4 places, as ``score.py --min`` does, so that the two agree.
        Raises :class:`KeyError` for a category that is not scored.
        """
        figures = self.figures()
        failed = []
        for category, minimum in thresholds.items():
            if category not in figures:
                raise KeyError(category)
            f1 = figures[category]["f1"]
            if f1 < minimum:
                failed.append(f"{category} F1 {f1:.3f} < {minimum:g}")
        return failed

    def to_json(self, details: bool = False) -> dict:
        """The shape ``score.py --json`` prints, with the misses when ``details``."""
        out: dict = {"articles": self.articles, "missing": list(self.missing),
                     "figures": self.figures()}
        if details:
            out["misses"] = [m.to_json() for m in self.misses]
        return out

