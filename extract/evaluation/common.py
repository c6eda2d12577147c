"""What every part of the evaluator shares: the categories and how names are compared."""

from __future__ import annotations

import unicodedata
from typing import Any

from govkg.graph.schema import MEETING_ROLES

#: The scored categories, in the order reports list them.
CATEGORIES: tuple[str, ...] = (
    "persons", "post_titles", "posts_with_body", "roles", "bodies",
    "places", "projects", "meeting_dates", "inspected",
)
#: Meeting roles as the edge types spell them: CHAIRED, SPOKE_AT, ATTENDED.
ROLES: tuple[str, ...] = tuple(r.value for r in MEETING_ROLES)

_QUOTES = str.maketrans("", "", "\"'“”‘’「」『』《》〈〉")
_DOTS = str.maketrans({"•": "·", "‧": "·", "・": "·", "．": "·"})

#: A missed or wrong item: a name, a set of accepted names, or a tuple of those.
Item = Any


def normalize_name(name: object) -> str | None:
    """The form in which names are compared; ``None`` stays ``None``.

    >>> normalize_name("艾尔肯•吐尼亚孜")
    '艾尔肯·吐尼亚孜'
    >>> normalize_name("“多彩花海” 行动")
    '多彩花海行动'
    >>> normalize_name("ＡＢＣ")
    'ABC'
    """
    if name is None:
        return None
    # NFKC first: it folds full-width forms, after which the tables see one spelling.
    s = unicodedata.normalize("NFKC", str(name)).translate(_QUOTES).translate(_DOTS)
    return "".join(s.split())


def _sort_key(x: Any) -> Any:
    # Orders like plain sorting on well-formed input, and tolerates a missing name.
    if isinstance(x, tuple):
        return tuple(_sort_key(y) for y in x)
    return (x is not None, "" if x is None else x)
