"""An invented speed-skating record told mostly in Arabic (verb-first sentences: "حلت اليابانية ميو
ساتو ثانية بزمن", "فاز الكندي مارك لوبلان بزمن", "جاءت ... في المركز الثاني"), with one English
report: the runner-up's time misquoted by one outlet, the year of the previous record misquoted, the
men's race beside the women's; the men's winner never clashes with the women's times. And a sprint
record whose previous holder one outlet names wrongly."""
import datetime as dt

import pytest

from factcheck import pipeline
from factcheck.models import Article

SKATE = {
    "a1": ('2035-02-17',
           'الهولندية فان دايك تحطم الرقم القياسي العالمي في سباق 1000 متر للتزلج السريع\n'
           '\n'
           'سالت ليك سيتي (وكالات) - حطمت المتزلجة الهولندية صوفي فان دايك الرقم القياسي العالمي لسباق 1000 متر للسيدات في بطولة كأس العالم للتزلج السريع يوم السبت، مسجلة 1:11.38 دقيقة.\n'
           '\n'
           'وتفوقت فان دايك البالغة من العمر 23 عاما على الرقم السابق البالغ 1:11.61 دقيقة والمسجل باسم الأمريكية جيسيكا رين منذ عام 2031.\n'
           '\n'
           'وحلت اليابانية ميو ساتو ثانية بزمن 1:12.04 دقيقة.\n'
           '\n'
           'وفي سباق الرجال، فاز الكندي مارك لوبلان بزمن 1:06.12 دقيقة.\n'
           '\n'
           'وتحصل فان دايك على جائزة قدرها 20 ألف دولار.\n'),
    "a2": ('2035-02-17',
           'رقم قياسي عالمي جديد لفان دايك\n'
           '\n'
           'سجلت الهولندية صوفي فان دايك (24 عاما) رقما قياسيا عالميا جديدا في سباق 1000 متر بزمن 1:11.38 دقيقة في سالت ليك سيتي، متفوقة بفارق 0.23 ثانية على الرقم السابق.\n'
           '\n'
           'وجاءت اليابانية ميو ساتو في المركز الثاني بزمن 1:12.14 دقيقة.\n'
           '\n'
           'وكان الرقم السابق البالغ 1:11.61 دقيقة مسجلا باسم الأمريكية جيسيكا رين منذ عام 2030.\n'),
    "e1": ('2035-02-17',
           'SPEED SKATING | Van Dijk breaks 1,000m world record\n'
           '\n'
           "SALT LAKE CITY, Feb 17 (Wire) - Dutch skater Sophie van Dijk set a women's 1,000 metres world record of 1:11.38 at the World Cup meeting in Salt Lake City on Saturday.\n"
           '\n'
           'The 23-year-old lowered the previous mark of 1:11.61, set by American Jessica Wren in 2031, by 0.23 seconds.\n'
           '\n'
           "Japan's Mio Sato finished second in 1:12.04. In the men's race, Canada's Marc Leblanc won in 1:06.12.\n"
           '\n'
           'Van Dijk takes home $20,000 in prize money.\n'),
}


# A sprint record timed to the hundredth, written without a unit by two outlets ("the previous record
# of 45.79"); one outlet credits the old record to another athlete.
HURDLES = {
    "a1": ('2037-08-21',
           'النيجيري أوكافور يحطم الرقم القياسي العالمي لسباق 400 متر حواجز\n'
           '\n'
           'حطم العداء النيجيري تشيدي أوكافور الرقم القياسي العالمي لسباق 400 متر حواجز في لقاء زيوريخ يوم الخميس، مسجلا 45.62 ثانية.\n'
           '\n'
           'وكان الرقم القياسي السابق 45.79 ثانية المسجل باسم النرويجي أندرس هولم منذ عام 2034.\n'
           '\n'
           'وحل الأمريكي جالين برايس ثانيا بزمن 46.30 ثانية.\n'),
    "e1": ('2037-08-21',
           'Athletics: Okafor storms to 400m hurdles world record in Zurich\n'
           '\n'
           "ZURICH, Aug 21 (Wire) - Nigeria's Chidi Okafor set a 400 metres hurdles world record of 45.62 seconds at the Zurich meeting on Thursday.\n"
           '\n'
           "He broke the previous record of 45.79, set by Norway's Anders Holm in Tokyo in 2034.\n"
           '\n'
           'American Jalen Price was second in 46.30.\n'),
    "e2": ('2037-08-21',
           'Okafor breaks hurdles record\n'
           '\n'
           "Chidi Okafor won the 400m hurdles in Zurich on Thursday in a world record 45.62 seconds, erasing the old mark of 45.79 held by Sweden's Nils Berg.\n"
           '\n'
           'The 26-year-old Nigerian finished ahead of Jalen Price, who clocked 46.30.\n'),
}


def _report(texts):
    return pipeline.analyze([Article(id=k, path=f"{k}.txt", text=t, published=dt.date.fromisoformat(pub),
                                     language="en" if k.startswith("e") else "ar")
                             for k, (pub, t) in texts.items()])


@pytest.fixture(scope="module")
def skate():
    return _report(SKATE)


@pytest.fixture(scope="module")
def hurdles():
    return _report(HURDLES)


def _found(rep, kind, prop):
    cl = {c.id: c for c in rep.claims}
    return [{(cl[i].article, cl[i].value) for i in f.claims} for f in rep.findings
            if f.kind == kind and f.property == prop]


def test_runner_up_and_previous_record_year_clash(skate):
    times = _found(skate, "contradiction", "racetime")
    assert {("a1", "PT0H1M12.04S"), ("e1", "PT0H1M12.04S"), ("a2", "PT0H1M12.14S")} in times
    assert {("a1", "PT0H1M11.61S"), ("a2", "PT0H1M11.61S")} in times   # set in 2031 / 2030
    assert len(times) == 2


def test_men_and_women_and_places_are_apart(skate):
    agree = _found(skate, "agreement", "racetime")
    assert {("a1", "PT0H1M6.12S"), ("e1", "PT0H1M6.12S")} in agree          # the men's winner
    assert {("a1", "PT0H1M11.38S"), ("a2", "PT0H1M11.38S"), ("e1", "PT0H1M11.38S")} in agree
    assert {("a2", "PT0.23S"), ("e1", "PT0.23S")} in agree   # "lowered the previous mark of ..., by 0.23 seconds"
    assert {("a1", "2"), ("a2", "2"), ("e1", "2")} in _found(skate, "agreement", "rank")


def test_the_previous_record_credited_to_another_athlete_clashes(hurdles):
    cl = {c.id: c for c in hurdles.claims}
    [f] = [f for f in hurdles.findings if f.kind == "contradiction" and f.property == "racetime"]
    assert {(cl[i].article, cl[i].value) for i in f.claims} == {("a1", "PT45.79S"), ("e1", "PT45.79S"), ("e2", "PT45.79S")}
    assert "different holder" in f.reason
    agree = _found(hurdles, "agreement", "racetime")
    assert {("a1", "PT45.62S"), ("e1", "PT45.62S"), ("e2", "PT45.62S")} in agree   # "45.62 seconds": a decimal point ends no sentence
