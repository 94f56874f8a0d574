"""An article's story-clustering features (``features``): the places it names (gazetteer keys, so
"Tripoli" and "طرابلس" are one feature; a name several places bear counts for each of them), the
consonant skeletons of its content words (persons.skeleton: "Ramadan" and "رمضان" meet across
scripts), the full dates and the numbers it states; each kept as a 64-bit id with a readable label
(``encode``). ``cluster`` weights and compares them.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

import numpy as np

from ..lang import lexicon as lx
from ..lang.language import supported
from ..mentions import places, values
from ..mentions.persons import skeleton
from ..models import Article, Segment

# Skeletons shorter than this ("lb" for Libya) match too many unrelated words.
MIN_SKELETON_CHARS = 3
# Numbers below this (days, small counts) are too common to tell stories apart.
MIN_NUMBER = 10
# The optional semantic score reads the first this many characters of the body (``lead``).
LEAD_CHARS = 400
# Text kinds of the segments read for features: body and headlines, not page furniture.
FEATURE_SEGMENT_KINDS = ("body", "heading")


@lru_cache(maxsize=None)
def _stopwords() -> frozenset[str]:
    """The stopwords of every supported language (articles of any of them are clustered together)."""
    return frozenset().union(*(lx.lexicon(code).stopwords.words for code in supported()))


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
        for other in m.namesakes:  # an ambiguous name ("تنجا": Tanga or Tunja) is evidence for each
            out.setdefault(f"p:{other}", m.name)
    for v in values.find_values(text, article.language, anchor=article.published):
        if v.kind == "date" and len(v.value) == len("2025-01-01"):
            out.setdefault(f"d:{v.value}", v.value)
        elif v.kind == "number" and v.low is not None and v.low == v.high and v.low >= MIN_NUMBER:
            out.setdefault(f"v:{v.value}", v.value)
    toks = lx.tokenize(text, article.language)
    for k in range(len(toks)):
        nat = lx.nationality_at(toks, k, article.language)   # "البريطاني", "British": the country, as "Britain's" names it
        if nat is not None:
            out.setdefault(f"p:country:{nat[0]}", text[toks[k].start:toks[k + nat[1] - 1].end])
    words = _word_features(article.language)
    for tok in toks:
        sk = words.get(tok.form)
        if sk is None:
            sk = _word_feature(tok, words)
        if sk:
            out.setdefault(f"n:{sk}", text[tok.start:tok.end])
    return out


# Distinct word forms per language whose feature ``_word_feature`` keeps (emptied when full). A word
# recurs across an article and the corpus: read once, the words' features of benchmarks/run.py's 1,000
# articles take 0.08 s instead of 0.25 s.
WORD_FEATURES_KEPT = 200_000
_WORD_FEATURES: dict[str, dict[str, str]] = {}


def _word_features(lang: str) -> dict[str, str]:
    """The kept word features of ``lang``: folded form -> its skeleton, or "" for no feature."""
    return _WORD_FEATURES.setdefault(lang, {})


def _word_feature(tok: lx.Tok, words: dict[str, str]) -> str:
    """A token's word feature (its stem's skeleton; "" for a stopword, a number or a short skeleton),
    kept in ``words`` (a function of the form: the variants follow from it)."""
    stem = min(tok.variants, key=len)
    sk = ""
    if not (tok.form in _stopwords() or stem in _stopwords() or stem.isdigit()):
        skel = skeleton(stem)
        if len(skel) >= MIN_SKELETON_CHARS and skel.isalpha():
            sk = skel
    if len(words) >= WORD_FEATURES_KEPT:
        words.clear()
    words[tok.form] = sk
    return sk


# Features are kept as 64-bit ids (``feature_id``): the kind's code in the top bits (in the order labels
# name them: places, names, dates, figures), a BLAKE2b hash of the feature below. With 60 hash bits,
# a million distinct features collide with a probability under 1e-6, and a collision only adds one
# shared feature to a pair's score.
KIND_CODES = {"p": 0, "n": 1, "d": 2, "v": 3}
KIND_SHIFT = 60
_HASH_MASK = (1 << KIND_SHIFT) - 1
# Joins an article's feature labels into one string (the cache keeps them so, and a run splits only
# the few it names in story labels).
LABEL_SEP = "\x1f"
NO_FEATURES = np.zeros(0, dtype=np.int64)


def feature_id(feature: str) -> int:
    h = int.from_bytes(hashlib.blake2b(feature.encode(), digest_size=8).digest(), "little")
    return (KIND_CODES[feature[0]] << KIND_SHIFT) | (h & _HASH_MASK)


def encode(features: dict[str, str]) -> tuple[np.ndarray, str]:
    """An article's features (``features``) as sorted ids and their labels joined in the same order."""
    ids = {}
    for f, label in features.items():
        ids.setdefault(feature_id(f), label.replace(LABEL_SEP, " "))
    order = sorted(ids)
    return np.array(order, dtype=np.int64), LABEL_SEP.join(ids[i] for i in order)
