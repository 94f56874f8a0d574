"""Each article's own event (chosen with the story), and the measures compared whatever the event."""
import pytest
from hypothesis import given, strategies as st

from factcheck.judge.compare import judge
from factcheck.extract.events import EventRef, article_events, story_places
from factcheck.models import Claim, Signal


def this(date=None, place=None, ordinal=None):
    return EventRef(date=date, place=place, ordinal=ordinal)


# one row per story: each article's references in order -> each article's own date
DATE_ROWS = [
    # one article: its first stated date
    ({"a": [this("2025-04-23"), this("--07-19")]}, {"a": "2025-04-23"}),
    # a side date stated first gives way to the date the other articles state
    ({"a": [this("--07-19"), this("2025-04-23")], "b": [this("2025-04-23")]},
     {"a": "2025-04-23", "b": "2025-04-23"}),
    # compatible precision counts as support ("2025-04" supports the day in April)
    ({"a": [this("--07-19"), this("2025-04-23")], "b": [this("2025-04")]}, {"a": "2025-04-23", "b": "2025-04"}),
    # a tie keeps the article's first statement
    ({"a": [this("--07-19"), this("2025-04-23")], "b": [this("--07-19")], "c": [this("2025-04-23")]},
     {"a": "--07-19", "b": "--07-19", "c": "2025-04-23"}),
    # an article that states only another date keeps it (it may be about another occurrence)
    ({"a": [this("2025-04-23")], "b": [this("2025-04-23")], "c": [this("2025-02-27")]},
     {"a": "2025-04-23", "b": "2025-04-23", "c": "2025-02-27"}),
    # prior / next / conflict references are not the article's own event
    ({"a": [EventRef(relation="prior", date="2025-02-27"), EventRef(kind="conflict", date="2022-02-24"), this("2025-04-23")]},
     {"a": "2025-04-23"}),
    # a bare weekday dates a step of the story as often as its event: not the article's date
    ({"a": [this("weekday:5")], "b": [this("weekday:4"), this("2025-06-12")]}, {"a": None, "b": "2025-06-12"}),
    # no date at all
    ({"a": [this(place="city:745044")], "b": []}, {"a": None, "b": None}),
]


@pytest.mark.parametrize("refs,own", DATE_ROWS)
def test_article_date_is_the_one_the_story_supports(refs, own):
    assert {a: e.date for a, e in article_events(refs).items()} == own


def test_an_articles_own_event_takes_the_storys_place_and_no_round():
    """Which round the story's event is, is a value sources may disagree on (``kinds.rounds``): it
    is not set on every claim of an article."""
    refs = {"a": [this(place="country:TR", ordinal="5"), this(place="city:87205", ordinal="2")],
            "b": [this(place="city:87205", ordinal="2")]}
    own = article_events(refs)
    assert (own["a"].place, own["a"].ordinal) == ("city:87205", None)


REFS = st.lists(st.builds(this, st.sampled_from([None, "2025-04-23", "2025-04", "--07-19", "weekday:4"]),
                          st.sampled_from([None, "city:745044", "country:TR", "city:524901"]),
                          st.sampled_from([None, "1", "2"])), max_size=4)


@given(st.dictionaries(st.sampled_from("abcde"), REFS, max_size=5))
def test_own_event_is_stated_by_the_article_and_independent_of_article_order(refs):
    own = article_events(refs)
    assert article_events(dict(reversed(list(refs.items())))) == own
    story = story_places(refs)
    for art, rs in refs.items():
        assert own[art].ordinal is None
        for name in ("date", "place"):
            v = getattr(own[art], name)
            # an article's place may be the story's (named by two articles or more)
            assert v is None or v in {getattr(r, name) for r in rs} or (name == "place" and v in story)
            assert not (v or "").startswith("weekday:")


def count(measure, value, subject, article):
    """A figure of a named measure (``quantity:count`` with its measure signal)."""
    sigs = [Signal(field="value", rule="t", text=value), Signal(field="measure", rule=f"measures.{measure}: t", text=measure)]
    return Claim(id=f"c{article}{value}", article=article, start=0, end=1, quote="x", property="quantity:count",
                 value=value, value_low=float(value) - 0.5, value_high=float(value) + 0.5, subject=subject,
                 subject_label="Derna" if subject else None, signals=sigs)


APRIL, JULY = EventRef(date="2025-04-23"), EventRef(date="--07-19")
# one row per pair: measure, values, subjects, events -> verdict
STANDING_ROWS = [
    # a city's population is the city's, whichever day each clause is anchored to
    ("population", ("200000", "125000"), ("city:87205", "city:87205"), (APRIL, JULY), "contradict"),
    ("population", ("200000", "200000"), ("city:87205", "city:87205"), (APRIL, JULY), "agree"),
    # ... but only of one named subject
    ("population", ("200000", "125000"), ("city:87205", "city:2210247"), (APRIL, APRIL), "unrelated"),
    ("population", ("200000", "125000"), (None, None), (APRIL, JULY), "unrelated"),
    # a death toll belongs to its event: other dates, other events
    ("dead", ("2000", "5300"), ("city:87205", "city:87205"), (APRIL, JULY), "unrelated"),
    ("dead", ("2000", "5300"), ("city:87205", "city:87205"), (APRIL, APRIL), "contradict"),
]


@pytest.mark.parametrize("measure,values,subjects,events,kind", STANDING_ROWS)
def test_standing_measures_are_compared_whatever_the_event(measure, values, subjects, events, kind):
    a, b = (count(measure, v, s, art) for v, s, art in zip(values, subjects, "ab"))
    verdict = judge(a, b, *events)
    assert verdict.kind == kind
    assert judge(b, a, *reversed(events)).kind == kind
    if kind == "contradict" and measure == "population":
        assert verdict.reason.startswith("different population figure of Derna (")
