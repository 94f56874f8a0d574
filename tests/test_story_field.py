"""Invented field-event and measure stories (athletes, towers, lifters and numbers of no real story),
in English and Arabic: marks written "2.36m", "8.41 m", "2.38 metres", "8.14 م", "ارتفاع 2.36 متر"; a height
named on one side ("ارتفاع 421 مترا") against a length no cue names on the other ("412 metres", "1,352ft",
agreeing within rounding); distractors that must not clash: a personal best ("his personal best of 2.40m"),
a championship or world record of another year, the runner-up's mark, an observation deck's height,
the previous tallest building, a weight class ("the 96kg class") and the snatch against the clean and jerk."""
import datetime as dt

import pytest

from story_support import analyze

DAY = dt.date(2031, 8, 14)

JUMPS = [
    ('e1', 'en', "Athletics\n\nBensalem wins high jump gold in Qalhat\n\nBy Sports Desk | Share this article\n\nQALHAT, Aug 14 (Newswire) - Tunisian Tariq Bensalem won the men's high jump at the Oasis Athletics Championships on Thursday, clearing 2.36m at his first attempt.\n\nThe 27-year-old fell short of his personal best of 2.40m, set in Rabat two years ago, but beat the championship record of 2.33m from 2029.\n\nHungarian Lukas Varga took silver with 2.31m.\n\nIn the long jump, Ghanaian long jumper Idris Kamara leapt 8.41m in the fifth round to take gold.\n\nRead more: Kamara eyes world title\n"),
    ('e2', 'en', 'Home > Sport > Athletics\n\nBensalem soars to Oasis title\n\nTariq Bensalem of Tunisia won the high jump at the Oasis Championships in Qalhat on Thursday with a best of 2.38 metres.\n\nVarga finished second on 2.31 metres.\n\nIdris Kamara won the long jump with 8.41 metres, ahead of Brazilian Paulo Reis, who jumped 8.02 metres.\n\nAdvertisement\n'),
    ('a1', 'ar', 'الرئيسية > رياضة\n\nالتونسي بن سالم يتوج بذهبية الوثب العالي\n\nقلهات (وكالات) - توج التونسي طارق بن سالم بذهبية الوثب العالي في بطولة الواحة لألعاب القوى الخميس بعد أن اجتاز ارتفاع 2.36 متر من المحاولة الأولى.\n\nوحل المجري لوكاش فارغا ثانيا بارتفاع 2.31 متر.\n\nوفي الوثب الطويل، فاز الغاني إدريس كامارا بالذهبية بقفزة بلغت 8.14 م.\n\nاقرأ أيضا\n'),
]

TOWER = [
    ('e1', 'en', 'World\n\nQarnel Tower opens to visitors\n\nMARSALA BAY, March 3 (Wire) - The Qarnel Tower, the tallest building in the country at 412 metres, opened to the public on Tuesday.\n\nIts observation deck sits at 350 metres, the developer said.\n\nThe previous tallest building, the 380m Harbour Spire, was completed in 2015.\n\nShare this article\n'),
    ('e2', 'en', "Marsala Bay's Qarnel Tower opens\n\nThe 1,352ft Qarnel Tower opened its doors on Tuesday after six years of construction.\n\nVisitors can ride to the observation deck in 55 seconds, said the developer.\n\nRead more: The towers reshaping the bay\n"),
    ('a1', 'ar', 'افتتاح برج قرنل\n\nمرسى الخليج (وكالات) - افتتح برج قرنل، أعلى مبنى في البلاد بارتفاع 421 مترا، أمام الزوار يوم الثلاثاء.\n\nوتقع منصة المراقبة على ارتفاع 350 مترا، بحسب الشركة المطورة.\n\nاقرأ أيضا\n'),
    ('a2', 'ar', 'الرئيسية > أخبار\n\nبرج قرنل يستقبل زواره\n\nاستقبل برج قرنل البالغ ارتفاعه 412 مترا زواره الأوائل الثلاثاء.\n\nوكان أعلى مبنى في البلاد قبله برج الميناء بارتفاع ٣٨٠ مترا الذي اكتمل عام 2015.\n'),
]

LIFT = [
    ('e1', 'en', "Weightlifting\n\nAdel lifts Egypt to gold\n\nCAIRO, Aug 14 (Newswire) - Egyptian lifter Karim Adel won the men's 96kg title at the Nile Cup on Thursday with a total of 390kg.\n\nAdel lifted 175kg in the snatch and 215kg in the clean and jerk, improving on his personal best of 212kg.\n\nThe world record of 231kg was set in 2028.\n\nShare this article\n"),
    ('e2', 'en', 'Home > Sport\n\nAdel takes Nile Cup title\n\nKarim Adel won the 96kg class on Thursday with a total of 392kg, including a clean and jerk of 217kg.\n\nColombian Andres Rojas was second with 381kg.\n'),
    ('a1', 'ar', 'رفع أثقال\n\nالمصري كريم عادل يحرز ذهبية كأس النيل\n\nالقاهرة (وكالات) - أحرز الرباع المصري كريم عادل ذهبية وزن 96 كغ في كأس النيل لرفع الأثقال الخميس بمجموع 390 كغ.\n\nورفع عادل 175 كغ في الخطف و215 كغ في النتر.\n\nوحل الكولومبي أندريس روخاس ثانيا بمجموع 381 كغ.\n'),
]


def _findings(rows):
    rep, by_id = analyze(rows, DAY)

    def sides(f):
        return sorted(sorted((by_id[c].article, by_id[c].value) for c in s.claims) for s in f.sides)
    clashes = [sides(f) for f in rep.findings if f.kind == "contradiction"]
    agree = [sorted((by_id[c].article, by_id[c].value) for c in f.claims) for f in rep.findings
             if f.kind == "agreement" and (f.property or "").startswith("quantity:")]
    return clashes, agree


def test_jumps_clash_on_the_winning_marks_and_nothing_else():
    clashes, agree = _findings(JUMPS)
    assert sorted(clashes) == sorted([
        [[("a1", "2.36 m"), ("e1", "2.36 m")], [("e2", "2.38 m")]],      # "2.36m" / "ارتفاع 2.36 متر" / "2.38 metres"
        [[("a1", "8.14 m")], [("e1", "8.41 m"), ("e2", "8.41 m")]],      # "8.14 م" / "8.41m" / "8.41 metres"
    ])
    # the runner-up's mark agrees in three outlets and clashes with no winner's
    assert [("a1", "2.31 m"), ("e1", "2.31 m"), ("e2", "2.31 m")] in agree


def test_a_personal_best_and_an_old_record_are_no_winning_mark():
    clashes, _ = _findings(JUMPS)
    values = {v for cl in clashes for side in cl for _, v in side}
    assert not values & {"2.4 m", "2.33 m", "8.02 m"}


def test_tower_height_named_in_arabic_meets_the_english_lengths_in_metres_and_feet():
    clashes, agree = _findings(TOWER)
    assert clashes == [[[("a1", "421 m")], [("a2", "412 m"), ("e1", "412 m"), ("e2", "1352 ft")]]]
    assert [("a1", "350 m"), ("e1", "350 m")] in agree   # the observation deck: its own figure


def test_lifts_clash_per_lift_and_the_weight_class_is_no_lift():
    clashes, agree = _findings(LIFT)
    assert sorted(clashes) == sorted([
        [[("a1", "215 kg"), ("e1", "215 kg")], [("e2", "217 kg")]],
        [[("e1", "390 kg")], [("e2", "392 kg")]],
    ])
    assert [("a1", "175 kg"), ("e1", "175 kg")] in agree
    _, by_id = analyze(LIFT, DAY)
    assert not any(c.value == "96 kg" and c.article.startswith("e") for c in by_id.values())


# one row per sentence -> whether its figure is an earlier or standing mark (kinds.quantity_marks)
@pytest.mark.parametrize("lang, text, value, earlier", [
    ("en", "Okafor fell short of her personal best of 2.04m.", "2.04 m", True),
    ("en", "He broke the previous championship record of 8.35 metres.", "8.35 m", True),
    ("en", "Okafor won with a best of 2.01m.", "2.01 m", False),
    ("en", "Okafor set a personal best of 2.01m to win.", "2.01 m", False),
    ("en", "The 24-year-old cleared 2.01m at the first attempt.", "2.01 m", False),
    ("ar", "وكان رقمه الشخصي البالغ 2.04 متر.", "2.04 m", True),
    ("ar", "وحطم الرقم القياسي السابق البالغ 8.35 متر.", "8.35 m", True),
    ("ar", "وفاز بقفزة بلغت 8.35 متر.", "8.35 m", False),
])
def test_earlier_marks(lang, text, value, earlier):
    from factcheck.kinds.quantity_marks import earlier as is_earlier
    _, by_id = analyze([("x", lang, text)], DAY)
    found = [is_earlier(c) for c in by_id.values() if c.value == value]
    assert found == [earlier]


# one row per phrase -> whether the measured figure names a competition (no claim of it)
@pytest.mark.parametrize("lang, text, value, claimed", [
    ("en", "Mendes won the 400m hurdles on Friday.", "400 m", False),
    ("en", "Mendes took the 81kg class title.", "81 kg", False),
    ("en", "The tower is 412 metres tall.", "412 m", True),
    ("ar", "فاز منديس بسباق 400 م حواجز.", "400 m", False),
    ("ar", "وتوج منديس بلقب فئة 81 كغ.", "81 kg", False),
    ("ar", "ويبلغ ارتفاع البرج 412 مترا.", "412 m", True),
])
def test_competition_names_are_no_marks(lang, text, value, claimed):
    _, by_id = analyze([("x", lang, text)], DAY)
    assert any(c.value == value for c in by_id.values()) == claimed
