"""Stage 1, Article → Draft: what the text names (places, persons with their titles, visited
and named sites, organisations as written) and the article's jurisdiction, before any node
is made."""

from __future__ import annotations

import re

from govkg.extract.article import Article
from govkg.extract.assemble import ArticleGraph
from govkg.extract.dates import parse_iso
from govkg.extract.draft import Draft, Mentions
from govkg.extract.lexicon import words
from govkg.extract.orgs import ORG_BOUNDARY, BodyMention, find_bodies
from govkg.extract.people import (
    PersonMention,
    find_appointees,
    find_comrades,
    find_name_lists,
    find_name_then_title,
    find_re_mentions,
    find_titled,
)
from govkg.extract.projects import Site, find_named, find_quoted, find_sites
from govkg.extract.resolve import BodyResolver, Jurisdiction
from govkg.extract.sentences import Sentence, split
from govkg.extract.spans import SpanIndex


def find_mentions(article: Article) -> Draft:
    """The first stage: mentions, jurisdiction and the body resolver of one article."""
    text = article.text
    sentences = split(text)
    places = find_places(text)
    jurisdiction = Jurisdiction.from_places(places)
    persons = person_mentions(sentences)
    person_spans = [(p.start, p.end) for p, _ in persons]
    title_spans = [(t.start, t.end) for p, _ in persons for t in p.titles]
    sites = site_mentions(sentences)
    sites += named_projects(sentences, places, [(x.start, x.end) for x, _ in sites]
                            + person_spans + title_spans)
    site_spans = [(x.start, x.end) for x, _ in sites]
    bodies = body_mentions_in(sentences, person_spans + title_spans + site_spans)
    mentions = Mentions(sentences, places, persons, sites, bodies)

    title_orgs = [t.org for p, _ in persons for t in p.titles if t.org]
    prefixes = tuple({x for p in places for x in (p.surface, p.name) if len(x) >= 2})
    # the headline counts too when deciding which firm a bare 集团 means
    headline = [b.name for b in find_bodies(article.title or "")]
    resolver = BodyResolver.build(jurisdiction, [b.name for b, _ in bodies] + headline,
                                  title_orgs, prefixes, text)
    firms = tuple(sorted(set(resolver.firms.values()), key=len, reverse=True))
    return Draft(article, parse_iso(article.date), mentions, jurisdiction, resolver, prefixes,
                 firms, ArticleGraph(article))


def person_mentions(sentences: list[Sentence]) -> list[tuple[PersonMention, int]]:
    """Persons with their sentence index, in text order: introduced by a title, as XX同志 or
    in a bare list, then every later mention of a name already known."""
    mentions: list[tuple[PersonMention, int]] = []
    for s in sentences:
        found = find_titled(s.text, s.start)
        taken = {p.start for p in found}
        found += [p for p in find_comrades(s.text, s.start) + find_appointees(s.text, s.start)
                  + find_name_then_title(s.text, s.start) if p.start not in taken]
        taken |= {p.start for p in found}
        found += find_name_lists(s.text, s.start, taken)
        mentions += [(p, s.index) for p in found]
    known = {p.name: p for p, _ in mentions}
    mentions += find_re_mentions(sentences, known, {(p.start, p.end) for p, _ in mentions})
    return sorted(mentions, key=lambda x: x[0].start)


def site_mentions(sentences: list[Sentence]) -> list[tuple[Site, Sentence]]:
    """Quoted campaigns and the sites after visit verbs, with their sentence."""
    return [(x, s) for s in sentences
            for x in find_quoted(s.text, s.start) + find_sites(s.text, s.start)]


def named_projects(sentences: list[Sentence], places, taken: list[tuple[int, int]]
                   ) -> list[tuple[Site, Sentence]]:
    """Named projects outside visit lists, when the name holds a place or a code (G205):
    西城新区综合管廊 is one project, 高质量园林景观工程 none in particular."""
    out = []
    taken_ix = SpanIndex(taken)
    places_ix = SpanIndex(places)
    for s in sentences:
        for x in find_named(s.text, s.start):
            inner = places_ix.within(x.start, x.end)
            if taken_ix.overlaps(x.start, x.end) or not (
                    re.search(r"[A-Za-z]\d", x.name) or any(p.level != "village" for p in inner)):
                continue
            # 科左中旗保康镇供热管网改造: the town's project, named without its county
            while len(inner) > 1 and inner[0].start == x.start and \
                    inner[1].start == inner[0].end and inner[1].level == "township":
                x = Site(inner[1].start, x.end, x.name[inner[1].start - x.start :], x.kind, x.verb)
                inner = inner[1:]
            out.append((x, s))
    return out


def body_mentions_in(sentences: list[Sentence], taken: list[tuple[int, int]]
                     ) -> list[tuple[BodyMention, Sentence]]:
    """Organisations written in each sentence, not crossing the ``taken`` spans (people,
    titles, sites)."""
    out = []
    taken_ix = SpanIndex(taken)
    for s in sentences:
        barriers = tuple(taken_ix.starting_in(s.start, s.end))
        out += [(b, s) for b in find_bodies(s.text, s.start, barriers)]
    return out


#: A short place name before these is a lake, river or hill: 武昌湖, 洛阳江.
_BEFORE_WATER = frozenset(words("place_water_followers.txt"))
#: Verbs a township or village name never starts with: 研究马甲镇.
_VERBS_BEFORE_PLACES = words("place_verbs_before.txt")
_FUNCTION_CHARS = frozenset("在对为将把从向与和及的了")


def find_places(text: str) -> list:
    """Places the division lexicon finds in ``text`` that are plausibly places here."""
    from govkg.extract.places import default_lexicon

    return [p for p in default_lexicon().find(text) if _plausible_place(p, text)]


def _plausible_place(p, text: str) -> bool:
    """武昌 in 武昌湖 and 洛阳 in 洛阳江 are a lake and a river; 研究马甲镇 carries a verb."""
    if p.short and text[p.end : p.end + 1] in _BEFORE_WATER:
        return False
    if p.level in ("township", "village", "area"):
        head = p.surface[:2]
        if head in ORG_BOUNDARY or head in _VERBS_BEFORE_PLACES or \
                p.surface[:1] in _FUNCTION_CHARS:
            return False
    return True
