"""The rank kind: the place a competitor takes in a race, a poll or a table (``rank``: the ordinal,
"2"), its subject the competitor a nationality introduces right before it or the person the clause
names before it, else the nationality it names ("the Moroccan runner came third").

An ordinal is a rank only next to a rank cue of the lexicon (``<lang>.lexicon rank_cues``:
"finished second", "came 3rd", "in second place", "حل ثانيا", "في المركز الثالث"); elsewhere it
numbers an event ("the second round", ``events``) or a match minute (``kinds.minute``), or describes
("the first goal"). Two ranks of one subject in one event agree when equal and contradict otherwise;
ranks of different subjects never meet (the registry blocks them on their subject).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import lexicon as lx
from ..lang.lexicon import Tok
from ..models import Article, Claim, Clause, Signal
from . import Context
from .base import CONF_SIMILAR, CONF_VALUE, UNRELATED, FigureFrame, Verdict
from . import racer
from ..mentions.persons import skeleton
from .reading import NATIONALITY, ordinal, plain

if TYPE_CHECKING:
    from ..mentions.values import ValueMention

PROPERTY = "rank"
# Tokens between a rank cue and its ordinal: "finished second" (0), "came in third" (1), "حل العداء
# المغربي ثالثا" (2: the subject between); after it: "second place", "الثاني في الترتيب" (0-1).
CUE_BEFORE = 3
CUE_AFTER = 2
# Tokens before the cue searched for a capitalised name ("Tomas Weil ended the race in fifth place").
NAME_BEFORE = 6
# Tokens before the ordinal searched for a nationality when no person is named ("the Kenyan came second").
NATIONALITY_BEFORE = 4


def frame(art: Article, clause: Clause, toks: list[Tok], span: list[int], v: "ValueMention",
          persons: list[tuple[int, int, str]], label) -> FigureFrame | None:
    """The rank an ordinal states (its clause, ``frames`` turns it into a draft), or None when no
    rank cue is next to it or nobody takes it."""
    lang = art.language
    if not span:
        return None
    first = span[0]
    base = max(0, first - CUE_BEFORE - 1)
    before, after = _cues(toks, span, lang)
    if not before and not after:
        return None
    # whose: read back from the cue before the ordinal ("Ola Brekke finished second"), else from it
    subject, name, rule = _whose(art.text, toks, first, base + before[0].i if before else first, persons, label, lang)
    if subject is None:
        return None
    cue = (before or after)[0]
    sigs = [Signal(field="value", rule=f"{v.rule}; {lang}.lexicon rank_cues '{cue.cue}'",
                   text=art.text[v.start:v.end], start=v.start, end=v.end),
            Signal(field="subject", rule=rule, text=name)]
    return FigureFrame(clause.start, clause.end, v.value, v.low, v.high, v.qualifier, subject, name, [], sigs)


def _cues(toks: list[Tok], span: list[int], lang: str) -> tuple[list[lx.CueHit], list[lx.CueHit]]:
    """The rank cues before and after the ordinal at tokens ``span``."""
    first, last = span[0], span[-1]
    base = max(0, first - CUE_BEFORE - 1)
    return (lx.find_cues(toks[base:first], lx.lexicon(lang).rank_cues),
            lx.find_cues(toks[last + 1:last + 1 + CUE_AFTER], lx.lexicon(lang).rank_cues))


def is_rank(toks: list[Tok], span: list[int], lang: str) -> bool:
    """Does the ordinal at tokens ``span`` state a place, a rank cue next to it ("came second", "حل
    ثانيا"), whoever takes it?"""
    return bool(span) and any(_cues(toks, span, lang))


def _whose(text: str, toks: list[Tok], first: int, cue: int, persons: list[tuple[int, int, str]], label,
           lang: str) -> tuple[str | None, str | None, str]:
    """Who takes the rank (the ordinal at token ``first``, its cue at ``cue``): the competitor a
    nationality introduces before it when no known person is named nearer (``racer.introduced_before``),
    else the person named nearest before the ordinal, else the nearest capitalised name before the cue, else a nationality
    just before the ordinal."""
    before = [p for p in persons if p[1] <= first]
    intro = racer.introduced_before(text, toks, first, lang)
    if intro is not None and not any(intro[0] <= p[0] < intro[1] for p in persons) \
            and (not before or max(before)[1] <= intro[0]):
        # "وحل الإثيوبي هايلي غيبرو ثانيا": a nationality introduces a name nearer than any person known
        return intro[2], intro[3], f"rank: {racer.INTRODUCED}"
    if before:
        key = max(before)[2]
        return key, label(key), "rank: the person named before it"
    # a capitalised name before the cue ("Ola Brekke finished second", "Weil ended the race in fifth
    # place"): the skeleton of its last word is the key, as the name registry's ("Brekke came third"
    # is the same competitor, and so is "بريكه" in another article)
    stop = lx.lexicon(lang).stopwords.words

    def named(k: int) -> bool:
        return toks[k].cap and toks[k].form not in stop and lx.nationality_at(toks, k, lang) is None

    end = next((k for k in range(cue - 1, max(-1, cue - 1 - NAME_BEFORE), -1) if named(k)), None)
    if end is not None:
        k = end
        while k - 1 >= 0 and named(k - 1):
            k -= 1
        return skeleton(toks[end].form), text[toks[k].start:toks[end].end], \
            "rank: the capitalised name before its cue"
    for k in range(first - 1, max(-1, first - 1 - NATIONALITY_BEFORE), -1):
        nat = lx.nationality_at(toks, k, lang)
        if nat is not None:
            return f"{NATIONALITY}:{nat[0]}", text[toks[k].start:toks[k + nat[1] - 1].end], \
                f"rank: the nationality named before it ({lang}.lexicon nationality / CLDR demonyms)"
    return None, None, ""


def judge(a: Claim, b: Claim, ctx: Context) -> Verdict:
    if a.subject != b.subject or not ctx.same_event:
        return UNRELATED   # someone else's place, or another race
    if a.value == b.value:
        return Verdict("agree", f"same place for {a.subject_label} ({readable(a)} / {readable(b)})", CONF_VALUE)
    return Verdict("contradict", f"different place for {a.subject_label} ({readable(a)} vs {readable(b)}; "
                                 f"{ctx.why})", CONF_SIMILAR)


def readable(c: Claim) -> str:
    """The rank as a place ("2nd place")."""
    return f"{ordinal(int(c.value))} place" if (c.value or "").isdigit() else plain(c)


def words(c: Claim) -> str:
    return readable(c)
