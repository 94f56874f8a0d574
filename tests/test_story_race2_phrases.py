"""Race phrases of invented reports (other athletes, places and times than any real story), one row
per phrase: written forms of a time the reader had missed (hours, minutes and seconds with full stops,
"زمنا قدره", minutes past the hours of a day), margins taken off an earlier time ("shaved 33 seconds
off the 2:03:21 Tolosa ran", "أقل بـ12 ثانية من"), leads in the standings of a race of stages, the
descriptions that open a sentence about someone already named (``extract.anaphora``) and the rider
beaten past a country's possessive (``kinds.racer``)."""
import pytest
from hypothesis import given, settings, strategies as st

from factcheck.extract import anaphora
from factcheck.kinds import racer, racetime, racetime_forms
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from factcheck.models import Claim


def _frames(text, lang, year=2035, described=None):
    """The race times of one sentence of an article that states race times (``article``: a margin with
    no race word in its sentence is read there, "leads the general classification by 19 seconds")."""
    toks = lx.tokenize(text, lang)
    return racetime.frames(text, toks, values.find_values(text, lang), lang, (0, len(text)), 0, [], str, year,
                           ("PT0H44M12S",), described)


def _claim(f):
    return Claim(id="c", article="a", start=f.start, end=f.end, quote="q", property="racetime", value=f.value,
                 subject=f.subject, signals=f.signals)


@pytest.mark.parametrize("text, lang, value, low, high", [
    # hours, minutes and seconds with full stops, in a sentence with a race word
    ("He clocked 2.03.17 to win the marathon.", "en", "PT2H3M17S", 7396.5, 7397.5),
    ("فاز بالماراثون مسجلا 2.03.17 ساعة", "ar", "PT2H3M17S", 7396.5, 7397.5),
    # "زمنا" (a time, accusative) is a race word as "بزمن" is
    ("حقق زمنا قدره 2 ساعة و3 دقائق و17 ثانية", "ar", "PT2H3M17S", 7396.5, 7397.5),
    # bare seconds to the tenth or the hundredth right after a word of clocking them
    ("Ebba Lindgren clocked 58.2 to win the final.", "en", "PT58.2S", 58.15, 58.25),
    ("Bellini touched in 58.65 for silver.", "en", "PT58.65S", 58.645, 58.655),
    ("وحلت بيليني ثانية بزمن 58.65", "ar", "PT58.65S", 58.645, 58.655),
    # minutes and seconds past the hours of a day, with no race cue right before them
    ("Paul Girard, the first to start, finished 45:30 in the morning.", "en", "PT0H45M30S", 2729.5, 2730.5),
])
def test_written_forms(text, lang, value, low, high):
    assert [(f.value, pytest.approx(f.low), pytest.approx(f.high)) for f in _frames(text, lang)] == [(value, low, high)]


@pytest.mark.parametrize("text, lang", [
    ("The deadline of 12.03.17 passed before the race.", "en"),   # two digits of hours: a date's shape
    ("The race started at 14:30 on Sunday.", "en"),               # a time of day
    ("She turned at the 50m mark in 24.10 in the race.", "en"),     # no word of clocking right before it
    ("The race drew 58.2 percent more entries.", "en"),            # a share
])
def test_forms_that_are_no_race_time(text, lang):
    assert _frames(text, lang) == []


@pytest.mark.parametrize("text, lang, value, measured, earlier", [
    # a margin taken off a time the sentence states after it: a record margin, and that time an old mark
    ("He shaved 33 seconds off the 2:03:21 Abdi Tolosa ran in Lindmark six years ago.", "en", "PT33S",
     {"margin", "record"}, False),
    ("He shaved 33 seconds off the 2:03:21 Abdi Tolosa ran in Lindmark six years ago.", "en", "PT2H3M21S",
     set(), True),
    ("She was 12.43 seconds faster than the 29:14.90 Alemu ran six years ago.", "en", "PT0H29M14.9S", set(), True),
    # ... but not a rival's time after "ahead of"
    ("He finished 41 seconds ahead of Haro, who clocked 2:03:55.", "en", "PT2H3M55S", set(), False),
    # "less by 12 seconds than the old record"
    ("وجاء زمنه أقل بـ12 ثانية من الرقم القياسي السابق", "ar", "PT12S", {"margin", "record"}, False),
    ("وجاء زمنه أبطأ بـ3 ثوان من زمنه في العام الماضي", "ar", "PT3S", {"margin"}, False),
    # a lead in the standings of a race of stages: never a stage's margin nor a record margin
    ("Verhoeven now leads the general classification by 19 seconds.", "en", "PT19S", {"margin", "standing"}, False),
    ("The Belgian leads Holt by 19 seconds overall after the stage.", "en", "PT19S", {"margin", "standing"}, False),
    ("وبات يتقدم على هولت بفارق 19 ثانية في الترتيب العام", "ar", "PT19S", {"margin", "standing"}, False),
    ("His overall time of 38:12:05 leaves him ahead after the stage.", "en", "PT38H12M5S", {"standing"}, False),
    # a stage's own margin and time stay what they were
    ("Verhoeven won the stage by 27 seconds.", "en", "PT27S", {"margin"}, False),
    ("Verhoeven won the stage in 44:12.", "en", "PT0H44M12S", set(), False),
])
def test_what_a_time_measures(text, lang, value, measured, earlier):
    [f] = [f for f in _frames(text, lang) if f.value == value]
    c = _claim(f)
    assert set(racetime.measured(c)) == measured and racetime.earlier(c) == earlier


@pytest.mark.parametrize("text, lang, description", [
    ("The 23-year-old shaved 33 seconds off the old record.", "en", "the 23 year old"),
    ("The Kenyan ran 2hr 2min 49sec in Valdessa.", "en", "the kenyan"),
    ("He passed halfway in 61:02.", "en", "he"),
    ("She won the final in 1:55.80.", "en", "she"),
    ("وهو قطع نصف المسافة في ساعة", "ar", "وهو"),
    # a name right after the nationality: the sentence names its subject itself
    ("The Kenyan Elias Moraa ran 2:02:48.", "en", None),
    ("Tola, the 2029 champion, ran 2:03:46.", "en", None),
    ("The race started at 7:30.", "en", None),
    ("The 23 runners who started all finished.", "en", None),
    ("The temperature was 9C at the start.", "en", None),
])
def test_a_sentence_that_opens_with_a_description(text, lang, description):
    assert anaphora.opening(lx.tokenize(text, lang), lang) == description


def test_a_described_runner_owns_a_time_no_name_governs():
    who = ("mr", "Elias Moraa")
    [f] = _frames("The Kenyan ran 2hr 2min 49sec in Valdessa.", "en", described=who)
    assert (f.subject, f.subject_label) == who
    assert any(s.rule == racetime.DESCRIBED for s in f.signals)
    # a name read before the time governs it, the description does not
    [g] = _frames("The Kenyan beat the field, and Gemechu Haro ran 2:03:55.", "en", described=who)
    assert g.subject != "mr"


@pytest.mark.parametrize("text, value, subject", [
    # a relative aside about the one beaten holds that one's time
    ("Lindgren finished 0.41 seconds ahead of Italy's Chiara Bellini, who took silver in 58.61.", "PT58.61S",
     "Chiara Bellini"),
    ("Ebba Lindgren finished 0.41 seconds ahead of Italy's Chiara Bellini and won in 58.20.", "PT58.2S",
     "Ebba Lindgren"),
])
def test_whose_time_past_a_beaten_name(text, value, subject):
    [f] = [f for f in _frames(text, "en") if f.value == value]
    assert f.subject_label == subject


@pytest.mark.parametrize("text, beaten", [
    ("Verhoeven beat Denmark's Rasmus Holt by 27 seconds.", True),
    ("Verhoeven beat Rasmus Holt by 27 seconds.", True),
    ("Denmark's Rasmus Holt won the stage by 27 seconds.", False),
])
def test_the_rider_beaten_past_a_countrys_possessive(text, beaten):
    toks = lx.tokenize(text, "en")
    at = next(k for k, t in enumerate(toks) if t.form == "holt")
    assert racer.beaten_name(toks, at, "en") == beaten


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=59), st.integers(min_value=0, max_value=59))
def test_a_dotted_time_is_its_hours_minutes_and_seconds(h, m, s):
    text = f"He won in {h}.{m:02d}.{s:02d} on Sunday."
    [(start, end, iso, secs, step, _)] = racetime_forms.dotted(text, 0)
    assert text[start:end] == f"{h}.{m:02d}.{s:02d}"
    assert secs == h * 3600 + m * 60 + s and step == 1.0
