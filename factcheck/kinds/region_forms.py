"""The words of a compass direction (``kinds.region``, read by ``region_read``): every compass form of a
language and its point, the abbreviations, the reach of a direction phrase, and the parts of one as
read (a reference or a named place, a phrase)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import lexicon as lx
from ..lang.cues import Cues
from .region import Region

# Capitalised words read as one name ("Port Lumo"): at most this many.
NAME_WORDS = 3
# Words between a direction adjective and the settlement noun it qualifies ("the eastern coastal city
# of", "the badly hit eastern Ruvanian town of": a nationality and one adjective): at most.
SETTLEMENT_GAP = 2
# Words between a located place's name and its direction phrase ("Kessa, a small fishing town in"):
# a comma, an article, a settlement noun, a located cue, a locative and adjectives, at most this many.
SUBJECT_GAP = 6
# Words between a locative and its compass word ("in the far north": a determiner and degree words): at most.
MODIFIER_GAP = 2
# Letters an Arabic word needs to be read as a name (shorter words are particles and pronouns).
MIN_NAME_LETTERS = 3
# Tokens before a compass word in which a number makes the phrase a distance ("40 km NE of").
DISTANCE_REACH = 3
# Punctuation that ends a direction phrase or sets a name apart (an apostrophe does not: "Vorn's north").
BREAK = re.compile(r"[,;:.!?()\[\]\"“”«»\u060c\u061b\u061f\u2013\u2014]")
# The rule prefix of the signals this reader writes.
RULE = "{lang}.lexicon compass_points"




@lru_cache(maxsize=None)
def compass(lang: str) -> tuple[Cues, dict[str, str]]:
    """Every compass form of ``lang`` as one cue list, and each form's point."""
    lex = lx.lexicon(lang)
    point = {form: p for p, cues in lex.compass_points.items() for form in cues}
    return Cues(tuple(point)), point


@lru_cache(maxsize=None)
def abbreviations(lang: str) -> dict[str, str]:
    """Abbreviation as written (case kept) -> its point."""
    return {form: p for p, cues in lx.lexicon(lang).compass_abbreviations.items() for form in cues}


@dataclass(frozen=True)
class Ref:
    """A reference or a named place as read: its key, its words, its tokens and the rule."""
    key: str
    label: str
    i: int        # first token
    j: int        # one past the last token
    rule: str


@dataclass(frozen=True)
class Phrase:
    """A direction phrase as read: its value, its reference (None: "the country" of a bare
    locative), its tokens, how it was read, and the settlement an adjective names ("the eastern port
    of Kessa": the place it locates)."""
    region: Region
    ref: Ref | None
    i: int
    j: int
    how: str
    settled: Ref | None = None
