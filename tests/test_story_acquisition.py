"""An invented takeover (companies, people and sums of no real story), told by two English outlets and
an Arabic one with page furniture: the price ($6.8 billion / "6.8 مليار دولار" against $6.5 billion), the
premium (31% / "31 في المئة" against "28 per cent") and the title of the person who spoke for the target
("chief executive" against "Chief financial officer": two posts of one company's executive) clash.
The price per share, the head count ("4,200" / "about 4,000" / "نحو 4200") and the break-up fee agree;
the bid rejected two years earlier, the buyer's own revenue and the target's revenue clash with
nothing."""
import datetime as dt

import pytest

from story_support import analyze

DAY = dt.date(2036, 3, 10)
ROWS = [
    ("01_en", "en", "Home > Business > Deals\n\nNorvale Telecom to buy Kestrel Networks for $6.8 billion\n\n"
     "By Tomas Reyes\n\nLONDON, March 10 (Wirefeed) - Norvale Telecom agreed on Monday to buy Kestrel Networks "
     "for $6.8 billion in cash, the largest deal in the European fibre market this year.\n\n"
     "Norvale will pay $42 a share, a premium of 31% to Kestrel's closing price on Friday.\n\n"
     "Kestrel, which employs 4,200 people in nine countries, reported revenue of $1.9 billion last year. "
     "Norvale's own revenue was $14 billion.\n\n"
     "Kestrel chief executive Maren Holt said the board backed the offer unanimously.\n\n"
     "Norvale will owe a $250 million break-up fee if regulators block the deal, which is expected to close "
     "in the first half of 2037.\n\nKestrel rejected a $5.1 billion approach from Norvale in 2034.\n\n"
     "Kestrel shares jumped 24% in early trading.\n\nShare this article\nRead more: Fibre prices climb across Europe\n"),
    ("02_en", "en", "Norvale clinches Kestrel takeover\n\nNorvale Telecom has struck a deal to acquire rival "
     "Kestrel Networks for $6.5 billion, the two companies announced on Monday.\n\n"
     "The offer of $42 per share represents a premium of 28 per cent, according to a joint statement.\n\n"
     "Kestrel has about 4,000 staff. Chief financial officer Maren Holt called the deal \"a new chapter for "
     "our customers\".\n\nThe companies expect the transaction to complete in the first half of 2037, subject "
     "to approval by competition authorities.\n\nTwo years ago Kestrel's board turned down a $5.1 billion "
     "offer from Norvale.\n\nAdvertisement\n"),
    ("03_ar", "ar", "الرئيسية | اقتصاد\n\nنورفال تستحوذ على كيستريل مقابل 6.8 مليار دولار\n\n"
     "لندن - وافقت شركة نورفال للاتصالات يوم الاثنين على الاستحواذ على شركة كيستريل نتوركس مقابل 6.8 "
     "مليار دولار نقدا.\n\nوستدفع نورفال 42 دولارا للسهم الواحد، بعلاوة نسبتها 31 في المئة على سعر إغلاق "
     "يوم الجمعة.\n\nويعمل لدى كيستريل نحو 4200 موظف في تسع دول.\n\nوستدفع نورفال رسوم فسخ بقيمة 250 "
     "مليون دولار إذا منعت الجهات التنظيمية الصفقة.\n\nاقرأ أيضا: أسعار الألياف ترتفع في أوروبا\n"),
]


@pytest.fixture(scope="module")
def told():
    return analyze(ROWS, DAY)


def _sides(rep, by_id, kind):
    return sorted(sorted(tuple(sorted({by_id[c].article for c in s.claims})) for s in f.sides)
                  for f in rep.findings if f.kind == kind and len(f.sides) > 1)


def test_the_planted_contradictions_are_found_and_nothing_else_clashes(told):
    rep, by_id = told
    clashes = {(f.property, tuple(sorted(by_id[c].value for s in f.sides for c in s.claims)))
               for f in rep.findings if f.kind == "contradiction"}
    assert clashes == {
        ("quantity:money:USD", ("6500000000 USD", "6800000000 USD", "6800000000 USD")),   # the price
        ("quantity:percent", ("28%", "31%", "31%")),                                       # the premium
        ("role", ("chief financial officer|||", "kestrel chief executive|||")),            # the post
    }
    assert sorted(sorted(tuple(sorted({by_id[c].article for c in s.claims})) for s in f.sides)
                  for f in rep.findings if f.kind == "contradiction") == [
        [("01_en",), ("02_en",)], [("01_en", "03_ar"), ("02_en",)], [("01_en", "03_ar"), ("02_en",)]]


def test_the_figures_told_alike_agree(told):
    rep, by_id = told
    agreed = {(tuple(sorted(by_id[c].article for c in f.claims)), tuple(sorted(by_id[c].value for c in f.claims)))
              for f in rep.findings if f.kind == "agreement" and f.property.startswith("quantity:")}
    assert agreed >= {
        (("01_en", "02_en", "03_ar"), ("42 USD", "42 USD", "42 USD")),          # the price per share
        (("01_en", "02_en", "03_ar"), ("4000", "4200", "4200")),               # the head count
        (("01_en", "03_ar"), ("250000000 USD", "250000000 USD")),              # the break-up fee
    }
