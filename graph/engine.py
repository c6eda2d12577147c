"""Where extraction runs when a build has many articles: in this process, in a pool of
worker processes on this machine (``--workers N``), or on a Dask cluster (``--dask ADDRESS``).

Every engine has one job: map :func:`extract_one` over a stream of articles and give the
results back **in input order**, holding at most a bounded window of articles in flight,
so that memory stays flat however large the corpus and the output is the same whichever
engine ran it. A failure in one article is that article's error, never the build's.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from govkg.errors import GovkgError, InputError

Result = dict | InputError


def extract_one(article) -> Result:
    """One article's extraction as its JSON form, or the error that stopped it (the flow's
    own step, so that every engine fails the same way)."""
    from govkg.extract.flow import extract

    result = extract(article)
    return result if isinstance(result, InputError) else result[1]


def _warm_up() -> None:
    # Ctrl-C is the parent's to handle (it stops the pool); SIGTERM ends a worker at once
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # load lexicons and jieba once per worker, not once per article
    from govkg.extract.article import Article
    from govkg.extract.pipeline import extract_article

    extract_article(Article(id="warm-up", text="县委书记主持召开会议。"))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)


#: Below this many input files a pool costs more to start (jieba in every worker) than it saves.
POOL_FROM = 16


def workers_for(sources: list) -> int:
    """All cores for :data:`POOL_FROM` files or more, or a JSONL export (one file, many
    articles); one process otherwise."""
    many = len(sources) >= POOL_FROM or any(getattr(s, "format", "") == "jsonl"
                                             for s in sources)
    return default_workers() if many else 1


def _ordered(submit, articles: Iterable, window: int) -> Iterator[tuple[Any, Result]]:
    """Submit ``articles`` with at most ``window`` pending; yield (article, result) in
    input order."""
    pending: deque[tuple[Any, Future]] = deque()
    for article in articles:
        pending.append((article, submit(article)))
        if len(pending) >= window:
            a, f = pending.popleft()
            yield a, f.result()
    while pending:
        a, f = pending.popleft()
        yield a, f.result()


def run_serial(articles: Iterable) -> Iterator[tuple[Any, Result]]:
    for a in articles:
        yield a, extract_one(a)


def run_processes(articles: Iterable, workers: int) -> Iterator[tuple[Any, Result]]:
    """A pool of ``workers`` processes on this machine."""
    if workers <= 1:
        yield from run_serial(articles)
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_up)
    try:
        yield from _ordered(lambda a: pool.submit(extract_one, a), articles, workers * 8)
    except BaseException:
        # interrupted or failed: drop what is queued instead of extracting it first
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def run_dask(articles: Iterable, address: str) -> Iterator[tuple[Any, Result]]:
    """An existing Dask cluster (``dask.distributed``): extraction on its workers, the
    merge here on the client."""
    try:
        from distributed import Client
    except ImportError:
        raise GovkgError("--dask needs dask.distributed: pip install 'dask[distributed]'"
                         ) from None
    try:
        client = Client(address, timeout="5s")
    except (OSError, TimeoutError) as e:
        raise GovkgError(f"cannot reach the Dask scheduler at {address} ({e})") from None
    try:
        window = max(8, 8 * sum(client.nthreads().values()))
        # pure=False: two articles with equal text are still two tasks
        yield from _ordered(lambda a: client.submit(extract_one, a, pure=False), articles,
                            window)
    finally:
        client.close()


def run(articles: Iterable, *, workers: int = 1, dask: str | None = None
        ) -> Iterator[tuple[Any, Result]]:
    """The engine the options ask for."""
    if dask:
        return run_dask(articles, dask)
    return run_processes(articles, workers)
