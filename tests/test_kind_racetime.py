"""The race-time kind: elapsed race times read as claims (seconds, precision, bounds, who, earlier
marks), and the judgement of two race times (tables per language, a property test, invented
marathon and athletics reports in English and Arabic)."""
import pytest
from hypothesis import given, settings, strategies as st

from factcheck.lang import lexicon as lx
from factcheck import pipeline
from factcheck.mentions import values
from factcheck.kinds import kind_of, racetime
from factcheck.models import Article, Claim, Signal
from factcheck.mentions.value_times import iso_seconds


def _times(text, lang, year=2031):
    toks = lx.tokenize(text, lang)
    fs = racetime.frames(text, toks, values.find_values(text, lang), lang, (0, len(text)), 0, [], str, year)
    return [(f.value, f.low, f.high, racetime.earlier(_as_claim(f, lang))) for f in fs]


def _as_claim(f, lang):
    return Claim(id="c", article="a", start=f.start, end=f.end, quote="q", property="racetime", value=f.value,
                 signals=f.signals)


@pytest.mark.parametrize("text, lang, expected", [
    ("Otieno won the race in 2:04:17.", "en", [("PT2H4M17S", 7456.5, 7457.5, False)]),
    ("Otieno won the race in 2:04:17.0.", "en", [("PT2H4M17S", 7456.95, 7457.05, False)]),
    ("She finished in 2 hours 4 minutes 17 seconds.", "en", [("PT2H4M17S", 7456.5, 7457.5, False)]),
    ("He won the marathon in two hours and 17 seconds.", "en", [("PT2H0M17S", 7216.5, 7217.5, False)]),
    ("He ran the marathon in just over two hours.", "en", [("PT2H", 7200.0, None, False)]),
    ("Mara took the 1500m final in a time of 3:58.31.", "en", [("PT0H3M58.31S", 238.305, 238.315, False)]),
    ("Lindqvist swam 1:54.07 in the heat.", "en", [("PT0H1M54.07S", 114.065, 114.075, False)]),
    ("the previous record of 2:05:40 set in Oslo", "en", [("PT2H5M40S", 7539.5, 7540.5, True)]),
    ("her 2:19:02 from the 2027 race", "en", [("PT2H19M2S", 8341.5, 8342.5, True)]),
    # no race word: how long talks or a flight lasted is not a race time
    ("The talks lasted 2 hours 35 minutes.", "en", []),
    ("The meeting starts at 10:30.", "en", []),
    ("أنهى السباق في ساعتين و17 ثانية", "ar", [("PT2H0M17S", 7216.5, 7217.5, False)]),
    ("فاز بالسباق بزمن 2:04:17 ساعة", "ar", [("PT2H4M17S", 7456.5, 7457.5, False)]),
    ("محطما الرقم القياسي السابق البالغ 2:05:40", "ar", [("PT2H5M40S", 7539.5, 7540.5, True)]),
    ("استمر الاجتماع ساعتين و30 دقيقة", "ar", []),
])
def test_race_times_are_read(text, lang, expected):
    assert [(v, pytest.approx(lo) if lo is not None else None, pytest.approx(hi) if hi is not None else None, e)
            for v, lo, hi, e in _times(text, lang)] == expected


@pytest.mark.parametrize("iso, seconds", [("PT2H0M35S", 7235.0), ("PT0H4M7.92S", 247.92), ("PT2H", 7200.0),
                                          ("PT90S", 90.0), ("P1D", None), ("PT", None)])
def test_iso_seconds(iso, seconds):
    assert iso_seconds(iso) == (pytest.approx(seconds) if seconds is not None else None)


def test_racetime_is_a_registered_contradictable_kind():
    k = kind_of("racetime")
    assert k is not None and k.name == "racetime" and k.contradictable


SAME_EVENT = (True, "compatible event")


def _claim(cid, article, seconds, keywords=("won", "race"), subject=None, step=1.0, qualifier="exact",
           earlier=False, context=(), quote="x", value=None):
    lo, hi = (seconds - step / 2, seconds + step / 2) if qualifier == "exact" else (seconds, None)
    sigs = [Signal(field="value", rule="t", text=str(seconds))]
    if earlier:
        sigs.append(Signal(field="event", rule="en.lexicon race_prior_cues", text="previous"))
    if context:
        sigs.append(Signal(field="context", rule="t", text=" ".join(context)))
    return Claim(id=cid, article=article, start=0, end=1, quote=quote, property="racetime",
                 value=value or f"PT{seconds}S", value_low=lo, value_high=hi, qualifier=qualifier,
                 keywords=list(keywords), subject=subject, signals=sigs)


@pytest.mark.parametrize("a, b, kind", [
    (_claim("a", "x", 7235), _claim("b", "y", 7235), "agree"),
    (_claim("a", "x", 7235), _claim("b", "y", 7236), "contradict"),
    (_claim("a", "x", 7235), _claim("b", "y", 7235.0, step=0.1), "agree"),
    (_claim("a", "x", 7235.4, step=0.1), _claim("b", "y", 7235.6, step=0.1), "contradict"),
    (_claim("a", "x", 7200, qualifier="more_than"), _claim("b", "y", 7235), "agree"),
    # the previous record against the new time: never a clash
    (_claim("a", "x", 7235), _claim("b", "y", 7269, earlier=True), "unrelated"),
    (_claim("a", "x", 7269, earlier=True), _claim("b", "y", 7268, earlier=True), "contradict"),
    # two athletes, or two different legs of a race
    (_claim("a", "x", 7235, subject="otieno"), _claim("b", "y", 7236, subject="mara"), "unrelated"),
    (_claim("a", "x", 7235, keywords=("halfway", "split")), _claim("b", "y", 3640, keywords=("halfway", "split")), "unrelated"),
    # nothing shared
    (_claim("a", "x", 7235, keywords=("won", "race")), _claim("b", "y", 7290, keywords=("second", "place")), "unrelated"),
    # same athlete, words differ
    (_claim("a", "x", 7235, keywords=("won",), subject="otieno"), _claim("b", "y", 7236, keywords=("clocked",), subject="otieno"),
     "contradict"),
    # the other article states this time too: another time of it
    (_claim("a", "x", 7235, value="A", context=["A", "B"]), _claim("b", "y", 7236, value="B", context=["B"]), "unrelated"),
])
def test_racetime_judgement(a, b, kind):
    assert racetime.judge(a, b, SAME_EVENT).kind == kind


def test_other_event_is_never_compared():
    assert racetime.judge(_claim("a", "x", 7235), _claim("b", "y", 7236), (False, "different places")).kind == "unrelated"


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=200, max_value=9000), st.integers(min_value=-5, max_value=5), st.booleans(), st.booleans(),
       st.sampled_from([None, "otieno", "mara"]), st.sampled_from([None, "otieno"]))
def test_judgement_is_symmetric_and_equal_times_never_clash(x, d, ea, eb, sa, sb):
    a, b = _claim("a", "p", x, earlier=ea, subject=sa), _claim("b", "q", x + d, earlier=eb, subject=sb)
    ab, ba = racetime.judge(a, b, SAME_EVENT), racetime.judge(b, a, SAME_EVENT)
    assert ab.kind == ba.kind
    if d == 0:
        assert ab.kind != "contradict"
    if ea != eb:
        assert ab.kind == "unrelated"
    if ab.kind == "contradict":
        assert ab.reason


# ------------------------------------------------------------------------------- invented stories
RACE_EN = {
    "r1": "Otieno breaks Oslo record\n\nDavid Otieno won the Oslo Marathon on Sunday in 2:04:17. "
          "He erased the previous course record of 2:05:40 set in 2029.\n",
    "r2": "Record in Oslo\n\nDavid Otieno won the Oslo Marathon on Sunday in a time of 2:04:19. "
          "The previous course record of 2:05:40 had stood since 2029.\n",
    "r3": "Oslo Marathon\n\nDavid Otieno won the Oslo Marathon on Sunday in 2 hours 4 minutes 17 seconds.\n",
}
RACE_AR = {
    "a1": "أوتينو يحطم الرقم\n\nفاز العداء ديفيد أوتينو بماراثون أوسلو يوم الأحد بزمن 2:04:17 ساعة. "
          "وكان الرقم القياسي السابق 2:05:40.\n",
    "a2": "ماراثون أوسلو\n\nفاز العداء ديفيد أوتينو بماراثون أوسلو يوم الأحد بزمن 2:04:19. "
          "وكان الرقم القياسي السابق 2:05:40.\n",
}


def _story(tmp_path, texts):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return pipeline.report([tmp_path])


def _findings(rep, kind):
    cl = {c.id: c for c in rep.claims}
    return [sorted((cl[i].article, cl[i].value) for i in f.claims) for f in rep.findings
            if f.kind == kind and f.property == "racetime"]


@pytest.mark.parametrize("texts, clashing, old", [
    (RACE_EN, {("r1", "PT2H4M17S"), ("r2", "PT2H4M19S"), ("r3", "PT2H4M17S")}, [("r1", "PT2H5M40S"), ("r2", "PT2H5M40S")]),
    (RACE_AR, {("a1", "PT2H4M17S"), ("a2", "PT2H4M19S")}, [("a1", "PT2H5M40S"), ("a2", "PT2H5M40S")]),
])
def test_invented_race_reports(tmp_path, texts, clashing, old):
    rep = _story(tmp_path, texts)
    clashes = _findings(rep, "contradiction")
    assert len(clashes) == 1 and set(clashes[0]) == clashing   # the new time; the old record never clashes
    assert old in _findings(rep, "agreement")


@pytest.mark.parametrize("a, b, kind", [
    # short times misreported by a digit differ by more than 5 %, by seconds
    ("Halvorsen broke the course record by 41 seconds on Sunday.",
     "Halvorsen lowered the course record by 38 seconds on Sunday.", "contradiction"),
    # long times further apart than 5 % and more than seconds are two performances
    ("Halvorsen went through halfway in 1:04:10 on Sunday.",
     "Halvorsen won the race in 2:09:30 on Sunday.", None),
])
def test_short_race_times_clash_within_seconds(a, b, kind):
    rep = pipeline.analyze([Article(id="t1", path="t1.txt", text=a, language="en"),
                            Article(id="t2", path="t2.txt", text=b, language="en")])
    kinds_found = {f.kind for f in rep.findings if f.property == "racetime"} - {"unsupported"}
    assert kinds_found == ({kind} if kind else set())
