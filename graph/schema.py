"""The one declaration of what the graph may hold (see ANNOTATION.md in the docs).

Labels, edge types, which label may link to which, and the properties every node and edge
carries. Extraction, the command line, the stores and the views read this module; nothing
else spells a label or an edge type. An edge outside :data:`PATTERNS` is rejected by
:func:`check_edge`, a property not declared here by :func:`check_properties`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from govkg.errors import GovkgError


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
#: What a role cue may signal (lexicons/cues.tsv): a meeting role or a visit.
ROLE_CUES: tuple[Rel, ...] = (*MEETING_ROLES, Rel.INSPECTED)

#: Chinese names of the labels and edge types, for tables and views.
LABEL_ZH: dict[Label, str] = {
    L.PERSON: "人物", L.POST: "职务", L.BODY: "机构", L.PLACE: "地点", L.PROJECT: "项目",
    L.MEETING: "会议",
}
REL_ZH: dict[Rel, str] = {
    Rel.HOLDS: "担任", Rel.POST_OF: "职务属于", Rel.CONVENED: "召开", Rel.CHAIRED: "主持",
    Rel.SPOKE_AT: "讲话", Rel.ATTENDED: "出席", Rel.INSPECTED: "调研",
    Rel.DIRECTED: "部署", Rel.LOCATED_IN: "位于", Rel.PART_OF: "隶属",
}


@dataclass(frozen=True)
class Prop:
    """One property: its name, its value type and whether every record must carry it."""

    name: str
    type: type
    required: bool = False
    doc: str = ""


#: Every node has these.
NODE_CORE: tuple[Prop, ...] = (
    Prop("id", str, True, "deterministic, hashed from the label and a normalised key"),
    Prop("label", str, True, "one of Label"),
    Prop("name", str, True, "the fullest name the text supports"),
    Prop("aliases", list, False, "other names written for the same entity"),
)
#: What each label carries beyond the core, in output order.
NODE_PROPERTIES: dict[Label, tuple[Prop, ...]] = {
    L.PERSON: (),
    L.POST: (Prop("written", str, False, "the title as written, with its body (县委书记)"),),
    L.BODY: (Prop("kind", str, False, "party | gov | legis | dept | firm | group | other"),),
    L.PLACE: (Prop("level", str, False, "province | city | county | township | village | "
                                        "area | site"),
              Prop("code", str, False, "administrative division code")),
    L.PROJECT: (),
    L.MEETING: (Prop("kind", str, False, "meeting | inspection"),
                Prop("date", str, False, "YYYY-MM-DD, never guessed")),
}
#: Every edge has these: its endpoints, its type, and the sentence it was read from.
EDGE_CORE: tuple[Prop, ...] = (
    Prop("source", str, True), Prop("target", str, True), Prop("type", str, True),
    Prop("evidence", str, True, "the sentence the edge was read from"),
    Prop("start", int, True, "evidence offsets in the cleaned text"),
    Prop("end", int, True),
    Prop("source_start", int, True, "evidence offsets in the decoded original file"),
    Prop("source_end", int, True),
)
#: What each edge type carries beyond the core.
_RANK = Prop("rank", int, False, "1 for the first person the article lists at this meeting, "
             "2 for the next: the protocol order (协议顺序) of the listing")
EDGE_PROPERTIES: dict[Rel, tuple[Prop, ...]] = {
    **{rel: () for rel in Rel}, **{rel: (_RANK,) for rel in MEETING_ROLES}}


class SchemaError(GovkgError, ValueError):
    """A label, edge or property that the schema does not allow."""


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


def node_property_names(label: str) -> tuple[str, ...]:
    """The names of the properties a node of ``label`` may carry beyond the core.

    >>> node_property_names("Place")
    ('level', 'code')
    """
    return tuple(p.name for p in NODE_PROPERTIES[Label(label)])


def check_properties(label: str, props: dict) -> None:
    """Raise :class:`SchemaError` when ``props`` holds a property the label does not declare,
    or a value of the wrong type.

    >>> check_properties("Meeting", {"date": "2024-03-05"})
    >>> check_properties("Person", {"date": "2024-03-05"})
    Traceback (most recent call last):
    ...
    govkg.graph.schema.SchemaError: Person has no property 'date'
    """
    declared = {p.name: p for p in NODE_PROPERTIES[Label(label)]}
    for name, value in props.items():
        prop = declared.get(name)
        if prop is None:
            raise SchemaError(f"{label} has no property {name!r}")
        if value is not None and not isinstance(value, prop.type):
            raise SchemaError(f"{label}.{name} must be {prop.type.__name__}, not {value!r}")
