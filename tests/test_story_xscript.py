"""Invented bilingual stories (places, firms and people of no real story) whose Arabic and English
outlets tell the same clauses in other words: a fire at a textile factory and a ferry that sank. The
clauses told in both languages agree, though their sentence embeddings are below the cross-script
cosine (kinds.statement_cross links their words: "evacuated" / "إجلاء", "roof" / "سقف"). Clauses that
share topic words but state other things never agree: an opposite act ("closed the road" / "فتحت
الطريق", "reopened the harbour" / "أغلقت الميناء"), a denial on one side ("لم يتعرض العمال للدخان"),
another act of the same people ("demanded compensation" / "were evacuated")."""
import datetime as dt

import pytest

from story_support import analyze

FIRE_DAY = dt.date(2031, 5, 14)
FIRE = [
    ("01_en", "en", "Home > News > Industry\n\nFire guts textile plant in Velmora\n\n"
     "By Anya Petrov | Published 14 May 2031\n\n"
     "VELMORA - A fire broke out overnight at the Corvane textile factory on the edge of the city.\n\n"
     "Workers were evacuated before the roof collapsed.\n\n"
     "Police closed the road leading to the factory.\n\n"
     "The governor ordered old factories to shut down.\n\n"
     "Share on Facebook | Share on X\n\nRead more: Port workers strike over wages\n"),
    ("02_ar", "ar", "الرئيسية | حوادث\n\nحريق يلتهم مصنع نسيج في فيلمورا\n\nكتبت: سلمى حداد\n\n"
     "اندلع حريق خلال الليل في مصنع كورفان للنسيج على أطراف المدينة.\n\n"
     "تم إجلاء العمال قبل انهيار السقف.\n\n"
     "وأصدر الحاكم أمرا بإغلاق المصانع القديمة.\n\n"
     "وطالب العمال بتعويضات عن أجورهم.\n\n"
     "شارك المقال\n\nاقرأ أيضا: ارتفاع أسعار القطن\n"),
    ("03_ar", "ar", "فيلمورا - وكالات\n\n"
     "وفتحت الشرطة الطريق المؤدي إلى المصنع.\n\n"
     "ولم يتعرض العمال للدخان.\n\n"
     "تابعونا على فيسبوك\n"),
    ("04_en", "en", "Velmora factory blaze: what we know\n\nUpdated 14 May 2031, 10:32\n\n"
     "Workers inhaled smoke.\n\n"
     "Advertisement\n\nSubscribe to our newsletter\n"),
]

FERRY_DAY = dt.date(2032, 9, 3)
FERRY = [
    ("01_ar", "ar", "الرئيسية > محليات\n\nغرق عبارة قرب ميناء سيلباد\n\nبقلم: كريم منصور\n\n"
     "وانتشل الصيادون الركاب من المياه.\n\n"
     "واستمر البحث عن المفقودين طوال الليل.\n\n"
     "وأغلقت السلطات الميناء أمام السفن.\n\n"
     "وطالبت النقابة بتحقيق مستقل.\n\n"
     "شارك على واتساب | اقرأ المزيد: افتتاح سوق السمك الجديد\n"),
    ("02_en", "en", "News | Maritime\n\nFerry sinks off Selbad harbour\n\nBy Lena Ortiz\n\n"
     "Fishermen pulled the passengers out of the water.\n\n"
     "Residents praised the courage of the fishermen.\n\n"
     "Share this story\n\nRelated: New fish market opens\n"),
    ("03_en", "en", "SELBAD, Sept 3 (Coastwire) - Authorities reopened the harbour to ships.\n\n"
     "The search for the missing went on through the night.\n\n"
     "The union praised the rescue teams.\n\nCoastwire\n"),
    ("04_ar", "ar", "سيلباد - خاص\n\nوأشاد الأهالي بشجاعة الصيادين.\n\nكل الحقوق محفوظة\n"),
]


@pytest.fixture(scope="module")
def fire():
    return analyze(FIRE, FIRE_DAY)


@pytest.fixture(scope="module")
def ferry():
    return analyze(FERRY, FERRY_DAY)


def _agree(told, x: tuple[str, str], y: tuple[str, str]) -> list[str]:
    """The reasons of the agreements holding a claim of article x[0] quoting x[1] and one of y[0]
    quoting y[1]."""
    rep, by_id = told

    def has(f, art, text):
        return any(by_id[c].article == art and text in by_id[c].quote for c in f.claims)
    return [f.reason for f in rep.findings if f.kind == "agreement" and has(f, *x) and has(f, *y)]


@pytest.mark.parametrize("x, y, words", [
    (("01_en", "Workers were evacuated"), ("02_ar", "تم إجلاء العمال"), ["evacuated", "roof"]),
    (("01_en", "The governor ordered"), ("02_ar", "وأصدر الحاكم"), ["factories"]),
])
def test_fire_clauses_told_in_both_languages_agree(fire, x, y, words):
    reasons = _agree(fire, x, y)
    assert reasons, (x, y)
    assert "same statement across languages" in reasons[0] and all(w in reasons[0] for w in words)


def test_fire_clauses_stating_other_things_do_not_agree(fire):
    for x, y in [
        (("01_en", "Police closed the road"), ("03_ar", "وفتحت الشرطة الطريق")),   # opposite acts
        (("04_en", "Workers inhaled smoke"), ("03_ar", "ولم يتعرض العمال")),      # denied on one side
        (("01_en", "Workers were evacuated"), ("02_ar", "وطالب العمال")),          # another act of the workers
    ]:
        assert _agree(fire, x, y) == [], (x, y)


@pytest.mark.parametrize("x, y, words", [
    (("01_ar", "وانتشل الصيادون"), ("02_en", "Fishermen pulled"), ["passengers", "water"]),
    (("01_ar", "واستمر البحث"), ("03_en", "The search for the missing"), ["search", "night"]),
    (("04_ar", "وأشاد الأهالي"), ("02_en", "Residents praised"), ["courage", "fishermen"]),
])
def test_ferry_clauses_told_in_both_languages_agree(ferry, x, y, words):
    reasons = _agree(ferry, x, y)
    assert reasons, (x, y)
    assert "same statement across languages" in reasons[0] and all(w in reasons[0] for w in words)


def test_ferry_clauses_stating_other_things_do_not_agree(ferry):
    for x, y in [
        (("01_ar", "وأغلقت السلطات الميناء"), ("03_en", "Authorities reopened")),   # opposite acts
        (("01_ar", "وطالبت النقابة"), ("03_en", "The union praised")),               # another act of the union
        (("04_ar", "وأشاد الأهالي"), ("03_en", "The union praised")),                # praise of others, by others
    ]:
        assert _agree(ferry, x, y) == [], (x, y)
