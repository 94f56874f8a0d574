"""The library's entry point for Python users (exported by ``factcheck/__init__.py``): articles in,
a Report out, as ``factcheck report`` makes it."""
from __future__ import annotations

import os
from typing import Iterable, Union

from .models import Article, Report

Source = Union[str, os.PathLike, Iterable[Union[str, os.PathLike]], Iterable[Article]]


def _paths(source: Source) -> list[str] | None:
    """The paths ``source`` names, or None when it is a list of articles."""
    if isinstance(source, (str, os.PathLike)):
        return [os.fspath(source)]
    items = list(source)
    if all(isinstance(x, Article) for x in items) and items:
        return None
    if any(isinstance(x, Article) for x in items):
        raise TypeError("analyze: give paths or articles, not both")
    return [os.fspath(x) for x in items]


def analyze(source: Source, *, story_threshold: float | None = None, jobs: int = 1, skip_invalid: bool = False,
            max_bytes: int | None = None) -> Report:
    """The report on ``source``: paths (files or folders, as ``factcheck report`` takes them) are
    grouped into stories first, as ``factcheck report --no-cache`` groups them (``story_threshold``:
    similarity 0-1 above which articles are one story; 0: all one story); articles already loaded
    (``Article`` objects, e.g. from ``load_articles``) are taken as one story. Bad input raises
    InputError (a FactcheckError), or with ``skip_invalid`` is left out."""
    paths = _paths(source)
    if paths is None:
        from . import pipeline
        return pipeline.analyze(list(source))
    from .feed import cluster, run as desk
    options = desk.Options(story_threshold=cluster.STORY_THRESHOLD if story_threshold is None else story_threshold,
                           jobs=jobs, ingest=dict(skip_invalid=skip_invalid, max_bytes=max_bytes))
    return desk.report(paths, options)
