"""The duration kind: how long something lasted (``duration``: ISO 8601, "PT4H", with its bounds in hours).
Compared like figures: overlapping ranges of close figures agree, disjoint ranges contradict."""
from __future__ import annotations

from ..models import Claim
from . import Context
from .base import Verdict
from .reading import plain
from .value import judge_with, same


def readable(c: Claim) -> str:
    return plain(c)


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    return judge_with(a, b, ctx.same_event, ctx.why, same, readable)
