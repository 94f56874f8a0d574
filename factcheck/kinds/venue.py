"""The venue kind: the building an event took place in, as its kind and whose it is
("embassy:US"). Two venues of one kind of building agree when they are the same and contradict
when they belong to different parties; different kinds of building are not compared."""
from __future__ import annotations

from ..models import Claim
from . import Context
from .base import Verdict
from .reading import plain, value_text, written
from .value import judge_with


def building(c: Claim) -> str:
    return (c.value or "").split(":")[0]


def same(a: Claim, b: Claim) -> bool | None:
    if building(a) != building(b):
        return None
    return a.value == b.value


def readable(c: Claim) -> str:
    return written(c) or plain(c)


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    return judge_with(a, b, ctx.same_event, ctx.why, same, readable)


def words(c: Claim) -> str:
    """The building as the article names it."""
    return value_text(c) or readable(c)
