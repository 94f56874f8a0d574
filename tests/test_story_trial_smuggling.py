"""An invented antiquities-smuggling verdict in Egypt (no real trial: the businessman, the figures
and the outlets invented), told by two Arabic outlets and an English wire: the term ("بالسجن المشدد 7
سنوات" and "seven years" against "10 سنوات"), the co-defendants acquitted ("متهمين اثنين" and "two
co-defendants" against "ثلاثة متهمين"), the fine in a bare "جنيه" resolved to Egyptian pounds by the
court's city ("محكمة جنايات الجيزة") so that it meets "one million Egyptian pounds", and an earlier
conviction's term (2018: another occurrence, never against this verdict's term)."""
import datetime as dt

from story_support import analyze

DAY = dt.date(2026, 6, 7)
ROWS = [
    ('01_ahram_ar', 'ar', 'الرئيسية > حوادث وقضايا\n\nالجنايات تقضي بالسجن المشدد 7 سنوات لرجل أعمال في قضية تهريب آثار\n\nالقاهرة - أ ش أ\n\nقضت محكمة جنايات الجيزة، اليوم الأحد، بالسجن المشدد 7 سنوات على رجل الأعمال سامح العطيفي (52 عاما)، بعد إدانته بتهريب 340 قطعة أثرية إلى الخارج.\n\nوألزمت المحكمة المتهم بدفع غرامة قدرها مليون جنيه، وقضت ببراءة متهمين اثنين آخرين.\n\nوكانت النيابة العامة قد طالبت بتوقيع أقصى عقوبة على المتهمين.\n\nوعقدت المحكمة 14 جلسة منذ بدء المحاكمة في يناير الماضي.\n\nوسبق أن صدر حكم بحبس العطيفي 3 سنوات في قضية مماثلة عام 2018.\n\nويحق للمتهم الطعن على الحكم أمام محكمة النقض خلال 60 يوما.\n'),
    ('02_masry_ar', 'ar', 'حوادث\n\nالسجن 10 سنوات لسامح العطيفي في قضية تهريب الآثار الكبرى\n\nقضت محكمة جنايات الجيزة، الأحد، بمعاقبة رجل الأعمال سامح العطيفي بالسجن المشدد 10 سنوات وتغريمه مليون جنيه، لإدانته بتهريب ٣٤٠ قطعة أثرية.\n\nكما قضت المحكمة ببراءة ثلاثة متهمين آخرين في القضية.\n\nوكشفت التحقيقات أن العطيفي (٥٢ عاما) استخدم شركة شحن يملكها لتهريب القطع عبر ميناء الإسكندرية.\n\nوقال دفاع المتهم إنه سيطعن على الحكم أمام محكمة النقض.\n\nشارك الخبر\n'),
    ('03_wire_en', 'en', 'Egypt jails businessman for seven years over antiquities smuggling\n\nCAIRO, June 7 (NPA) - An Egyptian criminal court on Sunday sentenced businessman Sameh el-Otaify to seven years in a maximum-security prison for smuggling 340 ancient artefacts abroad, judicial sources said.\n\nThe Giza Criminal Court also fined him one million Egyptian pounds ($20,500) and acquitted two co-defendants.\n\nOtaify, 52, was previously jailed for three years in a similar case in 2018.\n\nThe artefacts, including a granite statue of a Middle Kingdom official, were recovered in 2024 by authorities in three European countries.\n\nOtaify can appeal the verdict before the Court of Cassation within 60 days.\n\nRelated: Egypt recovers 300 artefacts from abroad\n'),
]


def _clashes():
    rep, by_id = analyze(ROWS, DAY)
    return rep, by_id, sorted(
        sorted(sorted((by_id[c].article, by_id[c].value) for c in s.claims) for s in f.sides)
        for f in rep.findings if f.kind == "contradiction")


def test_the_term_and_the_acquitted_clash_and_nothing_else():
    _, _, clashes = _clashes()
    assert clashes == sorted([
        sorted([[("01_ahram_ar", "2"), ("03_wire_en", "2")], [("02_masry_ar", "3")]]),
        sorted([[("01_ahram_ar", "P7Y"), ("03_wire_en", "P7Y")], [("02_masry_ar", "P10Y")]]),
    ])


def test_the_fine_in_bare_pounds_meets_the_egyptian_pounds():
    rep, by_id, _ = _clashes()
    fines = [sorted(by_id[c].article for c in f.claims) for f in rep.findings
             if f.kind == "agreement" and f.property == "quantity:money:EGP"]
    assert fines == [["01_ahram_ar", "02_masry_ar", "03_wire_en"]]


def test_the_earlier_conviction_is_another_occurrence():
    rep, by_id, _ = _clashes()
    earlier = [c for c in by_id.values() if c.property == "duration" and c.value == "P3Y"]
    assert sorted(c.article for c in earlier) == ["01_ahram_ar", "03_wire_en"]
    assert all((c.event or "").startswith("main:prior") for c in earlier)
