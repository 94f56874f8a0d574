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


# The middle part of a named building's value ("college:name:<letters>", extract.frames._named_venue).
NAMED = "name"


def _named(c: Claim) -> bool:
    return (c.value or "").split(":")[1:2] == [NAMED]


def same(a: Claim, b: Claim) -> bool | None:
    if building(a) != building(b):
        return None
    if _named(a) or _named(b):
        # a building named by its own name agrees with the same name; two names are never a clash (the
        # injured taken to one hospital, the dead to another)
        return True if a.value == b.value else None
    return a.value == b.value


def readable(c: Claim) -> str:
    return written(c) or plain(c)


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    return judge_with(a, b, ctx.same_event, ctx.why, same, readable)


def words(c: Claim) -> str:
    """The building as the article names it."""
    return value_text(c) or readable(c)
