"""Where two figures' stated precision lets them meet (part of the quantity kind, ``kinds.quantity``):
each figure is an interval (its value widened by its last stated digit, its qualifier's open bound);
two figures meet when their intervals overlap by more than a rounding error, with the rules for a
lower against an upper bound, for two round figures ("about") and for figures in two units of one
dimension (a converted figure's rounding)."""
from __future__ import annotations

from ..models import Claim
from .quantity_value import dimension, number_of

# Intervals overlapping by less than this share of their size only touch (float rounding of half-steps).
TOUCH_TOLERANCE = 1e-9


def ratio(a: Claim, b: Claim) -> float:
    """How many times the larger of two figures is the smaller (inf against zero)."""
    x, y = abs(number_of(a.value or "") or 0.0), abs(number_of(b.value or "") or 0.0)
    lo, hi = sorted((x, y))
    return hi / lo if lo else float("inf")


# Qualifiers of a figure that bound it from below or from above, each with whether the bound itself
# is excluded ("more than 100": 100 is not a value it allows).
LOWER_BOUNDS = {"at_least": False, "more_than": True}
UPPER_BOUNDS = {"at_most": False, "less_than": True, "up_to": False}


def bounds_apart(a: Claim, b: Claim) -> bool | None:
    """For a lower bound and an upper bound ("more than 100" / "fewer than 100"): is no value left
    between them, read at their stated figures (the precision that widens a figure does not widen a
    bound past itself)? None when the two are not such a pair."""
    for low, high in ((a, b), (b, a)):
        if low.qualifier in LOWER_BOUNDS and high.qualifier in UPPER_BOUNDS and low.value and high.value:
            lo, hi = number_of(low.value), number_of(high.value)
            if lo is None or hi is None:
                return None
            return lo > hi or (lo == hi and (LOWER_BOUNDS[low.qualifier] or UPPER_BOUNDS[high.qualifier]))
    return None


# A figure converted from another unit system is rounded, in news copy, to about five of its last
# stated digit ("215 km/h (135 mph)": 133.6 mph written 135; "100 metres (330 feet)"): two figures in
# different units of one dimension meet when their intervals, each widened to this many steps around
# its value, overlap. One unit against itself keeps its stated precision (2.15 % vs 2.16 % differ).
CONVERSION_STEPS = 5


def unit_of(c: Claim) -> str:
    """The unit a figure is written in ("km/h" of "215 km/h"; "" for a count)."""
    parts = (c.value or "").split(" ", 1)
    return parts[1] if len(parts) > 1 else ""


def widened(c: Claim) -> tuple[float | None, float | None]:
    """The figure's interval widened to CONVERSION_STEPS steps around its middle (a bound stays open)."""
    lo, hi = c.value_low, c.value_high
    if lo is None or hi is None:
        return lo, hi
    mid, half = (lo + hi) / 2, (hi - lo) * CONVERSION_STEPS / 2
    return mid - half, mid + half


# The qualifier of a figure given as round ("about", "نحو": ``<lang>.values qualifiers.about``).
APPROXIMATE = "about"


def base_value(c: Claim) -> float | None:
    """The figure as stated, in its dimension's base unit."""
    x = number_of(c.value or "")
    return None if x is None else x * dimension(c.value or "")[1]


def meets(a: Claim, b: Claim) -> bool:
    """Do two figures' precision intervals overlap by more than a rounding error? Intervals that only touch (2.15 and
    2.16 stated to two decimals: 2.145-2.155 and 2.155-2.165) state different figures, and so do a lower and an
    upper bound with no value between them ("more than 100" / "fewer than 100": ``bounds_apart``). Figures in two
    units of one dimension are compared at a converted figure's rounding (CONVERSION_STEPS)."""
    if bounds_apart(a, b):
        return False
    inf = float("inf")
    (alo, ahi), (blo, bhi) = (a.value_low, a.value_high), (b.value_low, b.value_high)
    if unit_of(a) and unit_of(b) and unit_of(a) != unit_of(b):   # one figure converted into the other's unit
        (alo, ahi), (blo, bhi) = widened(a), widened(b)
    elif a.qualifier == b.qualifier == APPROXIMATE:
        # two round figures ("about 30,000" / "about 25,000"): one fact when either falls within the
        # other's spread; two spreads that only overlap past both figures state two figures
        x, y = base_value(a), base_value(b)
        if x is not None and y is not None and None not in (alo, ahi, blo, bhi):
            return blo <= x <= bhi or alo <= y <= ahi
    alo, ahi = alo if alo is not None else -inf, ahi if ahi is not None else inf
    blo, bhi = blo if blo is not None else -inf, bhi if bhi is not None else inf
    lo, hi = max(alo, blo), min(ahi, bhi)
    if lo == hi:
        return alo == ahi or blo == bhi   # an exact figure on the other's edge is inside it
    if (lo, hi) in ((alo, ahi), (blo, bhi)):
        return True   # one interval within the other (two "ملياري دولار": 2e9 +- 0.05, narrower than the tolerance)
    return hi - lo > TOUCH_TOLERANCE * max(abs(lo) if lo != -inf else 0.0, abs(hi) if hi != inf else 0.0, 1.0)
