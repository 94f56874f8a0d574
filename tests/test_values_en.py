"""Table and property tests of factcheck.mentions.values on English text."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.mentions.values import detect_number, find_values, parse_dateline

ANCHOR = dt.date(2023, 9, 13)  # a Wednesday


def one(text, anchor=None):
    """The single value mention of ``text`` (the test fails if there are more or none)."""
    vals = find_values(text, "en", anchor)
    assert len(vals) == 1, [(v.kind, v.value, text[v.start:v.end]) for v in vals]
    return vals[0]


# (phrase, kind, value, qualifier) -- no anchor
PLAIN = [
    ("at least 5,300 people", "number", "5300", "at_least"),
    ("more than 2,000 had died", "number", "2000", "more_than"),
    ("more over 5,000", "number", "5000", "more_than"),
    ("over 200 people", "number", "200", "more_than"),
    ("around 10,000 missing", "number", "10000", "about"),
    ("about 125,000 people", "number", "125000", "about"),
    ("nearly 40 doctors", "number", "40", "about"),
    ("almost 30 students", "number", "30", "about"),
    ("approximately 7,000 injured", "number", "7000", "about"),
    ("some 5,000 homes", "number", "5000", "about"),
    ("as high as 6,000", "number", "6000", "up_to"),
    ("as many as 300", "number", "300", "up_to"),
    ("up to 20,000", "number", "20000", "up_to"),
    ("fewer than 50 survivors", "number", "50", "less_than"),
    ("less than 10 percent", "number", "10%", "less_than"),
    ("no more than 12", "number", "12", "at_most"),
    ("279 bodies", "number", "279", "exact"),
    ("40 million", "number", "40000000", "exact"),
    ("1.2 billion", "number", "1200000000", "exact"),
    ("$40 million", "number", "40000000 USD", "exact"),
    ("40 million dollars", "number", "40000000 USD", "exact"),
    ("a dozen people", "number", "12", "exact"),
    ("half a dozen", "number", "6", "exact"),
    # a fraction of a scale word, or a number and a fraction of its scale
    ("half a million people", "number", "500000", "exact"),
    ("a quarter of a million", "number", "250000", "exact"),
    ("one and a half million", "number", "1500000", "exact"),
    ("a million and a half", "number", "1500000", "exact"),
    ("2 and a half billion dollars", "number", "2500000000 USD", "exact"),
    ("more than half a million", "number", "500000", "more_than"),
    ("twenty five thousand", "number", "25000", "exact"),
    ("one million two hundred thousand", "number", "1200000", "exact"),
    ("$1.2bn deal", "number", "1200000000 USD", "exact"),
    ("Rs 500 crore", "number", "5000000000 INR", "exact"),
    ("3,500 km/h", "number", "3500 km/h", "exact"),
    ("0.5%", "number", "0.5%", "exact"),
    ("two dams collapsed", "number", "2", "exact"),
    ("seven Portuguese", "number", "7", "exact"),
    ("twenty-five people", "number", "25", "exact"),
    ("three hundred homes", "number", "300", "exact"),
    ("one hundred and fifty", "number", "150", "exact"),
    ("at least five medical students", "number", "5", "at_least"),
    ("3.1%", "number", "3.1%", "exact"),
    ("12 per cent", "number", "12%", "exact"),
    ("12 percent", "number", "12%", "exact"),
    ("magnitude 7.1", "number", "7.1", "exact"),
    ("reached 625 ft", "number", "625 ft", "exact"),
    ("only 625 feet", "number", "625 ft", "exact"),
    ("barely 100 metres", "number", "100 m", "exact"),
    ("an 8-foot wall", "number", "8 ft", "exact"),
    ("nearly 100 tonnes of fuel", "number", "100 t", "about"),
    ("190 km", "number", "190 km", "exact"),
    ("a 40-year-old man", "number", "40", "exact"),
    ("more than four hours", "duration", "PT4H", "more_than"),
    ("two days", "duration", "P2D", "exact"),
    ("30 seconds after takeoff", "duration", "PT30S", "exact"),
    ("an hour later", "duration", "PT1H", "exact"),
    ("more than a decade", "duration", "P10Y", "more_than"),
    # a fraction of the unit
    ("sentenced to two and a half years", "duration", "P2.5Y", "exact"),
    ("an hour and a half", "duration", "PT1.5H", "exact"),
    ("half an hour", "duration", "PT0.5H", "exact"),
    ("a quarter of an hour", "duration", "PT0.25H", "exact"),
    ("1:38 PM", "time", "13:38", "exact"),
    ("at 1:39 PM local time", "time", "13:39", "exact"),
    ("13:38", "time", "13:38", "exact"),
    ("1.38pm", "time", "13:38", "exact"),
    ("10 a.m.", "time", "10:00", "exact"),
    ("3 p.m.", "time", "15:00", "exact"),
    ("at 10 o'clock", "time", "10:00", "exact"),
    ("12 am", "time", "00:00", "exact"),
    ("the first crash", "ordinal", "1", "exact"),
    ("the second recorder", "ordinal", "2", "exact"),
    ("the 21st century", "ordinal", "21", "exact"),
    ("3rd", "ordinal", "3", "exact"),
    ("the tenth day", "ordinal", "10", "exact"),
    ("September 13, 2023", "date", "2023-09-13", "exact"),
    ("13 September 2023", "date", "2023-09-13", "exact"),
    ("Sept. 13, 2023", "date", "2023-09-13", "exact"),
    ("Sep 13, 2023", "date", "2023-09-13", "exact"),
    ("Thursday, June 12, 2025", "date", "2025-06-12", "exact"),
    ("Thursday afternoon, June 12, 2025", "date", "2025-06-12", "exact"),
    ("12th of June 2025", "date", "2025-06-12", "exact"),
    ("2023-09-13", "date", "2023-09-13", "exact"),
    ("9/13/2023", "date", "2023-09-13", "exact"),
    ("in June 2025", "date", "2025-06", "exact"),
    ("Mon, 13 Sep 2023", "date", "2023-09-13", "exact"),
    ("in May", "date", "--05", "exact"),
    ("Jan. 2024", "date", "2024-01", "exact"),
    ("in 2023", "date", "2023", "exact"),
    ("since 2011", "date", "2011", "exact"),
    ("Sept 13", "date", "--09-13", "exact"),
    ("on Monday", "date", "weekday:1", "exact"),
    ("Sunday", "date", "weekday:7", "exact"),  # was 'Sunday night': the part of day is now its own time mention
]


@pytest.mark.parametrize("text,kind,value,qualifier", PLAIN)
def test_plain(text, kind, value, qualifier):
    v = one(text)
    assert (v.kind, v.value, v.qualifier) == (kind, value, qualifier)


ANCHORED = [
    ("will start trading on September 24", ANCHOR, "2023-09-24", True),   # announced 11 days ahead
    ("on November 2", ANCHOR, "2022-11-02", True),                         # 50 days ahead: last year's
    ("on Monday", ANCHOR, "2023-09-11", True),
    ("Sunday", ANCHOR, "2023-09-10", True),  # was 'Sunday night' (see test_values_times.py)
    ("on Wednesday", ANCHOR, "2023-09-13", True),
    ("last Wednesday", ANCHOR, "2023-09-06", True),
    ("yesterday", ANCHOR, "2023-09-12", True),
    ("today", ANCHOR, "2023-09-13", True),
    ("by June 16", dt.date(2025, 6, 20), "2025-06-16", True),
    ("Sept 13", ANCHOR, "2023-09-13", True),
    ("last February", ANCHOR, "2023-02", True),
    ("last month", ANCHOR, "2023-08", True),
    ("last year", ANCHOR, "2022", True),
    ("next Friday", ANCHOR, "2023-09-15", True),
    ("the day before yesterday", ANCHOR, "2023-09-11", True),
    ("since May", ANCHOR, "2023-05", True),
]


@pytest.mark.parametrize("text,anchor,value,relative", ANCHORED)
def test_anchored(text, anchor, value, relative):
    v = one(text, anchor)
    assert (v.kind, v.value, v.relative) == ("date", value, relative)


BOUNDS = [
    ("around 10,000", 9000.0, 11000.0),
    ("at least 38", 38.0, None),
    ("more than four hours", 4.0, None),
    ("as high as 6,000", None, 6000.0),
    ("two days", 48.0, 48.0),
    ("625 feet", 625.0, 625.0),
]


@pytest.mark.parametrize("text,low,high", BOUNDS)
def test_bounds(text, low, high):
    v = one(text)
    assert (v.low, v.high) == (low, high)


NOT_VALUES = [
    "hundreds of people",
    "thousands were feared dead",
    "last week",
    "one of the deadliest disasters",
    "it may rain",
    "It may be",
    "minus -5 degrees",
    "Air India flight AI171 in seat 11A",
    "call 1800 5691 444 or +91 8062779200",
    "see https://example.com/news/2023/09/13/story-123.html",
]


@pytest.mark.parametrize("text", NOT_VALUES)
def test_not_values(text):
    assert find_values(text, "en", ANCHOR) == []


def test_date_beats_qualified_number():
    vals = find_values("about 12 June 2025", "en")
    assert [(v.kind, v.value) for v in vals] == [("date", "2025-06-12")]


def test_day_range_and_number_range():
    assert [v.value for v in find_values("Jan 5-7, 2024", "en")] == ["2024-01-05", "2024-01-07"]
    assert [v.value for v in find_values("30-50 people", "en")] == ["30", "50"]
    assert [v.value for v in find_values("two and three", "en")] == ["2", "3"]


def test_year_alone_is_a_number_without_cue():
    assert one("the 2025 season").kind == "number"
    assert one("in 2025").kind == "date"


def test_same_year():
    vals = find_values("It began on 3 May 2021. By June of the same year it was over.", "en")
    assert [v.value for v in vals] == ["2021-05-03", "2021-06"]


def test_detect_number():
    assert detect_number("The death toll rose to 2,800 on Friday", "en") == 2800.0
    assert detect_number("no figures", "en") is None


DATELINES = [
    (" date 2023-09-13 In Northeastern Libya two dams collapsed", dt.date(2023, 9, 13)),
    ("Headline\nPublished: 13 September 2023\nBody", dt.date(2023, 9, 13)),
    ("Headline\nUpdated Sep 13, 2023 10:05 GMT\nBody", dt.date(2023, 9, 13)),
    ("Headline\nSeptember 13, 2023\nBody text here.", dt.date(2023, 9, 13)),
    ("Headline\nBy Jane Doe | Sept. 13, 2023\nBody", dt.date(2023, 9, 13)),
]


@pytest.mark.parametrize("text,date", DATELINES)
def test_dateline(text, date):
    got = parse_dateline(text, "en")
    assert got is not None and got[0] == date
    assert "13" in text[got[1]:got[2]]


def test_dateline_none_for_event_dates():
    text = ("The Air India flight crashed shortly after taking off in Ahmedabad on Thursday, June 12, 2025. "
            "The crash has claimed the lives of over 200 people.")
    assert parse_dateline(text, "en") is None


# ------------------------------------------------------------------------------ properties
WORDS = ["more", "than", "at", "least", "5,300", "people", "on", "Monday", "June", "12", "2025", ",", "1:38",
         "PM", "two", "hours", "\n", "about", "40", "million", "$", "feet", "the", "first", "last", "year"]
texts = st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_mentions_are_sorted_disjoint_and_trimmed(text):
    vals = find_values(text, "en", ANCHOR)
    for a, b in zip(vals, vals[1:]):
        assert a.end <= b.start
    for v in vals:
        surface = text[v.start:v.end]
        assert surface and surface == surface.strip()
        assert "\n" not in surface


@settings(max_examples=100, deadline=None)
@given(texts)
def test_deterministic(text):
    assert find_values(text, "en", ANCHOR) == find_values(text, "en", ANCHOR)


@settings(max_examples=100, deadline=None)
@given(st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False))
def test_number_round_trip(x):
    v = one(f"the figure was {x} in total")
    assert float(v.value) == float(x) and v.low == v.high == float(x)
