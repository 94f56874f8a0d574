"""An invented swimming final (other swimmers, cities, times and money than any real story), timed to the
hundredth with no unit written, as swimming and sprint reports do ("clocked 58.2", "touched in 58.65",
"0.41 ahead of Chiara Bellini"), told by two English outlets, an Arabic one with Arabic-Indic digits
("٥٨٫٢٠ ثانية", "بفارق ٠٫٤١ ثانية") and a page in English with an Arabic paragraph. Planted: the winning
margin 0.41 / 0.45, the silver medallist's time 58.61 / 58.65 ("ahead of Italy's Chiara Bellini, who took
silver in 58.61": the time in the aside is Bellini's, not the winner's), the age 19 / 20 and the prize
8,000 / 10,000 euros. The winner's time, the bronze, the split at the turn and the winner's previous best
agree; bare times are race times, so the split never clashes with the winning time as two counts."""
import datetime as dt

import pytest

from story_support import analyze, sides

ROWS = [
    ('e1', 'en', "Swimming | European Championships\n\nLindgren breaks 100m backstroke national record to take gold\n\nBy Sara Okafor in Rostova\nUpdated 18:05, 12 August 2038\n\nSweden's Ebba Lindgren won the women's 100 metres backstroke at the European Championships in Rostova on Tuesday, touching in 58.20 seconds for a Swedish national record.\n\nThe 19-year-old finished 0.41 seconds ahead of Italy's Chiara Bellini, who took silver in 58.61. Britain's Holly Marsh was third in 58.97.\n\nLindgren's previous best of 58.55 came at the national championships in Malmo in April. The European record of 57.98 still belongs to Marsh.\n\nLindgren turned at 50 metres in 28.31. She won the 200m backstroke on Sunday in 2:06.14.\n\nThe winner receives 8,000 euros in prize money. About 4,500 spectators watched the final.\n\nMore from Swimming\n"),
    ('e2', 'en', 'Lindgren lands backstroke gold in national record\n\nROSTOVA, Aug 12 (Aquatic Wire) - Ebba Lindgren of Sweden clocked 58.2 to win the 100m backstroke at the European Championships on Tuesday, lowering her own national record.\n\nThe 19-year-old beat Chiara Bellini by 0.45 seconds. Bellini touched in 58.65, with Holly Marsh third in 58.97.\n\nLindgren, who turned in 28.31, improved on the 58.55 she swam in Malmo in April.\n\nThe European record holder, Marsh, owns the fastest time ever by a European at 57.98.\n'),
    ('a1', 'ar', 'السويدية ليندغرين تتوج بذهبية 100 متر ظهرا في بطولة أوروبا\n\nروستوفا (وكالات) - توجت السباحة السويدية إيبا ليندغرين بذهبية سباق 100 متر ظهرا للسيدات في بطولة أوروبا للسباحة يوم الثلاثاء، مسجلة ٥٨٫٢٠ ثانية، وهو رقم قياسي وطني جديد.\n\nوتفوقت ليندغرين (١٩ عاما) على الإيطالية كيارا بيليني بفارق ٠٫٤١ ثانية، فيما حلت البريطانية هولي مارش ثالثة بزمن 58.97 ثانية.\n\nوكان أفضل زمن سابق لليندغرين 58.55 ثانية سجلته في مالمو في أبريل الماضي.\n\nوتحصل الفائزة على جائزة مالية قدرها 8 آلاف يورو.\n'),
    ('m1', 'en', 'Lindgren wins backstroke gold in Rostova\n\nEbba Lindgren won the 100m backstroke final in 58.20, 0.41 ahead of Chiara Bellini.\n\nوقالت ليندغرين بعد السباق إنها كانت تحلم بهذه الميدالية منذ سنوات، وحصلت على جائزة قدرها 10 آلاف يورو.\n\nThe 20-year-old turned in 28.31 at halfway.\n'),
]
DAY = dt.date(2038, 8, 12)


@pytest.fixture(scope="module")
def report():
    return analyze(ROWS, DAY)


def _agreed(report, prop):
    rep, by_id = report
    return [{(by_id[c].article, by_id[c].value) for c in f.claims} for f in rep.findings
            if f.kind == "agreement" and f.property == prop]


def test_the_planted_contradictions_and_nothing_else(report):
    times = sides(report, "racetime")
    assert sorted([[("a1", "PT0.41S"), ("e1", "PT0.41S"), ("m1", "PT0.41S")], [("e2", "PT0.45S")]]) in times
    assert sorted([[("e1", "PT58.61S")], [("e2", "PT58.65S")]]) in times   # the silver medallist's
    # "ahead of Italy's Chiara Bellini, who took silver in 58.61": Bellini's, not the winner's
    _, by_id = report
    [silver] = [c for c in by_id.values() if c.value == "PT58.61S"]
    assert silver.subject_label == "Chiara Bellini"
    assert len(times) == 2
    assert sides(report, "quantity:count") == [sorted([[("a1", "19"), ("e1", "19"), ("e2", "19")], [("m1", "20")]])]
    assert sides(report, "quantity:money:EUR") == [sorted([[("a1", "8000 EUR"), ("e1", "8000 EUR")], [("m1", "10000 EUR")]])]
    rep, _ = report
    assert len([f for f in rep.findings if f.kind == "contradiction"]) == 4


def test_bare_times_agree_across_outlets_and_scripts(report):
    agree = _agreed(report, "racetime")
    assert {("a1", "PT58.2S"), ("e1", "PT58.2S"), ("e2", "PT58.2S"), ("m1", "PT58.2S")} in agree
    assert {("a1", "PT58.97S"), ("e1", "PT58.97S"), ("e2", "PT58.97S")} in agree   # bronze
    assert {("e2", "PT28.31S"), ("m1", "PT28.31S")} in agree                       # the turn
    assert {("e1", "PT58.55S"), ("e2", "PT58.55S")} in agree                       # her previous best
