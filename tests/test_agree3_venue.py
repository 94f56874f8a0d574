"""A building named by capitalised words before its kind word ("Kestrel Valley Hospital", "the K.V.
Engineering College") in a clause about the event is a venue claim (extract.frames._named_venue): it
spans the event word it follows, its value folds the name's letters so that spellings with dots and
spaces agree, and two different names never clash (kinds.venue; invented sentences)."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck import pipeline
from factcheck.kinds import venue
from factcheck.models import Article, Claim

DAY = dt.date(2031, 3, 8)


def _venues(sentence: str) -> list[tuple[str, str]]:
    rep = pipeline.analyze([Article(id="a", path="a.txt", text=sentence, language="en", published=DAY)])
    return [(c.value, c.quote) for c in rep.claims if c.property == "venue"]


@pytest.mark.parametrize("sentence, expected", [
    ("The roof collapsed onto the K.V. Engineering College library on Monday.",
     [("college:name:kvengineering", "collapsed onto the K.V. Engineering College")]),
    ("A gas explosion tore through the kitchen of Kestrel Valley Hospital.",
     [("hospital:name:kestrelvalley", "explosion tore through the kitchen of Kestrel Valley Hospital")]),
    ("The fire started in a dormitory of K V Engineering College and Annex.",
     [("college:name:kvengineering", "started in a dormitory of K V Engineering College")]),
    # no event in the clause: a building where someone works is no venue of the event
    ("Dr. Ilse Varga works at Kestrel Valley Hospital.", []),
    # a lower-case kind word or no capitalised name before it names no building
    ("The fire started in a college dormitory.", []),
    ("Hospital staff said the fire started in the kitchen.", []),
])
def test_a_named_building_of_an_event_is_a_venue(sentence, expected):
    assert _venues(sentence) == expected


def test_one_building_spelled_two_ways_agrees_across_sources():
    arts = [Article(id="a0", path="a0.txt", language="en", published=DAY,
                    text="The roof collapsed onto the K.V. Engineering College library on Monday."),
            Article(id="a1", path="a1.txt", language="en", published=DAY,
                    text="On Monday the roof of KV Engineering College collapsed during a lecture.")]
    rep = pipeline.analyze(arts)
    by_id = {c.id: c for c in rep.claims}
    found = [{by_id[c].article for c in f.claims} for f in rep.findings
             if f.kind == "agreement" and all(by_id[c].property == "venue" for c in f.claims)]
    assert found == [{"a0", "a1"}]


def _claim(value: str) -> Claim:
    return Claim(id=value, article="a", start=0, end=1, quote="x", subject=None, subject_label=None,
                 property="venue", value=value)


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(["college:name:kv", "college:name:tarn", "hospital:name:kv", "embassy:US", "embassy:FR"]),
       st.sampled_from(["college:name:kv", "college:name:tarn", "hospital:name:kv", "embassy:US", "embassy:FR"]))
def test_named_venues_agree_on_one_name_and_never_clash(a, b):
    got = venue.same(_claim(a), _claim(b))
    assert got == venue.same(_claim(b), _claim(a))   # symmetric
    if ":name:" in a or ":name:" in b:
        assert got is not False   # two names are never a contradiction
        assert got is (True if a == b else None)
