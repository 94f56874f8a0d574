"""The work cache (cache.py): a hit gives the same report for less work; one new article costs one
article and its story; a broken entry is a miss."""
from __future__ import annotations

import shutil

import pytest

from factcheck.feed import run as desk
from factcheck.feed.cache import code_fingerprint

from conftest import SEEDS, write
from scale_support import DERNA, needs_stories


def _run(paths, cache_dir, **kw):
    opts = desk.Options(cache=cache_dir, **kw)
    run = desk.start(paths, opts)
    return desk.collect(run), run.stats


@pytest.fixture
def feed(tmp_path):
    corpus = tmp_path / "feed"
    corpus.mkdir()
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, corpus / p.name)
    return corpus


def test_cache_hit_same_report_fewer_computations(feed, tmp_path):
    cache = tmp_path / "cache"
    cold, s1 = _run([feed], cache)
    warm, s2 = _run([feed], cache)
    assert warm == cold
    assert (s1.articles_computed, s1.stories_computed) == (5, 1)
    assert (s2.articles_computed, s2.stories_computed) == (0, 0)
    assert (cache / code_fingerprint()).is_dir()
    uncached, _ = _run([feed], None)
    assert uncached == cold


@needs_stories
def test_one_new_article_costs_one_article_and_its_story(feed, tmp_path):
    cache = tmp_path / "cache"
    for p in list(DERNA.glob("*.txt"))[:3]:
        shutil.copy(p, feed / p.name)
    _run([feed], cache)
    shutil.copy(sorted(DERNA.glob("*.txt"))[3], feed / "new_derna.txt")
    rep, stats = _run([feed], cache)
    assert stats.articles_computed == 1
    assert stats.stories_computed == 1          # the floods story; the seeds' story comes from the cache
    fresh, _ = _run([feed], None)
    assert [s.articles for s in rep.stories] == [s.articles for s in fresh.stories]
    assert rep.findings == fresh.findings


def test_broken_entries_are_misses(feed, tmp_path):
    cache = tmp_path / "cache"
    cold, _ = _run([feed], cache)
    for p in (cache / code_fingerprint()).rglob("*"):
        if p.is_file():
            p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2])
    again, stats = _run([feed], cache)
    assert again == cold
    assert stats.articles_computed == 5 and stats.stories_computed == 1


def test_same_text_under_another_id_is_not_reused(tmp_path):
    text = (SEEDS / "004_ddc587dfb9686f8d.txt").read_text(encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    _run([write(tmp_path / "a", "one.txt", text)], tmp_path / "cache")
    rep, stats = _run([write(tmp_path / "b", "two.txt", text)], tmp_path / "cache")
    assert stats.articles_computed == 1
    assert {c.article for c in rep.claims} == {"two"}


def test_report_default_cache_lives_in_an_existing_claim_base(tmp_path):
    base = tmp_path / "claims"
    assert desk.cache_dir(base, None) is None            # no claim base: no cache, nothing created
    assert not base.exists()
    base.mkdir()
    assert desk.cache_dir(base, None) == base / ".cache"
    assert desk.cache_dir(base, None, use_cache=False) is None
    assert desk.cache_dir(base, tmp_path / "elsewhere") == tmp_path / "elsewhere"


def _age(path, seconds):
    """Set ``path``'s modification time ``seconds`` in the past (old enough for the file index)."""
    import os
    import time
    t = time.time() - seconds
    os.utime(path, (t, t))


def test_unchanged_files_are_not_read_again_and_edited_ones_are(feed, tmp_path, monkeypatch):
    import json
    from factcheck.ingest import load as ingest
    cache = tmp_path / "cache"
    for p in feed.glob("*.txt"):
        _age(p, 3600)
    cold, _ = _run([feed], cache)
    index = json.loads((cache / code_fingerprint() / "files.json").read_text(encoding="utf-8"))
    assert len(index) == 5                               # every (old enough) file remembered by its stat
    reads = []
    real_peek = ingest.peek_bytes
    monkeypatch.setattr(ingest, "peek_bytes", lambda p, limit: reads.append(p.name) or real_peek(p, limit))
    warm, stats = _run([feed], cache)
    assert reads == [] and warm == cold and stats.articles_computed == 0
    edited = sorted(feed.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nسطر جديد في آخر المقال.\n", encoding="utf-8")
    again, stats = _run([feed], cache)
    assert reads == [edited.name] and stats.articles_computed == 1


def test_a_file_changed_just_now_is_not_remembered(feed, tmp_path):
    import json
    cache = tmp_path / "cache"
    fresh = sorted(feed.glob("*.txt"))[0]          # written just now by the fixture: racy
    for p in sorted(feed.glob("*.txt"))[1:]:
        _age(p, 3600)
    _run([feed], cache)
    index = json.loads((cache / code_fingerprint() / "files.json").read_text(encoding="utf-8"))
    assert str(fresh.absolute()) not in index and len(index) == 4


def test_unchanged_rerun_reuses_the_stories_and_a_new_article_reclusters(feed, tmp_path, monkeypatch):
    from factcheck.feed import cluster
    cache = tmp_path / "cache"
    cold, _ = _run([feed], cache)
    calls = []
    real = cluster.cluster
    monkeypatch.setattr(cluster, "cluster", lambda *a, **k: calls.append(1) or real(*a, **k))
    warm, _ = _run([feed], cache)
    assert warm == cold and calls == []
    _run([feed], cache, story_threshold=0.5)                 # other options: clustered again
    assert calls == [1]
    shutil.copy(sorted(feed.glob("*.txt"))[0], feed / "zz_copy.txt")
    _run([feed], cache)                                      # another set of articles: clustered again
    assert calls == [1, 1]


def test_heads_shard_round_trips_and_a_cut_one_is_refused():
    import numpy as np
    from factcheck.feed import cache as cache_mod
    heads = {"ab" + "0" * 62: {"id": "x", "language": "ar", "published": None, "published_span": None,
                               "published_rule": None, "fids": np.array([3, 1 << 61, 7], dtype=np.int64),
                               "labels": "a\x1fb\x1fc"},
             "ab" + "1" * 62: {"id": "y", "language": "en", "published": "2023-09-12", "published_span": [0, 10],
                               "published_rule": "r", "fids": np.zeros(0, dtype=np.int64), "labels": ""}}
    data = cache_mod._shard_bytes(heads)
    back = cache_mod._read_shard(data)
    assert back.keys() == heads.keys()
    for sha, head in heads.items():
        assert {k: v for k, v in back[sha].items() if k != "fids"} == {k: v for k, v in head.items() if k != "fids"}
        assert back[sha]["fids"].tolist() == head["fids"].tolist()
    with pytest.raises(ValueError):
        cache_mod._read_shard(data[:-8])        # a whole id short: caught by the count, not by the bytes


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_new_article_is_computed_alone_with_workers_too(feed, tmp_path, jobs):
    """The per-article stage of new files starts while the cached heads are read (on workers when
    there are); the result is the run's with no cache."""
    cache = tmp_path / "cache"
    _run([feed], cache)
    (feed / "zz_new.txt").write_text((SEEDS / "004_ddc587dfb9686f8d.txt").read_text(encoding="utf-8") + "\n\n",
                                     encoding="utf-8")
    rep, stats = _run([feed], cache, jobs=jobs)
    assert stats.articles_computed == 1
    fresh, _ = _run([feed], None)
    assert rep == fresh


def test_the_collector_is_paused_only_inside_the_block():
    import gc
    assert gc.isenabled()
    with desk.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with desk.collector_paused():
            pass
        assert not gc.isenabled()          # (a caller's own pause is kept)
    finally:
        gc.enable()


def test_a_moved_file_is_hashed_once_and_not_computed_again(feed, tmp_path):
    cache = tmp_path / "cache"
    cold, _ = _run([feed], cache)
    elsewhere = tmp_path / "elsewhere"
    shutil.move(str(feed), str(elsewhere))
    moved, stats = _run([elsewhere], cache)
    assert stats.articles_computed == 0 and stats.stories_computed == 0
    assert [a.path for a in moved.articles] == [a.path.replace(str(feed), str(elsewhere)) for a in cold.articles]
    assert moved.claims == cold.claims and moved.findings == cold.findings
