"""The whole pipeline as one library call: paths -> Report (ingest, claims, normalize, group, compare).

Split in two for scale (feed/run.py): ``article_stage`` needs one article only (segments and clauses; the
furniture topic model is built over the article's own paragraphs), ``story_stage`` needs the story
(normalize learns a name registry across its articles; group compares across them)."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .ingest import clauses as claims_stage
from .ingest import furniture, load as ingest
from .judge import group
from .kinds import statement_memo
from .extract import normalize
from .claimbase import store
from .lang import data as langdata
from .render import report as report_mod
from .errors import InputError
from .models import Article, Clause, Report, Segment

# Every language with data files (``lang.supported``): furniture cue words of all of them apply to
# any article.


# Garbage-collector thresholds while a stage runs. The stages allocate millions of small objects
# (tokens, value matches, claims) that live until the report is built, and Python's defaults (700, 10,
# 10) re-scan them again and again: a fifth of the CPU time of a 1 MB article (benchmarks/size.py,
# 18.7 s -> 15.8 s). Cycles are still collected, less often; no result depends on when.
STAGE_GC_THRESHOLDS = (50_000, 20, 20)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with ``STAGE_GC_THRESHOLDS`` (never lowering one), then restore the thresholds."""
    before = gc.get_threshold()
    gc.set_threshold(*(max(a, b) for a, b in zip(STAGE_GC_THRESHOLDS, before)))
    try:
        yield
    finally:
        gc.set_threshold(*before)


def article_stage(article: Article) -> tuple[list[Segment], list[Clause]]:
    """Segments and clauses of one article (depends on nothing else: cacheable by its text)."""
    with fewer_collections():
        topic = furniture.TopicModel([ln for ln in article.text.splitlines() if ln.strip()], langdata.supported())
        segments = furniture.segment(article, topic)
        return segments, claims_stage.extract(article, segments)


def story_stage(articles: list[Article], clauses: dict[str, list[Clause]]) -> Report:
    """Normalize, group and compare the clauses of one story's articles."""
    return story_findings(articles, clauses)[0]


def story_findings(articles: list[Article], clauses: dict[str, list[Clause]]) -> tuple[Report, group.Stats]:
    """``story_stage`` with group's counts (the claim pairs compared)."""
    with fewer_collections():
        claims = normalize.normalize(articles, clauses)
        with statement_memo.pairs_kept():   # a story's repeated statement pairs are read once
            findings, stats = group.build_findings(claims, {a.id: a.published for a in articles})
        claims, findings = report_mod.annotate(claims, findings)   # the values in an editor's words, beside
    infos = [store.article_info(a) for a in articles]
    return Report(articles=infos, claims=claims, findings=findings), stats


def analyze(articles: list[Article]) -> Report:
    """Run every stage after ingest on one story's articles."""
    return story_stage(articles, {a.id: article_stage(a)[1] for a in articles})


def report(paths: list[str | Path], *, skip_invalid: bool = False, max_bytes: int | None = None,
           on_skip: Callable[[InputError], None] | None = None) -> Report:
    """Load the articles under ``paths`` and analyze them as one story (``desk.report`` first groups
    the articles into stories). Bad input fails before any analysis; with ``skip_invalid`` each bad
    file or record goes to ``on_skip`` and the run goes on."""
    return analyze(ingest.load_articles(paths, skip_invalid=skip_invalid, max_bytes=max_bytes, on_skip=on_skip))
