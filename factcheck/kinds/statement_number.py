"""Numerals in statements: a different number in the same slot of two aligned clauses
(``number_change``, ``kinds.statement``), unless a numeral is a bound or an approximation ("over 200",
"about 40": the value frames compare those, as ranges)."""
from __future__ import annotations

from functools import lru_cache

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..lang.text import fold
from ..mentions.values import ValueMention, find_values
from .statement_align import FIGURE_VALUE_KINDS, Side, numeral

# Tokens either side of a numeral searched for a value qualifier ("more than", "نحو").
QUALIFIER_WINDOW = 3
# A numeral's slot is the nearest content word on each side within this many tokens (function words
# between: "لعام 2020", "in the year 2020"). On ANS *train* 2 instead of 1 (the adjacent word only)
# adds 1 contradiction and no false alarm (with numerals glued to their noun, "25عام", 2 more on dev);
# no scoreboard row changed.
NUMBER_SLOT_TOKENS = 2
# Qualifiers of values.json whose bound excludes its own number ("more than 90", "less than 90").
STRICT = frozenset({"more_than", "less_than"})


def neighbours(s: Side, i: int) -> frozenset[str]:
    """Forms of the nearest content word before and after token ``i`` (within NUMBER_SLOT_TOKENS
    tokens, past function words: "postponed to the year 2020"), when it is aligned."""
    out: set[str] = set()
    for step in (-1, 1):
        for k in range(i + step, i + step * (NUMBER_SLOT_TOKENS + 1), step):
            if k in s.content:
                if k in s.aligned:
                    out |= s.forms[k]
                break
    return frozenset(out)


@lru_cache(maxsize=None)
def qualifier_phrases(lang: str) -> frozenset[tuple[str, ...]]:
    """Folded word sequences of the value qualifiers ("more than", "about", "at least") in
    ``data/<lang>/values.json``."""
    node = langdata.load(lang, "values").get("qualifiers", {})
    phrases = [p for kind in node.values() if isinstance(kind, dict) for side in kind.values()
               if isinstance(side, list) for p in side if isinstance(p, str)]
    return frozenset(tuple(lx.WORD_RE.findall(fold(p))) for p in phrases) - {()}


def bounded(s: Side, i: int, lang: str) -> bool:
    """Is the numeral at ``i`` a bound or an approximation ("over 200", "about 40")? A whole
    qualifier phrase must stand within QUALIFIER_WINDOW tokens of it (its function words alone,
    "عن", "من", "than", are no qualifier: "died at the age of 71")."""
    lo = max(0, i - QUALIFIER_WINDOW)
    near = s.toks[lo: i + QUALIFIER_WINDOW + 1]
    words = [t.variants | {t.form} for t in near]
    firsts = qualifier_firsts(lang)
    for j, here in enumerate(words):
        for first in here & firsts.keys():
            for phrase in firsts[first]:
                n = len(phrase)
                if j + n <= len(words) and all(phrase[k] in words[j + k] for k in range(1, n)):
                    return True
    return False


@lru_cache(maxsize=None)
def qualifier_firsts(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The qualifier phrases (``qualifier_phrases``) by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(qualifier_phrases(lang)):
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def number_change(a: Side, b: Side, lang: str, a_text: str = "", b_text: str = "") -> tuple[int, int] | None:
    """A numeral of ``a`` and a different one of ``b`` next to the same aligned content word: both
    exact, or (given the clauses' texts) two bounds or approximations whose ranges have no value in
    common ("about 49 years" / "about 80 years", "more than 90" / "less than 90": see ``apart``)."""
    va = {numeral(a.toks[i]) for i in a.numbers}
    vb = {numeral(b.toks[j]) for j in b.numbers}
    for i in a.numbers:
        if numeral(a.toks[i]) in vb:
            continue
        for j in b.numbers:
            if numeral(b.toks[j]) in va or not neighbours(a, i) & neighbours(b, j):
                continue
            if not bounded(a, i, lang) and not bounded(b, j, lang):
                return i, j
            x, y = _mention(a_text, lang, a.toks[i].start), _mention(b_text, lang, b.toks[j].start)
            # a range only where the value reader reads a bound or an approximation ("freed 13 under
            # the deal" is no bound, but bounded's window takes "under" for one: left alone, as before)
            if x is not None and y is not None and "exact" not in (x.qualifier, y.qualifier) and apart(x, y):
                return i, j
    return None


def _mention(text: str, lang: str, at: int) -> ValueMention | None:
    """The figure (FIGURE_VALUE_KINDS) of ``text`` whose surface holds character ``at``, or None."""
    if not text:
        return None
    return next((m for m in find_values(text, lang) if m.kind in FIGURE_VALUE_KINDS and m.start <= at < m.end), None)


def apart(x: ValueMention | None, y: ValueMention | None) -> bool:
    """Do two figures of one kind and unit have ranges (their bounds and approximations, as the value
    reader states them) with no value in common? Open bounds reach as far as they go; a strict bound
    ("more than 90") excludes its own number ("less than 90" is apart from it)."""
    if x is None or y is None or x.kind != y.kind or _unit(x) != _unit(y):
        return False
    return _below(x, y) or _below(y, x)


def _unit(m: ValueMention) -> str:
    """What a figure counts in: its normal form's unit or currency ("80 USD" -> "USD"), or the
    duration designator's kind (every duration is read in hours)."""
    return m.kind if m.kind == "duration" else m.value.partition(" ")[2]


def _below(x: ValueMention, y: ValueMention) -> bool:
    """Does every value ``x`` may have lie below every value ``y`` may have?"""
    if x.high is None or y.low is None:
        return False
    if x.high < y.low:
        return True
    return x.high == y.low and (x.qualifier in STRICT or y.qualifier in STRICT)
