"""Stages of a count: a figure its sentence calls preliminary, and one it calls final.

A cue of the lexicon's ``provisional_cues`` in a figure's sentence ("preliminary results showed",
"according to partial results", "حسب النتائج الأولية") marks the figure as provisional; one of
``final_cues`` ("final results", "النتائج النهائية") as final. A provisional figure and a figure of a
later stage (provisional again or final) written at a later time are two stages of one count: an
update, not a contradiction (``judge.group``). Sources that wrote at the same time, or a later source
that names no stage, still clash.
"""
from __future__ import annotations

import datetime as dt

from ..lang import lexicon as lx
from ..models import Claim, Signal

# The signal field of a figure's stage, and its two values (the signal's text is the cue).
FIELD = "count_stage"
PROVISIONAL = "provisional_cues"
FINAL = "final_cues"


def cue(sentence: str, lang: str, offset: int = 0) -> Signal | None:
    """The stage signal of the figures of a sentence (its text, and its offset in the article), or
    None when no stage cue is in it (a provisional cue wins over a final one: "preliminary final
    figures" is still preliminary)."""
    toks = lx.tokenize(sentence, lang, offset=offset)
    lex = lx.lexicon(lang)
    for rule, cues in ((PROVISIONAL, lex.provisional_cues), (FINAL, lex.final_cues)):
        hits = lx.find_cues(toks, cues)
        if hits:
            h = hits[0]
            return Signal(field=FIELD, rule=f"{lang}.lexicon {rule} '{h.cue}'", text=h.cue, start=h.start, end=h.end)
    return None


def stage(c: Claim) -> str | None:
    """The stage the claim's sentence names (``PROVISIONAL`` or ``FINAL``), or None."""
    for s in c.signals:
        if s.field == FIELD:
            return PROVISIONAL if f" {PROVISIONAL} " in s.rule else FINAL
    return None


def superseded(a: Claim, b: Claim, published: dict[str, dt.date | None]) -> bool:
    """Is one of two figures a provisional one that a later article's figure of a named stage
    (provisional again, or final) supersedes?"""
    da, db = published.get(a.article), published.get(b.article)
    if da is None or db is None or da == db:
        return False
    early, late = (a, b) if da < db else (b, a)
    return stage(early) == PROVISIONAL and stage(late) is not None
