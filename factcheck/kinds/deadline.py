"""A payment's deadline: how long after the deal a sum is due ("the first $5 billion will be
transferred within a week", "على أن يتم تحويل الباقي خلال شهرين").

A duration right after a deadline cue (``<lang>.lexicon deadline_cues``: "within", "خلال", "في غضون")
is a deadline when its sentence states money before it or its clause names a tranche ("the first
payment ... is due within two weeks"). What falls due is read from its clause, as a set of keys: the
money figures it states ("5000000000USD"), the ordinal of the part ("nth:1", "the first"), and
whether it is the rest of the money (``remainder_words``: "the rest", "الباقي"); a relative clause
("$3 billion, which will be transferred within a week") is of the last sum its sentence states. Two
deadlines measure one thing when their keys share one ("the first $5 billion" / "5 مليارات دولار"; "the rest" /
"the remaining $13 billion"): the deadline of the first part never meets the deadline of the rest.
``duration`` compares them as it compares any duration (a week against two weeks: a clash), a
deadline in calendar months or years as long as the calendar makes it ("within a month" meets
"within 30 days": ``same_length``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..mentions import values
from ..models import Claim, Signal
from .quantity_value import dimension

if TYPE_CHECKING:
    from ..mentions.values import ValueMention

# The rule of a deadline's measure signal; its text is DEADLINE plus the keys of what falls due.
DEADLINE = "deadline"
RULE_PREFIX = "deadline:"
DEADLINE_RULE = RULE_PREFIX + " a duration after a {lang}.lexicon deadline_cues word, of the money its sentence states"
# Key prefixes of what falls due: the part's ordinal and the rest of the money.
NTH_KEY = "nth:"
REST_KEY = "rest"
# Tokens before a duration read for its deadline cue, which ends right before it ("في مدة أقصاها": 3).
CUE_REACH = 3
# Where a sentence begins: the clause's sentence is read back to the last of these before it.
SENTENCE_END = re.compile(r"[.!?\u061f\n]")
# Characters read back from a clause for its sentence's start (a long sentence is cut there).
SENTENCE_REACH = 400
# A deadline in calendar months or years is as long as the calendar makes it: a month is 28 to 31
# days (values.json counts 30.4375), a year 365 or 366 ("within a month" meets "within 30 days").
MONTH_DAYS, YEAR_DAYS = 30.4375, 365.25
CALENDAR_SPREAD = {"M": (28 / MONTH_DAYS, 31 / MONTH_DAYS), "Y": (365 / YEAR_DAYS, 366 / YEAR_DAYS)}
# The ISO 8601 units of a duration's date part ("P1M", "P2Y6M"), before any time part.
ISO_DATE_UNITS = re.compile(r"(\d+(?:\.\d+)?)([YMWD])")
# Two deadlines whose calendar ranges meet are one when the shorter is at least this share of the
# longer (as ``value.SAME_FIGURE_RATIO`` for figures: "within 30 days" / "within a month").
SAME_LENGTH_RATIO = 0.9


def deadline(text: str, toks: list[Tok], span: list[int], lang: str) -> Signal | None:
    """The measure signal of the payment deadline the duration at tokens ``span`` of a clause's tokens
    ``toks`` states, or None (see the module)."""
    lex = lx.lexicon(lang)
    if not span or not toks or not len(lex.deadline_cues):
        return None
    first = span[0]
    reach = min(first, CUE_REACH)
    cue = [h for h in lx.find_cues(toks[first - reach:first], lex.deadline_cues) if h.j == reach]
    if not cue:
        return None
    c0, c1 = toks[0].start, toks[first].start
    back = max(0, c0 - SENTENCE_REACH)
    ends = [m.end() for m in SENTENCE_END.finditer(text, back, c0)]
    s0 = ends[-1] if ends else back
    before = lx.Toks(toks[:first])
    if not any(_money(v) for v in values.find_values(text[s0:c1], lang)) and not lx.find_cues(before, lex.tranche_nouns):
        return None   # "within two weeks" of anything else: a time frame, not when a sum is due
    own = values.find_values(text[c0:c1], lang)
    keys = {v.value.replace(" ", "") for v in own if _money(v)} | {f"{NTH_KEY}{v.value}" for v in own if v.kind == "ordinal"}
    if lx.find_cues(before, lex.remainder_words):
        keys.add(REST_KEY)
    if not keys and toks[0].variants & lex.relative_pronouns.words:
        # "a payment of $3 billion, which will be transferred within one week": the relative clause's
        # sum is the last one its sentence states before it
        prior = [v for v in values.find_values(text[s0:c0], lang) if _money(v)]
        keys = {prior[-1].value.replace(" ", "")} if prior else keys
    if not keys:
        return None   # what falls due is not said
    return Signal(field="measure", rule=DEADLINE_RULE.format(lang=lang), text=" ".join([DEADLINE] + sorted(keys)),
                  start=toks[first - reach + cue[0].i].start, end=toks[first - 1].end)


def _money(v: "ValueMention") -> bool:
    return v.kind == "number" and dimension(v.value)[0].startswith("money:")


def due_keys(s: Signal) -> frozenset[str] | None:
    """The keys of what falls due by the deadline a measure signal names, or None for no deadline."""
    if not s.rule.startswith(RULE_PREFIX) or not s.text.startswith(DEADLINE):
        return None
    return frozenset(s.text[len(DEADLINE):].split())


def same_due(a: Signal | None, b: Signal | None) -> bool | None:
    """Do two durations' measures name the deadline of one sum (a shared key)? None when neither is
    a deadline; False when only one is."""
    ka, kb = (due_keys(a) if a else None), (due_keys(b) if b else None)
    if ka is None and kb is None:
        return None
    return ka is not None and kb is not None and bool(ka & kb)


def calendar_bounds(c: Claim) -> tuple[float, float] | None:
    """A duration claim's bounds in hours, widened by ``CALENDAR_SPREAD`` when it counts calendar
    months or years; None without bounds."""
    if c.value_low is None or c.value_high is None:
        return None
    lo, hi = c.value_low, c.value_high
    units = {u for _n, u in ISO_DATE_UNITS.findall((c.value or "").split("T")[0])}
    for unit, (short, long_) in CALENDAR_SPREAD.items():
        if unit in units:
            lo, hi = min(lo, c.value_low * short), max(hi, c.value_high * long_)
    return lo, hi


def same_length(a: Claim, b: Claim) -> bool | None:
    """Two deadlines compared: one when their calendar ranges meet and their lengths are close, two
    when the ranges are disjoint, None (not one length, no clash) otherwise."""
    ra, rb = calendar_bounds(a), calendar_bounds(b)
    if ra is None or rb is None:
        return a.value == b.value
    if ra[0] > rb[1] or rb[0] > ra[1]:
        return False
    x, y = sorted(((a.value_low + a.value_high) / 2, (b.value_low + b.value_high) / 2))
    return True if y == 0 or x / y >= SAME_LENGTH_RATIO else None
