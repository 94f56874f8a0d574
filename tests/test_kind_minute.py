"""The minute kind: match minutes read as claims (with what happened and who), and the judgement of
two minutes (tables per language, properties, invented match reports in English and Arabic)."""
import pytest
from hypothesis import given, settings, strategies as st

from factcheck.lang import lexicon as lx
from factcheck import pipeline
from factcheck.mentions import values
from factcheck.kinds import kind_of, minute
from factcheck.models import Claim, Signal


def _minutes(text, lang):
    toks = lx.tokenize(text, lang)
    return [v.value for v, _, _ in minute.readings(toks, values.find_values(text, lang), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Ortiz scored in the 10th minute.", "en", ["10"]),
    ("Ortiz scored in the 90+3rd minute.", "en", ["90+3"]),
    ("a header (45+2') levelled it", "en", ["45+2"]),
    ("goals were ruled out in the 21st and 34th minutes", "en", ["21", "34"]),
    ("three goals ruled out, in minutes 22, 27 and 35", "en", ["22", "27", "35"]),
    ("the referee stopped play for 3 minutes", "en", []),
    ("after 35 matches unbeaten", "en", []),
    ("Reyes scored in the 53rd minute and 3 points put them top", "en", ["53"]),
    ("سجل في الدقيقة 48 من المباراة", "ar", ["48"]),
    ("سجل بالدقيقة الـ21 من المباراة", "ar", ["21"]),
    ("كان في الدقيقة الـ 16 من هجمة مرتدة", "ar", ["16"]),
    ("ألغيت أهداف عند الدقائق 22 و27 و35", "ar", ["22", "27", "35"]),
    ("سجل في الدقيقتين الـ27 والـ34", "ar", ["27", "34"]),
    ("في الدقيقة الـ21، والثاني والثالث لزميله", "ar", ["21"]),
    ("عادل النتيجة بعد مرور 3 دقائق على انطلاقة الشوط", "ar", []),
    ("بعد 35 مباراة دون خسارة", "ar", []),
    ("سجل في الدقيقة 53 و3 نقاط تكفيه", "ar", ["53"]),
])
def test_match_minutes_are_read(text, lang, expected):
    assert _minutes(text, lang) == expected


def test_minute_is_a_registered_contradictable_kind():
    k = kind_of("minute")
    assert k is not None and k.name == "minute" and k.contradictable


SAME_EVENT = (True, "compatible event")


def _claim(cid, article, value, keywords, subject=None, listed=None, context=None, quote="x"):
    sigs = [Signal(field="value", rule="t", text=value)]
    if listed:
        sigs.append(Signal(field="list", rule="t", text=" ".join(listed)))
    if context:
        sigs.append(Signal(field="context", rule="t", text=" ".join(context)))
    n = float(sum(int(x) for x in value.split("+")))
    return Claim(id=cid, article=article, start=0, end=1, quote=quote, property="minute", value=value,
                 value_low=n, value_high=n, keywords=keywords, subject=subject, signals=sigs)


PEN = ["penalti", "convert", "ortiz", "spot"]
EQ = ["equalis", "header", "brandt", "corner"]


@pytest.mark.parametrize("a, b, kind", [
    # same penalty, one minute apart: a clash; the same minute: agreement
    (_claim("a", "x", "17", PEN), _claim("b", "y", "19", PEN[:3] + ["handball"]), "contradict"),
    (_claim("a", "x", "17", PEN), _claim("b", "y", "17", PEN), "agree"),
    # stoppage time is its own value
    (_claim("a", "x", "45+2", EQ), _claim("b", "y", "47", EQ), "contradict"),
    (_claim("a", "x", "45+2", EQ), _claim("b", "y", "45+2", EQ), "agree"),
    # a penalty and an equaliser: different things, never a clash
    (_claim("a", "x", "17", PEN), _claim("b", "y", "52", EQ), "unrelated"),
    (_claim("a", "x", "17", PEN), _claim("b", "y", "19", EQ), "unrelated"),
    # two players
    (_claim("a", "x", "17", PEN, subject="ortiz"), _claim("b", "y", "19", PEN, subject="brandt"), "unrelated"),
    # same player, one shared word: one event; a nearer minute of the other article is another event
    (_claim("a", "x", "17", ["scored", "spot"], subject="ortiz", context=["17", "40"]),
     _claim("b", "y", "19", ["spot", "kick"], subject="ortiz", context=["19", "41"]), "contradict"),
    (_claim("a", "x", "40", ["scored", "spot"], subject="ortiz", context=["17", "40"]),
     _claim("b", "y", "19", ["spot", "kick"], subject="ortiz", context=["19", "41"]), "unrelated"),
    # minutes far apart are two events however alike the words
    (_claim("a", "x", "12", PEN), _claim("b", "y", "70", PEN), "unrelated"),
    # the other minute is a member of the same list of ruled-out goals
    (_claim("a", "x", "27", ["offsid", "ruled"], listed=["22", "27"]),
     _claim("b", "y", "22", ["offsid", "ruled"]), "unrelated"),
])
def test_minute_judgement(a, b, kind):
    assert minute.judge(a, b, SAME_EVENT).kind == kind


def test_other_event_or_other_match_is_never_compared():
    a, b = _claim("a", "x", "17", PEN), _claim("b", "y", "19", PEN)
    assert minute.judge(a, b, (False, "different events")).kind == "unrelated"


words = st.lists(st.sampled_from(PEN + EQ + ["goal", "team", "shot"]), min_size=1, max_size=5, unique=True)
mins = st.integers(min_value=1, max_value=120).map(str) | st.tuples(
    st.sampled_from([45, 90, 105, 120]), st.integers(min_value=1, max_value=9)).map(lambda t: f"{t[0]}+{t[1]}")


@settings(max_examples=200, deadline=None)
@given(mins, mins, words, words, st.sampled_from([None, "ortiz", "brandt"]), st.sampled_from([None, "ortiz"]))
def test_judgement_is_symmetric_and_equal_minutes_never_clash(x, y, wa, wb, sa, sb):
    a, b = _claim("a", "p", x, wa, subject=sa), _claim("b", "q", y, wb, subject=sb)
    ab, ba = minute.judge(a, b, SAME_EVENT), minute.judge(b, a, SAME_EVENT)
    assert ab.kind == ba.kind
    if x == y:
        assert ab.kind != "contradict"
    if ab.kind == "contradict":
        assert x != y and ab.reason


# ------------------------------------------------------------------------------- invented stories
MATCH_EN = {
    "m1": "Harbour City stun Millbrook\n\nHarbour City beat Millbrook on Sunday at Ferris Park. "
          "Tomas Ortiz converted a penalty in the 17th minute after a handball. "
          "Millbrook levelled when Jonas Brandt headed in a corner in the 52nd minute. "
          "Felix Amari struck the winner from long range in the 88th minute.\n",
    "m2": "Millbrook beaten at Ferris Park\n\nMillbrook lost to Harbour City on Sunday. "
          "Tomas Ortiz converted a penalty in the 19th minute. "
          "Jonas Brandt headed in a corner in the 52nd minute to level. "
          "Felix Amari struck the winner from long range in the 88th minute.\n",
}
MATCH_AR = {
    "k1": "الواحة يفوز على الساحل\n\nفاز فريق الواحة على فريق الساحل في ملعب النخيل مساء الجمعة. "
          "وسجل اللاعب كريم بن سالم هدف التقدم من ركلة جزاء في الدقيقة 17. "
          "وعادل يوسف الحداد النتيجة لفريق الساحل بضربة رأس في الدقيقة 63.\n",
    "k2": "الساحل يخسر أمام الواحة\n\nخسر فريق الساحل أمام فريق الواحة في ملعب النخيل مساء الجمعة. "
          "وافتتح كريم بن سالم التسجيل من ركلة جزاء في الدقيقة 19. "
          "ثم عادل يوسف الحداد النتيجة بضربة رأس في الدقيقة 63.\n",
}


def _story(tmp_path, texts):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return pipeline.report([tmp_path])


def _minute_findings(rep, kind):
    cl = {c.id: c for c in rep.claims}
    return [sorted((cl[i].article, cl[i].value) for i in f.claims) for f in rep.findings
            if f.kind == kind and f.property == "minute"]


@pytest.mark.parametrize("texts, clash, agreed", [
    (MATCH_EN, [("m1", "17"), ("m2", "19")], [[("m1", "52"), ("m2", "52")], [("m1", "88"), ("m2", "88")]]),
    (MATCH_AR, [("k1", "17"), ("k2", "19")], [[("k1", "63"), ("k2", "63")]]),
])
def test_invented_match_reports(tmp_path, texts, clash, agreed):
    rep = _story(tmp_path, texts)
    assert _minute_findings(rep, "contradiction") == [clash]
    for group in agreed:
        assert group in _minute_findings(rep, "agreement")
