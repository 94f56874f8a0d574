"""Race times: the written forms the value parser does not read (primes, a unit after a clock-shaped
time, glued abbreviations), what a time measures (a finishing time, a margin, a record margin, a
split), the compound words that are not earlier marks, whose time it is when no known person governs
it (``kinds.racer``), and which times differ as one misreported time does (``digit_slip``).
Invented athletes, places and times throughout."""
import pytest
from hypothesis import given, settings, strategies as st

from factcheck.kinds import racer, racetime
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from factcheck.models import Claim


def _frames(text, lang, year=2031):
    toks = lx.tokenize(text, lang)
    return racetime.frames(text, toks, values.find_values(text, lang), lang, (0, len(text)), 0, [], str, year)


def _claim(f):
    return Claim(id="c", article="a", start=f.start, end=f.end, quote="q", property="racetime", value=f.value,
                 signals=f.signals)


@pytest.mark.parametrize("text, lang, value, low, high", [
    # hours, minutes and seconds in primes; minutes, seconds and hundredths in primes
    ("Ostrander won the stage in 4h32'10''.", "en", "PT4H32M10S", 16329.5, 16330.5),
    ("Ostrander won the marathon in 2h07'35\".", "en", "PT2H7M35S", 7654.5, 7655.5),
    ("Marit Solheim won the 1500m in 4'01\"27.", "en", "PT0H4M1.27S", 241.265, 241.275),
    # a clock-shaped time and the unit after it
    ("He went through 10km in 29:12 min.", "en", "PT0H29M12S", 1751.5, 1752.5),
    ("وبلغ نصف السباق في 63:05 دقيقة", "ar", "PT0H63M5S", 3784.5, 3785.5),
    ("أنهى السباق في 2:11 ساعة", "ar", "PT2H11M0S", 7830.0, 7890.0),
    # a glued abbreviation
    ("Ade Bankole ran 10.04s in the final.", "en", "PT10.04S", 10.035, 10.045),
    ("He lowered the course record by 41sec.", "en", "PT41S", 40.5, 41.5),
    # units in words, the last with decimals: its decimals are the step
    ("وسجلت السباحة 3 دقائق و54.12 ثانية في النهائي", "ar", "PT0H3M54.12S", 234.115, 234.125),
    ("She won the final in 3 minutes 54.1 seconds.", "en", "PT0H3M54.1S", 234.05, 234.15),
    ("وفاز بالسباق في ساعتين و3 دقائق و12 ثانية", "ar", "PT2H3M12S", 7391.5, 7392.5),
])
def test_written_forms_of_a_race_time(text, lang, value, low, high):
    fs = _frames(text, lang)
    assert [(f.value, pytest.approx(f.low), pytest.approx(f.high)) for f in fs] == [(value, low, high)]


@pytest.mark.parametrize("text, lang", [
    ("The summit resumed at 10:30 hours.", "en"),   # a time of day in the military style, no race word
    ("The hall is 100m long and 12m wide.", "en"),   # metres, not minutes
    ("Talks lasted 40 min on Monday.", "en"),         # no race word
])
def test_forms_that_are_no_race_time(text, lang):
    assert _frames(text, lang) == []


@pytest.mark.parametrize("text, lang, measured, earlier", [
    ("Ostrander won the race in 2:07:35.", "en", set(), False),
    ("Ostrander won the race by 41 seconds.", "en", {"margin"}, False),
    ("Ostrander broke the course record by 41 seconds.", "en", {"margin", "record"}, False),
    ("He was 41 seconds faster than the old course mark.", "en", {"margin", "record"}, False),
    ("He shaved 41 seconds off the course record.", "en", {"margin", "record"}, False),
    ("He finished 41 seconds inside the old course mark.", "en", {"margin", "record"}, False),
    ("She touched 0.3 seconds outside the world record.", "en", {"margin", "record"}, False),
    ("Lunde finished 53 seconds behind the winner.", "en", {"margin"}, False),
    ("Ostrander went through halfway in 63:05.", "en", {"split"}, False),
    ("The 27-year-old went through halfway in 63:05.", "en", {"split"}, False),   # "-old" is no earlier mark
    ("The 27-year-old won the race in 2:07:35.", "en", set(), False),
    ("the old course record of 2:08:16", "en", set(), True),
    ("حطم الرقم القياسي للسباق بفارق 41 ثانية", "ar", {"margin", "record"}, False),
    ("كان أسرع بـ41 ثانية من الرقم السابق", "ar", {"margin", "record"}, False),
    ("وقطع نصف المسافة في ساعة و3 دقائق و5 ثوان", "ar", {"split"}, False),
    ("فاز بالسباق بزمن 2:07:35 ساعة", "ar", set(), False),
    # a record or mark further off in the clause; a win word before the margin keeps it a winning one
    ("He lowered the course mark that Ivo Brandt had held in this city since the spring by 41 seconds.", "en",
     {"margin", "record"}, False),
    ("وتفوق على الرقم السابق المسجل باسم مواطنه منذ عام 2029 بفارق 41 ثانية", "ar", {"margin", "record"}, False),
    ("Ostrander, who holds the course record of this city since the spring, easily won by 41 seconds.", "en",
     {"margin"}, False),
])
def test_what_a_race_time_measures(text, lang, measured, earlier):
    fs = _frames(text, lang)
    assert len(fs) == 1
    c = _claim(fs[0])
    assert set(racetime.measured(c)) == measured and racetime.earlier(c) == earlier


@pytest.mark.parametrize("text, name", [
    ("Kenya's Joel Ostrander won the Bergen Marathon on Sunday in 2:07:35.", "Joel Ostrander"),
    ("Joel Ostrander clocked 2:07:35 to win.", "Joel Ostrander"),
    # the holder of the record being broken is not the competitor of the new time
    ("He broke Arvid Lunde's course record, running 2:07:35.", None),
    # nor is the competitor beaten
    ("Joel Ostrander beat Arvid Lunde in 2:07:35.", "Joel Ostrander"),
    ("In the women's race, Marit Solheim won in 2:24:10.", "Marit Solheim"),
    # a race or an event name is no competitor
    ("He won the Bergen City Marathon in 2:07:35.", None),
    # a surname the article gives in full elsewhere
    ("Arvid Lunde was second. Lunde finished in 2:08:40.", "Arvid Lunde"),
])
def test_the_competitor_named_before_a_time(text, name):
    toks = lx.tokenize(text, "en")
    at = max(k for k, t in enumerate(toks) if t.form.isdigit() and t.form == "2")
    sentence = [t for t in toks if t.start >= text.rfind(".", 0, toks[at].start) + 1]
    found = racer.named_before(text, sentence, sentence.index(toks[at]), "en")
    assert (found[1] if found else None) == name


def test_scripts_without_case_name_no_competitor():
    text = "فاز أوسترندر بالسباق بزمن 2:07:35"
    toks = lx.tokenize(text, "ar")
    assert racer.named_before(text, toks, len(toks) - 3, "ar") is None


@pytest.mark.parametrize("x, y, decimals, slip", [
    (7655, 7656, 0, True),      # 2:07:35 / 2:07:36
    (7655, 7715, 0, True),      # 2:07:35 / 2:08:35: one digit
    (7655, 7673, 0, True),      # 2:07:35 / 2:07:53: two digits swapped
    (7655, 7605, 0, False),     # 2:07:35 / 2:06:45: two neighbouring digits, not swapped
    (7655, 7725, 0, False),     # 2:07:35 / 2:08:45: two digits, not swapped
    (241.27, 241.72, 2, True),  # 4:01.27 / 4:01.72
    (241.27, 243.91, 2, False),
])
def test_digit_slip(x, y, decimals, slip):
    assert racetime.digit_slip(x, y, decimals) == slip


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=60, max_value=36000), st.integers(min_value=60, max_value=36000))
def test_digit_slip_is_symmetric_and_never_holds_for_equal_times(x, y):
    assert racetime.digit_slip(x, y) == racetime.digit_slip(y, x)
    assert not racetime.digit_slip(x, x)
