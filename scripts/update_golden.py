"""Rewrite tests/golden/*.json from the current extractor, for review in the diff.

    python scripts/update_golden.py
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from govkg.extract.pipeline import extract_paths  # noqa: E402

from golden_view import GOLDEN, article_paths, view  # noqa: E402

GOLDEN.mkdir(exist_ok=True)
for result in extract_paths([str(p) for p in article_paths()]):
    if isinstance(result, Exception):
        sys.exit(f"cannot extract: {result}")
    path = GOLDEN / f"{result['article']['id']}.json"
    path.write_text(json.dumps(view(result), ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {path}")
