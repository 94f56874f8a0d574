"""When a length runs out does not date the clause's event: "has signed a five-year contract until June
2040" is about a signing now, not an occasion in 2040 (lexicon ``period_end_cues``). An invented
transfer told in English and Arabic: the contract lengths (five years twice, four years once) meet as
one fact of the story, and clash."""
import datetime as dt

import pytest

from factcheck.kinds import duration

from story_support import analyze

DAY = dt.date(2035, 7, 2)


def _durations(rows):
    rep, by_id = analyze(rows, DAY)
    claims = sorted((c.article, c.value, (c.event or "").split(" ")[0]) for c in rep.claims if c.property == "duration")
    clashes = [sorted((by_id[c].article, by_id[c].value) for s in f.sides for c in s.claims)
               for f in rep.findings if f.kind == "contradiction" and f.property == "duration"]
    return claims, clashes


def test_contract_lengths_with_their_end_dates_are_this_events():
    rows = [("a", "en", "Striker Dario Venn has signed a five-year contract until June 2040, the club said on Tuesday."),
            ("b", "ar", "ووقع المهاجم داريو فين عقدا لمدة خمس سنوات حتى يونيو 2040، بحسب ما أعلن النادي الثلاثاء."),
            ("c", "en", "Striker Dario Venn has signed a four-year contract until June 2039, the club said on Tuesday.")]
    claims, clashes = _durations(rows)
    assert claims == [("a", "P5Y", "main:this"), ("b", "P5Y", "main:this"), ("c", "P4Y", "main:this")]
    assert clashes == [[("a", "P5Y"), ("b", "P5Y"), ("c", "P4Y")]]


@pytest.mark.parametrize("text, event", [
    ("Striker Dario Venn has signed a five-year contract until June 2040.", "main:this"),
    ("ووقع المهاجم داريو فين عقدا لمدة خمس سنوات حتى يونيو 2040.", "main:this"),
    # no length before the date: it dates the clause
    ("The stadium will stay closed until June 2040.", "main:next"),
])
def test_the_end_of_a_length_dates_no_event(text, event):
    rep, _ = analyze([("a", "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en", text)], DAY)
    assert {(c.event or "").split(" ")[0] for c in rep.claims} == {event}


def test_a_noun_meets_the_holder_of_a_predicate():
    rows = [("a", "en", "Striker Dario Venn has signed a five-year contract, the club said on Tuesday."),
            ("b", "en", "Striker Dario Venn signed a contract running for four years, the club said on Tuesday.")]
    _, clashes = _durations(rows)
    assert clashes == [[("a", "P5Y"), ("b", "P4Y")]]


def test_an_age_before_the_noun_a_length_is_of_is_not_that_noun():
    rows = [("a", "ar", "ووقع اللاعب البالغ من العمر 24 عاما عقدا لمدة خمس سنوات مع النادي.")]
    rep, _ = analyze(rows, DAY)
    assert [duration.measure(c).text for c in rep.claims if c.property == "duration"] == ["عقد"]
