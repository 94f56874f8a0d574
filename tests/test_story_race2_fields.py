"""Invented races of several competitors in one report (other riders, runners, places, times and money
than any real story), in English and Arabic.

A cycling time trial: the stage winner's time 44:12 / 44:21 ("44min 12sec", "44 minutes and 12
seconds", "٤٤ دقيقة و١٢ ثانية"), his age 26 / 27 and his fourth / third stage win clash; his winning margin (27 seconds, "beat
Denmark's Rasmus Holt by 27 seconds": Holt is the one beaten) and his lead in the general
classification (19 seconds, "leads the general classification by", "بفارق 19 ثانية في الترتيب العام")
are two things that never clash; a rival's time on the day ("finished 45:30", minutes past the hours of
a day: no time of day) and the time lost on an earlier stage never clash either.

A women's 10,000 m continental record: the runner-up's time 29:10.33 / 29:11.33, the age 21 / 22 and the
bonus $15,000 / $10,000 clash; the record margin agrees across languages however it is written ("12.43
seconds inside the African record", "أقل بـ12.43 ثانية من الرقم السابق", "بفارق 12.43 ثانية"); the
men's race, the last lap, the 5,000 m split and the old record never clash with the winner's time."""
import datetime as dt

import pytest

from story_support import analyze, found, sides

STAGE = [
    ('a1', 'ar', 'البلجيكي فيرهوفن يفوز بمرحلة ضد الساعة في طواف كاستيلمار\n\nكاستيلمار (وكالات) - فاز الدراج البلجيكي يوناس فيرهوفن بالمرحلة الحادية عشرة من طواف كاستيلمار للدراجات يوم الأربعاء، وهي سباق ضد الساعة لمسافة 38.4 كلم، بزمن ٤٤ دقيقة و١٢ ثانية.\n\nوتفوق فيرهوفن (26 عاما) على الدنماركي راسموس هولت بفارق 27 ثانية، فيما حل الإيطالي لوكا فيري ثالثا بفارق 41 ثانية.\n\nوانتزع فيرهوفن القميص الأصفر وبات يتقدم على هولت بفارق 19 ثانية في الترتيب العام.\n\nويعد هذا الفوز الرابع لفيرهوفن في مراحل هذا الموسم.\n\nشارك | تابعنا\n'),
    ('e1', 'en', "Cycling | Road | Tour of Castelmar\n\nVerhoeven wins Castelmar time trial, takes leader's jersey\n\nBy Mark Ellery\nWednesday 9 July 2036\n\nBelgian rider Jonas Verhoeven won stage 11 of the Tour of Castelmar on Wednesday, covering the 38.4km time trial from Porto Alto to Castelmar in 44min 12sec.\n\nThe 26-year-old averaged 52.1km/h and beat Denmark's Rasmus Holt by 27 seconds. Holt's teammate Luca Ferri was third, 41 seconds down.\n\nVerhoeven, who lost 1min 05sec to Holt on stage 9, now leads the general classification by 19 seconds.\n\nIt was his fourth stage win of the season. The stage winner receives 11,000 euros.\n\nThe temperature reached 31C at the finish.\n\nRelated: Holt keeps hopes alive\n"),
    ('e2', 'en', "Verhoeven storms to time trial victory\n\nCASTELMAR, July 9 (Wire) - Jonas Verhoeven of Belgium clocked 44 minutes and 12 seconds to win Wednesday's individual time trial, the 11th stage of the Tour of Castelmar.\n\nThe 26-year-old finished 27 seconds ahead of Rasmus Holt, while Luca Ferri was third at 41 seconds.\n\nVerhoeven took the overall lead and is 19 seconds clear of Holt.\n\nFrenchman Paul Girard, the first of the contenders to start, finished 45:30 in the morning.\n"),
    ('e3', 'en', 'Castelmar TT: Verhoeven flies\n\nJonas Verhoeven won the stage 11 time trial in 44:21, 27 seconds faster than Rasmus Holt.\n\nThe 27-year-old Belgian now leads Holt by 19 seconds overall. It was his third stage win this season.\n\nFerri finished third, 41 seconds behind the winner.\n'),
]

TRACK = [
    ('a1', 'ar', 'الأوغندية أتشينغ تحطم الرقم القياسي الأفريقي في سباق 10 آلاف متر\n\nمرسى نوفا - حطمت العداءة الأوغندية غريس أتشينغ الرقم القياسي الأفريقي لسباق 10 آلاف متر للسيدات، بعدما سجلت ٢٩:٠٢.٤٧ دقيقة في ملتقى مرسى نوفا الكبير مساء السبت.\n\nوجاء زمن أتشينغ، البالغة من العمر 21 عاما، أقل بـ12.43 ثانية من الرقم السابق (29:14.90 دقيقة) المسجل باسم الإثيوبية ميسيرت أليمو منذ عام 2031.\n\nوحلت الكينية جانيت وايريمو ثانية بزمن 29:10.33 دقيقة، وهو السباق الثاني لأتشينغ في هذه المسافة.\n\nوفي سباق الرجال فاز الإريتري صامويل تيكلي بزمن 27:43.10 دقيقة.\n\nوستحصل أتشينغ على مكافأة قدرها 15 ألف دولار.\n'),
    ('a2', 'ar', 'رقم أفريقي جديد لأتشينغ\n\nسجلت الأوغندية غريس أتشينغ (21 عاماً) رقماً قياسياً أفريقياً جديداً في سباق 10 آلاف متر بزمن 29 دقيقة و2.47 ثانية، متفوقة على الرقم السابق بفارق 12.43 ثانية.\n\nوقطعت أتشينغ اللفة الأخيرة في 58.2 ثانية، وحلت الكينية جانيت وايريمو ثانية بزمن 29:11.33 دقيقة.\n'),
    ('e1', 'en', "Athletics: Achieng storms to 10,000m African record in Marsa Nova\n\nBy Leila Haddad\nJune 21, 2037\n\nUganda's Grace Achieng set an African record of 29:02.47 in the women's 10,000 metres at the Marsa Nova Grand Prix on Saturday night.\n\nThe 21-year-old, competing in only her second race over the distance, broke the previous continental best of 29:14.90 held by Ethiopia's Meseret Alemu since 2031.\n\nAchieng covered the first 5,000m in 14:39 and the last lap in 58.2 seconds. Kenya's Janet Wairimu was second in 29:10.33, with Alemu fourth.\n\nAchieng takes home a $15,000 bonus. The temperature was 24 degrees at the start at 9:40 pm.\n\nIn the men's race, Eritrea's Samuel Tekle won in 27:43.10.\n\nShare this story\n"),
    ('e2', 'en', 'Achieng breaks African 10,000m record\n\nMARSA NOVA, June 21 (Newswire) - Grace Achieng of Uganda ran 29min 02.47sec to win the 10,000m in Marsa Nova on Saturday, 12.43 seconds inside the African record.\n\nAchieng, 22, ran her last lap in 58.2sec. Janet Wairimu was runner-up in 29:10.33.\n\nThe old record of 29:14.90 was set by Meseret Alemu in 2031.\n\nAchieng, in her second 10,000m, earned a $10,000 bonus from the meeting.\n'),
]


@pytest.fixture(scope="module")
def stage():
    return analyze(STAGE, dt.date(2036, 7, 9))


@pytest.fixture(scope="module")
def track():
    return analyze(TRACK, dt.date(2037, 6, 21))


def test_stage_time_and_age_clash_and_nothing_else(stage):
    assert sides(stage, "racetime") == [sorted([[("a1", "PT0H44M12S"), ("e1", "PT0H44M12S"), ("e2", "PT0H44M12S")],
                                                 [("e3", "PT0H44M21S")]])]
    assert sides(stage, "quantity:count") == [sorted([[("a1", "26"), ("e1", "26"), ("e2", "26")], [("e3", "27")]])]
    rep, by_id = stage
    # and the planted "his fourth stage win of the season" / "his third stage win this season" (the
    # Arabic "الفوز الرابع", the fourth, on the side of the first: kinds.statement_cross)
    assert sorted((f.property, sorted({by_id[c].article for c in f.claims})) for f in rep.findings
                  if f.kind == "contradiction") == [("quantity:count", ["a1", "e1", "e2", "e3"]),
                                                    ("racetime", ["a1", "e1", "e2", "e3"]),
                                                    ("statement", ["a1", "e1", "e3"])]


def test_the_winning_margin_and_the_overall_lead_agree_apart(stage):
    agree = found(stage, "agreement", "racetime")
    assert {("a1", "PT27S"), ("e1", "PT27S"), ("e2", "PT27S"), ("e3", "PT27S")} in agree
    assert any({("a1", "PT19S"), ("e1", "PT19S")} <= group for group in agree)
    assert not any({("e1", "PT27S"), ("e1", "PT19S")} <= group for group in agree)


def test_the_rider_beaten_is_not_whose_margin_it_is(stage):
    _, by_id = stage
    [margin] = [c for c in by_id.values() if c.article == "e1" and c.value == "PT27S"]
    assert margin.subject == next(c.subject for c in by_id.values() if c.article == "e1" and c.value == "PT0H44M12S")


def test_a_rivals_time_past_the_hours_of_a_day_is_a_race_time(stage):
    _, by_id = stage
    # "finished 45:30": a race time, not the number 45
    assert [c.value for c in by_id.values() if c.article == "e2" and "45:30" in c.quote and c.property != "statement"] \
        == ["PT0H45M30S"]


def test_track_clashes_and_the_record_margin_agrees_however_it_is_written(track):
    assert sides(track, "racetime") == [sorted([
        [("a1", "PT0H29M10.33S"), ("e1", "PT0H29M10.33S"), ("e2", "PT0H29M10.33S")], [("a2", "PT0H29M11.33S")]])]
    assert sides(track, "quantity:count") == [sorted([[("a1", "21"), ("a2", "21"), ("e1", "21")], [("e2", "22")]])]
    assert sides(track, "quantity:money:USD") == [sorted([[("a1", "15000 USD"), ("e1", "15000 USD")], [("e2", "10000 USD")]])]
    rep, _ = track
    assert len([f for f in rep.findings if f.kind == "contradiction"]) == 3
    agree = found(track, "agreement", "racetime")
    assert {("a1", "PT12.43S"), ("a2", "PT12.43S"), ("e2", "PT12.43S")} in agree
    assert {("a1", "PT0H29M2.47S"), ("a2", "PT0H29M2.47S"), ("e1", "PT0H29M2.47S"), ("e2", "PT0H29M2.47S")} in agree
    assert {("a1", "PT0H29M14.9S"), ("e1", "PT0H29M14.9S"), ("e2", "PT0H29M14.9S")} in agree   # the old record
