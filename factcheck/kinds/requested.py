"""Requested values: a figure a party asked for, not one that was given or decided.

A verb of asking (lexicon ``request_verbs``: "sought", "asked for", "demanded", "طالبت", "التمس")
that governs a figure makes it the request: the prosecutors' demand ("prosecutors had sought 15
years", "وطالب الادعاء بسجنه 15 عاما", "the 15 years sought by prosecutors"), a claimant's damages
("had asked for $2 million"), an appeal for aid ("called for $50 million"). Such a figure is
compared only with other requested figures (``judge.compare``): the sentence handed down and the
sentence sought, the damages awarded and the damages claimed, are two facts, never a clash.
"""
from __future__ import annotations

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..models import Claim, Signal

# The signal field and rule that mark a requested figure.
FIELD = "requested"
RULE = "request_verbs"
# A request verb governs a figure up to this many tokens after it ("had demanded that he be
# sentenced to 15 years": five between) ...
REACH_BEFORE = 6
# ... or this many tokens before it ("the 15 years sought by", "the 15 years prosecutors had sought":
# two between), never past another figure. Both set on the invented trial stories of
# tests/test_story_trial_demand.py, the reaches of the agency phrasings of a demand.
REACH_AFTER = 3


def governing(toks: list[Tok], span: list[int], figures: list[list[int]], lang: str) -> Signal | None:
    """The request verb that governs the figure at tokens ``span`` (a ``requested`` signal), or None.
    ``figures`` are the token spans of the clause's other figures: a verb never reaches past one."""
    if not span:
        return None
    first, last = span[0], span[-1]
    others = {k for s in figures if s and s[0] != first for k in s}
    for h in lx.find_cues(toks, lx.lexicon(lang).request_verbs):
        if h.j <= first:
            between = range(h.j, first)
            near = first - h.j <= REACH_BEFORE
        elif h.i > last:
            between = range(last + 1, h.i)
            near = h.i - last - 1 <= REACH_AFTER
        else:
            continue
        if near and not others.intersection(between):
            return Signal(field=FIELD, rule=f"{lang}.lexicon {RULE} '{h.cue}'", text=h.cue, start=h.start, end=h.end)
    return None


def requested(c: Claim) -> bool:
    """Is the claim's figure what a party asked for (a ``requested`` signal)?"""
    return any(s.field == FIELD for s in c.signals)
