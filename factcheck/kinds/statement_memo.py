"""The statement pairs read within one story (``pairs_kept``): news copy repeats, so the same two
clauses meet again and again (on the benchmark corpus, benchmarks/run.py at 1,000 articles, 19,196 of
the 61,512 statement pairs judged are distinct). ``kinds.statement`` keeps each pair's reading here, by
all it reads of the two claims; outside a block nothing is kept (a data or threshold change between
two readings is then always seen)."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

_kept: dict[tuple, Any] | None = None


@contextmanager
def pairs_kept() -> Iterator[None]:
    """Keep the statement pairs read within the block until it ends (the outermost block)."""
    global _kept
    outer = _kept
    if outer is None:
        _kept = {}
    try:
        yield
    finally:
        if outer is None:
            _kept = None


def kept(key: tuple) -> Any:
    """The reading kept for ``key``, or None."""
    return None if _kept is None else _kept.get(key)


def keep(key: tuple, reading: Any) -> None:
    """Keep ``reading`` for ``key`` (within a ``pairs_kept`` block; else nothing)."""
    if _kept is not None:
        _kept[key] = reading
