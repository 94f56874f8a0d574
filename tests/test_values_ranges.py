"""Ranges read as one figure ("30 to 50", "between 30 and 50", "بين 30 و50"): the middle, with the range
as its bounds, per language; and what is never a range (a change, days of a month, hours, years)."""
import pytest
from hypothesis import given, strategies as st

from factcheck.mentions.value_dates import YEAR_RANGE
from factcheck.mentions.values import find_values

# (language, phrase, value, low, high)
RANGES = [
    ("en", "while 30 to 50 others sustained injuries", "40", 30.0, 50.0),
    ("en", "between 300 and 400 homes", "350", 300.0, 400.0),
    ("en", "between 2 and 3 million dollars", "2500000 USD", 2e6, 3e6),
    ("en", "10 to 15 percent of the crop", "12.5%", 10.0, 15.0),
    ("ar", "أصيب بين 30 و50 شخصا", "40", 30.0, 50.0),
    ("ar", "ما بين 300 و400 منزل", "350", 300.0, 400.0),
    ("ar", "أصيب 30 إلى 50 شخصا", "40", 30.0, 50.0),
]


@pytest.mark.parametrize("lang,text,value,low,high", RANGES)
def test_a_range_is_one_figure_with_its_bounds(lang, text, value, low, high):
    vals = find_values(text, lang)
    assert [(v.kind, v.value, v.qualifier, v.low, v.high) for v in vals] == [("number", value, "about", low, high)]
    assert "range_connectors" in vals[0].rule


NOT_RANGES = [
    ("en", "the toll rose from 30 to 50"),       # a change: two figures
    ("en", "killed 30 and injured 50"),          # "and" without "between": a list
    ("en", "June 12 to 14"),                     # days of a month
    ("en", "12 to 14 June"),
    ("en", "at 9 to 10 am"),                     # hours
    ("en", "2019 to 2021"),                      # years
    ("en", "a 50 to 30 vote"),                   # the first end is not the smaller
    ("ar", "ارتفعت الحصيلة من 30 إلى 50"),
    ("ar", "بين 12 و14 يونيو"),
]


@pytest.mark.parametrize("lang,text", NOT_RANGES)
def test_not_a_range(lang, text):
    assert not any("range" in v.rule for v in find_values(text, lang))


@given(st.integers(1, 5000), st.integers(1, 5000))
def test_a_range_holds_its_ends_and_its_middle(a, b):
    vals = find_values(f"between {a} and {b} people", "en")
    if a < b and not (a in YEAR_RANGE and b in YEAR_RANGE):   # two years: "between 2019 and 2021"
        (v,) = vals
        assert (v.low, v.high) == (a, b) and v.low <= float(v.value) <= v.high
    else:
        assert not any("range" in v.rule for v in vals)
