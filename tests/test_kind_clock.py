"""The clock kind: clock times and parts of the day (CLDR day periods), a time restated in another zone,
and an invented earthquake story told in two languages."""
import datetime as dt

import pytest

from factcheck import pipeline
from factcheck.kinds import clock
from factcheck.models import Article, Claim


def _claim(value):
    return Claim(id=f"c_{abs(hash(value))}", article="a", start=0, end=1, quote=value, property="start_time", value=value)


# (first start time, second start time, one time?)
SAME_ROWS = [
    ("04:12", "04:12", True),
    ("04:12", "04:13", False),
    ("04:12", "morning", True),            # CLDR: morning is 00:00-12:00 (en), فجرا 03:00-06:00 (ar)
    ("2031-05-14 morning", "04:12", True),
    ("04:12", "evening", False),
    ("13:38", "afternoon", True),
    ("13:38", "morning", False),
    ("23:30", "night", True),
    ("01:30", "night", True),              # ar night2: 01:00-03:00
    ("evening", "night", True),            # en evening ends at 21:00, ar evening runs to 24:00
    ("morning", "afternoon", False),
]


@pytest.mark.parametrize("a,b,expected", SAME_ROWS)
def test_a_clock_time_and_a_part_of_the_day(a, b, expected):
    assert clock.same(_claim(a), _claim(b)) is expected
    assert clock.same(_claim(b), _claim(a)) is expected   # symmetric


def _story(*texts):
    arts = [Article(id=f"q{i}", path=f"q{i}.txt", text=t, published=dt.date(2031, 5, 14),
                    language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in t) else "en")
            for i, t in enumerate(texts)]
    return pipeline.analyze(arts)


def test_a_time_restated_in_another_zone_is_one_time():
    rep = _story("The quake hit at 04:12 local time (08:12 GMT) at a depth of 35 km, the survey said.",
                 "The tremor struck at 4:12 am near the port, the seismological centre said.",
                 "ووقع الزلزال فجر الأربعاء في الساعة 04:12 بالتوقيت المحلي على عمق 35 كيلومترا.")
    times = sorted(c.value for c in rep.claims if c.property == "start_time")
    assert "08:12" not in times
    assert [f for f in rep.findings if f.kind == "contradiction" and f.property == "start_time"] == []
    agreed = [f for f in rep.findings if f.kind == "agreement" and f.property == "start_time"]
    article = {c.id: c.article for c in rep.claims}
    assert len(agreed) == 1 and {article[c] for c in agreed[0].claims} == {"q0", "q1", "q2"}


def test_two_times_of_one_quake_still_clash():
    rep = _story("The quake hit at 04:12 local time, the survey said.",
                 "The tremor struck at 05:40 near the port, the seismological centre said.")
    assert [f.property for f in rep.findings if f.kind == "contradiction"] == ["start_time"]
