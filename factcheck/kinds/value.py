"""What the kinds of one value of an event share (date, place, venue, start time, duration, counts):
when two such claims can be about the same thing, and the verdict once their values are compared.
"""
from __future__ import annotations

from collections.abc import Callable

from ..mentions import places
from ..models import Claim
from .base import CONF_VALUE, UNRELATED, Verdict

# The scope a contradiction's reason names when the claims were compared as one event's values.
SAME_EVENT_SCOPE = "for the same event"
# Two compatible figures state one value when the smaller is at least this share of the larger
# ("about 10,000" / "more than 10,000"); "more than 2,800" and "11,300" are compatible but different.
# Calibrated on the tolls of the dev stories (derna_floods_2023); durations and figures share it.
SAME_FIGURE_RATIO = 0.9
# Modalities of a value not yet real (a plan, an expectation; ``extract.normalize`` reads them, a
# fronted time clause takes them from its sentence): against a stated fact, the plan and what happened
# are two facts, never a clash; two plans, or two facts, can clash (``kinds.quantity``, ``kinds.date``).
PLANS = frozenset({"planned", "expected"})


def bounds(c: Claim) -> tuple[float, float] | None:
    """The numeric range a claim states: its bounds (open ends infinite), else its exact value."""
    if c.value_low is not None or c.value_high is not None:
        return (c.value_low if c.value_low is not None else float("-inf"),
                c.value_high if c.value_high is not None else float("inf"))
    try:
        v = float(c.value or "")
    except ValueError:
        return None
    return (v, v)


def close(a: Claim, b: Claim) -> bool:
    """Do two values state the same figure (within SAME_FIGURE_RATIO of each other)?"""
    try:
        x, y = float((a.value or "").split()[0]), float((b.value or "").split()[0])
    except (ValueError, IndexError):
        return a.value == b.value
    lo, hi = sorted((abs(x), abs(y)))
    return hi == 0 or lo / hi >= SAME_FIGURE_RATIO


def ranges_overlap(a: Claim, b: Claim) -> bool:
    ra, rb = bounds(a), bounds(b)
    if ra is None or rb is None:
        return a.value == b.value
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def same(a: Claim, b: Claim) -> bool | None:
    """Overlapping ranges of close values are one value; disjoint ranges differ; overlapping
    ranges of values far apart are two values (None)."""
    ok = ranges_overlap(a, b)
    if ok and not close(a, b):
        return None  # compatible bounds ("more than 2,800" / "11,300") but not one figure
    return ok


def comparable(a: Claim, b: Claim, same_event: bool, projections: bool = False) -> bool:
    """Can two values be about the same thing? Their events are compatible, their subjects (when
    both have one) are the same or compatible places, neither is only a projection ("could
    reach") against a claim that is not (unless ``projections``: the caller then only lets them
    agree), and neither is denied against one that is not."""
    if not same_event:
        return False
    if a.subject and b.subject and a.subject != b.subject and not (
            ":" in a.subject and ":" in b.subject and places.compatible(a.subject, b.subject)):
        return False
    if a.modality != b.modality and "possible" in (a.modality, b.modality) and not projections:
        return False  # a projection ("could reach") is not a count
    if a.polarity != b.polarity:
        return False  # "will not resume on Monday" neither states Monday nor another day
    return True


def verdict(a: Claim, b: Claim, same: bool, why: str, readable: Callable[[Claim], str],
            scope: str = SAME_EVENT_SCOPE) -> Verdict:
    """Agreement when the two values are the same (or compatible), else a contradiction that names
    the property, the scope of the comparison, both values as read and why the events match."""
    p = a.property
    if same:
        return Verdict("agree", f"same {p} ({readable(a)} / {readable(b)})", CONF_VALUE)
    return Verdict("contradict", f"different {p} {scope} ({readable(a)} vs {readable(b)}; {why})", CONF_VALUE)


def judge_with(a: Claim, b: Claim, same_event: bool, why: str, same: Callable[[Claim, Claim], bool | None],
               readable: Callable[[Claim], str]) -> Verdict:
    """The judgement of a kind whose values are compared by ``same`` (True / False, or None when
    the two values cannot be about one thing)."""
    if not comparable(a, b, same_event):
        return UNRELATED
    ok = same(a, b)
    if ok is None:
        return UNRELATED
    return verdict(a, b, ok, why, readable)
