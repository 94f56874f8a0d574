"""The naive all-pairs baselines of the benchmark: the same stages as ``factcheck report``, but every
candidate comes from comparing every pair.

``--scope stories`` (the default):
- stories: the weighted-feature cosine of every pair of articles (N(N-1)/2, no inverted index), then
  the same average-linkage clustering;
- claims: inside each story, every pair of claims from different articles is judged (no blocks by
  property and subject, no index of rare words; the statement embeddings compared all against all).
  The findings are then built as the pipeline builds them, so the report is the same and only the
  number of comparisons (and the time they take) differs.

``--scope corpus``: no stories at all, the feed read as one story (what the one-story pipeline of
issue 3 would do with a desk's feed): every pair of claims of the corpus from different articles is
judged. Its comparisons grow with the square of the corpus; its findings also pair unrelated stories.

    python benchmarks/naive.py CORPUS_DIR --out REPORT.json --stats STATS.json [--scope corpus]
"""
from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

from factcheck.feed import cluster, features
from factcheck.judge import compare, group
from factcheck import embed, pipeline
from factcheck.ingest import load as ingest
from factcheck.extract import normalize
from factcheck.claimbase import store
from factcheck.extract.events import EventRef, article_events, in_story, relative_to, story_places
from factcheck.models import Report, StoryInfo
from factcheck.lang.text import script_of


def all_pairs_stories(items: list[cluster.Item], threshold: float) -> cluster.Result:
    index = cluster.Index.build(items)
    entity = index.kinds(cluster._ENTITY_CODES)
    vecs, ents = [dict() for _ in items], [dict() for _ in items]
    for r, f in zip(index.rows.tolist(), index.feat.tolist()):
        if index.weight[f] > 0:
            vecs[r][f] = float(index.weight[f])
            if entity[f]:
                ents[r][f] = float(index.weight[f])
    norms = [math.sqrt(sum(w * w for w in v.values())) for v in vecs]
    enorms = [math.sqrt(sum(w * w for w in v.values())) for v in ents]
    sims = {}
    for i, j in itertools.combinations(range(len(items)), 2):
        a, b = vecs[i], vecs[j]
        small, big = (a, b) if len(a) < len(b) else (b, a)
        dot = sum(w * w for f, w in small.items() if f in big)
        edot = sum(w * w for f, w in ents[i].items() if f in ents[j])
        s = max(dot / (norms[i] * norms[j]) if dot else 0.0, edot / (enorms[i] * enorms[j]) if edot else 0.0)
        if s > 0:
            sims[(i, j)] = s
    n = len(items)
    return cluster.link(items, sims, threshold, index, n * (n - 1) // 2)


def judge_all(claims: list, published: dict) -> int:
    """Judge every pair of claims from different articles; the number judged."""
    by_article: dict[str, list[EventRef]] = defaultdict(list)
    for c in claims:
        by_article[c.article].append(EventRef.parse(c.event))
    own = article_events(by_article)
    refs = {c.id: relative_to(EventRef.parse(c.event), own[c.article]).merged(own[c.article]) for c in claims}
    refs = in_story(refs, story_places(by_article))
    stmts = [c for c in claims if c.property == "statement"]
    vec = {}
    if any(script_of(c.quote) == "latin" for c in stmts):
        vecs = embed.encode([c.quote for c in stmts])
        vec = {c.id: v for c, v in zip(stmts, vecs)}
    n = 0
    for a, b in itertools.combinations(claims, 2):
        if a.article == b.article:
            continue
        sim = float(vec[a.id] @ vec[b.id]) if a.id in vec and b.id in vec else 0.0
        compare.judge(a, b, refs[a.id], refs[b.id], similarity=sim)
        n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--stats", type=Path, required=True)
    ap.add_argument("--story-threshold", type=float, default=cluster.STORY_THRESHOLD)
    ap.add_argument("--scope", choices=("stories", "corpus"), default="stories")
    args = ap.parse_args(argv)
    articles = ingest.load_articles([args.corpus])
    clauses, items = {}, []
    for a in articles:
        segments, clauses[a.id] = pipeline.article_stage(a)
        items.append(cluster.Item.of(a.id, a.published, features.features(a, segments)))
    if args.scope == "corpus":
        res = cluster.Result([cluster.Story(list(range(len(items))), None)], [], 0)
    else:
        res = all_pairs_stories(items, args.story_threshold)
    claims, findings, stories = [], [], []
    claim_pairs = 0
    units = [(f"S{k}", s.members) for k, s in enumerate(res.stories, start=1)] + [(None, [m]) for m in res.unassigned]
    for sid, members in units:
        arts = [articles[m] for m in members]
        story_claims = normalize.normalize(arts, {a.id: clauses[a.id] for a in arts})
        published = {a.id: a.published for a in arts}
        claim_pairs += judge_all(story_claims, published)
        with embed.memo({}):
            story_findings, _ = group.build_findings(story_claims, published)
        claims += story_claims
        findings += story_findings
        if sid:
            stories.append(StoryInfo(id=sid, label="", articles=[a.id for a in arts],
                                     findings=[f.id for f in story_findings]))
    infos = [store.article_info(a) for a in articles]
    rep = Report(articles=infos, claims=claims, findings=findings, stories=stories,
                 unassigned=[articles[m].id for m in res.unassigned])
    args.out.write_text(rep.to_json(), encoding="utf-8")
    args.stats.write_text(json.dumps({"articles": len(articles), "stories": len(res.stories),
                                      "unassigned": len(res.unassigned), "article_pairs": res.pairs_scored,
                                      "claim_pairs": claim_pairs,
                                      "comparisons": res.pairs_scored + claim_pairs}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
