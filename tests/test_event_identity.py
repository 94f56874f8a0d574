"""Event identity across a story: where the story happens, and plans against facts (an invented dock
strike in Mombasa, three outlets; see tests/invented_strike)."""
import datetime as dt
from pathlib import Path

import pytest

from factcheck import pipeline
from factcheck.models import Article
from factcheck.extract.events import EventRef, article_events, story_year
from factcheck.mentions.values import bare_year

STRIKE = Path(__file__).resolve().parent / "invented_strike"


@pytest.fixture(scope="module")
def strike():
    return pipeline.report([STRIKE])


def _clashes(rep):
    cl = {c.id: c for c in rep.claims}
    return {tuple(sorted(cl[i].value for s in f.sides for i in s.claims)) for f in rep.findings
            if f.kind == "contradiction"}


def test_plans_clash_with_plans(strike):
    # "will rehire 40" (s1) and "After the rehiring of 35 ..., the port will run" (s3) are two plans
    assert ("35", "40") in _clashes(strike)


def test_a_plan_never_clashes_with_what_happened(strike):
    # "will rehire 40" against "Twelve ... were rehired": the deal and its first step
    assert not any("12" in pair for pair in _clashes(strike))


def test_fronted_time_clause_takes_its_sentences_modality(strike):
    c = next(c for c in strike.claims if c.value == "35")
    assert c.modality == "planned"
    assert any(s.field == "modality" and s.text == "will" for s in c.signals)


def test_another_countrys_event_is_not_compared(strike):
    chile = next(c for c in strike.claims if c.value == "P60D")
    assert "place=country:CL" in chile.event
    assert all(chile.id not in f.claims for f in strike.findings if f.kind != "unsupported")


MOMBASA, CHILE, KENYA = "city:186301", "country:CL", "country:KE"


@pytest.mark.parametrize("stated, expected", [
    # an article placing nothing is placed where the other articles place the story
    ({"a": [MOMBASA], "b": [MOMBASA], "c": []}, {"a": MOMBASA, "b": MOMBASA, "c": MOMBASA}),
    # an article whose only place no other article names tells the story's event there too
    ({"a": [MOMBASA], "b": [MOMBASA], "c": [CHILE]}, {"a": MOMBASA, "b": MOMBASA, "c": MOMBASA}),
    # a place inside the story's place is kept (the city in the country)
    ({"a": [KENYA], "b": [KENYA], "c": [MOMBASA]}, {"a": KENYA, "b": KENYA, "c": MOMBASA}),
    # one article's place is not a story's place: nothing is filled in
    ({"a": [CHILE], "b": [], "c": []}, {"a": CHILE, "b": None, "c": None}),
])
def test_story_place(stated, expected):
    refs = {art: [EventRef(place=p) for p in ps] or [EventRef()] for art, ps in stated.items()}
    assert {art: r.place for art, r in article_events(refs).items()} == expected


@pytest.mark.parametrize("sentence, relation", [
    ("Marrow won 61 percent of the vote in last week's election.", "this"),     # a week ago: this vote
    ("Marrow won 61 percent of the vote in the election last Sunday.", "this"),
    ("Marrow won 61 percent of the vote in last year's election.", "prior"),
    ("Marrow won 61 percent of the vote in the previous election.", "prior"),
    ("فازت مارو بنسبة 61 في المئة من الأصوات في انتخابات الأسبوع الماضي.", "this"),
])
def test_recent_days_are_this_events(sentence, relation):
    lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in sentence) else "en"
    art = Article(id="a", path="a.txt", text=sentence, language=lang, published=dt.date(2031, 5, 12))
    c = next(c for c in pipeline.analyze([art]).claims if c.property == "quantity:percent")
    assert EventRef.parse(c.event).relation == relation


@pytest.mark.parametrize("surface, value, year", [
    ("2019", "2019", 2019),
    ("2,000", "2000", None),      # a figure with a separator is never a year
    ("1850", "1850", None),       # outside values.YEAR_RANGE
    ("٢٠١٩", "2019", 2019),
])
def test_bare_year(surface, value, year):
    assert bare_year(surface, value) == year


def test_an_undated_article_is_read_in_its_storys_year():
    dated = Article(id="d", path="d.txt", language="en", published=dt.date(2031, 5, 12),
                    text="Marrow won 61 percent of the vote on Sunday.")
    undated = Article(id="u", path="u.txt", language="en",
                      text="Marrow was first elected in 2027 with 52 percent of the vote. More than 2,000 people voted early.")
    claims = pipeline.analyze([dated, undated]).claims
    ev = {c.value: EventRef.parse(c.event).relation for c in claims if c.article == "u" and c.property.startswith("quantity")}
    assert ev == {"52%": "prior", "2000": "this"}
    assert story_year([dated, undated]) == 2031
    assert story_year([undated]) is None
