"""The reviewable view of one extraction that golden files hold: what the scorer reads
(persons, posts with bodies, roles, bodies, places, projects, meeting dates, inspections)."""

from __future__ import annotations

from pathlib import Path

from govkg.extract.evaluate import predicted_items

from real_articles import FIXTURES, seed_paths

GOLDEN = Path(__file__).parent / "golden"
SEED_IDS = [p.stem for p in seed_paths()]
#: Development articles pinned by a golden file; their text stays in ../shared/dev.
DEV_IDS = sorted(p.stem for p in GOLDEN.glob("*.json") if p.stem not in SEED_IDS)

__all__ = ["DEV_IDS", "FIXTURES", "GOLDEN", "SEED_IDS", "view"]


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
