"""The seeds' behaviour on an invented Arabic story (other people, places, numbers, dates)."""
from pathlib import Path

import pytest

from factcheck import pipeline
from factcheck.kinds.quantity import measure

STORY = Path(__file__).resolve().parent / "invented"


@pytest.fixture(scope="module")
def rep():
    return pipeline.report([STORY])


def _by_id(rep):
    return {c.id: c for c in rep.claims}


def test_status_contradiction_expected_vs_holds(rep):
    cl = _by_id(rep)
    fs = [f for f in rep.findings if f.kind == "contradiction" and f.property == "role"]
    assert len(fs) == 1
    sides = [sorted({cl[i].article for i in s.claims}) for s in fs[0].sides]
    assert sorted(sides) == [["a1", "a3"], ["a2"]]
    assert "expected" in fs[0].reason


def test_aim_negation_contradiction(rep):
    cl = _by_id(rep)
    fs = [f for f in rep.findings if f.kind == "contradiction" and f.property == "aim"]
    assert len(fs) == 1
    assert sorted(cl[s.claims[0]].article + ":" + cl[s.claims[0]].polarity for s in fs[0].sides) == \
        ["a1:positive", "a2:negative"]


def test_only_those_two_contradictions(rep):
    # the next round in Rabat is another event than this round in Marrakech; the earlier meeting's
    # durations are both lower bounds ("more than 3 / 5 hours"); the page furniture says nothing
    assert sorted(f.property for f in rep.findings if f.kind == "contradiction") == ["aim", "role"]


def test_agreements_on_date_place_and_leader(rep):
    props = {f.property for f in rep.findings if f.kind == "agreement"}
    assert {"date", "place", "leads"} <= props


def test_furniture_never_claimed(rep):
    quotes = " ".join(c.quote for c in rep.claims)
    for furniture in ("تعليق", "كلمات دلالية", "أسعار الذهب", "أخبار ذات صلة"):
        assert furniture not in quotes


def test_publication_dates_from_datelines(rep):
    assert {a.id: str(a.published) for a in rep.articles} == {"a1": "2024-03-05", "a2": "2024-03-05", "a3": "None"}


def test_mixed_language_page_compared_claim_by_claim():
    # m1 is an Arabic page with an English paragraph; m2 is English. Dates and places compare
    # across languages; names match across scripts.
    rep = pipeline.report([Path(__file__).resolve().parent / "invented_mixed"])
    cl = _by_id(rep)
    dates = [f for f in rep.findings if f.kind == "contradiction" and f.property == "date"]
    assert len(dates) == 1
    sides = {s.value.split(" ")[0]: sorted(cl[i].article for i in s.claims) for s in dates[0].sides}
    assert sides == {"2025-05-12": ["m1", "m2"], "2025-05-14": ["m1"]}
    places = [f for f in rep.findings if f.kind == "agreement" and f.property == "place"]
    assert len(places) == 1 and sorted(cl[i].article for i in places[0].claims) == ["m1", "m2"]
    # each paragraph of the mixed page is read in its own language
    assert sorted(c.quote.split()[0] for c in rep.claims if c.article == "m1" and c.property == "place") == \
        ["meeting", "الاجتماع"]


def test_quake_magnitudes_attributed_and_toll_updates():
    # invented English story with front matter: two agencies give two magnitudes for one quake
    # (a contradiction that names its sources); a later article reports a higher toll (an update);
    # "at least 120" does not contradict 134
    rep = pipeline.report([Path(__file__).resolve().parent / "invented_quake"])
    contra = [f for f in rep.findings if f.kind == "contradiction"]
    cl = _by_id(rep)
    assert [(f.property, measure(cl[f.claims[0]])) for f in contra] == [("quantity:count", "magnitude")]
    assert contra[0].attributed == {"7.1": ["Kenya Meteorological Department"], "7.4": ["US Geological Survey"]}
    updates = [f for f in rep.findings if f.kind == "update"]
    assert len(updates) == 1 and [s.value for s in updates[0].sides] == ["134", "212"]
    assert "2024-08-03" in updates[0].reason and "2024-08-05" in updates[0].reason
