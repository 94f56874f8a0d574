"""A title does not stand for the clause it sits in: "Valdora captain Lars Nyberg left the match before
half-time with a knee injury" says more than who Nyberg is, so when no other outlet tells it, the clause
is a single-source statement beside the single-source title. Invented stories, one per language."""
import datetime as dt

import pytest

from story_support import analyze

DAY = dt.date(2031, 5, 17)


def _single(rows):
    rep, by_id = analyze(rows, DAY)
    return {(by_id[f.claims[0]].property, by_id[f.claims[0]].quote) for f in rep.findings if f.kind == "unsupported"}


@pytest.mark.parametrize("rows, clause, title", [
    ([("a", "en", "Home > Sport\n\nValdora beat Sentis 2-0 in the cup final on Saturday.\n\nValdora captain Lars "
                  "Nyberg left the match before half-time with a knee injury.\n\nThe winning goal came in the 71st minute."),
      ("b", "en", "Valdora won the cup final 2-0 against Sentis on Saturday, with the decisive goal in the 71st "
                  "minute.\n\nSome 40,000 fans watched at the national stadium.")],
     "Valdora captain Lars Nyberg left the match before half-time with a knee injury.", "Valdora captain Lars Nyberg"),
    ([("a", "ar", "فاز فريق الوادي على فريق السهل 2-0 في نهائي الكأس يوم السبت.\n\nوغادر قائد المنتخب الوطني رامي ناصر "
                  "المباراة قبل نهاية الشوط الأول متأثرا بالإصابة.\n\nوجاء هدف الفوز في الدقيقة 71."),
      ("b", "ar", "توج فريق الوادي بكأس البطولة بعد فوزه على فريق السهل 2-0 يوم السبت، وجاء الهدف الحاسم في الدقيقة 71.")],
     "وغادر قائد المنتخب الوطني رامي ناصر المباراة قبل نهاية الشوط الأول متأثرا بالإصابة.", "قائد المنتخب الوطني رامي ناصر"),
])
def test_a_clause_with_a_title_in_it_is_still_a_single_source_statement(rows, clause, title):
    single = _single(rows)
    assert ("statement", clause) in single
    assert ("role", title) in single
