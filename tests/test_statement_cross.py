"""Statement clauses in two scripts judged by their words (kinds.statement_cross): a table of general
news clauses (not story phrases), one row per pair -> agree or not, the reason naming the linked
words, names left out of the evidence, and a property test (the verdict does not depend on the
order of the two clauses)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from factcheck import embed
from factcheck.kinds import statement, statement_cross
from story_support import analyze

# (English clause, Arabic clause): one statement in two languages, each below or near the sentence
# cosine the old cross-script rule needed
SAME = [
    ("Workers were evacuated before the roof collapsed.", "تم إجلاء العمال قبل انهيار السقف."),
    ("Two bridges collapsed near the city.", "وانهار جسران قرب المدينة."),
    ("He posted it on his account.", "أعلن ذلك في منشور على حسابه."),
    ("This is the first group under the agreement.", "وهي الدفعة الأولى من الاتفاق."),
    ("The search for the missing went on through the night.", "واستمر البحث عن المفقودين طوال الليل."),
    ("The governor ordered old factories to shut down.", "وأصدر الحاكم أمرا بإغلاق المصانع القديمة."),
]
# ... and clauses sharing most words that state other things: an opposite act (a reversal pair of
# the two languages' data), a denial on one side, another act of the same party, another ordinal
OTHER = [
    ("Wheat prices fell in local markets.", "ارتفعت أسعار القمح في الأسواق المحلية."),
    ("The government closed the border crossing in the morning.", "افتتحت الحكومة المعبر الحدودي صباحا."),
    ("The team lost the final match.", "فاز الفريق في المباراة النهائية."),
    ("Workers were evacuated before the roof collapsed.", "ولم يتم إجلاء العمال قبل انهيار السقف."),
    ("The union praised the rescue teams.", "وطالبت النقابة بتحقيق مستقل."),
    ("It was the club's third title of the decade.", "وهو اللقب الرابع للنادي في هذا العقد."),
]
DAY = dt.date(2033, 4, 2)


def _pair(en: str, ar: str):
    rep, _ = analyze([("e", "en", en), ("a", "ar", ar)], DAY)
    e = next(c for c in rep.claims if c.article == "e" and c.property == "statement")
    a = next(c for c in rep.claims if c.article == "a" and c.property == "statement")
    cos = float(embed.encode([e.quote])[0] @ embed.encode([a.quote])[0])
    return e, a, cos


@pytest.mark.parametrize("en,ar", SAME)
def test_one_statement_in_two_languages_agrees(en: str, ar: str) -> None:
    e, a, cos = _pair(en, ar)
    got = statement.judge(e, a, cos)
    assert got.kind == "agree", (got, cos)
    if cos < statement.CROSS_SCRIPT_COS:   # the words named, with the evidence of each link
        assert "same statement across languages:" in got.reason and "=" in got.reason


@pytest.mark.parametrize("en,ar", OTHER)
def test_clauses_stating_other_things_do_not_agree(en: str, ar: str) -> None:
    e, a, cos = _pair(en, ar)
    assert statement.judge(e, a, cos).kind != "agree"


def test_opposite_sides_of_a_reversal_pair_are_named() -> None:
    e, a, _ = _pair("Wheat prices fell in local markets.", "ارتفعت أسعار القمح في الأسواق المحلية.")
    assert statement_cross.opposed(e, a) == statement_cross.opposed(a, e) is not None


def test_names_are_no_evidence() -> None:
    """A name written in both scripts links by its skeleton, but it is a party of the story: the
    shares count the other words."""
    e, a, _ = _pair("Minister Orlan Vessky praised the volunteers.", "وأشاد الوزير أورلان فيسكي بالمتطوعين.")
    got = statement_cross.read(e, a)
    assert any(k.a == "Vessky" for k in got.names)
    assert all("Vessky" not in (k.a, k.b) for k in got.links)
    assert statement.judge(e, a, 0.5).kind == "agree"   # "praised" / "أشاد", "volunteers" / "متطوعين"


_POOL = SAME + OTHER


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(_POOL))
def test_the_verdict_does_not_depend_on_the_order(row: tuple[str, str]) -> None:
    e, a, cos = _pair(*row)
    one, two = statement.judge(e, a, cos), statement.judge(a, e, cos)
    assert one.kind == two.kind
