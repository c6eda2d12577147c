"""The views a user asks for, as pure functions of the built graph: the whole graph (capped),
one node's neighbourhood, a date window, the co-attendance network, and any combination.
Bad requests (an unknown name, a bad date) raise :class:`GovkgError` with one clear line."""

from __future__ import annotations

import re
from datetime import date

import networkx as nx

from govkg.errors import GovkgError
from govkg.graph.reports import find_nodes
from govkg.graph.schema import Label
from govkg.graph.views.coattend import co_attendance
from govkg.graph.views.data import View, hint
from govkg.graph.views.select import RANKINGS, cap, date_window, ego_network

DEFAULT_MAX_NODES = 300
DEFAULT_HOPS = 2


def check_date(value: str | None, option: str = "date") -> str | None:
    """``value`` if it is a real YYYY-MM-DD date (or None).

    >>> check_date("2024-02-29")
    '2024-02-29'
    >>> check_date("2023-02-29", "--since")
    Traceback (most recent call last):
    ...
    govkg.errors.GovkgError: --since '2023-02-29' is not a date; use YYYY-MM-DD
    """
    if value is None:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise GovkgError(f"{option} {value!r} is not a date; use YYYY-MM-DD")


def _check(label: str | None, hops: int, by: str, co: bool, since: str | None,
           until: str | None) -> None:
    check_date(since, "--since")
    check_date(until, "--until")
    if since and until and since > until:
        raise GovkgError(f"--since {since} is after --until {until}")
    if hops < 0:
        raise GovkgError(f"--hops must be 0 or more, not {hops}")
    if by not in RANKINGS:
        raise GovkgError(f"rank nodes by one of {', '.join(RANKINGS)}, not {by!r}")
    if co and label not in (None, Label.PERSON):
        raise GovkgError("the co-attendance view holds people only: use --person with it")


def _centres(g: nx.MultiDiGraph, whole: nx.MultiDiGraph, name: str, label: str | None,
             window: bool) -> tuple[list[str], list[str]]:
    """The nodes called ``name`` and, when there are several, a note telling them apart."""
    ids = find_nodes(g, name, label)
    what = Label(label).value.lower() if label else "node"
    if not ids:
        if window and find_nodes(whole, name, label):
            raise GovkgError(f"{name} is in the graph but not in that date window")
        like = sorted({d["name"] for _, d in whole.nodes(data=True)
                       if name in d["name"] and (label is None or d["label"] == label)})
        tip = f"; names containing it: {'，'.join(like[:8])}" if like else ""
        raise GovkgError(f"no {what} called {name} in the graph{tip}")
    if len(ids) == 1:
        return ids, []
    who = "; ".join(f"{g.nodes[n]['name']} [{n}] {hint(whole, n)}" for n in ids)
    return ids, [f"{len(ids)} {what}s are called {name}, kept apart as different entities: "
                 f"{who}. Give an id instead of the name to see one alone."]


def make_view(g: nx.MultiDiGraph, *, name: str | None = None, label: str | None = None,
              hops: int = DEFAULT_HOPS, since: str | None = None, until: str | None = None,
              co_attendance_only: bool = False, max_nodes: int | None = DEFAULT_MAX_NODES,
              by: str = "degree") -> View:
    """The view of ``g`` a user asked for: a date window first, then the co-attendance
    network, then the neighbourhood of the nodes called ``name`` (of ``label``), then the
    cap of ``max_nodes`` (0 or None: no cap) ranked ``by`` degree or articles."""
    _check(label, hops, by, co_attendance_only, since, until)
    base, notes, subject = g, [], "全图 Whole graph"
    if since or until:
        base, note = date_window(base, since, until)
        notes.append(note)
    if co_attendance_only:
        base = co_attendance(base)
        subject = "同场出席 Co-attendance"
        notes.append("People linked by the meetings they attended together (chaired, spoke "
                     "at or attended); edge width and ×N give the number shared.")
    focus: list[str] = []
    first = None
    how = ("To see more: govkg view --max-nodes N (0 for all), or one node's "
           "neighbourhood with --person/--body/--place/--meeting NAME.")
    if name:
        focus, more = _centres(base, g, name, label, bool(since or until))
        notes += more
        base, first = ego_network(base, focus, hops)
        shown = g.nodes[focus[0]]["name"] if len(focus) == 1 else name
        subject = f"{shown} · {hops} hop{'' if hops == 1 else 's'}" + \
            (" · co-attendance" if co_attendance_only else "")
        how = "To see more: a larger --max-nodes (0 for all) or fewer --hops."
    base, note = cap(base, max_nodes, by, first, how)
    if note:
        notes.append(note)
    if since or until:
        subject += f" · {since or '…'} – {until or '…'}"
    return View(graph=base, source=g, title=subject, notes=notes, focus=focus)


def whole_graph_view(g: nx.MultiDiGraph, max_nodes: int | None = DEFAULT_MAX_NODES,
                     by: str = "degree") -> View:
    """The whole graph, capped to the ``max_nodes`` best connected nodes."""
    return make_view(g, max_nodes=max_nodes, by=by)


def ego_view(g: nx.MultiDiGraph, name: str, label: str | None = Label.PERSON,
             hops: int = DEFAULT_HOPS, max_nodes: int | None = DEFAULT_MAX_NODES) -> View:
    """Everything within ``hops`` of the nodes called ``name`` (a name, alias or id)."""
    return make_view(g, name=name, label=label, hops=hops, max_nodes=max_nodes)


def co_attendance_view(g: nx.MultiDiGraph, max_nodes: int | None = DEFAULT_MAX_NODES
                       ) -> View:
    """People linked by meetings shared."""
    return make_view(g, co_attendance_only=True, max_nodes=max_nodes)
