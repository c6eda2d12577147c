"""Incremental builds: each article's extraction is kept in the output directory, keyed by
the article's content and the extractor's version, so that a rebuild of a grown corpus
extracts only what is new or changed. A changed extractor (code or lexicons) changes every
key; entries no input uses any more are removed at the end of a build."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from govkg import __version__
from govkg.errors import InputError
from govkg.graph.records import Extraction
from govkg.graph.write import atomic_write_text


@cache
def extractor_version() -> str:
    """A digest of govkg's version and every file of the extractor (code and lexicons)."""
    digest = hashlib.sha256(__version__.encode())
    root = resources.files("govkg.extract")
    stack = [root]
    files = []
    while stack:
        for item in stack.pop().iterdir():
            if item.is_dir():
                if item.name != "__pycache__":
                    stack.append(item)
            elif item.name.endswith((".py", ".txt", ".tsv")):
                files.append(item)
    for item in sorted(files, key=lambda f: str(f)):
        digest.update(str(item).rsplit("extract", 1)[-1].encode())
        digest.update(item.read_bytes())
    return digest.hexdigest()[:16]


class ExtractionCache:
    """Extractions on disk under ``DIR/<2 hex>/<key>.json``."""

    def __init__(self, directory: str | Path) -> None:
        self.dir = Path(directory)
        self.used: set[Path] = set()

    def key(self, article_id: str, original: str) -> str:
        h = hashlib.sha256(extractor_version().encode())
        h.update(article_id.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
        h.update(original.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        path = self._path(key)
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return None  # missing or damaged: extract again
        self.used.add(path)
        return data

    def put(self, key: str, data: dict) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(data, ensure_ascii=False))
        self.used.add(path)

    def prune(self) -> None:
        """Remove what no input of this build used (articles removed from the corpus)."""
        if not self.dir.is_dir():
            return
        for path in self.dir.glob("*/*.json"):
            if path not in self.used:
                path.unlink(missing_ok=True)


def extract_all(paths: Iterable[str], cache: ExtractionCache | None, *,
                max_bytes: int | None = None,
                on_article: Callable[[str], None] | None = None,
                workers: int = 1, dask: str | None = None
                ) -> tuple[list[Extraction], list[InputError], int]:
    """Every article's extraction (from the cache where it is current, else by the engine
    the options ask for), the inputs that could not be read or extracted, and how many
    came from the cache."""
    from govkg.extract.flow import read_articles
    from govkg.graph import engine

    options = {"max_bytes": max_bytes} if max_bytes else {}
    out: list[Extraction] = []
    errors: list[InputError] = []
    keys: dict[tuple[str, str], str] = {}
    seen: set[str] = set()
    cached = 0

    def to_extract():
        nonlocal cached
        for item in read_articles(paths, **options):
            if isinstance(item, InputError):
                errors.append(item)
                continue
            _unique_id(item, seen)
            key = cache.key(item.id, item.original or item.text) if cache else ""
            data = cache.get(key) if cache else None
            if data is not None:
                cached += 1
                out.append(Extraction.from_json(data))
                if on_article:
                    on_article(item.id)
                continue
            keys[(item.path, item.id)] = key
            yield item

    for article, result in engine.run(to_extract(), workers=workers, dask=dask):
        if on_article:
            on_article(article.id)
        if isinstance(result, InputError):
            errors.append(result)
            continue
        if cache:
            cache.put(keys.pop((article.path, article.id)), result)
        out.append(Extraction.from_json(result))
    if cache:
        cache.prune()
    return out, errors, cached


def _unique_id(article, seen: set[str]) -> None:
    """Two inputs with one id (a/001.txt, b/001.txt) stay two articles: the one read
    second gets a suffix made from its path."""
    if article.id in seen:
        digest = hashlib.sha1(str(article.path).encode("utf-8", "surrogatepass")).hexdigest()
        article.id = f"{article.id}~{digest[:6]}"
    seen.add(article.id)
