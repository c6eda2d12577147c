"""Rewrite tests/golden/*.json from the current extractor, for review in the diff.

    python scripts/update_golden.py

Seeds come from seeds/, development articles from ../shared/dev (GOVKG_SHARED elsewhere).
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from govkg.extract.flow import extract_articles  # noqa: E402

from golden_view import GOLDEN, view  # noqa: E402
from real_articles import SEEDS, SHARED  # noqa: E402

if not (SHARED / "dev").is_dir():
    sys.exit(f"{SHARED / 'dev'} not found: the development articles live in ../shared")
GOLDEN.mkdir(exist_ok=True)
for item in extract_articles([str(SEEDS), str(SHARED / "dev")]):
    if isinstance(item, Exception):
        sys.exit(f"cannot extract: {item}")
    _, result = item
    path = GOLDEN / f"{result['article']['id']}.json"
    path.write_text(json.dumps(view(result), ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {path}")
