"""Open-world durations (kinds.duration_read): what a duration is the length of when no lexicon
measure, modified noun or "لمدة" names it -- the noun after a partitive ("seven weeks of fighting",
"48 يوما من القتال"), the predicate before "for" with its holder ("schools will stay closed for two
weeks"), the noun a "lasted" cue names ("the talks lasted 12 hours", "استمرت المحادثات 12 ساعة") --
and comparison within each length's stated rounding ("seven weeks" / "48 days" agree; "two weeks" /
"three weeks" clash). Tables per language, then a symmetry property."""
import pytest
from hypothesis import given, settings, strategies as st

from factcheck.kinds import Context, duration, duration_read
from factcheck.models import Claim, Signal
from story_support import story


def _durations(text: str):
    return [c for c in story(text).claims if c.property == "duration"]


@pytest.mark.parametrize("text, value, measured, holder", [
    # English: the predicate before "for", and the noun it is said of
    ("Schools in Halvik will stay closed for two weeks.", "P2W", "closed", "school"),
    ("Markets in the old town will remain shut for four days.", "P4D", "shut", "market"),
    ("Bus drivers in Perrin went on strike for six days.", "P6D", "strike", "driver"),
    ("The bridge will stay closed for about three months.", "P3M", "closed", "bridge"),
    # English: the noun after a partitive
    ("The accord came after nine weeks of fighting.", "P9W", "fighting", None),
    ("Rescuers ended 36 hours of searching.", "PT36H", "searching", None),
    # English: the noun a "lasted" cue names, past a prepositional phrase
    ("The talks lasted 14 hours.", "PT14H", "talk", None),
    ("The rail strike in Perrin lasted three days.", "P3D", "strike", None),
    ("Talks between the union and the operators lasted nine hours.", "PT9H", "talk", None),
    # Arabic: after a partitive, after a "lasted" cue
    ("جاء الاتفاق بعد 63 يوما من القتال.", "P63D", "قتال", None),
    ("استمرت المحادثات 14 ساعة.", "PT14H", "محادث", None),
])
def test_what_an_open_duration_is_the_length_of(text, value, measured, holder):
    [c] = _durations(text)
    m = duration.measure(c)
    assert m is not None and c.value == value
    what, held_by = duration_read.parts(m)
    assert measured in what
    assert (holder in held_by) if holder else not held_by


@pytest.mark.parametrize("text", [
    "The two clubs have not met for 20 years.",        # how long since, negated: no length
    "It snowed in the valley for the first time in 40 years.",   # how long since
    "The results are expected within a week.",         # a time frame
    "The dam will be rebuilt in a decade.",            # a time frame
    "سجل اللاعب هدفا بعد أقل من ثلاث دقائق من ركلة حرة.",   # from a free kick: an indefinite noun after "من"
    "A 52-year-old driver was arrested.",              # an age
    "قال الوزير البالغ من العمر 61 عاما إن العمل مستمر.",   # an age
])
def test_no_length_is_read(text):
    assert _durations(text) == []


def _findings(rep, kind):
    return [f for f in rep.findings if f.kind == kind and f.property == "duration"]


@pytest.mark.parametrize("a, b", [
    ("Schools in Halvik will stay closed for two weeks, officials said on Monday.",
     "Schools in Halvik will stay closed for three weeks, officials said on Monday."),
    ("The talks in Perrin lasted 14 hours on Monday.", "The talks in Perrin lasted nine hours on Monday."),
    ("The accord came on Monday after nine weeks of fighting.", "The accord came on Monday after 40 days of fighting."),
    # across scripts: the predicates with their holders meet by their cosine
    ("Schools will stay closed for two weeks in Halvik, officials said on Monday.",
     "قالت السلطات الاثنين إن المدارس ستبقى مغلقة لمدة ثلاثة أسابيع في هالفيك."),
])
def test_two_lengths_of_one_thing_clash(a, b):
    assert len(_findings(story(a, b), "contradiction")) == 1


@pytest.mark.parametrize("a, b", [
    # within the coarser unit's rounding: 9 weeks is 63 days; 7 weeks meets 48 days
    ("The accord came on Monday after nine weeks of fighting.", "The accord came on Monday after 63 days of fighting."),
    ("The accord came on Monday after seven weeks of fighting.", "جاء الاتفاق الاثنين بعد 48 يوما من القتال."),
    ("Schools in Halvik will stay closed for two weeks, officials said on Monday.",
     "Schools in Halvik will stay closed for 14 days, officials said on Monday."),
])
def test_one_length_in_two_units_agrees(a, b):
    rep = story(a, b)
    assert _findings(rep, "contradiction") == [] and len(_findings(rep, "agreement")) == 1


@pytest.mark.parametrize("a, b", [
    # two holders of one predicate
    ("Schools in Halvik will stay closed for two weeks on Monday.", "Markets in Halvik will stay closed for four days on Monday."),
    ("Markets will stay closed for two weeks in Halvik, officials said on Monday.",
     "قالت السلطات الاثنين إن المدارس ستبقى مغلقة لمدة ثلاثة أسابيع في هالفيك."),
    # two different nouns
    ("The firm won a 40-year concession on Monday.", "The firm won a 12-year tax holiday on Monday."),
    # a length and a deadline, a length and how long since
    ("The firm won a 40-year concession on Monday.", "The first $3 billion will be paid within two years, the firm said on Monday."),
    ("The talks in Perrin lasted 14 hours on Monday.", "The two delegations had not met for 14 years before Monday."),
    ("Schools in Halvik will stay closed for two weeks on Monday.", "The schools reopened for the first time in three weeks on Monday."),
])
def test_lengths_of_two_things_never_clash(a, b):
    assert _findings(story(a, b), "contradiction") == []


def _claim(i: int, value: str, hours: float, what: str, script_text: str) -> Claim:
    sig = Signal(field="measure", rule=duration_read.FOR_RULE.format(lang="en"), text=what, start=0, end=1)
    return Claim(id=f"c{i}", article=f"a{i}", start=0, end=len(script_text), quote=script_text, property="duration",
                 value=value, value_low=hours, value_high=hours, signals=[sig])


UNITS = {"W": 168.0, "D": 24.0, "M": 730.5, "Y": 8766.0}


@settings(max_examples=200, deadline=None)
@given(n=st.integers(1, 90), m=st.integers(1, 90), u=st.sampled_from(sorted(UNITS)), v=st.sampled_from(sorted(UNITS)),
       wa=st.sampled_from(["closed | school", "closed | market", "strike", "truce"]),
       wb=st.sampled_from(["closed | school", "closed | market", "strike", "truce"]),
       same_event=st.booleans(), cos=st.floats(0, 1))
def test_compare_is_symmetric(n, m, u, v, wa, wb, same_event, cos):
    a = _claim(0, f"P{n}{u}", n * UNITS[u], wa, "Schools stay closed")
    b = _claim(1, f"P{m}{v}", m * UNITS[v], wb, "Markets stay shut")
    ctx = Context(None, None, same_event, "test", head_similarity=cos)
    assert duration.same_span(a, b) == duration.same_span(b, a)
    ab, ba = duration.judge(a, b, ctx), duration.judge(b, a, ctx)
    assert ab.kind == ba.kind
    if n == m and u == v:
        assert duration.same_span(a, b) is True
