"""The clock kind: the time of day an event started (``start_time``, "14:30"), compared exactly."""
from __future__ import annotations

from ..models import Claim
from . import Context
from .base import Verdict
from .reading import date_words, plain
from .value import judge_with


def same(a: Claim, b: Claim) -> bool:
    return a.value == b.value


def readable(c: Claim) -> str:
    return plain(c)


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    return judge_with(a, b, ctx.same_event, ctx.why, same, readable)


def words(c: Claim) -> str:
    """The time of day as normalized ("13:38"), a part of a day with its date in words."""
    return date_words(c.value) if c.value else c.quote
