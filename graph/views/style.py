"""How a view draws each label and edge type: colour, shape and bilingual names, keyed by the
schema's enums so that a label or edge type added there fails the style test until it is
given a look here.

Co-attendance is drawn between people but is never stored in the graph, so it is declared
here as a view-only edge kind rather than in the schema.
"""

from __future__ import annotations

from enum import StrEnum

from govkg.graph.schema import LABEL_ZH, REL_ZH, Label, Rel


class ViewRel(StrEnum):
    """Edges that a view derives from the graph (not part of the schema)."""

    CO_ATTENDED = "CO_ATTENDED"


#: Colour (Okabe-Ito, readable by most colour-blind readers) and vis-network shape per
#: label. Only shapes that put the label below the symbol let size show degree.
LABEL_STYLE: dict[Label, tuple[str, str]] = {
    Label.PERSON: ("#D55E00", "dot"),
    Label.POST: ("#56B4E9", "diamond"),
    Label.BODY: ("#0072B2", "square"),
    Label.PLACE: ("#009E73", "triangle"),
    Label.PROJECT: ("#CC79A7", "star"),
    Label.MEETING: ("#E69F00", "hexagon"),
}
#: The character the legend shows for each vis-network shape.
SHAPE_GLYPH: dict[str, str] = {"dot": "●", "diamond": "◆", "square": "■", "triangle": "▲",
                               "star": "★", "hexagon": "⬢"}

EdgeKind = Rel | ViewRel

EDGE_COLOUR: dict[EdgeKind, str] = {
    Rel.HOLDS: "#C0504D", Rel.POST_OF: "#7BA7C9", Rel.CONVENED: "#B07A00",
    Rel.CHAIRED: "#8B4513", Rel.SPOKE_AT: "#D98C1F", Rel.ATTENDED: "#E8B860",
    Rel.INSPECTED: "#2E8B57", Rel.DIRECTED: "#6A5ACD", Rel.LOCATED_IN: "#B5B5B5",
    Rel.PART_OF: "#4F6D8F", ViewRel.CO_ATTENDED: "#D55E00",
}
EDGE_ZH: dict[EdgeKind, str] = {**REL_ZH, ViewRel.CO_ATTENDED: "同场出席"}


def label_names(label: str) -> tuple[str, str]:
    """(Chinese, English) name of a node label.

    >>> label_names("Person")
    ('人物', 'Person')
    """
    return LABEL_ZH[Label(label)], Label(label).value


def edge_kind(kind: str) -> EdgeKind:
    """The enum member for an edge type string from the graph or a derived view edge."""
    try:
        return Rel(kind)
    except ValueError:
        return ViewRel(kind)


def edge_names(kind: str) -> tuple[str, str]:
    """(Chinese, English) name of an edge type.

    >>> edge_names("CHAIRED")
    ('主持', 'CHAIRED')
    """
    k = edge_kind(kind)
    return EDGE_ZH[k], k.value


def edge_caption(kind: str) -> str:
    """The label drawn on an edge: Chinese and English.

    >>> edge_caption("HOLDS")
    '担任 HOLDS'
    """
    zh, en = edge_names(kind)
    return f"{zh} {en}"
