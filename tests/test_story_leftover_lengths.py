"""Invented stories where an Arabic length after "لمدة" follows a chain of complements: a copper
licence in a highland area (25 years in English and Arabic, 30 in one Arabic report) and a shirt
sponsorship contract with a club (six years against five). The length belongs to the head noun the
chain hangs from (the licence, the contract), never to the place or club the last complement names,
so another thing's length in the same area or with the same club (a mine run for 12 years, a captain
who played for the club for 11 years) never clashes with them.
Fails before kinds.duration_read.chain_head: the lengths were read as the area's or the club's."""
import datetime as dt

import pytest

from factcheck.kinds import duration
from story_support import analyze, clashing_values
from test_kind_duration_named import _durations

DAY = dt.date(2032, 3, 9)
LICENCE = [
    ('l1', 'en', 'By Mara Quell | Read more\nThe government of Valdoria granted Kestrel Metals a 25-year licence on Tuesday to mine copper in the Ombra highlands. Share this article'),
    ('l2', 'ar', 'منحت حكومة فالدوريا يوم الثلاثاء شركة كيستريل للمعادن رخصة لاستغلال النحاس في مرتفعات أومبرا لمدة 30 عاما. وشغلت شركة أخرى منجما في مرتفعات أومبرا لمدة 12 عاما. اقرأ أيضا'),
    ('l3', 'ar', 'شارك\nحصلت كيستريل للمعادن الثلاثاء على رخصة لاستغلال النحاس في مرتفعات أومبرا لمدة 25 عاما، بحسب وزارة المناجم.'),
]
SPONSOR = [
    ('s1', 'ar', 'وقعت شركة أورفكس عقد رعاية لقميص نادي كاستمار لمدة ست سنوات يوم الأحد. ولعب قائد الفريق لنادي كاستمار لمدة 11 عاما.'),
    ('s2', 'ar', 'أعلن نادي كاستمار توقيع عقد رعاية لقميص نادي كاستمار لمدة خمس سنوات مع أورفكس.\nتابعونا'),
]


@pytest.mark.parametrize("text, measured", [
    ("منحت الحكومة الشركة رخصة لاستغلال النحاس في منطقة جبلية لمدة 25 عاما.", "رخص"),
    ("وقع النادي عقد رعاية لقميص نادي الفجر لمدة ست سنوات.", "عقد"),
    ("وقعت بلدية المدينة عقدا مع شركة النقل لمدة 5 سنوات.", "عقد"),
    ("أعلنت الحكومة هدنة في الإقليم لمدة 3 أيام.", "هدن"),
    ("حصلت شركة أوربا على امتياز لإدارة ميناء سالم لمدة 30 عاما.", "امتياز"),
    ("فرضت الحكومة حظر التجول في العاصمة لمدة أسبوع.", "تجول"),
    # a preposition after a verb and its subject is the verb's: the noun after it keeps the length
    ("حصلت شركة أوربا على امتياز لمدة 30 عاما.", "امتياز"),
    ("سيبقى الوزير في منصبه لمدة 4 سنوات.", "منصب"),
])
def test_the_length_of_the_head_a_chain_hangs_from(text, measured):
    [c] = _durations(text)
    m = duration.measure(c)
    assert m is not None and measured in m.text.split()


@pytest.mark.parametrize("text, not_measured", [
    ("منحت الحكومة الشركة رخصة لاستغلال النحاس في منطقة جبلية لمدة 25 عاما.", {"منطق", "نحاس"}),
    ("وقع النادي عقد رعاية لقميص نادي الفجر لمدة ست سنوات.", {"فجر"}),
    ("أعلنت الحكومة هدنة في الإقليم لمدة 3 أيام.", {"اقليم"}),
    # a name after a definite word is no preposition's complement: the state of emergency stays
    ("وأعلنت الرئيسة كلارا رييس حالة الطوارئ لمدة 30 يوما.", {"رييس"}),
])
def test_never_the_place_or_name_at_the_chain_end(text, not_measured):
    [c] = _durations(text)
    m = duration.measure(c)
    assert m is not None and not set(m.text.split()) & not_measured


def test_licence_lengths_clash_across_languages_and_not_with_the_mine():
    rep, by_id = analyze(LICENCE, DAY)
    assert clashing_values(rep, by_id, prefix="duration") == [['P25Y', 'P30Y']]
    [clash] = [f for f in rep.findings if f.kind == "contradiction" and f.property == "duration"]
    assert sorted(sorted(by_id[c].article for c in side.claims) for side in clash.sides) == [['l1', 'l3'], ['l2']]


def test_sponsorship_lengths_clash_and_the_captain_stays_apart():
    rep, by_id = analyze(SPONSOR, DAY)
    assert clashing_values(rep, by_id, prefix="duration") == [['P5Y', 'P6Y']]
