"""An invented city marathon told by two English and two Arabic outlets: the number of runners and the
prize money differ only across the two languages (18,000 / 25 ألف عداء; $40,000 / 60 ألف دولار) and
clash through the counted nouns and predicates paired across languages (kinds.crossword); the
spectators agree; last year's field (another event) and the fun run's participants (another race, the
day before) never clash with the marathon's runners."""
import datetime as dt

from story_support import analyze, clashing_values

ROWS = [
    ('a', 'en', 'Ortega wins rain-soaked Valmora marathon\n\nLucia Ortega won the Valmora City Marathon on Sunday in driving rain.\n\nAbout 18,000 runners took part in the race, organisers said. Some 150,000 spectators lined the course.\n\nThe winner collected prize money of $40,000. A separate fun run drew 4,000 participants on Saturday.'),
    ('b', 'en', "Valmora marathon: Ortega triumphs\n\nLucia Ortega triumphed in the Valmora City Marathon on Sunday.\n\nOrganisers said 18,000 runners started the race. Around 150,000 spectators watched along the route, helped by 1,200 volunteers.\n\nOrtega's victory earned her $40,000 in prize money."),
    ('c', 'ar', 'أورتيغا تفوز بماراثون فالمورا\n\nفازت العداءة لوسيا أورتيغا بماراثون مدينة فالمورا يوم الأحد تحت أمطار غزيرة.\n\nوشارك في السباق 25 ألف عداء بحسب المنظمين، وتابعه نحو 150 ألف متفرج على طول المسار.\n\nوحصلت الفائزة على جائزة مالية قدرها 60 ألف دولار.'),
    ('d', 'ar', 'لوسيا أورتيغا بطلة ماراثون فالمورا\n\nتوجت لوسيا أورتيغا بلقب ماراثون فالمورا يوم الأحد.\n\nوقال المنظمون إن 25 ألف عداء شاركوا في السباق، فيما احتشد 150 ألف متفرج على جانبي الطريق.\n\nوكانت نسخة العام الماضي قد شهدت مشاركة 12 ألف عداء. وشارك 4 آلاف شخص في سباق ترفيهي يوم السبت.'),
]
DAYS = {'a': dt.date.fromisoformat('2025-10-19'), 'b': dt.date.fromisoformat('2025-10-19'), 'c': dt.date.fromisoformat('2025-10-19'), 'd': dt.date.fromisoformat('2025-10-20')}


def _report():
    return analyze([(i, lang, text) for i, lang, text in ROWS], DAYS['a'], DAYS)


def test_runners_and_prize_clash_across_languages():
    rep, by_id = _report()
    assert sorted(clashing_values(rep, by_id)) == [["18000", "25000"], ["40000 USD", "60000 USD"]]


def test_other_fields_never_clash():
    rep, by_id = _report()
    values = {v for pair in clashing_values(rep, by_id) for v in pair}
    assert not values & {"12000", "4000", "1200", "150000"}


def test_spectators_agree_in_both_languages():
    rep, by_id = _report()
    agreed = [sorted(by_id[c].article for c in f.claims) for f in rep.findings
              if f.kind == "agreement" and by_id[f.claims[0]].value == "150000"]
    assert agreed == [["a", "b", "c", "d"]]
