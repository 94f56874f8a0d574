"""The round kind: which occurrence in a series the story's event is ("the third round of the group
stage", "الجولة الأولى من دور المجموعات", "the second round of talks"), an ordinal next to an event
noun of the lexicons (``<lang>.lexicon events.nouns``).

The ordinal also numbers the clause's event (``extract.events``), so that the other facts of "the
second round" are kept apart from those of the first. Compared as a value, it is a trait of the event
(``Kind.event_value``): two sources that put the story's event in different rounds of the same series
(the same event noun: one stem in a script, across scripts the nouns' cosine) contradict, the same
round agrees. A round told as another occurrence ("the next round", "last year's second round") is
another event's and meets nothing of this one; an article that names two rounds of the series tells
them apart as steps of the story (``judge.group.STEP_PROPERTIES``), so they never clash.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..lang.text import script_of
from ..models import Claim, Signal
from . import Context
from .base import CONF_SIMILAR, CONF_VALUE, UNRELATED, FigureFrame, Verdict
# Two event nouns in different scripts are one noun from the figures' cosine of counted nouns (the
# same USE-m3 word vectors and calibration).
from .quantity_traits import CROSS_SCRIPT_HEAD_COS
from .quantity_read import CLAUSE_MARK
from .reading import numbered

if TYPE_CHECKING:
    from ..mentions.values import ValueMention

PROPERTY = "round"
# Tokens between the ordinal and its event noun: "the third round", "الجولة الثالثة" (0); "the
# second and final round" is not read.
NOUN_GAP = 0
# Words read after "of" for the series a round belongs to ("the third round of the group stage").
SERIES_WORDS = 3
# What the signal naming the event noun says (its text is the noun as written: ``judge.group`` joins
# two languages by the nouns' cosine).
NOUN_RULE = "round: the event noun the ordinal numbers"


def frame(text: str, toks: list[Tok], span: list[int], v: "ValueMention", lang: str) -> FigureFrame | None:
    """The round an ordinal at tokens ``span`` states, or None when no event noun stands right next to
    it."""
    if not span:
        return None
    nouns = lx.lexicon(lang).events.nouns.words
    first, last = span[0], span[-1]
    near = [k for k in (*range(last + 1, last + 2 + NOUN_GAP), *range(first - 1 - NOUN_GAP, first))
            if 0 <= k < len(toks) and nouns & toks[k].variants]
    if not near:
        return None
    n = toks[near[0]]
    end = max(n.end, v.end)
    # the series it numbers, when the phrase names it ("of the group stage", "من دور المجموعات")
    k = max(near[0], last) + 1
    of = lx.find_cues(toks[k:k + 2], lx.lexicon(lang).partitives)
    if of and of[0].i == 0:
        stop = lx.lexicon(lang).stopwords.words
        content = False
        for t in toks[k + of[0].j:k + of[0].j + SERIES_WORDS]:
            if CLAUSE_MARK.search(text, end, t.start) or (content and t.variants & stop):
                break   # "من المحادثات في جنيف": the place is not the series
            content = content or not t.variants & stop
            end = t.end if content else end
    sigs = [Signal(field="value", rule=f"{v.rule}; {lang}.lexicon events.nouns '{n.form}'",
                   text=text[v.start:v.end], start=v.start, end=v.end),
            Signal(field="measure", rule=NOUN_RULE, text=n.form, start=n.start, end=n.end)]
    return FigureFrame(min(n.start, v.start), end, v.value, v.low, v.high, v.qualifier, None, None,
                       [lx.light_stem(n.form, lang)], sigs)


def noun(c: Claim) -> str | None:
    """The event noun as written."""
    return next((s.text for s in c.signals if s.field == "measure" and s.rule == NOUN_RULE), None)


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    if not ctx.same_event or ctx.ref_a.relation != "this" or ctx.ref_b.relation != "this":
        return UNRELATED   # another occurrence's round ("the next round")
    if script_of(a.quote) == script_of(b.quote):
        if set(a.keywords).isdisjoint(b.keywords):
            return UNRELATED   # rounds of two series ("the second round of talks" / "the third visit")
        evidence = f"the {noun(a)}"
    elif ctx.head_similarity >= CROSS_SCRIPT_HEAD_COS:
        evidence = f"'{noun(a)}' / '{noun(b)}', cosine {ctx.head_similarity:.2f}"
    else:
        return UNRELATED
    if a.value == b.value:
        return Verdict("agree", f"same round ({readable(a)} / {readable(b)}; {evidence})", CONF_VALUE)
    if a.polarity != b.polarity:
        return UNRELATED
    return Verdict("contradict", f"different round for the same event ({readable(a)} vs {readable(b)}; {evidence}; "
                                 f"{ctx.why})", CONF_SIMILAR)


def readable(c: Claim) -> str:
    """The round as an ordinal and its noun ("3rd round")."""
    return numbered(c, noun(c))


def words(c: Claim) -> str:
    return readable(c)
