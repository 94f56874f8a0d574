"""Asides set off inside a clause right after a figure's noun: a breakdown or a remark in dashes or
parentheses ("Thirty people – among them 12 children – died", "Thirty people (12 of them children)
died", "ثلاثون شخصا – بينهم 12 طفلا – لقوا حتفهم"), or a part of the group between commas ("Thirty
people, including 12 children, died"). What the clause says after the aside is said of the
figure before it: its measure cue is looked for as if the aside were not there, and the aside's own
figures never take that cue from it (part of the normalize stage, used by ``frames``).
"""
from __future__ import annotations

import re

from . import measure_cues
from ..ingest.clauses import opens_part
from ..lang.lexicon import Tok

# Tokens between a figure's last token and an aside's opening mark: the counted noun and its modifiers
# ("Thirty people –", "Thirty nursing students (", "ثلاثون شخصا –"). At least one: a dash right after
# a number is a range or a score ("30 – 40", "2 – 1"), not an aside.
ASIDE_MIN_REACH = 2
ASIDE_MAX_REACH = 4
# Opening and closing marks of an aside, in the gap between two tokens: a parenthesis, or a dash with a
# space on at least one side (a hyphen only between spaces: "north-east", "1-0" are words).
OPENS = re.compile(r"\(|\s[–—]|[–—]\s|—|\s-\s")
CLOSES = {"(": re.compile(r"\)"), "-": re.compile(r"[–—]|\s-\s")}
# A comma opens an aside only before a part of the group just counted ("Thirty people, including 12
# children, died": ``ingest.clauses.opens_part``), and the next comma closes it.
COMMA = re.compile(r"[,،]")
# Marks in a gap that end the figure's phrase before any aside opens.
PHRASE_END = re.compile(r"[,،;؛:.!?؟)\]]")


def _opened(text: str, toks: list[Tok], k: int, lang: str) -> re.Pattern | None:
    """The closing mark of an aside that opens in the gap before token ``k``, or None."""
    gap = text[toks[k - 1].end:toks[k].start]
    opened = OPENS.search(gap)
    if opened is not None:
        return CLOSES["(" if "(" in opened.group() else "-"]
    return COMMA if COMMA.search(gap) and opens_part(toks, k, lang) else None


def after_figure(text: str, toks: list[Tok], last: int, lang: str) -> tuple[int, int] | None:
    """The aside that opens within ASIDE_MIN_REACH..ASIDE_MAX_REACH tokens after the figure ending at
    token ``last`` and closes before the clause's last token: (its first token, the first token after
    it), or None."""
    for k in range(last + 1, min(len(toks), last + 1 + ASIDE_MAX_REACH)):
        closes = _opened(text, toks, k, lang)
        if closes is None:
            if PHRASE_END.search(text, toks[k - 1].end, toks[k].start):
                return None
            continue
        if k < last + ASIDE_MIN_REACH:
            return None
        end = _closing(text, toks, closes, k + 1)
        return None if end is None else (k, end)
    return None


def _closing(text: str, toks: list[Tok], closes: re.Pattern, start: int) -> int | None:
    """The first token from ``start`` on that a closing mark ``closes`` stands right before, or None."""
    return next((m for m in range(start, len(toks)) if closes.search(text, toks[m - 1].end, toks[m].start)), None)


# Tokens between an aside's opening mark and a figure inside it ("– among them 12", "(12 of them",
# "– من بينهم 12"): the words that open a breakdown.
INSIDE_REACH = 4


def opening(text: str, toks: list[Tok], first: int, lang: str) -> int:
    """The first token of the aside the figure starting at token ``first`` stands in (its opening
    mark within INSIDE_REACH tokens before the figure, its closing mark later in the clause), or 0: the
    figure's words are read back only to there ("five medical students – four undergraduates and one
    resident –": the four are undergraduates, not medical students)."""
    for k in range(first, max(0, first - INSIDE_REACH), -1):
        closes = _opened(text, toks, k, lang)
        if closes is None:
            if PHRASE_END.search(text, toks[k - 1].end, toks[k].start):
                return 0
            continue
        return 0 if _closing(text, toks, closes, first + 1) is None else k
    return 0


def measure_cue(text: str, toks: list[Tok], first: int, last: int, lang: str, window: int,
                dimension: str | None, others: frozenset[int]) -> tuple[str, int] | None:
    """``measure_cues.measure_cue`` for the figure at tokens ``first..last``, read past an aside after its
    noun (``after_figure``): the aside's tokens and figures are left out, so that "died" after
    "Thirty people – among them 12 children –" is the thirty's cue, at its place in ``toks``."""
    aside = after_figure(text, toks, last, lang)
    if aside is None:
        return measure_cues.measure_cue(toks, first, last, lang, window, dimension, others)
    i, j = aside
    shift = j - i
    kept = frozenset(o if o < i else o - shift for o in others if not i <= o < j)
    m = measure_cues.measure_cue(toks[:i] + toks[j:], first, last, lang, window, dimension, kept)
    if m is None:
        return None
    return m[0], m[1] if m[1] < i else m[1] + shift
