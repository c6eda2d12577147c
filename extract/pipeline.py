"""Article → graph: the stages of extraction run in order, and the output contract of
``govkg extract`` (see ANNOTATION.md): ``{"article", "nodes", "edges"}`` per article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from govkg.errors import InputError
from govkg.extract import events as ev
from govkg.extract import links
from govkg.extract.article import Article
from govkg.extract.assemble import ArticleGraph
from govkg.extract.dates import parse_iso
from govkg.extract.links import Span
from govkg.extract.orgs import ORG_BOUNDARY, BodyMention, find_bodies, kind_of
from govkg.extract.people import (
    PersonMention,
    find_appointees,
    find_comrades,
    find_name_lists,
    find_name_then_title,
    find_re_mentions,
    find_titled,
)
from govkg.extract.projects import GENERIC_SITES, Site, find_named, find_quoted, find_sites
from govkg.extract.resolve import BodyResolver, Jurisdiction, body_key
from govkg.extract.sentences import Sentence, split


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


def project_key(name: str) -> str:
    """Names of one project: 保康镇供热管网改造(工程), 丹棱县城市更新(老城区)项目."""
    key = re.sub(r"[“”\"]|\([^()]*\)", "", name)
    return re.sub(r"(?:工程|项目|建设)+$", "", key) or key


def _named_projects(sentences: list[Sentence], places, taken: list[tuple[int, int]]
                    ) -> list[tuple[Site, Sentence]]:
    """Named projects outside visit lists, when the name holds a place or a code (G205):
    西城新区综合管廊 is one project, 高质量园林景观工程 none in particular."""
    out = []
    for s in sentences:
        for x in find_named(s.text, s.start):
            inner = [p for p in places if x.start <= p.start and p.end <= x.end]
            if any(a < x.end and x.start < b for a, b in taken) or not (
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
    for s in sentences:
        barriers = tuple(sp for sp in taken if s.start <= sp[0] < s.end)
        out += [(b, s) for b in find_bodies(s.text, s.start, barriers)]
    return out


def _places(text: str) -> list:
    from govkg.extract.places import default_lexicon

    return [p for p in default_lexicon().find(text) if _plausible_place(p, text)]


_BEFORE_WATER = "湖江河山溪湾岛峰岭港塘"


_VERBS_BEFORE_PLACES = frozenset(
    "研究 发展 推进 调研 加强 加快 推动 建设 打造 服务 支持 实施 开展 落实".split()
)


def _plausible_place(p, text: str) -> bool:
    """武昌 in 武昌湖 and 洛阳 in 洛阳江 are a lake and a river; 研究马甲镇 carries a verb."""
    if p.short and text[p.end : p.end + 1] in set(_BEFORE_WATER):
        return False
    if p.level in ("township", "village", "area"):
        head = p.surface[:2]
        if head in ORG_BOUNDARY or head in _VERBS_BEFORE_PLACES or \
                p.surface[:1] in "在对为将把从向与和及的了":
            return False
    return True


def extract_article(article: Article) -> dict:
    """Nodes and edges for one cleaned article, in the ``govkg extract`` output contract."""
    text = article.text
    sentences = split(text)
    published = parse_iso(article.date)
    g = ArticleGraph(article)

    places = _places(text)
    jurisdiction = Jurisdiction.from_places(places)

    mentions = person_mentions(sentences)
    person_spans = [(p.start, p.end) for p, _ in mentions]
    title_spans = [(t.start, t.end) for p, _ in mentions for t in p.titles]
    sites = site_mentions(sentences)
    sites += _named_projects(sentences, places, [(x.start, x.end) for x, _ in sites]
                             + person_spans + title_spans)
    site_spans = [(x.start, x.end) for x, _ in sites]
    body_mentions = body_mentions_in(sentences, person_spans + title_spans + site_spans)
    title_orgs = [t.org for p, _ in mentions for t in p.titles if t.org]
    prefixes = tuple({x for p in places for x in (p.surface, p.name) if len(x) >= 2})
    # the headline counts too when deciding which firm a bare 集团 means
    headline = [b.name for b in find_bodies(article.title or "")]
    resolver = BodyResolver.build(jurisdiction, [b.name for b, _ in body_mentions] + headline,
                                  title_orgs, prefixes, text)
    firms = tuple(sorted(set(resolver.firms.values()), key=len, reverse=True))

    def body(name: str, sentence) -> str:
        name = re.sub(r"新一届", "", name)
        nid = g.node("Body", name, key=body_key(name, jurisdiction, prefixes, firms),
                     kind=kind_of(name))
        parent = re.match(r"(.*?(?:集团公司|集团|公司))(?:党委|党组|纪委|工会|工联会)$", name)
        if parent:  # 集团党委 is part of 集团
            pid = g.node("Body", parent.group(1),
                         key=body_key(parent.group(1), jurisdiction, prefixes, firms))
            g.edge("PART_OF", nid, pid, sentence)
        return nid

    spans: dict[str, list[Span]] = {"Body": [], "Place": [], "Project": [], "Person": []}
    for b, s in body_mentions:
        spans["Body"].append(Span(b.start, b.end, body(resolver.resolve(b.name), s)))

    # places; 镇安 in 镇安监办 is the town's 安监办, not 镇安县
    places = [p for p in places if p.name not in GENERIC_SITES and not (p.short and any(
        b.start <= p.start <= b.start + 1 and p.end < b.end and b.name[0] in "省市县区州旗镇乡"
        for b, _ in body_mentions))]
    for p in places:
        if _inside(p.start, person_spans):
            continue
        nid = g.node("Place", p.name if not p.short else p.surface, key=p.name,
                     level=p.level, **({"code": p.code} if p.code else {}))
        spans["Place"].append(Span(p.start, p.end, nid))

    # persons and their posts
    by_sentence = {s.index: s for s in sentences}
    held: dict[tuple[str, str], str | None] = {}
    for p, _ in mentions:
        for t in p.titles:
            if t.is_post:
                b = resolver.post_body(t)
                prev = held.get((p.name, t.short))
                if prev is None or (b and len(b) > len(prev)):
                    held[(p.name, t.short)] = b
    for p, si in mentions:
        pid = g.node("Person", p.name)
        spans["Person"].append(Span(p.start, p.end, pid))
        for t in p.titles:
            if not t.is_post:
                continue
            body_name = held[(p.name, t.short)]
            post_id = g.node("Post", t.short, key=f"{t.short}@{body_name or ''}",
                             written=t.text)
            g.edge("HOLDS", pid, post_id, by_sentence[si])
            if body_name:
                g.edge("POST_OF", post_id, body(body_name, by_sentence[si]), by_sentence[si])

    # events and roles
    events = ev.find_events(sentences, published)
    meeting_ids: dict[int, str] = {}

    def meeting(e: ev.Event) -> str:
        if e.index not in meeting_ids:
            props = {"date": e.date} if e.date else {}
            meeting_ids[e.index] = g.node("Meeting", e.name, key=f"{e.index}:{e.name}",
                                          kind=e.kind, **props)
        return meeting_ids[e.index]

    masked = person_spans + title_spans
    previous_subject = None
    for s in sentences:
        e = ev.event_at(events, s.index)
        in_s = [(p.name, p.start, p.end) for p, si in mentions if si == s.index]
        if e is None:
            if not in_s or not ev.cue_re().search(s.text):
                continue
            e = ev.Event(len(events), s.index, s.start, s.end, s.text[:60], None, s.text)
            events.append(e)
        for r in ev.find_roles(s, in_s, masked, e, previous_subject):
            if r.kind == "INSPECTED":
                g.edge("ATTENDED", g.node("Person", r.person), meeting(e), s)
                continue
            g.edge(r.kind, g.node("Person", r.person), meeting(e), s)
        if in_s:
            previous_subject = in_s[-1][0]

    # inspections: the people before a visit verb inspected each site after it
    for x, s in sites:
        inner = [p for p in places if x.start <= p.start and p.end <= x.end]
        if x.kind == "unknown":
            if inner and inner[0].start == x.start:  # 万安街道城市更新: the place visited
                x = Site(x.start, inner[0].end, inner[0].surface, "place", x.verb)
                inner = inner[:1]
            elif x.verb.startswith(("先后", "来到", "走访", "走进", "实地")):
                x = Site(x.start, x.end, x.name, "project", x.verb)  # 华阳闸: a named site
            else:
                continue
        if x.kind == "project":
            target = g.node("Project", x.name, key=project_key(x.name))
            spans["Project"].append(Span(x.start, x.end, target))
        elif inner and inner[-1].end == x.end:  # 卫店镇双钱村 is the place 双钱村
            target = g.node("Place", inner[-1].name, key=inner[-1].name, level=inner[-1].level)
        else:
            target = g.node("Place", x.name, key=x.name, level="site")
        if not x.verb:
            continue
        leaders = [p.name for p, si in mentions if si == s.index and p.end <= x.start]
        if leaders:
            group = _leading_group(leaders, mentions, s, x.start)
        else:  # 一行先后来到…: the people who led the tour in the sentence that opened it
            e = ev.event_at(events, s.index)
            opener = by_sentence[e.sentence] if e and e.kind == "inspection" else None
            group = [p.name for p, si in mentions if opener and si == opener.index][:1]
        for name in group:
            g.edge("INSPECTED", g.node("Person", name), target, s)

    for e in events:
        if e.date:  # a dated meeting is a node even when no one named took part
            meeting(e)
    _link(g, sentences, events, meeting_ids, spans, places)
    # the headline and the publisher name the article's own place
    for p in _places(article.title or "") + _places(article.source or ""):
        if p.level in ("province", "city", "county") and ("Place", p.name) not in g.keys:
            g.node("Place", p.surface if p.short else p.name, key=p.name, level=p.level)
    g.merge_suffix_bodies()
    g.merge_suffix_projects()
    out_article = {"id": article.id, "title": article.title, "date": article.date}
    if article.source:
        out_article["source"] = article.source
    if article.url:
        out_article["url"] = article.url
    return {"article": out_article, "nodes": list(g.nodes.values()),
            "edges": list(g.edges.values())}


def _link(g: ArticleGraph, sentences, events, meeting_ids, spans, places) -> None:
    """CONVENED, LOCATED_IN and DIRECTED edges from the words between mentions."""
    def within(label, s):
        return [x for x in spans[label] if s.start <= x.start and x.end <= s.end]

    by_index = {s.index: s for s in sentences}
    for e in events:
        if e.index not in meeting_ids:
            continue
        s = by_index[e.sentence]
        who = links.convener(s.text, s.start, within("Body", s))
        if who:
            g.edge("CONVENED", who.ref, meeting_ids[e.index], s)
        where = links.venue(s.text, s.start, within("Place", s))
        if where:
            g.edge("LOCATED_IN", meeting_ids[e.index], where.ref, s)
    for s in sentences:
        actors = within("Person", s) + within("Body", s)
        objects = within("Body", s) + within("Project", s)
        for who, what in links.directions(s.text, s.start, actors, objects):
            g.edge("DIRECTED", who.ref, what.ref, s)
        # 思明区建设局, 上虞区“一江两岸”景观工程: a place written first locates what follows
        for place in within("Place", s):
            for x in within("Body", s) + within("Project", s):
                if x.start == place.start and x.end > place.end and x.ref in g.nodes:
                    g.edge("LOCATED_IN", x.ref, place.ref, s)
    names = {n["name"]: nid for nid, n in g.nodes.items() if n["label"] == "Place"}
    for p in places:
        child, parent = names.get(p.name), names.get(p.parent or "")
        if child and parent and child != parent:
            s = next((x for x in sentences if x.start <= p.start < x.end), None)
            if s:
                g.edge("LOCATED_IN", child, parent, s)


def _leading_group(leaders, mentions, s, pos) -> list[str]:
    # 戴传亮、程敏珍一行先后来到 → both; 彭代元率队到 → the leader only, not those after him.
    in_s = [(p.name, p.start, p.end) for p, si in mentions if si == s.index and p.end <= pos]
    group = [in_s[-1]]
    for prev in reversed(in_s[:-1]):
        between = s.text[prev[2] - s.start : group[0][1] - s.start]
        if len(between) <= 12 and re.fullmatch(r"[、和与及]?[\u4e00-\u9fff]{0,12}?[、和与及]?",
                                               between):
            group.insert(0, prev)
        else:
            break
    return [n for n, _, _ in group]


def _inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)



def extract_paths(paths: Iterable[str], **read_options) -> Iterator[dict | InputError]:
    """Read, clean and extract each article under ``paths``; a bad input yields its error."""
    from govkg.extract.ingest import read_paths

    for item in read_paths(paths, **read_options):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield extract_article(item)
        except Exception as e:  # noqa: BLE001 - one bad article never loses the others
            yield InputError(item.path or item.id, f"extraction failed: {type(e).__name__}: {e}")


def extract_text(raw: str, article_id: str) -> dict:
    """Clean and extract one decoded text (what ``govkg extract`` does per text file)."""
    from govkg.extract.clean import build_article

    return extract_article(build_article(raw, id=article_id))
