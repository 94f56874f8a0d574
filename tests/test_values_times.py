"""Elapsed times, match minutes, clock times and parts of the day in factcheck.mentions.values.

Invented phrases, one row each: (phrase, kind, normal form, step); times of day resolve against ANCHOR."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck.mentions.values import find_values

ANCHOR = dt.date(2023, 9, 13)  # a Wednesday
SECOND = 1 / 3600              # a step of one second, in hours


def kinds(text, lang, anchor=ANCHOR):
    """(kind, value, step, surface) of every mention of ``text``."""
    return [(v.kind, v.value, v.step, text[v.start:v.end]) for v in find_values(text, lang, anchor)]


def one(text, lang, anchor=ANCHOR):
    vals = find_values(text, lang, anchor)
    assert len(vals) == 1, kinds(text, lang, anchor)
    return vals[0]


EN = [
    # elapsed / race times: durations, never clock times
    ("she finished the course in 2:00:35", "duration", "PT2H0M35S", SECOND),
    ("a winning time of 2:09:56", "duration", "PT2H9M56S", SECOND),
    ("2:00:35", "duration", "PT2H0M35S", SECOND),
    ("he clocked 1:05", "duration", "PT0H1M5S", SECOND),
    ("ran the lap in 3:41.7", "duration", "PT0H3M41.7S", SECOND / 10),
    ("in 2h 00m 35s", "duration", "PT2H0M35S", SECOND),
    ("2 hours, 35 seconds", "duration", "PT2H0M35S", SECOND),
    ("two hours and 14 minutes", "duration", "PT2H14M0S", 1 / 60),
    ("four hours", "duration", "PT4H", 1),
    # match minutes
    ("a header in the 48th minute", "minute", "48", None),
    ("Salem (48')", "minute", "48", None),
    ("equalised 48' later", "minute", "48", None),
    ("in the 90+3rd minute", "minute", "90+3", None),
    ("the fifth minute", "minute", "5", None),
    # clock times keep their part of day
    ("at 1:38 pm", "time", "13:38", None),
    ("at 13:38", "time", "13:38", None),
    ("at 9 a.m.", "time", "09:00", None),
    ("at 20h15", "time", "20:15", None),
    # a part of the day alone
    ("attacks at night", "time", "night", None),
    ("in the morning", "time", "morning", None),
]

AR = [
    ("فاز بزمن 2:01:09", "duration", "PT2H1M9S", SECOND),
    ("ساعتين و35 دقيقة", "duration", "PT2H35M0S", 1 / 60),
    ("في الدقيقة 48", "minute", "48", None),
    ("الدقيقة 90+3", "minute", "90+3", None),
    ("في الدقيقة الثامنة والأربعين", "minute", "48", None),
    ("الدقيقة الأولى", "minute", "1", None),
    ("الساعة 10 صباحا", "time", "10:00", None),
    ("الساعة 8 مساء", "time", "20:00", None),
]


@pytest.mark.parametrize("text,kind,value,step", EN)
def test_en(text, kind, value, step):
    v = one(text, "en")
    assert (v.kind, v.value) == (kind, value)
    assert v.step == (None if step is None else pytest.approx(step))


@pytest.mark.parametrize("text,kind,value,step", AR)
def test_ar(text, kind, value, step):
    v = one(text, "ar")
    assert (v.kind, v.value) == (kind, value)
    assert v.step == (None if step is None else pytest.approx(step))


# (phrase, lang, [(kind, value)]): a part of the day next to a day gets that day; the date stays
DAYPARTS = [
    ("yesterday morning", "en", [("date", "2023-09-12"), ("time", "2023-09-12 morning")]),
    ("late on Sunday night", "en", [("date", "2023-09-10"), ("time", "2023-09-10 night")]),
    ("on Tuesday evening", "en", [("date", "2023-09-12"), ("time", "2023-09-12 evening")]),
    ("مساء الأحد", "ar", [("time", "2023-09-10 evening"), ("date", "2023-09-10")]),
    ("فجر اليوم", "ar", [("time", "2023-09-13 morning"), ("date", "2023-09-13")]),
    ("صباح أمس", "ar", [("time", "2023-09-12 morning"), ("date", "2023-09-12")]),
]


@pytest.mark.parametrize("text,lang,expected", DAYPARTS)
def test_daypart_with_day(text, lang, expected):
    assert [(k, v) for k, v, _s, _t in kinds(text, lang)] == expected


def test_daypart_hours_from_cldr():
    """A part of the day spans the hours of its CLDR day period (language-specific)."""
    en = one("in the evening", "en")
    ar = one("فجرا", "ar")
    assert (en.low, en.high) == (18.0, 21.0)
    assert (ar.value, ar.low, ar.high) == ("morning", 3.0, 6.0)


def test_daypart_without_anchor_stays_bare():
    vals = find_values("Sunday night", "en", None)
    assert [(v.kind, v.value) for v in vals] == [("date", "weekday:7"), ("time", "night")]


def test_full_date_with_weekday_and_daypart_is_one_date():
    assert [(v.kind, v.value) for v in find_values("Thursday afternoon, June 12, 2025", "en")] == [
        ("date", "2025-06-12")]


def test_elapsed_bounds_in_hours():
    v = one("2:00:35", "en")
    assert v.low == v.high == pytest.approx(2 + 35 / 3600)


@pytest.mark.parametrize("text", ["a 90 minute match", "48 people", "the 48th session", "he said '48'"])
def test_no_minute(text):
    assert all(v.kind != "minute" for v in find_values(text, "en")), kinds(text, "en")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 :'+.,h") + ["minute", "th", " in ", "morning", "night", "Sunday",
                                                             "الدقيقة", "مساء", "الأحد", "اليوم", "بزمن", "pm"]),
                max_size=25).map("".join), st.sampled_from(["ar", "en"]), st.sampled_from([None, ANCHOR]))
def test_never_raises_and_spans_in_range(text, lang, anchor):
    vals = find_values(text, lang, anchor)
    for a, b in zip(vals, vals[1:]):
        assert a.end <= b.start
    for v in vals:
        assert 0 <= v.start < v.end <= len(text)
        assert v.kind in {"date", "number", "duration", "time", "ordinal", "minute"}
