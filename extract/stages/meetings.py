"""Stage 4, meetings and roles: an event per meeting or tour the article reports, and who
chaired, spoke at or attended it, read sentence by sentence from the role cues."""

from __future__ import annotations

from govkg.extract import events as ev
from govkg.extract.draft import Draft, Timeline
from govkg.graph.schema import MEETING_ROLES, Label, Rel


def meeting_node(d: Draft, e: ev.Event) -> str:
    """The Meeting node of an event, made on first use."""
    if e.index not in d.meeting_ids:
        props = {"date": e.date} if e.date else {}
        d.meeting_ids[e.index] = d.graph.node(Label.MEETING, e.name, key=f"{e.index}:{e.name}",
                                              kind=e.kind, **props)
    return d.meeting_ids[e.index]


def add_meetings_and_roles(d: Draft) -> Draft:
    g = d.graph
    d.events = events = ev.find_events(d.sentences, d.published)
    d.timeline = timeline = Timeline(events)
    masked = d.mentions.person_spans + d.mentions.title_spans
    previous_subject = None
    order: dict[tuple[str, str], tuple[int, int]] = {}  # (person, meeting) -> first listing
    for s in d.sentences:
        e = timeline.at(s.index)
        in_s = [(p.name, p.start, p.end) for p in d.mentions.persons_in(s.index)]
        if e is None:
            if not in_s or not ev.cue_re().search(s.text):
                continue
            # people with a role cue before any event: the sentence is an event of its own
            e = ev.Event(len(events), s.index, s.start, s.end, s.text[:60], None, s.text)
            events.append(e)
            timeline.add(e)
        for r in ev.find_roles(s, in_s, masked, e, previous_subject):
            # a visit's people attended the tour; what they saw is the inspections stage's
            rel = Rel.ATTENDED if r.kind == Rel.INSPECTED else Rel(r.kind)
            pid, mid = g.node(Label.PERSON, r.person), meeting_node(d, e)
            g.edge(rel, pid, mid, s)
            at = next((i for i, x in enumerate(in_s) if x[0] == r.person), len(in_s))
            order.setdefault((pid, mid), (s.index, at))
        if in_s:
            previous_subject = in_s[-1][0]
    _rank(d, order)
    return d


def _rank(d: Draft, order: dict[tuple[str, str], tuple[int, int]]) -> None:
    """Each role edge's ``rank``: where its person stands among those the article lists
    at the meeting, in the order it lists them (协议顺序: rank is the signal)."""
    by_meeting: dict[str, list[tuple[tuple[int, int], str]]] = {}
    for (pid, mid), pos in order.items():
        by_meeting.setdefault(mid, []).append((pos, pid))
    rank = {(pid, mid): i + 1 for mid, people in by_meeting.items()
            for i, (_, pid) in enumerate(sorted(people))}
    for (source, target, rel), edge in d.graph.edges.items():
        if rel in MEETING_ROLES and (source, target) in rank:
            edge.props["rank"] = rank[(source, target)]
