"""The designation kind: a code in a name ("Boeing 787-8 Dreamliner") as a claim of its maker."""
import datetime as dt

import pytest

from factcheck import pipeline
from factcheck.kinds import designation
from factcheck.kinds import Context
from factcheck.extract.events import EventRef
from factcheck.models import Article, Claim

DAY = dt.date(2031, 10, 13)


def _designations(text):
    claims = pipeline.analyze([Article(id="a", path="a.txt", text=text, language="en", published=DAY)]).claims
    return [(c.subject, c.value) for c in claims if c.property == "designation"]


@pytest.mark.parametrize("text, expected", [
    ("The Boeing 767-300 Freighter of Norvik Cargo landed in Tarnby.", [("boeing", "767-300")]),
    ("Norvik Cargo flies a Saab 340.", [("saab", "340")]),
    ("The Moon was reached by Apollo 11.", [("apollo", "11")]),
    ("Norvik Cargo lost 340 parcels in Tarnby.", []),            # a figure, not a code
])
def test_a_code_in_a_name_is_a_designation(text, expected):
    assert _designations(text) == expected


def _claim(cid, article, subject, value):
    return Claim(id=cid, article=article, start=0, end=1, quote="x", property="designation", subject=subject,
                 subject_label=subject.title(), value=value)


REF = EventRef.parse("main:this")


@pytest.mark.parametrize("b, same_event, kind", [
    (("boeing", "767-300"), True, "agree"),
    (("boeing", "767-200"), True, "contradict"),     # which model
    (("boeing", "767-200"), False, "unrelated"),     # another event (an earlier crash)
    (("saab", "767-300"), True, "unrelated"),        # another maker
])
def test_judge(b, same_event, kind):
    x, y = _claim("x", "a1", "boeing", "767-300"), _claim("y", "a2", *b)
    ctx = Context(REF, REF, same_event, "compatible event" if same_event else "other event")
    assert designation.judge(x, y, ctx).kind == kind
    assert designation.judge(y, x, ctx).kind == kind


def test_invented_story_models_agree_and_clash():
    arts = [Article(id=f"n{k}", path=f"n{k}.txt", language="en", published=DAY, text=t) for k, t in enumerate([
        "The Norvik Cargo jet, a Boeing 767-300, crashed near Tarnby on Sunday.",
        "A Norvik Cargo Boeing 767-300 crashed near Tarnby on Sunday, officials said.",
        "Officials said the Norvik Cargo plane that crashed near Tarnby on Sunday was a Boeing 767-200.",
    ])]
    rep = pipeline.analyze(arts)
    cl = {c.id: c for c in rep.claims}
    [clash] = [f for f in rep.findings if f.kind == "contradiction" and f.property == "designation"]
    assert sorted(sorted(cl[i].article for i in s.claims) for s in clash.sides) == [["n0", "n1"], ["n2"]]
