"""Story clustering (cluster.py) and the multi-story report (desk.py)."""
from __future__ import annotations

import json
import sys

import numpy as np
import pytest

from factcheck import cluster, desk, pipeline
from factcheck.models import Report

from conftest import ROOT, SEEDS, write
from scale_support import expected_stories, mixed_corpus, needs_stories

sys.path.insert(0, str(ROOT / "benchmarks"))
import make_corpus  # noqa: E402

UNRELATED = ("The city council of Lyon approved a new budget for public libraries on Tuesday. "
             "The mayor said the plan adds twelve reading rooms and longer opening hours.\n")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    corpus = mixed_corpus(tmp_path_factory.mktemp("mixed") / "feed")
    write(corpus, "zz_lyon_libraries.txt", UNRELATED)
    return corpus, desk.report([corpus], desk.Options(cache=tmp_path_factory.mktemp("cache")))


@needs_stories
def test_seeds_and_both_shared_stories_are_three_stories(mixed):
    _, rep = mixed
    assert [set(s.articles) for s in rep.stories] == expected_stories()
    assert all(s.label and 0 < s.cohesion <= 1 for s in rep.stories)


@needs_stories
def test_an_article_fitting_no_story_is_listed_not_dropped(mixed):
    _, rep = mixed
    assert rep.unassigned == ["zz_lyon_libraries"]
    assert "zz_lyon_libraries" in {a.id for a in rep.articles}
    own = [c for c in rep.claims if c.article == "zz_lyon_libraries"]
    assert own and {f.kind for f in rep.findings if set(f.claims) & {c.id for c in own}} == {"unsupported"}


@needs_stories
def test_each_story_is_analysed_alone_as_the_pipeline_would(mixed):
    _, rep = mixed
    seeds = pipeline.report([SEEDS])
    story = rep.stories[0]
    assert [c for c in rep.claims if c.article in story.articles] == seeds.claims
    assert [f for f in rep.findings if f.id in set(story.findings)] == seeds.findings
    in_stories = {i for s in rep.stories for i in s.findings}
    by_id = {c.id: c for c in rep.claims}
    rest = [f for f in rep.findings if f.id not in in_stories]
    assert all(by_id[c].article in rep.unassigned for f in rest for c in f.claims)


@needs_stories
def test_streamed_json_is_the_report(mixed, tmp_path):
    corpus, rep = mixed
    opts = desk.Options(cache=None)
    out = tmp_path / "r.json"
    desk.write_file(out, lambda fh: desk.write_json(desk.start([corpus], opts), fh))
    assert Report.model_validate(json.loads(out.read_text(encoding="utf-8"))) == rep


def test_threshold_zero_is_one_story_and_one_is_none(tmp_path):
    one = desk.report([SEEDS], desk.Options(story_threshold=0))
    assert len(one.stories) == 1 and one.unassigned == []
    none = desk.report([SEEDS], desk.Options(story_threshold=1.0))
    assert none.stories == [] and len(none.unassigned) == 5


def test_no_all_pairs_on_a_generated_corpus(tmp_path):
    corpus = tmp_path / "c"
    truth = make_corpus.make(60, corpus)
    items = []
    for a in pipeline.ingest.load_articles([corpus]):
        segments, _ = pipeline.article_stage(a)
        items.append(cluster.Item.of(a.id, a.published, cluster.features(a, segments)))
    res = cluster.cluster(items)
    assert res.pairs_scored < 60 * 59 // 2
    assert len(truth["stories"]) == 10 and len(truth["plants"]) == 10


def test_make_corpus_is_deterministic(tmp_path):
    make_corpus.make(12, tmp_path / "a")
    make_corpus.make(12, tmp_path / "b")
    a = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    assert a == {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()} and len(a) == 12
    assert make_corpus.truth_path(tmp_path / "a").read_bytes() == make_corpus.truth_path(tmp_path / "b").read_bytes()


def test_semantic_neighbours_in_blocks_match_all_pairs(monkeypatch):
    rng = np.random.default_rng(0)
    vecs = rng.normal(size=(50, 8)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    monkeypatch.setattr(cluster, "SEMANTIC_BLOCK_ROWS", 7)
    got = cluster.semantic_neighbours(vecs, 0.5)
    sims = vecs @ vecs.T
    want = {(i, j) for i in range(50) for j in range(i + 1, 50) if sims[i, j] >= 0.5}
    assert set(got) == want and want


def test_time_window_keeps_distant_dates_apart():
    import datetime as dt
    feats = {"p:city:1": "X", "n:abc": "abc", "v:1234": "1234"}
    near = [cluster.Item.of("a", dt.date(2025, 1, 1), feats), cluster.Item.of("b", dt.date(2025, 1, 5), feats)]
    far = [cluster.Item.of("a", dt.date(2025, 1, 1), feats), cluster.Item.of("b", dt.date(2025, 6, 1), feats)]
    assert len(cluster.cluster(near).stories) == 1
    assert cluster.cluster(far).stories == []


@needs_stories
def test_semantic_clustering_with_cached_lead_embeddings(tmp_path):
    corpus = mixed_corpus(tmp_path / "feed")
    opts = desk.Options(semantic=True, cache=tmp_path / "cache")
    rep = desk.report([corpus], opts)
    assert [set(s.articles) for s in rep.stories] == expected_stories()
    run = desk.start([corpus], opts)
    assert desk.collect(run) == rep
    assert run.stats.articles_computed == 0


@needs_stories
@pytest.mark.parametrize("scope", ["stories", "corpus"])
def test_naive_baselines_compare_every_pair(tmp_path, scope):
    """benchmarks/naive.py: within stories it finds the stories and findings the pipeline finds,
    judging more pairs; over the whole corpus it judges every pair of claims from two articles."""
    import naive
    corpus = tmp_path / "c"
    make_corpus.make(18, corpus)
    out, stats = tmp_path / "naive.json", tmp_path / "stats.json"
    assert naive.main([str(corpus), "--out", str(out), "--stats", str(stats), "--scope", scope]) == 0
    got, counts = Report.model_validate_json(out.read_text(encoding="utf-8")), json.loads(stats.read_text())
    run = desk.start([corpus])
    ours = desk.collect(run)
    if scope == "stories":
        assert [s.articles for s in got.stories] == [s.articles for s in ours.stories]
        assert {f.id for f in got.findings} == {f.id for f in ours.findings}
        assert counts["comparisons"] > run.stats.comparisons
    else:
        per_article = {}
        for c in got.claims:
            per_article[c.article] = per_article.get(c.article, 0) + 1
        total = sum(per_article.values())
        every = (total * total - sum(k * k for k in per_article.values())) // 2
        assert counts["claim_pairs"] == every and len(got.stories) == 1
