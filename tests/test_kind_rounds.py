"""Which round of a series a story's event is (``kinds.rounds``): one row per phrase, then invented
stories (a basketball tournament, talks, a runoff election) in English and Arabic."""
import datetime as dt

import pytest

from factcheck import pipeline
from factcheck.extract.events import EventTracker
from factcheck.kinds import rounds
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from factcheck.models import Article, Clause

DAY = dt.date(2025, 3, 9)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Falcons won in the third round of the group stage.", ("3", "third round of the group stage")),
    ("en", "The talks resumed for a second round in Geneva.", ("2", "second round")),
    ("ar", "فاز الصقور ضمن منافسات الجولة الأولى من دور المجموعات.", ("1", "الجولة الأولى من دور المجموعات")),
    ("ar", "انطلقت الجولة الثانية من المحادثات في جنيف.", ("2", "الجولة الثانية من المحادثات")),
    ("en", "Weil came third in the race.", None),            # a rank
    ("en", "He scored the third goal of the match.", None),  # no event noun
    ("ar", "حل العداء ثالثا في السباق.", None),
])
def test_an_ordinal_next_to_an_event_noun_is_a_round(lang, text, expected):
    toks = lx.tokenize(text, lang)
    found = [rounds.frame(text, toks, lx.covered(toks, v.start, v.end), v, lang)
             for v in values.find_values(text, lang) if v.kind == "ordinal"]
    got = [(f.value, text[f.start:f.end]) for f in found if f is not None]
    assert got == ([expected] if expected else [])


def _report(*texts: str, lang: str = "en"):
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", language=lang, published=DAY, text=t) for i, t in enumerate(texts)]
    return pipeline.analyze(arts)


def _round_findings(rep) -> list[tuple[str, list[str]]]:
    cl = {c.id: c for c in rep.claims}
    return sorted((f.kind, sorted(cl[i].value for i in f.claims)) for f in rep.findings
                  if f.property == rounds.PROPERTY and f.kind != "unsupported")


@pytest.mark.parametrize("lang, a, b", [
    ("en", "The Falcons beat the Storm 88-80 in the first round of the group stage.\n\nFans cheered.",
     "The Falcons beat the Storm in the third round of the group stage.\n\nThe arena was full."),
    ("ar", "فاز الصقور على العاصفة ضمن الجولة الأولى من دور المجموعات.\n\nواحتفل المشجعون.",
     "فاز الصقور على العاصفة في الجولة الثالثة من دور المجموعات.\n\nوامتلأت الصالة."),
])
def test_two_sources_that_put_the_event_in_different_rounds_clash(lang, a, b):
    assert _round_findings(_report(a, b, lang=lang)) == [("contradiction", ["1", "3"])]


def test_the_same_round_agrees():
    rep = _report("The Falcons won in the first round of the group stage.\n\nFans cheered.",
                  "In the first round of the group stage, the Falcons won.\n\nThe arena was full.")
    assert _round_findings(rep) == [("agreement", ["1", "1"])]


@pytest.mark.parametrize("b", [
    # an article naming two rounds of the series tells them apart: steps of the story
    "After a draw in the first round, the Falcons won the second round of the group stage.\n\nFans cheered.",
    # another occurrence: the next round
    "The Falcons will meet the Hawks in the next round.\n\nFans cheered.",
])
def test_rounds_told_as_steps_or_another_occurrence_never_clash(b):
    rep = _report("The Falcons won in the first round of the group stage.\n\nThe arena was full.", b)
    assert all(kind != "contradiction" for kind, _ in _round_findings(rep))


@pytest.mark.parametrize("lang, text", [
    ("en", "The first round of the talks was held in Geneva."),
    ("ar", "عقدت الجولة الأولى من المحادثات في جنيف."),
])
def test_first_is_an_ordinal_not_a_cue_of_an_earlier_occurrence(lang, text):
    art = Article(id="a", path="a.txt", language=lang, published=DAY, text=text)
    clause = Clause(article="a", start=0, end=len(text), sentence_start=0, sentence_end=len(text), paragraph=0)
    toks = lx.tokenize(text, lang)
    ref = EventTracker(DAY.year).ref(art, clause, toks, values.find_values(text, lang), lang)
    assert (ref.relation, ref.ordinal) == ("this", "1")
