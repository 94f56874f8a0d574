"""The date kind: the day an event happened (``date``) or began (``start_date``), normalized with
its stated precision ("2025-04-10", "2025-04", "--04-10" year unknown, "weekday:4").

Two dates of compatible events agree when they can name the same day (``events.dates_compatible``:
a month is compatible with any day in it) and contradict otherwise.
"""
from __future__ import annotations

from ..extract.events import dates_compatible
from ..models import Claim
from . import Context
from .base import UNRELATED, Verdict
from .reading import date_words, plain
from .value import PLANS, judge_with


def same(a: Claim, b: Claim) -> bool:
    return dates_compatible(a.value or "", b.value or "")


WEEKDAY_PREFIX = "weekday:"


def specificity(c: Claim) -> int:
    """Filled parts of a date: year, month and day as stated ("2025-04-10": 3, "--04-10" and "2025-04":
    2), a weekday alone as one; a date that fits several others ("Thursday") forms clusters after them."""
    value = c.value or ""
    if value.startswith(WEEKDAY_PREFIX):
        return 1
    return len([p for p in value.split("-") if p])


def readable(c: Claim) -> str:
    return plain(c)


# Of the story's own event, a date not yet come (``kinds.value.PLANS``) against a date stated as
# past is two facts (the day something happened and the day a later step will), never a clash ("the
# outbreak was declared on January 28" / "a vaccination campaign will start on Monday"); two plans can
# clash, and so can two dates of a later occurrence, whatever their tense ("A run-off will be held on
# November 16" / "وتجرى جولة الإعادة في 23 نوفمبر": Arabic states what is to come in the present).
OWN_EVENT = "this"


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    if (a.modality in PLANS) != (b.modality in PLANS) and ctx.ref_a.relation == ctx.ref_b.relation == OWN_EVENT:
        return UNRELATED
    return judge_with(a, b, ctx.same_event, ctx.why, same, readable)


def words(c: Claim) -> str:
    """The date in words ("Sunday", "27 February", "10 April 2025")."""
    return date_words(c.value) if c.value else c.quote
