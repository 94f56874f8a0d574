"""Loading a feed's articles: the files under the paths, through ingest or, for a one-article file whose
bytes the cache knows, from the cache by the file's hash (``load``); an article's text and clauses
when a stage needs them again (``full``).
"""
from __future__ import annotations

import datetime as dt
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from .. import pipeline
from ..errors import InputError
from ..ingest import load as ingest
from ..models import Article, ArticleInfo, Clause
from .cache import Cache, text_key

# New one-article files read by ingest at once before their per-article stage is handed to the
# engine: the workers start on the first ones while this process reads the rest (reading is a few
# milliseconds an article: a third of the per-article work on the benchmark corpus, benchmarks/run.py).
INGEST_CHUNK = 32
# Input files holding exactly one article: the cache can stand in for ingest when it knows their bytes.
ONE_ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")



@dataclass
class Loaded:
    path: str
    sha: str
    info: ArticleInfo
    fids: np.ndarray | None = None     # clustering features (features.encode), None until known
    labels: str = ""
    article: Article | None = None
    clauses: list[Clause] | None = None
    lead: np.ndarray | None = None


def info_of(a: Article) -> ArticleInfo:
    from ..claimbase.store import article_info
    return article_info(a)


def _article_key(a: Article) -> str:
    """The cache key of an article read from a multi-record file (JSON, JSON Lines, stdin)."""
    return "r" + text_key(a.model_dump_json(exclude={"path"}).encode())


def load(paths: list[str | Path], cache: Cache, ingest_options: dict,
          early: Callable[[list[Loaded], bool], None] = lambda new, last: None) -> list[Loaded]:
    """Every article under ``paths``. A one-article file (text, Markdown, HTML) whose bytes the cache
    knows is not read again by ingest; everything else goes through ``ingest.load_articles``. The
    articles the cache has no head for are known before the heads of the others are read: ``early``
    receives them then (so their per-article stage can start on workers meanwhile), with whether they
    are the last ingest part. Without a cache the files are hashed too (a few milliseconds for the
    benchmark corpus), only so that ``ingest_parts`` may read them part by part: the workers start
    on the first part while this process reads the rest (read as one part, benchmarks/run.py's 1,000
    articles took 5 s of reading in this process, a fifth of the run, before any worker started)."""
    known: list[tuple[str, str]] = []       # (file, sha) remembered by the file index
    fast: list[Loaded] = []                 # new bytes the cache already has a head for
    slow: list[str | Path] = list(paths)
    shas: dict[str, str] = {}
    try:
        files = ingest.collect_files(paths)
    except InputError:
        files = []      # ingest reports (or skips) the bad path below
    if files:
        slow = []
        limit = ingest_options.get("max_bytes") or ingest.DEFAULT_MAX_BYTES
        for p in files:
            sha, indexed = _known_file(p, cache, limit)
            if sha is None:
                slow.append(p)
            elif indexed:
                known.append((p, sha))
            elif (x := _head(p, sha, cache)) is not None:  # new bytes the cache knows (a moved file)
                fast.append(x)
            else:                                          # new bytes: read them now
                shas[p] = sha
                slow.append(p)
    new: list[Loaded] = []
    parts = ingest_parts(slow, shas, ingest_options)
    for k, part in enumerate(parts):
        got = _read(part, shas, cache, ingest_options, bool(known or fast))
        early([x for x in got if x.fids is None], k == len(parts) - 1)
        new += got
    unheaded = []
    for p, sha in known:
        x = _head(p, sha, cache)
        if x is None:
            shas[p] = sha
            unheaded.append(p)
        else:
            fast.append(x)
    new += _read(unheaded, shas, cache, ingest_options, True)
    seen: dict[str, Loaded] = {}
    for x in fast + new:
        if x.info.id in seen:
            exc = InputError(f"{x.path}: duplicate article id {x.info.id!r} (also {seen[x.info.id].path})")
            if not ingest_options.get("skip_invalid"):
                raise exc
            if ingest_options.get("on_skip"):
                ingest_options["on_skip"](exc)
            continue
        seen[x.info.id] = x
    return sorted(seen.values(), key=lambda x: x.info.id)


def ingest_parts(slow: list[str | Path], shas: dict[str, str], ingest_options: dict) -> list[list[str | Path]]:
    """``slow`` in parts of INGEST_CHUNK files for ingest, when reading them part by part gives what
    reading them at once gives: every one is a one-article file hashed here (its article id is its
    name's stem), no two share a stem (no duplicate id can span two parts), and a bad input stops the
    run (``skip_invalid`` off: the first bad file in order fails either way). Else one part."""
    stems = {os.path.splitext(os.path.basename(str(p)))[0] for p in slow}
    if (len(slow) <= INGEST_CHUNK or ingest_options.get("skip_invalid") or len(stems) != len(slow)
            or not all(str(p) in shas for p in slow)):
        return [slow]
    return [slow[k:k + INGEST_CHUNK] for k in range(0, len(slow), INGEST_CHUNK)]


def _head(path: str, sha: str, cache: Cache) -> Loaded | None:
    """The article of a one-article file, from its cached head (None: the cache has none)."""
    head = cache.head(sha, os.path.splitext(os.path.basename(path))[0])
    if head is None:
        return None
    published = dt.date.fromisoformat(head.published) if head.published else None
    info = ArticleInfo(id=head.id, path=path, published=published, language=head.language, **head.source)
    return Loaded(path, sha, info, fids=head.fids, labels=head.labels)


def _read(paths: list[str | Path], shas: dict[str, str], cache: Cache, ingest_options: dict,
          others: bool) -> list[Loaded]:
    """The articles of ``paths`` through ingest, with their cached features when the cache has them.
    ``others``: other articles were found, so that nothing readable here is not an error."""
    if not paths:
        return []
    try:
        read = ingest.load_articles(paths, **ingest_options)
    except InputError as exc:
        if others and ingest_options.get("skip_invalid") and str(exc).startswith("no articles"):
            return []
        raise
    out = []
    for a in read:
        x = Loaded(a.path, shas.get(a.path) or _article_key(a), info_of(a), article=a)
        head = cache.head(x.sha, x.info.id)
        if head is not None:
            x.fids, x.labels = head.fids, head.labels
        out.append(x)
    return out


def _known_file(name: str, cache: Cache, limit: int) -> tuple[str | None, bool]:
    """The sha of a one-article file within the size limit, and whether the cache's file index knew it
    (the file is unchanged) or it was read and hashed now; None for another kind of file, unreadable
    or too large."""
    if os.path.splitext(name)[1].lower() not in ONE_ARTICLE_SUFFIXES:
        return None, False
    try:
        st = os.stat(name)
    except OSError:
        return None, False
    if not stat.S_ISREG(st.st_mode) or st.st_size > limit:  # a FIFO is never opened here
        return None, False
    where = name if os.path.isabs(name) else os.path.abspath(name)
    sha = cache.known_sha(where, st)
    if sha is not None:
        return sha, True
    data = ingest.peek_bytes(Path(name), limit)
    if data is None:
        return None, False
    sha = text_key(data)
    cache.remember_sha(where, st, sha)
    return sha, False


def full(item: Loaded, cache: Cache) -> tuple[Article, list[Clause]]:
    """The article's text and clauses (from the cache, or computed again)."""
    if item.article is not None and item.clauses is not None:
        return item.article, item.clauses
    got = cache.work(item.sha, item.info.id)
    if got is not None:
        art, clauses = got
        return art.model_copy(update={"path": str(item.path)}), clauses
    art = item.article or next(a for a in ingest.load_articles([item.path]) if a.id == item.info.id)
    return art, pipeline.article_stage(art)[1]
