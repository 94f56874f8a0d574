"""Cue lists: the phrases of one lexicon list with their folded token forms, and the pydantic type a
language data file's list of strings validates into."""
from __future__ import annotations

from functools import cached_property
from typing import Annotated, Any

from pydantic import BeforeValidator

from .text import WORD_RE, fold


class Cues:
    """The cue phrases of one lexicon list, as written, with their folded token forms (computed once)."""

    def __init__(self, items: tuple[str, ...] = ()) -> None:
        self.items = items

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Cues({list(self.items)!r})"

    @cached_property
    def phrases(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(cue, folded tokens), longest first (ties keep the file's order)."""
        out = [(c, tuple(WORD_RE.findall(fold(c)))) for c in self.items]
        return tuple(sorted(((c, t) for c, t in out if t), key=lambda ct: -len(ct[1])))

    @cached_property
    def words(self) -> frozenset[str]:
        """The single-word cues, folded (multi-word cues are skipped)."""
        return frozenset(t[0] for _, t in self.phrases if len(t) == 1)

    @cached_property
    def by_first(self) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
        """The phrases indexed by their first folded word (longest first within each entry)."""
        out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for cue, phrase in self.phrases:
            out.setdefault(phrase[0], []).append((cue, phrase))
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def firsts(self) -> frozenset[str]:
        return frozenset(self.by_first)


NO_CUES = Cues()


def to_cues(value: Any) -> Cues:
    if isinstance(value, Cues):
        return value
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise ValueError("must be a list of strings")
    return Cues(tuple(value))


CueList = Annotated[Cues, BeforeValidator(to_cues)]
Words = tuple[str, ...]
