"""The place kind: where an event happened (``place``), a gazetteer key ("city:745044").

Two places of compatible events agree when one contains the other (``places.compatible``); they
contradict only when both clauses pin their event (their own date or ordinal): two places for an
event neither clause dates or numbers are more likely two events.
"""
from __future__ import annotations

from ..mentions import places
from ..extract.events import EventRef
from ..models import Claim
from . import Context
from .base import Verdict
from .reading import plain
from .value import judge_with


def pinned(c: Claim) -> bool:
    """Does the claim's own clause date or number its event (not just inherit the article's)?"""
    own = EventRef.parse(c.event)
    return bool(own.date or own.ordinal)


def same(a: Claim, b: Claim) -> bool | None:
    ok = places.compatible(a.value or "", b.value or "")
    if not ok and not (pinned(a) and pinned(b)):
        return None  # two places for an event neither clause dates or numbers: likely two events
    return ok


def readable(c: Claim) -> str:
    """The place's name instead of its gazetteer key."""
    if c.value:
        info = places.place(c.value)
        return info.name if info else c.value
    return plain(c)


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    return judge_with(a, b, ctx.same_event, ctx.why, same, readable)


def words(c: Claim) -> str:
    """The place's name (as ``readable``)."""
    return readable(c)
