"""False contradictions the statement judgement no longer makes, and the opposites it now sees: a
negation particle inside a fixed affirmative expression or a bound on a figure, a country named by its
kind ("the emirate"), negating verbs said two ways (a passive after its subject), two equal figures of a narrow precision, and the
"advance / retreat" reversal pair.

Every sentence here is invented (topics, names and figures appear in no story, seed or ANS pair)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.kinds import quantity
from factcheck.lang import lexicon as lx
from factcheck.lang.negation import clause_negations
from factcheck.models import Claim

from statement_support import verdict


@pytest.mark.parametrize("text,lang,cues", [
    ("المصرف لا يزال يحتجز سبعة موظفين", "ar", []),          # "still": the verbs of continuation
    ("الفرق لا تزال تبحث عن المفقودين", "ar", []),
    ("لا بد من إصلاح الجسر", "ar", []),                       # "must"
    ("القمح يستقر دون 400 دولار للطن", "ar", []),             # "under 400": a bound on a figure
    ("حصيلة لا تقل عن 30 قتيلا", "ar", []),                   # "no fewer than 30"
    ("الوزير لا يزال غير مقتنع", "ar", ["لا يزال غير"]),      # "still not": a negation
    ("الوزير لم يوقع الاتفاق", "ar", ["لم"]),
    ("افتتاح الجسر دون موافقة البلدية", "ar", ["دون"]),       # "without": no figure follows
    ("The ministry is not only raising the fuel tax", "en", []),
    ("no fewer than 40 boats reached the harbour", "en", []),
    ("The ministry did not raise the fuel tax", "en", ["not"]),
])
def test_clause_negations(text: str, lang: str, cues: list[str]) -> None:
    assert [h.cue for h in clause_negations(lx.tokenize(text, lang), lang)] == cues


TAIL = ["يحتجز", "الحرس", "سبعة", "موظفين", "في", "الميناء", "لم", "عن", "الجديد"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(TAIL), max_size=8))
def test_clause_negations_are_particle_hits_and_skip_idioms(words: list[str]) -> None:
    """Every hit is a negation particle hit of the lexicon; the "لا" of "لا تزال" is never one."""
    toks = lx.tokenize(" ".join(["الشرطة", "لا", "تزال", *words]), "ar")
    hits = clause_negations(toks, "ar")
    particles = {(h.i, h.j) for h in lx.find_cues(toks, lx.lexicon("ar").negation.particles)}
    assert {(h.i, h.j) for h in hits} <= particles
    assert all(h.i != 1 for h in hits)


@pytest.mark.parametrize("x,y,lang,kind", [
    # a particle of an affirmative idiom or of a bound on a figure denies nothing
    ("المصرف لا يزال يحتجز 7 موظفين بتهمة التزوير", "احتجاز 7 موظفين بتهمة التزوير في المصرف", "ar", "agree"),
    ("القمح يستقر دون 400 دولار للطن", "سعر القمح يقترب من 400 دولار للطن", "ar", "agree"),
    ("The ministry is not only raising the fuel tax", "The ministry is raising the fuel tax", "en", "agree"),
    # a country against the common noun naming its kind of state: one country told two ways
    ("الكويت تدعو إلى مؤتمر ثلاثي لدعم لبنان", "دعوات من الإمارة إلى مؤتمر ثلاثي لدعم لبنان", "ar", "agree"),
    ("الكويت تدعو إلى مؤتمر ثلاثي لدعم لبنان", "عمان تدعو إلى مؤتمر ثلاثي لدعم لبنان", "ar", "contradict"),
    # two negating verbs of one meaning: the same denial told two ways
    ("الاتحاد يستثني المزارع الصغيرة من الضريبة الجديدة",
     "المزارع الصغيرة تستبعد من الضريبة الجديدة بقرار الاتحاد", "ar", "agree"),
    ("النادي يحجب جائزة الموسم", "النادي يلغي جائزة الموسم", "ar", "agree"),
    # ... and one of them against the affirmative clause: a denial
    ("الوزارة تخضع المدارس الخاصة للتفتيش", "الوزارة تستثني المدارس الخاصة من التفتيش", "ar", "contradict"),
    # a negating verb on each side, one of them a passive told after its subject: no one-sided denial
    ("الفيضانات قد تلغي مهرجان الربيع في المدينة هذا العام",
     "مهرجان الربيع في المدينة قد يحجب هذا العام بسبب الفيضانات", "ar", "agree"),
    ("البلدية تلغي مهرجان الربيع في المدينة", "البلدية تنظم مهرجان الربيع في المدينة", "ar", "contradict"),
    # advance / retreat
    ("الكتيبة تتقدم نحو المطار الشمالي", "تراجع الكتيبة عن المطار الشمالي", "ar", "contradict"),
])
def test_statement_pairs(x: str, y: str, lang: str, kind: str) -> None:
    assert verdict(x, y, lang).kind == kind
    assert verdict(y, x, lang).kind == kind


def _figure(cid: str, low: float, high: float) -> Claim:
    return Claim(id=cid, article=cid, start=0, end=1, quote="q", property="quantity:money:USD",
                 value=str((low + high) / 2), value_low=low, value_high=high)


@pytest.mark.parametrize("a,b,met", [
    ((1999999999.95, 2000000000.05), (1999999999.95, 2000000000.05), True),   # "ملياري دولار" twice
    ((1999999999.95, 2000000000.05), (1999999999.0, 2000000001.0), True),      # one within the other
    ((2.145, 2.155), (2.155, 2.165), False),                                   # 2.15 / 2.16: they only touch
    ((10.0, 12.0), (13.0, 14.0), False),
])
def test_meets(a: tuple[float, float], b: tuple[float, float], met: bool) -> None:
    assert quantity.meets(_figure("a", *a), _figure("b", *b)) is met
    assert quantity.meets(_figure("b", *b), _figure("a", *a)) is met


@settings(max_examples=80, deadline=None)
@given(st.floats(min_value=1.0, max_value=1e12), st.floats(min_value=0.0, max_value=1.0))
def test_a_figure_meets_itself(value: float, half: float) -> None:
    c = _figure("a", value - half, value + half)
    assert quantity.meets(c, _figure("b", value - half, value + half))
