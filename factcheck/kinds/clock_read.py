"""How precisely a clause states a clock time: "shortly before 4 a.m.", "at around 6 pm", "just after 11
at night", "قبيل الساعة الرابعة", "في حوالي الساعة السادسة" state a time rounded to the hour or half hour,
which an exact time a few minutes off ("03:47") restates rather than contradicts.

The words are the language's hedges of figures (``values.json`` ``qualifiers.about``: "about",
"around", "حوالي") and its prepositions of order in time (``values.json`` ``clock_bounds``: "before",
"shortly after", "قبيل"), read right before the time's mention."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.text import fold
from ..mentions.value_tables import tables

if TYPE_CHECKING:
    from ..mentions.values import ValueMention

# A time of day given with a hedge or a bound is within this many minutes of the time it rounds: the
# press rounds times of day to the hour or the half hour ("shortly before 4 a.m." for 03:47, "around
# 6 pm" for 18:20). Invented quake and storm stories (tests/test_story_quake_1.py, _2.py).
APPROX_CLOCK_MINUTES = 30
# Characters read before a time's mention for its hedge ("a little after", "في حوالي").
HEDGE_CHARS = 30
# Rule names of the readings, for the claim's signal.
ABOUT, BEFORE, AFTER = "about", "before", "after"


def _phrases(lang: str) -> list[tuple[str, str]]:
    """(folded phrase, class) of the language's hedges and bounds of a time, longest first."""
    d = tables(lang).d
    about = ((d.get("qualifiers") or {}).get(ABOUT) or {}).get("before", [])
    bounds = d.get("clock_bounds") or {}
    out = [(fold(w), ABOUT) for w in about] + [(fold(w), k) for k in (BEFORE, AFTER) for w in bounds.get(k, [])]
    return sorted(out, key=lambda p: -len(p[0]))


def hedge(text: str, v: "ValueMention", lang: str) -> tuple[str, str] | None:
    """The hedge or bound written right before a clock time's mention, as (class, phrase as folded):
    ("before", "shortly before") for "shortly before 4 a.m."; None when the time is stated plainly."""
    pre = fold(text[max(0, v.start - HEDGE_CHARS):v.start]).rstrip()
    for phrase, cls in _phrases(lang):
        if pre.endswith(phrase) and (len(pre) == len(phrase) or not pre[-len(phrase) - 1].isalnum()):
            return cls, phrase
    return None


def minutes(value: str) -> int | None:
    """The minute of the day of a clock time "HH:MM" (None for anything else)."""
    hh, sep, mm = value.partition(":")
    if not sep or not (hh.isdigit() and mm.isdigit()):
        return None
    return int(hh) * 60 + int(mm)


def interval(cls: str, at: int) -> tuple[float, float]:
    """The minutes of the day a time at minute ``at`` hedged as ``cls`` may be (ends may run past
    midnight: below 0 or from 1440 on)."""
    low = at - APPROX_CLOCK_MINUTES if cls in (ABOUT, BEFORE) else at
    high = at + APPROX_CLOCK_MINUTES if cls in (ABOUT, AFTER) else at
    return float(low), float(high)
