"""Numerals in statements: a different number in the same slot of two aligned clauses
(``number_change``, ``kinds.statement``), unless a numeral is a bound or an approximation ("over 200",
"about 40": the value frames compare those, as ranges)."""
from __future__ import annotations

from functools import lru_cache

from ..lang import data as langdata
from ..lang import lexicon as lx
from ..lang.text import fold
from ..mentions.values import ValueMention, find_values
from . import quantity_nouns, quantity_value
from .statement_align import FIGURE_VALUE_KINDS, SIDE_MEMO, Side, numeral, side

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


# The tokenizer splits a written number at its separators ("1,000", "2.5", "٣٫٥"): a number's tokens
# are read back together before two numbers are compared. Thousands separators join only a group of
# three digits; a decimal point joins any.
THOUSANDS = ",\u066c"
DECIMAL = ".\u066b"


def _digit_runs(s: Side) -> dict[int, tuple[float, str, float, str]]:
    """The numbers a clause writes in digits, by the index of their first numeral token, read back
    across the separators the tokenizer split them at ("1,000" -> 1000, "22.4" -> 22.4), with half a
    unit of their last digit as their precision."""
    out: dict[int, tuple[float, str, float, str]] = {}
    nums = set(s.numbers)
    k = 0
    while k < len(s.toks):
        if k not in nums:
            k += 1
            continue
        value, j, point = numeral(s.toks[k]) or "", k, False
        while j + 1 in nums and s.toks[j].form.isdigit() and s.toks[j + 1].form.isdigit() \
                and s.toks[j + 1].start - s.toks[j].end == 1:
            sep, part = s.text[s.toks[j].end], s.toks[j + 1].form
            if sep in THOUSANDS and len(part) == 3 and not point:
                value += part
            elif sep in DECIMAL and not point:
                value, point = value + "." + part, True
            else:
                break
            j += 1
        try:
            number = float(value)
        except ValueError:
            number = float("nan")   # never equal: compared as different
        decimals = len(value.rpartition(".")[2]) if point else 0
        out[k] = (number, s.text[s.toks[k].start:s.toks[j].end] if s.text else value, 0.5 * 10 ** -decimals, "count")
        k = j + 1
    return out


def whole_numbers(s: Side, lang: str) -> dict[int, tuple[float, str, float, str]]:
    """The numbers a clause states, by the index of their first numeral token: (value in the base unit
    of its dimension, the number as written, half its stated precision, dimension). The values parser
    reads them whole: scale words, fractions, units ("1.5 million" is 1,500,000; "120 metres" and
    "394 feet" are both lengths in metres); digits it reads as nothing are read back as digit runs.
    Read once per clause (a clause meets many others)."""
    if not s.numbers:
        return {}
    return _whole_numbers(s.text, lang) if s.text else _digit_runs(s)


@lru_cache(maxsize=SIDE_MEMO)
def _whole_numbers(text: str, lang: str) -> dict[int, tuple[float, str, float, str]]:
    s = side(text, lang)
    out = _digit_runs(s)
    for v in find_values(s.text, lang):
        if v.kind not in ("number", "duration") or v.low is None:
            continue
        # the numeral tokens the mention overlaps (a token may carry a proclitic: "بـ50", "و٨٠")
        first = next((k for k in s.numbers if s.toks[k].start < v.end and v.start < s.toks[k].end), None)
        if first is None:
            continue
        dim, factor = ("duration", 1.0) if v.kind == "duration" else quantity_value.dimension(v.value)
        mid = v.low if v.high is None else (v.low + v.high) / 2
        step = (v.step or 1.0) * factor
        out[first] = (mid * factor, s.text[v.start:v.end], step / 2, dim)
        for k in s.numbers:   # the mention's other digit groups are part of it
            if k != first and s.toks[k].start < v.end and v.start < s.toks[k].end:
                out.pop(k, None)
    return out


def same_number(a: tuple[float, str, float, str], b: tuple[float, str, float, str]) -> bool:
    """Do two stated numbers meet: one dimension, within the precision each states ("22.4" and "22.45",
    "1.5 million" and "1,500,000", "120 metres" and "394 feet" do)?"""
    return a[3] == b[3] and abs(a[0] - b[0]) <= a[2] + b[2]


def counts_others(s: Side, i: int, lang: str) -> bool:
    """Does the numeral at ``i`` count others than a group already told, or more ("seven other
    candidates", "سبعة مرشحين آخرين": ``quantity_nouns.others_word``, its noun read as the next word)?"""
    return quantity_nouns.others_word(s.toks, i, i, i + 1 if i + 1 < len(s.toks) else None, lang) is not None


def number_change(a: Side, b: Side, lang: str, a_text: str = "", b_text: str = "") -> tuple[int, int] | None:
    """A number of ``a`` and a different one of ``b`` next to the same aligned content word: both
    exact, or (given the clauses' texts) two bounds or approximations whose ranges have no value in
    common ("about 49 years" / "about 80 years", "more than 90" / "less than 90": see ``apart``).
    Numbers are compared by value, read whole and within the precision each states ("1,000" is
    "1000", "2.50" is "2.5", "22.4" meets "22.45", "1.5 million" is "1,500,000")."""
    if not a.numbers or not b.numbers:
        return None
    na, nb = whole_numbers(a, lang), whole_numbers(b, lang)
    for i, x in na.items():
        if any(same_number(x, y) for y in nb.values()):
            continue
        for j, y in nb.items():
            if any(same_number(y, z) for z in na.values()) or not neighbours(a, i) & neighbours(b, j):
                continue
            if counts_others(a, i, lang) != counts_others(b, j, lang):
                continue   # "nine candidates" / "seven other candidates": the others are a part (quantity_nouns.others_word)
            if not bounded(a, i, lang) and not bounded(b, j, lang):
                return i, j
            xm, ym = _mention(a_text, lang, a.toks[i].start), _mention(b_text, lang, b.toks[j].start)
            # a range only where the value reader reads a bound or an approximation ("freed 13 under
            # the deal" is no bound, but bounded's window takes "under" for one: left alone, as before)
            if xm is not None and ym is not None and "exact" not in (xm.qualifier, ym.qualifier) and apart(xm, ym):
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
