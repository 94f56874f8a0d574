"""Earlier marks among figures: a measured figure named as a standing or earlier mark ("his personal
best of 2.40m", "the previous record of 8.35 metres", "her season's best of 64.10m", "رقمه الشخصي
البالغ 2.40 متر", "الرقم القياسي السابق البالغ 8.35 متر") is a performance of another occasion than
the one the story reports, as an earlier race time is (``kinds.racetime``): it never clashes with the
figure of the story's own event ("won with 2.38 metres"), only with the same mark quoted elsewhere.

A figure is an earlier mark when a record word (``race_record_cues``: record, best, personal best,
رقم, أفضل) stands within MARK_WINDOW tokens before it, together with a word that makes it someone's
standing mark or an older one: a possessive determiner before it ("his", ``occurrence.possessives``),
a possessive ending on it ("رقمه", ``occurrence.possessive_endings``) or an earlier-mark word
(``race_prior_cues``: previous, old, bettering, السابق) in the same window. A record word alone is
the story's own mark as often as not ("won with a best of 2.38m", "set a world record of 6.25m").
"""
from __future__ import annotations

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..models import Claim, Signal

# How many tokens before a figure its record word and the word that makes it an earlier mark may
# stand: "his personal best of 2.40m" (3), "the previous championship record of 2.33m" (4),
# "الرقم القياسي السابق البالغ 8.35" (4); racetime's PRIOR_WINDOW for race times is 5.
MARK_WINDOW = 5
# The rule of the signal (and what ``earlier`` looks for).
EARLIER_MARK_RULE = "quantity: an earlier mark (race_record_cues with a possessive or race_prior_cues)"
# Characters that join a word to the one before it into a compound ("24-year-old": no earlier "old").
COMPOUND_JOINERS = "-‐‑"


def mark_signal(text: str, toks: list[Tok], first: int, lang: str) -> Signal | None:
    """The earlier-mark signal of a figure whose first token is ``toks[first]``, if it is one."""
    lo = max(0, first - MARK_WINDOW)
    window = lx.Toks(toks[lo:first])
    if not window:
        return None
    lex = lx.lexicon(lang)
    records = lx.find_cues(window, lex.race_record_cues)
    owned = None
    possessives = lex.occurrence.possessives.words
    endings = tuple(lex.occurrence.possessive_endings)
    record_words = {c for c in lex.race_record_cues.words if " " not in c}
    for hit in records:
        if hit.i > 0 and window[hit.i - 1].variants & possessives:
            owned = hit
            break
    if owned is None and endings:
        for k, t in enumerate(window):
            if any(t.form.endswith(e) and t.form[:-len(e)] in record_words for e in endings):
                owned = lx.CueHit(t.form, k, k + 1, t.start, t.end)
                break
    if owned is None and records:
        prior = [h for h in lx.find_cues(window, lex.race_prior_cues)
                 if not (h.start > 0 and text[h.start - 1] in COMPOUND_JOINERS)]
        owned = prior[0] if prior else None
    if owned is None:
        return None
    return Signal(field="mark", rule=f"{lang}.lexicon {EARLIER_MARK_RULE}", text=owned.cue, start=owned.start, end=owned.end)


def earlier(c: Claim) -> bool:
    """Is the figure an earlier or standing mark (``mark_signal``)?"""
    return any(s.field == "mark" and EARLIER_MARK_RULE in s.rule for s in c.signals)
