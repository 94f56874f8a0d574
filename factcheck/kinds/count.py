"""The count kind: a figure a measure cue names (``count:<measure>``: the dead, the missing, a
city's population...), with its stated range (``value_low`` / ``value_high``: "more than 2,800").

Two counts are about the same thing when their events are compatible (for a standing measure, such
as a population, when they describe the same subject, whatever the event), they count the same
group (not a total against a narrower group) and neither is only a projection. They agree when their
ranges overlap and the figures are close, contradict when the ranges are disjoint, and are unrelated
when the ranges overlap but the figures are far apart ("more than 2,800" / "11,300").
"""
from __future__ import annotations

from .. import lang as langdata
from ..models import Claim
from . import Context
from .base import UNRELATED, Verdict
from .reading import figure_words, plain
from .value import SAME_EVENT_SCOPE, comparable, verdict

# Two compatible figures state one quantity when the smaller is at least this share of the larger
# ("about 10,000" / "more than 10,000"); "more than 2,800" and "11,300" are compatible but different.
SAME_FIGURE_RATIO = 0.9
# Subjects that scope a count to a place rather than name the group it counts.
PLACE_SUBJECTS = ("city:", "country:", "region:", "state:")


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
    """Do two figures state the same quantity (within SAME_FIGURE_RATIO of each other)?"""
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
    """Overlapping ranges of close figures are one figure; disjoint ranges differ; overlapping
    ranges of figures far apart are two figures (None)."""
    ok = ranges_overlap(a, b)
    if ok and not close(a, b):
        return None  # compatible bounds ("more than 2,800" / "11,300") but not one figure
    return ok


def group(c: Claim) -> str | None:
    """The narrower group a count is about (a noun or a nationality), not its place scope."""
    subj = c.subject or ""
    return None if subj.startswith(PLACE_SUBJECTS) or not subj else subj


def readable(c: Claim) -> str:
    return plain(c)


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    same_event, why, scope = ctx.same_event, ctx.why, SAME_EVENT_SCOPE
    if a.property in langdata.measure_props("standing") and a.subject and a.subject == b.subject:
        same_event, why = True, "a standing measure, compared whatever the event"
        scope = f"of {a.subject_label or a.subject}"
    if not comparable(a, b, same_event):
        return UNRELATED
    if group(a) != group(b):
        return UNRELATED  # a total vs a narrower group ("242 people" / "169 Indian passengers")
    ok = same(a, b)
    if ok is None:
        return UNRELATED
    return verdict(a, b, ok, why, readable, scope)


def words(c: Claim) -> str:
    """The figure with thousands separators and its qualifier ("at least 38", "200,000")."""
    return figure_words(c)
