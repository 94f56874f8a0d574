"""A figure told as a part of a group its sentence counted just before it: "killed at least 38 on the
ground, including four medical students", "لقي 30 شخصا حتفهم، بينهم 12 طفلا". The part counts what
the group's figure counts (the dead), of the noun after it (students); it meets the parts of other
sources that count that noun ("five medical students were killed"), never the group's own figure
(part of the normalize stage, used by ``frames``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import measure_cues
from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..mentions import values
from ..models import Article, Clause

if TYPE_CHECKING:
    from ..mentions.values import ValueMention

# Tokens between an inclusion cue and the figure it introduces ("including four", "among them some
# 12", "بينهم 12"): a qualifier of the figure may stand between.
INCLUSION_REACH = 2


def introduced(toks: list[Tok], first: int, lang: str) -> tuple[int, str] | None:
    """The inclusion cue (lexicon ``inclusion_cues``: "including", "among them", "بينهم") that ends at
    most INCLUSION_REACH tokens before the figure starting at token ``first``: its first token and the
    cue, or None."""
    lo = max(0, first - INCLUSION_REACH - 2)
    hits = [h for h in lx.find_cues(toks[lo:first], lx.lexicon(lang).inclusion_cues)
            if first - (lo + h.j) <= INCLUSION_REACH]
    return (lo + hits[-1].i, hits[-1].cue) if hits else None


def whole_measure(art: Article, clause: Clause, toks: list[Tok], v: "ValueMention", window: int,
                  dimension: str | None) -> tuple[str, str] | None:
    """The measure of the group a figure an inclusion cue introduces is a part of, and what named it:
    the measure cue (``measure_cues.measure_cue``) of the last figure of the figure's sentence before the
    cue, or None when the figure is introduced by no cue or no figure with a measure comes before it."""
    lang = art.language
    at = lx.covered(toks, v.start, v.end)
    cue = introduced(toks, at[0], lang) if at else None
    if cue is None:
        return None
    s = clause.sentence_start
    before = art.text[s:toks[cue[0]].start]
    sent = lx.tokenize(before, lang, offset=s)
    wholes = [u for u in values.find_values(before, lang) if u.kind == "number"]
    if not sent or not wholes:
        return None
    w = wholes[-1]
    span = lx.covered(sent, s + w.start, s + w.end)
    if not span:
        return None
    m = measure_cues.measure_cue(sent, span[0], span[-1], lang, window, dimension)
    if m is None:
        return None
    return m[0], (f"{lang}.lexicon inclusion_cues '{cue[1]}': a part of the group counted before it "
                  f"({lang}.lexicon cue '{sent[m[1]].form}')")
