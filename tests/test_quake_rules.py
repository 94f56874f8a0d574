"""Table tests of the rules the invented disaster stories needed (tests/test_story_quake_1.py to _4.py):
a measure cue joined by a conjunction to the next figure or following another figure, universal time
written "2247 GMT" and the day after it, hedged clock times, Arabic speeds in every counted form of their
numerator unit, the dimension nouns that pair a figure's words across languages, the decimal comma of
Arabic copy and the Arabic magnitude cues. Invented phrases only."""
import datetime as dt

import pytest
from hypothesis import given, strategies as st

from factcheck.extract import event_dates, measure_cues
from factcheck.extract.draft import CUE_WINDOW
from factcheck.kinds import clock, clock_read, crossword, quantity_value
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from factcheck.models import Claim


# (clause, language, the measure of each figure in order)
CUE_ROWS = [
    ("أسفرت العاصفة عن مقتل 9 وإصابة 31 آخرين.", "ar", ["dead", "injured"]),
    ("أسفر الانهيار عن مقتل 14 شخصا على الأقل وإصابة 52.", "ar", ["dead", "injured"]),
    ("ما أدى إلى مقتل 6 أشخاص وإصابة 18 بجروح.", "ar", ["dead", "injured"]),
    ("بلغت الحصيلة 11 قتيلا و5 مصابين.", "ar", ["dead", "injured"]),        # a counted noun right after its figure
    ("وتسببت الفيضانات في وفاة 8 أشخاص.", "ar", ["dead"]),                  # "وفاة" begins with the letter of "و"
    ("The blast killed 7 people and injured 44.", "en", ["dead", "injured"]),
    # a cue after another figure is that figure's: the toll is not the injured
    ("The death toll rose to 23 on Friday, with 118 injured.", "en", ["dead", "injured"]),
    ("The toll climbed to 23 overnight with 118 people hurt.", "en", ["dead", "injured"]),
    # ... but a grouped measure's cue there names the total's breakdown (measures.json "grouped")
    ("The jet was carrying 186 people — 174 passengers and 12 crew members.", "en",
     ["passengers", "passengers", "passengers"]),
]


@pytest.mark.parametrize("text,lang,expected", CUE_ROWS)
def test_a_cue_joined_by_a_conjunction_is_the_next_figures(text, lang, expected):
    toks = lx.tokenize(text, lang)
    vals = [v for v in values.find_values(text, lang) if v.kind == "number"]
    spans = [lx.covered(toks, v.start, v.end) for v in vals]
    starts = frozenset(s[0] for s in spans)
    found = [measure_cues.measure_cue(toks, s[0], s[-1], lang, CUE_WINDOW, quantity_value.dimension(v.value)[0], starts - {s[0]})
             for v, s in zip(vals, spans)]
    assert [f[0] if f else None for f in found] == expected


# (text, language, the times of day read, in order)
ZONE_ROWS = [
    ("The tremor hit at 5:12 am local time (0112 GMT).", "en", ["05:12", "01:12"]),
    ("The storm made landfall at 1930 UTC on Friday.", "en", ["19:30"]),
    ("The 2247 households in the valley", "en", []),          # no zone after it: a count
    ("Its 1975 GMT figures were revised.", "en", []),          # no minute 75: not a time
    ("وقع الزلزال الساعة 5:12 (01:12 ت.غ).", "ar", ["05:12", "01:12"]),
]


@pytest.mark.parametrize("text,lang,expected", ZONE_ROWS)
def test_a_time_in_universal_time(text, lang, expected):
    assert [v.value for v in values.find_values(text, lang) if v.kind == "time"] == expected


# (text, language, is the day mention the zone's day?)
ZONE_DAY_ROWS = [
    ("The tremor hit at 1:12 am on Sunday (2312 GMT Saturday).", "en", [False, True]),
    ("The storm made landfall at 0230 UTC on Friday.", "en", [True]),
    ("The storm made landfall at 2:30 pm on Friday.", "en", [False]),
    ("The 08:12 GMT bulletin of the agency on Friday", "en", [False]),   # words other than a preposition between
    ("وقع الزلزال الساعة 1:12 فجر الأحد (23:12 ت.غ السبت).", "ar", [False, True]),
]


@pytest.mark.parametrize("text,lang,expected", ZONE_DAY_ROWS)
def test_the_day_of_a_time_in_universal_time(text, lang, expected):
    vals = values.find_values(text, lang, anchor=dt.date(2030, 3, 4))
    assert [event_dates.zone_day(text, vals, v, lang) for v in vals if v.kind == "date"] == expected


# (text, language, the hedge read before the clock time: (class, phrase) or None)
HEDGE_ROWS = [
    ("The ferry sank shortly before 2 a.m.", "en", ("before", "shortly before")),
    ("The dam burst just after 10:30 pm.", "en", ("after", "just after")),
    ("The storm hit at around 7 pm.", "en", ("about", "around")),
    ("The storm hit at 7 pm.", "en", None),
    ("وانهار السد قبيل الساعة الثانية فجرا.", "ar", ("before", "قبيل")),
    ("ضربت العاصفة المدينة في حوالي الساعة السابعة مساء.", "ar", ("about", "حوالي")),
    ("ضربت العاصفة المدينة في الساعة السابعة مساء.", "ar", None),
]


@pytest.mark.parametrize("text,lang,expected", HEDGE_ROWS)
def test_a_hedged_clock_time(text, lang, expected):
    v = next(v for v in values.find_values(text, lang) if v.kind == "time")
    assert clock_read.hedge(text, v, lang) == expected


def _time(value, hedge=None):
    low = high = None
    if hedge is not None:
        low, high = clock_read.interval(hedge, clock_read.minutes(value))
    return Claim(id=f"c_{value}_{hedge}", article="a", start=0, end=1, quote=value, property="start_time",
                 value=value, value_low=low, value_high=high)


# (first time, its hedge, second time, its hedge, one time?)
SAME_ROWS = [
    ("02:00", "before", "01:47", None, True),
    ("02:00", "before", "02:10", None, False),     # "shortly before 2" is not after it
    ("22:30", "after", "22:41", None, True),
    ("19:00", "about", "18:40", None, True),
    ("19:00", "about", "19:45", None, False),      # beyond the rounding of a time of day
    ("00:00", "about", "23:50", None, True),       # across midnight
    ("02:00", None, "01:47", None, False),         # two exact times
    ("02:00", "before", "morning", None, True),
]


@pytest.mark.parametrize("a,ha,b,hb,expected", SAME_ROWS)
def test_a_hedged_time_is_one_time_with_the_times_it_rounds(a, ha, b, hb, expected):
    ca = _time(a, ha) if ha or ":" in a else _time(a)
    cb = _time(b, hb) if ":" in b else Claim(id="c_p", article="b", start=0, end=1, quote=b, property="start_time", value=b)
    assert clock.same(ca, cb) is expected
    assert clock.same(cb, ca) is expected


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from([None, "about", "before", "after"]),
       st.integers(0, 23), st.integers(0, 59), st.sampled_from([None, "about", "before", "after"]))
def test_same_is_symmetric(h1, m1, k1, h2, m2, k2):
    a, b = _time(f"{h1:02d}:{m1:02d}", k1), _time(f"{h2:02d}:{m2:02d}", k2)
    assert clock.same(a, b) == clock.same(b, a)


# (text, the figure read) -- CLDR names "كيلومتر في الساعة" alone; the press counts its numerator
SPEED_ROWS = [
    ("برياح سرعتها 95 كيلومترا في الساعة", "95 km/h"),
    ("برياح سرعتها 8 كيلومترات في الساعة", "8 km/h"),
    ("برياح سرعتها 70 ميلا في الساعة", "70 mph"),
    ("برياح سرعتها 6 أميال في الساعة", "6 mph"),
    ("بسرعة 12 مترا في الثانية", "12 m/s"),
    ("على مسافة 95 كيلومترا من الساحل", "95 km"),
]


@pytest.mark.parametrize("text,expected", SPEED_ROWS)
def test_arabic_speeds_in_every_counted_form(text, expected):
    assert [v.value for v in values.find_values(text, "ar") if v.kind == "number"] == [expected]


# (English word, Arabic word, the lexicon key they share, or None)
DIMENSION_ROWS = [
    ("depth", "عمق", "dimension_nouns.depth"),
    ("area", "مساحة", "dimension_nouns.area"),
    ("speed", "سرعة", "dimension_nouns.speed"),
    ("depth", "مساحة", None),
]


@pytest.mark.parametrize("en,ar,key", DIMENSION_ROWS)
def test_dimension_nouns_pair_the_languages(en, ar, key):
    assert crossword.word_pair(en, "en", ar, "ar")[1] == key


# (text, language, the numbers read) -- Maghreb copy marks decimals with the comma that groups thousands
COMMA_ROWS = [
    ("زلزال بقوة 5,9 درجات", "ar", ["5.9"]),
    ("بتكلفة 3,25 مليار دولار", "ar", ["3250000000 USD"]),
    ("أجلي 14,000 شخص", "ar", ["14000"]),                    # three digits after it: thousands
    ("يقطنها 2,345,678 نسمة", "ar", ["2345678"]),
    ("بلغت 2,345,6 كلم", "ar", ["2345.6 km"]),                # the last separator, one digit after it
    ("١٢٫٥ كلم", "ar", ["12.5 km"]),
    ("14,000 people", "en", ["14000"]),
    ("a 5,9 split", "en", []),                                # English marks decimals with a point only
]


@pytest.mark.parametrize("text,lang,expected", COMMA_ROWS)
def test_a_comma_that_marks_decimals(text, lang, expected):
    assert [v.value for v in values.find_values(text, lang) if v.kind == "number"] == expected


@pytest.mark.parametrize("text,step", [("زلزال بقوة 5,9 درجات", 0.1), ("بتكلفة 3,25 مليار دولار", 1e7),
                                       ("أجلي 14,000 شخص", 1.0)])
def test_a_decimal_comma_keeps_its_precision(text, step):
    v = next(v for v in values.find_values(text, "ar") if v.kind == "number")
    assert v.step == pytest.approx(step)


# (clause, the magnitude read) -- Arabic names a quake's strength قوة or شدة
MAGNITUDE_ROWS = [
    ("وبلغت شدة الزلزال 5,9 درجات.", "5.9"),
    ("ضرب زلزال بشدة 4.7 درجات المنطقة.", "4.7"),
    ("ضرب زلزال بقوة 4.7 درجات المنطقة.", "4.7"),
]


@pytest.mark.parametrize("text,value", MAGNITUDE_ROWS)
def test_arabic_magnitude_cues(text, value):
    toks = lx.tokenize(text, "ar")
    v = next(v for v in values.find_values(text, "ar") if v.kind == "number")
    span = lx.covered(toks, v.start, v.end)
    assert v.value == value
    assert measure_cues.measure_cue(toks, span[0], span[-1], "ar", CUE_WINDOW)[0] == "magnitude"

