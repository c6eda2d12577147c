"""The one declaration of what the graph may hold (see ANNOTATION.md in the docs).

Extraction, stores, views and checks read this module; an edge outside :data:`PATTERNS` is
rejected by :func:`check_edge`.
"""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    PERSON = "Person"
    POST = "Post"
    BODY = "Body"
    PLACE = "Place"
    PROJECT = "Project"
    MEETING = "Meeting"


class Rel(StrEnum):
    HOLDS = "HOLDS"
    POST_OF = "POST_OF"
    CONVENED = "CONVENED"
    CHAIRED = "CHAIRED"
    SPOKE_AT = "SPOKE_AT"
    ATTENDED = "ATTENDED"
    INSPECTED = "INSPECTED"
    DIRECTED = "DIRECTED"
    LOCATED_IN = "LOCATED_IN"
    PART_OF = "PART_OF"


L = Label
#: Which label may link to which, per edge type.
PATTERNS: dict[Rel, frozenset[tuple[Label, Label]]] = {
    Rel.HOLDS: frozenset({(L.PERSON, L.POST)}),
    Rel.POST_OF: frozenset({(L.POST, L.BODY)}),
    Rel.CONVENED: frozenset({(L.BODY, L.MEETING)}),
    Rel.CHAIRED: frozenset({(L.PERSON, L.MEETING)}),
    Rel.SPOKE_AT: frozenset({(L.PERSON, L.MEETING), (L.BODY, L.MEETING)}),
    Rel.ATTENDED: frozenset({(L.PERSON, L.MEETING), (L.BODY, L.MEETING)}),
    Rel.INSPECTED: frozenset(
        {(L.PERSON, L.PROJECT), (L.PERSON, L.PLACE), (L.BODY, L.PROJECT), (L.BODY, L.PLACE)}
    ),
    Rel.DIRECTED: frozenset(
        {(L.PERSON, L.BODY), (L.PERSON, L.PROJECT), (L.BODY, L.BODY), (L.BODY, L.PROJECT)}
    ),
    Rel.LOCATED_IN: frozenset(
        {(L.MEETING, L.PLACE), (L.PROJECT, L.PLACE), (L.BODY, L.PLACE), (L.PLACE, L.PLACE)}
    ),
    Rel.PART_OF: frozenset({(L.BODY, L.BODY)}),
}

#: Roles a person can play at a meeting; CHAIRED and SPOKE_AT imply ATTENDED.
MEETING_ROLES: tuple[Rel, ...] = (Rel.CHAIRED, Rel.SPOKE_AT, Rel.ATTENDED)


class SchemaError(ValueError):
    """An edge whose type or endpoints the schema does not allow."""


def check_edge(rel: str, source: str, target: str) -> None:
    """Raise :class:`SchemaError` unless ``source -rel-> target`` is allowed.

    >>> check_edge("HOLDS", "Person", "Post")
    >>> check_edge("HOLDS", "Post", "Person")
    Traceback (most recent call last):
    ...
    govkg.graph.schema.SchemaError: HOLDS may not link Post to Person
    """
    try:
        allowed = PATTERNS[Rel(rel)]
    except ValueError:
        raise SchemaError(f"unknown edge type {rel!r}") from None
    if (Label(source), Label(target)) not in allowed:
        raise SchemaError(f"{rel} may not link {source} to {target}")
