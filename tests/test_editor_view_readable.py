"""Issue 15, item 2: values as people write them. Every renderer reads a value through its kind
(``kinds.words_of``, helpers in ``kinds.reading``); the normal forms stay in the JSON report."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import kinds
from factcheck.kinds import reading
from factcheck.models import Claim, Signal


def claim(prop: str, value: str | None, quote: str = "q", **kw) -> Claim:
    return Claim(id="c_1", article="a", start=0, end=len(quote), quote=quote, property=prop, value=value, **kw)


DATES = [  # (normal form, as an editor reads it)
    ("weekday:1", "Monday"),
    ("weekday:7", "Sunday"),
    ("--03-05", "5 March"),
    ("2019-11-30", "30 November 2019"),
    ("2031-07", "July 2031"),
    ("2019-11-30 morning", "morning of 30 November 2019"),
    ("weekday:9", "weekday:9"),          # not a weekday: left as it is
    ("--13-01", "--13-01"),              # not a month
    ("sometime", "sometime"),
]


@pytest.mark.parametrize("value,expected", DATES)
def test_dates_in_words(value, expected):
    assert reading.date_words(value) == expected


FIGURES = [  # (property, value, qualifier, expected)
    ("quantity:count", "312", "exact", "312"),
    ("quantity:count", "4500", "more_than", "more than 4,500"),
    ("quantity:count", "350000", "about", "about 350,000"),
    ("quantity:count", "60", "at_least", "at least 60"),
    ("quantity:count", "1250000", "up_to", "up to 1,250,000"),
    ("quantity:percent", "61.5%", "exact", "61.5%"),
    ("quantity:measure:kg", "30000 kg", "less_than", "less than 30,000 kg"),
]


@pytest.mark.parametrize("prop,value,qualifier,expected", FIGURES)
def test_figures_in_words(prop, value, qualifier, expected):
    c = claim(prop, value, qualifier=qualifier)
    assert reading.words(c) == expected


DURATIONS = [("PT3H", "3 hours"), ("P1D", "1 day"), ("P2DT5H", "2 days 5 hours"), ("PT90M", "90 minutes"),
             ("P1W", "1 week"), ("soon", "soon")]


@pytest.mark.parametrize("value,expected", DURATIONS)
def test_durations_in_words(value, expected):
    assert reading.duration_words(value) == expected


PROPERTIES = [  # (property, subject, expected)
    ("start_time", None, "start time"),
    ("quantity:money:EUR", None, "figure (money, EUR)"),
    ("place", None, "place"),
]


@pytest.mark.parametrize("prop,subject,expected", PROPERTIES)
def test_properties_in_words(prop, subject, expected):
    assert reading.property_words(prop, subject) == expected


MEASURES = [  # (measure a cue named, subject, expected)
    ("population", "Tromsø", "population of Tromsø"),
    ("dead", None, "dead"),
    (None, None, "figure (count)"),      # no cue: the property in words
]


@pytest.mark.parametrize("name,subject,expected", MEASURES)
def test_a_figure_reads_as_its_measure(name, subject, expected):
    c = claim("quantity:count", "312")
    if name:
        c = c.model_copy(update={"signals": c.signals + [Signal(field="measure", rule=f"measures.{name}: en.lexicon cue", text=name)]})
    assert reading.what_words(c, c.property, subject) == expected


EVENTS = [  # (event key, in plain words)
    ("main:this date=2019-11-30 place=country:NO", "the event in Norway on 30 November 2019"),
    ("main:prior date=--03-05", "an earlier event on 5 March"),
    ("main:this place=country:CL ordinal=3", "the event (3rd) in Chile"),
    ("conflict:prior date=2016-04 subject=PE", "the conflict in Peru, April 2016"),
    ("main:next", "the next event"),
    (None, None),
]


@pytest.mark.parametrize("key,expected", EVENTS)
def test_events_in_words(key, expected):
    assert reading.event_words(key) == expected


KEYS = [("country:CL", "Chile"), ("nationality:PE", "Peru"), ("NO", "Norway"), ("Vesterålen", "Vesterålen"),
        ("country:ZZ", "country:ZZ")]


@pytest.mark.parametrize("key,expected", KEYS)
def test_keys_read_as_names(key, expected):
    assert reading.key_words(key) == expected


def test_title_reads_as_written_not_folded():
    quote = "قال المتحدث باسم وزارة الصحة أحمد"
    c = claim("role", "متحدث|||صحه", quote, signals=[Signal(field="value", rule="title", text="المتحدث باسم وزارة الصحة")])
    assert reading.words(c) == "المتحدث باسم وزارة الصحة"
    # a folded label finds its written form in the quote
    assert reading.as_written("احمد", quote) == "أحمد"


def test_every_kind_has_words():
    for k in kinds.REGISTRY:
        assert callable(kinds.words_of(k)), k.name


def test_words_keep_the_contract_reading():
    """The judges' reading (``readable``, quoted in reasons and sides) is not the editor's words."""
    c = claim("date", "weekday:3")
    assert kinds.readable_of(kinds.kind_of("date"))(c) == "weekday:3"
    assert reading.words(c) == "Wednesday"


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_numbers_read_back(n):
    text = reading.number_words(str(n))
    assert int(text.replace(",", "")) == n
    assert ("," in text) == (n >= 10 ** (reading.GROUP_FROM_DIGITS - 1))


@given(st.integers(min_value=1, max_value=7))
def test_weekdays_are_named(n):
    assert reading.date_words(f"weekday:{n}") in reading.WEEKDAYS
