"""The designation kind: the code a name gives one thing of a maker or a series ("Boeing 787-8
Dreamliner", "Airbus A320", "Apollo 11", "Route 66"). The claim's subject is the name's leading
word (the maker or series, folded), its value the code ("787-8"). Two sources naming one thing of
that maker in one event agree when the codes are equal; different codes of one maker in one event
contradict ("a Boeing 787-8" / "a Boeing 787-9"): which model, which flight."""
from __future__ import annotations

from ..models import Claim
from . import Context
from .base import CONF_SIMILAR, CONF_VALUE, UNRELATED, Verdict
from .reading import plain, written

PROPERTY = "designation"


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    if a.subject != b.subject or not ctx.same_event:
        return UNRELATED   # other makers, or another event (an earlier crash of another model)
    if a.value == b.value:
        return Verdict("agree", f"same {a.subject_label} designation ({readable(a)} / {readable(b)})", CONF_VALUE)
    return Verdict("contradict", f"different {a.subject_label} designation ({readable(a)} vs {readable(b)}; "
                                 f"{ctx.why})", CONF_SIMILAR)


def readable(c: Claim) -> str:
    """The designation as written ("Boeing 787-8")."""
    return written(c) or plain(c)


def words(c: Claim) -> str:
    """The designation as written."""
    return readable(c)
