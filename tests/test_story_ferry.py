"""An invented ferry disaster (two English outlets, one Arabic): figures whose counted noun is only a
generic one ("people", "أشخاص") are the same thing only when their predicates say so; "carrying 230
people" and "saved 151 people" never clash, while two counts of who was on board still do. The time the
ferry left port is its departure time, apart from the time it sank: departure times clash with each
other, never with the time of the sinking."""
import datetime as dt

import pytest

from factcheck.kinds import quantity_traits
from factcheck.models import Claim, Signal
from story_support import analyze, clashing_values

DAY = dt.date(2034, 2, 20)
F1 = ("A ferry carrying 230 people sank off the island of Mersa on Sunday, the coast guard said.\n\n"
      "Rescuers saved 151 people, while 15 remain missing.\n\nThe ferry had left Dorvan at 8:30 p.m.")
F2 = ("The vessel, which was carrying 260 people, went down off Mersa late on Sunday.\n\n"
      "Rescuers pulled 151 people alive from the water.\n\nIt had departed Dorvan at 9:30 p.m. and capsized "
      "shortly before 11 p.m.")
F3 = ("غرقت عبارة تقل 230 شخصا قبالة جزيرة ميرسا الأحد.\n\nوأنقذ رجال الإنقاذ 151 شخصا.\n\n"
      "وكانت العبارة قد غادرت ميناء دورفان في الساعة 8:30 مساء، وانقلبت قبيل الساعة 11 ليلا.")


def _report():
    return analyze([("f1", "en", F1), ("f2", "en", F2), ("f3", "ar", F3)], DAY)


def test_generic_counts_of_other_predicates_never_clash():
    rep, by_id = _report()
    assert all("151" not in vals for vals in clashing_values(rep, by_id))


def test_counts_on_board_still_clash():
    rep, by_id = _report()
    assert ["230", "260"] in clashing_values(rep, by_id)


def test_departure_times_clash_apart_from_the_time_of_the_sinking():
    rep, by_id = _report()
    departures = {(c.article, c.value) for c in rep.claims if c.property == "departure_time"}
    assert departures == {("f1", "20:30"), ("f2", "21:30"), ("f3", "20:30")}
    clashes = [(f.property, sorted({by_id[c].value for s in f.sides for c in s.claims}))
               for f in rep.findings if f.kind == "contradiction"]
    assert ("departure_time", ["20:30", "21:30"]) in clashes
    assert not any(prop == "start_time" for prop, _ in clashes)   # 23:00 (sank) is no departure


def _claim(noun: str, quote: str) -> Claim:
    return Claim(id="c", article="a", start=0, end=len(quote), quote=quote, property="quantity:count",
                 value="1", signals=[Signal(field="measure", rule="test", text=noun)])


@pytest.mark.parametrize("noun,quote,generic", [
    ("people", "saved 151 people", True),
    ("individuals", "41 individuals", True),
    ("أشخاص", "ثلاثة أشخاص", True),
    ("passengers", "230 passengers", False),
    ("crew", "12 crew", False),
    ("مسافرا", "230 مسافرا", False),
])
def test_generic_head_table(noun: str, quote: str, generic: bool) -> None:
    assert quantity_traits.generic_head(_claim(noun, quote)) is generic
