"""Each article's own event (chosen with the story), and the measures compared whatever the event."""
import pytest
from hypothesis import given, strategies as st

from factcheck.judge.compare import judge
import datetime as dt

from factcheck.extract.events import EventRef, article_events, first_published, relative_to, stale, story_places
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


# one row per date -> is it long before a story first published on 24 March 2031 (STALE_EVENT_DAYS)?
STALE_ROWS = [
    ("2031-03-24", False), ("2031-03-20", False), ("2031-02-22", False),   # 30 days before: recent
    ("2031-02-21", True), ("2031-01-05", True), ("2029-06-01", True),
    ("--01-05", True), ("--03-22", False),
    ("--12-30", True),        # no year: the latest 30 December before publication, in 2030
    ("2031-02", False),       # a month is read at its last day: 28 February, 24 days before
    ("2031", False), ("2030", True),
    ("weekday:5", False), ("2031-04-02", False),   # a weekday, a later date: never stale
]


@pytest.mark.parametrize("date,expected", STALE_ROWS)
def test_a_date_long_before_the_first_publication_is_stale(date, expected):
    assert stale(date, dt.date(2031, 3, 24)) is expected
    assert stale(date, None) is False   # no publication date known: nothing is stale


def test_a_stale_date_is_never_an_articles_own_date_and_marks_an_earlier_event():
    """Truce articles recall the raid that began the war seven weeks earlier more often than they
    date the release: the raid's date is background, not the story's event."""
    refs = {"a": [this("2031-01-05"), this("2031-03-21")], "b": [this("--01-05")], "c": [this("--01-05")]}
    published = {"a": dt.date(2031, 3, 21), "b": None, "c": None}
    assert first_published(published) == dt.date(2031, 3, 21)
    own = article_events(refs, first_published(published))
    assert {k: e.date for k, e in own.items()} == {"a": "2031-03-21", "b": None, "c": None}
    assert article_events(refs)["a"].date == "2031-01-05"   # without publication dates: the best supported
    assert relative_to(this("--01-05"), own["b"], dt.date(2031, 3, 21)).relation == "prior"
    assert relative_to(this("2031-03-20"), own["b"], dt.date(2031, 3, 21)).relation == "this"


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
