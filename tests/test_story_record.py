"""Invented record stories (other athletes, sports, cities and numbers than any real story or
tests/test_story_race.py), in English and Arabic, written as outlets differ on a record: the
runner-up's time one second apart, the winner's age 24 / 25, the record bonus, the year the
previous record was set, a split, a margin "by 1.59 seconds" / "بفارق 1.59 ثانية"; the same time
written "26:09.41", "26:09.41 دقيقة", "دقيقة واحدة و50.34 ثانية". The runner-up named in Arabic by
a nationality ("وحل الإثيوبي هايلي غيبرو ثانيا"), the bronze and silver medallists, the women's
race and the previous record never clash with the winner's time."""
import datetime as dt

import pytest

from factcheck import pipeline
from factcheck.models import Article

TRACK10K = {
    "a1": ('2033-06-12',
           'النرويجي ليندكفيست يحطم الرقم القياسي العالمي لسباق 10 آلاف متر\n'
           '\n'
           'حطم العداء النرويجي إريك ليندكفيست الرقم القياسي العالمي لسباق 10 آلاف متر في لقاء برغن ضمن الدوري الماسي يوم السبت، مسجلا 26:09.41 دقيقة.\n'
           '\n'
           'وتفوق ليندكفيست البالغ من العمر 24 عاما بفارق 1.59 ثانية على الرقم القياسي السابق المسجل باسم الأوغندي موسيس أوكيلو منذ عام 2029 في فالنسيا.\n'
           '\n'
           'وحل الإثيوبي هايلي غيبرو ثانيا بزمن 26:14.88 دقيقة.\n'
           '\n'
           'وسيحصل ليندكفيست على مكافأة قدرها 50 ألف دولار لتحطيم الرقم القياسي.\n'
           '\n'
           'اقرأ أيضا\n'),
    "a2": ('2033-06-13',
           'ليندكفيست يكتب التاريخ في برغن\n'
           '\n'
           'برغن (وكالات) - سجل العداء النرويجي إريك ليندكفيست رقما قياسيا عالميا جديدا في سباق 10 آلاف متر بزمن 26:09.41 دقيقة، محطما الرقم السابق البالغ 26:11.00 دقيقة المسجل باسم الأوغندي موسيس أوكيلو.\n'
           '\n'
           'ومر ليندكفيست (24 عاما) بمنتصف السباق في 13:06.20 دقيقة، وحل الإثيوبي هايلي غيبرو ثانيا بزمن 26:15.88 دقيقة.\n'),
    "e1": ('2033-06-12',
           "Norway's Lindqvist smashes 10,000m world record in Bergen\n"
           '\n'
           'By Sports Desk | June 12, 2033\n'
           '\n'
           "BERGEN, June 12 (Newswire) - Norway's Erik Lindqvist broke the men's 10,000 metres world record at the Bergen Diamond League meeting on Saturday, clocking 26:09.41.\n"
           '\n'
           "The 24-year-old took 1.59 seconds off the previous mark of 26:11.00, set by Uganda's Moses Okello in Valencia in 2029.\n"
           '\n'
           "Lindqvist went through 5,000 metres in 13:06.20 and pulled clear of Ethiopia's Haile Gebru on the final lap. Gebru finished second in 26:14.88.\n"
           '\n'
           'Lindqvist earned a $50,000 world record bonus on top of the $10,000 prize for the win.\n'
           '\n'
           "In the women's 5,000 metres, Kenya's Mary Chebet won in 14:12.05.\n"
           '\n'
           'Advertisement\n'),
    "e2": ('2033-06-12',
           'ATHLETICS | Lindqvist lowers 10,000m world record\n'
           '\n'
           'Saturday, June 12, 2033\n'
           '\n'
           'Erik Lindqvist ran 26:09.41 in Bergen on Saturday to become the first European man to hold the 10,000m world record since 1993.\n'
           '\n'
           'The 25-year-old Norwegian beat the old record of 26:11.00, which Moses Okello set in Valencia in 2030, by 1.59 seconds.\n'
           '\n'
           'He reached halfway in 13:06.20. Haile Gebru was runner-up in 26:14.88.\n'
           '\n'
           'Lindqvist collects a $30,000 bonus for the record.\n'
           '\n'
           "Read more: Chebet wins women's 5,000m\n"),
}

SWIM200 = {
    "a1": ('2034-07-28',
           'المجري فارغا يحطم الرقم القياسي العالمي لسباق 200 متر فراشة\n'
           '\n'
           'فوكوكا (وكالات) - حطم السباح المجري بلينت فارغا الرقم القياسي العالمي لسباق 200 متر فراشة في بطولة العالم للسباحة يوم الجمعة، مسجلا دقيقة واحدة و50.34 ثانية.\n'
           '\n'
           'وكان الرقم القياسي السابق 1:50.73 دقيقة مسجلا باسم الجنوب أفريقي ليام بوتا منذ بطولة العالم 2031 في الدوحة.\n'
           '\n'
           'وحل الياباني كينتا موري ثانيا بزمن 1:51.02 دقيقة، فيما جاء الأمريكي تايلر بروكس ثالثا بزمن 1:51.40 دقيقة.\n'
           '\n'
           'ويحصل فارغا البالغ من العمر 20 عاما على مكافأة قدرها 50 ألف دولار.\n'
           '\n'
           'اقرأ المزيد\n'),
    "a2": ('2034-07-29',
           'فارغا بطلا للعالم برقم قياسي\n'
           '\n'
           'فاز السباح المجري بلينت فارغا بذهبية سباق 200 متر فراشة في بطولة العالم بزمن 1:50.34 دقيقة، محطما الرقم القياسي العالمي السابق (1:50.73 دقيقة) المسجل باسم ليام بوتا منذ عام 2030.\n'
           '\n'
           'وتفوق فارغا على الياباني كينتا موري بفارق 0.68 ثانية.\n'),
    "e1": ('2034-07-28',
           'Swimming: Varga breaks 200m butterfly world record\n'
           '\n'
           'By Anna Holt, Chief Sports Writer\n'
           '\n'
           "FUKUOKA, July 28 (Global Sports Wire) - Hungary's Balint Varga broke the men's 200 metres butterfly world record at the world championships on Friday, touching in 1:50.34.\n"
           '\n'
           "The 20-year-old took 0.39 seconds off the old mark of 1:50.73 set by South Africa's Liam Botha at the 2031 world championships in Doha.\n"
           '\n'
           "Varga turned at the 100m mark in 53.10 and held off Japan's Kenta Mori, who took silver in 1:51.02. American Tyler Brooks was third in 1:51.40.\n"
           '\n'
           'World Aquatics pays a $30,000 bonus for every world record set at the championships.\n'
           '\n'
           '"I dreamed of this since I was eight," Varga said.\n'
           '\n'
           'Subscribe to our newsletter\n'),
    "e2": ('2034-07-28',
           'Varga stuns field with 200 fly world record\n'
           '\n'
           "Friday's final saw Balint Varga lower the world record to 1:50.34, improving on the 1:50.73 that Liam Botha swam three years ago.\n"
           '\n'
           'The 21-year-old Hungarian beat Kenta Mori by 0.68 seconds, with Mori clocking 1:51.02.\n'
           '\n'
           'Varga, who also won the 100m butterfly on Tuesday in 50.11, receives a $30,000 bonus.\n'
           '\n'
           'Tyler Brooks of the United States took bronze in 1:51.41.\n'),
}


def _report(texts):
    arts = [Article(id=k, path=f"{k}.txt", text=t, published=dt.date.fromisoformat(pub),
                    language="ar" if any("\u0600" <= ch <= "\u06ff" for ch in t[:80]) else "en")
            for k, (pub, t) in texts.items()]
    return pipeline.analyze(arts)


def _found(rep, kind, prop):
    cl = {c.id: c for c in rep.claims}
    return [{(cl[i].article, cl[i].value) for i in f.claims} for f in rep.findings
            if f.kind == kind and f.property == prop]


@pytest.fixture(scope="module")
def track():
    return _report(TRACK10K)


@pytest.fixture(scope="module")
def swim():
    return _report(SWIM200)


def test_track_runner_up_age_and_bonus_clash(track):
    times = _found(track, "contradiction", "racetime")
    # the runner-up, named in Arabic by his nationality only: his time, not the winner's
    assert times == [{("a1", "PT0H26M14.88S"), ("e1", "PT0H26M14.88S"), ("e2", "PT0H26M14.88S"),
                      ("a2", "PT0H26M15.88S")}]
    # "The 25-year-old Norwegian": the nationality names nobody, the age is the winner's
    assert {("a1", "24"), ("a2", "24"), ("e1", "24"), ("e2", "25")} in _found(track, "contradiction", "quantity:count")
    assert {("a1", "50000 USD"), ("e1", "50000 USD"), ("e2", "30000 USD")} in \
        _found(track, "contradiction", "quantity:money:USD")


def test_track_agreements_across_languages(track):
    agree = _found(track, "agreement", "racetime")
    assert {("a1", "PT0H26M9.41S"), ("a2", "PT0H26M9.41S"), ("e1", "PT0H26M9.41S"), ("e2", "PT0H26M9.41S")} in agree
    # the record margin: "took 1.59 seconds off the previous mark", "بفارق 1.59 ثانية على الرقم
    # السابق", "beat the old record of 26:11.00, which ..., by 1.59 seconds"
    assert {("a1", "PT1.59S"), ("e1", "PT1.59S"), ("e2", "PT1.59S")} in agree
    assert {("a1", "2"), ("a2", "2"), ("e1", "2")} in _found(track, "agreement", "rank")


def test_a_unit_word_after_a_time_is_not_a_time_of_its_own(track):
    # "26:11.00 دقيقة", "13:06.20 دقيقة": never a bare "دقيقة" (one minute) claim
    assert not [c for c in track.claims if c.property == "racetime" and c.value == "PT1M"]


def test_swim_age_bronze_and_previous_record_year_clash(swim):
    times = _found(swim, "contradiction", "racetime")
    assert {("a1", "PT0H1M51.4S"), ("e1", "PT0H1M51.4S"), ("e2", "PT0H1M51.41S")} in times   # bronze
    # the previous record: the same time, set in 2031 by two outlets and in 2030 by the third
    assert {("a1", "PT0H1M50.73S"), ("e1", "PT0H1M50.73S"), ("a2", "PT0H1M50.73S")} in times
    assert len(times) == 2
    assert {("a1", "20"), ("e1", "20"), ("e2", "21")} in _found(swim, "contradiction", "quantity:count")


def test_swim_one_time_written_as_units_and_clock_agrees(swim):
    agree = _found(swim, "agreement", "racetime")
    # "دقيقة واحدة و50.34 ثانية" is one time, "1:50.34 دقيقة" and "1:50.34" the same
    assert {("a1", "PT0H1M50.34S"), ("a2", "PT0H1M50.34S"), ("e1", "PT0H1M50.34S"), ("e2", "PT0H1M50.34S")} in agree
    assert {("a1", "PT0H1M51.02S"), ("e1", "PT0H1M51.02S"), ("e2", "PT0H1M51.02S")} in agree   # silver
    # "beat Kenta Mori by 0.68 seconds": the winner's margin (a sentence with no race word)
    assert {("a2", "PT0.68S"), ("e2", "PT0.68S")} in agree
