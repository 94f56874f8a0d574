"""An invented city marathon world record (other runners, cities, times and money than any real story),
told by three English outlets and two Arabic ones the way outlets differ: the winning time one second
apart ("2:02:48", "two hours, two minutes and 48 seconds", "٢:٠٢:٤٨ ساعة", "ساعتين ودقيقتين و48 ثانية"
against "2hr 2min 49sec"), the record margin 33 / 38 seconds ("shaved 33 seconds off the 2:03:21 Abdi
Tolosa ran": the time after "off" is the earlier mark), the age 23 / 24, the record bonus $50,000 /
$75,000 beside the $100,000 winner's prize, the third / fourth marathon. Section labels and headlines
end at their line ("ATHLETICS" and "Moraa lowers ..." are no name "Athletics Moraa"), and a sentence
that opens with a description of the runner ("The Kenyan ran ...", "The 23-year-old shaved ...") is about
him, not about the old record's holder it names later. The runner-up, the women's winner, the halfway
split, the old record and the winner's earlier marathons never clash with the winning time."""
import datetime as dt

import pytest

from story_support import analyze, found, sides

ROWS = [
    ('e1', 'en', 'Moraa smashes marathon world record in Valdessa\n\nBy Tom Hadley, Athletics Correspondent\nPublished: Sunday 14 October 2035, 11:42 BST\n\nKenya\'s Elias Moraa broke the men\'s marathon world record in Valdessa on Sunday, winning in a time of 2:02:48 to take 33 seconds off the previous mark.\n\nThe 23-year-old, running only his third marathon, went through halfway in 61:02 and was alone by 30km after the last of the pacemakers dropped out.\n\nThe previous record of 2:03:21 was set by Ethiopia\'s Abdi Tolosa in Lindmark in 2029. The new time is subject to ratification by World Athletics.\n\nEthiopia\'s Gemechu Haro finished second in 2:03:55, more than a minute behind, with Moraa\'s compatriot Daniel Kibet third in 2:05:12.\n\n"I knew at 35 kilometres that the record was possible," Moraa said. "My coach told me to wait, wait, wait."\n\nRuth Chelimo won the women\'s race in 2:16:40, with conditions near perfect at 9C at the 7:30am start.\n\nMoraa earns $100,000 for the win plus a $50,000 world record bonus. Some 38,000 runners finished the race.\n\nShare on Facebook | Share on X\nRead more: Chelimo doubles up in Valdessa\n'),
    ('e2', 'en', "ATHLETICS\nMoraa lowers world record to 2:02:48\n\nVALDESSA, Oct 14 (Global Sports Desk) - Elias Moraa of Kenya set a marathon world record of two hours, two minutes and 48 seconds on Sunday, beating the old mark by 38 seconds.\n\nMoraa, 23, was making just his third start at the distance. He passed the half-marathon point in 1:01:02 alongside Gemechu Haro before pulling clear.\n\nHaro was runner-up in 2:03:55. Abdi Tolosa's previous record of 2:03:21 had stood since 2029.\n\nThe race started at 7:30 a.m. in cool, still conditions. Organisers said 41,000 runners had entered.\n\nChelimo, the women's winner, clocked 2:16:40.\n\n(Reporting by GSD staff; editing by Ann Ford)\n"),
    ('e3', 'en', 'Home > Running > Road\n\n"Unreal": Moraa runs 2hr 2min 49sec in Valdessa\n\nElias Morah has done it. The Kenyan ran 2hr 2min 49sec in Valdessa this morning, a new world record pending ratification.\n\nThe 23-year-old shaved 33 seconds off the 2:03:21 Abdi Tolosa ran in Lindmark six years ago.\n\nIt was only his third marathon: he debuted with 2:04:30 in Riverton last year and won in Stellport in April in 2:03:50.\n\nMoraa collects a $75,000 world record bonus. Gemechu Haro was second in 2:03:55.\n\nTags: marathon, world record, Valdessa\nComments (12)\n'),
    ('a1', 'ar', 'الرئيسية | رياضة | ألعاب قوى\n\nالكيني موراه يحطم الرقم القياسي العالمي للماراثون\n\nفالديسا - الأحد ١٤ أكتوبر ٢٠٣٥\n\nحطم العداء الكيني إلياس موراه الرقم القياسي العالمي لسباق الماراثون بعدما فاز بماراثون فالديسا يوم الأحد بزمن ٢:٠٢:٤٨ ساعة.\n\nوتفوق موراه البالغ من العمر 23 عاما على الرقم السابق المسجل باسم الإثيوبي عبدي تولوسا منذ عام 2029 بفارق 33 ثانية.\n\nوقطع موراه نصف المسافة في ساعة ودقيقة وثانيتين، وحل الإثيوبي جيميتشو هارو ثانيا بزمن ٢:٠٣:٥٥ ساعة.\n\nويحصل موراه على مكافأة قدرها 50 ألف دولار لتحطيم الرقم القياسي، إضافة إلى 100 ألف دولار جائزة الفوز.\n\nوفي سباق السيدات، فازت الكينية روث شيليمو بزمن ساعتين و16 دقيقة و40 ثانية.\n\nاقرأ أيضا\nشارك الخبر\n'),
    ('a2', 'ar', 'موراه يدخل التاريخ في فالديسا\n\nسجل الكيني إلياس موراه (24 عاما) رقما قياسيا عالميا جديدا في الماراثون بزمن ساعتين ودقيقتين و48 ثانية، في رابع ماراثون يخوضه.\n\nوكان الرقم القياسي السابق 2:03:21 ساعة مسجلا باسم الإثيوبي عبدي تولوسا.\n\nوانطلق السباق في الساعة 7:30 صباحا بمشاركة 41 ألف عداء، في درجة حرارة بلغت 9 درجات مئوية.\n\nوحل هارو ثانيا بفارق دقيقة و7 ثوان.\n'),
]
DAY = dt.date(2035, 10, 14)


@pytest.fixture(scope="module")
def report():
    return analyze(ROWS, DAY)


def test_the_winning_time_one_second_apart_clashes(report):
    # "The Kenyan ran 2hr 2min 49sec": the runner the article named in the sentence before
    assert sides(report, "racetime").count(sorted([
        [("a1", "PT2H2M48S"), ("a2", "PT2H2M48S"), ("e1", "PT2H2M48S"), ("e2", "PT2H2M48S")],
        [("e3", "PT2H2M49S")]])) == 1


def test_the_record_margin_clashes_with_the_margin_taken_off_the_old_time(report):
    assert sorted([[("a1", "PT33S"), ("e1", "PT33S"), ("e3", "PT33S")], [("e2", "PT38S")]]) in sides(report, "racetime")


def test_age_bonus_and_which_marathon_clash(report):
    assert sorted([[("a1", "23"), ("e1", "23"), ("e2", "23"), ("e3", "23")], [("a2", "24")]]) in sides(report, "quantity:count")
    assert sorted([[("a1", "50000 USD"), ("e1", "50000 USD")], [("e3", "75000 USD")]]) in sides(report, "quantity:money:USD")
    # e3's "It was only his third marathon: he debuted with 2:04:30 in Riverton last year" is one clause
    # that "last year" dates as an earlier event (a colon does not cut a clause): not compared
    assert sides(report, "occurrence") == [sorted([[("a2", "4")], [("e1", "3")]])]


def test_his_after_a_sentence_that_opens_with_a_description_is_still_the_runners(report):
    # "The 23-year-old shaved 33 seconds off the 2:03:21 Abdi Tolosa ran ... It was only his third
    # marathon": his, the runner's, not Tolosa's (named last, but not the sentence's subject)
    _, by_id = report
    [third] = [c for c in by_id.values() if c.article == "e3" and c.property == "occurrence"]
    [winner] = [c for c in by_id.values() if c.article == "e1" and c.property == "occurrence"]
    assert third.subject == winner.subject


def test_nothing_else_clashes(report):
    rep, _ = report
    assert sorted(f.property for f in rep.findings if f.kind == "contradiction") == [
        "occurrence", "quantity:count", "quantity:money:USD", "racetime", "racetime"]


def test_other_times_of_the_race_agree_in_every_outlet(report):
    agree = found(report, "agreement", "racetime")
    assert {("a1", "PT2H3M55S"), ("e1", "PT2H3M55S"), ("e2", "PT2H3M55S"), ("e3", "PT2H3M55S")} in agree   # runner-up
    # the old record, "off the 2:03:21 Abdi Tolosa ran in Lindmark six years ago" too
    assert {("a2", "PT2H3M21S"), ("e1", "PT2H3M21S"), ("e2", "PT2H3M21S"), ("e3", "PT2H3M21S")} in agree
    # the halfway split: "halfway", "the half-marathon point", "نصف المسافة"
    assert {("a1", "PT1H1M2S"), ("e1", "PT0H61M2S"), ("e2", "PT1H1M2S")} in agree
    assert {("a1", "PT2H16M40S"), ("e1", "PT2H16M40S"), ("e2", "PT2H16M40S")} in agree   # the women's race
    assert {("a1", "100000 USD"), ("e1", "100000 USD")} in found(report, "agreement", "quantity:money:USD")


def test_a_section_label_and_a_headline_make_no_name():
    from factcheck.extract.normalize import Normalizer
    from factcheck.models import Article
    norm = Normalizer([Article(id=i, path=f"{i}.txt", language=lang, published=DAY, text=t) for i, lang, t in ROWS])
    firsts = {first for first, _ in norm.registry.evidence["mr"]}
    assert firsts == {"ls"}   # Elias only: not "Athletics" (e2) nor "Valdessa" (e3)
