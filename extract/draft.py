"""The record that flows through the extraction stages (after spaCy's ``Doc``): an article,
what was found in its text, and the graph built so far. Every stage takes a :class:`Draft`
and returns it; :mod:`govkg.extract.pipeline` lists the stages in order."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from govkg.extract.article import Article
from govkg.extract.assemble import ArticleGraph
from govkg.extract.events import Event
from govkg.extract.links import Span
from govkg.extract.orgs import BodyMention
from govkg.extract.people import PersonMention
from govkg.extract.projects import Site
from govkg.extract.resolve import BodyResolver, Jurisdiction
from govkg.extract.sentences import Sentence
from govkg.graph.schema import Label


@dataclass
class Mentions:
    """What the text names, before any node is made: sentences, places, persons with their
    sentence index, visited or named sites, and organisations as written."""

    sentences: list[Sentence]
    places: list
    persons: list[tuple[PersonMention, int]]
    sites: list[tuple[Site, Sentence]]
    bodies: list[tuple[BodyMention, Sentence]]

    def persons_in(self, sentence_index: int) -> list[PersonMention]:
        """The persons written in one sentence, in text order."""
        return self._by_sentence.get(sentence_index, [])

    def __post_init__(self) -> None:
        by: dict[int, list[PersonMention]] = defaultdict(list)
        for p, si in self.persons:
            by[si].append(p)
        self._by_sentence = dict(by)

    @property
    def person_spans(self) -> list[tuple[int, int]]:
        return [(p.start, p.end) for p, _ in self.persons]

    @property
    def title_spans(self) -> list[tuple[int, int]]:
        return [(t.start, t.end) for p, _ in self.persons for t in p.titles]


class Timeline:
    """Which event each sentence belongs to: the last event, in the order events were
    found, that started at or before it (:func:`govkg.extract.events.event_at`), answered by
    bisection. Events found in the text come in sentence order; an event added later (a
    sentence with a role cue before any event) comes after them and wins from its sentence on.
    """

    def __init__(self, events: list[Event]) -> None:
        self.found = list(events)
        self.sentences = [e.sentence for e in self.found]
        self.late: list[Event] = []

    def add(self, event: Event) -> None:
        self.late.append(event)

    def at(self, sentence_index: int) -> Event | None:
        for e in reversed(self.late):
            if e.sentence <= sentence_index:
                return e
        i = bisect_right(self.sentences, sentence_index) - 1
        return self.found[i] if i >= 0 else None


@dataclass
class Draft:
    """One article on its way through the stages."""

    article: Article
    published: date | None
    mentions: Mentions
    jurisdiction: Jurisdiction
    resolver: BodyResolver
    prefixes: tuple[str, ...]
    firms: tuple[str, ...]
    graph: ArticleGraph
    #: mention spans with the node each stands for, per label, for linking
    spans: dict[Label, list[Span]] = field(default_factory=lambda: defaultdict(list))
    events: list[Event] = field(default_factory=list)
    meeting_ids: dict[int, str] = field(default_factory=dict)
    timeline: Timeline = field(default_factory=lambda: Timeline([]))

    @property
    def sentences(self) -> list[Sentence]:
        return self.mentions.sentences
