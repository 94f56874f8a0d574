"""Required values: a figure that states what is needed, not what was reached.

A word of necessity (lexicon ``requirement_cues``: "needs", "required", "threshold", "يحتاج",
"اللازمة") before a figure, or an attributive one after it (``requirement_attributes``: "short of the
151 needed", "the 50 percent required", "نسبة 50 في المئة اللازمة"), makes the figure a requirement:
the seats a party needs for a majority, the share a candidate needs to win outright, a quorum, a
threshold. Such a figure is compared only with other requirements (``judge.compare``): the seats a
party won and the seats it needed, the share a candidate took and the share needed to avoid a
run-off, are two facts, never a clash.
"""
from __future__ import annotations

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..models import Claim, Signal
from .quantity_read import CLAUSE_MARK   # a cue never reaches past one ("needed treatment, 40 were injured")

# The signal field and rules that mark a required figure.
FIELD = "required"
RULE = "requirement_cues"
ATTRIBUTE_RULE = "requirement_attributes"
# A word of necessity governs a figure up to this many tokens after it ("needs more than 50 percent":
# two between; "ويحتاج أي حزب إلى 151 مقعدا": two; "needs to win at least 151 seats": four) ...
REACH_BEFORE = 5
# ... and an attributive one this many tokens before it ("the 151 seats needed": one between; "50 في
# المئة اللازمة": none, the unit being the figure's), never past another figure or a clause mark. Both
# set on the invented election stories of tests/test_story_vote_threshold.py.
REACH_AFTER = 1


def governing(text: str, toks: list[Tok], span: list[int], figures: list[list[int]], lang: str) -> Signal | None:
    """The word of necessity that governs the figure at tokens ``span`` (a ``required`` signal), or
    None. ``figures`` are the token spans of the clause's other figures: a cue never reaches past one,
    nor past a clause mark. After the figure, an attributive cue counts only on a definite figure ("the
    151 needed", not "12 people needed treatment"): where the language writes its definite article as
    a word, one stands right before the figure; where it writes it on the adjective ("اللازمة"), the
    listed forms are the definite ones."""
    if not span:
        return None
    first, last = span[0], span[-1]
    others = {k for s in figures if s and s[0] != first for k in s}
    lex = lx.lexicon(lang)

    def clear(lo: int, hi: int) -> bool:   # no other figure and no clause mark between tokens lo..hi
        return not others.intersection(range(lo + 1, hi)) and not CLAUSE_MARK.search(text, toks[lo].end, toks[hi].start)

    for h in lx.find_cues(toks, lex.requirement_cues):
        if h.j <= first and first - h.j <= REACH_BEFORE and clear(h.j - 1, first):
            return Signal(field=FIELD, rule=f"{lang}.lexicon {RULE} '{h.cue}'", text=h.cue, start=h.start, end=h.end)
    articles = lex.definite_articles.words
    definite = not articles or (first > 0 and bool(toks[first - 1].variants & articles))
    for h in lx.find_cues(toks, lex.requirement_attributes):
        if definite and h.i > last and h.i - last - 1 <= REACH_AFTER and clear(last, h.i):
            return Signal(field=FIELD, rule=f"{lang}.lexicon {ATTRIBUTE_RULE} '{h.cue}'", text=h.cue,
                          start=h.start, end=h.end)
    return None


def required(c: Claim) -> bool:
    """Is the claim's figure what is needed (a ``required`` signal)?"""
    return any(s.field == FIELD for s in c.signals)
