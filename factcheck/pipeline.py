"""The whole pipeline as one library call: paths -> Report (ingest, claims, normalize, group, compare)."""
from __future__ import annotations

from pathlib import Path

from . import claims as claims_stage
from . import furniture, group, ingest, normalize
from .models import Article, ArticleInfo, Report


def analyze(articles: list[Article]) -> Report:
    """Run every stage after ingest on one story's articles."""
    langs = tuple(sorted({a.language for a in articles} | {"ar", "en"}))
    topic = furniture.TopicModel([ln for a in articles for ln in a.text.splitlines() if ln.strip()], langs)
    clauses = {a.id: claims_stage.extract(a, furniture.segment(a, topic)) for a in articles}
    claims = normalize.normalize(articles, clauses)
    findings, _stats = group.build_findings(claims, {a.id: a.published for a in articles})
    infos = [ArticleInfo(id=a.id, path=a.path, published=a.published, language=a.language) for a in articles]
    return Report(articles=infos, claims=claims, findings=findings)


def report(paths: list[str | Path]) -> Report:
    """Load the articles under ``paths`` and analyze them as one story."""
    return analyze(ingest.load_articles(paths))
