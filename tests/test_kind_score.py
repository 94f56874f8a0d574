"""The score kind: match scores read as claims (counts, phase, teams, winner), and the judgement of
two scores (tables per language, a property test, invented match reports in English and Arabic)."""
import pytest
from hypothesis import given, settings, strategies as st

from factcheck.lang import lexicon as lx
from factcheck import pipeline
from factcheck.mentions import values
from factcheck.kinds import kind_of, score
from factcheck.models import Claim, Signal


def _scores(text, lang):
    toks = lx.tokenize(text, lang)
    fs = score.frames(text, toks, values.find_values(text, lang), lang, (0, len(text)), 0)
    return [(f.value, f.phase, f.winner, f.other) for f in fs]


@pytest.mark.parametrize("text, lang, expected", [
    ("Norway beat Chile 3-1 in Bergen.", "en", [("3-1", "final", "country:NO", False)]),
    ("Chile won 2–0 against Norway.", "en", [("2-0", "final", "country:CL", False)]),
    ("It ended in a 1-1 draw.", "en", [("1-1", "final", None, False)]),
    ("The hosts led 1-0 at half-time.", "en", [("1-0", "half", None, False)]),
    ("Harbour led 2-1 at half-time but won 4-1 in the end.", "en", [("2-1", "half", None, False), ("4-1", "final", None, False)]),
    ("They drew 2-2 in their last meeting.", "en", [("2-2", "final", None, True)]),
    ("Millbrook beat Ferris by two goals to one.", "en", [("2-1", "final", None, False)]),
    ("A goalless draw in the rain.", "en", [("0-0", "final", None, False)]),
    # ranges, dates, times and ratios are no scores
    ("The flood killed 10-15 people.", "en", []),
    ("The talks resume on 3/4 at 10:30.", "en", []),
    ("Turnout was 45-50 percent.", "en", []),
    ("فازت النرويج على تشيلي بثلاثة أهداف مقابل هدف", "ar", [("3-1", "final", "country:NO", False)]),
    ("فاز الفريق بهدفين لهدف", "ar", [("2-1", "final", None, False)]),
    ("انتهت المباراة بنتيجة 2/1", "ar", [("2-1", "final", None, False)]),
    ("فاز الضيوف 3-0 في المباراة", "ar", [("3-0", "final", None, False)]),
    ("أنهى الفريق الشوط الأول متقدما بهدف نظيف", "ar", [("1-0", "half", None, False)]),
    ("انتهى اللقاء بالتعادل السلبي", "ar", [("0-0", "final", None, False)]),
    ("تعادل الفريقان بهدف لمثله", "ar", [("1-1", "final", None, False)]),
    ("فاز الفريق بثلاثية نظيفة", "ar", [("3-0", "final", None, False)]),
    ("سجل هدفين في المباراة", "ar", []),
    ("قتل 10-15 شخصا في الفيضان", "ar", []),
])
def test_scores_are_read(text, lang, expected):
    assert _scores(text, lang) == expected


def test_score_is_a_registered_contradictable_kind():
    k = kind_of("score")
    assert k is not None and k.name == "score" and k.contradictable


SAME_EVENT = (True, "compatible event")


def _claim(cid, article, value, phase="final", teams=(), winner=None, other=False, context=()):
    sigs = [Signal(field="value", rule="t", text=value), Signal(field="property", rule="t", text=phase)]
    if teams:
        sigs.append(Signal(field="teams", rule="t", text=" ".join(teams)))
    if winner:
        sigs.append(Signal(field="winner", rule="t", text=winner))
    if other:
        sigs.append(Signal(field="event", rule="en.lexicon score_other_cues", text="last meeting"))
    if context:
        sigs.append(Signal(field="context", rule="t", text=" ".join(context)))
    return Claim(id=cid, article=article, start=0, end=1, quote="x", property="score", value=value,
                 subject=winner, signals=sigs)


NO_CL = ("country:CL", "country:NO")


@pytest.mark.parametrize("a, b, kind", [
    (_claim("a", "x", "2-1"), _claim("b", "y", "2-1"), "agree"),
    (_claim("a", "x", "2-1"), _claim("b", "y", "3-1"), "contradict"),
    (_claim("a", "x", "2-1", teams=NO_CL), _claim("b", "y", "3-1", teams=NO_CL[:1]), "contradict"),
    # half-time against final: two things
    (_claim("a", "x", "1-0", phase="half"), _claim("b", "y", "2-1"), "unrelated"),
    (_claim("a", "x", "1-0", phase="half"), _claim("b", "y", "1-0", phase="half"), "agree"),
    # another match: other teams, or a last meeting
    (_claim("a", "x", "2-1", teams=NO_CL), _claim("b", "y", "3-1", teams=("country:PE", "country:NO")), "unrelated"),
    (_claim("a", "x", "2-1", other=True), _claim("b", "y", "3-1"), "unrelated"),
    # the same score with the winner swapped
    (_claim("a", "x", "2-1", teams=NO_CL, winner="country:NO"), _claim("b", "y", "2-1", teams=NO_CL, winner="country:CL"),
     "contradict"),
    # the other article states this score too: another match of it
    (_claim("a", "x", "2-1", context=["2-1@final", "0-0@final"]), _claim("b", "y", "0-0", context=["0-0@final"]), "unrelated"),
])
def test_score_judgement(a, b, kind):
    assert score.judge(a, b, SAME_EVENT).kind == kind


def test_other_event_is_never_compared():
    assert score.judge(_claim("a", "x", "2-1"), _claim("b", "y", "3-1"), (False, "different dates")).kind == "unrelated"


counts = st.integers(min_value=0, max_value=9)


@settings(max_examples=200, deadline=None)
@given(counts, counts, counts, counts, st.sampled_from(["final", "half"]), st.sampled_from(["final", "half"]),
       st.sampled_from([None, "country:NO", "country:CL"]), st.sampled_from([None, "country:NO", "country:CL"]))
def test_judgement_is_symmetric_and_equal_scores_of_one_winner_never_clash(x1, y1, x2, y2, pa, pb, wa, wb):
    va, vb = f"{max(x1, y1)}-{min(x1, y1)}", f"{max(x2, y2)}-{min(x2, y2)}"
    a = _claim("a", "p", va, phase=pa, teams=NO_CL, winner=wa)
    b = _claim("b", "q", vb, phase=pb, teams=NO_CL, winner=wb)
    ab, ba = score.judge(a, b, SAME_EVENT), score.judge(b, a, SAME_EVENT)
    assert ab.kind == ba.kind
    if pa != pb:
        assert ab.kind == "unrelated"
    if va == vb and (wa is None or wb is None or wa == wb):
        assert ab.kind != "contradict"
    if ab.kind == "contradict":
        assert ab.reason


# ------------------------------------------------------------------------------- invented stories
MATCH_EN = {
    "n1": "Norway stun Chile\n\nNorway beat Chile 2-1 on Sunday in Bergen. "
          "Chile led 1-0 at half-time after an early header.\n",
    "n2": "Chile beaten in Bergen\n\nNorway came from behind to win 2-1 against Chile on Sunday. "
          "The visitors had led 1-0 at half-time.\n",
    "n3": "Late drama in Bergen\n\nNorway beat Chile 3-1 on Sunday. "
          "Chile were 1-0 up at the break.\n",
}
MATCH_AR = {
    "k1": "النرويج تفوز على تشيلي\n\nفازت النرويج على تشيلي بهدفين مقابل هدف يوم الأحد في بيرغن.\n",
    "k2": "تشيلي تخسر\n\nتغلبت النرويج على تشيلي بنتيجة 2-1 يوم الأحد.\n",
    "k3": "مباراة مثيرة\n\nحققت النرويج فوزا على تشيلي بثلاثة أهداف مقابل هدف يوم الأحد.\n",
}


def _story(tmp_path, texts):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return pipeline.report([tmp_path])


def _score_findings(rep, kind):
    cl = {c.id: c for c in rep.claims}
    return [sorted((cl[i].article, cl[i].value) for i in f.claims) for f in rep.findings
            if f.kind == kind and f.property == "score"]


@pytest.mark.parametrize("texts, agreed, clashing", [
    (MATCH_EN, [("n1", "1-0"), ("n2", "1-0"), ("n3", "1-0")], {("n1", "2-1"), ("n2", "2-1"), ("n3", "3-1")}),
    (MATCH_AR, None, {("k1", "2-1"), ("k2", "2-1"), ("k3", "3-1")}),
])
def test_invented_match_reports(tmp_path, texts, agreed, clashing):
    rep = _story(tmp_path, texts)
    assert agreed is None or agreed in _score_findings(rep, "agreement")
    clashes = _score_findings(rep, "contradiction")
    assert len(clashes) == 1 and set(clashes[0]) == clashing
