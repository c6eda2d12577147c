"""Score extracted graphs against gold annotations, as ANNOTATION.md ("Gold files") defines.

One gold article is compared with one prediction (an object of the ``govkg extract --format
jsonl`` contract) in nine categories; counts are summed over the gold articles (micro-average):

- ``persons``: Person nodes by name.
- ``post_titles``: (person, post title) from HOLDS edges.
- ``posts_with_body``: the same, and one of the post's POST_OF bodies must be a right one.
- ``roles``: (person, CHAIRED | SPOKE_AT | ATTENDED) at any meeting; CHAIRED and SPOKE_AT imply
  ATTENDED on both sides.
- ``bodies``, ``places``, ``projects``: Body, Place and Project nodes by name.
- ``meeting_dates``: the distinct dates of Meeting nodes.
- ``inspected``: (person, project or place) from INSPECTED edges.

Matching rules, shared by every category:

- names are compared after :func:`normalize_name` (NFKC, no quotes, one kind of middle dot,
  no whitespace);
- a gold entity lists the names that count as right; a prediction matches the first gold item
  that accepts it;
- one entity, one node: a second prediction for a gold item already matched is a false
  positive;
- ``optional`` gold items are neither missed when absent nor wrong when present (however often
  they are predicted).

These are the semantics of the reference scorer ``score.py`` (kept verbatim in
``tests/fixtures/score_reference.py``); a test holds the two to exactly the same counts and
misses.

>>> gold = [{"id": "a1", "persons": [{"name": "高喜全", "roles": ["CHAIRED"]}]}]
>>> pred = {"article": {"id": "a1"},
...         "nodes": [{"id": "p", "label": "Person", "name": "高喜全"},
...                   {"id": "m", "label": "Meeting", "name": "常委会"}],
...         "edges": [{"source": "p", "target": "m", "type": "CHAIRED"}]}
>>> report = score(gold, [pred])
>>> report.counts["roles"]          # CHAIRED, and the ATTENDED it implies
Counts(tp=2, fp=0, fn=0)
>>> report.counts["persons"].f1
1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from govkg.extract.evaluation.common import CATEGORIES, ROLES, Item, normalize_name
from govkg.extract.evaluation.matching import (
    _SAME,
    GoldPost,
    Outcome,
    gold_items,
    match,
    predicted_items,
)
from govkg.extract.evaluation.reading import parse_jsonl, read_gold, read_jsonl
from govkg.extract.evaluation.report import Counts, Miss, Report

__all__ = [
    "CATEGORIES", "ROLES", "Counts", "GoldPost", "Item", "Miss", "Outcome", "Report",
    "gold_items", "match", "normalize_name", "parse_jsonl", "predicted_items", "read_gold",
    "read_jsonl", "score", "score_article",
]


def score_article(gold: dict, prediction: dict) -> dict[str, Outcome]:
    """Per category, how one prediction fares against its gold article; an article that was
    not predicted is scored against ``{}``, so that everything required in it is missed."""
    expected, predicted = gold_items(gold), predicted_items(prediction)
    return {c: match(expected[c], predicted[c], _SAME[c]) for c in CATEGORIES}


def score(gold: Sequence[dict], predictions: Iterable[dict]) -> Report:
    """Score predictions (extraction objects) against gold articles, micro-averaged.

    Predictions are paired with gold articles by ``article.id``; predictions of articles
    that are not in the gold are ignored.
    """
    by_id: dict[Any, dict] = {}
    duplicates = []
    for obj in predictions:
        article_id = (obj.get("article") or {}).get("id")
        if article_id in by_id:
            duplicates.append(article_id)
        by_id[article_id] = obj

    counts = {c: Counts() for c in CATEGORIES}
    misses: dict[str, list[Miss]] = {c: [] for c in CATEGORIES}
    missing = []
    for article in gold:
        aid = article["id"]
        if aid not in by_id:
            missing.append(aid)
        for c, (tp, fp, fn) in score_article(article, by_id.get(aid, {})).items():
            counts[c] += Counts(len(tp), len(fp), len(fn))
            misses[c] += [Miss(c, aid, "FP", x) for x in fp] + [Miss(c, aid, "FN", x) for x in fn]
    return Report(articles=len(gold), counts=counts,
                  misses=[m for c in CATEGORIES for m in misses[c]],
                  missing=missing, duplicates=duplicates)
