#!/usr/bin/env python3
"""``govkg build`` at 1k and 10k synthetic articles: time per stage, how it grows, and how
well persons are resolved against the generator's truth.

    .venv/bin/python benchmarks/bench_build.py                 # 1,000 and 10,000 articles
    .venv/bin/python benchmarks/bench_build.py --sizes 500 2000 --json

Stages, each timed on its own: extraction (read, clean, extract every article; a bare
``jieba.lcut`` pass over the same texts runs beside it, as the baseline), resolution and
assembly (``build_graph``: one id per entity across articles, the networkx graph), exports
(graph.json, graph.graphml, neo4j-import/, decisions.jsonl). Growth is the cost per article
at the largest size over the cost at the smallest: 1.0 is linear.

Person resolution is scored pairwise over the occurrences of each name (an occurrence is a
name in an article): a pair is right when the graph puts it in one node exactly when the
generator made it one person. Different names are never one person, so only namesakes count.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate_records  # noqa: E402


def _timed(fn, *args, **kwargs):
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def person_pairs(graph, truth: list[dict]) -> dict:
    """Pairwise precision and recall of person resolution over namesake occurrences."""
    predicted: dict[tuple[str, str], str] = {}
    for n, d in graph.nodes(data=True):
        if d["label"] == "Person":
            for aid in d["article_ids"]:
                predicted[(d["name"], aid)] = n
    actual = {(p["name"], t["id"]): p["pid"] for t in truth for p in t["persons"]}
    by_name = defaultdict(list)
    for occ in sorted(set(predicted) & set(actual)):
        by_name[occ[0]].append(occ)
    tp = fp = fn = 0
    for occs in by_name.values():
        for a, b in combinations(occs, 2):
            same_p, same_t = predicted[a] == predicted[b], actual[a] == actual[b]
            tp += same_p and same_t
            fp += same_p and not same_t
            fn += same_t and not same_p
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"pairs": tp + fn, "precision": round(precision, 4), "recall": round(recall, 4),
            "occurrences_matched": len(set(predicted) & set(actual)), "occurrences": len(actual)}


def run(n: int, seed: int) -> dict:
    import jieba

    from govkg.graph import build_graph, write_build
    from govkg.graph.cache import extract_all

    records = list(generate_records(n, seed))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for r in records:
            (folder / f"{r.id}.txt").write_text(r.text, "utf-8")
        kb = sum(len(r.text.encode()) for r in records) / 1024
        (xs, errors, _), t_extract = _timed(extract_all, [str(folder)], None)
        _, t_jieba = _timed(lambda: [jieba.lcut(r.text) for r in records])
        result, t_build = _timed(build_graph, xs)
        _, t_export = _timed(write_build, result, Path(tmp) / "out")
    g = result.graph
    return {"articles": n, "kb": round(kb), "errors": len(errors),
            "seconds": {"extract": round(t_extract, 2), "jieba_baseline": round(t_jieba, 2),
                        "resolve_and_assemble": round(t_build, 2),
                        "exports": round(t_export, 2)},
            "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "persons": person_pairs(g, [r.truth for r in records])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    import jieba

    jieba.initialize()
    rows = [run(n, args.seed) for n in args.sizes]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    print(f"{'articles':>9} {'KB':>7} {'extract s':>10} {'jieba s':>8} {'ratio':>6} "
          f"{'resolve s':>10} {'exports s':>10} {'nodes':>7} {'edges':>7}  persons P / R")
    for r in rows:
        s = r["seconds"]
        print(f"{r['articles']:>9} {r['kb']:>7} {s['extract']:>10} {s['jieba_baseline']:>8} "
              f"{s['extract'] / s['jieba_baseline']:>6.2f} {s['resolve_and_assemble']:>10} "
              f"{s['exports']:>10} {r['nodes']:>7} {r['edges']:>7}  "
              f"{r['persons']['precision']:.3f} / {r['persons']['recall']:.3f}")
    first, last = rows[0], rows[-1]
    scale = last["articles"] / first["articles"]
    for stage in ("extract", "resolve_and_assemble", "exports"):
        growth = last["seconds"][stage] / max(first["seconds"][stage], 1e-9) / scale
        print(f"growth per article, {first['articles']} -> {last['articles']}, {stage}: "
              f"{growth:.2f} (1.0 is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
