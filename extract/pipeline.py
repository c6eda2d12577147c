"""Article → graph: the extraction stages in order, and the output contract of
``govkg extract`` (see ANNOTATION.md): ``{"article", "nodes", "edges"}`` per article.

Each stage is a small function with one input and one output type (after spaCy's pipeline
components): the first turns an :class:`Article` into a :class:`Draft`, the rest take the
Draft and return it, and the last turns it into an :class:`Extraction`.
"""

from __future__ import annotations

from collections.abc import Callable

from govkg.extract.article import Article
from govkg.extract.draft import Draft
from govkg.extract.resolve import merge_suffix_bodies, merge_suffix_projects
from govkg.extract.stages.bodies import add_bodies, add_places
from govkg.extract.stages.inspections import add_inspections
from govkg.extract.stages.linking import add_links
from govkg.extract.stages.meetings import add_meetings_and_roles
from govkg.extract.stages.mentions import find_mentions
from govkg.extract.stages.posts import add_persons_and_posts
from govkg.graph.records import Extraction

Stage = Callable[[Draft], Draft]

#: The stages after :func:`find_mentions`, in order.
STAGES: tuple[Stage, ...] = (
    add_bodies,              # bodies and jurisdiction
    add_places,
    add_persons_and_posts,   # persons and posts
    add_meetings_and_roles,  # meetings and roles
    add_inspections,         # inspections
    add_links,               # links
)


def finish(d: Draft) -> Extraction:
    """The last stage: names that are one body or one project become one node."""
    merge_suffix_bodies(d.graph)
    merge_suffix_projects(d.graph)
    return d.graph.extraction()


def extract_article(article: Article) -> Extraction:
    """Nodes and edges for one cleaned article; ``.to_json()`` is the output contract."""
    draft = find_mentions(article)
    for stage in STAGES:
        draft = stage(draft)
    return finish(draft)
