"""What the kinds of one value of an event share (date, place, venue, start time, duration, counts):
when two such claims can be about the same thing, and the verdict once their values are compared.
"""
from __future__ import annotations

from collections.abc import Callable

from .. import places
from ..models import Claim
from .base import CONF_VALUE, UNRELATED, Verdict

# The scope a contradiction's reason names when the claims were compared as one event's values.
SAME_EVENT_SCOPE = "for the same event"


def comparable(a: Claim, b: Claim, same_event: bool) -> bool:
    """Can two values be about the same thing? Their events are compatible, their subjects (when
    both have one) are the same or compatible places, and neither is only a projection ("could
    reach") against a claim that is not."""
    if not same_event:
        return False
    if a.subject and b.subject and a.subject != b.subject and not (
            ":" in a.subject and ":" in b.subject and places.compatible(a.subject, b.subject)):
        return False
    if a.modality != b.modality and "possible" in (a.modality, b.modality):
        return False  # a projection ("could reach") is not a count
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
