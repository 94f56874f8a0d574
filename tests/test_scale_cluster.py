"""Story clustering (cluster.py) and the multi-story report (desk.py)."""
from __future__ import annotations

import json
import sys

import numpy as np
import pytest

from factcheck.feed import cluster, features, run as desk
from factcheck.render import outputs
from factcheck import pipeline
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
    outputs.write(out, lambda fh: desk.write_json(desk.start([corpus], opts), fh))
    assert Report.model_validate(json.loads(out.read_text(encoding="utf-8"))) == rep


def test_threshold_zero_is_one_story_and_one_is_none(tmp_path):
    one = desk.report([SEEDS], desk.Options(story_threshold=0))
    assert len(one.stories) == 1 and one.unassigned == []
    none = desk.report([SEEDS], desk.Options(story_threshold=1.0))
    assert none.stories == [] and len(none.unassigned) == 5


@needs_stories   # make_corpus draws its articles from ../shared/stories
def test_no_all_pairs_on_a_generated_corpus(tmp_path):
    corpus = tmp_path / "c"
    truth = make_corpus.make(60, corpus)
    items = []
    for a in pipeline.ingest.load_articles([corpus]):
        segments, _ = pipeline.article_stage(a)
        items.append(cluster.Item.of(a.id, a.published, features.features(a, segments)))
    res = cluster.cluster(items)
    assert res.pairs_scored < 60 * 59 // 2
    assert len(truth["stories"]) == 10 and len(truth["plants"]) == 10


@needs_stories   # make_corpus draws its articles from ../shared/stories
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


# -- the clustering's parts against slow references ---------------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

EIGHTHS = st.sampled_from([k / 8 for k in range(9)])   # (exact in binary: sums agree in any order)


def _reference_link(n: int, sims: dict, threshold: float) -> list[list[int]]:
    """Average linkage as the module's docstring states it, the slow way."""
    group = {i: frozenset([i]) for i in range(n)}
    for (i, j), s in sorted(((p, s) for p, s in sims.items() if s >= threshold), key=lambda kv: (-kv[1], kv[0])):
        a, b = group[i], group[j]
        if a == b:
            continue
        mean = sum(sims.get((min(x, y), max(x, y)), 0.0) for x in a for y in b) / (len(a) * len(b))
        if mean < threshold * cluster.AVERAGE_LINK_SHARE:
            continue
        for x in a | b:
            group[x] = a | b
    return sorted(sorted(g) for g in set(group.values()) if len(g) > 1)


@st.composite
def _graphs(draw):
    n = draw(st.integers(2, 12))
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
                          unique=True, max_size=40))
    return n, {p: draw(EIGHTHS) for p in pairs}, draw(st.sampled_from([0.25, 0.375, 0.5, 0.75]))


def _items(n: int) -> list:
    return [cluster.Item.of(f"a{i:02d}", None, {f"n:w{i}": f"w{i}"}) for i in range(n)]


@settings(max_examples=300, deadline=None)
@given(_graphs())
def test_linkage_matches_the_slow_average_linkage(graph):
    n, sims, threshold = graph
    items = _items(n)
    got = cluster.link(items, dict(sims), threshold, cluster.Index.build(items), len(sims))
    assert [s.members for s in got.stories] == _reference_link(n, sims, threshold)
    assert sorted(got.unassigned + [m for s in got.stories for m in s.members]) == list(range(n))


@settings(max_examples=100, deadline=None)
@given(_graphs())
def test_large_groups_sum_their_links_over_neighbour_lists_alike(graph):
    n, sims, threshold = graph
    items = _items(n)
    index = cluster.Index.build(items)
    small = cluster.link(items, dict(sims), threshold, index, len(sims))
    saved, cluster.LINK_LOOKUPS = cluster.LINK_LOOKUPS, 0     # every check through the neighbour lists
    try:
        large = cluster.link(items, dict(sims), threshold, index, len(sims))
    finally:
        cluster.LINK_LOOKUPS = saved
    assert [s.members for s in large.stories] == [s.members for s in small.stories]


FEATURES = st.lists(st.sets(st.sampled_from([f"{k}:{i}" for k in "pndv" for i in range(6)]), max_size=8),
                    min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(FEATURES)
def test_index_counts_and_weighs_each_feature(sets):
    import math
    from collections import Counter
    items = [cluster.Item.of(f"a{i}", None, {f: f for f in s}) for i, s in enumerate(sets)]
    index = cluster.Index.build(items)
    df = Counter(f for s in sets for f in s)
    by_id = {features.feature_id(f): f for f in df}
    assert {by_id[int(i)]: int(c) for i, c in zip(index.ids, index.df)} == dict(df)
    for i, w in zip(index.ids, index.weight):
        f = by_id[int(i)]
        want = cluster.KIND_WEIGHTS[f[0]] * math.log(1 + len(sets) / df[f]) if 2 <= df[f] <= cluster.MAX_FEATURE_DF else 0
        assert w == pytest.approx(want)
    # posting lists: by feature, then by article
    order = [(int(index.feat[k]), int(index.rows[k])) for k in index.by_feature]
    assert order == sorted(order)


def _generated_items(tmp_path, n=60):
    corpus = tmp_path / "c"
    make_corpus.make(n, corpus)
    items = []
    for a in pipeline.ingest.load_articles([corpus]):
        segments, _ = pipeline.article_stage(a)
        item = cluster.Item.of(a.id, a.published, features.features(a, segments))
        item.key = a.id + "-content"
        items.append(item)
    return items


@needs_stories   # make_corpus draws its articles from ../shared/stories
def test_story_labels_of_an_earlier_run_are_reused_only_where_nothing_they_depend_on_changed(tmp_path):
    items = _generated_items(tmp_path)
    before = cluster.cluster(items[:-1])
    fresh = cluster.cluster(items)
    reused = cluster.cluster(items, cluster.STORY_THRESHOLD, before.known_labels)
    assert [(s.members, s.label) for s in reused.stories] == [(s.members, s.label) for s in fresh.stories]
    assert reused.known_labels == fresh.known_labels
    # a label's key follows its articles' document frequencies: one more article sharing a feature
    # changes the key of the stories holding that feature, and of no other
    stories = [s.members for s in fresh.stories]
    keys = cluster.label_keys(items, stories, cluster.Index.build(items))
    shared = next(f for f in items[stories[0][0]].fids.tolist())
    extra = cluster.Item("zz", None, np.array([shared], dtype=np.int64), "x", None, "zz-content")
    again = cluster.label_keys(items + [extra], stories, cluster.Index.build(items + [extra]))
    holding = {k for k, members in enumerate(stories) if any(shared in items[m].fids for m in members)}
    assert {k for k in range(len(stories)) if keys[k] != again[k]} == holding and 0 in holding
    assert cluster.label_keys([cluster.Item.of("a", None, {})], [[0]], cluster.Index.build(
        [cluster.Item.of("a", None, {})])) == [None]   # no content key: never reused


def test_feature_ids_are_stable_and_keep_their_kind():
    fid = features.feature_id("p:city:745044")
    assert fid == features.feature_id("p:city:745044") and fid >> features.KIND_SHIFT == features.KIND_CODES["p"]
    assert features.feature_id("n:drn") >> features.KIND_SHIFT == features.KIND_CODES["n"]
    ids, labels = features.encode({"n:b": "B", "n:a": "A\x1fx"})
    assert list(ids) == sorted(ids) and sorted(labels.split(features.LABEL_SEP)) == ["A x", "B"]
