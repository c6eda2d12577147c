"""The engines that run extraction over many articles give the same results, in input
order, whichever runs: this process, a pool of worker processes, or a Dask cluster on
loopback; one article's failure is that article's error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govkg.errors import InputError
from govkg.extract.flow import read_articles
from govkg.graph import build
from govkg.graph.engine import run, run_serial

CORPORA = Path(__file__).parent / "fixtures" / "corpora"


class Broken:
    """An article whose extraction fails (it has no text)."""

    id = "broken"
    path = "broken.txt"


@pytest.fixture(scope="module")
def articles() -> list:
    items = [a for a in read_articles([str(CORPORA)]) if not isinstance(a, InputError)]
    return [*items[:6], Broken(), *items[6:]]


def _dump(results) -> list[str]:
    return [r.path if isinstance(r, InputError) else json.dumps(r, sort_keys=True)
            for _, r in results]


@pytest.fixture(scope="module")
def serial(articles) -> list[str]:
    out = _dump(run_serial(articles))
    assert out[6] == "broken.txt"
    return out


def test_worker_processes_match_serial(articles, serial):
    results = list(run(articles, workers=2))
    assert [a.id for a, _ in results] == [a.id for a in articles]
    assert _dump(results) == serial


def test_dask_cluster_on_loopback_matches_serial(articles, serial):
    import distributed

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None, processes=True) as cluster:
        results = list(run(articles, dask=cluster.scheduler_address))
    assert _dump(results) == serial


def test_builds_agree_across_engines(tmp_path):
    paths = [str(CORPORA / "promotion"), str(CORPORA / "same_name")]
    one, two = build(paths, workers=1).graph, build(paths, workers=2).graph
    assert sorted(one.nodes(data=True)) == sorted(two.nodes(data=True))
    assert sorted(one.edges(keys=True)) == sorted(two.edges(keys=True))


def test_unreachable_scheduler_is_one_clear_error():
    from govkg.errors import GovkgError

    with pytest.raises(GovkgError, match="cannot reach the Dask scheduler"):
        list(run([Broken()], dask="tcp://127.0.0.1:9"))
