"""Story clustering: which articles of a feed report the same story.

Each article is reduced to a set of features (``features``): the places it names (gazetteer keys, so
"Derna" and "درنة" are one feature), the consonant skeletons of its content words (persons.skeleton:
"Ramadan" and "رمضان", "Darchiev" and "دارشييف" meet across scripts; rare words of either script),
the full dates and the numbers it states. Features are weighted by a smoothed inverse document
frequency over the run, places, dates and numbers weighted up (they pin a story down better than
wording).

Candidate pairs come from an inverted index over the features: two articles are scored only when
they share a feature that at most ``MAX_FEATURE_DF`` articles have (a feature in more articles, a
country or a common word, identifies no story and is ignored, in the scores too). The number of
scored pairs grows with the sum over features of df², bounded by ``MAX_FEATURE_DF`` times the number
of feature occurrences: linear in the corpus, never all pairs. Optional sentence embeddings of each
article's lead add a semantic score, computed block-wise with numpy (``semantic_neighbours``).

Clustering is average-linkage over the sparse similarity graph: pairs at or above the story
threshold are taken strongest first, and two groups merge only when the mean similarity of all
their article pairs (pairs never scored count as 0) reaches ``AVERAGE_LINK_SHARE`` of the threshold,
so one strong link cannot chain two stories together. Articles with known publication dates further
apart than ``STORY_WINDOW_DAYS`` never merge. An article that joins no other is listed as fitting no
story.
"""
from __future__ import annotations

import datetime as dt
import itertools
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import KeysView

import numpy as np

from . import lexicon as lx
from . import places, values
from .models import Article, Segment
from .persons import skeleton

# --story-threshold's default: the similarity (0..1: the larger of the weighted cosine of all features
# and of places, dates and figures alone) two articles need to be one story. Calibrated on the
# benchmark corpus (benchmarks/make_corpus.py: stories of one template differ only in names, places,
# dates and figures): pairwise precision / recall of the stories 0.88 / 0.93 at 600 articles and
# 0.92 / 0.91 at 1,200 (0.3: 0.81-0.86 / 0.93; 0.5: 0.97-0.98 / 0.88-0.90), and on the seeds and the
# two shared stories (three stories, as they should be). 0 puts every article in one story; 1 leaves
# every article alone.
STORY_THRESHOLD = 0.4
# Two groups merge when the mean similarity of all their article pairs reaches this share of the
# threshold (average linkage): an article must resemble about half of a story, not one member.
AVERAGE_LINK_SHARE = 0.5
# Articles with known publication dates further apart than this are never one story.
STORY_WINDOW_DAYS = 14
# A feature carried by more articles than this identifies no story (a country, a common word): it is
# left out of the index and of the scores. Also bounds the pairs one feature can propose (df²/2).
MAX_FEATURE_DF = 25
# Skeletons shorter than this ("lb" for Libya) match too many unrelated words.
MIN_SKELETON_CHARS = 3
# Numbers below this (days, small counts) are too common to tell stories apart.
MIN_NUMBER = 10
# Weights of the feature kinds relative to a content word.
KIND_WEIGHTS = {"p": 2.0, "d": 2.0, "v": 1.5, "n": 1.0}
# The kinds that cross scripts unchanged: a pair's score is the larger of the cosine over all features
# and the cosine over these alone (an Arabic and an English report share few words, but the places,
# dates and figures).
ENTITY_KINDS = ("p", "d", "v")
# Semantic neighbours (optional): cosine of lead embeddings at which a pair becomes a candidate, the
# share of the final score the cosine takes, rows per numpy block, and the lead's length.
SEMANTIC_MIN_COSINE = 0.6
SEMANTIC_WEIGHT = 0.3
SEMANTIC_BLOCK_ROWS = 1024
LEAD_CHARS = 400
# Text kinds of the segments read for features: body and headlines, not page furniture.
FEATURE_SEGMENT_KINDS = ("body", "heading")


@lru_cache(maxsize=None)
def _stopwords() -> frozenset[str]:
    return lx.word_set("ar", "stopwords") | lx.word_set("en", "stopwords")


def feature_text(article: Article, segments: list[Segment]) -> str:
    """The body and headlines of an article (its furniture left out), one line per segment."""
    return "\n".join(article.text[s.start:s.end] for s in segments if s.kind in FEATURE_SEGMENT_KINDS)


def lead(article: Article, segments: list[Segment]) -> str:
    """The first LEAD_CHARS characters of the body: what the optional embedding reads."""
    return feature_text(article, segments)[:LEAD_CHARS]


def features(article: Article, segments: list[Segment]) -> dict[str, str]:
    """The article's clustering features, each with a readable label (a surface form or a name)."""
    text = feature_text(article, segments)
    out: dict[str, str] = {}
    for m in places.find_places(text):
        out.setdefault(f"p:{m.key}", m.name)
    for v in values.find_values(text, article.language, anchor=article.published):
        if v.kind == "date" and len(v.value) == len("2025-01-01"):
            out.setdefault(f"d:{v.value}", v.value)
        elif v.kind == "number" and v.low is not None and v.low == v.high and v.low >= MIN_NUMBER:
            out.setdefault(f"v:{v.value}", v.value)
    stop = _stopwords()
    for tok in lx.tokenize(text, article.language):
        stem = min(tok.variants, key=len)
        if tok.form in stop or stem in stop or stem.isdigit():
            continue
        sk = skeleton(stem)
        if len(sk) >= MIN_SKELETON_CHARS and sk.isalpha():
            out.setdefault(f"n:{sk}", text[tok.start:tok.end])
    return out


@dataclass
class Item:
    """One article as the clusterer sees it."""

    id: str
    published: dt.date | None
    features: dict[str, str]
    vector: np.ndarray | None = None   # unit lead embedding, when semantic clustering is on


@dataclass
class Story:
    members: list[int]                 # indexes into the items, sorted
    cohesion: float | None             # mean pair similarity (None for one article)
    label: str = ""


@dataclass
class Result:
    stories: list[Story]               # groups of two or more articles, in order of their first article
    unassigned: list[int]              # articles that fit no story
    pairs_scored: int = 0              # candidate article pairs scored (the blocking's comparisons)


def _weights(items: list[Item], df: Counter) -> dict[str, float]:
    n = len(items)
    return {f: KIND_WEIGHTS[f[0]] * math.log(1.0 + n / c) for f, c in df.items() if 2 <= c <= MAX_FEATURE_DF}


@lru_cache(maxsize=MAX_FEATURE_DF + 1)
def _triu(k: int) -> tuple[np.ndarray, np.ndarray]:
    return np.triu_indices(k, 1)


def candidate_pairs(items: list[Item], weights: dict[str, float]) -> dict[tuple[int, int], float]:
    """For every pair sharing an indexed feature (inverted index), the larger of the cosine of their
    weighted features and the cosine of their ENTITY_KINDS features alone (one pass over the items)."""
    postings: dict[str, list[int]] = defaultdict(list)
    norms, entity_norms = np.zeros(len(items)), np.zeros(len(items))
    indexed = weights.keys()
    for i, it in enumerate(items):
        for f in sorted(it.features.keys() & indexed):   # (sorted: the sums do not depend on set order)
            w = weights[f]
            postings[f].append(i)
            norms[i] += w * w
            if f[0] in ENTITY_KINDS:
                entity_norms[i] += w * w
    n = len(items)
    keys, sims = _cosines(postings, weights, norms, n)
    ekeys, esims = _cosines({f: p for f, p in postings.items() if f[0] in ENTITY_KINDS}, weights, entity_norms, n)
    keys, sims = np.concatenate([keys, ekeys]), np.concatenate([sims, esims])
    if not len(keys):
        return {}
    order = np.lexsort((-sims, keys))           # by pair, the larger score first
    keys, sims = keys[order], sims[order]
    first = np.ones(len(keys), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    keys, sims = keys[first], sims[first]
    return dict(zip(zip((keys // n).tolist(), (keys % n).tolist()), sims.tolist()))


def _cosines(postings: dict[str, list[int]], weights: dict[str, float], norms: np.ndarray,
             n: int) -> tuple[np.ndarray, np.ndarray]:
    """(pair keys i*n+j with i < j, cosines) of the pairs sharing a posting list's feature."""
    rows, cols, vals = [], [], []
    for f, posting in postings.items():
        a, b = _triu(len(posting))
        p = np.asarray(posting)
        rows.append(p[a])
        cols.append(p[b])
        vals.append(np.full(len(a), weights[f] ** 2))
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    key = np.concatenate(rows).astype(np.int64) * n + np.concatenate(cols)
    uniq, inv = np.unique(key, return_inverse=True)
    dots = np.bincount(inv, weights=np.concatenate(vals))
    return uniq, dots / np.sqrt(norms[uniq // n] * norms[uniq % n])


def semantic_neighbours(vecs: np.ndarray, min_cosine: float = SEMANTIC_MIN_COSINE) -> dict[tuple[int, int], float]:
    """Pairs (i < j) whose unit vectors have at least ``min_cosine``, computed SEMANTIC_BLOCK_ROWS
    rows at a time so that memory stays at one block of the similarity matrix."""
    out: dict[tuple[int, int], float] = {}
    for lo in range(0, len(vecs), SEMANTIC_BLOCK_ROWS):
        block = vecs[lo:lo + SEMANTIC_BLOCK_ROWS] @ vecs.T
        for r, c in zip(*np.nonzero(block >= min_cosine)):
            i = lo + int(r)
            if i < c:
                out[(i, int(c))] = float(block[r, c])
    return out


def result_to_dict(res: Result) -> dict:
    """A Result as JSON-ready data (the cache keeps the last run's)."""
    return {"stories": [[s.members, s.cohesion, s.label] for s in res.stories], "unassigned": res.unassigned,
            "pairs_scored": res.pairs_scored}


def result_from_dict(d: dict) -> Result:
    return Result([Story(list(m), c, label) for m, c, label in d["stories"]], list(d["unassigned"]),
                  int(d["pairs_scored"]))


def _too_far(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    if a is None or b is None:
        return False
    return (max(a[1], b[1]) - min(a[0], b[0])).days > STORY_WINDOW_DAYS


def cluster(items: list[Item], threshold: float = STORY_THRESHOLD) -> Result:
    """Group the items into stories (see the module's docstring)."""
    n = len(items)
    if n == 0:
        return Result([], [])
    if threshold <= 0:
        everything = Story(list(range(n)), None, _label(items, list(range(n)), Counter()))
        return Result([everything] if n > 1 else [], [] if n > 1 else [0])
    df = Counter(itertools.chain.from_iterable(it.features for it in items))
    weights = _weights(items, df)
    # across scripts only names, places, dates and numbers can be shared: their own cosine counts too
    sims = candidate_pairs(items, weights)
    scored = len(sims)
    if all(it.vector is not None for it in items) and n > 1:
        vecs = np.stack([it.vector for it in items])
        sem = semantic_neighbours(vecs)
        for (i, j) in set(sims) | set(sem):
            cos = sem.get((i, j), float(vecs[i] @ vecs[j]))
            sims[(i, j)] = (1 - SEMANTIC_WEIGHT) * sims.get((i, j), 0.0) + SEMANTIC_WEIGHT * cos
        scored = len(sims)
    return link(items, sims, threshold, df, scored)


def _strongest_first(sims: dict[tuple[int, int], float], threshold: float) -> list[tuple[tuple[int, int], float]]:
    """The pairs scoring at least ``threshold``, strongest first (ties by pair)."""
    strong = [(pair, s) for pair, s in sims.items() if s >= threshold]
    strong.sort(key=lambda kv: (-kv[1], kv[0]))
    return strong


def link(items: list[Item], sims: dict[tuple[int, int], float], threshold: float, df: Counter,
         scored: int) -> Result:
    """Average-linkage clustering of the items over the scored pairs ``sims`` (i < j)."""
    n = len(items)
    parent = list(range(n))
    size = [1] * n
    link: list[dict[int, float]] = [defaultdict(float) for _ in range(n)]
    span = [(it.published, it.published) if it.published else None for it in items]
    for (i, j), s in sims.items():
        link[i][j] += s
        link[j][i] += s

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (i, j), s in _strongest_first(sims, threshold):
        a, b = find(i), find(j)
        if a == b or _too_far(span[a], span[b]):
            continue
        if link[a].get(b, 0.0) / (size[a] * size[b]) < threshold * AVERAGE_LINK_SHARE:
            continue
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a
        size[a] += size[b]
        if span[b] is not None:
            span[a] = span[b] if span[a] is None else (min(span[a][0], span[b][0]), max(span[a][1], span[b][1]))
        for c, v in link[b].items():
            if c != a:
                link[a][c] += v
                link[c][a] = link[a][c]
                link[c].pop(b, None)
        link[a].pop(b, None)
        link[b] = defaultdict(float)
    groups: dict[int, list[int]] = defaultdict(list)
    for x in range(n):
        groups[find(x)].append(x)
    stories, unassigned = [], []
    shared = {f: None for f, c in df.items() if c > 1}.keys() if df else None  # (a view: '&' walks the smaller side)
    for members in sorted(groups.values(), key=lambda m: items[m[0]].id):
        if len(members) == 1:
            unassigned.append(members[0])
            continue
        pairs = [(x, y) for k, x in enumerate(members) for y in members[k + 1:]]
        cohesion = sum(sims.get(p, 0.0) for p in pairs) / len(pairs)
        stories.append(Story(members, round(cohesion, 4), _label(items, members, df, shared)))
    return Result(stories, unassigned, scored)


# Features named in a story's label, and the share of its articles a feature must appear in.
LABEL_FEATURES = 3
LABEL_MIN_SHARE = 0.5


def _label(items: list[Item], members: list[int], df: Counter, shared: KeysView[str] | None = None) -> str:
    """A few features most of the story's articles share: places first, then dates and names.
    ``shared``: the features of more than one article (the only ones two members can share)."""
    feats = (items[m].features.keys() if shared is None else items[m].features.keys() & shared for m in members)
    counts = Counter(itertools.chain.from_iterable(feats))
    order = {"p": 0, "n": 1, "d": 2, "v": 3}
    need = max(2, LABEL_MIN_SHARE * len(members))
    common = [f for f, c in counts.items() if c >= need and f[0] in order]
    common.sort(key=lambda f: (order[f[0]], df[f] / max(1, counts[f]), f))
    labels = []
    for f in common:
        text = next(items[m].features[f] for m in members if f in items[m].features)
        if text not in labels:
            labels.append(text)
        if len(labels) == LABEL_FEATURES:
            break
    return " · ".join(labels)
