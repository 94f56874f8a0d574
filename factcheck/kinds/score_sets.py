"""Set scores: one match told set by set, as tennis, volleyball, badminton and table tennis results
are written ("6-4, 3-6, 7-6 (7-5)", "6-4 6-3", "25-21, 23-25 and 25-19", "6-4 و3-6 و7-6 (7-5)").

A run of two or more digit pairs joined only by a comma, a semicolon, "and" / "و" or a space is one
score: the sets of one match, never separate scores of several matches (a set lost 3-6 is no clash
with a set won 6-4). A tie-break in brackets after a set belongs to it, both points ("(7-5)") or the
loser's points only ("(5)", the usual tennis notation: the winner of a tie-break has 7 points, or two
more than the loser past 5-5).

The normal form is the sets in order, told from the side that won more of them ("6-4,3-6,7-6(7-5)"),
each tie-break from the side of its set; the counts are the sets won and lost (2-1).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# The fewest sets that make a run a set score: one pair alone is an ordinary score (``kinds.score``).
MIN_SETS = 2
# Points a tie-break winner needs, and the lead they need past it (tennis rules: first to 7, by 2).
TIEBREAK_POINTS = 7
TIEBREAK_LEAD = 2

# One set: two counts of one or two digits and an optional tie-break in brackets.
_SET = r"(\d{1,2})\s?[-\u2013\u2014]\s?(\d{1,2})(?:\s?\((\d{1,2})(?:\s?[-\u2013\u2014]\s?(\d{1,2}))?\))?"
# What joins two sets of one match: a comma or semicolon (Latin or Arabic), "and" or the Arabic
# conjunction prefix "و", or a bare space.
_JOIN = r"(?:\s*[,;\u060c\u061b]\s*(?:and\s+|\u0648\s?)?|\s+(?:and\s+)?(?:\u0648\s?)?|\s*\u0648\s?)"
# Not part of a longer figure on either side (a date "2/1/2024", a clock time, a range "1-2,000").
_EDGE_BEFORE = r"(?<![\d:/.,\u066b\u066c\u2013\u2014-])"
_EDGE_AFTER = r"(?![\d:/%\u066a\u2013\u2014-]|[.,]\d)"
_RUN = re.compile(_EDGE_BEFORE + _SET + r"(?:" + _JOIN + _SET + r")+" + _EDGE_AFTER)
_ONE = re.compile(_SET)


@dataclass(frozen=True)
class SetRun:
    """A set score found in a text: its character span, normal form and sets won and lost."""

    start: int
    end: int
    value: str
    won: int
    lost: int


def _tiebreak(a: int, b: int, x: str | None, y: str | None) -> tuple[int, int] | None:
    """The tie-break of a set a-b as (points of a, points of b), or None when none is written."""
    if x is None:
        return None
    if y is not None:
        hi, lo = max(int(x), int(y)), min(int(x), int(y))
    else:   # "(5)": the loser's points only
        lo = int(x)
        hi = max(TIEBREAK_POINTS, lo + TIEBREAK_LEAD)
    return (hi, lo) if a >= b else (lo, hi)


def parse(run: str) -> tuple[str, int, int] | None:
    """(normal form, sets won, sets lost) of a run of sets as written, told from the side that won
    more sets; None when it holds fewer than MIN_SETS sets."""
    sets = []
    for m in _ONE.finditer(run):
        a, b = int(m.group(1)), int(m.group(2))
        sets.append((a, b, _tiebreak(a, b, m.group(3), m.group(4))))
    if len(sets) < MIN_SETS:
        return None
    won, lost = sum(a > b for a, b, _ in sets), sum(a < b for a, b, _ in sets)
    if lost > won:
        sets = [(b, a, tb[::-1] if tb else None) for a, b, tb in sets]
        won, lost = lost, won
    value = ",".join(f"{a}-{b}" + (f"({tb[0]}-{tb[1]})" if tb else "") for a, b, tb in sets)
    return value, won, lost


def runs(text: str) -> list[SetRun]:
    """The set scores of a text (digits already ASCII), in order."""
    out = []
    for m in _RUN.finditer(text):
        got = parse(m.group())
        if got is not None:
            out.append(SetRun(m.start(), m.end(), *got))
    return out


def is_sets(value: str | None) -> bool:
    """Is a score value (``kinds.score``) a set score?"""
    return bool(value) and "," in value
