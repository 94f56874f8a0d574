"""One-letter unit forms read by the words around them: '2.36m', '8.41 m', '£5m', '100 م'.

CLDR gives one letter to several units ('m' is the metre, the minute and, in the press, million; Arabic
'م' is the metre and the era marker of a Gregorian year), so ``tools/build_units.py`` drops them
from the unit lexicon. The values data's ``letter_units`` section lists such forms with the readings
they may have, and this rule decides among them, in this order:

1. **money**: a currency sign or code before the digits ('£5m', 'US$ 12m'), a currency after the
   letter ('5m euros'), a ``scale_cues`` phrase right before the number ('worth 5m', 'a fee of 5m')
   or a ``scale_nouns_after`` money noun right after the letter ('a 5m fee') make it the form's
   ``scale`` (million); a form without a scale is then no unit;
2. **a year**: after a year or month cue of the language ('عام 2024 م', 'مارس 2024م'), a form marked
   ``era`` closes a year, no figure;
3. **a clock time**: after a clock word ('الساعة 8 م') it is no unit (the clock-time rule's);
4. before a word of elapsed time (``duration_after``: '2m later') the form's ``duration`` unit;
5. otherwise **a length** in the form's ``unit`` ('cleared 2.36m', 'the 100m final', 'قفز 8.41 م').

A duration written with several compact units ('2h 05m', '3m 20s') is the compound-duration rule's
(a longer match, so it wins). Every value names the reading in its rule ("letter_units 'm' + read as m").
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .value_dates import YEAR_RANGE
from .value_numbers import bounds, dec, digits_step, number_cand
from .value_tables import Cand, cue_before, look
from .value_times import canon


def h_letter_unit(m: re.Match, t, doc) -> list[Cand]:
    """A number with a one-letter unit form, read as the words around it decide (module docstring)."""
    g = m.groupdict()
    labels: list[str] = []
    entry = look(m, t, labels, ("lu", "LU")) or {}
    try:
        v, step = dec(m["n"], t), digits_step(m["n"], t)
    except InvalidOperation:
        return []
    start_n = m.start("cb") if g.get("cb") else m.start("n")
    if g.get("cb") or g.get("ca") or cue_before(t, doc, "LU_SCALE", start_n) or _cue_after(t, doc, "LU_SCALE_AFTER", m.end()):
        if not entry.get("scale"):
            return []
        scale = Decimal(str(entry["scale"]))
        labels.append(f"read as scale {entry['scale']} after money")
        return [number_cand(m, t, labels, v * scale, m.start(), m.end(), start_n, m.end(), ("qb", "ca"),
                            step * scale)]
    if entry.get("era") and v == v.to_integral_value() and int(v) in YEAR_RANGE \
            and cue_before(t, doc, "CUE_Y", m.start("n")):
        return []
    if cue_before(t, doc, "CW", m.start("n")):
        return []
    if entry.get("duration") and _cue_after(t, doc, "LU_DURATION_AFTER", m.end()):
        return _duration(m, t, labels, entry["duration"], v, step, start_n)
    unit = entry.get("unit")
    if not unit:
        return []
    labels.append(f"read as {unit}")
    q = look(m, t, labels, ("qb", "QB")) or "exact"
    lo, hi = bounds(float(v), q)
    value = f"{canon(v)} {unit}"
    return [Cand(m.start(), m.end(), labels, lambda ctx: ("number", value, lo, hi, q, False, float(step)),
                 m.end() - start_n)]



def _cue_after(t, doc, key: str, pos: int) -> bool:
    """Does a word of ``t.extra[key]`` (value_tables: the letter units' words after) start at ``pos``?"""
    return t.extra[key].match(doc.folded, pos) is not None


def _duration(m: re.Match, t, labels: list[str], unit: str, v: Decimal, step: Decimal, core_from: int) -> list[Cand]:
    """The letter as the duration unit ``unit`` (a duration_units key: "2m later" is two minutes)."""
    found = t.lex["DU"].get(unit)
    if found is None:
        return []
    spec, label = found
    labels += [label, f"read as {unit}"]
    q = look(m, t, labels, ("qb", "QB")) or "exact"
    hours = Decimal(str(spec["hours"]))
    lo, hi = bounds(round(float(v * hours), 9), q)
    iso, size = spec["iso"].format(canon(v)), float(step * hours)
    return [Cand(m.start(), m.end(), labels, lambda ctx: ("duration", iso, lo, hi, q, False, size), m.end() - core_from)]
