"""Single-source facts: the claims of a story nobody else states, and which claim of a clause stands
for it (a clause's structured claims represent it; a title only when the clause is mostly that
title)."""
from __future__ import annotations

import bisect
from collections import defaultdict
from typing import Iterable, Iterator

from . import compare
from ..extract.normalize import STATEMENT_MAX_COVERED
from ..kinds.region import circumstance
from ..models import Claim, Finding


class SpanIndex:
    """The spans of claims per article, sorted by start: which spans lie within [start, end]? Looked
    up by bisection (a long article's statements each ask; scanning every span made it quadratic)."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.inverted: dict[str, list[tuple[int, int]]] = defaultdict(list)  # end < start: scanned
        for c in claims:
            (spans if c.start <= c.end else self.inverted)[c.article].append((c.start, c.end))
        self.spans = {a: sorted(v) for a, v in spans.items()}
        self.starts = {a: [s for s, _ in v] for a, v in self.spans.items()}

    def within(self, article: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        spans = self.spans.get(article, [])
        # a span within [start, end] starts in it (its end is not before its start)
        for k in range(bisect.bisect_left(self.starts.get(article, []), start), len(spans)):
            s, e = spans[k]
            if s > end:
                break
            if e <= end:
                yield s, e
        yield from ((s, e) for s, e in self.inverted.get(article, ()) if start <= s and e <= end)

    def holds_one_within(self, article: str, start: int, end: int) -> bool:
        return next(self.within(article, start, end), None) is not None

    def longest_within(self, article: str, start: int, end: int) -> int:
        """The length of the longest span within [start, end] (0: none)."""
        return max((e - s for s, e in self.within(article, start, end)), default=0)


def single_source(claims: list[Claim], taken: set[str]) -> list[Finding]:
    """The single-source findings of a story's claims, but for those ``taken`` (in a finding already,
    or standing beside one): structured claims nobody else states; a bare statement only when its
    clause yielded nothing structured (a title counts only when it spans most of the clause)."""
    # a title and a direction (where a place or the event lies) are circumstances of a clause, not what it tells
    structured = SpanIndex(c for c in claims if c.property not in ("statement", "role") and not circumstance(c))
    titles = SpanIndex(c for c in claims if c.property == "role")
    out = []
    for c in claims:
        if c.id in taken or circumstance(c):
            continue   # (a direction nobody else states is told by its clause's statement)
        if c.property == "statement" and structured.holds_one_within(c.article, c.start, c.end):
            continue  # a statement whose clause also yielded structured claims is represented by those
        if c.property == "statement" and \
                titles.longest_within(c.article, c.start, c.end) >= STATEMENT_MAX_COVERED * (c.end - c.start):
            continue  # ... or by the title it mostly is ("according to the Russian ambassador X"); a title
            # in a clause that says more ("Captain X left the match injured") does not stand for it
        out.append(compare.unsupported(c))
    return out
