"""Story clustering: which articles of a feed report the same story.

Each article is reduced to a set of features (``features.features``): the places it names (gazetteer keys, so
"Tripoli" and "طرابلس" are one feature; a name several places bear counts for each of them, since one
script's spelling may resolve to another namesake than the other's), the consonant skeletons of its
content words (persons.skeleton: "Ramadan" and "رمضان", "Darchiev" and "دارشييف" meet across
scripts; rare words of either script),
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
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .features import KIND_CODES, KIND_SHIFT, LABEL_SEP, encode

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
# Weights of the feature kinds relative to a content word.
KIND_WEIGHTS = {"p": 2.0, "d": 2.0, "v": 1.5, "n": 1.0}
# The kinds that cross scripts unchanged: a pair's score is the larger of the cosine over all features
# and the cosine over these alone (an Arabic and an English report share few words, but the places,
# dates and figures).
ENTITY_KINDS = ("p", "d", "v")
# Semantic neighbours (optional): cosine of lead embeddings at which a pair becomes a candidate, the
# share of the final score the cosine takes and rows per numpy block (the lead: ``features.LEAD_CHARS``).
SEMANTIC_MIN_COSINE = 0.6
SEMANTIC_WEIGHT = 0.3
SEMANTIC_BLOCK_ROWS = 1024


_KIND_WEIGHT = np.array([KIND_WEIGHTS[k] for k in sorted(KIND_CODES, key=KIND_CODES.get)])
_ENTITY_CODES = np.array([KIND_CODES[k] for k in ENTITY_KINDS])


@dataclass
class Item:
    """One article as the clusterer sees it."""

    id: str
    published: dt.date | None
    fids: np.ndarray                   # its features' ids (feature_id), sorted
    labels: str = ""                   # their readable labels, in the same order, joined by LABEL_SEP
    vector: np.ndarray | None = None   # unit lead embedding, when semantic clustering is on
    key: str = ""                      # the article's content key (its cached sha): story labels can be reused
    _split: list[str] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, id: str, published: dt.date | None, features: dict[str, str],
           vector: np.ndarray | None = None) -> "Item":
        fids, labels = encode(features)
        return cls(id, published, fids, labels, vector)

    def label(self, fid: int) -> str | None:
        """The readable label of feature ``fid``, or None when the article does not have it."""
        k = int(np.searchsorted(self.fids, fid))
        if k < len(self.fids) and self.fids[k] == fid:
            if self._split is None:
                self._split = self.labels.split(LABEL_SEP)
            return self._split[k]
        return None


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
    known_labels: dict[str, str] = field(default_factory=dict)   # the stories' labels by label key


@dataclass
class Index:
    """The run's features as arrays: each (article, feature) occurrence, and each distinct feature's
    document frequency and weight (a smoothed idf times its kind's weight; 0 when not indexed)."""

    rows: np.ndarray       # the article of each occurrence (ascending)
    feat: np.ndarray       # its feature, an index into ``ids``
    ids: np.ndarray        # the distinct feature ids, sorted
    df: np.ndarray
    weight: np.ndarray
    by_feature: np.ndarray  # the occurrences ordered by feature, then article: the posting lists

    @classmethod
    def build(cls, items: list[Item]) -> "Index":
        n = len(items)
        lens = np.fromiter((len(it.fids) for it in items), dtype=np.int64, count=n)
        allf = np.concatenate([it.fids for it in items]) if lens.sum() else np.zeros(0, dtype=np.int64)
        by_feature = np.argsort(allf, kind="stable")
        ordered = allf[by_feature]
        first = np.r_[True, ordered[1:] != ordered[:-1]] if len(ordered) else np.zeros(0, dtype=bool)
        ids = ordered[first]
        feat = np.empty(len(allf), dtype=np.int64)
        feat[by_feature] = np.cumsum(first) - 1
        df = np.bincount(feat, minlength=len(ids))
        indexed = (df >= 2) & (df <= MAX_FEATURE_DF)
        weight = np.where(indexed, _KIND_WEIGHT[ids >> KIND_SHIFT] * np.log(1.0 + n / np.maximum(df, 1)), 0.0)
        return cls(np.repeat(np.arange(n), lens), feat, ids, df, weight, by_feature)

    def kinds(self, codes: np.ndarray) -> np.ndarray:
        """Whether each distinct feature is of one of the kind ``codes``."""
        return np.isin(self.ids >> KIND_SHIFT, codes)


@lru_cache(maxsize=MAX_FEATURE_DF + 1)
def _triu(k: int) -> tuple[np.ndarray, np.ndarray]:
    return np.triu_indices(k, 1)


def candidate_pairs(items: list[Item], index: Index) -> dict[tuple[int, int], float]:
    """For every pair sharing an indexed feature (inverted index), the larger of the cosine of their
    weighted features and the cosine of their ENTITY_KINDS features alone."""
    n = len(items)
    w2 = index.weight ** 2
    ew2 = np.where(index.kinds(_ENTITY_CODES), w2, 0.0)
    norms = np.bincount(index.rows, weights=w2[index.feat], minlength=n)
    entity_norms = np.bincount(index.rows, weights=ew2[index.feat], minlength=n)
    # every indexed feature's posting list (its articles, ascending) gives all its pairs, a block of
    # lists of one length at a time
    occ = index.by_feature[index.weight[index.feat[index.by_feature]] > 0]
    rows, feat = index.rows[occ], index.feat[occ]
    starts = np.flatnonzero(np.r_[True, feat[1:] != feat[:-1]]) if len(feat) else np.zeros(0, dtype=np.int64)
    sizes = np.diff(np.r_[starts, len(feat)])
    keys, feats = [], []
    for k in np.unique(sizes).tolist():
        s = starts[sizes == k]
        members = rows[s[:, None] + np.arange(k)]
        a, b = _triu(k)
        keys.append((members[:, a] * n + members[:, b]).ravel())
        feats.append(np.repeat(feat[s], len(a)))
    if not keys:
        return {}
    pairs, inv = np.unique(np.concatenate(keys), return_inverse=True)
    shared = np.concatenate(feats)
    inv = inv.reshape(-1)
    i, j = pairs // n, pairs % n
    sims = np.bincount(inv, weights=w2[shared]) / np.sqrt(norms[i] * norms[j])
    edots = np.bincount(inv, weights=ew2[shared], minlength=len(pairs))
    has = edots > 0
    sims[has] = np.maximum(sims[has], edots[has] / np.sqrt(entity_norms[i[has]] * entity_norms[j[has]]))
    return dict(zip(zip(i.tolist(), j.tolist()), sims.tolist()))


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


def cluster(items: list[Item], threshold: float = STORY_THRESHOLD, known_labels: dict[str, str] | None = None) -> Result:
    """Group the items into stories (see the module's docstring). ``known_labels``: story labels of an
    earlier run by label key (``label_keys``), reused where a story's key is among them."""
    n = len(items)
    if n == 0:
        return Result([], [])
    index = Index.build(items)
    if threshold <= 0:
        everything = list(range(n))
        return Result([Story(everything, None, labels(items, [everything], index)[0])] if n > 1 else [],
                      [] if n > 1 else [0])
    # across scripts only names, places, dates and numbers can be shared: their own cosine counts too
    sims = candidate_pairs(items, index)
    scored = len(sims)
    if all(it.vector is not None for it in items) and n > 1:
        vecs = np.stack([it.vector for it in items])
        sem = semantic_neighbours(vecs)
        for (i, j) in set(sims) | set(sem):
            cos = sem.get((i, j), float(vecs[i] @ vecs[j]))
            sims[(i, j)] = (1 - SEMANTIC_WEIGHT) * sims.get((i, j), 0.0) + SEMANTIC_WEIGHT * cos
        scored = len(sims)
    return link(items, sims, threshold, index, scored, known_labels)


def _strongest_first(sims: dict[tuple[int, int], float], threshold: float) -> list[tuple[tuple[int, int], float]]:
    """The pairs scoring at least ``threshold``, strongest first (ties by pair)."""
    strong = [(pair, s) for pair, s in sims.items() if s >= threshold]
    strong.sort(key=lambda kv: (-kv[1], kv[0]))
    return strong


def link(items: list[Item], sims: dict[tuple[int, int], float], threshold: float, index: Index,
         scored: int, known_labels: dict[str, str] | None = None) -> Result:
    """Average-linkage clustering of the items over the scored pairs ``sims`` (i < j)."""
    n = len(items)
    parent = list(range(n))
    members = [[x] for x in range(n)]             # of each group's root
    span = [(it.published, it.published) if it.published else None for it in items]
    adjacency: list[dict[int, float]] = []        # made only if a large group needs it

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    early = not sims or min(sims.values()) >= 0     # (a partial sum only grows: it may stop early)

    def linked(a: int, b: int) -> bool:
        """Whether the mean score of all pairs across groups a and b reaches the average-link bar
        (summing stops as soon as it does, when no score is negative)."""
        small, big = (members[a], members[b]) if len(members[a]) <= len(members[b]) else (members[b], members[a])
        need = threshold * AVERAGE_LINK_SHARE * len(small) * len(big)
        total = 0.0
        if len(small) * len(big) <= LINK_LOOKUPS:
            for x in small:
                for y in big:
                    total += sims.get((x, y) if x < y else (y, x), 0.0)
                if early and total >= need:
                    return True
            return total >= need
        if not adjacency:
            adjacency.extend(_adjacency(sims, n))
        other = find(big[0])
        for x in small:
            total += sum(v for y, v in adjacency[x].items() if find(y) == other)
            if early and total >= need:
                return True
        return total >= need

    for (i, j), s in _strongest_first(sims, threshold):
        a, b = find(i), find(j)
        if a == b or _too_far(span[a], span[b]) or not linked(a, b):
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        parent[b] = a
        members[a] += members[b]
        members[b] = []
        if span[b] is not None:
            span[a] = span[b] if span[a] is None else (min(span[a][0], span[b][0]), max(span[a][1], span[b][1]))
    groups: dict[int, list[int]] = defaultdict(list)
    for x in range(n):
        groups[find(x)].append(x)
    unassigned = [m[0] for m in groups.values() if len(m) == 1]
    multi = sorted((m for m in groups.values() if len(m) > 1), key=lambda m: items[m[0]].id)
    keys = label_keys(items, multi, index)
    known = known_labels or {}
    todo = [k for k, key in enumerate(keys) if key is None or key not in known]
    fresh = dict(zip(todo, labels(items, [multi[k] for k in todo], index)))
    stories, reusable = [], {}
    for k, group in enumerate(multi):
        label = fresh[k] if k in fresh else known[keys[k]]
        if keys[k] is not None:
            reusable[keys[k]] = label
        pairs = [(x, y) for j, x in enumerate(group) for y in group[j + 1:]]
        cohesion = sum(sims.get(p, 0.0) for p in pairs) / len(pairs)
        stories.append(Story(group, round(cohesion, 4), label))
    return Result(stories, sorted(unassigned, key=lambda m: items[m].id), scored, reusable)


# Two groups' linkage is summed pair by pair up to this many pairs, over their members' neighbour lists
# beyond (large groups, at low thresholds): the cost of one check stays bounded either way.
LINK_LOOKUPS = 256


def _adjacency(sims: dict[tuple[int, int], float], n: int) -> list[dict[int, float]]:
    """Each article's scored neighbours and scores (both directions of every pair)."""
    out: list[dict[int, float]] = [{} for _ in range(n)]
    if not sims:
        return out
    pairs = np.array(list(sims.keys()), dtype=np.int64)
    scores = np.fromiter(sims.values(), dtype=float, count=len(sims))
    rows = np.concatenate([pairs[:, 0], pairs[:, 1]])
    cols = np.concatenate([pairs[:, 1], pairs[:, 0]])
    vals = np.concatenate([scores, scores])
    order = np.argsort(rows, kind="stable")
    rows, cols, vals = rows[order], cols[order].tolist(), vals[order].tolist()
    bounds = np.searchsorted(rows, np.arange(n + 1)).tolist()
    for i in np.unique(rows).tolist():
        lo, hi = bounds[i], bounds[i + 1]
        out[i] = dict(zip(cols[lo:hi], vals[lo:hi]))
    return out


# Features named in a story's label, and the share of its articles a feature must appear in.
LABEL_FEATURES = 3
LABEL_MIN_SHARE = 0.5


# Multipliers mixing a feature id with its document frequency into one 64-bit word (label_keys).
_MIX_ID, _MIX_DF = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)


def label_keys(items: list[Item], stories: list[list[int]], index: Index) -> list[str | None]:
    """A key for each story's label: what the label depends on, hashed. That is its articles in order
    (their content keys fix their features and the labels' texts) and the document frequencies of their
    features in this run (they order the candidates). None when an article has no content key."""
    n = len(items)
    mixed = (index.ids[index.feat].astype(np.uint64) * _MIX_ID) ^ (index.df[index.feat].astype(np.uint64) * _MIX_DF)
    starts = np.searchsorted(index.rows, np.arange(n))
    has = starts < np.r_[starts[1:], len(mixed)]
    sums = np.zeros(n, dtype=np.uint64)
    if has.any():
        sums[has] = np.add.reduceat(mixed, starts[has])   # (wraps modulo 2**64: a hash, not a count)
    sig = sums.tolist()
    out: list[str | None] = []
    for members in stories:
        if any(not items[m].key for m in members):
            out.append(None)
            continue
        text = "\n".join(f"{items[m].key} {sig[m]}" for m in members)
        out.append(hashlib.blake2b(text.encode(), digest_size=16).hexdigest())
    return out


def labels(items: list[Item], stories: list[list[int]], index: Index) -> list[str]:
    """Each story's label: a few features most of its articles share (at least LABEL_MIN_SHARE of them,
    and two), places first, then names, dates and figures, the rarest in the run first."""
    n_feats = len(index.ids)
    story_of = np.full(len(items), -1)
    for k, members in enumerate(stories):
        story_of[members] = k
    sel = story_of[index.rows] >= 0
    sel &= index.df[index.feat] > 1        # (only a feature of two articles can be shared)
    keys, counts = np.unique(story_of[index.rows[sel]] * n_feats + index.feat[sel], return_counts=True)
    story, feat = keys // n_feats, keys % n_feats
    need = np.maximum(2, LABEL_MIN_SHARE * np.array([len(m) for m in stories]))
    keep = counts >= need[story] if len(stories) else np.zeros(0, dtype=bool)
    story, feat, counts = story[keep], feat[keep], counts[keep]
    fid = index.ids[feat]
    order = np.lexsort((fid, index.df[feat] / counts, fid >> KIND_SHIFT, story))
    ranked = fid[order].tolist()
    bounds = np.searchsorted(story[order], np.arange(len(stories) + 1)).tolist()
    out: list[list[str]] = [[] for _ in stories]
    for k, names in enumerate(out):
        for f in ranked[bounds[k]:bounds[k + 1]]:
            text = next(t for t in (items[m].label(f) for m in stories[k]) if t is not None)
            if text not in names:
                names.append(text)
                if len(names) == LABEL_FEATURES:
                    break
    return [" · ".join(names) for names in out]
