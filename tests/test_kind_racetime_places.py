"""Whose a race time is and which place it was run for: the place a time is stated with (an ordinal
and a rank cue, a medal or "runner-up", a win word), the competitor a nationality introduces, a
time in two units joined by a conjunction, a unit word after a time, the margin measured from an
earlier mark the sentence states, the year an earlier mark is dated by and its holder, and bare
seconds to the hundredth in a race article (tables per language,
one row per phrase, and property tests)."""
import pytest
from hypothesis import given, settings, strategies as st

from factcheck.extract import figures
from factcheck.kinds import racer, racetime
from factcheck.lang import lexicon as lx
from factcheck.mentions import values
from factcheck.models import Claim, Signal


def _frames(text, lang, article=("x",)):
    toks = lx.tokenize(text, lang)
    return racetime.frames(text, toks, values.find_values(text, lang), lang, (0, len(text)), 0, [], str, 2040,
                           article)


def _signal(f, field):
    return next((s.text for s in f.signals if s.field == field), None)


@pytest.mark.parametrize("lang, text, place", [
    ("en", "Petra Lund finished second in 4:02.15.", "2"),
    ("en", "Ivo Maric came third in 2:08:40.", "3"),
    ("en", "Ivo Maric took silver in 1:58.20.", "2"),
    ("en", "Ivo Maric was runner-up in 2:08:40.", "2"),
    ("en", "Ivo Maric took bronze in the final in 1:58.90.", "3"),
    ("en", "Ivo Maric won the Oslo race on Sunday in 2:06:11.", "1"),
    ("en", "Ivo Maric clocked 2:06:11 in Oslo.", None),
    ("ar", "وحل الكرواتي إيفو ماريتش ثالثا بزمن 2:08:40 ساعة", "3"),
    ("ar", "وجاءت العداءة بترا لوند في المركز الثاني بزمن 4:02.15 دقيقة", "2"),
    ("ar", "ونال ماريتش الفضية بزمن 1:58.20 دقيقة في السباق", "2"),
    ("ar", "فاز الكرواتي إيفو ماريتش بالسباق بزمن 2:06:11 ساعة", "1"),
    ("ar", "سجل ماريتش 2:06:11 ساعة في السباق", None),
])
def test_the_place_a_time_is_stated_with(lang, text, place):
    [f] = _frames(text, lang)
    assert _signal(f, "place") == place
    if place:
        assert any(s.field == "place" and s.rule.startswith("racetime:") for s in f.signals)   # provenance


@pytest.mark.parametrize("lang, text", [
    ("en", "the previous record of 2:06:11, which Ivo Maric won in"),   # an earlier mark has no place here
    ("ar", "وكان الرقم القياسي السابق 2:06:11 ساعة"),
])
def test_an_earlier_mark_takes_no_place(lang, text):
    [f] = _frames(text, lang)
    assert _signal(f, "place") is None and racetime.earlier(_claim(f))


@pytest.mark.parametrize("lang, text, name", [
    ("ar", "وحل الكرواتي إيفو ماريتش ثالثا بزمن 2:08:40 ساعة", "إيفو ماريتش"),
    ("ar", "وجاءت البولندية آنا نوفاك ثانية بزمن 4:02.15 دقيقة", "آنا نوفاك"),
    ("en", "Behind him the Croatian Ivo Maric came third in 2:08:40.", "Ivo Maric"),
    ("ar", "وتفوق على الكرواتي إيفو ماريتش بفارق 12 ثانية في السباق", None),   # the one beaten
    ("ar", "حل ثالثا بزمن 2:08:40 ساعة", None),
])
def test_a_nationality_introduces_the_competitor(lang, text, name):
    [f] = _frames(text, lang)
    assert f.subject_label == name
    if name:
        assert any(s.field == "subject" and racer.INTRODUCED in s.rule for s in f.signals)


@pytest.mark.parametrize("lang, text, value, written", [
    ("ar", "مسجلا دقيقة واحدة و50.34 ثانية في السباق", "PT0H1M50.34S", "دقيقة واحدة و50.34 ثانية"),
    ("ar", "سجل 3 دقيقة و7.25 ثانية في السباق", "PT0H3M7.25S", "3 دقيقة و7.25 ثانية"),
    ("ar", "سجل 26:11.00 دقيقة في السباق", "PT0H26M11S", "26:11.00 دقيقة"),          # the unit is part of it
    ("ar", "مر بمنتصف السباق في 13:06.20 دقيقة", "PT0H13M6.2S", "13:06.20 دقيقة"),
    ("en", "She swam one minute and 50.34 seconds in the heat.", "PT0H1M50.34S", "one minute and 50.34 seconds"),
])
def test_one_time_in_units_is_one_reading(lang, text, value, written):
    toks = lx.tokenize(text, lang)
    [r] = racetime.readings(text, toks, values.find_values(text, lang), lang, 0)
    assert (r.value, text[r.start:r.end]) == (value, written)


@pytest.mark.parametrize("lang, text, measured", [
    # a margin in a sentence that states the earlier mark is the margin by which a record was improved
    ("en", "She lowered the previous mark of 4:03.80, set by Ana Ruiz in Doha, by 1.65 seconds.", {"margin", "record"}),
    ("en", "Lund won the final by 1.65 seconds.", {"margin"}),
    # a margin word in an article of race times makes a time with no race word in its sentence
    ("en", "The 22-year-old Dane beat Ana Ruiz by 1.65 seconds.", {"margin"}),
])
def test_what_a_margin_measures(lang, text, measured):
    fs = [f for f in _frames(text, lang) if racetime.margin_of(f.signals)]
    assert [racetime.measured(_claim(f)) for f in fs] == [frozenset(measured)]


def test_a_margin_word_alone_reads_no_time_outside_race_articles():
    assert _frames("The vote was delayed by 30 minutes.", "en", article=()) == []


@pytest.mark.parametrize("lang, text, owner", [
    ("en", "The 25-year-old Norwegian beat the old record.", None),            # a nationality names nobody
    ("en", "The 25-year-old Kenyan Paul Rotich won.", "Rotich"),
    ("en", "The 25-year-old Paul Rotich won.", "Rotich"),
])
def test_an_age_owner_skips_a_nationality(lang, text, owner):
    toks = lx.tokenize(text, lang)
    v = next(v for v in values.find_values(text, lang) if v.value == "25")
    cue = next(k for k, t in enumerate(toks) if t.form == "year")
    got = figures.age_owner(text, toks, v, cue, lang)
    assert (got[1] if got else None) == owner


def _claim(f=None, value="PT0H4M2.15S", place=None, subject="lnd", year=None, prior=False, lo=242.145, hi=242.155):
    sigs = list(f.signals) if f is not None else []
    if f is None:
        if place:
            sigs.append(Signal(field="place", rule="racetime: test", text=place))
        if prior:
            sigs.append(Signal(field="event", rule="en.lexicon race_prior_cues", text="previous"))
        if year:
            sigs.append(Signal(field="event", rule="a year other than the article's own", text=year))
    return Claim(id="c", article="a", start=0, end=1, quote="q", property="racetime",
                 value=f.value if f is not None else value, subject=subject, subject_label=subject,
                 value_low=lo if f is None else f.low, value_high=hi if f is None else f.high,
                 qualifier="exact", signals=sigs)


SAME = (True, "compatible event")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["1", "2", "3", None]), st.sampled_from(["1", "2", "3", None]),
       st.integers(min_value=0, max_value=800))
def test_times_of_two_places_never_meet(pa, pb, hundredths):
    """Symmetric, and two stated places that differ are two performances whatever the times."""
    lo = 242.0 + hundredths / 100
    a = _claim(place=pa, subject="lnd")
    b = _claim(place=pb, subject="lnd", value="PT0H4M2.2S", lo=lo, hi=lo + 0.01)
    ab, ba = racetime.judge(a, b, SAME), racetime.judge(b, a, SAME)
    assert ab.kind == ba.kind
    if pa and pb and pa != pb:
        assert ab.kind == "unrelated"


@pytest.mark.parametrize("ya, yb, kind", [
    ("2031", "2030", "contradict"),   # one earlier mark, misdated by one outlet
    ("2031", "2031", "agree"),
    ("2031", None, "agree"),           # "three years ago": no year to compare
])
def test_an_earlier_mark_dated_by_two_years(ya, yb, kind):
    a, b = _claim(prior=True, year=ya), _claim(prior=True, year=yb)
    assert racetime.judge(a, b, SAME).kind == racetime.judge(b, a, SAME).kind == kind


@pytest.mark.parametrize("lang, text, holder", [
    ("en", "the previous record of 45.79 seconds, set by Norway's Anders Holm in 2034", "Anders Holm"),
    ("en", "the old mark of 45.79 seconds held by Nils Berg", "Nils Berg"),
    ("en", "the previous record of 45.79 seconds, set by South Africa's Liam Botha", "Liam Botha"),
    ("en", "the previous record of 45.79 seconds was set in Oslo", None),
    ("ar", "وكان الرقم القياسي السابق 45.79 ثانية المسجل باسم النرويجي أندرس هولم", "أندرس هولم"),
    ("ar", "محطما الرقم السابق البالغ 26:11.00 دقيقة والمسجل باسم موسيس أوكيلو", "موسيس أوكيلو"),
])
def test_the_holder_of_an_earlier_mark(lang, text, holder):
    [f] = _frames(text, lang)
    assert racetime.earlier(_claim(f))
    got = racetime.holder(_claim(f))
    assert (got[1] if got else None) == holder


def _held(name_key, year=None):
    c = _claim(prior=True, year=year)
    sigs = list(c.signals) + [Signal(field="holder", rule="racetime: test", text=name_key),
                              Signal(field="holder_key", rule="racetime: test", text=name_key)]
    return c.model_copy(update={"signals": sigs})


@pytest.mark.parametrize("ka, kb, kind", [
    ("ndrs hlm", "nls brg", "contradict"),   # two athletes
    ("ndrs hlm", "hlm", "agree"),            # a name read in full and in part
    ("lblnk", "lbln", "agree"),              # one name in two scripts
])
def test_an_earlier_mark_credited_to_two_holders(ka, kb, kind):
    a, b = _held(ka), _held(kb)
    assert racetime.judge(a, b, SAME).kind == racetime.judge(b, a, SAME).kind == kind


@pytest.mark.parametrize("text, article, values_read", [
    ("He broke the previous record of 45.79, set in 2034.", ("PT45.62S",), ["PT45.79S"]),
    ("Price was second in 46.30.", ("PT45.62S",), ["PT46.3S"]),
    ("Price took bronze in 46.30.", ("PT45.62S",), ["PT46.3S"]),
    ("She turned at the 50m mark in 24.10 in the race.", ("PT45.62S",), []),   # nothing says whose time
    ("He broke the previous record of 45.79, set in 2034.", (), []),        # not an article of race times
    ("The index rose to 45.79 on Monday.", ("PT45.62S",), []),              # nothing says whose time
    ("He broke the previous record of 145.79.", ("PT45.62S",), []),         # a minute or more is written m:ss
    ("He broke the previous record of 45.7.", ("PT45.62S",), []),           # not to the hundredth
])
def test_bare_hundredths_in_a_race_article(text, article, values_read):
    assert [f.value for f in _frames(text, "en", article)] == values_read


@pytest.mark.parametrize("text, pieces", [
    ("He ran 45.62 seconds. Then he rested.", 2),
    ("سجل 45.62 ثانية. ثم استراح.", 2),
])
def test_a_decimal_point_ends_no_sentence_piece(text, pieces):
    lang = "ar" if "\u0600" <= text[0] <= "\u06ff" else "en"
    assert len([m for m, _ in racetime.sentence_pieces(text, lang) if m.group().strip()]) == pieces
