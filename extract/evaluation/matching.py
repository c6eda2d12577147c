"""The items each category scores, read from a gold article and from a prediction, and how
predictions are matched to gold items (one entity, one node; optional items)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from govkg.extract.evaluation.common import CATEGORIES, ROLES, _sort_key, normalize_name
from govkg.graph.schema import Label, Rel


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


