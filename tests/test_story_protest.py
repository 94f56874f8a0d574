"""An invented protest story (two English outlets, one Arabic): arrests are a measure of their own
(lexicon ``measures.arrested``, evolving like a toll): "arrested 37 people" / "اعتقلت الشرطة 37 شخصا"
agree across languages, "detained 43 people" the same day clashes with them, and a later article's
figure is an update, never a clash."""
import datetime as dt

import pytest

from story_support import analyze, clashing_values

DAY = dt.date(2035, 5, 12)
P1 = "Police arrested 37 people after clashes outside the ministry in Tarsen on Saturday."
P2 = "Police detained 43 people after scuffles outside the ministry in Tarsen on Saturday."
P3 = "واعتقلت الشرطة 37 شخصا إثر مواجهات أمام الوزارة في تارسن يوم السبت."


def _report(second_day: dt.date):
    return analyze([("p1", "en", P1), ("p2", "en", P2), ("p3", "ar", P3)], DAY, {"p2": second_day})


@pytest.mark.parametrize("text,lang", [(P1, "en"), (P2, "en"), (P3, "ar")])
def test_arrests_are_a_measure(text: str, lang: str) -> None:
    rep, _ = analyze([("a", lang, text)], DAY)
    assert [c.property for c in rep.claims if c.value in ("37", "43")] == ["quantity:count"]
    assert any(s.field == "measure" and s.text == "arrested" for c in rep.claims for s in c.signals)


def test_arrest_counts_clash_on_one_day_and_agree_across_languages():
    rep, by_id = _report(DAY)
    assert clashing_values(rep, by_id, prefix="") == [["37", "43"]]
    sides = next(f.sides for f in rep.findings if f.kind == "contradiction")
    assert sorted(sorted(by_id[c].article for c in s.claims) for s in sides) == [["p1", "p3"], ["p2"]]


def test_a_later_arrest_count_is_an_update():
    rep, by_id = _report(DAY + dt.timedelta(days=1))
    assert not [f for f in rep.findings if f.kind == "contradiction"]
    updates = [f for f in rep.findings if f.kind == "update"]
    assert len(updates) == 1
