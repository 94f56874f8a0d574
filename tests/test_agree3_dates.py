"""The date of an event told far from its event word (extract.frames.event_cue_of_date and
opening_date_event): a date in a clause that names an event and attributes nothing belongs to that
event however long the place names between them; a date that opens its sentence as an adverbial set off
by commas belongs to the sentence's event; the day somebody spoke or a date of another phrase ("on
Friday from the crash site") stays undated (invented sentences)."""
import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck import pipeline
from factcheck.models import Article

DAY = dt.date(2031, 3, 8)


def _dates(sentence: str) -> list[str]:
    """The values of the event dates ("date", "start_date") read from one sentence."""
    claims = pipeline.analyze([Article(id="a", path="a.txt", text=sentence, language="en", published=DAY)]).claims
    return sorted(c.value for c in claims if c.property in ("date", "start_date"))


@pytest.mark.parametrize("sentence, expected", [
    # the event word is more than DATE_EVENT_WINDOW tokens from the date, in the same clause
    ("The cargo plane Marlow Star crashed minutes after leaving the Old Harbour Passenger Terminal of the "
     "northern port of Vessby on Tuesday, March 4, 2031.", ["2031-03-04"]),
    ("The footbridge collapsed shortly after a crowd gathered at the Grand Riverside Exhibition and "
     "Trade Fair Centre of Tolm on Monday, March 3.", ["2031-03-03"]),
    # an opening adverbial: the sentence's event word comes after it
    ("On a cold and windy Tuesday evening, March 4, 2031, the cargo plane Marlow Star crashed near Vessby.",
     ["2031-03-04"]),
    ("On Monday, March 3, the footbridge collapsed in Tolm.", ["2031-03-03"]),
    # the day someone spoke is no event date, near or far
    ("On Wednesday, March 5, officials said the crash of the cargo plane Marlow Star near Vessby killed 12.", []),
    ("The coastguard said on Wednesday, March 5, that the crash killed 12.", []),
    # an attribution in the clause keeps a far date from the event word
    ("The mayor says the cargo plane crashed after leaving the Old Harbour Passenger Terminal of the northern "
     "port of Vessby on Tuesday.", []),
    # a date whose phrase ends before the event word's ("from the crash site"): another step
    ("Divers recovered the second recorder on Friday from the crash site.", []),
    # a long lead before the date is a clause of its own verb, not an opening adverbial
    ("Footage filmed by residents of the harbour district Tuesday, water pours into the flooded streets.", []),
])
def test_a_date_belongs_to_its_clause_s_or_sentence_s_event(sentence, expected):
    assert _dates(sentence) == expected


def _story(*texts: str):
    arts = [Article(id=f"a{i}", path=f"a{i}.txt", text=t, language="en", published=DAY) for i, t in enumerate(texts)]
    return pipeline.analyze(arts)


def test_far_and_opening_dates_of_one_event_agree_across_sources():
    rep = _story(
        "The cargo plane Marlow Star crashed minutes after leaving the Old Harbour Passenger Terminal of the "
        "northern port of Vessby on Tuesday, March 4, 2031. Rescuers searched the wreck.",
        "On a cold and windy Tuesday evening, March 4, 2031, the cargo plane Marlow Star crashed near Vessby. "
        "The operator has not commented.")
    by_id = {c.id: c for c in rep.claims}
    groups = [{by_id[c].article for c in f.claims} for f in rep.findings
              if f.kind == "agreement" and all(by_id[c].property == "date" for c in f.claims)]
    assert {"a0", "a1"} in groups


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["said", "told reporters", "announced", "confirmed"]),
       st.sampled_from(["Monday", "Tuesday, March 4", "Wednesday, March 5, 2031"]))
def test_the_day_someone_spoke_is_never_an_event_date(verb, day):
    # an attribution verb in the date's clause or right after an opening date: never the event's date
    assert _dates(f"On {day}, the coastguard {verb} the crash of the cargo plane near Vessby killed 12.") == []
    assert _dates(f"The coastguard {verb} on {day} that the crash of the cargo plane killed 12 people.") == []


@pytest.mark.parametrize("sentence, expected", [
    # a possessive written onto the date is no phrase of its own: the event word after it is the date's
    ("Voters in Tarnwick went to the polls in Sunday's election.", ["2031-03-02"]),
    ("Divers searched the lake after Friday's crash.", ["2031-03-07"]),
])
def test_a_clitic_on_the_date_keeps_the_event_word_after_it(sentence, expected):
    assert _dates(sentence) == expected
