"""Which story of the claim base a new article belongs to (``factcheck check``).

The new articles and the base's articles are clustered together, as ``report`` clusters a feed
(cluster.cluster, the same features and threshold). A new article belongs to the base story that has
most articles in its group (ties: the story named first); a group holding no article of the base is a
new story, and so is an article that joins no group.

The base keeps of each article the paragraphs around its claims, not the whole text: a base article's
features are read from those paragraphs (everything the base says about it), and kept in the work
cache (heads, keyed by the hash of the paragraphs) so that a base is read once, not at every check.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..feed import cluster, features
from ..feed.cache import Cache
from ..models import Article, ArticleClaims, Segment

# The segment kind features.features reads as body text.
BODY = "body"
# Rule named by the one segment made of a base article's stored paragraphs.
PARAGRAPHS_RULE = "claim base: the paragraphs around the article's claims"
# Salt of a base article's cache key: its features come from its paragraphs, not from a file's bytes.
PARAGRAPHS_KEY = "factcheck.assign/1 paragraphs\n"


@dataclass
class Assignment:
    """Each new article's story of the base (None: a new story), and the new stories' groups."""

    story: dict[str, str | None] = field(default_factory=dict)
    new_groups: list[list[str]] = field(default_factory=list)   # new articles that form a story together


def _paragraph_text(art: ArticleClaims) -> str:
    return "\n".join(p.text for p in art.paragraphs)


def _paragraphs_key(art: ArticleClaims) -> str:
    return hashlib.sha256((PARAGRAPHS_KEY + art.article.id + "\n" + _paragraph_text(art)).encode()).hexdigest()


def base_item(art: ArticleClaims, cache: Cache) -> cluster.Item:
    """A base article as the clusterer sees it, from the cache or its stored paragraphs."""
    rec = art.article
    key = _paragraphs_key(art)
    head = cache.head(key, rec.id)
    if head is not None:
        return cluster.Item(rec.id, rec.published, head.fids, head.labels)
    text = _paragraph_text(art)
    article = Article(id=rec.id, path=rec.path, text=text, language=rec.language, published=rec.published)
    segments = [Segment(article=rec.id, start=0, end=len(text), kind=BODY, rule=PARAGRAPHS_RULE)]
    fids, labels = features.encode(features.features(article, segments))
    cache.put_head(key, rec.id, rec.language, rec.published, fids, labels)
    return cluster.Item(rec.id, rec.published, fids, labels)


def new_item(article: Article, segments: list[Segment]) -> cluster.Item:
    fids, labels = features.encode(features.features(article, segments))
    return cluster.Item(article.id, article.published, fids, labels)


def assign(stories: dict[str, list[str]], base_items: list[cluster.Item], new_items: list[cluster.Item],
           threshold: float = cluster.STORY_THRESHOLD) -> Assignment:
    """Cluster the base's and the new articles together; see the module's docstring. ``stories``: the
    base's story names and their articles, in the base's order."""
    items = base_items + new_items
    story_of = {aid: name for name, aids in stories.items() for aid in aids}
    order = {name: k for k, name in enumerate(stories)}
    res = cluster.cluster(items, threshold)
    out = Assignment()
    for s in res.stories:
        fresh = [items[m].id for m in s.members if m >= len(base_items)]
        if not fresh:
            continue
        votes: dict[str, int] = {}
        for m in s.members:
            if m < len(base_items) and items[m].id in story_of:
                votes[story_of[items[m].id]] = votes.get(story_of[items[m].id], 0) + 1
        if votes:
            best = min(votes, key=lambda n: (-votes[n], order[n]))
            out.story.update({aid: best for aid in fresh})
        else:
            out.story.update({aid: None for aid in fresh})
            out.new_groups.append(fresh)
    for m in res.unassigned:
        if m >= len(base_items):
            out.story[items[m].id] = None
            out.new_groups.append([items[m].id])
    return out


def base_items(base_articles: dict[str, ArticleClaims], cache_dir: Path | None) -> list[cluster.Item]:
    cache = Cache(cache_dir)
    items = [base_item(art, cache) for art in base_articles.values()]
    cache.flush()
    return items
