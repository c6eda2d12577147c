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

import json
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from govkg.errors import InputError
from govkg.graph.schema import MEETING_ROLES, Label, Rel

#: The scored categories, in the order reports list them.
CATEGORIES: tuple[str, ...] = (
    "persons", "post_titles", "posts_with_body", "roles", "bodies",
    "places", "projects", "meeting_dates", "inspected",
)
#: Meeting roles as the edge types spell them: CHAIRED, SPOKE_AT, ATTENDED.
ROLES: tuple[str, ...] = tuple(r.value for r in MEETING_ROLES)

_QUOTES = str.maketrans("", "", "\"'“”‘’「」『』《》〈〉")
_DOTS = str.maketrans({"•": "·", "‧": "·", "・": "·", "．": "·"})

#: A missed or wrong item: a name, a set of accepted names, or a tuple of those.
Item = Any


def normalize_name(name: object) -> str | None:
    """The form in which names are compared; ``None`` stays ``None``.

    >>> normalize_name("艾尔肯•吐尼亚孜")
    '艾尔肯·吐尼亚孜'
    >>> normalize_name("“多彩花海” 行动")
    '多彩花海行动'
    >>> normalize_name("ＡＢＣ")
    'ABC'
    """
    if name is None:
        return None
    # NFKC first: it folds full-width forms, after which the tables see one spelling.
    s = unicodedata.normalize("NFKC", str(name)).translate(_QUOTES).translate(_DOTS)
    return "".join(s.split())


# --------------------------------------------------------------------------- reading


def parse_jsonl(lines: Iterable[str], source: str) -> list[dict]:
    """JSON objects from JSON Lines text; blank lines are skipped.

    Raises :class:`InputError` naming ``source`` and the line on anything else.

    >>> parse_jsonl(['{"id": "a"}', "", '{"id": "b"}'], "gold.jsonl")
    [{'id': 'a'}, {'id': 'b'}]
    >>> parse_jsonl(['{"id": "a"}', "{oops"], "gold.jsonl")
    Traceback (most recent call last):
    ...
    govkg.errors.InputError: gold.jsonl: line 2 is not JSON (Expecting property name enclosed \
in double quotes at column 2)
    """
    return [obj for _, obj in _numbered_objects(lines, source)]


def _numbered_objects(lines: Iterable[str], source: str) -> Iterator[tuple[int, dict]]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(source, f"line {n} is not JSON ({e.msg} at column {e.colno})"
                             ) from None
        if not isinstance(obj, dict):
            raise InputError(source, f"line {n} is a JSON {type(obj).__name__}, "
                                     "not an object (one object per line)")
        yield n, obj


def _read_lines(path: str) -> list[str]:
    try:
        # utf-8-sig: a byte-order mark from an editor should not make line 1 "not JSON".
        with open(path, encoding="utf-8-sig") as f:
            return f.readlines()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a JSON Lines file") from None
    except UnicodeDecodeError as e:
        raise InputError(path, f"not UTF-8 text (byte {e.start}); save it as UTF-8") from None
    except OSError as e:
        raise InputError(path, e.strerror or str(e)) from None


def read_jsonl(path: str) -> list[dict]:
    """The objects of a JSON Lines file (predictions, for instance); see :func:`parse_jsonl`."""
    return parse_jsonl(_read_lines(path), path)


def read_gold(path: str) -> list[dict]:
    """The gold articles of a gold file: one object per line, each with a string ``id``.

    Raises :class:`InputError` with the file and line when a line is not such an object.
    """
    gold = []
    for n, obj in _numbered_objects(_read_lines(path), path):
        if not isinstance(obj.get("id"), str):
            raise InputError(path, f'line {n} has no "id"; is this a gold file?')
        gold.append(obj)
    return gold


# --------------------------------------------------------------------------- reports


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


# --------------------------------------------------------------------------- matching


class Outcome(NamedTuple):
    """What :func:`match` found: matched predictions, wrong predictions, missed gold keys."""

    tp: list
    fp: list
    fn: list


def match(gold_items: Sequence[tuple[Any, bool]], predicted: Iterable[Any],
          same: Callable[[Any, Any], bool]) -> Outcome:
    """Match predictions to gold items, ``(key, optional)``, with ``same(key, value)``.

    Each prediction goes to the first gold item that accepts it, matched or not; that order is
    the reference scorer's and decides which of two rival predictions is the false positive.

    >>> match([({"甲", "甲方"}, False), ({"乙"}, True)], ["甲", "甲方", "乙", "乙", "丙"],
    ...       lambda key, value: value in key)
    Outcome(tp=['甲'], fp=['甲方', '丙'], fn=[])
    """
    used: set[int] = set()
    tp: list = []
    fp: list = []
    for value in predicted:
        hit = next((i for i, (key, _) in enumerate(gold_items) if same(key, value)), None)
        if hit is None:
            fp.append(value)
        elif gold_items[hit][1]:  # optional: never a mistake, never a hit
            used.add(hit)
        elif hit in used:  # one entity, one node
            fp.append(value)
        else:
            used.add(hit)
            tp.append(value)
    fn = [key for i, (key, optional) in enumerate(gold_items) if not optional and i not in used]
    return Outcome(tp, fp, fn)


class GoldPost(NamedTuple):
    """A gold post: its holder and the titles and bodies that count as right."""

    person: str | None
    titles: frozenset[str | None]
    bodies: frozenset[str | None]


def _sort_key(x: Any) -> Any:
    # Orders like plain sorting on well-formed input, and tolerates a missing name.
    if isinstance(x, tuple):
        return tuple(_sort_key(y) for y in x)
    return (x is not None, "" if x is None else x)


def _names(names: Iterable[object]) -> frozenset[str | None]:
    return frozenset(normalize_name(n) for n in names)


def gold_items(gold: dict) -> dict[str, list[tuple[Any, bool]]]:
    """The gold article as ``(key, optional)`` items per category.

    >>> post = {"title": ["副书记"], "body": ["县委"]}
    >>> items = gold_items({"id": "a", "persons": [
    ...     {"name": "成宾", "roles": ["SPOKE_AT"], "posts": [post]}]})
    >>> items["roles"]
    [(('成宾', 'ATTENDED'), False), (('成宾', 'SPOKE_AT'), False)]
    >>> items["posts_with_body"]
    [(GoldPost(person='成宾', titles=frozenset({'副书记'}), bodies=frozenset({'县委'})), False)]
    """
    persons = gold.get("persons", [])
    items: dict[str, list[tuple[Any, bool]]] = {}
    items["persons"] = [(normalize_name(p["name"]), bool(p.get("optional"))) for p in persons]

    posts = []
    for p in persons:
        for post in p.get("posts", []):
            key = GoldPost(normalize_name(p["name"]), _names(post["title"]),
                           _names(post.get("body", [])))
            posts.append((key, bool(p.get("optional") or post.get("optional"))))
    items["post_titles"] = items["posts_with_body"] = posts

    roles = set()
    for p in persons:
        name, optional = normalize_name(p["name"]), bool(p.get("optional"))
        for role in p.get("roles", []):
            roles |= {((name, role), optional), ((name, Rel.ATTENDED.value), optional)}
        for role in p.get("optional_roles", []):
            roles.add(((name, role), True))
    # A role both required and optional (two mentions of one person) is required.
    deduped: dict[Any, bool] = {}
    for key, optional in sorted(roles, key=lambda x: (x[1], _sort_key(x[0]))):
        deduped.setdefault(key, optional)
    items["roles"] = list(deduped.items())

    for category in ("bodies", "places", "projects"):
        items[category] = [(_names(e.get("names", [])), bool(e.get("optional")))
                           for e in gold.get(category, [])]

    # One date may hold several meetings; it is scored once, required if any meeting is.
    dates: dict[str, bool] = {}
    for m in gold.get("meetings", []):
        if m.get("date"):
            dates[m["date"]] = dates.get(m["date"], True) and bool(m.get("optional"))
    items["meeting_dates"] = sorted(dates.items())

    inspected = []
    for p in persons:
        for target in p.get("inspected", []):
            if isinstance(target, dict):
                names, optional = target["names"], bool(target.get("optional"))
            else:
                names, optional = target, False
            inspected.append(((normalize_name(p["name"]), _names(names)),
                              bool(p.get("optional")) or optional))
    items["inspected"] = inspected
    return items


def predicted_items(prediction: dict) -> dict[str, list[Any]]:
    """The prediction (one extraction object) as comparable items per category.

    Edges whose ends are not nodes of the object are ignored, as are roles and inspections
    of bodies: the gold scores people.

    >>> predicted_items({"nodes": [{"id": "p", "label": "Person", "name": "陆卫东"},
    ...                            {"id": "m", "label": "Meeting", "date": "2016-12-26"}],
    ...                  "edges": [{"source": "p", "target": "m", "type": "SPOKE_AT"}]})["roles"]
    [('陆卫东', 'ATTENDED'), ('陆卫东', 'SPOKE_AT')]
    """
    nodes = {n.get("id"): n for n in prediction.get("nodes") or []}
    name = {i: normalize_name(n.get("name")) for i, n in nodes.items()}
    label = {i: n.get("label") for i, n in nodes.items()}
    edges = prediction.get("edges") or []

    post_bodies: dict[Any, set[str | None]] = {}
    for e in edges:
        if e.get("type") == Rel.POST_OF and e.get("target") in nodes:
            post_bodies.setdefault(e.get("source"), set()).add(name[e["target"]])

    items: dict[str, list[Any]] = {c: [] for c in CATEGORIES}
    by_label = {Label.PERSON: "persons", Label.BODY: "bodies", Label.PLACE: "places",
                Label.PROJECT: "projects"}
    dates = set()
    for i, node in nodes.items():
        if label[i] in by_label:
            items[by_label[label[i]]].append(name[i])
        elif label[i] == Label.MEETING and node.get("date"):
            dates.add(str(node["date"])[:10])

    roles, inspected = set(), set()
    for e in edges:
        s, t, kind = e.get("source"), e.get("target"), e.get("type")
        if s not in nodes or t not in nodes or label[s] != Label.PERSON:
            continue
        if kind == Rel.HOLDS and label[t] == Label.POST:
            items["post_titles"].append((name[s], name[t]))
            items["posts_with_body"].append((name[s], name[t],
                                             frozenset(post_bodies.get(t, ()))))
        elif kind in ROLES and label[t] == Label.MEETING:
            roles |= {(name[s], kind), (name[s], Rel.ATTENDED.value)}
        elif kind == Rel.INSPECTED and label[t] in (Label.PROJECT, Label.PLACE):
            inspected.add((name[s], name[t]))
    # Sorted: the order in which predictions meet the gold decides which rival is the FP.
    items["roles"] = sorted(roles, key=_sort_key)
    items["meeting_dates"] = sorted(dates)
    items["inspected"] = sorted(inspected, key=_sort_key)
    return items


def _same_name(key: Any, value: Any) -> bool:
    return key == value


def _one_of(key: frozenset, value: Any) -> bool:
    return value in key


def _same_title(key: GoldPost, value: tuple) -> bool:
    return key.person == value[0] and value[1] in key.titles


def _same_post(key: GoldPost, value: tuple) -> bool:
    return _same_title(key, value) and bool(key.bodies & value[2])


def _same_target(key: tuple, value: tuple) -> bool:
    return key[0] == value[0] and value[1] in key[1]


_SAME: dict[str, Callable[[Any, Any], bool]] = {
    "persons": _same_name, "post_titles": _same_title, "posts_with_body": _same_post,
    "roles": _same_name, "bodies": _one_of, "places": _one_of, "projects": _one_of,
    "meeting_dates": _same_name, "inspected": _same_target,
}


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
