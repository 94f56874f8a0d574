"""The clock kind: the time of day an event started (``start_time``): a clock time ("14:30") or a part of
the day ("2025-06-12 afternoon", "morning").

Two clock times are one time when equal. A part of the day holds the hours CLDR's day periods give it
in any supported language (``values.json`` "day_period_rules", generated from CLDR: "morning" is
00:00-12:00 in English, فجرا 03:00-06:00 in Arabic); a clock time inside those hours is that part of
the day, one outside them another time ("04:12" is in the morning, not in the evening); two parts of
the day are one when their hours overlap. Parts of the day on two stated days are compared by the date
kind, not here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import data as langdata
from ..mentions.value_tables import tables
from ..models import Claim
from . import Context
from .base import Verdict
from .reading import date_words, plain
from .value import judge_with

CLOCK_RE = re.compile(r"(\d{1,2}):(\d{2})")
MINUTES_PER_DAY = 24 * 60


@lru_cache(maxsize=1)
def period_minutes() -> dict[str, frozenset[int]]:
    """Each part of the day (CLDR's period name) -> the minutes of the day it holds in some language."""
    out: dict[str, set[int]] = {}
    for lang in langdata.supported():
        for rule in (tables(lang).d.get("day_period_rules") or {}).values():
            start, end = rule["from"] * 60, rule["before"] * 60
            span = range(start, end) if start < end else range(start, start + 1) if start == end \
                else [*range(start, MINUTES_PER_DAY), *range(0, end)]
            out.setdefault(rule["period"], set()).update(span)
    return {k: frozenset(v) for k, v in out.items()}


def _read(value: str) -> frozenset[int] | None:
    """The minutes of the day a start time names (its last word: a clock time or a part of the day)."""
    last = value.split()[-1] if value.split() else ""
    m = CLOCK_RE.fullmatch(last)
    if m:
        return frozenset({int(m[1]) * 60 + int(m[2])})
    return period_minutes().get(last)


def _minutes_of(c: Claim) -> frozenset[int] | None:
    """The minutes of the day a start time claim may be: a hedged clock time ("shortly before 4 a.m.",
    ``clock_read``) spans its interval, kept in the claim's bounds; any other, what its value names."""
    parts = (c.value or "").split()
    if c.value_low is not None and c.value_high is not None and parts and CLOCK_RE.fullmatch(parts[-1]):
        return frozenset(m % MINUTES_PER_DAY for m in range(int(c.value_low), int(c.value_high) + 1))
    return _read(c.value or "")


def same(a: Claim, b: Claim) -> bool:
    if a.value == b.value:
        return True
    ma, mb = _minutes_of(a), _minutes_of(b)
    if ma is None or mb is None:
        return False
    return bool(ma & mb)


# A clock time ("19:42") tells more than any part of the day, even one with its date ("2033-09-18
# evening", two parts): it counts as this many filled parts, one more than a dated part of the day.
CLOCK_TIME_PARTS = 3


def specificity(c: Claim) -> int:
    """Filled parts of a start time: its date, and a clock time as CLOCK_TIME_PARTS (a part of the day
    as one), so that a clock time forms clusters before "Sunday evening", which fits several times."""
    parts = (c.value or "").split()
    return sum(CLOCK_TIME_PARTS if CLOCK_RE.fullmatch(p) else 1 for p in parts)


def readable(c: Claim) -> str:
    return plain(c)


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    return judge_with(a, b, ctx.same_event, ctx.why, same, readable)


def words(c: Claim) -> str:
    """The time of day as normalized ("13:38"), a part of a day with its date in words."""
    return date_words(c.value) if c.value else c.quote
