"""A lower and an upper bound on one figure ("more than 100" / "fewer than 100") meet only when a value
is left between them, read at their stated figures: the precision that widens "100" to 99.5-100.5 does not
widen a bound past itself. Invented figures, table-style and by property (``meets`` is symmetric)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.kinds import quantity, quantity_bounds
from factcheck.models import Claim

HALF_STEP = 0.5


def figure(value: float, qualifier: str) -> Claim:
    """A count as the values parser gives it: an interval widened by half a step, open on a bound's side."""
    low = None if qualifier in quantity_bounds.UPPER_BOUNDS else value - HALF_STEP
    high = None if qualifier in quantity_bounds.LOWER_BOUNDS else value + HALF_STEP
    return Claim(id=f"c{value}{qualifier}", article="a", start=0, end=1, quote="x", property="quantity:count",
                 value=f"{value:g}", value_low=low, value_high=high, qualifier=qualifier)


@pytest.mark.parametrize("a,b,meet", [
    (("more_than", 100), ("less_than", 100), False),   # no value is both
    (("at_least", 100), ("less_than", 100), False),
    (("more_than", 100), ("at_most", 100), False),
    (("more_than", 100), ("up_to", 100), False),
    (("at_least", 100), ("at_most", 100), True),       # exactly 100
    (("at_least", 100), ("up_to", 100), True),
    (("more_than", 100), ("less_than", 120), True),    # 101-119 fit both
    (("more_than", 120), ("less_than", 100), False),
    (("more_than", 100), ("at_least", 100), True),     # two lower bounds: no bound pair
    (("more_than", 100), ("exact", 100), True),        # a bound and a figure: as before, within precision
])
def test_bounds_table(a: tuple[str, float], b: tuple[str, float], meet: bool) -> None:
    x, y = figure(a[1], a[0]), figure(b[1], b[0])
    assert quantity.meets(x, y) is meet
    assert quantity.meets(y, x) is meet


QUALIFIERS = st.sampled_from(["exact", "about", "at_least", "more_than", "at_most", "less_than", "up_to"])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(QUALIFIERS, st.integers(1, 300), QUALIFIERS, st.integers(1, 300))
def test_meets_is_symmetric(qa: str, va: int, qb: str, vb: int) -> None:
    x, y = figure(va, qa), figure(vb, qb)
    assert quantity.meets(x, y) == quantity.meets(y, x)


def measured(value: str, low: float, high: float, qualifier: str = "exact") -> Claim:
    """A measure as the values parser gives it: its interval in the dimension's base unit."""
    return Claim(id=f"m{value}", article="a", start=0, end=1, quote="x", property="quantity:measure:m/s",
                 value=value, value_low=low, value_high=high, qualifier=qualifier)


KMH, MPH = 1000 / 3600, 0.44704   # m/s in one km/h and one mph


@pytest.mark.parametrize("a,b,meet", [
    # a conversion rounded to five of its last digit: "215 km/h (135 mph)" (215 km/h = 133.6 mph)
    (("215 km/h", 214.5 * KMH, 215.5 * KMH), ("135 mph", 134.5 * MPH, 135.5 * MPH), True),
    (("215 km/h", 214.5 * KMH, 215.5 * KMH), ("125 mph", 124.5 * MPH, 125.5 * MPH), False),   # 201 km/h
    # one unit keeps its stated precision: 215 vs 217 km/h differ
    (("215 km/h", 214.5 * KMH, 215.5 * KMH), ("217 km/h", 216.5 * KMH, 217.5 * KMH), False),
])
def test_figures_in_two_units_meet_at_a_conversion_rounding(a, b, meet: bool) -> None:
    x, y = measured(*a), measured(*b)
    assert quantity.meets(x, y) is meet and quantity.meets(y, x) is meet
