"""An invented cholera outbreak (other country, districts, people and figures than any real story),
told by two English outlets on one day and an Arabic one the next: a toll and a case count in one
clause ("has killed 48 people and infected 1,230 since it was declared on January 28": the cases are
not deaths, and the day the period began does not date the deaths), a toll stated the same day as
"at least 52" (a contradiction), a toll the change reaches ("ارتفاع عدد الوفيات ... إلى 61 حالة": a
toll, "cases" naming no group), and a planned step ("a vaccination campaign will start on Monday")
that is no date of the outbreak."""
import datetime as dt

import pytest
from story_support import analyze

from factcheck.kinds.base import measure

ROWS = [
    ('01_en', 'en', "Health | Africa\n\nCholera outbreak in Malawi's south kills 48\n\nBLANTYRE, Feb 10 (HW) - A cholera outbreak in southern Malawi has killed 48 people and infected 1,230 since it was declared on January 28, the health ministry said on Tuesday.\n\nMost cases were recorded in Blantyre and Chikwawa districts. The ministry said 310 patients remained in treatment centres.\n\nThe World Health Organization said it had shipped 200,000 doses of oral vaccine to the country.\n\nHealth Minister Grace Banda said schools in the two districts would stay closed for two weeks.\n"),
    ('02_en', 'en', 'Malawi cholera death toll rises to 52\n\nAt least 52 people have died of cholera in southern Malawi, where 1,230 cases have been confirmed since the outbreak was declared on January 26, officials said Tuesday.\n\nThe WHO has sent 200,000 vaccine doses, and a vaccination campaign will start on Monday.\n\nSchools in Blantyre and Chikwawa will remain shut for three weeks, Health Minister Grace Banda said.\n\nAdvertisement\n'),
    ('03_ar', 'ar', 'ارتفاع وفيات الكوليرا في ملاوي إلى 61\n\nليلونغوي (وكالات) - أعلنت وزارة الصحة في ملاوي اليوم الأربعاء ارتفاع عدد الوفيات جراء تفشي الكوليرا في جنوب البلاد إلى 61 حالة، فيما بلغ عدد الإصابات 1450 إصابة منذ إعلان تفشي المرض في 28 يناير.\n\nوأوضحت الوزارة أن منظمة الصحة العالمية أرسلت 200 ألف جرعة من اللقاح الفموي.\n\nوقالت وزيرة الصحة غريس باندا إن المدارس في منطقتي بلانتاير وتشيكوا ستبقى مغلقة لمدة أسبوعين.\n'),
]
DAYS = {'01_en': dt.date(2026, 2, 10), '02_en': dt.date(2026, 2, 10), '03_ar': dt.date(2026, 2, 11)}


def _report():
    return analyze(ROWS, DAYS["01_en"], DAYS)


def test_the_tolls_of_one_day_clash_and_the_case_count_is_no_toll():
    rep, by_id = _report()
    dead = {(c.article, c.value) for c in by_id.values() if measure(c) == "dead"}
    assert dead == {("01_en", "48"), ("02_en", "52"), ("03_ar", "61")}
    clashes = [f for f in rep.findings if f.kind == "contradiction" and f.property.startswith("quantity:")]
    assert [sorted({by_id[c].value for c in f.claims}) for f in clashes] == [["48", "52"]]


def test_the_case_counts_agree_and_the_doses_agree_in_three_outlets():
    rep, by_id = _report()
    agreed = [sorted((by_id[c].article, by_id[c].value) for c in f.claims) for f in rep.findings
              if f.kind == "agreement" and by_id[f.claims[0]].property.startswith("quantity:")]
    assert [("01_en", "1230"), ("02_en", "1230")] in agreed
    assert [("01_en", "200000"), ("02_en", "200000"), ("03_ar", "200000")] in agreed


def test_the_declaration_dates_clash_and_a_planned_step_is_the_coming_monday():
    rep, by_id = _report()
    dates = [sorted({by_id[c].value for c in f.claims}) for f in rep.findings
             if f.kind == "contradiction" and f.property == "date"]
    # "declared on January 26, officials said Tuesday": the date is the declaration's, not the day they spoke
    assert dates == [["2026-01-26", "2026-01-28"]]
    planned = [c for c in by_id.values() if c.property == "date" and c.modality == "planned"]
    assert [c.value for c in planned] == ["2026-02-16"]   # published Tuesday 10 February: "will start on Monday"


@pytest.mark.parametrize("text, lang, value", [
    ("The campaign will start on Monday.", "en", "2026-02-16"),
    ("The campaign started on Monday.", "en", "2026-02-09"),
    ("The campaign will start next Monday.", "en", "2026-02-16"),
])
def test_a_weekday_of_what_is_to_come_is_the_coming_one(text, lang, value):
    _, by_id = analyze([("w", lang, text)], dt.date(2026, 2, 10))
    assert [c.value for c in by_id.values() if c.property == "date"] == [value]
