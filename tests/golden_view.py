"""The reviewable view of one extraction that golden files hold: what the scorer reads
(persons, posts with bodies, roles, bodies, places, projects, meeting dates, inspections)."""

from __future__ import annotations

from pathlib import Path

from govkg.extract.evaluate import predicted_items

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
GOLDEN = Path(__file__).parent / "golden"


def view(result: dict) -> dict:
    items = predicted_items(result)
    out = {"id": result["article"]["id"], "date": result["article"]["date"]}
    for category, values in items.items():
        rows = []
        for v in values:
            if isinstance(v, tuple):
                v = [sorted(x) if isinstance(x, frozenset) else x for x in v]
            rows.append(v)
        out[category] = sorted(rows, key=str)
    return out


def article_paths() -> list[Path]:
    return sorted(ARTICLES.glob("*.txt"))
