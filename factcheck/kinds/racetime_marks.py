"""What a race time is stated with besides its value (``kinds.racetime``): the finishing place (an
ordinal and a rank cue, a place word, a win word), the competitor a nationality introduces, the
earlier mark a margin is measured from, and an earlier mark's year and holder, as the judge reads
them from a claim's signals.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..models import Claim, Signal
from . import rank
from .racetime_read import Reading

# A finishing place governs a race time at most this many tokens after its ordinal or win word ("حل
# الإثيوبي هايلي غيبرو ثانيا بزمن": two tokens; "won the Rotterdam Marathon on Sunday in 2:03:12": seven;
# invented reports in tests/test_story_record*.py).
PLACE_WINDOW = 8
# What the place signal of a time a win word governs says: first.
WINNER = "1"
# The rule of a margin measured from an earlier mark its sentence states (``earlier_mark``).
EARLIER_MARK_MARGIN = "racetime: a margin in a sentence that states the earlier mark (race_prior_cues)"
# Two holder skeletons this alike are one name in two scripts (calibrated on invented transliterations:
# "lblnk" / "lbln" 0.89, "dgk" / "dk" 0.8; two athletes' skeletons, "kl" / "rn", "mr" / "frg", 0).
SAME_HOLDER_RATIO = 0.6
# The rule of a time a margin is taken off ("shaved 33 seconds off the 2:03:21 Tolosa ran"): an
# earlier mark, and the margin one by which it was improved (``improved``).
IMPROVED_MARK = "racetime: the time a margin is taken off (race_improved_cues): an earlier mark"
# A time stands at most this many tokens after the word that takes a margin off it ("off the 2:03:21":
# one token between).
IMPROVED_REACH = 2
# A year as an event signal writes it ("2029").
_YEAR = re.compile(r"\d{4}")


def earlier_mark(found: list[Reading], margin: Reading, toks: list[Tok], prior_cues, window: int) -> Reading | None:
    """Another time of the sentence that is an earlier mark (a ``race_prior_cues`` word within
    ``window`` tokens before it), else None."""
    for r in found:
        idx = lx.covered(toks, r.start, r.end)
        if r is not margin and idx and any(idx[0] - window <= h.i < idx[0] for h in prior_cues):
            return r
    return None


def improved(found: list[Reading], toks: list[Tok], lang: str) -> dict[int, tuple[Reading, lx.CueHit]]:
    """{start of a margin: (the time it is taken off, the cue between)} for the margins a word of
    improving (``race_improved_cues``: "off", "faster than", "inside", "أسرع من") follows with another
    time of the sentence within IMPROVED_REACH tokens after it ("shaved 33 seconds off the 2:03:21 Abdi
    Tolosa ran", "33 seconds faster than the 2:03:21 set in 2029"): that time is the earlier mark."""
    hits = lx.find_cues(toks, lx.lexicon(lang).race_improved_cues)
    spans = [(r, lx.covered(toks, r.start, r.end)) for r in found]
    out = {}
    for r, idx in spans:
        cue = next((h for h in hits if idx and h.i == idx[-1] + 1), None)
        if cue is None:
            continue
        mark = next((m for m, jdx in spans if m is not r and jdx and 0 <= jdx[0] - cue.j <= IMPROVED_REACH), None)
        if mark is not None:
            out[r.start] = (mark, cue)
    return out


def nearer(intro: tuple[int, int, str, str], who: tuple[int, int, str] | None, idx: list[int]) -> bool:
    """Is the competitor a nationality introduces (``racer.introduced_before``) nearer the time at
    token span ``idx`` than the registry's person ``who`` (or is there none)?"""
    if who is None:
        return True
    gap = idx[0] - who[1] if who[1] <= idx[0] else who[0] - idx[-1]
    return idx[0] - intro[1] < gap


def place_signal(toks: list[Tok], vals: list, at: int, lang: str) -> Signal | None:
    """The finishing place a finishing time is stated with: the nearest ordinal before token ``at``
    within PLACE_WINDOW tokens that a rank cue stands next to ("finished second in 2:04:05", "حل
    تولا ثانيا بزمن", as ``kinds.rank`` reads one), else a word naming a place (``race_places``: "took
    silver in 1:51.02"), else first when a win word
    (``score_win_cues``) stands that near before it ("won in 2:03:12", "فاز ... بزمن")."""
    lex = lx.lexicon(lang)
    best = None
    for v in vals:
        span = lx.covered(toks, v.start, v.end)
        if v.kind != "ordinal" or not span or not 0 < at - span[-1] <= PLACE_WINDOW or not v.value.isdigit():
            continue
        base = max(0, span[0] - rank.CUE_BEFORE - 1)
        cued = lx.find_cues(toks[base:span[0]], lex.rank_cues) or \
            lx.find_cues(toks[span[-1] + 1:span[-1] + 1 + rank.CUE_AFTER], lex.rank_cues)
        if cued and (best is None or span[-1] > best[0]):
            best = (span[-1], Signal(field="place", rule=f"racetime: the place stated before it ({lang}.lexicon rank_cues)",
                                     text=v.value, start=v.start, end=v.end))
    if best is not None:
        return best[1]
    named = [(h, key) for key, cues in lex.race_places.items() for h in lx.find_cues(toks, cues)
             if 0 < at - (h.j - 1) <= PLACE_WINDOW]
    if named:   # "took silver in 1:51.02", "was runner-up in 2:04:05"
        h, key = max(named, key=lambda n: n[0].j)
        return Signal(field="place", rule=f"racetime: a word of the place before it ({lang}.lexicon race_places '{h.cue}')",
                      text=key, start=h.start, end=h.end)
    win = [h for h in lx.find_cues(toks, lex.score_win_cues) if 0 < at - (h.j - 1) <= PLACE_WINDOW]
    if win:
        h = max(win, key=lambda h: h.j)
        return Signal(field="place", rule=f"racetime: a win word before it ({lang}.lexicon score_win_cues)",
                      text=WINNER, start=h.start, end=h.end)
    return None


def place(c: Claim) -> str | None:
    """The finishing place a race time is stated with ("1" for a winner's), else None."""
    return next((s.text for s in c.signals if s.field == "place"), None)


def holder(c: Claim) -> tuple[str, str] | None:
    """(key, name as written) of the holder an earlier mark is credited to, else None."""
    key = next((s.text for s in c.signals if s.field == "holder_key"), None)
    name = next((s.text for s in c.signals if s.field == "holder"), None)
    return (key, name or key) if key else None


def same_holder(a: str, b: str) -> bool:
    """Can two holder keys (the skeletons of a name's words) be one person? When a word of one is a
    word of the other, or alike enough to be one word transliterated (``SAME_HOLDER_RATIO``: "lblnk" /
    "lbln", a silent letter): "Liam Botha" and "ليام" (a name read in part) are one."""
    return any(x == y or SequenceMatcher(None, x, y).ratio() >= SAME_HOLDER_RATIO
               for x in a.split() for y in b.split())


def mark_year(c: Claim) -> str | None:
    """The year an earlier mark is dated by (an event signal of a year: "set in 2029", "منذ عام 2029")."""
    return next((s.text for s in c.signals if s.field == "event" and _YEAR.fullmatch(s.text or "")), None)
