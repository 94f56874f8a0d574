"""A figure's value in its normal form ("94.65%", "35000000000 USD", "330 ft", "5300"): its dimension
and the factor to the dimension's base unit (``dimension``, from ``data/units.json`` and the currency
codes), its number, and the interval its stated precision gives it (``stated_step``, ``bounds``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang import data as langdata
from ..lang.text import ascii_digits
from . import currency

# A bare integer of this many trailing zeros or more is read as rounded to that place ("5,600,000"
# is not a count to the unit); fewer trailing zeros ("2,000") are read as exact.
ROUNDED_TRAILING_ZEROS = 4
# ... but to no fewer than this many significant digits: "30,000" is 29,500-30,500, not 25,000-35,000
# (a prize of $25,000 against one of $30,000 is two figures; "5,600,000" keeps its 100,000 step).
ROUNDED_MIN_SIGNIFICANT = 2
_DIGIT_RUN = re.compile(r"\d[\d,.\u066b\u066c\u00a0 ]*\d|\d")


@lru_cache(maxsize=1)
def _units() -> dict:
    return langdata.load_file("units.json")


def dimension(value: str) -> tuple[str, float]:
    """The dimension of a normal-form number ("94.65%", "35000000000 USD", "330 ft", "5300") and the
    factor that converts it to the dimension's base unit."""
    if value.endswith("%"):
        return "percent", 1.0
    unit = value.split(" ", 1)[1] if " " in value else None
    if unit is None:
        return "count", 1.0
    conv = _units().get(unit)
    if isinstance(conv, dict) and "factor" in conv:   # not "_nonlinear" (temperatures...)
        return f"measure:{conv['base']}", float(conv["factor"])
    if (len(unit) == 3 and unit.isalpha() and unit.isupper()) or currency.candidates(unit):
        return f"money:{unit}", 1.0   # an ISO code, or the candidates of a bare noun ("QAR|SAR")
    return f"unit:{unit}", 1.0


def number_of(value: str) -> float | None:
    head = value.rstrip("%").split(" ", 1)[0]
    try:
        return float(head)
    except ValueError:
        return None


def stated_step(surface: str, value: float, words_step: float | None = None) -> float:
    """The size of the last digit place the surface states, in the value's own unit: "94.65" ->
    0.01, "24 million" -> 1,000,000, "5,600,000" -> 100,000 (rounded), "2,017" -> 1; for number
    words ``words_step``, the mention's step (its last scale word: "two billion", "ملياري" ->
    1,000,000,000), else 1."""
    runs = _DIGIT_RUN.findall(ascii_digits(surface))
    if not runs:
        return words_step or 1.0   # a number word ("twelve", "a dozen"): exact
    run = runs[0].replace("\u00a0", "").replace(" ", "")
    dec = 0
    for mark in (".", "\u066b"):
        if mark in run and len(run.rsplit(mark, 1)[1]) != 3:
            dec = len(run.rsplit(mark, 1)[1])
    digits = re.sub(r"[^\d]", "", run)
    stated = int(digits) / 10 ** dec if digits else 0
    scale = value / stated if stated else 1.0
    step = scale / 10 ** dec
    if dec == 0 and scale == 1.0:
        zeros = len(digits) - len(digits.rstrip("0"))
        if zeros >= ROUNDED_TRAILING_ZEROS and digits.rstrip("0"):
            step = 10.0 ** min(zeros, len(digits) - ROUNDED_MIN_SIGNIFICANT)
    return step


def bounds(value: str, low: float | None, high: float | None, qualifier: str, surface: str,
           finer: float = 1.0, words_step: float | None = None) -> tuple[float | None, float | None]:
    """The interval a figure stands for, in its dimension's base unit: the qualifier's bounds, widened
    by half the stated step (divided by ``finer`` for a figure stated more exactly than its digits
    say) on a bound the surface states exactly."""
    x = number_of(value)
    if x is None:
        return low, high
    _, factor = dimension(value)
    half = stated_step(surface, x, words_step) / 2 / finer
    if qualifier == "exact":
        lo, hi = x - half, x + half
    else:
        lo = None if low is None else (low - half if low == x else low)
        hi = None if high is None else (high + half if high == x else high)
    return (None if lo is None else lo * factor, None if hi is None else hi * factor)
