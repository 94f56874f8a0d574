"""Buildings named by their own name ("Kestrel Valley Hospital", "the K.V. Engineering College") as the
venue of an event (part of the normalize stage, used by ``frames``); see ``kinds.venue``."""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import figures
from .event_dates import DATE_EVENT_WINDOW, event_words
from ..kinds.venue import NAMED
from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..lang.text import COMMA
from ..models import Article, Signal

if TYPE_CHECKING:
    from .draft import Draft

# Capitalised words read before a venue's kind word as its name ("K V Engineering College": 3). Calibrated on
# the English stories, whose named buildings put 1-3 words before the kind word.
NAMED_VENUE_WORDS = 4


def named_venue(art: Article, toks: list[Tok], hit: lx.CueHit, lang: str) -> "Draft | None":
    """A building named by capitalised words before its kind ("Kestrel Valley Hospital", "the K.V.
    Engineering College"): value "<kind>:name:<the name's letters, folded>" (kinds.venue: two named
    buildings agree when the names match and are not compared otherwise); None when no capitalised
    name comes right before the kind word or the kind word is written in lower case."""
    if not toks[hit.j - 1].cap:
        return None
    k = hit.i
    while k > 0 and toks[k - 1].cap and k > hit.i - NAMED_VENUE_WORDS \
            and not COMMA.search(art.text, toks[k - 1].end, toks[k].start):
        k -= 1
    if k == hit.i or (k == 0 and opens_sentence_word(art.text, toks[0].start)):
        return None
    name = "".join(ch for ch in art.text[toks[k].start:toks[hit.i].start].lower() if ch.isalpha())
    if len(name) < 2:
        return None
    head = min(toks[hit.j - 1].variants, key=len)
    written = art.text[toks[k].start:hit.end]
    # the claim spans the event word it follows in its clause ("crashed into the hostel of <name>")
    ev = next((e for e in range(k - 1, max(-1, k - 1 - DATE_EVENT_WINDOW), -1) if event_words(lang) & toks[e].variants), None)
    start = toks[ev].start if ev is not None else toks[k].start
    return figures.make_draft(start, hit.end, None, None, "venue", f"{head}:{NAMED}:{name}",
                              [Signal(field="value", rule=f"{lang}.lexicon venues + capitalised name",
                                      text=written, start=toks[k].start, end=hit.end)])


def opens_sentence_word(text: str, start: int) -> bool:
    """Is the word at ``start`` the first of its sentence (its capital says nothing of a name)?"""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\n\"'”:;"
