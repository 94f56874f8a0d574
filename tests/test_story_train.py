"""An invented rail crash (two English outlets, one Arabic): a clock time is more specific than a part of
the day, even a dated one ("7:42 p.m." vs "Sunday evening"), so the vague time never bridges two clock
times that clash: 7:42 p.m. (two outlets, two languages) against 7:24 p.m. is one contradiction, and
"Sunday evening" agrees with each side. A counted noun ends before a verb with its object ("six carriages
left the tracks": carriages, not "left"), so four carriages derailed clash with six."""
import datetime as dt

import pytest

from factcheck.kinds import clock
from factcheck.models import Claim
from story_support import analyze, clashing_values

DAY = dt.date(2036, 1, 20)   # a Sunday
T1 = ("Nine people were killed when two trains collided near Halvik on Sunday evening, officials said.\n\n"
      "The passenger train hit the freight train at 7:42 p.m. Four carriages derailed.")
T2 = "The crash happened at 7:24 p.m., according to the railway operator.\n\nSix carriages left the tracks."
T3 = "واصطدم قطار الركاب بقطار الشحن قرب هالفيك عند الساعة 7:42 مساء الأحد."


def _report():
    return analyze([("t1", "en", T1), ("t2", "en", T2), ("t3", "ar", T3)], DAY)


def test_clock_times_clash_past_a_part_of_the_day():
    rep, by_id = _report()
    clashes = [f for f in rep.findings if f.kind == "contradiction" and f.property == "start_time"]
    assert len(clashes) == 1
    sides = sorted(sorted((by_id[c].article, by_id[c].value) for c in s.claims) for s in clashes[0].sides)
    assert sides == [[("t1", "19:42"), ("t3", "19:42")], [("t2", "19:24")]]


def test_counted_noun_ends_before_a_verb_with_its_object():
    rep, by_id = _report()
    assert clashing_values(rep, by_id) == [["4", "6"]]


@pytest.mark.parametrize("value,parts", [
    ("19:42", 3),
    ("2036-01-20 evening", 2),
    ("evening", 1),
    ("2036-01-20 19:42", 4),
    ("", 0),
])
def test_clock_specificity_table(value: str, parts: int) -> None:
    c = Claim(id="c", article="a", start=0, end=1, quote="x", property="start_time", value=value or None)
    assert clock.specificity(c) == parts
