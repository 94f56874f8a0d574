"""The topic kind: what a meeting is for (``aim``) or about (``agenda``), as the sorted content
stems of the phrase that states it.

Two topics of the same kind of event are one topic when their stems overlap enough; then they
agree, or contradict when one source affirms and the other denies it (for compatible events).
"""
from __future__ import annotations

from ..models import Claim
from . import Context
from .base import CONF_POLARITY, CONF_VALUE, UNRELATED, Verdict
from .reading import plain, quote_words
from .statement_align import overlap as word_overlap

# Two topic values (aims, agenda items: sets of content stems) name the same topic when the share of
# the smaller set found in the other reaches this. Calibrated on the seeds: paraphrased aims
# ("restore / improve the work of diplomatic missions") share 0.67-0.75, different aims <= 0.34.
SAME_TOPIC_OVERLAP = 0.6


def overlap(a: str | None, b: str | None) -> float:
    """Share of the smaller set of space-separated words found in the other (``statement_align.overlap``)."""
    return word_overlap((a or "").split(), (b or "").split())


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    p = a.property
    if ctx.ref_a.kind != ctx.ref_b.kind or overlap(a.value, b.value) < SAME_TOPIC_OVERLAP:
        return UNRELATED
    if a.polarity != b.polarity:
        if not ctx.same_event:
            return UNRELATED
        return Verdict("contradict", f"one source affirms, the other denies ({p}: {a.value} / {b.value})", CONF_POLARITY)
    return Verdict("agree", f"same {p}", CONF_VALUE)


def aim_readable(c: Claim) -> str:
    """An aim reads as the clause that states it."""
    return c.quote


def readable(c: Claim) -> str:
    return plain(c)


def words(c: Claim) -> str:
    """An aim or agenda reads as the clause that states it (its value is folded stems)."""
    return quote_words(c)
