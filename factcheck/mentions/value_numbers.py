"""Numbers for ``factcheck.mentions.values``: digit runs and runs of number words read as decimals, the
bounds a qualifier gives them, and ratios ("one in four", "1 out of every 10", "واحد من كل أربعة") read
as the share they state (25 %).

The regexes live in ``value_tables``; these functions turn a match into numbers.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from ..lang import lexicon as lx
from ..lang.text import fold
from .value_dates import YEAR_RANGE
from .value_tables import Cand, Doc, Tables, look
from .value_times import canon

ABOUT_SPREAD = 0.1                   # "about N" covers N - 10 % .. N + 10 %
PERCENT = Decimal(100)
SHARE_DIGITS = 4                     # significant digits of a ratio's share: "one in three" is 33.33 %
DUAL = 2                             # a dual word states two of its base ("ألفا": two thousand)
# A number stated in a scale word from this size up ("مليون", "3 ملايين", "20 ألفا") may be followed by
# the places it leaves out, after a number joiner ("مليون و200 ألف"): one sum (``joined_sums``).
SUM_MIN_SCALE = 1000
SUM_RULE = "joined-sum"
DUAL_MIN = 200                       # the smallest dual of a base with a step of its own (a hundred's)


THOUSANDS_GROUP = 3   # digits after a thousands separator


def _decimal_at(s: str, t: Tables) -> int:
    """The index of the decimal mark of a digit run, or -1. A mark that also separates thousands (the
    comma of Arabic copy: "6,4 درجات" beside "10,000") is the decimal mark only as the run's last
    separator with other than three digits after it ("6,4", "1,234,5"; "10,000" groups thousands)."""
    ts, marks = t.d["thousands_separators"], t.d["decimal_separators"]
    i = max((s.rfind(c) for c in marks), default=-1)
    if i < 0 or s[i] not in ts:
        return i
    last = max(s.rfind(c) for c in ts)
    return i if i == last and len(s) - i - 1 != THOUSANDS_GROUP else -1


def dec(s: str, t: Tables) -> Decimal:
    """A digit run as a Decimal, without thousands separators, with '.' as the decimal mark."""
    ts, marks = t.d["thousands_separators"], t.d["decimal_separators"]
    at = _decimal_at(s, t)
    return Decimal("".join("." if k == at else "" if c in ts or c in marks else c for k, c in enumerate(s)))


def bounds(v: float, q: str) -> tuple[float | None, float | None]:
    """(low, high) of a stated value under its qualifier; None is an open bound."""
    if q == "about":
        return round(v * (1 - ABOUT_SPREAD), 9), round(v * (1 + ABOUT_SPREAD), 9)
    if q in ("more_than", "at_least"):
        return v, None
    return (None, v) if q in ("less_than", "at_most", "up_to") else (v, v)


def digits_step(s: str, t: Tables) -> Decimal:
    """The place of the last digit of a digit run: '94.65' -> 0.01, '5,630,000' -> 1."""
    i = _decimal_at(s, t)
    return Decimal(1).scaleb(-(len(s) - i - 1)) if i >= 0 else Decimal(1)


def overlap(a: int, b: int) -> bool:
    """Whether two numbers use a common decimal place (then 'three four' is not 34)."""
    while a and b:
        if a % 10 and b % 10:
            return True
        a, b = a // 10, b // 10
    return False


def word_groups(t: Tables, doc: Doc, start: int, end: int) -> list[tuple[int, int, Decimal, list[str], Decimal]]:
    """Split a run of number words into numbers: (folded start, end, value, labels, step). Words join
    while their decimal places do not collide ('twenty five', 'خمسة وعشرون', 'three thousand'); the
    step is the scale of the last word when it is a scale word ('two million' -> 1000000), else 1."""
    scales, alone, duals = t.words["scales"], t.words["standalone_scales"], t.number_forms
    groups: list[list | None] = []  # [start, end, total, part, last_scale, labels, step]
    for w in t.extra["NWS"].finditer(doc.folded, start, end):
        key = " ".join(w.group().split())
        v, label = t.lex["NWS"].get(key)
        g, big = (groups[-1] if groups else None), key in scales and v >= 1000
        if g is not None and (v < g[4] and g[3] > 0 if big else 0 < g[3] < v if key in scales
                              else not overlap(g[3], v) and v < g[4]):
            # a big scale multiplies only the places of the part below it: "مليون ومئتي ألف" is a million
            # and 200 thousand, not (1,000,200) thousand; "ألف مليون" is a thousand million
            g[1:5] = ([w.end(), g[2] + (g[3] - g[3] % v) + (g[3] % v) * v, 0, v] if big else
                      [w.end(), g[2], g[3] * v if key in scales else g[3] + v, g[4]])
            g[5].append(label)
            g[6] = v if key in scales else 1
        elif key in scales and key in duals:
            # a scale word's accusative that is also its dual ("عشرين ألفا" / "ألفا شخص"): the dual
            # where no number comes before it (values ``number_forms``, tools/build_number_forms.py)
            groups.append([w.start(), w.end(), 0, duals[key], float("inf"), [f"number_forms '{w.group()}'"], v])
        elif key in scales and key not in alone:
            groups.append(None)  # plural scale words ('آلاف') are no number by themselves
        else:
            groups.append([w.start(), w.end(), 0, v, float("inf"), [label], v if key in scales else dual_step(duals, key)])
    return [(g[0], g[1], Decimal(g[2] + g[3]), g[5], Decimal(g[6])) for g in groups if g is not None]


def dual_step(duals: dict[str, Decimal | int | float], key: str) -> Decimal | int | float:
    """The step of a number word: the base a dual doubles ("ألفا", "مليوني": two thousand / million,
    stated to the thousand / million, as "two thousand" is), else 1."""
    v = duals.get(key)
    return v // DUAL if v is not None and v >= DUAL_MIN else 1


def blocked(t: Tables, doc: Doc, s: int, e: int) -> bool:
    """A lone number word that the data says is no number in this context ('one of')."""
    key, spec = " ".join(doc.folded[s:e].split()), t.d.get("number_word_blockers", {})
    before, after = doc.words_around(s, e)
    words = lambda side: {fold(b) for w, bs in spec.get(side, {}).items() if fold(w) == key for b in bs}  # noqa: E731
    return bool(before & words("before") or after & words("after"))


def _one_number(m, t: Tables, doc: Doc, digits: str, spelled: str, labels: list[str]) -> Decimal | None:
    """The number a ratio's part states, in digits (group ``digits``) or as exactly one number in words
    (group ``spelled``); None when the words hold several numbers or none."""
    if m.groupdict().get(digits):
        try:
            return dec(m[digits], t)
        except InvalidOperation:
            return None
    groups = word_groups(t, doc, m.start(spelled), m.end(spelled))
    if len(groups) != 1 or groups[0][:2] != (m.start(spelled), m.end(spelled)):
        return None
    labels += groups[0][3]
    return groups[0][2]


def h_ratio(m, t: Tables, doc: Doc) -> list[Cand]:
    """A ratio, "one in four", "three out of every 10", "واحد من كل أربعة": the share it states as a
    percentage (25 %), with its qualifier ("less than one in four": under 25 %). Its precision is one
    unit of the first number (one in four is 12.5-37.5 %: a ratio is a rough share). Only a part
    smaller than its whole is a share ("2 in 1" is a product)."""
    labels: list[str] = []
    part = _one_number(m, t, doc, "n", "w", labels)
    look(m, t, labels, ("rc", "RC"))
    whole = _one_number(m, t, doc, "n2", "w2", labels)
    if part is None or whole is None or not 0 < part < whole:
        return []
    share = Decimal(f"{part * PERCENT / whole:.{SHARE_DIGITS}g}")
    q = look(m, t, labels, ("qb", "QB")) or "exact"
    lo, hi = bounds(float(share), q)
    step = float(PERCENT / whole)
    return [Cand(m.start(), m.end(), labels, lambda ctx: ("number", canon(share) + "%", lo, hi, q, False, step))]


def h_range(m, t: Tables, doc: Doc) -> list[Cand]:
    """A range of one figure, "30 to 50 others", "between 30 and 50", "بين 30 و50": its middle with the
    range as its bounds (an estimate: qualifier "about"), the unit, percent or scale after it applying to
    both ends. A connector that needs an opener ("and" after "between") has it; the first end is the
    smaller ("50 to 30" is no range)."""
    labels: list[str] = []
    openers = look(m, t, labels, ("rgc", "RGC"))
    opener = look(m, t, labels, ("rgo", "RGO"))
    if openers and opener not in openers.split("|"):
        return []
    before, after = doc.words_around(m.start(), m.end())
    if before & t.words["range_blockers_before"]:
        return []   # "rose from 30 to 50": a change, two figures
    if (before | after) & t.words["months"] or after & t.lex["DPT"].table.keys() or all(
            m[g].isdigit() and int(m[g]) in YEAR_RANGE for g in ("n", "n2")):
        return []   # days of a month ("June 12 to 14"), hours ("9 to 10 am"), years ("2019 to 2021")
    try:
        scale = Decimal(look(m, t, labels, ("sc", "SC")) or 1)
        low, high = dec(m["n"], t) * scale, dec(m["n2"], t) * scale
    except InvalidOperation:
        return []
    if not 0 <= low < high:
        return []
    unit = look(m, t, labels, ("pc", "PC"), ("u", "UN"), ("ca", "CA"))
    suffix = "%" if m.groupdict().get("pc") else f" {unit}" if unit else ""
    middle = (low + high) / 2
    step = float(digits_step(m["n2"], t) * scale)
    return [Cand(m.start(), m.end(), labels,
                 lambda ctx: ("number", canon(middle) + suffix, float(low), float(high), "about", False, step))]


def cased_ok(m: re.Match, t: Tables, doc: Doc, groups: tuple[str, ...]) -> bool:
    """Whether every matched unit/currency form that is spelled with an upper-case Latin letter in the
    data ('USD', 'ALL', 'Pa') has that spelling in the text."""
    for g in groups:
        if m.groupdict().get(g):
            want = t.cased.get(" ".join(m[g].split()))
            if want and " ".join(doc.text[doc.index[m.start(g)]:doc.index[m.end(g) - 1] + 1].split()) != want:
                return False
    return True


def number_cand(m, t, labels, v: Decimal, fs, fe, core_from, core_to, where=("qb", "qa", "pc", "u", "ca"),
            step: Decimal = Decimal(1)) -> Cand:
    """A number candidate with its unit, percent or currency, qualifier and stated precision."""
    unit = look(m, t, labels, *[(g, k) for g, k in (("pc", "PC"), ("u", "UN"), ("ca", "CA"), ("cb", "CB"))
                                 if g in where or g == "cb"])
    # a percent sign before the digits ("٪35": right-to-left typing) is the sign after them
    suffix = "%" if m.groupdict().get("pc") and "pc" in where or m.groupdict().get("pcb") else f" {unit}" if unit else ""
    q = look(m, t, labels, *[(g, k) for g, k in (("qb", "QB"), ("qa", "QA")) if g in where]) or "exact"
    lo, hi = bounds(float(v), q)
    return Cand(fs, fe, labels, lambda ctx: ("number", canon(v) + suffix, lo, hi, q, False, float(step)),
                 core_to - core_from)


# The precision of a fraction of a scale ("half a million", "one and a half million"): a tenth of the
# scale, as "0.5 million" and "1.5 million" state it.
FRACTION_STEP = Decimal("0.1")
# A fraction after a number applies to a scale word only ("a million and a half"; "two and a half"
# alone is no scaled number): the smallest scale it may follow.
FRACTION_MIN_SCALE = 1000


def h_fraction(m, t, doc):
    """A fraction of a scale word ("half a million": 500,000) or a number and a fraction of its scale
    ("one and a half million", "a million and a half", "مليون ونصف المليون": 1,500,000)."""
    g = m.groupdict()
    if not cased_ok(m, t, doc, ("u", "ca")):
        return []
    labels: list[str] = []
    try:
        if g.get("fb"):
            scale = Decimal(str(look(m, t, labels, ("sc", "SC"))))
            v = Decimal(str(look(m, t, labels, ("fb", "FRB")))) * scale
        else:
            frac = Decimal(str(look(m, t, labels, ("fa", "FRA"))))
            after = look(m, t, labels, ("sc", "SC"))
            if g.get("w"):
                groups = word_groups(t, doc, m.start("w"), m.end("w"))
                if len(groups) != 1 or groups[0][:2] != (m.start("w"), m.end("w")):
                    return []
                n, step = groups[0][2], groups[0][4]
                labels += groups[0][3]
                if step < FRACTION_MIN_SCALE and n >= FRACTION_MIN_SCALE:
                    power = Decimal(10) ** (len(str(int(n))) - 1)   # "a million" is one word: its scale
                    step = power if n % power == 0 else step
            else:
                step = Decimal(str(look(m, t, labels, ("sc0", "SC")) or 1))
                n = dec(m["n"], t) * step
            if after is not None and step < FRACTION_MIN_SCALE:
                scale, v = Decimal(str(after)), (n + frac) * Decimal(str(after))   # "one and a half million"
            elif step >= FRACTION_MIN_SCALE:
                scale, v = step, n + frac * step   # "a million and a half", "مليون ونصف (المليون)"
            else:
                return []
    except InvalidOperation:
        return []
    return [number_cand(m, t, labels, v, m.start(), m.end(), m.start(), m.end(), step=FRACTION_STEP * scale)]


def joined_sums(found: list, text: str, t: Tables) -> list:
    """Join a number stated in a scale and a smaller number after a number joiner into one sum ("مليون
    و200 ألف": 1,200,000; "3 ملايين و500 ألف دولار": 3,500,000 USD; "1 million and 200,000"; each in
    one currency: "ملياري دولار وأربعمئة مليون دولار", 2,400,000,000 USD): the
    second states the places the first's scale word leaves out. ``found`` are value mentions sorted
    by start (``values.ValueMention``); the first's qualifier governs the sum, the second's unit or
    currency is the sum's. Never after a range opener ("بين مليون و200 ألف" stays a range's ends)."""
    joiners, openers = t.words["number_joiners"], t.words["range_openers"]
    out: list = []
    for v in found:
        prev = out[-1] if out else None
        if prev is not None and _sums(prev, v, text, joiners, openers):
            total = Decimal(prev.value.split(" ", 1)[0]) + Decimal(v.value.split(" ", 1)[0])
            suffix = v.value[len(v.value.split(" ", 1)[0]):]
            lo, hi = bounds(float(total), prev.qualifier)
            out[-1] = replace(prev, value=canon(total) + suffix, low=lo, high=hi, end=v.end, step=v.step,
                              rule=f"{prev.rule} + {SUM_RULE} + {v.rule}")
        else:
            out.append(v)
    return out


# What a number's rule names when a scale word states it ("10 million": ``scales``).
SCALE_LABEL = "values:scales"
# The rule label of a number that takes the currency of the sum before it.
CARRIED_RULE = "currency of the sum before it (currency_carriers '{joiner}')"
_SUM_IN_CURRENCY = re.compile(r"\d+(?:\.\d+)? [A-Z]{3}")
_BARE = re.compile(r"\d+(?:\.\d+)?")


def carried_currency(found: list, text: str, t: Tables, lang: str) -> list:
    """A bare number stated in a scale right after a sum and a word of addition is in the sum's
    currency ("80 million euros plus 10 million in add-ons", "80 مليون يورو و10 ملايين كحوافز": 10
    million EUR); ``found`` are value mentions sorted by start. A number without a scale word ("80
    million euros and 10 players") or with a counted noun of its own ("and 10 million people") keeps no
    currency."""
    carriers = t.words["currency_carriers"]
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if a.kind != "number" or b.kind != "number" or not _SUM_IN_CURRENCY.fullmatch(a.value) \
                or not _BARE.fullmatch(b.value) or SCALE_LABEL not in b.rule:
            continue
        joiner = fold(text[a.end:b.start]).strip()
        if joiner in carriers and not _counts_a_noun(text, b.end, lang):
            out[k] = replace(b, value=f"{b.value} {a.value.split(' ')[1]}",
                             rule=f"{b.rule} + {CARRIED_RULE.format(joiner=joiner)}")
    return out


def _counts_a_noun(text: str, end: int, lang: str) -> bool:
    """Does a content word follow the number ending at ``end`` in its phrase ("10 million people"), not
    a preposition ("10 million in add-ons") or a word with a preposition's prefix ("10 ملايين كحوافز")?"""
    m = re.match(r"\s*(\w+)", text[end:])
    if m is None:
        return False
    word, lex = fold(m.group(1)), lx.lexicon(lang)
    prefixes = tuple(lex.preposition_prefixes)
    return word not in lex.stopwords.words and not (prefixes and word.startswith(prefixes) and len(word) > 3)


def _sums(a, b, text: str, joiners: set[str], openers: set[str]) -> bool:
    """Is ``b`` the rest of the sum ``a`` starts (see ``joined_sums``)?"""
    if a.kind != "number" or b.kind != "number" or b.qualifier != "exact" or a.step is None or b.step is None:
        return False
    unit = a.value.partition(" ")[2]
    if not re.fullmatch(r"\d+(?:\.\d+)?(?: \S+)?", a.value) or not re.fullmatch(r"\d+(?:\.\d+)?(?: \S+)?", b.value) \
            or (unit and b.value.partition(" ")[2] != unit):
        return False   # the first has no unit of its own, or the second's ("ملياري دولار وأربعمئة مليون
        # دولار"); a percentage is never a part of a sum
    if fold(text[a.end:b.start]).strip() not in joiners:
        return False
    before = fold(text[:a.start]).split()
    if before and (before[-1] in openers or " ".join(before[-2:]) in openers):
        return False
    x = Decimal(b.value.split(" ", 1)[0])
    return a.step >= SUM_MIN_SCALE and 0 < x < a.step and x >= b.step
