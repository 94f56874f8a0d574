"""An invented earthquake (two English outlets, one Arabic) with an aftershock: a magnitude whose thing
measured is a sub-event noun (lexicon ``events.sub_nouns``: "a magnitude 5.4 aftershock", "an aftershock
of magnitude 5.4", "هزة ارتدادية بقوة 5.4") is the aftershock's, agreed on across languages and never
compared with the main quake's magnitude, which still clashes between outlets (6.8 vs 6.6)."""
import datetime as dt

import pytest

from factcheck.extract import measured
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from story_support import analyze, clashing_values

DAY = dt.date(2037, 4, 13)
Q1 = ("A magnitude 6.8 earthquake struck northern Pelmar on Monday, the seismological centre said.\n\n"
      "A magnitude 5.4 aftershock shook the area two hours later.")
Q2 = "A 6.6-magnitude earthquake hit northern Pelmar on Monday.\n\nAn aftershock of magnitude 5.4 followed."
Q3 = "ضرب زلزال بقوة 6.8 درجات شمال بيلمار يوم الاثنين.\n\nوأعقبته هزة ارتدادية بقوة 5.4 درجات بعد ساعتين."


def _report():
    return analyze([("q1", "en", Q1), ("q2", "en", Q2), ("q3", "ar", Q3)], DAY)


def test_aftershock_magnitude_apart_from_the_quake():
    rep, by_id = _report()
    assert clashing_values(rep, by_id) == [["6.6", "6.8"]]
    agreed = [sorted(by_id[c].article for c in f.claims) for f in rep.findings
              if f.kind == "agreement" and f.property == "quantity:count" and by_id[f.claims[0]].value == "5.4"]
    assert agreed == [["q1", "q2", "q3"]]


@pytest.mark.parametrize("text,lang,key", [
    ("A magnitude 5.4 aftershock shook the area.", "en", "sub-event:aftershock"),
    ("An aftershock of magnitude 5.4 followed.", "en", "sub-event:aftershock"),
    ("A magnitude 4.1 foreshock was felt on Sunday.", "en", "sub-event:foreshock"),
    ("وأعقبته هزة ارتدادية بقوة 5.4 درجات.", "ar", "sub-event:aftershock"),
    ("A magnitude 6.8 earthquake struck the region.", "en", None),
    ("The 6.8 quake and its aftershocks killed dozens.", "en", None),   # the aftershocks are not what 6.8 measures
])
def test_sub_event_table(text: str, lang: str, key: str | None) -> None:
    v = next(v for v in values.find_values(text, lang) if v.kind == "number")
    found = measured.sub_event(lx.tokenize(text, lang), v, lang)
    assert (found[0] if found else None) == key
