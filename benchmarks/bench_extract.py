#!/usr/bin/env python3
"""Extraction throughput beside a bare jieba.lcut pass over the same text, in one process.

    python benchmarks/bench_extract.py [PATH...] [--repeat N] [--seconds S] [--json] [--check]

PATHs are article files or directories (their ``*.txt``); by default the seed and dev
articles in ``tests/fixtures/articles``. The corpus is held in memory and processed ``N`` times
(by default as many times as fill about ``S`` = 3 seconds of extraction), one extraction pass
and one jieba pass in turn, so that both see the same machine state. Timed:

- extraction: raw bytes -> decoding -> cleaning -> extraction, per article, the steps of
  ``govkg extract`` on a text file (``govkg.extract.flow``; reading from disk excluded);
- baseline: ``jieba.lcut(text)`` (default mode, global tokenizer) on the decoded raw text.

One-time costs are measured apart and excluded: ``jieba.initialize()`` for the baseline, and a
first extraction pass for govkg (lexicons, its own jieba instance, compiled patterns). The
target is extraction time <= 2 x jieba time. Exit status: 0; with ``--check``, 1 when the
target is missed; 2 when the benchmark cannot run. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import platform
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

TARGET_RATIO = 2.0
REPO = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = [REPO / "seeds", REPO / "tests" / "fixtures" / "synthetic"]
KB = 1024

Extractor = Callable[[bytes, str], dict]


class BenchError(Exception):
    """The benchmark cannot run; the message says why."""


@dataclass(frozen=True)
class Doc:
    """One input article, held in memory so that disk reads are not timed."""

    id: str
    data: bytes
    text: str


@dataclass
class Result:
    extractor: str
    articles: int
    bytes: int
    repeat: int
    extraction_seconds: float
    jieba_seconds: float
    jieba_init_seconds: float
    warmup_seconds: float
    rss_after_jieba_mb: float
    peak_rss_mb: float
    python: str

    @property
    def ratio(self) -> float:
        return self.extraction_seconds / self.jieba_seconds if self.jieba_seconds else math.inf

    @property
    def passed(self) -> bool:
        return self.ratio <= TARGET_RATIO

    def rates(self, seconds: float) -> tuple[float, float]:
        """(KB/s, articles/s) of raw input over ``seconds``."""
        if seconds <= 0:
            return math.inf, math.inf
        return (self.bytes * self.repeat / KB / seconds, self.articles * self.repeat / seconds)

    def to_json(self) -> dict:
        out = asdict(self)
        for name, seconds in (("extraction", self.extraction_seconds),
                              ("jieba", self.jieba_seconds)):
            kb_s, art_s = self.rates(seconds)
            out[f"{name}_kb_per_s"] = round(kb_s, 1)
            out[f"{name}_articles_per_s"] = round(art_s, 2)
        out.update(ratio=round(self.ratio, 3), target=TARGET_RATIO, passed=self.passed)
        return out


def load_corpus(paths: Sequence[str | Path]) -> list[Doc]:
    """The articles under ``paths``: files as given, directories by their ``*.txt``."""
    from govkg.errors import InputError
    from govkg.extract.ingest import decode_bytes

    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.txt") if p.is_file())
        elif path.is_file():
            files.append(path)
        else:
            raise BenchError(f"{path}: no such file or directory")
    if not files:
        raise BenchError(f"no articles (*.txt) under {', '.join(map(str, paths))}")
    docs = []
    for f in files:
        data = f.read_bytes()
        try:
            docs.append(Doc(id=f.stem, data=data, text=decode_bytes(data, str(f))))
        except InputError as e:
            raise BenchError(str(e)) from None
    return docs


def resolve_extractor() -> tuple[str, Extractor]:
    """The raw-bytes-to-graph function to time, and what it is called: the steps of
    ``govkg extract`` on a text file (:mod:`govkg.extract.flow`) - decode, clean, extract -
    without the disk read."""
    try:
        from govkg.errors import InputError
        from govkg.extract import flow
        from govkg.extract.article import Document
        from govkg.extract.ingest import decode_bytes
    except ImportError as e:
        raise BenchError(f"cannot import govkg's extraction ({e}); is govkg "
                         "installed in this Python (pip install -e .)?") from None

    def run(data: bytes, article_id: str) -> dict:
        text = decode_bytes(data, article_id)
        article = flow.clean(Document(id=article_id, path=article_id, text=text))
        result = article if isinstance(article, InputError) else flow.extract(article)
        if isinstance(result, InputError):
            raise BenchError(str(result))
        return result[1]

    return "decode_bytes + flow.clean + flow.extract", run


def _pass(fn: Callable[[Doc], object], docs: Sequence[Doc]) -> float:
    start = time.perf_counter()
    for doc in docs:
        fn(doc)
    return time.perf_counter() - start


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def run(docs: Sequence[Doc], repeat: int | None = None, seconds: float = 3.0,
        extractor: tuple[str, Extractor] | None = None) -> Result:
    """Time extraction and ``jieba.lcut`` over ``docs``, ``repeat`` passes each (by default
    enough passes for about ``seconds`` of extraction). ``extractor`` defaults to
    :func:`resolve_extractor`'s."""
    import jieba

    name, extract = extractor or resolve_extractor()

    jieba.setLogLevel(logging.WARNING)
    start = time.perf_counter()
    jieba.initialize()
    jieba_init = time.perf_counter() - start
    rss_after_jieba = _peak_rss_mb()

    def extraction(doc: Doc) -> object:
        return extract(doc.data, doc.id)

    def segmentation(doc: Doc) -> object:
        return jieba.lcut(doc.text)

    # The first pass loads lexicons and govkg's own jieba; it is reported, not counted.
    warmup = _pass(extraction, docs)
    _pass(segmentation, docs)  # jieba has lazy state too (HMM tables, regexes)
    if repeat is None:
        one = _pass(extraction, docs)
        repeat = max(1, math.ceil(seconds / one)) if one > 0 else 1

    # Alternate the two so that drifts in clock speed or load hit both alike.
    extraction_seconds = jieba_seconds = 0.0
    for _ in range(repeat):
        extraction_seconds += _pass(extraction, docs)
        jieba_seconds += _pass(segmentation, docs)

    return Result(extractor=name, articles=len(docs), bytes=sum(len(d.data) for d in docs),
                  repeat=repeat, extraction_seconds=extraction_seconds,
                  jieba_seconds=jieba_seconds, jieba_init_seconds=jieba_init,
                  warmup_seconds=warmup, rss_after_jieba_mb=rss_after_jieba,
                  peak_rss_mb=_peak_rss_mb(),
                  python=platform.python_version())


def render(r: Result) -> str:
    """The human-readable report."""
    lines = [
        f"{r.articles} articles, {r.bytes / KB:.1f} KB of raw text, "
        f"{r.repeat} pass{'' if r.repeat == 1 else 'es'} "
        f"(Python {r.python}, one process)",
        f"{'':<12}{'seconds':>10}{'KB/s':>10}{'articles/s':>12}",
    ]
    for label, seconds in (("extraction", r.extraction_seconds), ("jieba.lcut", r.jieba_seconds)):
        kb_s, art_s = r.rates(seconds)
        lines.append(f"{label:<12}{seconds:>10.3f}{kb_s:>10.1f}{art_s:>12.1f}")
    lines += [
        f"ratio extraction/jieba: {r.ratio:.2f} (target <= {TARGET_RATIO:g}): "
        + ("PASS" if r.passed else "FAIL"),
        f"one-time, not counted: jieba.initialize {r.jieba_init_seconds:.2f} s, "
        f"govkg first pass (lexicons) {r.warmup_seconds:.2f} s",
        f"peak RSS: {r.peak_rss_mb:.0f} MB ({r.rss_after_jieba_mb:.0f} MB once Python and "
        "jieba's dictionary were loaded)",
        f"extraction timed as: {r.extractor}",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="example: python benchmarks/bench_extract.py --repeat 20 --check")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help=f"article files or directories (default: {DEFAULT_ARTICLES})")
    parser.add_argument("--repeat", type=int, metavar="N",
                        help="passes over the corpus (default: enough for --seconds)")
    parser.add_argument("--seconds", type=float, default=3.0, metavar="S",
                        help="extraction time to aim at when --repeat is not given (default 3)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true",
                        help=f"exit with status 1 when the ratio is above {TARGET_RATIO:g}")
    args = parser.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        parser.error("--repeat must be at least 1")

    try:
        extractor = resolve_extractor()  # fail before loading anything when it is missing
        docs = load_corpus(args.paths or DEFAULT_ARTICLES)
    except BenchError as e:
        print(f"bench_extract: {e}", file=sys.stderr)
        return 2
    result = run(docs, repeat=args.repeat, seconds=args.seconds, extractor=extractor)
    print(json.dumps(result.to_json(), indent=1) if args.json else render(result))
    return 1 if args.check and not result.passed else 0


if __name__ == "__main__":
    sys.exit(main())
