"""The duration kind: how long something lasted (``duration``: ISO 8601, "PT4H", with its bounds in hours).
Compared like figures: overlapping ranges of close figures agree, disjoint ranges contradict."""
from __future__ import annotations

from ..models import Claim
from . import Context
from .base import Verdict
from .reading import duration_words, plain, qualified
from .value import judge_with, same


def readable(c: Claim) -> str:
    return plain(c)


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    return judge_with(a, b, ctx.same_event, ctx.why, same, readable)


def words(c: Claim) -> str:
    """The duration in words with its qualifier ("more than 4 hours")."""
    return qualified(duration_words(c.value), c.qualifier) if c.value else c.quote
