"""The statement kind's finer rules: a determined noun swapped, a reversal in one slot with less shared
content, opposite clause polarity, near forms of one word, and the per-clause memo (speed).

Every sentence here is invented (topics and names appear in no story or seed)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.lang import lexicon as lx
from factcheck.kinds import statement, statement_align, statement_swap

from statement_support import claim, verdict


# (first clause, second clause, language, expected kind, a word the reason must hold or "")
ROWS = [
    # one determined noun for another, everything else shared: a different thing named
    ("ارتفعت صادرات القمح إلى الموانئ الشمالية هذا الموسم",
     "ارتفعت صادرات الشعير إلى الموانئ الشمالية هذا الموسم", "ar", "contradict", "noun"),
    ("The museum will lend the Vermeer painting to the gallery in autumn",
     "The museum will lend the Rembrandt painting to the gallery in autumn", "en", "contradict", "noun"),
    # a verb and its verbal noun are one word, not a swap
    ("المصنع يسجل إنتاجا قياسيا من الأقمشة",
     "تسجيل المصنع إنتاجا قياسيا من الأقمشة", "ar", "agree", ""),
    # an undetermined word for another (a different wording) is no swap
    ("سجلت المزارع محصولا وفيرا من التفاح",
     "سجلت المزارع محصولا كبيرا من التفاح", "ar", "agree", ""),
    # a reversal in one slot, though the clauses share less: opposite outcome
    ("هبوط حاد في أسعار البن بالبورصة المحلية بعد موجة الصقيع في المزارع الجبلية",
     "ارتفاع أسعار البن بالبورصة المحلية", "ar", "contradict", "ar.reversals"),
    # opposite words far apart in two different statements: no contradiction
    ("The increase makes it one of the worst ferry disasters of the twentieth century",
     "plunging the harbour town of Kelby into one of the region’s worst maritime disasters", "en", "unrelated", ""),
    # one clause negated (not right before a shared word), the other not
    ("انفجار في مستودع الميناء الشرقي دون وقوع إصابات بين العمال",
     "إصابات بين العمال في انفجار مستودع الميناء الشرقي", "ar", "contradict", "polarity"),
    # a negated reversal word says the opposite word: "did not stop" is "continued"
    ("لم يتوقف المطر الغزير في الوادي الأخضر طوال الليل",
     "تواصل المطر الغزير في الوادي الأخضر طوال الليل", "ar", "unrelated", ""),
    # both directions in each clause, tied to the same words the opposite way round
    ("القمح يرتفع مع هبوط الذرة في البورصة الإقليمية",
     "انخفاض القمح مع ارتفاع الذرة في البورصة الإقليمية", "ar", "contradict", "opposite direction"),
    ("Wheat prices rose at the regional exchange as corn prices fell",
     "Wheat prices fell at the regional exchange as corn prices rose", "en", "contradict", "opposite direction"),
    # ... and tied the same way round: the same statement
    ("القمح يرتفع مع هبوط الذرة في البورصة الإقليمية",
     "ارتفاع القمح مع هبوط الذرة في البورصة الإقليمية", "ar", "agree", ""),
    ("Wheat prices rose at the regional exchange as corn prices fell",
     "Wheat prices climbed at the regional exchange as corn prices dropped", "en", "agree", ""),
    # the affirmative side denies with a verb of its own: a negated paraphrase
    ("الشركة ليس لديها خطط لبيع مصنع الزجاج في الضاحية",
     "الشركة تنفي وجود خطط لبيع مصنع الزجاج في الضاحية", "ar", "unrelated", ""),
    # a reporting verb that is one word of a reversal pair ("confirmed" / "denied") reports the
    # clause: the denial inside it still contradicts
    ("The mayor confirmed that the ferry service will resume in spring",
     "The mayor said the ferry service will not resume in spring", "en", "contradict", "denied"),
    ("وأكد المتحدث أن خدمة العبارات ستستأنف في الربيع",
     "وقال المتحدث إن خدمة العبارات لن تستأنف في الربيع", "ar", "contradict", "denied"),
]


@pytest.mark.parametrize("x,y,lang,kind,why", ROWS)
def test_rules_table(x: str, y: str, lang: str, kind: str, why: str) -> None:
    v = verdict(x, y, lang)
    assert v.kind == kind, v.reason
    assert why in v.reason
    assert verdict(y, x, lang).kind == kind


@pytest.mark.parametrize("x,y,lang,who", [
    # a different source or speaker named in the attribution is not a different fact
    ("The ferry sank near the old harbour at dawn, Reuters reported",
     "The ferry sank near the old harbour at dawn, Xinhua reported", "en", ("Reuters", "Xinhua")),
    ("وقال المتحدث باسم وزارة الزراعة إن المخازن استقبلت المحصول",
     "وقال المتحدث باسم وزارة التجارة إن المخازن استقبلت المحصول", "ar",
     ("المتحدث باسم وزارة الزراعة", "المتحدث باسم وزارة التجارة")),
])
def test_attribution_words_are_not_a_swap(x: str, y: str, lang: str, who: tuple[str, str]) -> None:
    a, b = claim(x, lang, "a1"), claim(y, lang, "a2")
    rare = frozenset(a.keywords) | frozenset(b.keywords)
    assert statement.judge(a, b, 0.0, rare).kind == "contradict"   # without the attribution known
    a, b = a.model_copy(update={"attribution": who[0]}), b.model_copy(update={"attribution": who[1]})
    assert statement.judge(a, b, 0.0, rare).kind != "contradict"


@pytest.mark.parametrize("x,y,lang", [
    ("The ferry sank near the old harbour on Monday", "The ferry sank near the old harbour on Tuesday", "en"),
    ("غرقت العبارة قرب الميناء القديم يوم الخميس", "غرقت العبارة قرب الميناء القديم يوم السبت", "ar"),
])
def test_day_names_are_left_to_the_time_frames(x: str, y: str, lang: str) -> None:
    assert verdict(x, y, lang).kind != "contradict"


def test_slot_check_decides_the_far_reversal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pair above is kept apart by the slot check alone: with a wide window it would contradict."""
    x, y = ROWS[5][0], ROWS[5][1]
    monkeypatch.setattr(statement, "SLOT_WINDOW", 10)
    assert verdict(x, y, "en").kind == "contradict"


@pytest.mark.parametrize("x,y,near", [
    ("تسجيل", "يسجل", True), ("استنزاف", "تستنزف", True), ("القمح", "الشعير", False), ("rising", "rises", True),
    ("wheat", "barley", False),
])
def test_near_forms(x: str, y: str, near: bool) -> None:
    lang = "ar" if x[0] > "z" else "en"
    fx, fy = (statement.forms(lx.tokenize(w, lang)[0].form, lang) for w in (x, y))
    assert statement_swap.near(fx, fy) is near


def test_side_is_memoized_and_alignment_fresh() -> None:
    """A clause is prepared once (speed); each alignment marks its own copy."""
    x, y, z = ROWS[0][0], ROWS[0][1], ROWS[2][0]
    assert statement_align.side(x, "ar") is statement_align.side(x, "ar")
    a1, _ = statement_align.align(x, y, "ar")
    a2, _ = statement_align.align(x, z, "ar")
    assert a1.aligned != a2.aligned
    assert statement_align.side(x, "ar").aligned == set()


CLAUSES = [(r[0], r[2]) for r in ROWS] + [(r[1], r[2]) for r in ROWS]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(CLAUSES), st.sampled_from(CLAUSES))
def test_symmetric_and_never_against_itself(x: tuple[str, str], y: tuple[str, str]) -> None:
    """The kind does not depend on the order; a clause never contradicts itself."""
    if x[1] == y[1]:
        assert verdict(x[0], y[0], x[1]).kind == verdict(y[0], x[0], x[1]).kind
    assert verdict(x[0], x[0], x[1]).kind != "contradict"
