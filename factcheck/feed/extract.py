"""``factcheck extract`` on a feed: the articles are grouped into stories as ``report`` groups them
(desk.start: the same clustering, worker processes, the work cache and the progress bar), and each
story is saved into the claim base as one transaction (extraction.save).

Story names:
- ``--story NAME``: the articles are one story, NAME (no clustering: the editor says so);
- one story (or a single article): the name of the folder or file given (store.default_story);
- several: each story is named after its label (the features most of its articles share, cluster.py),
  and an article that fits no story after its id; a name already taken in the run gets "-2", "-3"...
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from . import run as desk
from ..claimbase import extraction, store
from .engines import Progress, make_engine

# A label becomes a file name: runs of characters other than letters, digits, '.', '-' become '_'.
NAME_JUNK = re.compile(r"[^\w.-]+")
# Longest story name made from a label, in characters (file names are limited to 255 bytes; an Arabic
# letter is two bytes in UTF-8, and the atomic writer's temporary name adds about 30).
MAX_LABEL_NAME_CHARS = 80
# The name of a story whose label gives no usable characters: this prefix and its position in the run.
FALLBACK_PREFIX = "story"


def label_name(label: str, fallback: str) -> str:
    """A story name (store.STORY_NAME) made from a story's label."""
    name = NAME_JUNK.sub("_", label).strip("_.-")[:MAX_LABEL_NAME_CHARS].rstrip("_.-")
    return name if name and store.STORY_NAME.match(name) else fallback


def unique(name: str, used: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3``... when the run already used it."""
    candidate, k = name, 1
    while candidate in used:
        k += 1
        candidate = f"{name}-{k}"
    used.add(candidate)
    return candidate


def extract(paths: list[str | Path], root: Path, story: str | None = None, options: desk.Options | None = None,
            progress: Progress | None = None) -> list[extraction.ExtractResult]:
    """Group the articles under ``paths`` into stories and save each into the claim base at ``root``
    (one transaction per story); the results in the order of the stories, then of the lone articles."""
    opts = options or desk.Options()
    extraction.validated(Path(root))    # a broken base is reported before any work (and again under the lock)
    if story is not None:
        store.check_story_name(story)
        opts = replace(opts, story_threshold=0.0)      # 0: all the articles are one story
    results = []
    with make_engine(opts.engine, opts.jobs, opts.scheduler) as engine:
        run = desk.start([str(p) for p in paths], opts, engine, progress)
        single = run.stats.stories + run.stats.unassigned == 1
        used: set[str] = set()
        for k, piece in enumerate(run.pieces, start=1):
            if story is not None or single:
                name = story or store.check_story_name(store.default_story(paths))
            elif piece.story is not None:
                name = label_name(piece.story.label, f"{FALLBACK_PREFIX}-{k}")
            else:
                name = label_name(piece.articles[0], f"{FALLBACK_PREFIX}-{k}")
            articles, rep = desk.piece_report(run, piece)
            results.append(extraction.save(root, articles, rep, unique(name, used)))
    return results
