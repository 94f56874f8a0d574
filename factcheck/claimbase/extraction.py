"""``factcheck extract`` into the claim base: one story's articles and findings saved as one
transaction (txn.py) under the lock, the reviews of moved claims and findings carried over. The
writing half of store.py (which reads the base)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import history, jsonfile, reviews as review, txn
from ..ingest import load as ingest
from .. import pipeline
from ..errors import ClaimBaseError, InputError
from ..models import Article, Report, StoryFindings
from .store import (ARTICLES_DIR, REVIEWS_FILE, STORIES_DIR, ClaimBase, article_file, check_story_name,
                    default_story, load, locked, remove_stale_temporaries)


@dataclass
class ExtractResult:
    story: str
    written: list[Path]
    unchanged: list[Path]
    articles: int
    claims: int
    findings: int
    carried: int = 0


def _old_text(path: Path) -> str | None:
    return jsonfile.read_text(path) if path.exists() else None


def validated(root: Path) -> "ClaimBase | None":
    """The current base, every file and cross-check validated (None for a new base): a broken base is
    reported and never written over."""
    if not (root / ARTICLES_DIR).is_dir():
        return None
    try:
        return load(root)
    except ClaimBaseError as exc:
        raise ClaimBaseError(f"{exc}; extract wrote nothing") from exc


def save(root: Path, articles: list[Article], report: Report, story: str) -> ExtractResult:
    """Write one story's articles and findings into the claim base, as one transaction (txn.py) under
    the lock. Reviews of claims and findings whose id changed only because their span moved are carried
    over (review.carried_entries), computed before anything is written."""
    root = Path(root)
    check_story_name(story)
    if not root.is_dir():
        if not root.parent.is_dir():
            raise InputError(f"{root}: directory {root.parent} does not exist")
        root.mkdir()
    new_articles = [article_file(a, report.claims) for a in articles]
    new_story = StoryFindings(story=story, articles=[a.id for a in articles], findings=report.findings,
                              events=report.events)
    plan = [(root / ARTICLES_DIR / f"{a.article.id}.json", a.to_json()) for a in new_articles]
    plan.append((root / STORIES_DIR / f"{story}.json", new_story.to_json()))
    result = ExtractResult(story=story, written=[], unchanged=[], articles=len(articles),
                           claims=len(report.claims), findings=len(report.findings))
    with locked(root):
        txn.recover(root)
        for sub in (ARTICLES_DIR, STORIES_DIR):
            (root / sub).mkdir(exist_ok=True)
        base = validated(root)
        history.check_appendable(root / REVIEWS_FILE)
        old_claims = [c for a in new_articles if base and (old := base.articles.get(a.article.id))
                      for c in old.claims]
        old_story = base.stories.get(story) if base else None
        old_findings = list(old_story.findings) if old_story is not None else []
        carried = review.carried_entries(root, old_claims, report.claims, old_findings, report.findings)
        changed = []
        for path, text in plan:
            remove_stale_temporaries(path)
            (result.unchanged if _old_text(path) == text else result.written).append(path)
            if path in result.written:
                changed.append((path, text))
        result.carried = txn.commit(root, changed, carried) if changed or carried else 0
    return result


def extract(paths: list[str | Path], root: Path, story: str | None = None) -> ExtractResult:
    """Run the pipeline on ``paths`` and save what it found as one story of the claim base."""
    name = check_story_name(story or default_story(paths))
    articles = ingest.load_articles(paths)
    return save(root, articles, pipeline.analyze(articles), name)
