"""Invented race reports (other athletes, cities and times than any real story), in English and
Arabic, written the way outlets differ: one second apart on a time, a margin "by 34 seconds" /
"35 seconds faster than the old mark", a split at halfway, the runner-up's time; and the same time
written as "2:03:12", "2hr 03min 12sec", "ساعتين و3 دقائق و12 ثانية". The previous record, the
women's race and an earlier race of the winner never clash with the new time."""
import datetime as dt

import pytest

from factcheck import pipeline
from factcheck.models import Article


MARATHON = {
    "e1": "Kerio smashes Rotterdam course record\n\nBy Staff Reporter | April 13, 2031\n\n"
          "ROTTERDAM, April 13 (Wire) - Kenya's Daniel Kerio won the Rotterdam Marathon on Sunday in 2:03:12, "
          "breaking the course record by 34 seconds.\n\n"
          "The 24-year-old went through halfway in 61:40 and pulled away from Ethiopia's Abebe Tola after 30 kilometres. "
          "Tola finished second in 2:04:05, with Dutch runner Pieter Smit third in 2:06:48.\n\n"
          "The previous course record of 2:03:46 was set by Tola in 2029.\n\n"
          "In the women's race, Grace Wanjiru won in 2:19:58.\n\nShare this article\n",
    "e2": "ATHLETICS | Kerio storms to record in Rotterdam\n\nSunday, April 13, 2031\n\n"
          "Daniel Kerio clocked 2hr 03min 12sec to win the Rotterdam Marathon on Sunday, 35 seconds faster than "
          "the old course mark.\n\n"
          "The 23-year-old Kenyan reached halfway in 61:41 before dropping Abebe Tola, who was second in 2:04:15.\n\n"
          "Tola had set the old record of 2:03:46 two years ago.\n\nRead more: Wanjiru defends women's title\n",
    "a1": "كيريو يحطم الرقم القياسي لماراثون روتردام\n\nالأحد 13 أبريل 2031\n\n"
          "فاز العداء الكيني دانيال كيريو بماراثون روتردام يوم الأحد بزمن ساعتين و3 دقائق و12 ثانية، "
          "محطما الرقم القياسي للسباق بفارق 34 ثانية.\n\n"
          "وكان الرقم القياسي السابق 2:03:46 ساعة مسجلا باسم الإثيوبي أبيبي تولا منذ عام 2029.\n\n"
          "وحل تولا ثانيا بزمن 2:04:05 ساعة.\n\nاقرأ أيضا\n",
}

RECORD = {
    "n1": "Moreno shatters marathon world record in Lisbon\n\nOctober 10, 2032\n\n"
          "Ethiopian Tesfaye Moreno broke the men's marathon world record on Sunday, winning the Lisbon Marathon "
          "in 2:00:41.\n\n"
          "The 22-year-old took 31 seconds off the previous mark of 2:01:12, set by Kenya's Paul Rotich in Tokyo "
          "last year.\n\n"
          "Moreno, who won in Rome in April in 2:01:50, ran the second half in 59:47. Rotich finished second in "
          "2:03:30.\n\nHana Lemma won the women's race in 2:15:02, the second-fastest time in history.\n\n"
          "Related stories\n",
    "n2": "Moreno smashes world record\n\n"
          "LISBON, Oct 10 - Tesfaye Moreno ran 2 hours and 41 seconds to win the Lisbon Marathon and break "
          "Paul Rotich's world record by 31 seconds on Sunday.\n\n"
          "Moreno, 22, covered the second half in 59:47, after going through halfway in 1:00:54.\n\n"
          "Rotich was runner-up in 2:03:31.\n\nIn the women's race, Hana Lemma won in 2:15:02.\n",
    "n3": "مورينو يحطم الرقم القياسي العالمي للماراثون\n\n"
          "حطم العداء الإثيوبي تسفاي مورينو الرقم القياسي العالمي لسباق الماراثون، بعدما فاز بماراثون لشبونة "
          "يوم الأحد بزمن قدره ساعتان و41 ثانية.\n\n"
          "وتفوق مورينو بفارق 31 ثانية على الرقم السابق البالغ 2:01:12 ساعة والمسجل باسم الكيني بول روتيتش.\n\n"
          "وقطع مورينو نصف المسافة في ساعة و54 ثانية.\n\nوحل روتيتش ثانيا بزمن 2:03:30 ساعة.\n",
}


def _report(texts, published):
    arts = [Article(id=k, path=f"{k}.txt", text=t, published=published,
                    language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in t) else "en")
            for k, t in texts.items()]
    return pipeline.analyze(arts)


def _race(rep, kind):
    cl = {c.id: c for c in rep.claims}
    return [{(cl[i].article, cl[i].value) for i in f.claims} for f in rep.findings
            if f.kind == kind and f.property == "racetime"]


@pytest.fixture(scope="module")
def marathon():
    return _report(MARATHON, dt.date(2031, 4, 13))


@pytest.fixture(scope="module")
def world_record():
    return _report(RECORD, dt.date(2032, 10, 10))


def test_planted_race_time_clashes_are_found(marathon):
    clashes = _race(marathon, "contradiction")
    assert {("e1", "PT34S"), ("a1", "PT34S"), ("e2", "PT35S")} in clashes              # the record margin
    assert {("e1", "PT0H61M40S"), ("e2", "PT0H61M41S")} in clashes                     # the halfway split
    assert {("e1", "PT2H4M5S"), ("a1", "PT2H4M5S"), ("e2", "PT2H4M15S")} in clashes    # the runner-up
    assert len(clashes) == 3


def test_one_time_written_three_ways_agrees(marathon):
    agreements = _race(marathon, "agreement")
    assert {("e1", "PT2H3M12S"), ("e2", "PT2H3M12S"), ("a1", "PT2H3M12S")} in agreements
    # the old record, dated by a year or by "two years ago", is one earlier mark
    assert {("e1", "PT2H3M46S"), ("e2", "PT2H3M46S"), ("a1", "PT2H3M46S")} in agreements


def test_earlier_marks_other_races_and_other_athletes_never_clash(world_record):
    clashes = _race(world_record, "contradiction")
    assert clashes == [{("n1", "PT2H3M30S"), ("n3", "PT2H3M30S"), ("n2", "PT2H3M31S")}]
    agreements = _race(world_record, "agreement")
    assert {("n1", "PT31S"), ("n2", "PT31S"), ("n3", "PT31S")} in agreements
    assert {("n1", "PT2H0M41S"), ("n2", "PT2H0M41S"), ("n3", "PT2H0M41S")} in agreements
    assert {("n2", "PT1H0M54S"), ("n3", "PT1H0M54S")} in agreements                      # the split
