"""Engines (parallel.py): worker processes give the report one process gives; the CLI's scale flags."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from factcheck.feed import loading, run as desk
from factcheck.cli.app import app
from factcheck.feed.engines import Progress

from conftest import SEEDS
from scale_support import mixed_corpus, needs_stories


def cli(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@needs_stories
def test_jobs_2_gives_the_report_of_jobs_1(tmp_path):
    corpus = mixed_corpus(tmp_path / "feed")
    one = desk.report([corpus], desk.Options(jobs=1))
    two = desk.report([corpus], desk.Options(jobs=2))
    assert two == one
    assert len(one.stories) == 3


def test_cli_jobs_and_cache_give_the_same_json(tmp_path):
    outs = []
    for k, extra in enumerate((["--jobs", "1", "--no-cache"], ["--jobs", "2", "--cache", tmp_path / "c"],
                               ["--jobs", "2", "--cache", tmp_path / "c"])):
        out = tmp_path / f"r{k}.json"
        r = cli("report", SEEDS, "--format", "json", "--out", out, "--quiet", *extra)
        assert r.exit_code == 0, r.output
        outs.append(json.loads(out.read_text(encoding="utf-8")))
    assert outs[0] == outs[1] == outs[2]
    assert outs[0]["stories"][0]["articles"] == sorted(p.stem for p in SEEDS.glob("*.txt"))


def test_cli_stats_and_markdown_by_story(tmp_path):
    stats = tmp_path / "s.json"
    r = cli("report", SEEDS, "--format", "markdown", "--no-cache", "--stats", stats)
    assert r.exit_code == 0, r.output
    s = json.loads(stats.read_text())
    assert s["articles"] == 5 and s["stories"] == 1 and s["comparisons"] == s["article_pairs"] + s["claim_pairs"]
    assert "## Contradictions (3)" in r.output      # one story: the layout of a one-story report


@pytest.mark.parametrize("args, message", [
    (["--engine", "spark"], "unknown engine 'spark'"),
    (["--engine", "dask"], "--engine dask needs --scheduler"),
    (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler is for --engine dask"),
])
def test_cli_bad_engine_options_exit_2(args, message):
    r = cli("report", SEEDS, "--no-cache", *args)
    assert r.exit_code == 2
    assert message in r.output


def test_progress_bar_silent_off_a_terminal(capsys):
    p = Progress(True)
    p.started -= 10
    p.add("articles", 3)
    p.advance("articles", 3)
    p.close()
    assert capsys.readouterr().err == ""
    assert p.bar is None


def _pid_of(x: int) -> tuple[int, int]:
    import os
    return x, os.getpid()


def _blas_threads(_: int) -> int:
    from threadpoolctl import threadpool_info
    return max((lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"), default=1)


def test_workers_run_numpy_products_on_one_blas_thread():
    # two workers each starting a BLAS thread per core spin against each other on a two-core machine
    from factcheck.feed.engines import WORKER_BLAS_THREADS, PoolEngine
    with PoolEngine(2) as engine:
        assert set(engine.map(_blas_threads, range(4))) == {WORKER_BLAS_THREADS}


def test_pool_starts_the_workers_its_work_needs():
    from factcheck.feed.engines import PoolEngine
    with PoolEngine(2) as engine:
        [(_, first)] = list(engine.map(_pid_of, [0]))
        [(_, second)] = list(engine.map(_pid_of, [1]))
        assert second == first                     # one task, then one more: the same (warm) worker
        assert sum(w for _, w in engine.pools) == 1
        out = list(engine.map(_pid_of, range(2, 8)))
        assert [x for x, _ in out] == list(range(2, 8))   # in order, whichever worker ran them
        assert sum(w for _, w in engine.pools) == 2
        assert len({pid for _, pid in out}) == 2
        assert list(engine.map(_pid_of, [])) == []


class _Recording:
    """An engine (this process) that notes each batch it is given, between the ingest calls noted too."""

    name = "local"

    def __init__(self, log):
        self.log = log

    def map(self, fn, items):
        items = list(items)
        self.log.append(("engine", len(items)))
        return iter([fn(x) for x in items])

    def close(self):
        pass


def test_without_a_cache_the_workers_start_while_the_rest_is_read(tmp_path, monkeypatch):
    """No cache: more one-article files than an ingest part are read part by part, each part handed to
    the engine before the next is read (the workers do not wait for the whole corpus), and the report
    is the one of reading them at once."""
    once = desk.report([SEEDS], desk.Options(cache=None))
    log = []
    load = loading.ingest.load_articles
    monkeypatch.setattr(loading.ingest, "load_articles",
                        lambda paths, **kw: log.append(("read", len(paths))) or load(paths, **kw))
    monkeypatch.setattr(loading, "INGEST_CHUNK", 2)
    run = desk.start([SEEDS], desk.Options(cache=None), _Recording(log))
    parts = desk.collect(run)
    files = len(list(SEEDS.glob("*.txt")))
    assert [n for what, n in log if what == "read"] == [2] * (files // 2) + [files % 2] * (files % 2)
    first_batch = next(k for k, (what, _) in enumerate(log) if what == "engine")
    assert first_batch == 1                           # the first part goes to the engine before the second is read
    assert parts == once
