"""An invented cup final told in English and Arabic (names, minutes and teams of no real match): the
scorers' minutes across scripts, two scorers never clashing, a rank read past in a figure's words."""
import pytest
from hypothesis import given, strategies as st

from factcheck.kinds import minute
from factcheck.models import Claim
from story_support import story


def _story(*texts: str):
    return story(*texts)


def _findings(rep, kind, prop):
    cl = {c.id: c for c in rep.claims}
    return [sorted((cl[i].article, cl[i].value) for i in f.claims) for f in rep.findings
            if f.kind == kind and f.property == prop]


REPORTS = (
    "Westbay beat Ironridge 3-1 in the Shield final on Sunday. Pavel Dudek put Westbay ahead in the 12th minute. "
    "Ironridge levelled through Kofi Mensah in the 40th minute. Dudek's strike in the 71st minute restored the lead.",
    "وتقدم ويستباي عن طريق بافل دوديك في الدقيقة 12، وعادل كوفي منساه النتيجة لآيرونريدج في الدقيقة 40.",
    "وتقدم ويستباي عن طريق بافل دوديك في الدقيقة 17.",
)


def test_one_scorer_at_one_minute_agrees_across_scripts():
    rep = _story(*REPORTS)
    agreements = _findings(rep, "agreement", "minute")
    assert [("a0", "40"), ("a1", "40")] in agreements


def test_a_minute_told_differently_across_scripts_joins_the_clash():
    rep = _story(*REPORTS)
    clashes = _findings(rep, "contradiction", "minute")
    # the English 12th minute agrees with the Arabic 12 (one name, one minute) and the other Arabic
    # outlet's 17 for the same scorer clashes with both
    assert clashes == [[("a0", "12"), ("a1", "12"), ("a2", "17")]]


def test_two_scorers_minutes_never_clash():
    rep = _story("Pavel Dudek scored in the 12th minute.", "سجل كوفي منساه في الدقيقة 14.")
    assert _findings(rep, "contradiction", "minute") == []
    assert _findings(rep, "agreement", "minute") == []


def _claim(quote, value, keywords=()):
    return Claim(id=quote[:12] + value, article="a" if quote.isascii() else "b", start=0, end=len(quote), quote=quote,
                 property="minute", value=value, value_low=float(value), value_high=float(value),
                 keywords=list(keywords), event="main:this")


# one row per pair of descriptions -> the name they share across scripts (none: "")
@pytest.mark.parametrize("latin, arabic, keywords, name", [
    ("Pavel Dudek scored in the 12th minute", "سجل بافل دوديك في الدقيقة 12", ("بافل", "دوديك"), "Pavel"),
    # "Kofi" is a skeleton of two consonants, too short to tell: the last name decides
    ("Kofi Mensah levelled in the 40th minute", "وعادل كوفي منساه النتيجة في الدقيقة 40", ("عادل", "كوف", "منساه"), "Mensah"),
    ("Kofi Mensah levelled in the 40th minute", "لمنساه في الدقيقة 40", ("منساه",), "Mensah"),   # a prefix stripped
    ("Pavel Dudek scored in the 12th minute", "سجل كوفي منساه في الدقيقة 12", ("كوف", "منساه"), ""),
    ("Ivo Ek scored in the 12th minute", "سجل إيفو إيك في الدقيقة 12", ("ايفو", "ايك"), ""),   # too short
    ("Li Bo scored in the 12th minute", "سجل لي بو في الدقيقة 12", (), ""),   # skeletons too short to tell
    ("Sunday's final: a goal in the 12th minute", "هدف في الدقيقة 12 يوم الأحد", ("هدف", "احد"), ""),
])
def test_a_name_across_scripts(latin, arabic, keywords, name):
    a, b = _claim(latin, "12"), _claim(arabic, "12", keywords)
    found = minute.names_across(a, b)
    assert (found[0] if found else "") == name
    assert minute.names_across(b, a) == found


NAMES = st.sampled_from(["Pavel Dudek", "Kofi Mensah", "Ivo Ek", "Sunday"])
ARABIC = st.sampled_from(["بافل دوديك", "كوفي منساه", "إيفو إيك", "الأحد"])


@given(NAMES, ARABIC, st.integers(1, 120), st.integers(1, 120))
def test_minutes_across_scripts_judge_symmetrically(latin, arabic, x, y):
    a = _claim(f"{latin} scored in minute {x}", str(x))
    b = _claim(f"سجل {arabic} في الدقيقة {y}", str(y), arabic.split())
    ab, ba = minute.judge(a, b, (True, "compatible event")), minute.judge(b, a, (True, "compatible event"))
    assert ab.kind == ba.kind
    assert ab.kind != "contradict"   # across scripts a name agrees on equal minutes only
