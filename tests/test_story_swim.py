"""An invented swimming world record (other athletes, meets and times than any real story), told by
two English outlets and an Arabic one with page furniture: the new mark (3:54.12 / "3 دقائق و54.12
ثانية" against 3:54.21), the margin over the old mark ("took 0.54 seconds off the previous mark",
"بفارق 0.54 ثانية" against "lowered X's mark of 3:54.66 by 0.45 seconds"), the swimmer's age ("The
19-year-old" / "(19 عاما)" against "The 20-year-old lowered Ruby Walsh's mark": the age is the
swimmer's, not Walsh's) and the record bonus. The planted contradictions must be found, the Arabic
side with the right one, and nothing else may clash."""
import datetime as dt

import pytest

from story_support import analyze

DAY = dt.date(2026, 8, 3)
ROWS = [
    ('01_en', 'en', "Sport > Swimming\n\nMoreau smashes 400m freestyle world record in Budapest\n\nPublished 3 August 2026\n\nFrance's Lea Moreau broke the women's 400 metres freestyle world record on Sunday, touching in 3:54.12 at the European Championships in Budapest.\n\nThe 19-year-old took 0.54 seconds off the previous mark of 3:54.66, set by Australia's Ruby Walsh in 2023.\n\nMoreau split 1:55.80 at the halfway point and won by more than four seconds. Italy's Giulia Ferri took silver in 3:58.40.\n\nIt was the first world record of her career. She earned a $30,000 bonus from World Aquatics.\n\nShare this article\n"),
    ('02_en', 'en', "BUDAPEST, Aug 2 (SW) - Lea Moreau of France set a world record in the women's 400m freestyle on Sunday, clocking 3:54.21.\n\nThe 20-year-old lowered Ruby Walsh's 2023 mark of 3:54.66 by 0.45 seconds.\n\nGiulia Ferri of Italy was second in 3:58.40, with Germany's Anna Kraus third.\n\nMoreau, who turned at 1:55.80, collects a $50,000 world record bonus.\n\n(Reporting by SW staff)\n"),
    ('03_ar', 'ar', 'الرئيسية | رياضات مائية\n\nالفرنسية مورو تحطم الرقم القياسي العالمي لسباق 400 متر حرة\n\nحطمت السباحة الفرنسية ليا مورو الرقم القياسي العالمي لسباق 400 متر حرة للسيدات يوم الأحد، بعدما سجلت 3 دقائق و54.12 ثانية في بطولة أوروبا في بودابست.\n\nوتفوقت مورو (19 عاما) على الرقم السابق المسجل باسم الأسترالية روبي والش منذ عام 2023 بفارق 0.54 ثانية.\n\nوحلت الإيطالية جوليا فيري ثانية بزمن 3 دقائق و58.40 ثانية.\n'),
]


def _clashes():
    rep, by_id = analyze(ROWS, DAY)
    return {f.property: [sorted(by_id[c].article for c in s.claims) for s in f.sides]
            for f in rep.findings if f.kind == "contradiction"}, rep, by_id


def test_the_planted_contradictions_are_found_with_the_arabic_side_where_it_belongs():
    clashes, rep, by_id = _clashes()
    contradictions = [f for f in rep.findings if f.kind == "contradiction"]
    assert len(contradictions) == 4
    sides = sorted(sorted(tuple(x) for x in v) for v in
                   ([[by_id[c].article for c in s.claims] for s in f.sides] for f in contradictions))
    assert sides == sorted([
        sorted([("01_en", "03_ar"), ("02_en",)]),   # the new mark: 3:54.12 against 3:54.21
        sorted([("01_en", "03_ar"), ("02_en",)]),   # the margin: 0.54 against 0.45 seconds
        sorted([("01_en", "03_ar"), ("02_en",)]),   # the age: 19 against 20
        sorted([("01_en",), ("02_en",)]),           # the bonus: $30,000 against $50,000
    ])


def test_an_arabic_time_with_decimal_seconds_keeps_its_precision():
    _, rep, by_id = _clashes()
    arabic = [c for c in by_id.values() if c.article == "03_ar" and c.property == "racetime"
              and c.value == "PT0H3M54.12S"]
    assert len(arabic) == 1
    assert arabic[0].value_high - arabic[0].value_low == pytest.approx(0.01)
    assert not any(f.kind == "agreement" and arabic[0].id in f.claims for f in rep.findings)


def test_the_margin_is_a_record_margin_in_every_outlet():
    from factcheck.kinds.racetime import RECORD, measured
    _, _, by_id = _clashes()
    margins = [c for c in by_id.values() if c.property == "racetime" and c.value in ("PT0.54S", "PT0.45S")]
    assert sorted(c.article for c in margins) == ["01_en", "02_en", "03_ar"]
    assert all(RECORD in measured(c) for c in margins)
