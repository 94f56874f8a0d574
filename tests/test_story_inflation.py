"""An invented inflation release (country, office and figures of no real story), told by two English
outlets and an Arabic one: the annual rate (4.1% / "4.1 في المئة" against 4.3%) clashes; the jobless rate
(5.6%) is another measure than the inflation rate, though both are a "rate"; the monthly rise, core
inflation and the central bank's target agree or stand alone, never clash. Table rows: what a share
measures when a light noun ("rate", "معدل", "نسبة") names it with the word that says which."""
import datetime as dt

import pytest

from factcheck.kinds import quantity_traits
from story_support import analyze, story

DAY = dt.date(2033, 11, 14)
ROWS = [
    ("01_en", "en", "Home > Economy\n\nNorland inflation climbs to 4.1% in October\n\nBy Ada Kovac\n\n"
     "VESTBY, Nov 14 (Newsline) - Annual consumer price inflation in Norland rose to 4.1% in October from 3.8% "
     "in September, the national statistics office said on Tuesday.\n\nEconomists polled by Newsline had "
     "expected a reading of 4.0%.\n\nPrices rose 0.4% on the month, driven by fuel and food.\n\nCore inflation, "
     "which excludes energy and food, held at 3.5%.\n\nThe central bank targets inflation of 2% and meets next "
     "on December 5.\n\nThe jobless rate stood at 5.6% in the third quarter.\n\nShare this article\n"),
    ("02_en", "en", "Norland prices jump as fuel costs bite\n\nNorland's annual inflation rate reached 4.3% in "
     "October, official data showed on Tuesday, up from 3.8% a month earlier.\n\nMonthly prices were up 0.4%. "
     "Core inflation was unchanged at 3.5%.\n\nThe figures put pressure on the central bank, whose target is 2%, "
     "ahead of its meeting on December 5.\n\nUnemployment was 5.7% in the July-September quarter.\n\n"
     "Related: Norland's budget deficit widens\n"),
    ("03_ar", "ar", "الرئيسية | اقتصاد\n\nالتضخم في نورلاند يرتفع إلى 4.1% في أكتوبر\n\nأعلن مكتب الإحصاء الوطني "
     "في نورلاند يوم الثلاثاء أن معدل التضخم السنوي ارتفع إلى 4.1 في المئة في أكتوبر/تشرين الأول مقارنة بـ3.8 في "
     "المئة في سبتمبر/أيلول.\n\nوارتفعت الأسعار بنسبة 0.4 في المئة على أساس شهري.\n\nواستقر التضخم الأساسي عند "
     "3.5 في المئة.\n\nويستهدف البنك المركزي معدل تضخم عند 2 في المئة.\n"),
]


def test_the_annual_rate_clashes_and_the_jobless_rate_stays_out():
    rep, by_id = analyze(ROWS, DAY)
    clashes = [sorted((by_id[c].article, by_id[c].value) for s in f.sides for c in s.claims)
               for f in rep.findings if f.kind == "contradiction"]
    assert clashes == [[("01_en", "4.1%"), ("02_en", "4.3%"), ("03_ar", "4.1%")]]
    agreed = sorted(sorted({by_id[c].value for c in f.claims}) for f in rep.findings
                    if f.kind == "agreement" and f.property == "quantity:percent")
    assert ["0.4%"] in agreed and ["3.5%"] in agreed


@pytest.mark.parametrize("text, head, measured", [
    ("The jobless rate stood at 5.6% in the third quarter.", "jobles rate", "jobles"),
    ("The inflation rate reached 4.3% in October.", "inflation rate", "inflation"),
    ("Inflation in Vestby rose to 4.1% in October.", "inflation", "inflation"),   # where is not what
    ("The interest rate rose to 5.25%.", "interest rate", "interest"),
    ("وبلغ معدل البطالة 5.6 في المئة في الربع الثالث.", "معدل بطال", "بطال"),     # the verb opens the clause
    ("وسجل معدل التضخم 4.3 في المئة في أكتوبر.", "معدل تضخم", "تضخم"),
    ("وانخفضت نسبة البطالة في البلاد إلى 7 في المئة.", "نسب بطال", "بطال"),
])
def test_what_a_share_measures(text, head, measured):
    got = [(quantity_traits.head(c), quantity_traits.measured_noun(c)) for c in story(text).claims
           if c.property == "quantity:percent"]
    assert got == [(head, measured)]
